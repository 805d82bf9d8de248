"""Pages stay light on slow connections, fetch nothing from other sites, and style both directions alike."""

import gzip
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import Client

pytestmark = pytest.mark.django_db

BUDGET = 40 * 1024  # bytes, gzip-compressed, HTML plus its CSS, JS and fonts
SITE_HOST = "testserver"

STATIC_DIR = Path(settings.BASE_DIR) / "static"
TEMPLATES_DIR = Path(settings.BASE_DIR) / "templates"

WEIGHED_PAGES = [
    "/ar/",
    "/en/",
    "/ar/modules/",
    "/en/modules/",
    "/ar/modules/websites/",
    "/en/modules/websites/",
    "/ar/modules/websites/lesson-2/",
    "/en/modules/websites/lesson-2/",
    "/ar/search/?q=الإعلام",
    "/en/search/?q=media",
    "/ar/contribute/new/",
    "/en/contribute/new/",
    "/ar/progress/",
    "/en/progress/",
]

EVERY_PAGE = [
    *WEIGHED_PAGES,
    "/ar/topics/",
    "/en/topics/",
    "/ar/topics/resilience/",
    "/en/topics/resilience/",
    "/ar/search/",
    "/en/search/",
    "/ar/no-such-page/",
    "/en/no-such-page/",
]

# <link rel> values that make the browser fetch (or connect to) the linked address.
FETCHING_RELS = {
    "stylesheet",
    "icon",
    "shortcut",
    "apple-touch-icon",
    "apple-touch-icon-precomposed",
    "mask-icon",
    "manifest",
    "preload",
    "modulepreload",
    "prefetch",
    "prerender",
    "preconnect",
    "dns-prefetch",
}

CSS_URL = re.compile(r"""url\(\s*(?P<q>['"]?)(?P<url>.*?)(?P=q)\s*\)""", re.IGNORECASE | re.DOTALL)
CSS_IMPORT = re.compile(r"""@import\s+(?:url\(\s*)?(?P<q>['"]?)(?P<url>[^'")\s;]+)(?P=q)""", re.IGNORECASE)
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
FONT_EXTENSIONS = (".woff2", ".woff", ".ttf", ".otf", ".eot")

PHYSICAL_PROPERTIES = re.compile(
    r"""
    (?<![-\w])(?:margin|padding|border)-(?:left|right)\b   # margin-left, border-right-color, ...
    | (?<![-\w])(?:left|right)\s*:                          # left: 0
    | (?<![-\w])(?:text-align|float)\s*:\s*(?:left|right)\b  # text-align: right, float: left
    """,
    re.IGNORECASE | re.VERBOSE,
)


