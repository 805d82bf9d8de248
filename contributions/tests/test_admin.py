"""The moderators' admin: listing, review screen, decisions through the workflow, and who may see any of it."""

import io
import json
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry, PageLogEntry, TaskState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from contributions.diff import lesson_diff, lesson_lines
from contributions.models import BlockedEmail, Contribution, Message
from curriculum.models import LessonCredit, LessonPage

NS = "wagtailsnippets_contributions_contribution"
NEW_PARAGRAPH = "A brand-new paragraph about backups."


def url(name, *args):
    return reverse(f"{NS}:{name}", args=args)


def make_user(username, group, admin_language="en"):
    user = User.objects.create_user(username, f"{username}@example.org", "password", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": admin_language})
    return user


@pytest.fixture
def moderator(db):
    return make_user("moderator", "Moderators")


@pytest.fixture
def editor(db):
    return make_user("editor", "Editors")


@pytest.fixture
def mod_client(client, moderator):
    client.force_login(moderator)
    return client


def edited_body(lesson):
    """The lesson's body without its callout ("Warning: … careful") and with a new paragraph at the end."""
    raw = [dict(block) for block in lesson.body.raw_data if block["type"] != "callout"]
    return [*raw, {"type": "text", "value": f"<p>{NEW_PARAGRAPH}</p>"}]


def propose(lesson=None, start=True, **kwargs):
    """A contribution as the public side leaves it: saved, with a revision, and in the review workflow."""
    if lesson is not None:
        kwargs.setdefault("kind", "edit_lesson")
        kwargs.setdefault("language", lesson.locale.language_code)
        kwargs.setdefault("title", lesson.title)
        kwargs.setdefault("summary", lesson.summary)
        kwargs.setdefault("body", edited_body(lesson))
        kwargs.setdefault("base_revision", lesson.live_revision)
    kwargs.setdefault("kind", "new_lesson")
    kwargs.setdefault("language", "en")
    kwargs.setdefault("title", "Keep your files safe")
    kwargs.setdefault("summary", "Back up what matters.")
    kwargs.setdefault("body", [{"type": "text", "value": f"<p>{NEW_PARAGRAPH}</p>"}])
    kwargs.setdefault("credit_name", "Layla")
    kwargs.setdefault("email", "layla@example.org")
    kwargs.setdefault("status", "in_review")
    contribution = Contribution.objects.create(lesson=lesson, consent_licence=True, confirms_rights=True, **kwargs)
    if start:
        contribution.save_revision()
        contribution.get_workflow().start(contribution, user=None)
    return contribution


def edit_form(title="A title", body="<p>Text.</p>", **extra):
    """The review screen's form as the browser posts it."""
    fields = {
        "title": title,
        "summary": "A better summary.",
        "body": streamfield([("text", rich_text(body))]),
        "details": "",
        "image_alt": "",
        "credit_name": "Layla",
    }
    return {**nested_form_data(fields), **extra}


def action_url(contribution, action):
    return url("workflow_action", contribution.pk, action, contribution.current_workflow_task_state.pk)


# The listing


def test_listing_is_visible_to_moderators_without_an_add_button(mod_client, curriculum):
    contribution = propose(curriculum.en_lesson1)
    response = mod_client.get(url("list"))
    assert response.status_code == 200
    assert contribution.title in response.content.decode()
    assert url("add") not in response.content.decode()
    assert mod_client.get(url("add")).status_code in (302, 403)
    chooser = mod_client.get(reverse("wagtailsnippetchoosers_contributions_contribution:choose"))
    assert chooser.status_code == 200
    assert not Contribution.objects.exclude(pk=contribution.pk).exists()


def test_listing_hides_spam_and_unconfirmed_unless_asked(mod_client, curriculum):
    propose(title="Useful proposal")
    propose(title="Buy cheap watches", status="spam", start=False)
    propose(title="Not yet confirmed", status="unverified", start=False)
    content = mod_client.get(url("list")).content.decode()
    assert "Useful proposal" in content
    assert "Buy cheap watches" not in content
    assert "Not yet confirmed" not in content
    spam = mod_client.get(url("list"), {"status": "spam"}).content.decode()
    assert "Buy cheap watches" in spam and "Useful proposal" not in spam
    unverified = mod_client.get(url("list"), {"status": "unverified"}).content.decode()
    assert "Not yet confirmed" in unverified and "Useful proposal" not in unverified


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status": "changes_requested"}, {"Sent back"}),
        ({"kind": "module_idea"}, {"An idea"}),
        ({"language": "ar"}, {"اقتراح"}),
        ({"contributor_type": "organisation"}, {"From an NGO"}),
        ({"age": "week"}, {"Edit of lesson one", "Sent back", "An idea", "اقتراح", "From an NGO"}),
        ({"age": "older"}, {"Old proposal"}),
    ],
)
def test_listing_filters(mod_client, curriculum, params, expected):
    titles = ["Edit of lesson one", "Sent back", "An idea", "اقتراح", "From an NGO", "Old proposal"]
    propose(curriculum.en_lesson1, title=titles[0])
    propose(title=titles[1], status="changes_requested", start=False)
    propose(title=titles[2], kind="module_idea", body=[], details="A module on podcasts.", start=False)
    propose(title=titles[3], language="ar", module=curriculum.ar_module, start=False)
    propose(title=titles[4], contributor_type="organisation", organisation_name="NGO", start=False)
    propose(title=titles[5], created_at=timezone.now() - timedelta(days=90), start=False)
    content = mod_client.get(url("list"), params).content.decode()
    assert {title for title in titles if title in content} == expected


