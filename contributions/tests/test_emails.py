"""Emails about contributions, sent through a real SMTP server on loopback: content, language, and delivery."""

import re
import time
from datetime import timedelta
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult
from wagtail.users.models import UserProfile

from contributions import notifications, tokens
from contributions.models import Contribution, OutgoingEmail, Status
from contributions.tasks import CLAIM_MARK, MAX_ATTEMPTS, Outcome, retry_delay, send_outgoing_email

pytest_plugins = ["contributions.tests.smtp"]  # the smtp_server, silent_smtp_server and refusing_smtp_port fixtures
pytestmark = pytest.mark.django_db

CONTRIBUTOR_EMAIL = "contributor@example.org"


def make_contribution(**kwargs):
    kwargs.setdefault("kind", "new_lesson")
    kwargs.setdefault("language", "ar")
    kwargs.setdefault("title", "كيف تنشئ موقعًا" if kwargs["language"] == "ar" else "How to build a website")
    kwargs.setdefault("credit_name", "Sam")
    kwargs.setdefault("email", CONTRIBUTOR_EMAIL)
    kwargs.setdefault("consent_licence", True)
    kwargs.setdefault("confirms_rights", True)
    return Contribution.objects.create(**kwargs)


def make_email(**kwargs):
    kwargs.setdefault("to", CONTRIBUTOR_EMAIL)
    kwargs.setdefault("subject", "Hello")
    kwargs.setdefault("body", "Body\n")
    return OutgoingEmail.objects.create(**kwargs)


def make_moderator(username, language="", **kwargs):
    kwargs.setdefault("email", f"{username}@example.org")
    user = get_user_model().objects.create_user(username=username, password="x", **kwargs)
    user.groups.add(Group.objects.get(name="Moderators"))
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": language})
    return user


def body_of(message):
    return message.get_content()


def subject_of(message):
    # Django folds a non-ASCII subject onto a continuation line, which the parser returns with a leading space.
    return message["Subject"].strip()


def links_in(text):
    return re.findall(r"https?://\S+", text)


# Contributor emails


@pytest.mark.parametrize("language", ["ar", "en"])
def test_verification_email_arrives_with_links_in_the_contributions_language(
    smtp_server, django_capture_on_commit_callbacks, language
):
    contribution = make_contribution(language=language)

    with django_capture_on_commit_callbacks(execute=True):
        notifications.send_verification(contribution)

    [message] = smtp_server.messages
    body = body_of(message)
    site = settings.MINBAR_SITE_URL.rstrip("/")
    [verify_link] = [link for link in links_in(body) if "/contribute/verify/" in link]
    assert verify_link.startswith(f"{site}/{language}/contribute/verify/")
    token = verify_link.rstrip("/").rsplit("/", 1)[-1]
    assert tokens.contribution_id_from_token(token) == contribution.pk
    assert f"{site}/{language}/contribute/track/{contribution.tracking_token}/" in body
    assert contribution.title in body
    assert message["To"] == CONTRIBUTOR_EMAIL
    assert message["Content-Type"] == 'text/plain; charset="utf-8"'
    assert message["Auto-Submitted"] == "auto-generated"
    assert "\n" not in subject_of(message)
    email = OutgoingEmail.objects.get()
    assert (email.contribution, email.attempts, email.last_error) == (contribution, 1, "")
    assert email.sent_at is not None


def test_verification_email_in_english_says_how_long_the_link_lasts(smtp_server, django_capture_on_commit_callbacks):
    contribution = make_contribution(language="en")

    with django_capture_on_commit_callbacks(execute=True):
        notifications.send_verification(contribution)

    [message] = smtp_server.messages
    assert subject_of(message) == "Confirm your proposal to Minbar"
    days = settings.MINBAR_VERIFICATION_MAX_AGE.days
    assert f"If you do not confirm within {days} days, the proposal expires." in body_of(message)


def test_nothing_is_saved_or_sent_when_the_transaction_rolls_back(smtp_server, django_capture_on_commit_callbacks):
    contribution = make_contribution()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            notifications.send_verification(contribution)
            raise RuntimeError("the request failed")

    assert callbacks == []
    assert not OutgoingEmail.objects.exists()
    assert smtp_server.messages == []


def test_the_email_is_sent_only_once_the_transaction_commits(smtp_server, django_capture_on_commit_callbacks):
    contribution = make_contribution()

    with django_capture_on_commit_callbacks() as callbacks:
        notifications.send_verification(contribution)
    assert smtp_server.messages == []

    for callback in callbacks:
        callback()
    assert len(smtp_server.messages) == 1


DECISIONS = {
    Status.CHANGES_REQUESTED: "Changes requested to your proposal “How to build a website”",
    Status.APPROVED: "Your proposal “How to build a website” is published",
    Status.REJECTED: "About your proposal “How to build a website”",
    Status.WITHDRAWN: "You withdrew your proposal “How to build a website”",
}


