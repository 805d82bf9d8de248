"""What happens to a contribution outside the admin: created, verified, revised, withdrawn, expired.

These are plain functions for views, commands and other code. They take cleaned values (never request data),
hold a row lock while they change a contribution's status, and queue emails through notifications (sent once
the transaction commits). The second half turns a lesson body into proposal-form data and back.
"""

import contextvars
import enum
import functools
import uuid

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.log_actions import log

from curriculum.text import strip_invisible

from . import notifications, sanitize
from .models import Contribution, Message, Status

PROPOSAL_FIELDS = frozenset({"title", "summary", "body", "details", "image_alt"})
CONTRIBUTOR_FIELDS = frozenset(
    {
        "credit_name",
        "email",
        "contributor_type",
        "organisation_name",
        "organisation_website",
        "organisation_role",
        "commercial_interest",
        "consent_licence",
        "confirms_rights",
    }
)
SLUG_MAX_LENGTH = 240


class NotAllowed(Exception):
    """The contribution is not in a status that allows this (it was decided, withdrawn or expired meanwhile)."""


class Verified(enum.StrEnum):
    NOW = "now"
    ALREADY = "already"
    EXPIRED = "expired"


def _pick(values, allowed):
    unknown = set(values) - allowed
    if unknown:
        raise TypeError(f"Not a contribution field: {', '.join(sorted(unknown))}")
    return dict(values)


def _locked(contribution):
    return Contribution.objects.select_for_update().get(pk=contribution.pk)


# The images saved by the service function under way (see _no_orphan_files).
_saved_files = contextvars.ContextVar("minbar_saved_files", default=None)


def _no_orphan_files(function):
    """Delete the images the function saved if it fails, its commit included: no private file without its row.

    It goes outside transaction.atomic, so that a database lost at COMMIT counts as a failure too.
    """

    @functools.wraps(function)
    def wrapped(*args, **kwargs):
        saved = []
        token = _saved_files.set(saved)
        try:
            return function(*args, **kwargs)
        except BaseException:
            for storage, name in saved:
                storage.delete(name)
            raise
        finally:
            _saved_files.reset(token)

    return wrapped


def _save_image(contribution, image):
    """Save the image to private storage for the contribution (not the row), remembered for _no_orphan_files."""
    contribution.image.save(image.name, image, save=False)
    saved = _saved_files.get()
    if saved is not None:
        saved.append((contribution.image.storage, contribution.image.name))


@_no_orphan_files
@transaction.atomic
def create_contribution(
    *, kind, language, proposal, contributor, module=None, lesson=None, image=None, target_language=""
):
    """Store a new, unverified proposal with its first revision and ask the contributor to confirm their email.

    proposal holds cleaned values of PROPOSAL_FIELDS, contributor of CONTRIBUTOR_FIELDS; image is a re-encoded
    file (forms.reencode) saved to private storage; target_language is the edition a translation writes.
    """
    contribution = Contribution(
        kind=kind,
        language=language,
        target_language=target_language,
        module=module,
        lesson=lesson,
        base_revision=lesson.live_revision if lesson is not None else None,
        status=Status.UNVERIFIED,
        **_pick(proposal, PROPOSAL_FIELDS),
        **_pick(contributor, CONTRIBUTOR_FIELDS),
    )
    if image is not None:
        _save_image(contribution, image)
    contribution.save()
    contribution.save_revision()
    notifications.send_verification(contribution)
    return contribution


def is_stale(contribution, now=None):
    """Whether an unverified contribution waited longer than MINBAR_VERIFICATION_MAX_AGE."""
    return Contribution.objects.expired_unverified(now).filter(pk=contribution.pk).exists()


@transaction.atomic
def verify_contribution(contribution, now=None):
    """Confirm the email of an unverified contribution and send it into review; returns a Verified value."""
    contribution = _locked(contribution)
    if contribution.status == Status.EXPIRED:
        return Verified.EXPIRED
    if contribution.status != Status.UNVERIFIED:
        return Verified.ALREADY
    if is_stale(contribution, now):
        contribution.status = Status.EXPIRED
        contribution.save(update_fields=["status"])
        return Verified.EXPIRED
    contribution.status = Status.IN_REVIEW
    contribution.verified_at = now or timezone.now()
    contribution.save(update_fields=["status", "verified_at"])
    audit(contribution, Status.IN_REVIEW)
    workflow = contribution.get_workflow()
    if workflow is not None and contribution.current_workflow_state is None:
        workflow.start(contribution, user=None)
    notifications.notify_moderators(contribution)
    return Verified.NOW


