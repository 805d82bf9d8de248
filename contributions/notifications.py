"""Emails about contributions, each written in its reader's language, saved with the change that caused it and
sent in the background once that change is committed (see tasks.send_outgoing_email)."""

import logging
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from . import tokens
from .models import OutgoingEmail, Status

logger = logging.getLogger(__name__)

MODERATORS_GROUP = "Moderators"

# The email that tells the contributor about each decision. Statuses missing here (spam above all) send nothing.
DECISION_EMAILS = {
    Status.CHANGES_REQUESTED: "decision_changes_requested",
    Status.APPROVED: "decision_approved",
    Status.REJECTED: "decision_rejected",
    Status.WITHDRAWN: "decision_withdrawn",
}

SUBJECT_MAX_LENGTH = OutgoingEmail._meta.get_field("subject").max_length


def queue_email(to, subject, body, contribution=None):
    """Save an email in the current transaction and send it in the background once the transaction commits.

    The saved row is the durable record: if the transaction rolls back nothing is sent, and if the mail server is
    down the row waits for a retry or for ``manage.py send_pending_emails``.
    """
    email = OutgoingEmail.objects.create(
        to=to, subject=one_line(subject)[:SUBJECT_MAX_LENGTH], body=body, contribution=contribution
    )
    # robust: a failure to enqueue is logged and never reaches the request that already committed its work.
    transaction.on_commit(partial(enqueue_send, email.pk), robust=True)
    return email


def enqueue_send(email_id):
    """Hand the email to the task backend (the immediate backend in tests sends it at once)."""
    from .tasks import send_outgoing_email

    send_outgoing_email.enqueue(email_id)


def send_verification(contribution):
    """Ask the contributor to confirm their address; moderators see the proposal only after that."""
    context = {
        "verification_url": tokens.verification_url(contribution),
        "days": max(1, settings.MINBAR_VERIFICATION_MAX_AGE.days),
    }
    return to_contributor(contribution, "verification", context)


def notify_moderators(contribution):
    """Tell each active moderator, in their admin language, that a contribution awaits review.

    The summary never includes the contributor's email address.
    """
    url = admin_url(contribution)
    return [to_moderator(user, contribution, url) for user in moderators()]


def notify_decision(contribution, message=""):
    """Tell the contributor what became of their proposal (its current status), with the moderator's message.

    Returns the queued email, or None for statuses that send nothing (spam, above all).
    """
    name = DECISION_EMAILS.get(contribution.status)
    if name is None:
        logger.debug("No decision email for contribution %s with status %s", contribution.pk, contribution.status)
        return None
    context = {"message": (message or "").strip(), "page_url": published_url(contribution)}
    return to_contributor(contribution, name, context)


def to_contributor(contribution, name, context):
    """Queue the named email to the contributor, written in the contribution's language."""
    with translation.override(contribution.language):
        subject, body = render_email(
            name, {"contribution": contribution, "tracking_url": tokens.tracking_url(contribution), **context}
        )
    return queue_email(contribution.email, subject, body, contribution=contribution)


def to_moderator(user, contribution, url):
    """Queue the review request to one moderator, in their Wagtail admin language."""
    with translation.override(moderator_language(user)):
        subject, body = render_email(
            "moderator_review",
            {"contribution": contribution, "module": contribution.target_module, "admin_url": url},
        )
    return queue_email(user.email, subject, body, contribution=contribution)


def moderators():
    """Active members of the Moderators group who have an email address."""
    users = get_user_model().objects.filter(groups__name=MODERATORS_GROUP, is_active=True).exclude(email="")
    return users.distinct().order_by("pk")


def moderator_language(user):
    """The user's admin language preference, or the site's default language when they have none."""
    # Without a preference Wagtail falls back to the active language, which here would be the contributor's.
    with translation.override(settings.LANGUAGE_CODE):
        return UserProfile.get_for_user(user).get_preferred_language()


def admin_url(contribution):
    """The absolute address of the contribution's edit view in the Wagtail admin."""
    try:
        path = reverse("wagtailsnippets_contributions_contribution:edit", args=[contribution.pk])
    except NoReverseMatch:
        path = f"/admin/snippets/contributions/contribution/edit/{contribution.pk}/"
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def published_url(contribution):
    """The absolute address of the page an approved contribution was published as, or an empty string."""
    page = contribution.applied_page
    if contribution.status != Status.APPROVED or page is None:
        return ""
    url = page.url or ""
    if not url or url.startswith(("http://", "https://")):
        return url
    return tokens.absolute(url)


def render_email(name, context):
    """The subject and plain-text body of templates/contributions/email/<name>_{subject,body}.txt."""
    context = {"site_name": settings.WAGTAIL_SITE_NAME, **context}
    subject = render_to_string(f"contributions/email/{name}_subject.txt", context)
    body = render_to_string(f"contributions/email/{name}_body.txt", context)
    return one_line(subject), body.strip() + "\n"


def one_line(text):
    """Text collapsed onto one line: a subject must not carry line breaks (header injection) or stray spacing."""
    return " ".join(str(text).split())
