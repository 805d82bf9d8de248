"""A contribution's way from the public form: confirmed by email, reviewed, revised, withdrawn or expired."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import WorkflowState

from contributions import services, tokens
from contributions.models import Contribution, Message, Status
from contributions.moderation import act
from contributions.tests.helpers import moderator
from contributions.tests.test_public_forms import contributor, group_data, idea_data, lesson_data, link_in, send
from curriculum.models import LessonPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits and used form tokens live in the cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def reviewer(curriculum):
    return moderator()


def propose(client, capture, language, data=None, path="new/"):
    """Send a proposal and return it with the path of the verification link emailed to the contributor."""
    mail.outbox.clear()
    response = send(client, f"/{language}/contribute/{path}", data, capture)
    assert response.status_code == 302, response.content.decode()[:2000]
    contribution = Contribution.objects.latest("pk")
    return contribution, local(link_in(mail.outbox[-1], "verify"))


def local(url):
    return url.split("//", 1)[1].split("/", 1)[1].join(["/", ""])


def verified(client, capture, language="en", data=None, path="new/"):
    contribution, link = propose(client, capture, language, data, path)
    with capture(execute=True):
        assert client.post(link).status_code == 200
    contribution.refresh_from_db()
    return contribution


def track_path(contribution):
    return f"/{contribution.language}/contribute/track/{contribution.tracking_token}/"


def request_changes(contribution, user, comment):
    act(contribution.current_workflow_task_state, user, "reject", comment=comment)
    contribution.refresh_from_db()
    assert contribution.status == Status.CHANGES_REQUESTED


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_emailed_link_sends_the_proposal_into_review(
    client, curriculum, reviewer, language, django_capture_on_commit_callbacks
):
    module = getattr(curriculum, f"{language}_module")
    contribution, link = propose(client, django_capture_on_commit_callbacks, language, lesson_data(module))
    assert link.startswith(f"/{language}/contribute/verify/")
    assert not contribution.workflow_in_progress

    opened = client.get(link)
    assert opened.status_code == 200 and 'method="post"' in opened.content.decode()
    contribution.refresh_from_db()
    assert contribution.status == Status.UNVERIFIED, "opening the link alone (a mail scanner) confirms nothing"

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link)

    assert response.status_code == 200
    assert response.headers["Referrer-Policy"] == "same-origin"
    contribution.refresh_from_db()
    assert contribution.status == Status.IN_REVIEW and contribution.verified_at is not None
    assert contribution.workflow_in_progress
    assert contribution.current_workflow_state.workflow.name == "Contribution review"
    assert reviewer.email in [address for email in mail.outbox for address in email.to]
    html = response.content.decode()
    assert tokens.tracking_url(contribution) in html

    again = client.get(link)
    assert again.status_code == 200 and WorkflowState.objects.count() == 1


def test_the_tracking_page_shows_the_status_and_proposal_but_never_the_email(
    client, curriculum, reviewer, django_capture_on_commit_callbacks
):
    contribution = verified(client, django_capture_on_commit_callbacks, data=lesson_data(curriculum.en_module))

    response = client.get(track_path(contribution))

    html = response.content.decode()
    assert response.status_code == 200
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert '<meta name="robots" content="noindex">' in html
    assert "In review" in html and "Back up your phone" in html and "<b>Settings</b>" in html
    assert "hawre@example.org" not in html and "h***@example.org" in html
    assert 'name="action" value="revise"' not in html


def test_the_tracking_page_is_shown_in_the_contributions_language(
    client, curriculum, django_capture_on_commit_callbacks
):
    contribution, _link = propose(client, django_capture_on_commit_callbacks, "ar", lesson_data(curriculum.ar_module))

    response = client.get(f"/en/contribute/track/{contribution.tracking_token}/")

    assert response.status_code == 302 and response["Location"] == track_path(contribution)
    assert 'lang="ar"' in client.get(track_path(contribution)).content.decode()


def test_a_forged_verification_link_gets_a_clear_page(client, curriculum):
    response = client.get("/en/contribute/verify/123:forged:signature/")

    assert response.status_code == 400
    assert "This link does not work" in response.content.decode()


def test_verification_refuses_a_proposal_that_waited_too_long(
    client, curriculum, settings, django_capture_on_commit_callbacks
):
    contribution, link = propose(client, django_capture_on_commit_callbacks, "en", lesson_data(curriculum.en_module))
    old = timezone.now() - settings.MINBAR_VERIFICATION_MAX_AGE - timedelta(hours=1)
    Contribution.objects.filter(pk=contribution.pk).update(created_at=old)

    response = client.get(link)

    assert response.status_code == 410 and "waited too long" in response.content.decode()
    contribution.refresh_from_db()
    assert contribution.status == Status.EXPIRED and not contribution.workflow_in_progress


def test_the_expire_command_expires_only_old_unverified_proposals(
    client, curriculum, settings, django_capture_on_commit_callbacks
):
    old_one, _ = propose(client, django_capture_on_commit_callbacks, "en", lesson_data(curriculum.en_module))
    recent, _ = propose(client, django_capture_on_commit_callbacks, "en", lesson_data(curriculum.en_module))
    old = timezone.now() - settings.MINBAR_VERIFICATION_MAX_AGE - timedelta(minutes=1)
    Contribution.objects.filter(pk=old_one.pk).update(created_at=old)

    output = StringIO()
    call_command("expire_contributions", stdout=output)

    assert "1" in output.getvalue()
    statuses = dict(Contribution.objects.values_list("pk", "status"))
    assert statuses == {old_one.pk: Status.EXPIRED, recent.pk: Status.UNVERIFIED}


def test_a_contributor_revises_after_changes_are_requested(
    client, curriculum, reviewer, django_capture_on_commit_callbacks
):
    contribution = verified(client, django_capture_on_commit_callbacks, data=lesson_data(curriculum.en_module))
    request_changes(contribution, reviewer, "Please add a step about checking the backup.")
    revisions_before = contribution.revisions.count()
    page = client.get(track_path(contribution))
    html = page.content.decode()
    assert "Please add a step about checking the backup." in html
    assert 'value="Back up your phone"' in html and "Tap **Settings**." in html
    data = group_data(
        page.context["group"],
        action="revise",
        title="Back up your phone, then check it",
        note="Added the check.",
        **{"steps-TOTAL_FORMS": "2", "steps-1-title": "Check the backup", "steps-1-body": "Open it."},
    )
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(track_path(contribution), data)

    assert response.status_code == 302 and response["Location"] == track_path(contribution)
    contribution.refresh_from_db()
    assert contribution.status == Status.IN_REVIEW and contribution.title == "Back up your phone, then check it"
    assert [step["title"] for step in contribution.body[2].value["steps"]] == ["Open the settings", "Check the backup"]
    assert contribution.revisions.count() == revisions_before + 1
    assert contribution.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert contribution.current_workflow_task_state.revision == contribution.latest_revision
    last = contribution.messages.last()
    assert (last.author, last.status, last.text) == (Message.Author.CONTRIBUTOR, Status.IN_REVIEW, "Added the check.")
    assert reviewer.email in [address for email in mail.outbox for address in email.to]
    assert (
        "Thank you. Your revised proposal is back with the moderators."
        in client.get(track_path(contribution)).content.decode()
    )


def test_a_revision_is_refused_unless_changes_were_requested(
    client, curriculum, reviewer, django_capture_on_commit_callbacks
):
    contribution = verified(client, django_capture_on_commit_callbacks, data=lesson_data(curriculum.en_module))
    data = lesson_data(action="revise", title="Sneaky change", note="")

    response = client.post(track_path(contribution), data)

    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.title == "Back up your phone" and contribution.status == Status.IN_REVIEW


def test_a_module_idea_is_revised_with_the_same_form(client, curriculum, reviewer, django_capture_on_commit_callbacks):
    contribution = verified(client, django_capture_on_commit_callbacks, data=idea_data(), path="idea/")
    request_changes(contribution, reviewer, "Who exactly is it for?")
    group = client.get(track_path(contribution)).context["group"]
    assert group.idea["audience"].value() == "Youth groups"

    data = group_data(group, action="revise", audience="Youth groups in Erbil", note="")
    response = client.post(track_path(contribution), data)

    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.status == Status.IN_REVIEW and "Youth groups in Erbil" in contribution.details
    assert "- Record on a phone" in contribution.details


def test_an_edit_proposal_revised_keeps_the_lessons_block_ids(
    client, curriculum, reviewer, django_capture_on_commit_callbacks
):
    lesson = curriculum.en_lesson2
    path = f"edit/{lesson.pk}/"
    form = client.get(f"/en/contribute/{path}").context["group"]
    contribution = verified(
        client, django_capture_on_commit_callbacks, data=group_data(form, **contributor()), path=path
    )
    request_changes(contribution, reviewer, "Shorter title please.")
    group = client.get(track_path(contribution)).context["group"]

    client.post(track_path(contribution), group_data(group, action="revise", title="Lesson two", note=""))

    contribution.refresh_from_db()
    original = lesson.body.stream_block.get_prep_value(lesson.body)
    assert [block["id"] for block in contribution.body.raw_data] == [block["id"] for block in original]
    assert contribution.title == "Lesson two" and contribution.base_revision == lesson.live_revision


def test_a_contributor_withdraws_an_open_proposal(client, curriculum, reviewer, django_capture_on_commit_callbacks):
    contribution = verified(client, django_capture_on_commit_callbacks, data=lesson_data(curriculum.en_module))
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(track_path(contribution), {"action": "withdraw", "withdraw-note": "Found a better one."})

    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.status == Status.WITHDRAWN and contribution.current_workflow_state is None
    assert contribution.workflow_states.get().status == WorkflowState.STATUS_CANCELLED
    last = contribution.messages.last()
    assert (last.author, last.status, last.text) == (
        Message.Author.CONTRIBUTOR,
        Status.WITHDRAWN,
        "Found a better one.",
    )
    assert [email.to for email in mail.outbox] == [["hawre@example.org"]]

    client.post(track_path(contribution), {"action": "withdraw"})
    assert contribution.messages.count() == 1
    assert "You withdrew this proposal." in client.get(track_path(contribution)).content.decode()


def test_a_proposal_sent_back_for_changes_can_be_withdrawn(
    client, curriculum, reviewer, django_capture_on_commit_callbacks
):
    contribution = verified(client, django_capture_on_commit_callbacks, data=lesson_data(curriculum.en_module))
    request_changes(contribution, reviewer, "Needs work.")

    client.post(track_path(contribution), {"action": "withdraw"})

    contribution.refresh_from_db()
    assert contribution.status == Status.WITHDRAWN and contribution.current_workflow_state is None


def test_two_identical_arabic_titles_get_distinct_slugs(curriculum):
    module = curriculum.ar_module
    first = services.unique_lesson_slug(module, "كيف تحمي حسابك")
    module.add_child(instance=LessonPage(title="كيف تحمي حسابك", slug=first, summary="ملخص"))

    second = services.unique_lesson_slug(module, "كيف تحمي حسابك")

    assert first == "كيف-تحمي-حسابك" and second == "كيف-تحمي-حسابك-2"
    module.add_child(instance=LessonPage(title="كيف تحمي حسابك", slug=second, summary="ملخص"))
    assert services.unique_lesson_slug(module, "كيف تحمي حسابك") == "كيف-تحمي-حسابك-3"


def test_a_title_of_only_punctuation_gets_a_working_slug(client, curriculum):
    module = curriculum.en_module

    slug = services.unique_lesson_slug(module, "؟!… \u200b ***")

    assert slug == "lesson"
    module.add_child(instance=LessonPage(title="؟!…", slug=slug, summary="s"))
    # The test module already has lesson-1, lesson-2 and lesson-3.
    assert services.unique_lesson_slug(module, "!!!") == "lesson-4"
    assert client.get(f"{module.url}lesson/").status_code == 200


def test_the_verification_link_opens_in_the_contributions_language(
    client, curriculum, django_capture_on_commit_callbacks
):
    contribution, link = propose(client, django_capture_on_commit_callbacks, "ar", lesson_data(curriculum.ar_module))

    response = client.get(link.replace("/ar/", "/en/", 1))

    assert response.status_code == 302 and response["Location"] == link
    contribution.refresh_from_db()
    assert contribution.status == Status.UNVERIFIED


def test_the_tracking_page_stays_within_a_query_budget(
    client, curriculum, reviewer, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    contribution = verified(client, django_capture_on_commit_callbacks, data=lesson_data(curriculum.en_module))
    request_changes(contribution, reviewer, "One.")
    Message.objects.bulk_create(
        Message(contribution=contribution, author=Message.Author.MODERATOR, status=Status.IN_REVIEW, text=str(n))
        for n in range(10)
    )

    with django_assert_max_num_queries(8):
        assert client.get(track_path(contribution)).status_code == 200


def test_a_proposal_marked_as_spam_looks_refused_to_its_sender(
    client, curriculum, reviewer, django_capture_on_commit_callbacks
):
    contribution = verified(client, django_capture_on_commit_callbacks, data=lesson_data(curriculum.en_module))
    act(contribution.current_workflow_task_state, reviewer, "spam")

    html = client.get(track_path(contribution)).content.decode()

    assert "Not accepted" in html and "Spam" not in html
    assert "Withdraw this proposal" not in html
