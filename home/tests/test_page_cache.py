"""The anonymous page cache (home/cache.py): what it keeps, what it never keeps, and when it lets go."""

import pytest
from django.contrib.auth.models import User
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import Page

from contributions.moderation import act
from contributions.tests.helpers import in_review, moderator, task_state_of
from curriculum.models import LessonPage, ModulePage, Topic
from home.cache import is_storable

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    "/ar/",
    "/en/modules/",
    "/en/modules/websites/",
    "/ar/modules/websites/lesson-2/",
    "/en/topics/",
    "/en/topics/resilience/",
    "/ar/search/?q=الإعلام",
    "/en/progress/",
]
SECURITY_HEADERS = ["Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy"]


def cached(client, url, **extra):
    """The X-Cache header of a request (None when the cache did not take part)."""
    return client.get(url, **extra).headers.get("X-Cache")


def test_url_paths_of_the_private_tracking_pages_are_under_contribute():
    with translation.override("en"):
        assert reverse("contributions:track", args=["token"]).startswith("/en/contribute/")
        assert reverse("contributions:new_lesson").startswith("/en/contribute/")


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_a_public_page_is_stored_then_served_the_same_without_a_query(
    client, curriculum, django_assert_num_queries, url
):
    first = client.get(url)
    assert first.status_code == 200 and first["X-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"] and second["Content-Type"] == first["Content-Type"]
    assert second["Content-Language"] == url.split("/")[1]
    for header in SECURITY_HEADERS:
        assert second[header] == first[header], header


def test_each_query_string_is_its_own_entry(client, curriculum):
    assert cached(client, "/en/search/?q=Media") == "miss"
    other = client.get("/en/search/?q=nothing-matches-this")
    assert other["X-Cache"] == "miss" and "Lesson 1" not in other.content.decode()
    assert cached(client, "/en/search/?q=Media") == "hit"


def test_a_hit_over_https_keeps_hsts(client, curriculum, settings):
    settings.SECURE_HSTS_SECONDS = 3600
    client.get("/en/modules/", secure=True)
    hit = client.get("/en/modules/", secure=True)
    assert hit["X-Cache"] == "hit" and hit["Strict-Transport-Security"].startswith("max-age=3600")


def test_head_is_served_from_a_stored_get(client, curriculum):
    client.get("/en/modules/")
    assert client.head("/en/modules/")["X-Cache"] == "hit"