def test_listing_filters_by_module_across_new_lessons_and_edits(mod_client, curriculum):
    propose(curriculum.en_lesson2, title="Edit in websites")
    propose(title="New lesson in websites", module=curriculum.en_module)
    propose(title="New lesson elsewhere", module=curriculum.ar_module, language="ar")
    content = mod_client.get(url("list"), {"module": curriculum.en_module.pk}).content.decode()
    assert "Edit in websites" in content
    assert "New lesson in websites" in content
    assert "New lesson elsewhere" not in content


def test_listing_search_by_title(mod_client, curriculum):
    propose(title="Keep your files safe")
    propose(title="Organise a coalition")
    content = mod_client.get(url("list"), {"q": "coalition"}).content.decode()
    assert "Organise a coalition" in content
    assert "Keep your files safe" not in content


def test_listing_runs_a_bounded_number_of_queries(mod_client, curriculum, django_assert_max_num_queries):
    def add(count):
        for n in range(count):
            lesson = curriculum.en_lesson1 if n % 2 else None
            propose(lesson, title=f"Proposal {n}", module=None if lesson else curriculum.en_module, start=False)

    add(3)
    mod_client.get(url("list"))
    with CaptureQueriesContext(connection) as few:
        assert mod_client.get(url("list")).status_code == 200
    add(27)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = mod_client.get(url("list"))
    assert response.content.decode().count("Proposal ") >= 30


def test_dashboard_lists_contributions_awaiting_review(mod_client, curriculum):
    contribution = propose(curriculum.en_lesson1)
    content = mod_client.get(reverse("wagtailadmin_home")).content.decode()
    assert contribution.title in content
    assert action_url(contribution, "approve") in content


# Who may see and act


@pytest.mark.parametrize("who", ["anonymous", "editor"])
def test_outsiders_are_refused_everywhere(client, curriculum, editor, who):
    contribution = propose(curriculum.en_lesson1)
    contribution.image.save("photo.png", ContentFile(png()), save=True)
    if who == "editor":
        client.force_login(editor)
    gets = [
        url("list"),
        url("edit", contribution.pk),
        url("image", contribution.pk),
        url("history", contribution.pk),
        reverse("wagtailsnippets_contributions_blockedemail:list"),
        reverse("wagtailsnippetchoosers_contributions_contribution:choose"),
        reverse("wagtailsnippetchoosers_contributions_contribution:choose_results"),
        reverse("wagtailsnippetchoosers_contributions_contribution:chosen", args=[contribution.pk]),
        reverse("wagtailsnippetchoosers_contributions_blockedemail:choose"),
    ]
    for address in gets:
        response = client.get(address)
        assert response.status_code in (302, 403), address
        assert contribution.email not in response.content.decode()
        assert contribution.title not in response.content.decode()
    for action in ["approve", "reject", "decline", "spam"]:
        response = client.post(action_url(contribution, action), {"comment": ""})
        assert response.status_code in (302, 403)
    response = client.post(url("edit", contribution.pk), {"action-workflow-action": "true"})
    assert response.status_code in (302, 403)
    contribution.refresh_from_db()
    assert contribution.status == "in_review"
    assert contribution.workflow_in_progress
    assert not BlockedEmail.objects.exists()


