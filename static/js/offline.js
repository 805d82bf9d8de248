/* Offline reading on the learner's device: "Save this module for offline" on a module page (the offline page
   lists what is saved with static/js/offline-page.js). A saved module is one Cache Storage cache ("minbar-module-<id>") holding the
   module page, its lessons, their images at a small size and whatever stylesheets and scripts they load that the
   site shell lacks, plus a record (META) that the service worker (templates/sw.js) reads too:
   {v, id, language, title, url, savedAt, lessons: [{title, url}], pages: {path: last published},
    etags: {path: ETag}, sizes: {path: bytes}, assets: {page path: {kept path: [larger sizes of the same image]}}}.
   The list of what to save comes from the module's manifest (curriculum/offline.py); updating fetches again only
   the lessons published since, and asks for the module page with If-None-Match so an unchanged page costs
   nothing. Every string shown comes from the page, translated by Django. Without service workers the
   controls explain why they are missing; without JavaScript they stay hidden. */
(function () {
    "use strict";

    var MODULE = "minbar-module-"; // same prefixes and record key as templates/sw.js
    var SHELL = "minbar-shell-";
    var META = "/__offline__/meta.json";
    var ANY = {ignoreVary: true};
    var WORKER_WAIT_MS = 20000;
    var supported = "serviceWorker" in navigator && "caches" in window;
    var language = document.documentElement.lang || "en";

    function fill(template, values) {
        return (template || "").replace(/\{(\w+)\}/g, function (match, name) {
            return name in values ? String(values[name]) : match;
        });
    }

    function local(url) {
        var parsed = new URL(url, window.location.href);
        return parsed.origin === window.location.origin ? parsed.pathname : null;
    }

    function formatDate(iso) {
        try {
            return new Intl.DateTimeFormat(language, {dateStyle: "long"}).format(new Date(iso));
        } catch (error) {
            return new Date(iso).toLocaleDateString();
        }
    }

    function formatSize(bytes) {
        var mega = bytes >= 1e6;
        var amount = mega ? bytes / 1e6 : Math.max(1, Math.round(bytes / 1e3));
        var options = {style: "unit", unit: mega ? "megabyte" : "kilobyte", maximumFractionDigits: mega ? 1 : 0};
        try {
            return new Intl.NumberFormat(language, options).format(amount);
        } catch (error) {
            return (mega ? amount.toFixed(1) + " MB" : amount + " KB");
        }
    }

    function totalSize(record) {
        return Object.keys(record.sizes).reduce(function (sum, key) { return sum + (record.sizes[key] || 0); }, 0);
    }

    async function readRecord(id) {
        var response = await caches.match(META, {cacheName: MODULE + id});
        return response ? response.json() : null;
    }

    async function fetchChecked(url, options) {
        var response = await fetch(url, Object.assign({credentials: "same-origin"}, options));
        if (!response.ok && response.status !== 304) {
            throw new Error("HTTP " + response.status + " for " + url);
        }
        return response;
    }

    function workerReady() {
        var timeout = new Promise(function (resolve, reject) {
            window.setTimeout(function () { reject(new Error("no service worker")); }, WORKER_WAIT_MS);
        });
        return Promise.race([navigator.serviceWorker.ready, timeout]);
    }

    /* Whether the module changed since the record was made: its own page, or any lesson added, removed or
       published again. */
    function differs(manifest, record) {
        if (record.pages[local(manifest.url)] !== manifest.last_published_at) {
            return true;
        }
        if (manifest.lessons.length !== record.lessons.length) {
            return true;
        }
        return manifest.lessons.some(function (lesson, index) {
            var url = local(lesson.url);
            return record.lessons[index].url !== url || record.pages[url] !== lesson.last_published_at;
        });
    }

    /* What a saved page loads: its stylesheets and scripts, and for each image the candidate to keep (the
       manifest's small rendition, else the narrowest) with the larger ones the browser may ask for instead. */
    function assetsOf(html, preferred) {
        var found = {};
        var doc = new DOMParser().parseFromString(html, "text/html");
        Array.prototype.forEach.call(doc.querySelectorAll("link[rel~=stylesheet][href], script[src]"), function (el) {
            var path = local(el.getAttribute("href") || el.getAttribute("src"));
            if (path) {
                found[path] = [];
            }
        });
        Array.prototype.forEach.call(doc.querySelectorAll("main img"), function (img) {
            var candidates = (img.getAttribute("srcset") || "").split(",").map(function (part) {
                var bits = part.trim().split(/\s+/);
                return {url: bits[0], width: parseFloat(bits[1]) || Infinity};
            });
            candidates.push({url: img.getAttribute("src"), width: Infinity});
            candidates = candidates.filter(function (c) { return c.url && local(c.url); });
            if (!candidates.length) {
                return;
            }
            candidates.sort(function (a, b) { return a.width - b.width; });
            var paths = candidates.map(function (c) { return local(c.url); });
            var small = paths.find(function (p) { return preferred.has(p); }) || paths[0];
            var larger = (found[small] || []).concat(paths.filter(function (p) { return p !== small; }));
            found[small] = larger.filter(function (p, i) { return larger.indexOf(p) === i; });
        });
        return found;
    }

    function carry(old, record, url) {
        record.pages[url] = old.pages[url];
        record.sizes[url] = old.sizes[url] || 0;
        if (old.etags[url]) {
            record.etags[url] = old.etags[url];
        }
        record.assets[url] = old.assets[url] || {};
        Object.keys(record.assets[url]).forEach(function (kept) {
            if (old.sizes[kept] !== undefined) {
                record.sizes[kept] = old.sizes[kept];
            }
        });
    }

    async function inShell(path) {
        var names = (await caches.keys()).filter(function (name) { return name.indexOf(SHELL) === 0; });
        for (var name of names) {
            if (await caches.match(path, {cacheName: name})) {
                return true;
            }
        }
        return false;
    }

    async function saveAsset(cache, path, old, record) {
        if (record.sizes[path] !== undefined || await inShell(path)) {
            return;
        }
        if (old && old.sizes[path] !== undefined && await cache.match(path, ANY)) {
            record.sizes[path] = old.sizes[path];
            return;
        }
        try {
            var response = await fetch(path, {credentials: "same-origin"});
            if (response.ok) {
                var blob = await response.clone().blob();
                await cache.put(path, response);
                record.sizes[path] = blob.size;
            }
        } catch (error) {
            if (error.name === "QuotaExceededError") {
                throw error;
            }
            /* One missing picture does not stop the lessons being saved. */
        }
    }

    async function savePage(cache, url, published, old, record, preferred) {
        var etag = old && old.etags[url] && await cache.match(url, ANY) ? old.etags[url] : null;
        var options = etag ? {headers: {"If-None-Match": etag}} : {cache: "no-cache"};
        var response = await fetchChecked(url, options);
        if (response.status === 304) {
            carry(old, record, url);
            record.pages[url] = published;
            return;
        }
        var html = await response.clone().text();
        await cache.put(url, response);
        record.pages[url] = published;
        record.sizes[url] = new Blob([html]).size;
        if (response.headers.get("ETag")) {
            record.etags[url] = response.headers.get("ETag");
        }
        record.assets[url] = assetsOf(html, preferred);
        for (var path of Object.keys(record.assets[url])) {
            await saveAsset(cache, path, old, record);
        }
    }

    async function removeLeftovers(cache, record) {
        var keep = new Set([META].concat(Object.keys(record.sizes)));
        for (var request of await cache.keys()) {
            if (!keep.has(local(request.url))) {
                await cache.delete(request);
            }
        }
    }

    /* Save the module, or bring a saved one up to date; reports progress through ui. */
    async function save(ui) {
        var old = await readRecord(ui.id);
        await workerReady();
        if (navigator.storage && navigator.storage.persist) {
            navigator.storage.persist().catch(function () {});
        }
        var manifest = await (await fetchChecked(ui.manifest, {cache: "no-cache"})).json();
        var unchanged = old && !differs(manifest, old);
        var cache = await caches.open(MODULE + ui.id);
        var record = {
            v: 1, id: manifest.id, language: manifest.language, title: manifest.title, url: local(manifest.url),
            savedAt: new Date().toISOString(), pages: {}, etags: {}, sizes: {}, assets: {},
            lessons: manifest.lessons.map(function (lesson) { return {title: lesson.title, url: local(lesson.url)}; }),
        };
        var preferred = new Set();
        manifest.lessons.forEach(function (lesson) { lesson.images.forEach(function (u) { preferred.add(local(u)); }); });
        var total = manifest.lessons.length;
        ui.progress(0, total);
        await savePage(cache, record.url, manifest.last_published_at, old, record, preferred);
        for (var index = 0; index < total; index += 1) {
            var lesson = manifest.lessons[index];
            var url = local(lesson.url);
            ui.progress(index + 1, total);
            if (old && old.pages[url] === lesson.last_published_at && await cache.match(url, ANY)) {
                carry(old, record, url);
            } else {
                await savePage(cache, url, lesson.last_published_at, old, record, preferred);
            }
        }
        await removeLeftovers(cache, record);
        var body = JSON.stringify(record);
        await cache.put(META, new Response(body, {headers: {"Content-Type": "application/json"}}));
        return {record: record, unchanged: unchanged};
    }

    function moduleControls(section) {
        var part = function (name) { return section.querySelector("[data-offline-" + name + "]"); };
        var message = function (name) { return section.getAttribute("data-msg-" + name); };
        var buttons = {save: part("save-button"), update: part("update"), remove: part("remove")};
        var status = part("status");
        var bar = part("progress");
        var ui = {id: section.getAttribute("data-module-id"), manifest: section.getAttribute("data-manifest")};
        section.hidden = false;
        if (!supported) {
            part("unsupported").hidden = false;
            part("actions").hidden = true;
            return;
        }

        function say(text) {
            status.textContent = text;
        }

        function showSaved(record, how) {
            var values = {size: formatSize(totalSize(record)), date: formatDate(record.savedAt)};
            var text = fill(message(how === "saved" ? "saved" : "ready"), values);
            say(how === "current" ? message("current") + " " + text : text);
            section.classList.add("is-saved");
            buttons.save.hidden = true;
            buttons.update.hidden = buttons.remove.hidden = false;
        }

        function showUnsaved() {
            section.classList.remove("is-saved");
            buttons.save.hidden = false;
            buttons.update.hidden = buttons.remove.hidden = true;
        }

        function busy(on) {
            Object.keys(buttons).forEach(function (key) { buttons[key].disabled = on; });
            bar.hidden = !on;
            section.setAttribute("aria-busy", on ? "true" : "false");
        }

        ui.progress = function (done, total) {
            bar.max = Math.max(total, 1);
            bar.value = done;
            say(fill(message("progress"), {done: Math.max(done, 1), total: total}));
        };

        async function run() {
            busy(true);
            var hadRecord = !!(await readRecord(ui.id));
            try {
                var result = await save(ui);
                showSaved(result.record, result.unchanged ? "current" : "ready");
            } catch (error) {
                if (!hadRecord) {
                    await caches.delete(MODULE + ui.id);
                }
                say(message(error && error.name === "QuotaExceededError" ? "full" : "failed"));
            } finally {
                busy(false);
            }
        }

        async function checkForChanges(record) {
            try {
                var response = await fetchChecked(ui.manifest, {cache: "no-cache"});
                if (differs(await response.json(), record)) {
                    say(status.textContent + " " + message("changed"));
                }
            } catch (error) { /* offline or unreachable: the saved copy is what there is */ }
        }

        buttons.save.addEventListener("click", run);
        buttons.update.addEventListener("click", run);
        buttons.remove.addEventListener("click", async function () {
            await caches.delete(MODULE + ui.id);
            showUnsaved();
            say(message("removed"));
        });
        readRecord(ui.id).then(function (record) {
            if (record) {
                showSaved(record, "saved");
                if (navigator.onLine) {
                    checkForChanges(record);
                }
            }
        });
    }

    document.querySelectorAll("[data-offline-save]").forEach(moduleControls);
})();
