"""A contribution's whole way, in each language: proposed, confirmed, sent back, revised, approved, published."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

from contributions.models import Status
from contributions.tests.helpers import moderator
from contributions.tests.test_admin import action_url
from contributions.tests.test_flow import track_path, verified
from contributions.tests.test_public_forms import group_data, lesson_data
from curriculum.models import LessonPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def emails_to(address):
    return [message for message in mail.outbox if address in message.to]


@pytest.mark.parametrize("language", ["ar", "en"])
def test_propose_confirm_send_back_revise_approve_and_see_the_credit(
    client, curriculum, language, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    module = getattr(curriculum, f"{language}_module")
    reviewer = moderator()
    staff = Client()
    staff.force_login(reviewer)

    contribution = verified(client, capture, language, data=lesson_data(module))
    assert contribution.status == Status.IN_REVIEW
    assert f"/{language}/contribute/track/" in emails_to("hawre@example.org")[0].body
    assert emails_to(reviewer.email), "moderators are told a proposal is waiting"

    mail.outbox.clear()
    with capture(execute=True):
        staff.post(action_url(contribution, "reject"), {"comment": "Add a step to check the backup."})
    contribution.refresh_from_db()
    assert contribution.status == Status.CHANGES_REQUESTED
    assert "Add a step to check the backup." in emails_to("hawre@example.org")[0].body

    page = client.get(track_path(contribution))
    assert "Add a step to check the backup." in page.content.decode()
    revision = group_data(
        page.context["group"],
        action="revise",
        note="Added it.",
        **{"steps-TOTAL_FORMS": "2", "steps-1-title": "Check the backup", "steps-1-body": "Open it once."},
    )
    with capture(execute=True):
        assert client.post(track_path(contribution), revision).status_code == 302
    contribution.refresh_from_db()
    assert contribution.status == Status.IN_REVIEW

    mail.outbox.clear()
    with capture(execute=True):
        staff.post(action_url(contribution, "approve"), {"comment": ""})
    contribution.refresh_from_db()
    assert contribution.status == Status.APPROVED
    lesson = LessonPage.objects.get(pk=contribution.applied_page_id)
    assert lesson.live and lesson.locale.language_code == language and lesson.get_parent().pk == module.pk
    published = client.get(lesson.url).content.decode()
    assert "Check the backup" in published and "Hawre" in published
    assert "hawre@example.org" not in published
    assert lesson.url in emails_to("hawre@example.org")[0].body
    assert "Hawre" in client.get(track_path(contribution)).content.decode()