class Resources(HTMLParser):
    """Every address an HTML page makes the browser fetch, and the inline CSS it carries."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stylesheets, self.scripts, self.preloads, self.fetched, self.inline_css = [], [], [], [], []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "poster", "data"):
            if attrs.get(name) and (name == "src" or tag in ("video", "object")):
                self.fetched.append(attrs[name])
        for name in ("srcset", "imagesrcset"):
            if attrs.get(name):
                self.fetched += [candidate.split()[0] for candidate in attrs[name].split(",") if candidate.strip()]
        if attrs.get("style"):
            self.inline_css.append(attrs["style"])
        if tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
        if tag == "link" and attrs.get("href"):
            rels = set((attrs.get("rel") or "").lower().split())
            if rels & FETCHING_RELS:
                self.fetched.append(attrs["href"])
            if "stylesheet" in rels:
                self.stylesheets.append(attrs["href"])
            elif rels & {"preload", "modulepreload"}:
                self.preloads.append(attrs["href"])
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.inline_css.append(data)


def parse(html):
    resources = Resources()
    resources.feed(html)
    resources.close()
    return resources


def is_same_site(url):
    parts = urlsplit(url.strip())
    if parts.scheme == "data":
        return True
    if parts.scheme and parts.scheme not in ("http", "https"):
        return False
    return not parts.netloc or parts.hostname == SITE_HOST


def static_file(url):
    """The file behind a same-site static URL, read through the staticfiles finders."""
    path = urlsplit(url).path
    assert path.startswith(settings.STATIC_URL), f"{url} is not served from {settings.STATIC_URL}"
    found = finders.find(path.removeprefix(settings.STATIC_URL))
    assert found, f"{url} is referenced but no static file matches it"
    return Path(found).read_bytes()


def css_imports(css):
    return [m.group("url").strip() for m in CSS_IMPORT.finditer(CSS_COMMENT.sub("", css))]


def css_references(css):
    """Addresses a stylesheet asks for: @import and url(...)."""
    return css_imports(css) + [m.group("url").strip() for m in CSS_URL.finditer(CSS_COMMENT.sub("", css))]


def stylesheets_of(html, base):
    """(url, text) of every same-site stylesheet the page uses, following @import."""
    resources = parse(html)
    queue = [urljoin(base, href) for href in resources.stylesheets]
    seen = {}
    while queue:
        url = queue.pop(0)
        if url in seen or not is_same_site(url):
            continue
        seen[url] = static_file(url).decode()
        queue += [urljoin(url, ref) for ref in css_imports(seen[url])]
    return seen


def gz(data):
    return len(gzip.compress(data, compresslevel=6))


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response


def page_weight(client, url):
    """Compressed bytes of the page and every same-site CSS, JS and font it loads, with the breakdown."""
    response = get(client, url)
    html = response.content.decode()
    base = f"http://{SITE_HOST}{url}"
    sizes = {url: gz(response.content)}
    resources = parse(html)
    stylesheets = stylesheets_of(html, base)
    for css_url, css in stylesheets.items():
        sizes[css_url] = gz(css.encode())
        for ref in css_references(css):
            ref_url = urljoin(css_url, ref)
            if urlsplit(ref_url).path.lower().endswith(FONT_EXTENSIONS) and is_same_site(ref_url):
                sizes.setdefault(ref_url, gz(static_file(ref_url)))
    for ref in resources.scripts + resources.preloads:
        ref_url = urljoin(base, ref)
        path = urlsplit(ref_url).path.lower()
        if is_same_site(ref_url) and path.endswith((".js", ".mjs", ".css", *FONT_EXTENSIONS)):
            sizes.setdefault(ref_url, gz(static_file(ref_url)))
    return sum(sizes.values()), sizes


@pytest.mark.parametrize("url", WEIGHED_PAGES)
def test_page_with_its_css_js_and_fonts_fits_the_budget(client, curriculum, url):
    total, sizes = page_weight(client, url)
    assert total <= BUDGET, f"{url}: {total} bytes gzipped > {BUDGET}: {sizes}"


def test_page_weight_counts_the_stylesheet(client, curriculum):
    """Guard against a weight test that silently weighs the HTML alone."""
    _, sizes = page_weight(client, "/ar/modules/websites/lesson-2/")
    assert any(urlsplit(url).path.endswith(".css") for url in sizes), sizes


@pytest.mark.parametrize("url", EVERY_PAGE)
def test_page_makes_no_request_to_another_site(client, curriculum, url):
    status = 404 if "no-such-page" in url else 200
    html = get(client, url, status).content.decode()
    base = f"http://{SITE_HOST}{url}"
    resources = parse(html)
    requested = [urljoin(base, ref) for ref in resources.fetched]
    for css in resources.inline_css:
        requested += [urljoin(base, ref) for ref in css_references(css)]
    for css_url, css in stylesheets_of(html, base).items():
        requested += [urljoin(css_url, ref) for ref in css_references(css)]
    third_party = [address for address in requested if not is_same_site(address)]
    assert not third_party, f"{url} fetches from other sites: {third_party}"


def test_pages_reference_the_site_stylesheet(client, curriculum):
    html = get(client, "/en/modules/websites/lesson-2/").content.decode()
    assert any(href.endswith("/css/minbar.css") for href in parse(html).stylesheets)


@pytest.mark.parametrize(
    "html",
    [
        '<script src="https://cdn.example.com/app.js"></script>',
        '<link rel="stylesheet" href="//fonts.example.com/css">',
        '<link rel="preconnect" href="https://fonts.gstatic.com">',
        '<img src="/media/a.webp" srcset="/media/a.webp 1x, https://img.example.com/b.webp 2x">',
        "<div style=\"background: url('https://example.com/bg.png')\"></div>",
        "<style>@import 'https://example.com/x.css';</style>",
    ],
)
def test_third_party_detection_catches_common_forms(html):
    resources = parse(html)
    requested = resources.fetched + [ref for css in resources.inline_css for ref in css_references(css)]
    assert any(not is_same_site(urljoin("http://testserver/en/", ref)) for ref in requested), html


def test_links_to_other_sites_are_not_requests():
    resources = parse('<a href="https://example.org/guide">guide</a><link rel="alternate" href="https://x.org/">')
    assert resources.fetched == []


def css_files():
    return sorted(STATIC_DIR.rglob("*.css"))


def test_there_is_css_to_check():
    assert css_files()


@pytest.mark.parametrize("path", css_files(), ids=lambda path: str(path.relative_to(STATIC_DIR)))
def test_css_uses_logical_properties_only(path):
    css = CSS_COMMENT.sub("", path.read_text())
    found = [match.group(0) for match in PHYSICAL_PROPERTIES.finditer(css)]
    assert not found, f"{path.name} uses physical properties: {found}"


def template_styles():
    for path in sorted(TEMPLATES_DIR.rglob("*.html")):
        text = path.read_text()
        for match in re.finditer(r"""\bstyle\s*=\s*(["'])(.*?)\1""", text, re.DOTALL | re.IGNORECASE):
            yield path, match.group(2)
        for match in re.finditer(r"<style[^>]*>(.*?)</style>", text, re.DOTALL | re.IGNORECASE):
            yield path, match.group(1)


def test_templates_use_logical_properties_in_inline_styles():
    found = [
        (str(path.relative_to(TEMPLATES_DIR)), match.group(0))
        for path, css in template_styles()
        for match in PHYSICAL_PROPERTIES.finditer(css)
    ]
    assert not found, f"physical properties in template styles: {found}"


@pytest.mark.parametrize(
    ("css", "physical"),
    [
        (".a { margin-left: 1rem }", True),
        (".a { padding-right:0 }", True),
        (".a { border-left-color: red }", True),
        (".a { position: absolute; left: 0 }", True),
        (".a { right : 0 }", True),
        (".a { text-align: right }", True),
        (".a { float:left }", True),
        (".a { margin-inline-start: 1rem; inset-inline-end: 0; text-align: end }", False),
        (".a { border-top-left-radius: 2px; padding-inline: 0 }", False),
    ],
)
def test_physical_property_pattern(css, physical):
    assert bool(PHYSICAL_PROPERTIES.search(css)) is physical


# A later visit: the hashed CSS, JS and fonts are cached for good, so only the page itself travels again.
REPEAT_BUDGET = 10 * 1024  # bytes, the gzip-compressed HTML of a lesson
PRODUCTION_STORAGE = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
YEAR = 31_536_000


@pytest.fixture
def production_static(settings, tmp_path):
    """Static files collected as in production (hashed names, whitenoise) and a client that loads them fresh.

    Only our own static/ directory is collected: the admin's thousands of files would slow the test and are
    never on a public page.
    """
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "staticfiles": PRODUCTION_STORAGE}
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    call_command("collectstatic", interactive=False, verbosity=0)
    return Client()  # a new client builds its middleware, whitenoise included, under these settings


