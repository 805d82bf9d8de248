/* The offline page (templates/offline.html), shown by the service worker for a page that is not saved on this
   device: lists the modules saved with "Save this module for offline" (static/js/offline.js) in the page's
   language, with their lessons, read from the records those saves keep in Cache Storage; and a button to try
   the connection again. Strings come from the page, translated by Django. */
(function () {
    "use strict";

    var MODULE = "minbar-module-"; // same prefix and record key as static/js/offline.js and templates/sw.js
    var META = "/__offline__/meta.json";
    var language = document.documentElement.lang || "en";

    function fill(template, values) {
        return (template || "").replace(/\{(\w+)\}/g, function (match, name) {
            return name in values ? String(values[name]) : match;
        });
    }

    function formatDate(iso) {
        try {
            return new Intl.DateTimeFormat(language, {dateStyle: "long"}).format(new Date(iso));
        } catch (error) {
            return new Date(iso).toLocaleDateString();
        }
    }

    async function savedRecords() {
        if (!("caches" in window)) {
            return [];
        }
        var names = (await caches.keys()).filter(function (name) { return name.indexOf(MODULE) === 0; });
        var records = await Promise.all(names.map(function (name) {
            return caches.match(META, {cacheName: name}).then(function (r) { return r ? r.json() : null; });
        }));
        return records.filter(function (r) { return r && r.language === language; });
    }

    function element(tag, text, href) {
        var node = document.createElement(tag);
        if (text) {
            node.textContent = text;
        }
        if (href) {
            node.href = href;
        }
        return node;
    }

    /* The modules saved on this device in the page's language, with links to them and their lessons. */
    async function listSaved(section) {
        var none = document.querySelector("[data-offline-none]");
        var records = await savedRecords();
        records.sort(function (a, b) { return a.title.localeCompare(b.title, language); });
        var list = section.querySelector("[data-offline-modules]");
        records.forEach(function (record) {
            var item = element("li");
            item.appendChild(element("a", record.title, record.url));
            var when = fill(section.getAttribute("data-msg-saved"), {date: formatDate(record.savedAt)});
            item.appendChild(element("p", when)).className = "offline-list__date";
            var lessons = item.appendChild(element("ol"));
            record.lessons.forEach(function (lesson) {
                lessons.appendChild(element("li")).appendChild(element("a", lesson.title, lesson.url));
            });
            list.appendChild(item);
        });
        section.hidden = !records.length;
        none.hidden = !!records.length;
    }

    document.querySelectorAll("[data-offline-list]").forEach(listSaved);
    document.querySelectorAll("[data-offline-retry]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { window.location.reload(); });
    });
})();
