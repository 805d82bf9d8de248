"""The starter curriculum: complete, well-formed, bilingual, linked, and safe to load twice."""

import json

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import Translation

from curriculum.models import LessonPage, ModulePage, Topic
from curriculum.starter.loader import load_modules, stream

MODULES = load_modules()
SUBJECTS = {"website", "blogging", "sms-campaign", "online-network", "mobilising", "transparency"}
SUBJECTS |= {"disinformation", "shutdowns"}


def shape(body):
    """What must match between editions: block types and the number of items in each list."""
    out = []
    for block_type, value in body:
        if isinstance(value, dict):
            out.append((block_type, tuple(sorted((k, len(v)) for k, v in value.items() if isinstance(v, list)))))
            if block_type == "quiz":
                out.append(tuple(choice["correct"] for choice in value["choices"]))
        else:
            out.append((block_type, value.count("<p"), value.count("<li"), value.count("<a ")))
    return out


def test_every_subject_has_a_module_of_at_least_three_lessons():
    assert {module["slug"] for module in MODULES} == SUBJECTS
    assert all(len(module["lessons"]) >= 3 for module in MODULES)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m["slug"])
def test_editions_match_block_for_block_and_every_lesson_teaches_and_checks(module):
    assert len(module["en"]["outcomes"]) == len(module["ar"]["outcomes"])
    for lesson in module["lessons"]:
        assert shape(lesson["en"]["body"]) == shape(lesson["ar"]["body"]), lesson["slug"]
        kinds = {block_type for block_type, _ in lesson["en"]["body"]}
        assert {"steps", "checklist", "quiz", "what_you_need", "callout", "text"} <= kinds, lesson["slug"]


@pytest.mark.django_db
@pytest.mark.parametrize("module", MODULES, ids=lambda m: m["slug"])
def test_every_lesson_body_passes_the_block_validation_editors_face(module):
    block = LessonPage.body.field.stream_block
    for lesson in module["lessons"]:
        for lang in ("ar", "en"):
            block.clean(block.to_python(json.loads(stream(lesson[lang]["body"], "check"))))


@pytest.mark.django_db
def test_load_command_is_idempotent_links_editions_and_every_page_renders(client, curriculum, capsys):
    call_command("load_starter_curriculum")
    first = capsys.readouterr().out
    call_command("load_starter_curriculum")
    assert "nothing to do" in capsys.readouterr().out
    assert "Starter curriculum loaded" in first
    for slug in ("website", "shutdowns"):
        ar = ModulePage.objects.get(slug=slug, locale__language_code="ar")
        en = ar.get_translation(en_locale := ar.get_translations().first().locale)
        assert en.locale == en_locale and en.live and ar.live
        assert LessonPage.objects.child_of(ar).count() == LessonPage.objects.child_of(en).count() >= 3
    assert (
        Topic.objects.filter(locale__language_code="ar").count()
        == Topic.objects.filter(locale__language_code="en").count()
    )
    lesson = LessonPage.objects.get(slug="plan-your-site", locale__language_code="ar")
    translation = Translation.objects.get(source__object_id=lesson.translation_key)
    total, translated = translation.get_progress()
    assert total == translated > 10
    for lesson in LessonPage.objects.live():
        response = client.get(lesson.url)
        assert response.status_code == 200, lesson.url
    assert Page.objects.filter(depth=2).count() == 2
