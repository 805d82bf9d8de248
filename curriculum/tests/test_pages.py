"""What a learner sees on each page type, in both languages."""

import re

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def html_tag(response):
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


@pytest.mark.parametrize(
    ("url", "lang", "direction"),
    [
        ("/ar/", "ar", "rtl"),
        ("/en/", "en", "ltr"),
        ("/ar/modules/", "ar", "rtl"),
        ("/en/modules/", "en", "ltr"),
        ("/ar/modules/websites/", "ar", "rtl"),
        ("/en/modules/websites/lesson-2/", "en", "ltr"),
        ("/ar/modules/websites/lesson-2/", "ar", "rtl"),
        ("/ar/topics/", "ar", "rtl"),
        ("/en/topics/resilience/", "en", "ltr"),
        ("/ar/search/?q=x", "ar", "rtl"),
    ],
)
def test_every_page_type_renders_with_its_language_and_direction(client, curriculum, url, lang, direction):
    response = client.get(url)
    assert response.status_code == 200
    assert f'lang="{lang}"' in html_tag(response)
    assert f'dir="{direction}"' in html_tag(response)


def test_lesson_shows_its_place_in_the_module(client, curriculum):
    content = client.get("/en/modules/websites/lesson-2/").content.decode()
    assert "Lesson 2 of 3" in content
    assert "12 minutes" in content
    assert 'rel="prev" href="/en/modules/websites/lesson-1/"' in content
    assert 'rel="next" href="/en/modules/websites/lesson-3/"' in content
    assert '<a href="/en/modules/websites/">Module websites</a>' in content


def test_arabic_lesson_is_fully_translated_around_the_content(client, curriculum):
    content = client.get("/ar/modules/websites/lesson-2/").content.decode()
    assert "الدرس 2 من 3" in content
    assert "الدرس السابق" in content and "الدرس التالي" in content
    assert "Lesson" not in re.sub(r"<[^>]+>", "", content.split("<main")[0])


def test_last_lesson_leads_back_to_the_module(client, curriculum):
    content = client.get("/en/modules/websites/lesson-3/").content.decode()
    assert 'rel="next"' not in content
    assert "Back to the module" in content


def test_lesson_body_renders_every_block(client, curriculum):
    content = client.get("/en/modules/websites/lesson-1/").content.decode()
    assert '<ol class="steps">' in content and content.count('class="step"') == 3
    assert "callout--warning" in content
    assert "en item a" in content and 'type="checkbox"' in content
    assert "en question?" in content and "<details" in content and "en because not" in content
    assert 'href="https://example.org/guide"' in content
    assert "en phone" in content


def test_module_page_shows_facts_lessons_credits_and_licence(client, curriculum):
    content = client.get("/en/modules/websites/").content.decode()
    assert content.count('href="/en/modules/websites/lesson-') >= 3
    assert "Beginner" in content
    assert "about 36 minutes" in content
    assert "Minbar editorial team" in content
    assert "https://creativecommons.org/licenses/by-sa/4.0/" in content
    assert 'href="/en/topics/digital-presence/"' in content
    assert ">testing<" in content


def test_module_lists_topics_in_its_own_language(client, curriculum):
    content = client.get("/ar/modules/websites/").content.decode()
    assert "الحضور الرقمي" in content
    assert "Digital presence" not in content


def test_catalogue_lists_current_language_only(client, curriculum):
    content = client.get("/ar/modules/").content.decode()
    assert "وحدة websites" in content and "وحدة shutdowns" in content
    assert "Module websites" not in content


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("?topic=resilience", "Module shutdowns", "Module websites"),
        ("?level=beginner", "Module websites", "Module shutdowns"),
        ("?tag=testing&level=intermediate", "Module shutdowns", "Module websites"),
        ("?topic=resilience&level=beginner", "No module matches", "Module shutdowns"),
    ],
)
def test_catalogue_filters(client, curriculum, query, shown, hidden):
    content = client.get(f"/en/modules/{query}").content.decode()
    assert shown in content
    assert hidden not in content


def test_catalogue_ignores_unknown_filter_values(client, curriculum):
    content = client.get("/en/modules/?topic=nope&level=%00&tag=" + "x" * 5000).content.decode()
    assert "No module matches" in content


def test_topic_page_lists_its_modules(client, curriculum):
    content = client.get("/ar/topics/resilience/").content.decode()
    assert "السلامة الرقمية والصمود" in content
    assert "وحدة shutdowns" in content and "وحدة websites" not in content


def test_unknown_topic_is_404(client, curriculum):
    assert client.get("/en/topics/nothing-here/").status_code == 404


def test_home_lists_modules_and_links_the_catalogue(client, curriculum):
    content = client.get("/en/").content.decode()
    assert "Module websites" in content and 'href="/en/modules/"' in content
    assert 'href="/en/contribute/"' in content


def test_unpublished_lesson_is_not_listed_or_counted(client, curriculum):
    Page.objects.get(url_path__endswith="/websites/lesson-3/", locale__language_code="en").unpublish()
    assert "Lesson 2 of 2" in client.get("/en/modules/websites/lesson-2/").content.decode()
    assert client.get("/en/modules/websites/lesson-3/").status_code == 404


@pytest.mark.parametrize("url", ["/en/", "/en/modules/"])
def test_module_cards_count_live_lessons_and_their_minutes(client, curriculum, url):
    from curriculum.models import LessonPage

    def card_facts():
        content = client.get(url).content.decode()
        card = r'card__title"><a href="/en/modules/websites/">.*?(\d+) lessons?</span>\s*<span>(\d+) minutes?'
        return re.search(card, content, re.S).groups()

    def expected():
        lessons = list(LessonPage.objects.live().child_of(curriculum.en_module))
        return str(len(lessons)), str(sum(lesson.estimated_minutes for lesson in lessons))

    assert card_facts() == expected() and expected()[0] == "3"
    LessonPage.objects.child_of(curriculum.en_module).order_by("path").last().unpublish()
    assert card_facts() == expected() and expected()[0] == "2"


@pytest.mark.django_db
def test_lesson_body_is_rendered_once_per_published_revision(client, curriculum, settings):
    """The body's HTML is kept in the shared cache under the live revision: a new revision shows at once."""
    from django.core.cache import cache
    from django.core.cache.utils import make_template_fragment_key
    from django.test import RequestFactory

    settings.MINBAR_PAGE_CACHE_TIMEOUT = 0  # the whole-page cache off: this is about the fragment alone
    lesson = curriculum.en_lesson1
    first = client.get(lesson.url).content.decode()
    key = make_template_fragment_key("lesson_body", [lesson.body_cache_key(RequestFactory().get("/")), "en"])
    assert cache.get(key) is not None and cache.get(key) in first

    lesson.body = [*lesson.body.raw_data, {"type": "text", "value": "<p>A freshly published paragraph</p>"}]
    lesson.save_revision().publish()
    assert "A freshly published paragraph" in client.get(lesson.url).content.decode()
