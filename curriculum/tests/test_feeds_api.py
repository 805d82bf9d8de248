"""The Atom feed of lessons per language and the read-only JSON API of modules and lessons."""

import json
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from contributions.tests.helpers import in_review
from curriculum.feeds import FEED_LENGTH
from curriculum.models import LessonCredit, LessonPage, ModulePage

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LESSONS_PER_LANGUAGE = 5  # conftest.TEST_MODULES: 3 + 2
MODULES_PER_LANGUAGE = 2


def feed(client, lang):
    response = client.get(f"/{lang}/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)  # noqa: S314 - our own feed, parsed to prove it is well-formed XML


def entries(root):
    return root.findall(f"{ATOM}entry")


def entry_links(root):
    return [entry.find(f"{ATOM}link").get("href") for entry in entries(root)]


def make_private(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")


@pytest.mark.parametrize(("lang", "title"), [("ar", "الدرس 1"), ("en", "Lesson 1")])
def test_feed_lists_the_lessons_of_its_language(client, curriculum, lang, title):
    root = feed(client, lang)
    assert root.get(XML_LANG) == lang
    assert len(entries(root)) == LESSONS_PER_LANGUAGE
    assert all(link.startswith(f"http://testserver/{lang}/modules/") for link in entry_links(root))
    assert title in [entry.findtext(f"{ATOM}title") for entry in entries(root)]
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == f"http://testserver/{lang}/feed/"


def test_feed_entry_has_summary_dates_and_credits(client, curriculum):
    lesson = curriculum.en_lesson2
    LessonCredit.objects.create(page=lesson, name="Dilan & Co", kind="organisation")
    url = "http://testserver/en/modules/websites/lesson-2/"
    entry = next(e for e in entries(feed(client, "en")) if e.find(f"{ATOM}link").get("href") == url)
    assert entry.findtext(f"{ATOM}title") == "Lesson 2"
    assert entry.findtext(f"{ATOM}summary") == "Summary 2"
    assert entry.findtext(f"{ATOM}updated") == lesson.last_published_at.isoformat()
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "Dilan & Co"


def test_feed_is_newest_first(client, curriculum):
    curriculum.ar_lesson2.save_revision().publish()
    assert entry_links(feed(client, "ar"))[0].endswith("/ar/modules/websites/lesson-2/")


def test_feed_leaves_out_drafts_and_private_lessons(client, curriculum):
    curriculum.en_lesson3.unpublish()
    curriculum.en_module.add_child(instance=LessonPage(title="Draft lesson", slug="draft", live=False))
    make_private(ModulePage.objects.get(slug="shutdowns", locale__language_code="en"))
    links = entry_links(feed(client, "en"))
    assert sorted(links) == [f"http://testserver/en/modules/websites/lesson-{n}/" for n in (1, 2)]


def test_feed_stops_at_its_length(client, curriculum):
    module, now = curriculum.en_module, timezone.now()
    for number in range(FEED_LENGTH):
        published = now + timedelta(minutes=number)
        lesson = LessonPage(title=f"Extra {number}", slug=f"extra-{number}", last_published_at=published)
        module.add_child(instance=lesson)
    root = feed(client, "en")
    assert len(entries(root)) == FEED_LENGTH
    assert entries(root)[0].findtext(f"{ATOM}title") == f"Extra {FEED_LENGTH - 1}"


def test_feed_never_shows_a_contributor_email(client, curriculum):
    contribution = in_review(email="private-person@example.org", credit_name="Dilan")
    LessonCredit.objects.create(page=curriculum.en_lesson1, name="Dilan", contribution=contribution)
    assert b"private-person" not in client.get("/en/feed/").content


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_pages_link_their_language_feed(client, curriculum, lang):
    html = client.get(f"/{lang}/modules/websites/lesson-1/").content.decode()
    assert f'<link rel="alternate" type="application/atom+xml" href="/{lang}/feed/"' in html


def api(client, path, status=200):
    response = client.get(f"/api/v2/pages/{path}")
    assert response.status_code == status, response.content
    return json.loads(response.content)


def test_api_lists_only_modules_and_lessons_of_both_languages(client, curriculum):
    data = api(client, "?limit=20")
    types = {item["meta"]["type"] for item in data["items"]}
    assert types == {"curriculum.ModulePage", "curriculum.LessonPage"}
    assert data["meta"]["total_count"] == 2 * (LESSONS_PER_LANGUAGE + MODULES_PER_LANGUAGE)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_api_filters_by_locale_and_type(client, curriculum, lang):
    data = api(client, f"?locale={lang}&type=curriculum.LessonPage&limit=20")
    assert data["meta"]["total_count"] == LESSONS_PER_LANGUAGE
    assert {item["meta"]["locale"] for item in data["items"]} == {lang}
    assert all(f"/{lang}/modules/" in item["meta"]["html_url"] for item in data["items"])


def test_api_does_not_reach_other_page_types(client, curriculum):
    assert api(client, "?type=home.HomePage")["meta"]["total_count"] == 0
    assert api(client, f"{curriculum.en_module.get_parent().pk}/", status=404)


def test_api_lesson_detail_has_its_content(client, curriculum):
    lesson = curriculum.ar_lesson1
    LessonCredit.objects.create(page=lesson, name="نور", kind="person", role="كاتبة")
    data = api(client, f"{lesson.pk}/")
    assert data["title"] == "الدرس 1" and data["summary"] == "ملخص 1"
    assert data["meta"]["locale"] == "ar"
    assert data["meta"]["parent"]["id"] == curriculum.ar_module.pk
    assert [block["type"] for block in data["body"]][:3] == ["text", "what_you_need", "steps"]
    assert data["body"][2]["value"]["steps"][0]["title"] == "ar step 0"
    assert (data["level"], data["licence"], data["estimated_minutes"]) == ("beginner", "CC-BY-SA-4.0", 11)
    assert data["topics"] == [t.name for t in curriculum.ar_module.localized_topics()]
    assert [(c["name"], c["kind"], c["role"]) for c in data["credits"]] == [("نور", "person", "كاتبة")]


def test_api_module_detail_has_its_catalogue_facts(client, curriculum):
    module = curriculum.en_module
    data = api(client, f"{module.pk}/")
    assert data["meta"]["locale"] == "en"
    assert (data["level"], data["licence"]) == ("beginner", "CC-BY-SA-4.0")
    assert data["estimated_minutes"] == module.estimated_minutes
    assert data["topics"] == [t.name for t in module.localized_topics()] and data["topics"]
    assert sorted(data["tags"]) == ["phones", "testing"]
    assert data["learning_outcomes"][0]["value"] == "One"


def test_api_leaves_out_drafts(client, curriculum):
    lesson = curriculum.en_lesson3
    lesson.unpublish()
    draft = curriculum.en_module.add_child(instance=LessonPage(title="Draft", slug="draft", live=False))
    ids = [item["id"] for item in api(client, "?type=curriculum.LessonPage&locale=en")["items"]]
    assert lesson.pk not in ids and draft.pk not in ids and len(ids) == LESSONS_PER_LANGUAGE - 1
    api(client, f"{lesson.pk}/", status=404)


def test_api_leaves_out_private_pages_even_for_staff(client, curriculum):
    module = curriculum.en_module
    make_private(module)
    client.force_login(User.objects.create_superuser("admin", "admin@example.invalid", "pw"))
    ids = {item["id"] for item in api(client, "?locale=en&limit=20")["items"]}
    assert module.pk not in ids and not ids & {lesson.pk for lesson in module.lessons}
    api(client, f"{curriculum.en_lesson1.pk}/", status=404)


def test_api_never_shows_a_contributor_email(client, curriculum):
    contribution = in_review(email="private-person@example.org", credit_name="Dilan")
    LessonCredit.objects.create(page=curriculum.en_lesson1, name="Dilan", contribution=contribution)
    response = client.get(f"/api/v2/pages/{curriculum.en_lesson1.pk}/?fields=*")
    assert response.status_code == 200
    assert b"Dilan" in response.content and b"private-person" not in response.content


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_api_is_read_only(client, curriculum, method):
    pk = curriculum.en_lesson1.pk
    for path in ("/api/v2/pages/", f"/api/v2/pages/{pk}/"):
        response = getattr(client, method)(path, data="{}", content_type="application/json")
        assert response.status_code == 405, path
    assert Page.objects.get(pk=pk).title == "Lesson 1"


def test_api_answers_json_under_the_public_policy(client, curriculum):
    response = client.get("/api/v2/pages/", HTTP_ACCEPT="text/html")
    assert response["Content-Type"] == "application/json"
    assert "unsafe-inline" not in response["Content-Security-Policy"]


@pytest.mark.parametrize(
    ("query", "status"),
    [("?locale=zz", 404), ("?type=nope.Nope", 400), ("?child_of=abc", 400), ("?fields=owner", 400), ("?limit=-1", 400)],
)
def test_api_answers_bad_queries_with_a_json_error(client, curriculum, query, status):
    assert "message" in api(client, query, status=status)
