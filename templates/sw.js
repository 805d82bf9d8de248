/* Minbar's service worker (served at /sw.js by curriculum/offline.py, registered by static/js/offline-register.js).
   - The site shell (CSS, JS, the offline page in each language) is precached in a cache named after its version;
     older versions are deleted when this one takes over.
   - Pages the learner opens under /ar/ and /en/ are fetched from the network first and kept; when the network is
     slow, a kept copy is shown after a few seconds; offline, the kept copy, else the offline page in that language.
   - Modules saved with "Save this module for offline" (static/js/offline.js) live in their own caches
     ("minbar-module-<id>", with a record at META); this worker only reads them and keeps their pages fresh.
   - Never kept: the admin, contribution pages, anything but GET, and addresses with a query string (except search).
   Everything learner-facing it needs is in CONFIG, written by the view. */
"use strict";

const CONFIG = {{ config|safe }};
const SHELL = "minbar-shell-" + CONFIG.version;
const PAGES = "minbar-pages-v1";
const MODULE = "minbar-module-";  // same prefix and record key as static/js/offline.js
const META = "/__offline__/meta.json";
const KEEP_PAGES = 80;
const HASHED = /\.[0-9a-f]{12}(\.[^./]+)$/;  // ManifestStaticFilesStorage names: minbar.0123456789ab.css
const ANY = {ignoreVary: true};

self.addEventListener("install", (event) => {
    const requests = CONFIG.shell.map((url) => new Request(url, {cache: "reload"}));
    event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(requests)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
    const old = (name) => (name.startsWith("minbar-shell-") && name !== SHELL)
        || (name.startsWith("minbar-pages-") && name !== PAGES);
    event.waitUntil(caches.keys()
        .then((names) => Promise.all(names.filter(old).map((name) => caches.delete(name))))
        .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== "GET" || url.origin !== self.location.origin) {
        return;
    }
    if (url.pathname.startsWith(CONFIG.staticUrl)) {
        event.respondWith(staticFile(request, url));
    } else if (url.pathname.startsWith(CONFIG.mediaUrl + "images/")) {
        event.respondWith(image(request, url));
    } else if (request.mode === "navigate") {
        const language = languageOf(url);
        if (language) {
            event.respondWith(page(event, url, language));
        }
    }
});

function languageOf(url) {
    const first = url.pathname.split("/")[1];
    if (CONFIG.languages.includes(first)) {
        return first;
    }
    return url.pathname === "/" ? CONFIG.languages[0] : null;
}

function keepable(url, language) {
    const rest = url.pathname.slice(language.length + 2);
    if (url.pathname === "/" || rest.startsWith("contribute/")) {
        return false;
    }
    if (!url.search) {
        return true;
    }
    return rest === "search/" && Array.from(url.searchParams.keys()).every((key) => key === "q" || key === "page");
}

function storable(response) {
    return response.status === 200 && response.type === "basic" && !response.redirected
        && (response.headers.get("Content-Type") || "").includes("text/html")
        && !/no-store|private/i.test(response.headers.get("Cache-Control") || "");
}

function wait(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

async function page(event, url, language) {
    const keep = keepable(url, language);
    let storing = Promise.resolve();
    const network = fetch(event.request).then((response) => {
        if (keep && storable(response)) {
            storing = store(url.href, response.clone());
        }
        return response;
    });
    event.waitUntil(network.then(() => storing, () => undefined));
    const first = await Promise.race([network, wait(CONFIG.timeout)]).catch(() => null);
    if (first) {
        return first;
    }
    const kept = keep ? await caches.match(url.href, ANY) : undefined;
    if (kept) {
        return kept;
    }
    try {
        return await network;
    } catch (error) {
        return (await caches.match(CONFIG.offline[language], ANY))
            || new Response("Offline", {status: 503, headers: {"Content-Type": "text/plain; charset=utf-8"}});
    }
}

async function moduleCaches() {
    const names = (await caches.keys()).filter((name) => name.startsWith(MODULE));
    return Promise.all(names.map((name) => caches.open(name)));
}

/* A saved module keeps the fresh copy of its own pages; any other page goes to the recent pages, oldest out. */
async function store(href, response) {
    for (const cache of await moduleCaches()) {
        if (await cache.match(href, ANY)) {
            return cache.put(href, response);
        }
    }
    const cache = await caches.open(PAGES);
    await cache.put(href, response);
    const keys = await cache.keys();
    await Promise.all(keys.slice(0, Math.max(0, keys.length - KEEP_PAGES)).map((key) => cache.delete(key)));
}

/* Hashed static files never change: cache first. A page kept from an older version asks for older hashes;
   offline, it gets the current file of the same name. */
async function staticFile(request, url) {
    const cached = await caches.match(request, ANY);
    if (cached) {
        return cached;
    }
    try {
        return await fetch(request);
    } catch (error) {
        const current = CONFIG.static[url.pathname.slice(CONFIG.staticUrl.length).replace(HASHED, "$1")];
        const fallback = current && await caches.match(current, ANY);
        if (fallback) {
            return fallback;
        }
        throw error;
    }
}

/* Saved modules keep each image at one small size; offline, the page may ask for a larger one of the same image
   (srcset), which the module's record maps to the small one. */
async function image(request, url) {
    const cached = await caches.match(request, ANY);
    if (cached) {
        return cached;
    }
    try {
        return await fetch(request);
    } catch (error) {
        const small = await smallCopy(url.pathname);
        if (small) {
            return small;
        }
        throw error;
    }
}

async function smallCopy(path) {
    for (const cache of await moduleCaches()) {
        const record = await cache.match(META);
        const assets = record ? (await record.json()).assets || {} : {};
        for (const pageAssets of Object.values(assets)) {
            for (const [small, larger] of Object.entries(pageAssets)) {
                if (larger.includes(path)) {
                    const found = await cache.match(small, ANY);
                    if (found) {
                        return found;
                    }
                }
            }
        }
    }
    return undefined;
}