@pytest.mark.parametrize("status", list(DECISIONS))
def test_decision_email_for_each_status(smtp_server, django_capture_on_commit_callbacks, curriculum, status):
    page = curriculum.en_lesson1 if status == Status.APPROVED else None
    contribution = make_contribution(language="en", status=status, applied_page=page)
    message_text = "" if status == Status.WITHDRAWN else "Please add a step about backups."

    with django_capture_on_commit_callbacks(execute=True):
        notifications.notify_decision(contribution, message=message_text)

    [message] = smtp_server.messages
    body = body_of(message)
    assert subject_of(message) == DECISIONS[status]
    assert message["To"] == CONTRIBUTOR_EMAIL
    assert tokens.tracking_url(contribution) in body
    assert message_text in body
    if page is not None:
        assert settings.MINBAR_SITE_URL.rstrip("/") + page.url in body


def test_approved_email_without_a_published_page_says_approved(smtp_server, django_capture_on_commit_callbacks):
    contribution = make_contribution(language="en", kind="module_idea", status=Status.APPROVED)

    with django_capture_on_commit_callbacks(execute=True):
        notifications.notify_decision(contribution)

    [message] = smtp_server.messages
    assert subject_of(message) == "Your proposal “How to build a website” was approved"
    assert "Message from the moderators" not in body_of(message)


def test_decision_email_to_an_arabic_contributor_uses_arabic_links(smtp_server, django_capture_on_commit_callbacks):
    contribution = make_contribution(language="ar", status=Status.REJECTED)

    with django_capture_on_commit_callbacks(execute=True):
        notifications.notify_decision(contribution, message="شكرًا لك")

    [message] = smtp_server.messages
    body = body_of(message)
    assert f"/ar/contribute/track/{contribution.tracking_token}/" in body
    assert "شكرًا لك" in body
    assert contribution.title in subject_of(message)


@pytest.mark.parametrize("status", [Status.SPAM, Status.UNVERIFIED, Status.IN_REVIEW, Status.EXPIRED])
def test_no_decision_email_for_spam_or_open_statuses(smtp_server, django_capture_on_commit_callbacks, status):
    contribution = make_contribution(status=status)

    with django_capture_on_commit_callbacks(execute=True):
        assert notifications.notify_decision(contribution, message="Go away.") is None

    assert not OutgoingEmail.objects.exists()
    assert smtp_server.messages == []


def test_contributor_text_stays_plain_and_the_subject_on_one_line(smtp_server, django_capture_on_commit_callbacks):
    contribution = make_contribution(
        language="en", status=Status.REJECTED, title="<b>Bold</b> & co\r\nBcc: victim@example.org"
    )

    with django_capture_on_commit_callbacks(execute=True):
        notifications.notify_decision(contribution)

    [message] = smtp_server.messages
    assert subject_of(message) == "About your proposal “<b>Bold</b> & co Bcc: victim@example.org”"
    assert message["Bcc"] is None
    assert "&amp;" not in body_of(message)
    assert message.get_content_type() == "text/plain"
    assert not message.is_multipart()


# Moderators


def test_moderators_are_told_in_their_own_language_without_the_contributors_email(
    smtp_server, django_capture_on_commit_callbacks, curriculum
):
    make_moderator("english", language="en")
    make_moderator("arabic", language="ar")
    make_moderator("away", is_active=False)
    make_moderator("no-address", email="")
    get_user_model().objects.create_superuser("boss", "boss@example.org", "x")
    contribution = make_contribution(
        language="en",
        module=curriculum.en_module,
        credit_name="Sam",
        organisation_name="Acme",
        contributor_type="individual",
    )

    with django_capture_on_commit_callbacks(execute=True):
        emails = notifications.notify_moderators(contribution)

    assert len(emails) == 2
    by_recipient = {message["To"]: message for message in smtp_server.messages}
    assert set(by_recipient) == {"english@example.org", "arabic@example.org"}
    english = by_recipient["english@example.org"]
    assert subject_of(english) == "Contribution to review: How to build a website"
    admin_link = f"{settings.WAGTAILADMIN_BASE_URL}/admin/snippets/contributions/contribution/edit/{contribution.pk}/"
    for message in smtp_server.messages:
        body = body_of(message)
        assert CONTRIBUTOR_EMAIL not in message.as_string()
        assert admin_link in body
        assert contribution.title in body
        assert curriculum.en_module.title in body
        assert "Sam" in body
    english_body = body_of(english)
    assert "Kind: New lesson" in english_body
    assert "Language: English" in english_body


def test_moderators_without_a_language_preference_get_the_site_language_not_the_contributors():
    moderator = make_moderator("plain")

    with translation.override("en"):
        assert notifications.moderator_language(moderator) == settings.LANGUAGE_CODE == "ar"


# Delivery: outages, hangs, retries


def test_server_down_keeps_the_email_and_send_pending_emails_sends_it_once(
    smtp_server, django_capture_on_commit_callbacks
):
    contribution = make_contribution()
    smtp_server.stop()

    with django_capture_on_commit_callbacks(execute=True):
        notifications.send_verification(contribution)

    email = OutgoingEmail.objects.get()
    assert (email.sent_at, email.attempts) == (None, 1)
    assert "ConnectionRefusedError" in email.last_error

    smtp_server.start()
    call_command("send_pending_emails", stdout=(out := StringIO()))
    call_command("send_pending_emails", stdout=(again := StringIO()))

    assert len(smtp_server.messages) == 1
    email.refresh_from_db()
    assert email.sent_at is not None
    assert (email.attempts, email.last_error) == (2, "")
    assert "Sent 1, failed 0, skipped 0." in out.getvalue()
    assert "Sent 0, failed 0, skipped 0." in again.getvalue()


