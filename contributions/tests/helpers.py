"""Builders for contributions in a given state, for tests across the contributions app."""

from django.contrib.auth.models import Group, User

from contributions.models import Contribution, Kind, Status


def moderator(username="moderator"):
    user = User.objects.create_user(username, f"{username}@example.invalid", "pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def proposal_body(lang="en", marker="proposed"):
    return [
        {"type": "text", "value": f"<p>{marker} introduction</p>"},
        {"type": "steps", "value": {"steps": [{"title": f"{marker} step", "body": "<p>Do it.</p>"}]}},
        {"type": "checklist", "value": {"title": "", "items": [f"{marker} item"]}},
    ]


def in_review(**fields):
    """A verified contribution whose review workflow is under way."""
    fields.setdefault("kind", Kind.NEW_LESSON)
    fields.setdefault("language", "en")
    fields.setdefault("title", "Backing up a phone")
    fields.setdefault("summary", "Keep your contacts safe.")
    fields.setdefault("body", proposal_body(fields["language"]))
    fields.setdefault("credit_name", "Dilan")
    fields.setdefault("email", "dilan@example.org")
    fields.update(consent_licence=True, confirms_rights=True, status=Status.IN_REVIEW)
    contribution = Contribution.objects.create(**fields)
    contribution.save_revision()
    contribution.get_workflow().start(contribution, user=None)
    return contribution


def task_state_of(contribution):
    contribution.refresh_from_db()
    return contribution.current_workflow_task_state