def test_if_none_match_gets_304_on_a_hit_and_when_storing(client, curriculum):
    etag = client.get("/en/modules/websites/")["ETag"]
    hit = client.get("/en/modules/websites/", HTTP_IF_NONE_MATCH=etag)
    assert hit.status_code == 304 and hit["ETag"] == etag and hit.content == b""
    Topic.objects.filter(slug="resilience").first().save()  # any change empties the cache
    miss = client.get("/en/modules/websites/", HTTP_IF_NONE_MATCH=etag)
    assert miss.status_code == 304 and miss["ETag"] == etag
    assert client.get("/en/modules/websites/", HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_logged_in_users_get_fresh_pages_and_leave_nothing_behind(client, curriculum):
    client.force_login(User.objects.create_superuser("admin", "admin@example.org", "pw"))
    for _ in range(2):
        response = client.get("/en/modules/websites/")
        assert response.status_code == 200 and "X-Cache" not in response
    client.logout()
    client.cookies.clear()
    assert cached(client, "/en/modules/websites/") == "miss"


@pytest.mark.parametrize("cookie", ["sessionid", "messages"])
def test_a_session_or_messages_cookie_bypasses_the_cache(client, curriculum, cookie):
    client.get("/en/modules/")
    client.cookies[cookie] = "anything"
    assert cached(client, "/en/modules/") is None


@pytest.mark.parametrize(
    "url",
    ["/en/contribute/", "/ar/contribute/new/", "/en/contribute/track/no-such-token/", "/admin/login/", "/en/nope/"],
)
def test_forms_tracking_admin_and_errors_are_never_stored(client, curriculum, url):
    assert cached(client, url) is None
    assert cached(client, url) is None


def test_only_responses_the_same_for_everyone_are_storable(rf):
    request = rf.get("/en/modules/")

    def response(**headers):
        return HttpResponse("page", headers=headers)

    assert is_storable(request, response())
    assert not is_storable(request, response(Vary="Accept-Language, Cookie"))
    assert not is_storable(request, response(**{"Cache-Control": "private, max-age=60"}))
    assert not is_storable(request, response(**{"Cache-Control": "no-store"}))
    with_cookie = response()
    with_cookie.set_cookie("csrftoken", "x")
    assert not is_storable(request, with_cookie)
    assert not is_storable(request, HttpResponse("gone", status=404))
    request.is_preview = True
    assert not is_storable(request, response())


def warm(client, *urls):
    for url in urls:
        client.get(url)
        assert cached(client, url) == "hit", url


def test_publishing_a_lesson_refreshes_it_its_module_and_its_other_edition(client, curriculum):
    lesson = curriculum.en_lesson2
    warm(client, "/en/modules/websites/lesson-2/", "/en/modules/websites/", "/ar/modules/websites/lesson-2/")
    lesson.title = "Renamed lesson"
    lesson.save_revision().publish()
    page = client.get("/en/modules/websites/lesson-2/")
    assert page["X-Cache"] == "miss" and "Renamed lesson" in page.content.decode()
    module = client.get("/en/modules/websites/")
    assert module["X-Cache"] == "miss" and "Renamed lesson" in module.content.decode()
    assert cached(client, "/ar/modules/websites/lesson-2/") == "miss"


def test_publishing_a_translation_refreshes_its_source_edition(client, curriculum):
    translation_page = Page.objects.get(url_path__endswith="/websites/lesson-2/", locale__language_code="en")
    translation_page.unpublish()
    warm(client, "/ar/modules/websites/lesson-2/")
    assert "language-switcher__note" in client.get("/ar/modules/websites/lesson-2/").content.decode()
    translation_page.specific.save_revision().publish()
    source = client.get("/ar/modules/websites/lesson-2/")
    assert source["X-Cache"] == "miss"
    assert "language-switcher__note" not in source.content.decode()
    assert 'href="/en/modules/websites/lesson-2/"' in source.content.decode()


def test_deleting_a_lesson_refreshes_its_module(client, curriculum):
    warm(client, "/en/modules/websites/")
    curriculum.en_lesson3.delete()
    module = client.get("/en/modules/websites/")
    assert module["X-Cache"] == "miss" and "/en/modules/websites/lesson-3/" not in module.content.decode()


def test_editing_a_topic_refreshes_the_topic_page(client, curriculum):
    warm(client, "/en/topics/resilience/")
    topic = Topic.objects.get(slug="resilience", locale__language_code="en")
    topic.name = "Staying online"
    topic.save()
    page = client.get("/en/topics/resilience/")
    assert page["X-Cache"] == "miss" and "Staying online" in page.content.decode()


def test_approving_a_proposed_lesson_refreshes_its_module(client, curriculum):
    module = ModulePage.objects.get(slug="websites", locale__language_code="en")
    contribution = in_review(module=module, title="Backing up a phone")
    warm(client, "/en/modules/websites/")
    act(task_state_of(contribution), moderator(), "approve")
    assert LessonPage.objects.filter(title="Backing up a phone", live=True).exists()
    page = client.get("/en/modules/websites/")
    assert page["X-Cache"] == "miss" and "Backing up a phone" in page.content.decode()


def test_timeout_zero_turns_the_cache_off_but_keeps_etags(client, curriculum, settings):
    settings.MINBAR_PAGE_CACHE_TIMEOUT = 0
    first = client.get("/en/modules/websites/")
    assert "X-Cache" not in first and first["ETag"]
    assert "X-Cache" not in client.get("/en/modules/websites/")
    assert client.get("/en/modules/websites/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


class RecordingBackend(BaseBackend):
    """A stand-in for the CDN: remembers the URLs Wagtail asks it to purge."""

    purged = []

    def __init__(self, params):
        super().__init__(params)

    def purge(self, url):
        self.purged.append(url)


def test_a_cdn_is_purged_of_the_page_its_module_catalogue_home_and_other_edition(curriculum, settings):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": "home.tests.test_page_cache.RecordingBackend"}}
    RecordingBackend.purged.clear()
    lesson = curriculum.en_lesson2
    lesson.save_revision().publish()
    paths = {url.split("testserver", 1)[-1].split("localhost", 1)[-1] for url in RecordingBackend.purged}
    expected = {"/en/modules/websites/", "/ar/modules/websites/", "/en/modules/", "/ar/", "/en/"}
    assert expected | {"/ar/modules/websites/lesson-2/"} <= paths, paths
