"""In a real browser: Arabic content is right to left in an English admin; learners see the out-of-date notice."""

import os

# Playwright's sync API runs an event loop in this thread; Django would otherwise refuse the fixtures' ORM calls.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

import pytest  # noqa: E402
from django.contrib.auth.models import Group, User  # noqa: E402
from playwright.sync_api import expect  # noqa: E402
from wagtail.users.models import UserProfile  # noqa: E402

from curriculum.tests.translation_helpers import edit_and_publish  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "a-long-test-password"


@pytest.fixture
def browser_page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()


def log_in_as_english_moderator(page, url):
    user = User.objects.create_user("moderator", "moderator@example.invalid", PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    page.goto(f"{url}/admin/login/")
    page.fill("[name=username]", "moderator")
    page.fill("[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{url}/admin/")


def direction(locator):
    return locator.evaluate("element => getComputedStyle(element).direction")


def test_arabic_fields_are_right_to_left_in_an_english_admin(live_server, curriculum, browser_page):
    page, url = browser_page, live_server.url
    log_in_as_english_moderator(page, url)

    page.goto(f"{url}/admin/pages/{curriculum.ar_lesson1.pk}/edit/")
    title, summary = page.locator("#id_title"), page.locator("#id_summary")
    expect(title).to_have_attribute("dir", "auto")
    rich_text = page.locator("[contenteditable=true]").first
    rich_text.wait_for()
    step_title = page.locator("input[type=text][name*=body]").first

    assert page.evaluate("document.documentElement.dir") == "ltr", "the admin itself stays in English"
    assert direction(title) == "rtl"
    assert direction(summary) == "rtl"
    assert direction(rich_text.locator("[data-block='true'], div[data-offset-key]").first) == "rtl"
    # A StreamField input (the test lesson's step titles are Latin text): it follows whatever is typed into it.
    expect(step_title).to_have_attribute("dir", "auto")
    assert direction(step_title) == "ltr"
    step_title.fill("الخطوة الأولى")
    assert direction(step_title) == "rtl"

    page.goto(f"{url}/admin/pages/{curriculum.en_lesson1.pk}/edit/")
    source_string = page.locator(".js-translation-editor li > p").filter(has_text="الدرس 1").first
    expect(source_string).to_have_attribute("dir", "auto")
    assert direction(source_string) == "rtl"
    expect(page.locator(".minbar-review-link")).to_have_attribute(
        "href", f"/admin/translations/page/{curriculum.en_lesson1.pk}/review/"
    )
    assert page.errors == []


def test_learners_see_the_out_of_date_notice_with_a_link_to_the_newer_edition(live_server, curriculum, browser_page):
    page, url = browser_page, live_server.url
    english = curriculum.en_lesson1
    page.goto(f"{url}{english.url}")
    expect(page.locator("h1")).to_have_text("Lesson 1")
    assert page.locator("[data-edition-notice]").count() == 0

    arabic = edit_and_publish(curriculum.ar_lesson1, "الدرس 1، منقّح")
    page.goto(f"{url}{english.url}")

    notice = page.locator("[data-edition-notice]")
    expect(notice).to_contain_text("This edition may be out of date: the Arabic edition was updated on")
    notice.get_by_role("link", name="Read the Arabic edition").click()
    page.wait_for_url(f"{url}{arabic.url}")
    expect(page.locator("h1")).to_have_text("الدرس 1، منقّح")
    assert page.locator("[data-edition-notice]").count() == 0, "the source edition is never out of date"