# The review screen


def test_review_screen_shows_the_proposal_and_its_diff(mod_client, curriculum):
    contribution = propose(curriculum.en_lesson1, credit_name="Layla from Basra")
    Message.objects.create(contribution=contribution, author="contributor", status="in_review", text="Please look.")
    response = mod_client.get(url("edit", contribution.pk))
    assert response.status_code == 200
    content = response.content.decode()
    assert 'class="steps"' in content  # rendered with the public block templates
    assert "en step 0" in content
    assert f'<ins><span class="w-sr-only" dir="ltr">Added: </span>{NEW_PARAGRAPH}</ins>' in content
    assert '<del><span class="w-sr-only" dir="ltr">Removed: </span>Warning: en careful</del>' in content
    assert "layla@example.org" in content
    assert "Layla from Basra" in content
    assert "Please look." in content
    assert "This lesson has changed since the proposal was written" not in content


def test_review_screen_warns_when_the_lesson_changed(mod_client, curriculum, moderator):
    lesson = curriculum.en_lesson1
    contribution = propose(lesson)
    lesson.summary = "A newer summary written by an editor."
    lesson.save_revision(user=moderator).publish(user=moderator)
    content = mod_client.get(url("edit", contribution.pk)).content.decode()
    assert "This lesson has changed since the proposal was written; the diff is against the current text" in content
    assert "moderator" in content
    assert "Summary: A newer summary written by an editor.</del>" in content


def test_review_screen_of_a_new_lesson_names_its_module(mod_client, curriculum):
    contribution = propose(module=curriculum.en_module)
    content = mod_client.get(url("edit", contribution.pk)).content.decode()
    assert "A new lesson at the end of the module" in content
    assert curriculum.en_module.title in content
    assert NEW_PARAGRAPH in content


def test_review_screen_sets_text_direction_and_offers_only_review_actions(mod_client, curriculum):
    contribution = propose(curriculum.en_lesson1)
    content = mod_client.get(url("edit", contribution.pk)).content.decode()
    assert re.search(r'<input type="text" name="title"[^>]* dir="auto"', content)
    assert re.search(r'<textarea name="summary"[^>]* dir="auto"', content)
    assert "contributions/admin/dir-auto.js" in content
    assert 'data-workflow-action-name="approve"' in content
    assert "Approve and publish<" in content.replace("\n", "").replace("  ", "")
    assert "and Publish" not in content
    assert 'name="action-publish"' not in content
    assert "action-cancel-workflow" not in content


def test_review_screen_and_listing_work_in_an_arabic_admin(client, curriculum):
    client.force_login(make_user("moderator_ar", "Moderators", admin_language="ar"))
    contribution = propose(curriculum.ar_lesson1)
    response = client.get(url("edit", contribution.pk))
    assert response.status_code == 200
    assert 'dir="rtl"' in response.content.decode()
    assert 'class="steps"' in response.content.decode()
    assert contribution.title in client.get(url("list")).content.decode()


