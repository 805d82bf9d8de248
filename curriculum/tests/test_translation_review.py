"""A translation never goes live without review: translators save and submit, moderators approve and so publish."""

import json
import re
from html import unescape

import pytest
from django.urls import resolve, reverse
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import Translation

from curriculum.models import LessonPage
from curriculum.tests.translation_helpers import approve, fresh, make_module, staff, translate_strings
from curriculum.translation.views import SyncTranslationsView

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated_lesson(curriculum, client):
    """An Arabic module translated into English by a translator: the English lesson is a draft with its strings done."""
    module = make_module("ar", "review", lessons=1)
    translator = staff("translator", "Translators")
    client.force_login(translator)
    english = Locale.objects.get(language_code="en")
    client.post(reverse("curriculum_translation:translate_module", args=[module.pk]), {"locale": english.pk})
    source = module.get_children().get().specific
    lesson = LessonPage.objects.get(translation_key=source.translation_key, locale=english)
    translation = Translation.objects.get(source__object_id=lesson.translation_key, target_locale=english)
    translate_strings(client, translation, "EN")
    return lesson, translation, translator, source


def editor_props(response):
    match = re.search(r'class="js-translation-editor" data-props="([^"]*)"', response.content.decode())
    return json.loads(unescape(match[1]))


def test_translator_cannot_publish_from_the_translation_editor(translated_lesson, client):
    lesson, translation, translator, _ = translated_lesson
    edit_url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])

    editor = client.get(edit_url)
    refused = client.post(edit_url, {"action": "publish"})

    assert editor.status_code == 200
    assert editor_props(editor)["perms"]["canPublish"] is False
    # Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard and an error message.
    assert (refused.status_code, refused["Location"]) == (302, reverse("wagtailadmin_home"))
    assert not fresh(lesson).live
    assert not lesson.permissions_for_user(translator).can_publish()


def test_sync_never_publishes_even_when_asked(translated_lesson, client, django_capture_on_commit_callbacks):
    lesson, translation, _, _ = translated_lesson
    moderator = staff("moderator", "Moderators")
    client.force_login(moderator)
    url = reverse("wagtail_localize:update_translations", args=[translation.source_id])

    form = client.get(url).content.decode()
    # wagtail-localize publishes "immediately" on commit: run the commit callbacks, as a real request would.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"publish_translations": "on"})

    assert resolve(url).func.view_class is SyncTranslationsView
    assert "publish_translations" not in form
    assert response.status_code == 302
    assert not fresh(lesson).live


def test_translator_submits_and_a_moderator_approval_publishes(translated_lesson, client):
    lesson, translation, translator, source = translated_lesson
    review_url = reverse("curriculum_translation:review", args=[lesson.pk])
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    assert "curriculum/admin/editions" in editor and 'data-review-url="' in editor

    confirm = client.get(review_url)
    assert confirm.status_code == 200
    assert "Moderators approval" in confirm.content.decode()
    response = client.post(review_url)

    assert response.status_code == 302
    lesson = fresh(lesson)
    assert not lesson.live
    assert lesson.workflow_in_progress
    assert lesson.get_latest_revision_as_object().title == f"EN {source.title}"
    assert lesson.current_workflow_task.name == "Moderators approval"

    client.force_login(staff("moderator", "Moderators"))
    published = approve(client, lesson)

    assert published.live
    assert published.title == f"EN {source.title}"
    assert published.live_revision.user == translator
    assert not published.workflow_in_progress
    assert published.edition_sync.live_source_at == translation.source.last_updated_at


def test_resubmitting_after_changes_were_requested_resumes_the_workflow(translated_lesson, client):
    lesson, translation, translator, source = translated_lesson
    review_url = reverse("curriculum_translation:review", args=[lesson.pk])
    client.post(review_url)
    moderator = staff("moderator", "Moderators")
    client.force_login(moderator)
    task_state = fresh(lesson).current_workflow_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "reject", task_state.pk]),
        {"comment": "Please check the steps."},
    )
    assert fresh(lesson).current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    client.force_login(translator)
    translate_strings(client, translation, "EN2")
    client.post(review_url)

    lesson = fresh(lesson)
    assert lesson.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert lesson.get_latest_revision_as_object().title == f"EN2 {source.title}"
    assert not lesson.live
    client.force_login(moderator)
    assert approve(client, lesson).title == f"EN2 {source.title}"


def test_listing_offers_submit_for_review_on_translations_only(translated_lesson, client):
    lesson, _, _, source = translated_lesson

    english_listing = client.get(reverse("wagtailadmin_explore", args=[lesson.get_parent().pk])).content.decode()
    arabic_listing = client.get(reverse("wagtailadmin_explore", args=[source.get_parent().pk])).content.decode()

    assert reverse("curriculum_translation:review", args=[lesson.pk]) in english_listing
    assert reverse("curriculum_translation:review", args=[source.pk]) not in arabic_listing


def test_only_translations_can_be_submitted_here(translated_lesson, client):
    _, _, _, source = translated_lesson

    url = reverse("curriculum_translation:review", args=[source.pk])

    # A 404 under /admin/ is answered by LocaleMiddleware's redirect to a language-prefixed address (also a 404).
    assert client.get(url).status_code in (302, 404)
    assert client.post(url).status_code in (302, 404)
    assert not fresh(source).workflow_in_progress


def test_translators_group_can_edit_but_not_publish_pages(curriculum):
    translator = staff("translator", "Translators")
    lesson = curriculum.ar_lesson1
    permissions = lesson.permissions_for_user(translator)

    assert permissions.can_edit() and permissions.can_add_subpage() is False
    assert not permissions.can_publish()
    assert translator.has_perm("wagtail_localize.submit_translation")
    assert translator.has_perm("wagtailadmin.access_admin")
    assert lesson.get_workflow().name == "Moderators approval"
