// Lets each text field of a contribution follow its own text's direction: Arabic right to left, English left to right,
// whatever the language of the admin. Fields added later (new StreamField blocks) get it too.
(() => {
    const FIELDS = 'input[type="text"], input:not([type]), textarea, [contenteditable="true"]';

    const mark = (element) => {
        if (element.matches(FIELDS) && !element.hasAttribute('dir')) {
            element.setAttribute('dir', 'auto');
        }
        element.querySelectorAll(FIELDS).forEach((field) => {
            if (!field.hasAttribute('dir')) field.setAttribute('dir', 'auto');
        });
    };

    const start = () => {
        const form = document.querySelector('[data-edit-form]');
        if (!form) return;
        mark(form);
        new MutationObserver((records) => {
            records.forEach((record) => {
                record.addedNodes.forEach((node) => {
                    if (node.nodeType === Node.ELEMENT_NODE) mark(node);
                });
            });
        }).observe(form, { childList: true, subtree: true });
    };

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
