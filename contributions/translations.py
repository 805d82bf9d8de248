"""Translation proposals: which edition a proposal writes, the source lesson's strings, and the text in between.

A proposal is made of the same strings as wagtail-localize's translation editor shows (one per title, list item,
step title, paragraph of rich text…). The contributor translates them one by one; the proposal is stored as a
lesson (title, summary, body) built from the source lesson with those strings put in (wagtail-localize's own
ingest), so the preview, the admin editor and the diff work as for other proposals. Approving it reads the strings
back, path by path, and imports them into the wagtail-localize Translation (translation_apply.py).
"""

import hashlib
from dataclasses import dataclass

from bs4 import BeautifulSoup
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Locale
from wagtail.rich_text import expand_db_html
from wagtail_localize.models import Translation
from wagtail_localize.segments import RelatedObjectSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.ingest import ingest_segments
from wagtail_localize.strings import StringValue, validate_translation_links

from curriculum.starter.loader import segments_by_path
from curriculum.text import strip_invisible

from . import sanitize

# The slug is part of the URL, not of the text: it is made from the translated title when the edition is created.
HIDDEN_PATHS = frozenset({"slug"})
TOP_LEVEL = {"title": (_("Title"), 200), "summary": (_("Summary"), 600)}
BLOCK_TAGS = ("ul", "ol", "li")
LINK_ADDED = _("Keep the links of the original: a translation cannot add a link to another address.")


class Problem:
    """Why a lesson cannot be translated through a proposal (None when it can)."""

    INDEPENDENT = "independent"
    NO_SOURCE = "no_source"


@dataclass
class Plan:
    """What a translation proposal for a lesson writes: the edition of `source` in `target_locale`."""

    source: object
    target_locale: Locale
    target: object = None
    translation: Translation = None
    problem: str = None

    @property
    def is_correction(self):
        return self.target is not None

    @cached_property
    def module_edition(self):
        """The module's edition in the target language, which a new lesson edition goes into (None if missing)."""
        return self.source.get_parent().specific.get_translation_or_none(self.target_locale)

    @cached_property
    def segments(self):
        return source_segments(self.source)

    @property
    def target_language(self):
        return self.target_locale.language_code


def other_locale(locale):
    codes = [code for code, _name in settings.LANGUAGES if code != locale.language_code]
    return Locale.objects.filter(language_code__in=codes).order_by("pk").first()


def plan_for(lesson):
    """The translation a proposal made from this lesson's page writes: of this page, or into the other language."""
    links = list(
        Translation.objects.filter(source__object_id=lesson.translation_key).select_related("source", "target_locale")
    )
    for link in links:
        if link.target_locale_id == lesson.locale_id:
            source = lesson.get_translations().live().filter(locale_id=link.source.locale_id).first()
            problem = None if link.enabled else Problem.INDEPENDENT
            if source is None:
                problem = Problem.NO_SOURCE
            return Plan(source and source.specific, lesson.locale, lesson, link, problem)
    locale = other_locale(lesson.locale)
    return plan_into(lesson, locale, links)


def plan_into(source, locale, links=None):
    """The translation of source into locale (links: its wagtail-localize Translations, if already fetched)."""
    if links is None:
        links = Translation.objects.filter(source__object_id=source.translation_key).select_related("source")
    link = next((t for t in links if t.target_locale_id == locale.pk and t.source.locale_id == source.locale_id), None)
    target = source.get_translation_or_none(locale)
    problem = None
    if target is not None and (link is None or not link.enabled):
        problem = Problem.INDEPENDENT
    return Plan(source, locale, target and target.specific, link, problem)


def plan_of(contribution):
    """The plan of a stored translation proposal, or None when its source lesson is gone."""
    if contribution.lesson_id is None:
        return None
    locale = Locale.objects.filter(language_code=contribution.target_language).first()
    return plan_into(contribution.lesson, locale) if locale else None


@dataclass
class Segment:
    """One string of the source lesson, as the translation editor has it."""

    path: str
    source: str
    attrs: dict
    rich: bool
    label: str
    max_length: int

    @property
    def key(self):
        """A form field name that stays the same while this string of the source is unchanged."""
        return "s_" + hashlib.sha1(f"{self.path}\0{self.source}".encode(), usedforsecurity=False).hexdigest()[:16]

    @property
    def ref(self):
        return (self.path, self.source)

    def source_html(self):
        """The source text to show beside the field (the live lesson's own, already trusted, markup)."""
        if self.rich:
            return mark_safe(expand_db_html(StringValue(self.source).render_html(self.attrs or {})))  # noqa: S308
        return StringValue(self.source).render_text()

    def rendered(self, data):
        """A translated string as a reader sees it: safe HTML for rich text (sanitised when proposed), else text."""
        if self.rich:
            return mark_safe(expand_db_html(StringValue(data).render_html(self.attrs or {})))  # noqa: S308
        return StringValue(data).render_text()


