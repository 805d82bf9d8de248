"""WCAG 2.2 AA in a real browser: axe-core finds no serious or critical problem on the public pages, in both
languages, on a phone and on a desktop, and no structural slip (heading order, landmarks); the skip link and focus
order work from the keyboard; a printed lesson keeps its content and answers."""

import os

# Playwright's sync API runs an event loop in this thread; Django would otherwise refuse the fixtures' ORM calls.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

import pytest  # noqa: E402
from axe_playwright_python.base import AXE_SCRIPT  # noqa: E402
from playwright.sync_api import expect  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PAGES = [
    "/{lang}/",
    "/{lang}/modules/",
    "/{lang}/modules/websites/",
    "/{lang}/modules/websites/lesson-1/",
    "/{lang}/search/?q={word}",
    "/{lang}/topics/",
    "/{lang}/contribute/",
    "/{lang}/contribute/new/",
]
SEARCH_WORDS = {"ar": "الإعلام", "en": "media"}
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING = {"serious", "critical"}
# axe's best practices cover what WCAG asks in words but axe cannot test as a rule: heading order, landmarks,
# one <h1>. Any of these fails the test, whatever its impact.
STRUCTURE = "best-practice"


@pytest.fixture
def axe_page(chromium):
    """A page in a context that bypasses our Content-Security-Policy, for axe alone.

    axe-core comes from the axe-playwright-python package (no request to any other site), and is injected as an
    inline script, which our policy (script-src 'self') rightly blocks. Only this test's context bypasses it.
    """
    contexts = []

    def open_page(viewport):
        context = chromium.new_context(viewport=VIEWPORTS[viewport], bypass_csp=True)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    yield open_page
    for context in contexts:
        context.close()


def violations(page):
    """axe-core's WCAG 2.0-2.2 A/AA and best-practice violations on the page as it stands."""
    page.add_script_tag(content=AXE_SCRIPT)
    tags = [*WCAG_22_AA, STRUCTURE]
    return page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", tags)["violations"]


def blocking(found):
    """Serious and critical WCAG violations, and every structural one."""
    return [v for v in found if v["impact"] in BLOCKING or STRUCTURE in v["tags"]]


def describe(found):
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}\n    " + "\n    ".join(n["html"][:160] for n in v["nodes"][:5])
        for v in found
    )


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_public_pages_have_no_serious_accessibility_problem(live_server, curriculum, axe_page, lang, viewport):
    page = axe_page(viewport)
    problems = {}
    for template in PAGES:
        path = template.format(lang=lang, word=SEARCH_WORDS[lang])
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        expect(page.locator("html")).to_have_attribute("lang", lang)
        found = blocking(violations(page))
        if found:
            problems[path] = describe(found)
    assert not problems, "\n\n".join(f"{path}\n{text}" for path, text in problems.items())


def test_axe_finds_what_it_should(live_server, curriculum, axe_page):
    """Guard against a check that passes because axe did not run: break a page and expect it to be caught."""
    page = axe_page("phone")
    page.goto(f"{live_server.url}/en/")
    page.evaluate("document.querySelector('#home-search').removeAttribute('id')")  # its label no longer names it
    page.evaluate("document.querySelector('#modules-heading').outerHTML = '<h4>Modules</h4>'")  # h1, then h4
    found = {v["id"] for v in blocking(violations(page))}
    assert {"label", "heading-order"} <= found, found


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_keyboard_reaches_the_skip_link_first_and_it_moves_focus_to_the_content(
    live_server, curriculum, chromium, lang
):
    context = chromium.new_context(viewport=VIEWPORTS["desktop"])
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/{lang}/modules/websites/lesson-1/")
        page.keyboard.press("Tab")
        skip = page.locator(".skip-link")
        expect(skip).to_be_focused()
        box = skip.bounding_box()
        assert box and box["x"] >= 0 and box["y"] >= 0, "the focused skip link is on screen"
        assert skip.evaluate("el => getComputedStyle(el).outlineStyle") != "none", "focus is visible"
        page.keyboard.press("Enter")
        expect(page.locator("main")).to_be_focused()
        page.keyboard.press("Tab")
        # The next stop is inside the content, not back in the header.
        assert page.evaluate("document.activeElement.closest('main') !== null")
    finally:
        context.close()


@pytest.mark.parametrize(("lang", "direction"), [("ar", "rtl"), ("en", "ltr")])
def test_printed_lesson_keeps_the_content_and_answers_and_drops_the_controls(
    live_server, curriculum, chromium, lang, direction
):
    context = chromium.new_context(viewport=VIEWPORTS["desktop"])
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/{lang}/modules/websites/lesson-1/")
        expect(page.locator("[data-quiz-form]").first).to_be_visible()  # learn.js has turned the quiz into a form
        page.emulate_media(media="print")
        for hidden in ("header.site-header", "footer.site-footer", ".breadcrumbs", ".pager", ".contribute-callout"):
            expect(page.locator(hidden).first).to_be_hidden()
        expect(page.locator("main button").first).to_be_hidden()
        quiz = page.locator("[data-quiz]").first
        expect(quiz.locator("[data-quiz-form]")).to_be_hidden()
        expect(quiz.locator(".quiz__answer--right")).to_be_visible()  # inside the closed <details>
        expect(quiz.locator(".quiz__answer--right")).to_contain_text(f"{lang} because")
        link = page.locator(".lesson__body .resource a").first
        after = link.evaluate("el => getComputedStyle(el, '::after').content")
        assert "attr(href)" in after or "https://example.org/guide" in after, after
        assert page.evaluate("document.documentElement.dir") == direction
        pdf = page.pdf(format="A4")
        assert pdf.startswith(b"%PDF")
    finally:
        context.close()
