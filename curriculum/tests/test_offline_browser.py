"""A learner on a phone saves a module, loses the connection, and goes on reading; elsewhere, the offline page."""

import os

# Playwright's sync API runs an event loop in this thread; Django would otherwise refuse the fixtures' ORM calls.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from pathlib import Path  # noqa: E402
from urllib.parse import urlsplit  # noqa: E402

import pytest  # noqa: E402
from django.conf import settings  # noqa: E402
from django.urls import re_path  # noqa: E402
from django.utils import translation  # noqa: E402
from django.views.static import serve  # noqa: E402
from playwright.sync_api import expect  # noqa: E402

from config.urls import urlpatterns as site_urlpatterns  # noqa: E402
from curriculum.tests.test_offline import add_images, small  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE = {"width": 390, "height": 844}
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"

# This module is also the URLconf of its tests: the site, plus uploaded images, which only DEBUG serves otherwise.
urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]


@pytest.fixture
def phone(chromium, settings):
    """A fresh phone browser with its own storage, on a site that serves uploaded images."""
    settings.ROOT_URLCONF = __name__
    contexts = []

    def open_phone(language):
        context = chromium.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale=language)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    yield open_phone
    for context in contexts:
        context.close()


def messages(language):
    """What the pages say, in the learner's language (the strings of templates/offline*.html)."""
    with translation.override(language):
        ready = translation.ngettext(
            "Saved for offline — %(counter)s lesson, %(size)s.", "Saved for offline — %(counter)s lessons, %(size)s.", 3
        )
        return {
            "save": translation.gettext("Save this module for offline"),
            "remove": translation.gettext("Remove from this device"),
            "update": translation.gettext("Update the saved copy"),
            "changed": translation.gettext(
                "This module has changed since you saved it: update it to read the latest version offline."
            ),
            "current": translation.gettext("Already up to date."),
            "ready": ready.split("%(size)s")[0] % {"counter": 3},
            "saved": translation.gettext("Saved on this device on %(date)s (%(size)s).").split("%(date)s")[0],
            "offline": translation.gettext("You are offline"),
        }


def screenshot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def image_loaded(page, url):
    """Whether the picture on the page has loaded, whichever size of it the browser chose."""
    picture = page.locator(f'main img[src="{url}"]')
    picture.scroll_into_view_if_needed()
    for _ in range(50):
        if picture.evaluate("img => img.complete && img.naturalWidth > 0"):
            return True
        page.wait_for_timeout(100)
    return False


@pytest.mark.parametrize("language", ["ar", "en"])
def test_saved_module_reads_offline_and_other_pages_show_the_offline_page(live_server, curriculum, phone, language):
    images = add_images(getattr(curriculum, f"{language}_lesson1"))
    lessons = [getattr(curriculum, f"{language}_lesson{n}") for n in (1, 2, 3)]
    site = live_server.url
    say = messages(language)
    page = phone(language)

    page.goto(f"{site}/{language}/modules/websites/")
    assert page.evaluate("document.documentElement.dir") == ("rtl" if language == "ar" else "ltr")
    page.get_by_role("button", name=say["save"]).click()
    expect(page.locator("[data-offline-status]")).to_contain_text(say["ready"])
    expect(page.get_by_role("button", name=say["remove"])).to_be_visible()
    page.locator("[data-offline-save]").scroll_into_view_if_needed()
    screenshot(page, f"offline-module-saved-{language}.png")
    assert [worker.url for worker in page.context.service_workers] == [f"{site}/sw.js"]
    page.goto(f"{site}/{language}/contribute/")  # opened online, but private: never kept
    page.goto(f"{site}/{language}/modules/?level=beginner")  # a query string: never kept

    page.context.set_offline(True)
    for lesson in lessons:
        page.goto(f"{site}{lesson.url}")
        expect(page.locator("h1")).to_have_text(lesson.title)
        expect(page.locator("[data-quiz]").first).to_be_visible()
    page.goto(f"{site}{lessons[0].url}")
    assert image_loaded(page, small(images[0])), "the saved small picture stands in for any size"

    page.goto(f"{site}/{language}/modules/websites/")
    expect(page.locator("[data-offline-status]")).to_contain_text(say["saved"])

    for unsaved in ("topics/", "contribute/", "modules/?level=beginner"):
        page.goto(f"{site}/{language}/{unsaved}")
        expect(page.locator("h1")).to_have_text(say["offline"])
        assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [
            language,
            "rtl" if language == "ar" else "ltr",
        ]
    saved = page.locator("[data-offline-list]")
    expect(saved.get_by_role("link", name=getattr(curriculum, f"{language}_module").title)).to_be_visible()
    expect(saved.get_by_role("link", name=lessons[2].title)).to_be_visible()
    screenshot(page, f"offline-page-{language}.png")


def test_removed_module_is_gone_offline_and_pages_opened_are_kept(live_server, curriculum, phone):
    say = messages("en")
    page = phone("en")
    page.goto(f"{live_server.url}/en/modules/websites/")
    page.get_by_role("button", name=say["save"]).click()
    page.get_by_role("button", name=say["remove"]).click()
    expect(page.get_by_role("button", name=say["save"])).to_be_visible()
    page.goto(f"{live_server.url}/en/modules/websites/lesson-1/")  # opened, not saved: kept all the same

    page.context.set_offline(True)
    page.goto(f"{live_server.url}/en/modules/websites/lesson-1/")
    expect(page.locator("h1")).to_have_text(curriculum.en_lesson1.title)
    page.goto(f"{live_server.url}/en/modules/websites/lesson-3/")
    expect(page.locator("h1")).to_have_text(say["offline"])
    expect(page.locator("[data-offline-none]")).to_be_visible()


def test_update_fetches_again_only_the_lessons_published_since(live_server, curriculum, phone):
    say = messages("en")
    page = phone("en")
    status = page.locator("[data-offline-status]")
    page.goto(f"{live_server.url}/en/modules/websites/")
    page.get_by_role("button", name=say["save"]).click()
    expect(status).to_contain_text(say["ready"])

    curriculum.en_lesson2.save_revision().publish()
    page.reload()
    expect(status).to_contain_text(say["changed"])
    fetched = []
    page.on("request", lambda request: fetched.append(urlsplit(request.url).path))
    page.get_by_role("button", name=say["update"]).click()
    expect(status).to_contain_text(say["ready"])
    assert [path for path in fetched if "/lesson-" in path] == ["/en/modules/websites/lesson-2/"]

    fetched.clear()
    page.get_by_role("button", name=say["update"]).click()
    expect(status).to_contain_text(say["current"])
    assert not [path for path in fetched if "/lesson-" in path], "nothing changed, nothing fetched again"
