"""Bytes a visitor transfers for each page type, in both languages, on a first and on a later visit.

Usage: .venv/bin/python bench/weight.py (or `make bench-weight`). No server and no network: a throwaway SQLite
database with the starter curriculum, static files collected as in production (hashed names, whitenoise, gzip and,
when the brotli package is installed, brotli), and Django's test client.

- first visit: the HTML and every CSS, JS and font file it loads (images are not counted: lessons without images).
  Static files count as whitenoise serves them for `Accept-Encoding: gzip` or `br, gzip`; the HTML is compressed
  here as a proxy would (gzip level 6, brotli quality 5).
- later visit: the HTML, plus any static file not cached for good (hashed name, `immutable`).
- sw install: what the service worker fetches after the first load to work offline (sw.js and the shell files the
  page did not already load). Not part of the first visit's budget: it happens after the page is shown.
Third-party addresses on any page are listed and make the run exit with status 1.
"""

import gzip
import io
import json
import os
import re
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
try:
    import brotli
except ImportError:  # brotli columns are left out
    brotli = None

FIRST_BUDGET, REPEAT_BUDGET = 40 * 1024, 10 * 1024
FETCHING_RELS = {"stylesheet", "icon", "manifest", "preload", "modulepreload", "apple-touch-icon"}
CSS_REF = re.compile(r"""url\(\s*['"]?([^'")\s]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""", re.IGNORECASE)
SW_CONFIG = re.compile(r"const CONFIG = (\{.*?\});\n", re.DOTALL)
HOST = "testserver"


class Resources(HTMLParser):
    """Addresses an HTML page makes the browser fetch (stylesheets, scripts, preloads), images left out."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("src"):
            self.urls.append(attrs["src"])
        rels = set((attrs.get("rel") or "").lower().split())
        if tag == "link" and attrs.get("href") and rels & FETCHING_RELS:
            self.urls.append(attrs["href"])


def setup_django(tmp):
    """Django on the test settings and a fresh SQLite file, with the starter curriculum loaded."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp / 'weight.sqlite3'}"
    os.environ.setdefault("LOG_LEVEL", "WARNING")  # the loader's page and task lines would bury the table
    import django
    from django.core.management import call_command

    django.setup()
    quiet = io.StringIO()
    call_command("migrate", verbosity=0, stdout=quiet)
    call_command("load_starter_curriculum", stdout=quiet, stderr=quiet)


def production_static(tmp):
    """Settings that serve our static files as production does: collected, hashed, precompressed, whitenoise."""
    from django.core.management import call_command
    from django.test.utils import override_settings

    from config.settings.base import STORAGES

    override = override_settings(
        STATIC_ROOT=tmp / "static",
        STORAGES=STORAGES,
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
    )
    override.enable()
    call_command("collectstatic", interactive=False, verbosity=0)


