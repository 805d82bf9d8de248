"""A lesson in a real browser on a phone: Arabic reads right to left, English left to right."""

import os

# Playwright's sync API runs an event loop in this thread, so Django would refuse ORM calls made by fixtures.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from django.conf import settings  # noqa: E402

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
PHONE = {"width": 390, "height": 844}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def phone(chromium):
    context = chromium.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def document_language(page):
    return page.evaluate("() => [document.documentElement.dir, document.documentElement.lang]")


def direction(page, selector):
    return page.eval_on_selector(selector, "el => getComputedStyle(el).direction")


def step_padding(page):
    """Physical (left, right) padding of the first step: the number bubble sits in the wider one."""
    return page.eval_on_selector(
        ".step",
        "el => { const s = getComputedStyle(el); return [parseFloat(s.paddingLeft), parseFloat(s.paddingRight)]; }",
    )


def pager_x(page):
    """Left edge of the previous and next lesson links."""
    prev, nxt = page.locator("a[rel=prev]").bounding_box(), page.locator("a[rel=next]").bounding_box()
    assert prev and nxt, "the pager links are not visible"
    return prev["x"], nxt["x"]


def screenshot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 0


def test_lesson_reads_right_to_left_in_arabic_and_switches_to_english(live_server, curriculum, phone):
    arabic = live_server.url + "/ar/modules/websites/lesson-2/"
    english = live_server.url + "/en/modules/websites/lesson-2/"

    response = phone.goto(arabic)
    assert response.status == 200
    assert document_language(phone) == ["rtl", "ar"]
    assert direction(phone, "main") == "rtl"
    assert direction(phone, "ol.steps") == "rtl"
    left, right = step_padding(phone)
    assert right > left, f"step number should sit on the right in Arabic (padding left={left}, right={right})"
    prev_x, next_x = pager_x(phone)
    assert next_x < prev_x, f"next lesson should be on the left in Arabic (prev x={prev_x}, next x={next_x})"
    screenshot(phone, "lesson-ar.png")

    with phone.expect_navigation():
        phone.click(".language-switcher__link")
    assert phone.url == english
    assert document_language(phone) == ["ltr", "en"]
    assert direction(phone, "main") == "ltr"
    assert direction(phone, "ol.steps") == "ltr"
    left, right = step_padding(phone)
    assert left > right, f"step number should sit on the left in English (padding left={left}, right={right})"
    prev_x, next_x = pager_x(phone)
    assert prev_x < next_x, f"next lesson should be on the right in English (prev x={prev_x}, next x={next_x})"
    screenshot(phone, "lesson-en.png")
