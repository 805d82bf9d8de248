"""A readable, line-by-line diff between a lesson's text and a proposal, for moderators.

Both sides are turned into plain-text lines (title, summary, then each body block as a reader would see it) and
compared with difflib, so a moderator sees which steps, tips, checklist items or answers a proposal adds or removes.
"""

import difflib
import re
from html import unescape
from typing import NamedTuple

from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from curriculum.blocks import LessonStreamBlock

_LINE_BREAKS = re.compile(r"<\s*(?:br|/p|/h[1-6]|/li|/ol|/ul|/div|/blockquote)\b[^>]*>", re.IGNORECASE)
_LIST_ITEM = re.compile(r"<\s*li\b[^>]*>", re.IGNORECASE)


class Row(NamedTuple):
    """One line of a diff: op is "equal", "insert", "delete", or "skip" (unchanged lines left out)."""

    op: str
    text: str


def html_lines(html):
    """Rich text as plain lines: one per paragraph, heading or list item ("• item")."""
    text = _LIST_ITEM.sub("\n• ", str(getattr(html, "source", html) or ""))
    text = unescape(strip_tags(_LINE_BREAKS.sub("\n", text)))
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def text_lines(text):
    return [" ".join(line.split()) for line in str(text or "").splitlines() if line.strip()]


def labelled(label, lines):
    """The first line prefixed with a label ("Tip: …"), the rest as they are."""
    lines = list(lines)
    if not lines:
        return [label]
    return [f"{label}: {lines[0]}", *lines[1:]]


def _what_you_need(value):
    return [f"{_('What you need')}: {item}" for item in value.get("items", [])]


def _steps(value):
    lines = []
    for number, step in enumerate(value.get("steps", []), start=1):
        lines.append(_("Step %(number)s: %(title)s") % {"number": number, "title": step.get("title", "")})
        lines += html_lines(step.get("body"))
        if step.get("image"):
            lines.append(f"{_('Image')}: {step.get('image_alt', '')}")
    return lines


def _callout(value):
    labels = {"tip": _("Tip"), "warning": _("Warning"), "note": _("Note")}
    return labelled(labels.get(value.get("kind"), _("Tip")), html_lines(value.get("text")))


def _checklist(value):
    lines = [f"{_('Checklist')}: {value['title']}"] if value.get("title") else [_("Checklist")]
    return lines + [f"☐ {item}" for item in value.get("items", [])]


def _quiz(value):
    lines = [f"{_('Question')}: {value.get('question', '')}"]
    for choice in value.get("choices", []):
        label = _("Right answer") if choice.get("correct") else _("Wrong answer")
        lines.append(f"{label}: {choice.get('text', '')} — {choice.get('explanation', '')}")
    return lines


def _image(value):
    caption = f" — {value['caption']}" if value.get("caption") else ""
    return [f"{_('Image')}: {value.get('alt_text', '')}{caption}"]


def _video(value):
    lines = [f"{_('Video')}: {value.get('title', '')} <{value.get('url', '')}>"]
    return lines + labelled(_("Transcript"), text_lines(value.get("transcript")))


def _resource(value):
    document = value.get("document")
    target = value.get("url") or (getattr(document, "title", "") if document else "")
    lines = [f"{_('Resource')}: {value.get('title', '')} <{target}>"]
    return lines + text_lines(value.get("description"))


BLOCK_LINES = {
    "text": html_lines,
    "what_you_need": _what_you_need,
    "steps": _steps,
    "callout": _callout,
    "checklist": _checklist,
    "quiz": _quiz,
    "image": _image,
    "video": _video,
    "resource": _resource,
}


def body_lines(body):
    """A lesson body (a StreamValue, or raw stream data) as plain-text lines."""
    if not hasattr(body, "raw_data"):
        body = LessonStreamBlock().to_python(list(body or []))
    lines = []
    for block in body:
        to_lines = BLOCK_LINES.get(block.block_type)
        lines += to_lines(block.value) if to_lines else text_lines(block.value)
    return lines


def lesson_lines(title, summary, body):
    """Everything a reader sees of a lesson, as lines: its title, its summary, then its body."""
    return [f"{_('Title')}: {title}", *labelled(_("Summary"), text_lines(summary)), *body_lines(body)]


def diff_lines(old, new):
    """Rows that turn the old lines into the new: unchanged, removed and added lines, in reading order."""
    rows = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for op, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if op == "equal":
            rows += [Row("equal", line) for line in old[old_start:old_end]]
            continue
        rows += [Row("delete", line) for line in old[old_start:old_end]]
        rows += [Row("insert", line) for line in new[new_start:new_end]]
    return rows


def collapse(rows, context=3):
    """Keep `context` unchanged lines around each change and fold longer unchanged runs into one "skip" row."""
    changed = [index for index, row in enumerate(rows) if row.op != "equal"]
    keep = {i for index in changed for i in range(index - context, index + context + 1)}
    collapsed, hidden = [], 0
    for index, row in enumerate(rows):
        if index in keep or row.op != "equal":
            if hidden:
                collapsed.append(_skip(hidden))
                hidden = 0
            collapsed.append(row)
        else:
            hidden += 1
    if hidden:
        collapsed.append(_skip(hidden))
    return collapsed


def _skip(count):
    text = ngettext("%(count)s unchanged line", "%(count)s unchanged lines", count) % {"count": count}
    return Row("skip", text)


def lesson_diff(lesson, proposal, context=3):
    """The diff from a lesson's current text to what a proposal would make it; empty when nothing changes."""
    rows = diff_lines(
        lesson_lines(lesson.title, lesson.summary, lesson.body),
        lesson_lines(proposal.title, proposal.summary, proposal.body),
    )
    if all(row.op == "equal" for row in rows):
        return []
    return collapse(rows, context=context)