def test_private_image_is_served_inline_to_moderators_only(client, mod_client, curriculum, editor):
    contribution = propose(curriculum.en_lesson1)
    contribution.image.save("photo.png", ContentFile(png()), save=True)
    response = mod_client.get(url("image", contribution.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("inline")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == png()
    assert url("image", contribution.pk) in mod_client.get(url("edit", contribution.pk)).content.decode()
    client.force_login(editor)
    assert client.get(url("image", contribution.pk)).status_code in (302, 403)


# Decisions, posted as the browser posts them


def test_approve_publishes_the_edit_with_credit(mod_client, curriculum, django_capture_on_commit_callbacks):
    lesson = curriculum.en_lesson1
    contribution = propose(lesson, credit_name="Layla")
    with django_capture_on_commit_callbacks(execute=True):
        response = mod_client.post(action_url(contribution, "approve"), {"comment": ""})
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.status == "approved"
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert NEW_PARAGRAPH in str(lesson.body.raw_data)
    assert "careful" not in str(lesson.body.raw_data)
    assert LessonCredit.objects.filter(page=lesson, name="Layla", contribution=contribution).exists()
    entry = PageLogEntry.objects.get(page=lesson, action="minbar.contribution.applied")
    with translation.override("en"):
        assert entry.message == f"Published contribution #{contribution.pk} by Layla"
    decision = ModelLogEntry.objects.get(object_id=str(contribution.pk), action="minbar.contribution.approved")
    with translation.override("en"):
        assert decision.message == "Approved and published"
    assert decision.user is not None
    with translation.override("en"):
        assert "Approved and published" in mod_client.get(url("history", contribution.pk)).content.decode()


def test_approve_from_the_review_screen_publishes_the_moderators_edit(
    mod_client, curriculum, django_capture_on_commit_callbacks
):
    lesson = curriculum.en_lesson1
    contribution = propose(lesson)
    data = edit_form(
        title="Lesson 1, improved",
        body="<p>Edited by the moderator.</p>",
        **{
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps({"comment": "Thank you!"}),
        },
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = mod_client.post(url("edit", contribution.pk), data)
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.status == "approved"
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.title == "Lesson 1, improved"
    assert "Edited by the moderator." in str(lesson.body.raw_data)
    assert contribution.messages.get(status="approved").text == "Thank you!"


@pytest.mark.parametrize(("action", "status"), [("reject", "changes_requested"), ("decline", "rejected")])
def test_request_changes_and_reject(mod_client, curriculum, action, status, django_capture_on_commit_callbacks):
    lesson = curriculum.en_lesson1
    live_revision = lesson.live_revision_id
    contribution = propose(lesson)
    with django_capture_on_commit_callbacks(execute=True):
        response = mod_client.post(action_url(contribution, action), {"comment": "Please add a source."})
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.status == status
    assert contribution.messages.get(status=status).text == "Please add a source."
    assert LessonPage.objects.get(pk=lesson.pk).live_revision_id == live_revision
    assert not contribution.workflow_in_progress


def test_spam_blocks_the_address_silently(mod_client, curriculum, django_capture_on_commit_callbacks):
    contribution = propose(curriculum.en_lesson1, email="Spammer@Example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = mod_client.post(action_url(contribution, "spam"), {"comment": ""})
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.status == "spam"
    assert BlockedEmail.is_blocked("spammer@example.org")
    assert not [message for message in mail.outbox if "spammer@example.org" in [t.lower() for t in message.to]]
    assert not contribution.messages.exists()


def test_a_second_approve_is_told_it_came_too_late(mod_client, curriculum, django_capture_on_commit_callbacks):
    lesson = curriculum.en_lesson1
    contribution = propose(lesson)
    late_url = action_url(contribution, "approve")
    with django_capture_on_commit_callbacks(execute=True):
        mod_client.post(late_url, {"comment": ""})
    revisions = lesson.revisions.count()
    response = mod_client.post(late_url, {"comment": ""}, follow=True)
    assert response.redirect_chain[-1][0] == url("edit", contribution.pk)
    assert "Another moderator has already acted on" in response.content.decode()
    assert lesson.revisions.count() == revisions


def test_a_decision_on_an_old_task_is_refused(mod_client, curriculum, django_capture_on_commit_callbacks):
    """The contributor revised and resubmitted while a moderator still had the old review open."""
    lesson = curriculum.en_lesson1
    contribution = propose(lesson)
    old_url = action_url(contribution, "approve")
    with django_capture_on_commit_callbacks(execute=True):
        mod_client.post(action_url(contribution, "reject"), {"comment": "Shorter, please."})
    contribution.refresh_from_db()
    contribution.current_workflow_state.resume(user=None)
    Contribution.objects.filter(pk=contribution.pk).update(status="in_review")
    assert TaskState.objects.filter(workflow_state__object_id=str(contribution.pk)).count() == 2
    revisions = lesson.revisions.count()
    response = mod_client.post(old_url, {"comment": ""}, follow=True)
    assert response.redirect_chain[-1][0] == url("edit", contribution.pk)
    assert "Another moderator has already acted on" in response.content.decode()
    contribution.refresh_from_db()
    assert contribution.status == "in_review"
    assert lesson.revisions.count() == revisions


def test_a_late_decision_from_the_review_screen_saves_nothing(
    mod_client, curriculum, django_capture_on_commit_callbacks
):
    contribution = propose(curriculum.en_lesson1)
    with django_capture_on_commit_callbacks(execute=True):
        mod_client.post(action_url(contribution, "decline"), {"comment": "No."})
    revisions = contribution.revisions.count()
    data = edit_form(**{"action-workflow-action": "true", "workflow-action-name": "approve"})
    response = mod_client.post(url("edit", contribution.pk), data, follow=True)
    assert "Another moderator has already acted on" in response.content.decode()
    assert contribution.revisions.count() == revisions
    contribution.refresh_from_db()
    assert contribution.status == "rejected"


def test_a_decision_on_a_version_the_moderator_has_not_seen_is_refused(mod_client, curriculum):
    lesson = curriculum.en_lesson1
    contribution = propose(lesson)
    seen = contribution.latest_revision
    contribution.title = "Revised by the contributor"
    contribution.save_revision()
    data = edit_form(
        loaded_revision_id=str(seen.pk),
        loaded_revision_created_at=seen.created_at.isoformat(),
        **{"action-workflow-action": "true", "workflow-action-name": "approve"},
    )
    response = mod_client.post(url("edit", contribution.pk), data, follow=True)
    assert "This proposal changed while you were reviewing it" in response.content.decode()
    contribution.refresh_from_db()
    assert contribution.status == "in_review"
    assert LessonPage.objects.get(pk=lesson.pk).live_revision_id == lesson.live_revision_id


def test_publish_and_unpublish_are_not_available(mod_client, curriculum):
    contribution = propose(curriculum.en_lesson1)
    response = mod_client.post(url("edit", contribution.pk), edit_form(**{"action-publish": "action-publish"}))
    contribution.refresh_from_db()
    assert not contribution.live
    assert contribution.workflow_in_progress
    assert response.status_code in (200, 302)
    assert mod_client.post(url("unpublish", contribution.pk)).status_code in (302, 403)


# Audit log, blocked addresses, diff


def test_log_actions_are_registered():
    for action in [
        "in_review",
        "changes_requested",
        "approved",
        "rejected",
        "spam",
        "withdrawn",
        "expired",
        "applied",
    ]:
        assert log_registry.action_exists(f"minbar.contribution.{action}")


def test_moderators_block_and_unblock_addresses(mod_client, moderator):
    blocked = "wagtailsnippets_contributions_blockedemail"
    response = mod_client.post(reverse(f"{blocked}:add"), {"email": " Bad@Example.org ", "reason": "Spam"})
    assert response.status_code == 302
    address = BlockedEmail.objects.get()
    assert address.email == "bad@example.org"
    assert address.blocked_by == moderator
    assert "bad@example.org" in mod_client.get(reverse(f"{blocked}:list")).content.decode()
    mod_client.post(reverse(f"{blocked}:delete", args=[address.pk]))
    assert not BlockedEmail.objects.exists()


@translation.override("en")
def test_lesson_lines_read_like_the_lesson(curriculum):
    lesson = curriculum.en_lesson1
    lines = lesson_lines(lesson.title, lesson.summary, lesson.body)
    assert lines[:2] == ["Title: Lesson 1", "Summary: Summary 1"]
    for line in [
        "Media 1: why this matters.",
        "What you need: en phone",
        "Step 3: en step 2",
        "en do 2",
        "Warning: en careful",
        "Checklist: en check",
        "☐ en item a",
        "Question: en question?",
        "Right answer: en yes — en because",
        "Wrong answer: en no — en because not",
    ]:
        assert line in lines


@translation.override("en")
def test_lesson_diff_folds_unchanged_lines(curriculum):
    lesson = curriculum.en_lesson1
    proposal = Contribution(title=lesson.title, summary=lesson.summary, body=edited_body(lesson))
    rows = lesson_diff(lesson, proposal, context=1)
    assert ("delete", "Warning: en careful") in rows
    assert ("insert", NEW_PARAGRAPH) in rows
    assert rows[0].op == "skip"
    assert lesson_diff(lesson, Contribution(title=lesson.title, summary=lesson.summary, body=lesson.body)) == []


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG")
    return buffer.getvalue()
