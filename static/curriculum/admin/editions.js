/*
 * Minbar admin: content takes its own text's direction, whatever the admin language.
 *
 * Every text field, text area and rich text editor gets dir="auto", so Arabic reads right to left under an English
 * admin and English left to right under an Arabic one; in wagtail-localize's translation editor the source strings
 * and their translations do too. Fields added later (StreamField blocks, inline panels, the translation editor's
 * React view) are caught by a MutationObserver.
 *
 * The translation editor has no workflow actions of its own: a "Submit for review" link is added to its header,
 * to Minbar's view that saves the translation as a draft and sends it to the Moderators.
 */
(function () {
    "use strict";

    var script = document.currentScript;
    var FIELDS = [
        "input[type=text]",
        "input[type=search]",
        "input[type=url]",
        "input[type=email]",
        "input:not([type])",
        "textarea",
        "[contenteditable=true]",
        ".js-translation-editor li > p",
        ".js-translation-editor li > div > p",
    ].join(", ");

    function setAutoDirection(root) {
        if (!root || root.nodeType !== Node.ELEMENT_NODE) {
            return;
        }
        var found = Array.prototype.slice.call(root.querySelectorAll(FIELDS));
        if (root.matches(FIELDS)) {
            found.push(root);
        }
        found.forEach(function (element) {
            if (!element.hasAttribute("dir")) {
                element.setAttribute("dir", "auto");
            }
        });
    }

    function addReviewLink() {
        var editor = document.querySelector(".js-translation-editor");
        var header = document.querySelector(".header-meta--locales");
        var match = window.location.pathname.match(/\/pages\/(\d+)\/edit\/$/);
        if (!editor || !header || !match || !script || !script.dataset.reviewUrl) {
            return;
        }
        var link = document.createElement("a");
        link.className = "button button-small button-secondary minbar-review-link";
        link.href = script.dataset.reviewUrl.replace("/0/", "/" + match[1] + "/");
        link.textContent = script.dataset.reviewLabel;
        header.appendChild(link);
    }

    function start() {
        setAutoDirection(document.body);
        addReviewLink();
        new MutationObserver(function (mutations) {
            mutations.forEach(function (mutation) {
                mutation.addedNodes.forEach(setAutoDirection);
            });
        }).observe(document.body, { childList: true, subtree: true });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