def test_hanging_server_gives_up_within_the_timeout(silent_smtp_server, django_capture_on_commit_callbacks):
    contribution = make_contribution()

    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        notifications.send_verification(contribution)
    elapsed = time.monotonic() - started

    assert elapsed < settings.EMAIL_TIMEOUT + 2
    email = OutgoingEmail.objects.get()
    assert (email.sent_at, email.attempts) == (None, 1)
    assert "timed out" in email.last_error


def test_refused_connection_is_recorded(refusing_smtp_port, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        email = notifications.queue_email(CONTRIBUTOR_EMAIL, "Subject", "Body")

    email.refresh_from_db()
    assert (email.sent_at, email.attempts) == (None, 1)
    assert email.last_error.startswith("ConnectionRefusedError")


def test_an_unexpected_error_in_the_task_does_not_reach_the_request(
    smtp_server, django_capture_on_commit_callbacks, monkeypatch
):
    def explode(email):
        raise RuntimeError("bug")

    monkeypatch.setattr("contributions.tasks.deliver", explode)

    with django_capture_on_commit_callbacks(execute=True):
        email = notifications.queue_email(CONTRIBUTOR_EMAIL, "Subject", "Body")

    email.refresh_from_db()
    assert (email.sent_at, email.attempts, email.last_error) == (None, 1, "RuntimeError: bug")


@pytest.fixture
def database_tasks(settings):
    """The task backend used in production: tasks wait in the database (deferred ones until run_after)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run(db_task):
    """Run a stored task as db_worker does."""
    result = db_task.task_result
    return db_task.task.call(*result.args, **result.kwargs)


def test_a_failed_attempt_is_retried_later_with_growing_delays(
    smtp_server, database_tasks, django_capture_on_commit_callbacks
):
    smtp_server.stop()
    with django_capture_on_commit_callbacks(execute=True):
        email = notifications.queue_email(CONTRIBUTOR_EMAIL, "Subject", "Body")
    [queued] = DBTaskResult.objects.all()
    assert queued.task_result.args == [email.pk]

    assert run(queued) == Outcome.FAILED
    first_retry = DBTaskResult.objects.exclude(pk=queued.pk).get()
    assert run(first_retry) == Outcome.FAILED
    second_retry = DBTaskResult.objects.exclude(pk__in=[queued.pk, first_retry.pk]).get()

    assert first_retry.run_after - first_retry.enqueued_at == pytest.approx(
        timedelta(seconds=30), abs=timedelta(seconds=2)
    )
    assert second_retry.run_after - second_retry.enqueued_at == pytest.approx(
        timedelta(seconds=60), abs=timedelta(seconds=2)
    )
    assert not DBTaskResult.objects.ready().filter(pk=second_retry.pk).exists()

    smtp_server.start()
    assert run(second_retry) == Outcome.SENT
    assert run(first_retry) == Outcome.SKIPPED
    assert len(smtp_server.messages) == 1
    assert DBTaskResult.objects.count() == 3


def test_retry_delays_double_from_thirty_seconds_up_to_an_hour():
    delays = [retry_delay(attempts).total_seconds() for attempts in range(1, MAX_ATTEMPTS + 1)]
    assert delays[:4] == [30, 60, 120, 240]
    assert max(delays) == 3600


def test_an_email_is_not_sent_twice_or_while_another_worker_sends_it(smtp_server):
    sent = make_email(sent_at=timezone.now(), attempts=1)
    given_up = make_email(attempts=MAX_ATTEMPTS, last_error="SMTPServerDisconnected")
    in_flight = make_email(attempts=1, last_error=CLAIM_MARK + timezone.now().isoformat())
    abandoned = make_email(attempts=1, last_error=CLAIM_MARK + (timezone.now() - timedelta(hours=1)).isoformat())

    outcomes = [send_outgoing_email.call(email.pk) for email in (sent, given_up, in_flight, abandoned)]

    assert outcomes == [Outcome.SKIPPED, Outcome.SKIPPED, Outcome.SKIPPED, Outcome.SENT]
    assert [message["To"] for message in smtp_server.messages] == [CONTRIBUTOR_EMAIL]
    abandoned.refresh_from_db()
    assert abandoned.attempts == 2


def test_send_pending_emails_reports_emails_it_gave_up_on(smtp_server):
    make_email(attempts=MAX_ATTEMPTS, last_error="TimeoutError: timed out")
    make_email()

    call_command("send_pending_emails", stdout=(out := StringIO()))

    assert "Sent 1, failed 0, skipped 0." in out.getvalue()
    assert f"1 unsent email(s) reached {MAX_ATTEMPTS} attempts" in out.getvalue()
    assert len(smtp_server.messages) == 1