@_no_orphan_files
@transaction.atomic
def revise_contribution(contribution, *, proposal, note="", image=None):
    """Apply the contributor's revision after changes were requested, and send it back to the moderators."""
    contribution = _locked(contribution)
    if not contribution.can_be_revised:
        raise NotAllowed
    for name, value in _pick(proposal, PROPOSAL_FIELDS).items():
        setattr(contribution, name, value)
    if image is not None:
        _save_image(contribution, image)
    contribution.status = Status.IN_REVIEW
    contribution.save()
    contribution.save_revision()
    Message.objects.create(
        contribution=contribution, author=Message.Author.CONTRIBUTOR, status=Status.IN_REVIEW, text=note
    )
    audit(contribution, Status.IN_REVIEW, revised=True, comment=note)
    _resume_review(contribution)
    notifications.notify_moderators(contribution)
    return contribution


def _resume_review(contribution):
    state = contribution.current_workflow_state
    if state is None:
        workflow = contribution.get_workflow()
        if workflow is not None:
            workflow.start(contribution, user=None)
    elif state.status == state.STATUS_NEEDS_CHANGES:
        state.resume(user=None)


@transaction.atomic
def withdraw_contribution(contribution, note=""):
    """The contributor takes back an open proposal: its review stops and they get a confirmation."""
    contribution = _locked(contribution)
    if not contribution.is_open:
        raise NotAllowed
    state = contribution.current_workflow_state
    if state is not None:
        state.cancel(user=None)
    contribution.status = Status.WITHDRAWN
    contribution.save(update_fields=["status"])
    Message.objects.create(
        contribution=contribution, author=Message.Author.CONTRIBUTOR, status=Status.WITHDRAWN, text=note
    )
    audit(contribution, Status.WITHDRAWN, comment=note)
    notifications.notify_decision(contribution)
    return contribution


@transaction.atomic
def expire_unverified(now=None):
    """Mark proposals whose email was never confirmed in time as expired; returns how many."""
    expired = list(Contribution.objects.expired_unverified(now).select_for_update())
    for contribution in expired:
        contribution.status = Status.EXPIRED
        contribution.save(update_fields=["status"])
        audit(contribution, Status.EXPIRED)
    return len(expired)


def audit(contribution, status, **data):
    """Record a change the contributor (or time) made, in Wagtail's audit log; user None means not staff."""
    log(instance=contribution, action=f"minbar.contribution.{status}", user=None, data={"status": status, **data})


