"""The Wagtail admin works in a real browser under the site's Content-Security-Policy: no violation, no JS error."""

import os
import re

# Playwright's sync API runs an event loop in this thread; Django would otherwise refuse the fixtures' ORM calls.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

import pytest  # noqa: E402
from django.contrib.auth.models import User  # noqa: E402
from PIL import Image  # noqa: E402
from wagtail.images import get_image_model  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "a-long-test-password"


@pytest.fixture
def admin_page(chromium, live_server, curriculum):
    """A desktop browser tab that records console errors, policy violations and uncaught exceptions."""
    User.objects.create_superuser("admin", "admin@example.org", PASSWORD)
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.problems = []
    page.on("console", lambda message: record_console(page.problems, message))
    page.on("pageerror", lambda error: page.problems.append(f"uncaught: {error}"))
    yield page
    context.close()


def record_console(problems, message):
    text = message.text
    if message.type == "error" or "Content Security Policy" in text or "Refused to" in text:
        problems.append(f"{message.type}: {text} ({message.location.get('url', '')})")


def log_in(page, url):
    page.goto(f"{url}/admin/login/")
    page.fill("[name=username]", "admin")
    page.fill("[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{url}/admin/")


def browse_the_explorer(page, url, module):
    page.get_by_role("button", name="Pages").click()
    page.locator("[data-w-explorer], .c-page-explorer, #explorer").first.wait_for()
    page.goto(f"{url}/admin/pages/{module.pk}/")
    assert page.get_by_role("link", name="Lesson 1", exact=True).first.is_visible()


def translate_the_title(page, url, lesson, title):
    """The English edition is a wagtail-localize translation: its edit view is the translation editor."""
    page.goto(f"{url}/admin/pages/{lesson.pk}/edit/")
    title_segment = page.locator("li").filter(has_text="Lesson 1").filter(has=page.get_by_role("button", name="Edit"))
    title_segment.last.get_by_role("button", name="Edit").click()
    page.locator("textarea").first.fill(title)
    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_text(title).first.wait_for()
    page.reload()
    page.get_by_text(title).first.wait_for()


def save_a_draft(page, url, lesson, title):
    """The Arabic edition is the source: Wagtail's page editor, with an inline panel and the schedule dialog."""
    page.goto(f"{url}/admin/pages/{lesson.pk}/edit/")
    page.fill("#id_title", title)
    page.get_by_role("button", name="Add credits").click()
    page.fill("#id_credits-0-name", "شبكة شباب الموصل")
    page.get_by_role("button", name=re.compile("Save draft")).click()
    page.wait_for_load_state()
    assert page.locator(".messages").get_by_text(re.compile("has been updated")).first.is_visible()
    page.get_by_role("button", name=re.compile("Toggle preview|Preview")).first.click()
    page.frame_locator("#w-preview-iframe").get_by_text(title).first.wait_for()


def upload_an_image(page, url, path):
    Image.new("RGB", (64, 48), (200, 30, 30)).save(path)
    page.goto(f"{url}/admin/images/multiple/add/")
    page.set_input_files("input[type=file]", str(path))
    page.get_by_text(re.compile("Upload successful|Image uploaded", re.IGNORECASE)).first.wait_for()


def test_editors_translate_save_drafts_preview_upload_and_browse_snippets_with_no_policy_violation(
    admin_page, live_server, curriculum, tmp_path
):
    page, url = admin_page, live_server.url
    log_in(page, url)
    browse_the_explorer(page, url, curriculum.en_module)

    translate_the_title(page, url, curriculum.en_lesson1, "Lesson 1, revised under a strict policy")

    arabic = curriculum.ar_lesson1
    save_a_draft(page, url, arabic, "الدرس 1، مسودة منقحة")
    arabic.refresh_from_db()
    latest = arabic.get_latest_revision_as_object()
    assert latest.title == "الدرس 1، مسودة منقحة"
    assert [credit.name for credit in latest.credits.all()] == ["شبكة شباب الموصل"]

    upload_an_image(page, url, tmp_path / "cover.png")
    assert get_image_model().objects.filter(title="cover").exists()

    page.goto(f"{url}/admin/snippets/curriculum/topic/")
    assert page.locator("table.listing tbody tr").count() >= 2

    assert page.problems == []
