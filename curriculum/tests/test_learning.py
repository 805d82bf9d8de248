"""What the pages give learn.js for progress, self-checks and the resume code, and what stays without JavaScript."""

import re
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from curriculum.tests.factories import load, module_data

pytestmark = pytest.mark.django_db

SCRIPT = '<script src="/static/js/learn.js" defer></script>'


class Elements(HTMLParser):
    """Every start tag of a page as (tag, attributes)."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def having(self, attribute, tag=None):
        return [attrs for name, attrs in self.tags if attribute in attrs and tag in (None, name)]


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_lesson_page_tells_the_script_which_lesson_it_is(client, curriculum):
    html = page(client, "/en/modules/websites/lesson-2/")
    (article,) = Elements(html).having("data-lesson-id", "article")
    assert article["data-lesson-id"] == str(curriculum.en_lesson2.pk)
    assert article["data-module-id"] == str(curriculum.en_module.pk)
    assert article["data-lesson-title"] == "Lesson 2"
    assert article["data-module-title"] == "Module websites"
    assert article["data-lesson-url"] == "/en/modules/websites/lesson-2/"
    assert SCRIPT in html


def test_mark_as_done_is_hidden_until_the_script_reveals_it(client, curriculum):
    elements = Elements(page(client, "/ar/modules/websites/lesson-1/"))
    (section,) = elements.having("data-lesson-done")
    assert "hidden" in section
    assert section["data-label-mark"] == "علِّم هذا الدرس بأنه مُنجَز"
    assert section["data-label-unmark"] and section["data-msg-done"] and section["data-msg-undone"]
    assert elements.having("data-done-toggle", "button")
    (status,) = elements.having("data-done-status")
    assert status["role"] == "status"


def test_quiz_keeps_its_no_script_disclosure_and_adds_a_hidden_form(client, curriculum):
    html = page(client, "/en/modules/websites/lesson-1/")
    elements = Elements(html)
    (quiz,) = elements.having("data-quiz")
    assert re.fullmatch(r"[0-9a-f-]{36}", quiz["data-block-id"])
    assert '<details class="quiz__answers">' in html and "Show the answers" in html
    assert "<strong>Right:</strong>" in html and "en because not" in html
    (form,) = elements.having("data-quiz-form", "form")
    assert "hidden" in form
    assert form["data-msg-right"] and form["data-msg-wrong"] and form["data-msg-empty"]
    assert "<fieldset>" in html and '<legend class="quiz__question">en question?</legend>' in html
    inputs = [attrs for name, attrs in elements.tags if name == "input" and attrs.get("name", "").startswith("quiz-")]
    assert [attrs["type"] for attrs in inputs] == ["radio", "radio"]
    for attrs in inputs:
        assert f'<label for="{attrs["id"]}">' in html
    assert [attrs["data-correct"] for attrs in elements.having("data-choice")] == ["1", "0"]
    (result,) = elements.having("data-quiz-result")
    assert result["aria-live"] == "polite"


def test_quiz_with_several_right_answers_uses_checkboxes(client, curriculum):
    lesson = curriculum.en_lesson3
    quiz = next(block for block in lesson.body if block.block_type == "quiz")
    choices = quiz.value["choices"]
    choices[1]["correct"] = True
    lesson.save_revision().publish()
    html = page(client, "/en/modules/websites/lesson-3/")
    assert html.count('type="checkbox" name="quiz-') == 2
    assert "Choose every right answer." in html


def test_module_page_lists_lessons_with_hidden_done_markers_and_count(client, curriculum):
    html = page(client, "/ar/modules/websites/")
    elements = Elements(html)
    (lessons,) = elements.having("data-progress", "section")
    assert lessons["data-module-id"] == str(curriculum.ar_module.pk)
    assert lessons["data-msg-count"] == "أُنجز {done} من 3 دروس"
    ids = [attrs["data-lesson-id"] for attrs in elements.having("data-lesson-id", "li")]
    assert ids == [str(curriculum.ar_lesson1.pk), str(curriculum.ar_lesson2.pk), str(curriculum.ar_lesson3.pk)]
    markers = elements.having("data-done-marker")
    assert len(markers) == 3 and all("hidden" in marker for marker in markers)
    assert "hidden" in elements.having("data-progress-count")[0]
    assert SCRIPT in html


def test_english_module_count_message(client, curriculum):
    (lessons,) = Elements(page(client, "/en/modules/websites/")).having("data-progress", "section")
    assert lessons["data-msg-count"] == "{done} of 3 lessons done"


def test_home_page_has_a_hidden_continue_section_and_links_to_the_progress_page(client, curriculum):
    html = page(client, "/ar/")
    elements = Elements(html)
    (section,) = elements.having("data-continue")
    assert "hidden" in section
    assert elements.having("data-continue-link", "a")
    assert "تابع من حيث توقّفت" in html
    assert 'href="/ar/progress/"' in html
    assert SCRIPT in html


@pytest.mark.parametrize(
    ("url", "lang", "heading", "noscript"),
    [
        ("/ar/progress/", "ar", "تقدّمك", "تحتاج هذه الصفحة إلى جافاسكربت"),
        ("/en/progress/", "en", "Your progress", "This page needs JavaScript"),
    ],
)
def test_progress_page_renders_in_both_languages(client, curriculum, url, lang, heading, noscript):
    html = page(client, url)
    assert f'<html lang="{lang}"' in html
    assert f"<h1>{heading}</h1>" in html
    assert re.search(r"<noscript>.*" + noscript, html, re.DOTALL)
    elements = Elements(html)
    (content,) = elements.having("data-progress-page")
    assert "hidden" in content
    assert elements.having("data-import", "form") and elements.having("data-export")
    (code_input,) = [attrs for name, attrs in elements.tags if name == "input" and attrs.get("id") == "resume-code"]
    assert code_input["dir"] == "ltr" and code_input["autocomplete"] == "off"
    assert SCRIPT in html


def test_progress_page_lists_every_lesson_of_its_language(client, curriculum):
    elements = Elements(page(client, "/en/progress/"))
    modules = elements.having("data-progress", "li")
    assert [module["data-module-title"] for module in modules] == ["Module websites", "Module shutdowns"]
    assert modules[0]["data-msg-count"] == "{done} of 3 lessons done"
    ids = {attrs["data-lesson-id"] for attrs in elements.having("data-lesson-id", "li")}
    assert str(curriculum.en_lesson2.pk) in ids and str(curriculum.ar_lesson2.pk) not in ids
    assert len(ids) == 5


def test_progress_page_language_switcher_points_to_the_other_progress_page(client, curriculum):
    assert 'href="/en/progress/"' in page(client, "/ar/progress/")


def test_footer_links_to_the_progress_page(client, curriculum):
    assert '<a href="/en/progress/">Your progress on this device</a>' in page(client, "/en/modules/")


def test_progress_page_queries_do_not_grow_with_the_curriculum(client, curriculum):
    def count():
        page(client, "/en/progress/")
        with CaptureQueriesContext(connection) as queries:
            page(client, "/en/progress/")
        return len(queries)

    before = count()
    load(module_data("big", lessons=12))
    assert count() == before


def test_pages_keep_their_query_counts_with_progress_markup(client, curriculum, django_assert_max_num_queries):
    from curriculum.tests.test_query_budget import BUDGET

    for kind, url in [("lesson", "/en/modules/websites/lesson-2/"), ("module", "/ar/modules/websites/")]:
        page(client, url)
        with django_assert_max_num_queries(BUDGET[kind]):
            page(client, url)


def test_no_inline_scripts_or_handlers_on_learning_pages(client, curriculum):
    for url in ["/ar/", "/ar/modules/websites/", "/ar/modules/websites/lesson-1/", "/ar/progress/"]:
        elements = Elements(page(client, url))
        scripts = [attrs for name, attrs in elements.tags if name == "script"]
        assert all(attrs.get("src") for attrs in scripts), url
        assert not [attrs for _, attrs in elements.tags if any(key.startswith("on") for key in attrs)], url
