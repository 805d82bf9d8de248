/* Proposal forms: add and remove rows (steps, tips, questions) without a page load, show the organisation fields
   only to organisations, focus the error summary, and keep people from losing what they typed. Everything here is
   an enhancement: without JavaScript the "Add another…" buttons post the form and the server adds the row. */
(function () {
    "use strict";

    function firstInput(row) {
        return row.querySelector("input:not([type=hidden]), textarea, select");
    }

    function setUpRows(section) {
        var kind = section.dataset.rows;
        var list = section.querySelector("[data-rows-list]");
        var template = section.querySelector("[data-row-template]");
        var addButton = section.querySelector("[data-add-row]");
        var status = section.querySelector("[data-rows-status]");
        var total = section.querySelector("input[name='" + kind + "-TOTAL_FORMS']");
        var max = parseInt(section.dataset.max, 10) || 1000;
        if (!list || !template || !addButton || !total) {
            return;
        }

        function rows() {
            return Array.prototype.slice.call(list.querySelectorAll(":scope > [data-row]"));
        }

        function announce(message) {
            if (status) {
                status.textContent = "";
                window.setTimeout(function () { status.textContent = message; }, 50);
            }
        }

        function renumber() {
            var all = rows();
            all.forEach(function (row, index) {
                var anyIndex = new RegExp("(^|\\s|id_)" + kind + "-\\d+-", "g");
                ["name", "id", "for", "aria-describedby"].forEach(function (attribute) {
                    row.querySelectorAll("[" + attribute + "]").forEach(function (node) {
                        node.setAttribute(attribute, node.getAttribute(attribute).replace(anyIndex, "$1" + kind + "-" + index + "-"));
                    });
                });
                var number = row.querySelector("[data-row-number]");
                if (number) {
                    number.textContent = String(index + 1);
                }
            });
            total.value = String(all.length);
        }

        function wireRemove(row) {
            var button = row.querySelector("[data-remove-row]");
            if (!button) {
                return;
            }
            button.hidden = false;
            button.addEventListener("click", function () {
                var all = rows();
                var position = all.indexOf(row);
                row.remove();
                renumber();
                var remaining = rows();
                var next = remaining[position] || remaining[position - 1];
                (next ? firstInput(next) : addButton).focus();
                announce(section.dataset.msgRemoved);
            });
        }

        addButton.addEventListener("click", function (event) {
            event.preventDefault();
            var count = rows().length;
            if (count >= max) {
                announce(section.dataset.msgFull);
                return;
            }
            var holder = document.createElement("div");
            holder.innerHTML = template.innerHTML.replace(/__prefix__/g, String(count));
            var row = holder.querySelector("[data-row]");
            list.appendChild(row);
            wireRemove(row);
            renumber();
            var input = firstInput(row);
            if (input) {
                input.focus();
            }
            announce(section.dataset.msgAdded);
        });

        rows().forEach(wireRemove);
        renumber();
    }

    function setUpOrganisation(form) {
        var fields = form.querySelector("[data-organisation]");
        var radios = form.querySelectorAll("input[name='contributor_type']");
        if (!fields || !radios.length) {
            return;
        }
        function update() {
            var chosen = form.querySelector("input[name='contributor_type']:checked");
            var hasErrors = fields.querySelector(".errorlist");
            fields.hidden = !hasErrors && (!chosen || chosen.value !== "organisation");
        }
        radios.forEach(function (radio) { radio.addEventListener("change", update); });
        update();
    }

    function guardLeaving(form) {
        var dirty = false;
        form.addEventListener("input", function () { dirty = true; });
        form.addEventListener("submit", function (event) {
            dirty = false;
            var button = event.submitter;
            if (button && !button.hasAttribute("formnovalidate")) {
                // One proposal per click, even on a slow connection.
                window.setTimeout(function () { button.disabled = true; }, 0);
            }
        });
        window.addEventListener("beforeunload", function (event) {
            if (dirty) {
                event.preventDefault();
                event.returnValue = "";
            }
        });
        window.addEventListener("pageshow", function () {
            form.querySelectorAll("button[disabled]:not([data-add-row])").forEach(function (button) {
                button.disabled = false;
            });
        });
    }

    document.querySelectorAll("[data-proposal-form]").forEach(function (form) {
        form.querySelectorAll("[data-rows]").forEach(setUpRows);
        setUpOrganisation(form);
        guardLeaving(form);
    });

    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
    }
})();
