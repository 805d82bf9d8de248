"""Moderators' decisions on contributions, and applying an approved one to the curriculum.

Every decision runs through the contribution's Wagtail workflow (ContributionReviewTask.on_action), holds a row
lock on the contribution, and re-checks its state, so that two moderators acting at once cannot both succeed.
"""

import logging

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Page, TaskState

from curriculum.models import CreditKind, LessonCredit, LessonPage

from . import notifications
from .models import BlockedEmail, Contribution, Kind, Message, Status

logger = logging.getLogger(__name__)

DECISIONS = {
    "approve": Status.APPROVED,
    "reject": Status.CHANGES_REQUESTED,
    "decline": Status.REJECTED,
    "spam": Status.SPAM,
}


class AlreadyDecided(PermissionDenied):
    """Another moderator acted on this contribution first."""

    def __init__(self, contribution):
        self.contribution = contribution
        super().__init__(
            _("Another moderator has already acted on “%(title)s”; nothing was changed. Here is where it stands now.")
            % {"title": contribution.title}
        )


@transaction.atomic
def act(task_state, user, action, comment=""):
    """Carry out a moderator's decision on the contribution under review in task_state."""
    contribution = Contribution.objects.select_for_update().get(pk=task_state.workflow_state.object_id)
    fresh = TaskState.objects.select_for_update().get(pk=task_state.pk).specific
    if action not in DECISIONS:
        raise PermissionDenied
    if fresh.status != TaskState.STATUS_IN_PROGRESS or contribution.status != Status.IN_REVIEW:
        raise AlreadyDecided(contribution)
    status = DECISIONS[action]
    if action == "approve":
        approved = contribution.get_latest_revision_as_object()
        apply_contribution(approved, user)
        contribution.applied_page_id, contribution.applied_revision_id = (
            approved.applied_page_id,
            approved.applied_revision_id,
        )
        fresh.approve(user=user, comment=comment)
    elif action == "reject":
        fresh.reject(user=user, comment=comment)
    else:
        fresh.workflow_state.cancel(user=user)
        if action == "spam":
            block(contribution.email, user, reason=contribution.title[:300])
    record_decision(contribution, status, user, comment)
    return None


def record_decision(contribution, status, user, comment=""):
    """Store the new status, tell the contributor (never for spam), and write it to the audit log."""
    contribution.status = status
    contribution.decided_at = timezone.now()
    contribution.save(update_fields=["status", "decided_at", "applied_page", "applied_revision"])
    if status != Status.SPAM:
        Message.objects.create(contribution=contribution, author=Message.Author.MODERATOR, status=status, text=comment)
        notifications.notify_decision(contribution, message=comment)
    log(
        instance=contribution,
        action=f"minbar.contribution.{status}",
        user=user,
        data={"status": status, "comment": comment},
    )


def block(email, user, reason=""):
    BlockedEmail.objects.get_or_create(email=email.strip().lower(), defaults={"blocked_by": user, "reason": reason})


def apply_contribution(contribution, user):
    """Publish what an approved contribution proposes, credited, and link the contribution to it."""
    if contribution.kind == Kind.NEW_LESSON:
        page, revision = add_lesson(contribution, user)
    elif contribution.kind == Kind.EDIT_LESSON:
        page, revision = edit_lesson(contribution, user)
    elif contribution.kind == Kind.TRANSLATION:
        from .translation_apply import apply_translation

        page, revision = apply_translation(contribution, user)
    else:
        return
    contribution.applied_page, contribution.applied_revision = page, revision
    log(
        instance=page,
        action="minbar.contribution.applied",
        user=user,
        revision=revision,
        data={"contribution": contribution.pk, "credit": contribution.credit},
    )


def credit_for(contribution):
    kind = CreditKind.ORGANISATION if contribution.is_organisation else CreditKind.PERSON
    return LessonCredit(
        name=contribution.credit[:200],
        kind=kind,
        role=in_language(contribution.language, _("Contributor")),
        url=contribution.organisation_website if contribution.is_organisation else "",
        contribution_id=contribution.pk,
    )


def in_language(language, text):
    with translation.override(language):
        return str(text)


def add_lesson(contribution, user):
    """A new lesson at the end of the chosen module, in the contribution's language."""
    from .services import unique_lesson_slug

    module = contribution.module
    if module is None or module.locale.language_code != contribution.language:
        raise PermissionDenied(_("The module chosen for this lesson no longer exists in its language."))
    lesson = LessonPage(
        title=contribution.title,
        slug=unique_lesson_slug(module, contribution.title),
        summary=contribution.summary,
        body=body_with_image(contribution, user),
        estimated_minutes=estimate_minutes(contribution),
        owner=user,
    )
    lesson.credits = [credit_for(contribution)]
    module.add_child(instance=lesson)
    revision = lesson.save_revision(user=user, log_action=True)
    revision.publish(user=user, skip_permission_checks=True)
    return lesson, revision


def edit_lesson(contribution, user):
    """A new published revision of the edited lesson; an editor's unpublished draft stays the latest draft."""
    lesson = LessonPage.objects.select_for_update().get(pk=contribution.lesson_id)
    draft = lesson.get_latest_revision() if lesson.has_unpublished_changes else None
    lesson.title, lesson.summary = contribution.title, contribution.summary
    lesson.body = body_with_image(contribution, user)
    if not lesson.credits.filter(contribution_id=contribution.pk).exists():
        lesson.credits.add(credit_for(contribution))
    revision = lesson.save_revision(user=user, log_action=True)
    revision.publish(user=user, skip_permission_checks=True)
    if draft is not None:
        keep_draft(draft)
    return lesson, revision


def keep_draft(draft):
    """Put an editor's unpublished draft back on top, so approving a proposal never discards their work."""
    page = draft.as_object()
    page.save_revision(user=draft.user, changed=True, log_action=False, clean=False)
    Page.objects.filter(pk=page.pk).update(has_unpublished_changes=True)
    logger.info("Kept the unpublished draft of page %s after applying a contribution", page.pk)


def body_with_image(contribution, user):
    """The proposed body, with the contributor's image (now public) appended as an image block."""
    raw = list(contribution.body.raw_data)
    if contribution.image:
        image = publish_image(contribution, user)
        alt = contribution.image_alt or contribution.title
        raw.append({"type": "image", "value": {"image": image.pk, "alt_text": alt, "caption": ""}})
    return raw


def publish_image(contribution, user):
    """Copy the privately stored upload into Wagtail's image library, credited to the contributor."""
    from django.core.files.base import ContentFile
    from wagtail.images import get_image_model

    with contribution.image.open("rb") as upload:
        data = upload.read()
    name = contribution.image.name.rsplit("/", 1)[-1]
    image = get_image_model()(title=contribution.image_alt[:255] or contribution.title[:255], uploaded_by_user=user)
    image.file.save(name, ContentFile(data), save=False)
    image.save()
    return image


def estimate_minutes(contribution):
    words = sum(
        len(str(text).split()) for text in contribution.body.stream_block.get_searchable_content(contribution.body)
    )
    return max(5, min(120, round(words / 120) + 5))