def max_age(response):
    match = re.search(r"max-age=(\d+)", response.get("Cache-Control", ""))
    return int(match.group(1)) if match else 0


@pytest.mark.parametrize("url", ["/ar/modules/websites/lesson-2/", "/en/modules/websites/lesson-2/"])
def test_later_visit_transfers_only_the_page(production_static, curriculum, url):
    response = get(production_static, url)
    resources = parse(response.content.decode())
    static = resources.stylesheets + resources.scripts + resources.preloads
    assert any(ref.endswith(".css") for ref in static), "no stylesheet found: the test would weigh nothing"
    for ref in static:
        assert is_same_site(urljoin(f"http://{SITE_HOST}{url}", ref)), ref
        assert re.search(r"\.[0-9a-f]{12}\.\w+$", ref), f"{ref} has no content hash, so it cannot be cached for good"
        cached = production_static.get(ref, HTTP_ACCEPT_ENCODING="gzip")
        assert cached.status_code == 200, ref
        assert max_age(cached) >= YEAR and "immutable" in cached["Cache-Control"], (ref, cached["Cache-Control"])
    assert gz(response.content) < REPEAT_BUDGET, f"{url}: {gz(response.content)} bytes gzipped"


def test_unhashed_static_names_are_not_cached_for_good(production_static):
    response = production_static.get("/static/css/minbar.css")
    assert response.status_code == 200
    assert "immutable" not in response["Cache-Control"] and max_age(response) < YEAR
