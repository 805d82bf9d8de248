"""Sending saved emails in the background: one attempt per run, retried with growing delays until it goes.

An attempt first claims the row with a compare-and-set UPDATE (no transaction or row lock is held while talking
to the mail server, and the claim holds on SQLite too, where select_for_update does nothing), then sends, then
records the outcome. A row that is sent, given up on, or claimed by another worker is skipped, so running the task
twice, or alongside ``send_pending_emails``, never sends an email twice.
"""

import enum
import logging
import smtplib
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.utils import timezone
from django_tasks import task

from .models import OutgoingEmail

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 12
RETRY_FIRST_DELAY = timedelta(seconds=30)
RETRY_MAX_DELAY = timedelta(hours=1)
# While an attempt is under way, last_error holds this mark and the time it began (the model has no claim field).
CLAIM_MARK = "Sending since "
LAST_ERROR_MAX_LENGTH = OutgoingEmail._meta.get_field("last_error").max_length


class Outcome(enum.StrEnum):
    """What one run of the task did with the email."""

    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"


@task()
def send_outgoing_email(email_id):
    """Send one saved email; on a mail server error record it and try again later. Returns the Outcome."""
    outcome = attempt(email_id)
    if outcome == Outcome.FAILED:
        schedule_retry(email_id)
    return outcome


def attempt(email_id):
    """Make one attempt at sending the email, unless it is sent, given up on, or being sent elsewhere."""
    email = claim(email_id)
    if email is None:
        return Outcome.SKIPPED
    try:
        deliver(email)
    except (smtplib.SMTPException, OSError) as error:
        record_failure(email, error)
        return Outcome.FAILED
    except Exception as error:
        record_failure(email, error)
        raise
    OutgoingEmail.objects.filter(pk=email.pk).update(sent_at=timezone.now(), last_error="")
    logger.info("Sent email %s (attempt %s)", email.pk, email.attempts)
    return Outcome.SENT


def claim(email_id):
    """The email, claimed for one attempt (its attempts already counted), or None if it is not to be sent now."""
    email = OutgoingEmail.objects.filter(pk=email_id, sent_at__isnull=True).first()
    if email is None or email.attempts >= MAX_ATTEMPTS or is_claimed(email):
        return None
    mark = CLAIM_MARK + timezone.now().isoformat()
    # Only one claimer can see the row unchanged: a concurrent claim makes this update match nothing.
    claimed = OutgoingEmail.objects.filter(
        pk=email.pk, sent_at__isnull=True, attempts=email.attempts, last_error=email.last_error
    ).update(attempts=email.attempts + 1, last_error=mark)
    if not claimed:
        return None
    email.attempts += 1
    email.last_error = mark
    return email


def is_claimed(email):
    """Whether another attempt on the email began recently enough that it may still be under way."""
    if not email.last_error.startswith(CLAIM_MARK):
        return False
    try:
        began = datetime.fromisoformat(email.last_error.removeprefix(CLAIM_MARK))
    except ValueError:
        return False
    return timezone.now() < began + claim_lease()


def claim_lease():
    """How long a claim holds: a worker that died mid-attempt must not block the email for ever."""
    return max(timedelta(minutes=1), timedelta(seconds=10 * settings.EMAIL_TIMEOUT))


def deliver(email):
    """Hand the email to the configured backend; the SMTP backend gives up after EMAIL_TIMEOUT seconds."""
    connection = get_connection(timeout=settings.EMAIL_TIMEOUT)
    message = EmailMessage(
        subject=email.subject,
        body=email.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email.to],
        headers={"Auto-Submitted": "auto-generated"},
        connection=connection,
    )
    message.send()


def record_failure(email, error):
    """Keep why the attempt failed on the row (which also releases the claim)."""
    text = f"{type(error).__name__}: {error}"[:LAST_ERROR_MAX_LENGTH]
    OutgoingEmail.objects.filter(pk=email.pk).update(last_error=text)
    logger.warning("Could not send email %s (attempt %s of %s): %s", email.pk, email.attempts, MAX_ATTEMPTS, text)


def retry_delay(attempts):
    """The wait after the given number of failed attempts: 30 s, doubling each time, at most an hour."""
    return min(RETRY_FIRST_DELAY * 2 ** max(attempts - 1, 0), RETRY_MAX_DELAY)


def schedule_retry(email_id):
    """Enqueue a later attempt if the backend can defer tasks; otherwise send_pending_emails picks the email up."""
    attempts = OutgoingEmail.objects.filter(pk=email_id).values_list("attempts", flat=True).first()
    if attempts is None:
        return None
    if attempts >= MAX_ATTEMPTS:
        logger.error("Gave up sending email %s after %s attempts", email_id, attempts)
        return None
    if not send_outgoing_email.get_backend().supports_defer:
        return None
    run_after = timezone.now() + retry_delay(attempts)
    return send_outgoing_email.using(run_after=run_after).enqueue(email_id)
