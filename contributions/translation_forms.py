"""The public form of a translation proposal: one field per string of the source lesson, beside its text."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from . import services, translations
from .forms import MARKDOWN_HELP, FormGroup, MarkdownField, PlainTextField, block_errors

REQUIRED = _("Translate this passage.")
MAX_TOTAL_CHARACTERS = 60_000


def direction_attrs(language_code):
    """lang and dir of a field holding text in the given language, whatever the language of the page around it."""
    info = get_language_info(language_code)
    return {"lang": language_code, "dir": "rtl" if info["bidi"] else "ltr"}


class TranslationForm(forms.Form):
    """A field for each string of the source; cleans to `strings`, {(path, source string): translated string}."""

    def __init__(self, *args, plan=None, originals=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan
        self.originals = originals or {}
        self.strings = {}
        segments = plan.segments if plan is not None else []
        attrs = direction_attrs(plan.target_language) if plan is not None else {}
        for segment in segments:
            self.fields[segment.key] = self.field_for(segment, attrs)

    @staticmethod
    def field_for(segment, attrs):
        options = {"label": segment.label, "max_length": segment.max_length, "error_messages": {"required": REQUIRED}}
        if segment.rich:
            field = MarkdownField(help_text="", **options)
        elif segment.max_length > 300 or "<br>" in segment.source:
            field = PlainTextField(multiline=True, rows=3, **options)
        else:
            field = PlainTextField(**options)
        # The source passage beside the field describes it to screen readers (translation_fields.html).
        field.widget.attrs.update(attrs, **{"aria-describedby": f"id_{segment.key}-source"})
        return field

    def rows(self):
        """(segment, bound field) in the source's reading order, for the template."""
        return [(segment, self[segment.key]) for segment in (self.plan.segments if self.plan else [])]

    def clean(self):
        cleaned = super().clean()
        for segment in self.plan.segments if self.plan else []:
            text = cleaned.get(segment.key)
            if not text:
                continue
            original = self.originals.get(segment.ref)
            if original and translations.same_text(text, translations.to_editable(segment, original)):
                # Unchanged: keep the existing translation exactly rather than a Markdown round trip of it.
                self.strings[segment.ref] = original
                continue
            try:
                self.strings[segment.ref] = translations.from_editable(segment, text)
            except ValidationError as error:
                self.add_error(segment.key, error)
        return cleaned


class TranslationProposal(FormGroup):
    """A translation of a lesson; with contributor and anti-abuse fields when first proposed.

    Options: plan (translations.Plan, None when the source lesson is gone), originals (strings to start from),
    public, revising.
    """

    def __init__(self, data=None, files=None, *, initial=None, extra=None, **options):
        super().__init__(data, files, initial=initial, extra=extra, **options)
        self.plan = options.get("plan")
        self.translation = TranslationForm(
            data, initial=self.initial.get("translation"), plan=self.plan, originals=options.get("originals")
        )
        self.add_contributor_forms(data, options)
        self.lesson = None

    @classmethod
    def starting_from(cls, plan, originals, **options):
        """An unbound proposal with each field showing the string it starts from (blank for a new edition)."""
        initial = {
            segment.key: translations.to_editable(segment, originals.get(segment.ref)) for segment in plan.segments
        }
        return cls(initial={"translation": initial}, plan=plan, originals=originals, **options)

    def forms(self):
        named = {"translation": self.translation, "contributor": self.contributor, "note": self.note}
        return {name: form for name, form in named.items() if form is not None}

    def clean(self):
        # Links cannot be added in a translation (translations.from_editable), so only the length is limited here.
        if self.plan is None:
            self.add_error(_("The lesson this translation is for is no longer published, so it cannot be changed."))
            return
        texts = [text for form in self.filled_forms() for text in form.cleaned_data.values() if isinstance(text, str)]
        if sum(len(text) for text in texts) > MAX_TOTAL_CHARACTERS:
            self.add_error(
                _("Your proposal is too long: at most %(max)s characters in all.") % {"max": MAX_TOTAL_CHARACTERS}
            )
            return
        lesson = translations.build_lesson(self.plan, self.translation.strings)
        try:
            lesson["body"] = services.validate_body(lesson["body"])
        except ValidationError as error:
            self.add_error(_("Part of the lesson could not be accepted: %(reason)s") % {"reason": block_errors(error)})
            return
        self.lesson = lesson

    def proposal_data(self):
        return {"title": self.lesson["title"][:200], "summary": self.lesson["summary"], "body": self.lesson["body"]}

    image = module = None
    markdown_help = MARKDOWN_HELP


def existing_strings(plan):
    """The strings the form starts from: the live edition's for a correction, none for a new edition."""
    return translations.strings_of(plan.source, plan.target) if plan.is_correction else {}


def revision_group(contribution, data=None):
    """The form to revise a translation proposal, filled from it (or bound to what was posted)."""
    plan = translations.plan_of(contribution)
    originals = translations.strings_of(plan.source, contribution) if plan is not None else {}
    options = {"plan": plan, "originals": originals, "revising": True}
    if data is not None:
        return TranslationProposal(data, **options)
    if plan is None:
        return TranslationProposal(**options)
    return TranslationProposal.starting_from(**options)