def unique_lesson_slug(module, title):
    """A slug for a new lesson in module: from the title (Arabic kept), "lesson" if nothing is left, made unique."""
    base = slugify(strip_invisible(title or ""), allow_unicode=True)[:SLUG_MAX_LENGTH].strip("-") or "lesson"
    taken = set(module.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def mask_email(email):
    """An address shown only as much as its owner needs to recognise it: l***@example.org."""
    local, _, domain = (email or "").partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"


# A lesson body as proposal-form data and back.

MAX_ANSWERS = 4
EDITABLE_BLOCKS = frozenset({"text", "what_you_need", "steps", "callout", "checklist", "quiz"})


def lesson_stream_block():
    from curriculum.models import LessonPage

    return LessonPage._meta.get_field("body").stream_block


class Origin:
    """The body a proposal form starts from: a live lesson's, or the contribution's own when it is revised.

    Blocks the form cannot show (images, videos, resources, quiz questions with more answers than the form has)
    are kept as they are and put back after the others. Blocks and list items keep their ids where the form maps
    them one to one, which keeps wagtail-localize translations linked; text that comes back unchanged keeps its
    original HTML (page links included) instead of a Markdown round trip.
    """

    def __init__(self, raw=()):
        self.blocks = [block for block in raw if isinstance(block, dict) and "type" in block]

    @classmethod
    def of(cls, stream_value):
        if not stream_value:
            return cls()
        return cls(stream_value.stream_block.get_prep_value(stream_value))

    @staticmethod
    def editable(block):
        if block["type"] == "quiz":
            return len(block["value"].get("choices", [])) <= MAX_ANSWERS
        return block["type"] in EDITABLE_BLOCKS

    def of_type(self, block_type):
        return [block for block in self.blocks if block["type"] == block_type and self.editable(block)]

    def kept(self):
        return [dict(block) for block in self.blocks if not self.editable(block)]

    def single_id(self, block_type):
        blocks = self.of_type(block_type)
        return blocks[0].get("id") if len(blocks) == 1 else None

    def items(self, block_type, key):
        return [item for block in self.of_type(block_type) for item in block["value"].get(key, [])]

    def intro_html(self):
        return "".join(str(block["value"]) for block in self.of_type("text"))


def form_initial(origin):
    """Initial data for the lesson form and its step, callout and quiz rows."""
    return {
        "lesson": {
            "introduction": sanitize.html_to_markdown(origin.intro_html()),
            "what_you_need": "\n".join(item["value"] for item in origin.items("what_you_need", "items")),
            "checklist": "\n".join(item["value"] for item in origin.items("checklist", "items")),
        },
        "steps": [
            {"block_id": item["id"], "title": item["value"]["title"], "body": _markdown(item["value"]["body"])}
            for item in origin.items("steps", "steps")
        ],
        "callouts": [
            {"block_id": block["id"], "kind": block["value"]["kind"], "text": _markdown(block["value"]["text"])}
            for block in origin.of_type("callout")
        ],
        "quizzes": [_quiz_initial(block) for block in origin.of_type("quiz")],
    }


def _quiz_initial(block):
    initial = {"block_id": block["id"], "question": block["value"]["question"]}
    for number, item in enumerate(block["value"]["choices"], 1):
        choice = item["value"]
        initial |= {
            f"answer_{number}": choice["text"],
            f"right_{number}": bool(choice.get("correct")),
            f"why_{number}": choice.get("explanation", ""),
        }
    return initial


def build_body(origin, lesson, steps=(), callouts=(), quizzes=()):
    """The raw LessonStreamBlock body of a proposal, in a lesson's order, from cleaned form data.

    lesson has introduction (Markdown), what_you_need and checklist (lists); steps, callouts and quizzes are
    cleaned rows (quizzes with a `choices` list). Markdown is sanitised here (sanitize.markdown_to_html).
    """
    body = []
    if lesson.get("introduction"):
        html = _rich(lesson["introduction"], origin.intro_html() or None, headings=True)
        body.append(_block("text", html, origin.single_id("text")))
    if lesson.get("what_you_need"):
        items = _items(lesson["what_you_need"], origin.items("what_you_need", "items"))
        body.append(_block("what_you_need", {"items": items}, origin.single_id("what_you_need")))
    if steps:
        originals = {item["id"]: item for item in origin.items("steps", "steps")}
        body.append(_block("steps", {"steps": [_step(row, originals) for row in steps]}, origin.single_id("steps")))
    originals = {block["id"]: block for block in origin.of_type("callout")}
    body += [_callout(row, originals) for row in callouts]
    if lesson.get("checklist"):
        checklists = origin.of_type("checklist")
        value = {
            "title": checklists[0]["value"].get("title", "") if checklists else "",
            "items": _items(lesson["checklist"], origin.items("checklist", "items")),
        }
        body.append(_block("checklist", value, origin.single_id("checklist")))
    originals = {block["id"]: block for block in origin.of_type("quiz")}
    body += [_quiz(row, originals) for row in quizzes]
    return body + origin.kept()


def validate_body(raw):
    """The body checked by the lesson's own stream block, as a StreamValue; raises ValidationError."""
    block = lesson_stream_block()
    return block.clean(block.to_python(raw))


def _new_id():
    return str(uuid.uuid4())


def _block(block_type, value, block_id=None):
    return {"type": block_type, "value": value, "id": block_id or _new_id()}


def _markdown(html):
    return sanitize.html_to_markdown(html)


def _normal(text):
    return strip_invisible(str(text).replace("\r\n", "\n")).strip()


def _rich(markdown_text, original_html=None, headings=False):
    """Sanitised HTML for the text, or the original HTML when the text came back unchanged."""
    if original_html is not None and _normal(markdown_text) == _normal(_markdown(original_html)):
        return original_html
    return sanitize.markdown_to_html(markdown_text, headings=headings)


def _items(values, original_items, key=lambda value: value):
    """List items for values, each taking the id of an unused original item with the same value."""
    available = list(original_items)
    items = []
    for value in values:
        match = next((item for item in available if key(item["value"]) == key(value)), None)
        if match is not None:
            available.remove(match)
        items.append({"type": "item", "value": value, "id": match["id"] if match else _new_id()})
    return items


def _step(row, originals):
    original = originals.pop(row.get("block_id") or "", None)
    before = original["value"] if original else {}
    value = {
        "title": row["title"],
        "body": _rich(row["body"], before.get("body")),
        "image": before.get("image"),
        "image_alt": before.get("image_alt", ""),
    }
    return {"type": "item", "value": value, "id": original["id"] if original else _new_id()}


def _callout(row, originals):
    original = originals.pop(row.get("block_id") or "", None)
    text = _rich(row["text"], original["value"]["text"] if original else None)
    return _block("callout", {"kind": row["kind"], "text": text}, original and original["id"])


def _quiz(row, originals):
    original = originals.pop(row.get("block_id") or "", None)
    before = original["value"]["choices"] if original else []
    choices = _items(row["choices"], before, key=lambda choice: choice["text"])
    return _block("quiz", {"question": row["question"], "choices": choices}, original and original["id"])