def pages():
    """(kind, language, path) of one page of each type; the module and lesson are the catalogue's middle ones."""
    from django.urls import reverse
    from django.utils import translation
    from wagtail.models import Locale

    from curriculum.models import LessonPage, ModulePage

    modules = list(ModulePage.objects.live().filter(locale__language_code="ar").order_by("path"))
    module = modules[len(modules) // 2]
    lessons = list(LessonPage.objects.live().child_of(module).order_by("path"))
    lesson, topic = lessons[len(lessons) // 2], module.localized_topics().first()
    for locale in Locale.objects.filter(language_code__in=["ar", "en"]).order_by("language_code"):
        lang = locale.language_code
        with translation.override(lang):
            contribute = reverse("contributions:new_lesson")
        yield from [
            ("home", lang, f"/{lang}/"),
            ("catalogue", lang, module.get_translation(locale).get_parent().get_url()),
            ("module", lang, module.get_translation(locale).get_url()),
            ("lesson", lang, lesson.get_translation(locale).get_url()),
            ("topic", lang, f"/{lang}/topics/{topic.get_translation(locale).slug}/"),
            ("search", lang, f"/{lang}/search/?q={lesson.get_translation(locale).title.split()[0]}"),
            ("contribute", lang, contribute),
            ("progress", lang, f"/{lang}/progress/"),
            ("offline", lang, f"/{lang}/offline/"),
        ]


def compressed(data):
    """{"gzip": bytes, "br": bytes} of a response body compressed as a proxy would."""
    sizes = {"gzip": len(gzip.compress(data, compresslevel=6))}
    if brotli:
        sizes["br"] = len(brotli.compress(data, quality=5))
    return sizes


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def served(client, url):
    """{"gzip": bytes, "br": bytes} of a static file as whitenoise sends it, and whether it is cached for good."""
    sizes, cached = {}, True
    for encoding, accept in (("gzip", "gzip"), ("br", "br, gzip")):
        if encoding == "br" and not brotli:
            continue
        response = client.get(url, HTTP_ACCEPT_ENCODING=accept)
        if response.status_code != 200:
            raise SystemExit(f"{url}: {response.status_code}")
        sizes[encoding] = len(body(response))
        cached = cached and "immutable" in response.get("Cache-Control", "")
    return sizes, cached


def resources_of(html, base):
    """Absolute addresses of the CSS and JS an HTML page loads, and of fonts and imports in that CSS."""
    parser = Resources()
    parser.feed(html)
    return [urljoin(base, ref) for ref in parser.urls]


def css_refs(client, url):
    """Fonts and imported stylesheets a same-site stylesheet asks for (images left out)."""
    css = body(client.get(url)).decode()
    refs = [urljoin(url, a or b) for a, b in CSS_REF.findall(css)]
    return [ref for ref in refs if urlsplit(ref).path.endswith((".css", ".woff2", ".woff", ".ttf", ".otf"))]


def same_site(url):
    parts = urlsplit(url)
    return parts.scheme in ("", "http", "https", "data") and parts.hostname in (None, HOST)


def weigh(client, path):
    """One page's row: first and later visit bytes per encoding, requests, service worker install bytes."""
    base = f"http://{HOST}{path}"
    response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"{path}: {response.status_code}")
    html = body(response)
    first, repeat = compressed(html), compressed(html)
    queue, seen, third_party = resources_of(html.decode(), base), set(), []
    while queue:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        if not same_site(url):
            third_party.append(url)
            continue
        sizes, cached = served(client, urlsplit(url).path)
        for encoding, size in sizes.items():
            first[encoding] += size
            repeat[encoding] += 0 if cached else size
        if url.endswith(".css"):
            queue += css_refs(client, urlsplit(url).path)
    return {"first": first, "repeat": repeat, "requests": 1 + len(seen), "third_party": third_party}, seen


def service_worker_install(client, loaded):
    """gzip bytes the service worker fetches on install that the page had not loaded: sw.js and its shell."""
    response = client.get("/sw.js")
    if response.status_code != 200:
        return 0
    script = body(response)
    total = compressed(script)["gzip"]
    match = SW_CONFIG.search(script.decode())
    for url in json.loads(match.group(1)).get("shell", []) if match else []:
        absolute = urljoin(f"http://{HOST}/", url)
        if absolute in loaded:
            continue
        path = urlsplit(absolute).path
        if path.startswith("/static/"):
            total += served(client, path)[0]["gzip"]
        else:
            total += compressed(body(client.get(url)))["gzip"]
    return total


def kb(size):
    return f"{size / 1024:6.1f}"


def print_table(rows, sw_bytes):
    """The table: KB transferred per page and language, first and later visit, gzip and brotli."""
    encodings = ["gzip", "br"] if brotli else ["gzip"]
    head = ["page", "lang", "reqs"] + [f"first {e}" for e in encodings] + [f"later {e}" for e in encodings]
    print(" ".join(f"{h:>11}" for h in head))
    for kind, lang, row in rows:
        cells = [kind, lang, str(row["requests"])]
        cells += [kb(row["first"][e]) for e in encodings] + [kb(row["repeat"][e]) for e in encodings]
        print(" ".join(f"{c:>11}" for c in cells))
    print(
        f"KB = 1024 bytes of response bodies (headers not counted); budgets: first visit <= {FIRST_BUDGET // 1024}"
        f" KB, later visit < {REPEAT_BUDGET // 1024} KB (gzip)."
    )
    print(f"service worker install after the first load (sw.js + shell not yet loaded, gzip): {kb(sw_bytes)} KB")
    if not brotli:
        print("brotli not installed: gzip only (pip install brotli for both)")


def main():
    """Build the throwaway site, weigh every page, print the table; exit 1 on any third-party request."""
    with tempfile.TemporaryDirectory(prefix="minbar-weight-") as tmp:
        setup_django(Path(tmp))
        production_static(Path(tmp))
        from django.test import Client

        client = Client()
        rows, loaded, third_party = [], set(), []
        for kind, lang, path in pages():
            row, seen = weigh(client, path)
            loaded |= seen
            third_party += row["third_party"]
            rows.append((kind, lang, row))
        print_table(rows, service_worker_install(client, loaded))
    if third_party:
        print("third-party requests:", sorted(set(third_party)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