def source_segments(page):
    """The strings of a lesson the contributor translates, in reading order."""
    kinds = field_kinds(page)
    segments = []
    for value in extract_segments(copy_of(page)):
        if not isinstance(value, StringSegmentValue) or value.path in HIDDEN_PATHS:
            continue
        label, rich, max_length = kinds.get(value.path, (_("Text"), False, 1000))
        segments.append(Segment(value.path, value.string.data, value.attrs, rich, label, max_length))
    return segments


def copy_of(page):
    """A separate in-memory copy of a page (wagtail-localize's ingest changes the values it is given)."""
    return page.with_content_json(page.serializable_data())


def field_kinds(page):
    """{content path: (label, is rich text, max length)} for every text in the page, following its blocks."""
    found = {path: (label, False, length) for path, (label, length) in TOP_LEVEL.items()}
    for block in page.body:
        _walk(block.block, block.value, f"body.{block.id}", [capfirst(block.block.label)], found)
    return found


def _walk(block, value, path, labels, found):
    if isinstance(block, blocks.RichTextBlock):
        found[path] = (" › ".join(map(str, labels)), True, 5000)
    elif isinstance(block, blocks.CharBlock | blocks.TextBlock):
        length = getattr(getattr(block, "field", None), "max_length", None) or 5000
        found[path] = (" › ".join(map(str, labels)), False, length)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            child_labels = labels if capfirst(child.label) in labels else [*labels, capfirst(child.label)]
            _walk(child, value.get(name), f"{path}.{name}", child_labels, found)
    elif isinstance(block, blocks.ListBlock) and value is not None:
        for number, item in enumerate(value.bound_blocks, 1):
            _walk(block.child_block, item.value, f"{path}.{item.id}", [*labels, str(number)], found)


def strings_of(source, lesson_like):
    """{(path, source string): translated string} read from a lesson-shaped object in the other language.

    Strings are paired with the source's path by path and in order, as the starter loader links its editions.
    """
    instance = copy_of(source)
    instance.title, instance.summary = lesson_like.title, lesson_like.summary
    instance.body = lesson_like.body.stream_block.get_prep_value(lesson_like.body)
    translated = segments_by_path(instance)
    strings = {}
    for path, originals in segments_by_path(copy_of(source)).items():
        if path in HIDDEN_PATHS:
            continue
        for original, data in zip(originals, translated.get(path, []), strict=False):
            strings.setdefault((path, original), data)
    return strings


def build_lesson(plan, strings):
    """{title, summary, body} of the source lesson with the translated strings put in (others left as they are)."""
    original, translated = copy_of(plan.source), copy_of(plan.source)
    values = []
    for value in extract_segments(original):
        if isinstance(value, RelatedObjectSegmentValue):
            continue
        if isinstance(value, StringSegmentValue) and (value.path, value.string.data) in strings:
            data = strings[(value.path, value.string.data)]
            value = StringSegmentValue(value.path, StringValue(data), attrs=value.attrs).with_order(value.order)
        values.append(value)
    ingest_segments(original, translated, plan.source.locale, plan.target_locale, values)
    body = translated.body.stream_block.get_prep_value(translated.body)
    return {"title": translated.title, "summary": translated.summary, "body": body}


# The text of one string, as a contributor edits it and back.


def to_editable(segment, data):
    """What a contributor sees in the field: plain text, or Markdown for rich text (links with their address)."""
    if not data:
        return ""
    if segment.rich:
        return sanitize.html_to_markdown(StringValue(data).render_html(segment.attrs or {}))
    return StringValue(data).render_text()


def from_editable(segment, text):
    """The translated string for the contributor's text; raises ValidationError with a message for them."""
    text = strip_invisible(text or "").strip()
    if not segment.rich:
        return StringValue.from_plaintext(text).data
    html = sanitize.markdown_to_html(text)
    soup = BeautifulSoup(html, "html.parser")
    if soup.find(BLOCK_TAGS):
        raise ValidationError(_("Write this passage without a list: the original is one paragraph."), code="list")
    links = link_ids(segment)
    for link in soup.find_all("a"):
        link_id = links.get(link.get("href", ""))
        if link_id is None:
            raise ValidationError(LINK_ADDED, code="link")
        link.attrs = {"id": link_id}
    paragraphs = [paragraph.decode_contents() for paragraph in soup.find_all("p", recursive=False)]
    inline = "<br>".join(paragraphs) if paragraphs else str(soup)
    try:
        data = StringValue.from_translated_html(inline).data
        validate_translation_links(segment.source, data)
    except ValueError as error:
        raise ValidationError(
            _("This passage could not be read. Please write it as plain text."), code="html"
        ) from error
    return data


def link_ids(segment):
    """{address as it comes back from the contributor's Markdown: link id in the source string}."""
    ids = {}
    for link_id in (segment.attrs or {}).keys():
        shown = sanitize.html_to_markdown(StringValue(f'<a id="{link_id}">x</a>').render_html(segment.attrs))
        anchor = BeautifulSoup(sanitize.markdown_to_html(shown), "html.parser").find("a")
        if anchor is not None and anchor.get("href"):
            ids.setdefault(anchor["href"], link_id)
    return ids


def same_text(first, second):
    normal = lambda text: " ".join(strip_invisible(text or "").split())  # noqa: E731
    return normal(first) == normal(second)
