"""Translation proposals: a lesson's missing edition, or a better translation, from the public form to the site."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageLogEntry
from wagtail_localize.models import StringTranslation, Translation

from contributions.models import Contribution, Kind, Status
from contributions.tests.test_admin import action_url, make_user, url
from contributions.tests.test_flow import propose, track_path, verified
from contributions.tests.test_public_forms import contributor, group_data, send
from contributions.translation_forms import REQUIRED
from contributions.translations import LINK_ADDED
from curriculum.models import LessonPage, ModulePage
from curriculum.starter.loader import stream
from curriculum.tests.factories import lesson_body

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits and used form tokens live in the cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def staff(curriculum):
    client = Client()
    client.force_login(make_user("moderator", "Moderators"))
    return client


def arabic_lesson(module, slug="untranslated"):
    """A live Arabic lesson with no English edition."""
    lesson = LessonPage(
        title="درس بلا ترجمة", slug=slug, summary="ملخص الدرس", body=stream(lesson_body("ar", 9), f"test/{slug}")
    )
    module.add_child(instance=lesson)
    lesson.save_revision().publish()
    return lesson


def english(segment):
    """An English translation for a source string of arabic_lesson, keeping the formatting of rich text."""
    if segment.path == "title":
        return "Lesson nine"
    if "<b>" in segment.source:
        return "Media 9: **why** this matters."
    return f"English for {segment.label}"


def form_path(lesson, language="ar"):
    return f"/{language}/contribute/translate/{lesson.pk}/"


def translation_data(client, lesson, **changes):
    """POST data of the form as shown, with every passage translated (or as changes say)."""
    group = client.get(form_path(lesson)).context["group"]
    fields = {segment.key: english(segment) for segment in group.plan.segments} if not group.plan.target else {}
    return group, group_data(group, **{**contributor(), **fields, **changes})


def approve(staff, contribution, capture):
    with capture(execute=True):
        return staff.post(action_url(contribution, "approve"), {"comment": ""})


def test_the_public_proposes_the_missing_english_edition_and_it_is_published_as_a_linked_translation(
    client, staff, curriculum, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    lesson = arabic_lesson(curriculum.ar_module)

    page = client.get(form_path(lesson))
    html = page.content.decode()
    assert page.status_code == 200
    assert "ar step 0" in html and 'lang="en" dir="ltr"' in html, "source shown, English typed left to right"
    _group, data = translation_data(client, lesson)
    contribution = verified(client, capture, "ar", data, path=f"translate/{lesson.pk}/")
    assert contribution.kind == Kind.TRANSLATION and contribution.status == Status.IN_REVIEW
    assert contribution.language == "ar" and contribution.target_language == "en"
    assert "/ar/contribute/track/" in client.get(track_path(contribution)).request["PATH_INFO"]

    approve(staff, contribution, capture)

    contribution.refresh_from_db()
    assert contribution.status == Status.APPROVED
    edition = LessonPage.objects.get(translation_key=lesson.translation_key, locale__language_code="en")
    assert edition.live and edition.title == "Lesson nine" and contribution.applied_page_id == edition.pk
    assert edition.get_parent().pk == curriculum.en_module.pk
    assert "Media 9: <b>why</b> this matters." in str(edition.body.raw_data[0]["value"])
    link = Translation.objects.get(source__object_id=lesson.translation_key, target_locale__language_code="en")
    assert link.enabled and link.get_progress()[0] == link.get_progress()[1]
    credit = edition.credits.get(contribution_id=contribution.pk)
    assert credit.name == "Hawre" and credit.role == "Translation"
    assert PageLogEntry.objects.filter(page=edition, action="minbar.contribution.applied").exists()
    editor = staff.get(reverse("wagtailadmin_pages:edit", args=[edition.pk]))
    assert editor.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in editor.templates]
    public = client.get(edition.url).content.decode()
    assert "Lesson nine" in public and "Hawre" in public and "hawre@example.org" not in public
    assert edition.url in client.get(lesson.url).content.decode(), "the switcher links the two editions"


def test_a_better_translation_changes_its_strings_and_keeps_the_others(
    client, staff, curriculum, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    lesson = curriculum.en_lesson1
    page = client.get(form_path(lesson, "en"))
    group = page.context["group"]
    assert page.status_code == 200 and group.plan.is_correction
    title = next(segment for segment in group.plan.segments if segment.path == "title")
    assert group.translation[title.key].value() == "Lesson 1", "prefilled with the current translation"
    data = group_data(group, **contributor(), **{title.key: "Lesson one: why it matters"})

    contribution = verified(client, capture, "en", data, path=f"translate/{lesson.pk}/")
    review = staff.get(url("edit", contribution.pk)).content.decode()
    assert "Lesson one: why it matters" in review and "<del>" in review
    approve(staff, contribution, capture)

    lesson.refresh_from_db()
    contribution.refresh_from_db()
    assert contribution.status == Status.APPROVED
    assert lesson.title == "Lesson one: why it matters" and lesson.live
    body = str(lesson.body.raw_data)
    assert "en careful" in body and "en step 0" in body and "Media 1: <b>why</b> this matters." in body
    assert StringTranslation.objects.filter(data="Lesson one: why it matters", locale__language_code="en").exists()
    assert curriculum.ar_lesson1.title == "الدرس 1"
    assert lesson.credits.filter(contribution_id=contribution.pk, role="Translation").exists()


def test_a_rejected_translation_creates_nothing(client, staff, curriculum, django_capture_on_commit_callbacks):
    capture = django_capture_on_commit_callbacks
    lesson = arabic_lesson(curriculum.ar_module)
    _group, data = translation_data(client, lesson)
    contribution = verified(client, capture, "ar", data, path=f"translate/{lesson.pk}/")

    with capture(execute=True):
        staff.post(action_url(contribution, "decline"), {"comment": "Not yet."})

    contribution.refresh_from_db()
    assert contribution.status == Status.REJECTED
    assert not LessonPage.objects.filter(translation_key=lesson.translation_key, locale__language_code="en").exists()
    assert not Translation.objects.filter(source__object_id=lesson.translation_key).exists()


def test_bad_input_is_refused_with_messages_and_nothing_typed_is_lost(
    client, curriculum, django_capture_on_commit_callbacks
):
    lesson = arabic_lesson(curriculum.ar_module)
    group, data = translation_data(client, lesson)
    title = next(segment for segment in group.plan.segments if segment.path == "title")
    intro = next(segment for segment in group.plan.segments if "<b>" in segment.source)
    step = next(segment for segment in group.plan.segments if segment.path.endswith(".body"))
    data[title.key] = "T" * 201
    data[intro.key] = "See [this](https://spam.example) **now**"
    data[step.key] = ""

    response = send(client, form_path(lesson), data, django_capture_on_commit_callbacks)

    html = response.content.decode()
    assert response.status_code == 200 and not Contribution.objects.exists()
    assert "T" * 201 in html and "https://spam.example" in html, "what was typed is shown again"
    for key in (title.key, intro.key, step.key):
        assert f'href="#id_{key}"' in html, "each field in error is listed at the top"
    with translation.override("ar"):
        assert str(REQUIRED) in html and str(LINK_ADDED) in html


def test_script_is_removed_from_a_translation(client, curriculum, django_capture_on_commit_callbacks):
    lesson = arabic_lesson(curriculum.ar_module)
    group, data = translation_data(client, lesson)
    intro = next(segment for segment in group.plan.segments if "<b>" in segment.source)
    data[intro.key] = "Media <script>alert(1)</script> **matters** <img src=x onerror=alert(2)>"

    contribution, _link = propose(client, django_capture_on_commit_callbacks, "ar", data, f"translate/{lesson.pk}/")

    body = str(contribution.body.raw_data)
    assert "Media  <b>matters</b>" in body or "Media <b>matters</b>" in body
    assert "<script" not in body and "alert(" not in body and "onerror" not in body


def test_the_lesson_page_and_switcher_offer_a_translation_when_the_edition_is_missing(client, curriculum):
    lesson = arabic_lesson(curriculum.ar_module)

    html = client.get(lesson.url).content.decode()

    assert form_path(lesson) in html
    assert "language-switcher__propose" in html
    linked = client.get(curriculum.ar_lesson1.url).content.decode()
    assert form_path(curriculum.ar_lesson1) in linked and "language-switcher__propose" not in linked


def test_a_lesson_whose_module_is_not_translated_waits_for_the_module(
    client, staff, curriculum, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    module = ModulePage(title="وحدة جديدة", slug="arabic-only", summary="ملخص", level="beginner")
    curriculum.ar_module.get_parent().add_child(instance=module)
    module.save_revision().publish()
    lesson = arabic_lesson(module, slug="in-arabic-only")
    assert "وحدة جديدة" in client.get(form_path(lesson)).content.decode()
    _group, data = translation_data(client, lesson)
    contribution = verified(client, capture, "ar", data, path=f"translate/{lesson.pk}/")

    review = staff.get(url("edit", contribution.pk)).content.decode()
    assert "Translate the module" in review
    response = approve(staff, contribution, capture)

    contribution.refresh_from_db()
    assert response.status_code == 302 and contribution.status == Status.IN_REVIEW
    assert "Translate the module first" in staff.get(url("edit", contribution.pk)).content.decode()
    assert not LessonPage.objects.filter(translation_key=lesson.translation_key, locale__language_code="en").exists()


@pytest.mark.parametrize("admin_language", ["en", "ar"])
def test_the_review_screen_sets_each_side_in_its_own_direction(
    client, curriculum, admin_language, django_capture_on_commit_callbacks
):
    lesson = arabic_lesson(curriculum.ar_module)
    _group, data = translation_data(client, lesson)
    contribution = verified(client, django_capture_on_commit_callbacks, "ar", data, path=f"translate/{lesson.pk}/")
    staff = Client()
    staff.force_login(make_user("reviewer", "Moderators", admin_language=admin_language))

    html = staff.get(url("edit", contribution.pk)).content.decode()

    assert '<td lang="ar" dir="rtl">' in html and '<td lang="en" dir="ltr">' in html
    assert 'lang="en" dir="ltr"' in html.split("minbar-proposal")[1][:200], "the proposal reads left to right"
    assert 'name="title"' in html and 'dir="auto"' in html.split('name="title"')[1][:200]


def test_the_contributor_revises_a_translation_from_the_tracking_page(
    client, staff, curriculum, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    lesson = arabic_lesson(curriculum.ar_module)
    _group, data = translation_data(client, lesson)
    contribution = verified(client, capture, "ar", data, path=f"translate/{lesson.pk}/")
    with capture(execute=True):
        staff.post(action_url(contribution, "reject"), {"comment": "Translate the title more closely."})

    page = client.get(track_path(contribution))
    group = page.context["group"]
    title = next(segment for segment in group.plan.segments if segment.path == "title")
    assert group.translation[title.key].value() == "Lesson nine", "the form starts from the proposal"
    revision = group_data(group, action="revise", note="Done.", **{title.key: "A lesson without a translation"})
    with capture(execute=True):
        assert client.post(track_path(contribution), revision).status_code == 302

    contribution.refresh_from_db()
    assert contribution.status == Status.IN_REVIEW and contribution.title == "A lesson without a translation"
    assert "Media 9: <b>why</b> this matters." in str(contribution.body.raw_data)


def test_a_translation_sent_while_the_database_is_down_is_kept_on_the_page(client, curriculum):
    from django.db import OperationalError, connection

    lesson = arabic_lesson(curriculum.ar_module)
    _group, data = translation_data(client, lesson)

    def fail(execute, sql, params, many, context):
        if "contributions_contribution" in sql and sql.lstrip().upper().startswith("INSERT"):
            raise OperationalError("server closed the connection unexpectedly")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(fail):
        response = client.post(form_path(lesson), data)

    page = response.content.decode()
    assert response.status_code == 503
    assert "Lesson nine" in page, "what was typed is on the page, ready to send again"
    assert not Contribution.objects.exists()
