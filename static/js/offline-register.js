/* Registers the service worker that keeps pages for reading offline (templates/sw.js, curriculum/offline.py),
   once the page has loaded so that it never competes with the page itself. */
(function () {
    "use strict";
    var script = document.currentScript;
    if (script && "serviceWorker" in navigator) {
        window.addEventListener("load", function () {
            navigator.serviceWorker.register(script.getAttribute("data-worker")).catch(function () {});
        });
    }
})();
