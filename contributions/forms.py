"""Public proposal forms: a lesson (new or edited) in the shape of a lesson, a module idea, and who proposes it.

Every field from the public is cleaned here before anything is stored: plain text loses invisible and control
characters, Markdown is checked here and turned into sanitised rich text (sanitize.py) when the body is built
(services.build_body), images are checked and re-encoded. Contributions are built only from cleaned data, so extra
POST fields (status, live, tracking_token…) have nothing to land in.
"""

import re
import uuid
import warnings
from io import BytesIO

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.files.base import ContentFile
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from PIL import Image, ImageOps
from wagtail.images.fields import WagtailImageField

from curriculum.text import strip_invisible

from . import sanitize, services
from .antiabuse import AntiAbuseForm
from .models import ContributorType

MAX_STEPS = 30
MAX_CALLOUTS = 10
MAX_QUIZZES = 10
MAX_ANSWERS = services.MAX_ANSWERS
MAX_TOTAL_CHARACTERS = 50_000
MAX_LINKS = 20
MAX_IMAGE_SIDE = 2000
MARKDOWN_HELP = _(
    "You can use **bold**, *italic*, [a link](https://example.org) and lists: leave an empty line before the "
    "list and start each line with - or 1."
)
TEXT_ATTRS = {"dir": "auto"}
# The kinds of curriculum.blocks.CalloutBlock.
CALLOUT_KINDS = [("tip", _("Tip")), ("warning", _("Warning")), ("note", _("Note"))]


class PlainTextField(forms.CharField):
    """Text from the public, without control, zero-width or bidi-control characters (so "\u200b" is blank)."""

    def __init__(self, *args, multiline=False, rows=4, **kwargs):
        widget = forms.Textarea(attrs={**TEXT_ATTRS, "rows": rows}) if multiline else forms.TextInput(attrs=TEXT_ATTRS)
        kwargs.setdefault("widget", widget)
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if "\x00" in value:
            # Left in place so that Django's validator refuses it with its own message.
            return value
        return strip_invisible(value.replace("\r\n", "\n").replace("\r", "\n")).strip()


class MarkdownField(PlainTextField):
    """Markdown limited to paragraphs, lists, links, bold and italic; converted by sanitize.markdown_to_html."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("help_text", MARKDOWN_HELP)
        super().__init__(*args, multiline=True, **kwargs)

    def validate(self, value):
        super().validate(value)
        if value and sanitize.too_complex(value):
            raise ValidationError(
                _("This text has too many “[” or “<” characters. Please remove some."), code="too_complex"
            )


class LinesField(PlainTextField):
    """One item per line (a leading "-" or "*" is dropped); cleans to a list."""

    def __init__(self, *args, max_items=30, max_line_length=300, **kwargs):
        self.max_items, self.max_line_length = max_items, max_line_length
        kwargs.setdefault("help_text", _("One item per line."))
        super().__init__(*args, multiline=True, **kwargs)

    def clean(self, value):
        text = super().clean(value)
        lines = [re.sub(r"^[-*•]\s+", "", line.strip()) for line in text.splitlines() if line.strip()]
        if len(lines) > self.max_items:
            raise ValidationError(
                ngettext_lazy("Write at most %(max)d item.", "Write at most %(max)d items.", "max"),
                params={"max": self.max_items},
            )
        long_lines = [str(number) for number, line in enumerate(lines, 1) if len(line) > self.max_line_length]
        if long_lines:
            raise ValidationError(
                _("Items must be at most %(max)d characters long; shorten item %(items)s."),
                params={"max": self.max_line_length, "items": ", ".join(long_lines)},
            )
        return lines


class ContributorEmailField(forms.EmailField):
    def to_python(self, value):
        return strip_invisible(super().to_python(value)).strip()


class ProposalImageField(WagtailImageField):
    """Wagtail's image checks (format against extension, file size, pixels), then a clean re-encoded copy."""

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        return reencode(upload) if upload else None


def reencode(upload):
    """A copy of the image without metadata, at most MAX_IMAGE_SIDE wide or high, as JPEG, PNG or WebP."""
    upload.seek(0)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(upload) as source:
                source_format = source.format
                if source_format == "JPEG":
                    source.draft("RGB", (MAX_IMAGE_SIDE, MAX_IMAGE_SIDE))
                image = ImageOps.exif_transpose(source)
                image.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE))
        except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError, Warning) as error:
            raise ValidationError(
                _("This image could not be read. Please choose another file."), code="invalid"
            ) from error
    transparent = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    image = image.convert("RGBA" if transparent else "RGB")
    image.info = {}
    output = source_format if source_format in ("JPEG", "PNG", "WEBP") else ("PNG" if transparent else "JPEG")
    if output == "JPEG":
        image = image.convert("RGB")
    options = {"JPEG": {"quality": 85, "optimize": True}, "PNG": {"optimize": True}, "WEBP": {"quality": 85}}
    buffer = BytesIO()
    image.save(buffer, format=output, **options[output])
    extension = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}[output]
    return ContentFile(buffer.getvalue(), name=f"{uuid.uuid4().hex}.{extension}")


class LessonForm(forms.Form):
    """The lesson's own fields; steps, callouts and quiz questions are formsets beside it."""

    title = PlainTextField(label=_("Title of the lesson"), max_length=200)
    summary = PlainTextField(
        label=_("Summary"),
        max_length=600,
        multiline=True,
        rows=3,
        help_text=_("One or two sentences: what will the learner be able to do after this lesson?"),
    )
    introduction = MarkdownField(label=_("Introduction"), max_length=10_000, required=False)
    what_you_need = LinesField(
        label=_("What you need"),
        max_length=3000,
        required=False,
        help_text=_("Tools, accounts or materials to have ready. One item per line."),
    )
    checklist = LinesField(
        label=_("Checklist"),
        max_length=3000,
        required=False,
        help_text=_("Things the learner can check before moving on. One item per line."),
    )
    image_alt = PlainTextField(
        label=_("Describe the image"),
        max_length=250,
        required=False,
        help_text=_("What the image shows, for people who cannot see it. Required when you add an image."),
    )

    def __init__(self, *args, modules=None, has_image=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.has_image = has_image
        image = ProposalImageField(label=_("Image (optional)"), required=False)
        self.fields["image"] = image
        if modules is not None:
            self.fields["module"] = forms.ModelChoiceField(
                queryset=modules, label=_("Module"), empty_label=_("Choose a module")
            )
            self.order_fields(["module"])

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("image") or self.has_image) and not cleaned.get("image_alt"):
            self.add_error("image_alt", _("Describe the image for people who cannot see it."))
        return cleaned


class RowForm(forms.Form):
    """One row of a formset; a row left empty is skipped, and its hidden block id says what it was made from."""

    block_id = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)
    not_content = ("block_id", "kind")

    def has_changed(self):
        return any(
            str(self[name].data or "").strip() and self[name].data is not False
            for name in self.fields
            if name not in self.not_content
        )


class StepForm(RowForm):
    title = PlainTextField(label=_("Step title"), max_length=200)
    body = MarkdownField(label=_("How to do it"), max_length=5000, help_text="")


class CalloutForm(RowForm):
    kind = forms.ChoiceField(label=_("Kind"), choices=CALLOUT_KINDS, initial="tip")
    text = MarkdownField(label=_("Text"), max_length=2000, help_text="")


class QuizForm(RowForm):
    question = PlainTextField(label=_("Question"), max_length=400)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for number in range(1, MAX_ANSWERS + 1):
            self.fields[f"answer_{number}"] = PlainTextField(
                label=_("Answer %(number)d") % {"number": number}, max_length=300, required=False
            )
            self.fields[f"right_{number}"] = forms.BooleanField(label=_("This answer is right"), required=False)
            self.fields[f"why_{number}"] = PlainTextField(
                label=_("Why it is right or wrong"), max_length=600, required=False
            )

    def answers(self):
        """The bound fields of each answer, for the template."""
        return [
            (number, self[f"answer_{number}"], self[f"right_{number}"], self[f"why_{number}"])
            for number in range(1, MAX_ANSWERS + 1)
        ]

    def clean(self):
        cleaned = super().clean()
        given = [n for n in range(1, MAX_ANSWERS + 1) if cleaned.get(f"answer_{n}")]
        for number in range(1, MAX_ANSWERS + 1):
            if number in given and not cleaned.get(f"why_{number}"):
                self.add_error(f"why_{number}", _("Explain why this answer is right or wrong."))
            if number not in given and (cleaned.get(f"right_{number}") or cleaned.get(f"why_{number}")):
                self.add_error(f"answer_{number}", _("Write the answer, or clear this row."))
        if len(given) < 2:
            raise ValidationError(_("Give at least two answers."))
        if not any(cleaned.get(f"right_{n}") for n in given):
            raise ValidationError(_("Mark at least one answer as right."))
        return cleaned

    def choices(self):
        data = self.cleaned_data
        return [
            {"text": data[f"answer_{n}"], "correct": bool(data.get(f"right_{n}")), "explanation": data[f"why_{n}"]}
            for n in range(1, MAX_ANSWERS + 1)
            if data.get(f"answer_{n}")
        ]


class RowFormSet(forms.BaseFormSet):
    """Rows may be left empty anywhere (they are skipped), so that clearing a row removes it without JavaScript."""

    def get_form_kwargs(self, index):
        return {"empty_permitted": True}

    def filled_forms(self):
        return [form for form in self.forms if form.cleaned_data]


def row_formset(form, max_num):
    return forms.formset_factory(
        form, formset=RowFormSet, extra=0, max_num=max_num, absolute_max=max_num, validate_max=True
    )


StepFormSet = row_formset(StepForm, MAX_STEPS)
CalloutFormSet = row_formset(CalloutForm, MAX_CALLOUTS)
QuizFormSet = row_formset(QuizForm, MAX_QUIZZES)


class ContributorForm(forms.Form):
    """Who proposes: a credit name, a private email address, and for organisations their interest."""

    credit_name = PlainTextField(
        label=_("Name to credit"),
        max_length=120,
        help_text=_("Shown with your contribution when it is published. It can be a pseudonym."),
    )
    email = ContributorEmailField(
        label=_("Your email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"dir": "ltr", "autocomplete": "email"}),
        help_text=_(
            "Private: used only to confirm your proposal and to tell you what happens to it. "
            "It is never shown on the site."
        ),
    )
    contributor_type = forms.ChoiceField(
        label=_("Who is proposing?"),
        choices=ContributorType.choices,
        initial=ContributorType.INDIVIDUAL,
        widget=forms.RadioSelect,
    )
    organisation_name = PlainTextField(label=_("Name of the organisation"), max_length=200, required=False)
    organisation_website = forms.URLField(
        label=_("Website of the organisation"),
        max_length=200,
        required=False,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        widget=forms.URLInput(attrs={"dir": "ltr"}),
    )
    organisation_role = PlainTextField(label=_("Your role in the organisation"), max_length=200, required=False)
    commercial_interest = PlainTextField(
        label=_("Do you or your organisation have a commercial interest in what you propose? Describe it."),
        max_length=1000,
        required=False,
        multiline=True,
        rows=3,
        help_text=_("For example, you sell a product or service the lesson mentions. Write “none” if there is none."),
    )
    consent_licence = forms.BooleanField(
        label=_(
            "I agree that my contribution is shared under the Creative Commons Attribution-ShareAlike 4.0 "
            "licence (CC BY-SA 4.0)."
        ),
        error_messages={"required": _("To send a proposal, agree to share it under CC BY-SA 4.0.")},
    )
    confirms_rights = forms.BooleanField(
        label=_(
            "I wrote this myself or have the right to share it, and it copies no one else's work without permission."
        ),
        error_messages={"required": _("To send a proposal, confirm that you have the right to share it.")},
    )

    ORGANISATION_FIELDS = ("organisation_name", "organisation_website", "organisation_role", "commercial_interest")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("contributor_type") == ContributorType.ORGANISATION:
            if not cleaned.get("organisation_name"):
                self.add_error("organisation_name", _("Give the name of the organisation."))
            if not cleaned.get("commercial_interest"):
                self.add_error("commercial_interest", _("Describe any commercial interest, or write “none”."))
        else:
            for name in self.ORGANISATION_FIELDS:
                cleaned[name] = ""
        return cleaned

    def contributor_data(self):
        return dict(self.cleaned_data)


class IdeaForm(forms.Form):
    """An idea for a module: what it is, who it is for, what learners will be able to do."""

    title = PlainTextField(label=_("Title of the module"), max_length=200)
    summary = PlainTextField(
        label=_("Summary"),
        max_length=600,
        multiline=True,
        rows=3,
        help_text=_("In two or three sentences: what skill would the module teach?"),
    )
    audience = PlainTextField(label=_("Who it is for"), max_length=1000, required=False, multiline=True, rows=3)
    outcomes = LinesField(
        label=_("What learners will be able to do"),
        max_length=2000,
        required=False,
        max_items=12,
        help_text=_("One outcome per line."),
    )
    details = PlainTextField(
        label=_("Details"),
        max_length=2500,
        required=False,
        multiline=True,
        rows=6,
        help_text=_("Lessons you imagine, sources, people or organisations who could help."),
    )

    def clean(self):
        cleaned = super().clean()
        if not self.errors and len(compose_idea(cleaned)) > 5000:
            raise ValidationError(
                _("Please shorten the idea: all its parts together may have at most 5000 characters.")
            )
        return cleaned

    def proposal_data(self):
        data = self.cleaned_data
        return {"title": data["title"], "summary": data["summary"], "details": compose_idea(data)}


def idea_headings():
    return {
        "audience": str(_("Who it is for")),
        "outcomes": str(_("What learners will be able to do")),
        "details": str(_("Details")),
    }


def compose_idea(data):
    """The module idea's parts as one plain text with a heading line each (the model keeps it in `details`)."""
    headings = idea_headings()
    parts = []
    if data.get("audience"):
        parts.append(f"## {headings['audience']}\n{data['audience']}")
    if data.get("outcomes"):
        parts.append(f"## {headings['outcomes']}\n" + "\n".join(f"- {line}" for line in data["outcomes"]))
    if data.get("details"):
        parts.append(f"## {headings['details']}\n{data['details']}")
    return "\n\n".join(parts)


def parse_idea(details):
    """The parts of a composed module idea, for the form; text it cannot place goes to `details`."""
    by_heading = {f"## {heading}": name for name, heading in idea_headings().items()}
    parts, current, unplaced = {}, None, []
    for line in (details or "").splitlines():
        if line.strip() in by_heading:
            current = by_heading[line.strip()]
            parts[current] = []
        else:
            (parts[current] if current else unplaced).append(line)
    initial = {name: "\n".join(lines).strip() for name, lines in parts.items()}
    if "outcomes" in initial:
        initial["outcomes"] = "\n".join(re.sub(r"^- ", "", line) for line in initial["outcomes"].splitlines())
    if unplaced:
        initial["details"] = "\n".join(unplaced + [initial.get("details", "")]).strip()
    return initial


class NoteForm(forms.Form):
    note = PlainTextField(
        label=_("A note for the moderators"),
        max_length=2000,
        required=False,
        multiline=True,
        rows=3,
    )


def texts_in(cleaned_data):
    """Every piece of text in a form's cleaned data, for the proposal-wide limits."""
    for value in cleaned_data.values():
        if isinstance(value, str):
            yield value
        elif isinstance(value, list):
            yield from (item for item in value if isinstance(item, str))


ROW_LABELS = {
    "steps": _("Step %(number)d"),
    "callouts": _("Tip or warning %(number)d"),
    "quizzes": _("Question %(number)d"),
}


def values_of(form):
    """What the visitor typed in a bound form (or its initial values), to show it again unvalidated."""
    return {name: form[name].value() for name, field in form.fields.items() if not isinstance(field, forms.FileField)}


class FormGroup:
    """Forms shown and checked as one page: validation, the error summary, and a copy to show again."""

    row_formsets = {}

    def __init__(self, data=None, files=None, *, initial=None, extra=None, **options):
        self.data, self.files, self.options = data, files, options
        self.initial = initial or {}
        self.errors = []
        self.rows = {}
        for kind, formset_class in self.row_formsets.items():
            if data is None:
                formset = formset_class(prefix=kind, initial=self.initial.get(kind) or None)
                formset.extra = (extra or {}).get(kind, 0 if self.initial.get(kind) else 1)
            else:
                formset = formset_class(data, prefix=kind)
            self.rows[kind] = formset
        if extra:
            self._focus_last_row(next(iter(extra)))

    def _focus_last_row(self, kind):
        form = self.rows[kind].forms[-1]
        name = next(name for name, field in form.fields.items() if not field.widget.is_hidden)
        form.fields[name].widget.attrs["autofocus"] = True

    def add_contributor_forms(self, data, options):
        """Who is proposing and the anti-abuse fields when first proposed; a note to moderators when revising."""
        self.contributor = self.anti = self.note = None
        if options.get("public"):
            self.contributor = ContributorForm(data, initial=self.initial.get("contributor"))
            self.anti = AntiAbuseForm(data)
        if options.get("revising"):
            self.note = NoteForm(data, initial=self.initial.get("note"))

    def forms(self):
        """The group's plain forms by name (formsets are in self.rows)."""
        raise NotImplementedError

    def is_valid(self):
        parts = [*self.forms().values(), *self.rows.values()]
        # Every part is validated, so that the page shows all the errors at once.
        results = [part.is_valid() for part in parts]
        valid = all(results)
        if valid:
            self.clean()
        return valid and not self.errors

    def clean(self):
        texts = [text for form in self.filled_forms() for text in texts_in(form.cleaned_data)]
        if sum(len(text) for text in texts) > MAX_TOTAL_CHARACTERS:
            self.add_error(
                _("Your proposal is too long: at most %(max)s characters in all.") % {"max": MAX_TOTAL_CHARACTERS}
            )
        if sum(sanitize.count_links(text) for text in texts) > MAX_LINKS:
            self.add_error(_("Your proposal has too many links: at most %(max)d in all.") % {"max": MAX_LINKS})

    def filled_forms(self):
        forms_ = [form for form in self.forms().values() if hasattr(form, "cleaned_data")]
        return forms_ + [form for formset in self.rows.values() for form in formset.filled_forms()]

    def add_error(self, message):
        self.errors.append(message)

    def with_extra_row(self, kind):
        """The same page unvalidated, with what was typed and one more empty row of the given kind."""
        return type(self)(initial=self.as_initial(), extra={kind: 1}, **self.options)

    def unvalidated(self):
        return type(self)(initial=self.as_initial(), **self.options)

    def as_initial(self):
        initial = {name: values_of(form) for name, form in self.forms().items()}
        for kind, formset in self.rows.items():
            initial[kind] = [values_of(form) for form in formset.forms if not form.is_bound or form.has_changed()]
        return initial

    def refresh_token(self):
        """A new anti-abuse token for the form shown again (the one posted is used up or refused)."""
        if getattr(self, "anti", None) is not None:
            self.anti = self.anti.fresh()

    def error_summary(self):
        """(link target, text) for each error, for the summary at the top of the page."""
        entries = [("#proposal-form", str(message)) for message in self.errors]
        for name, form in self.forms().items():
            entries += form_errors(form, f"#{name}-section")
        for kind, formset in self.rows.items():
            entries += [(f"#{kind}-section", str(message)) for message in formset.non_form_errors()]
            for number, form in enumerate(formset.forms, 1):
                prefix = ROW_LABELS[kind] % {"number": number}
                entries += [(href, f"{prefix}: {text}") for href, text in form_errors(form, f"#{kind}-section")]
        return entries


def form_errors(form, section):
    if not form.is_bound:
        return []
    entries = [(section, str(message)) for message in form.non_field_errors()]
    for name, messages in form.errors.items():
        if name == NON_FIELD_ERRORS:
            continue
        field = form[name]
        target = field.id_for_label or f"{field.auto_id}_0"
        # A checkbox's label is a whole sentence, and its messages say what to do on their own.
        label = "" if field.widget_type == "checkbox" else f"{field.label}: "
        entries += [(f"#{target}", f"{label}{message}") for message in messages]
    return entries


class LessonProposal(FormGroup):
    """A new lesson or an edit, shaped like a lesson; with contributor and anti-abuse fields when first proposed.

    Options: origin (services.Origin of the body it starts from), modules (a queryset to choose from, for a new
    lesson), public (contributor and anti-abuse fields), revising (a note for the moderators), has_image.
    """

    row_formsets = {"steps": StepFormSet, "callouts": CalloutFormSet, "quizzes": QuizFormSet}

    def __init__(self, data=None, files=None, *, initial=None, extra=None, **options):
        options.setdefault("origin", services.Origin())
        if initial is None:
            initial = services.form_initial(options["origin"])
        super().__init__(data, files, initial=initial, extra=extra, **options)
        self.lesson = LessonForm(
            data,
            files,
            initial=self.initial.get("lesson"),
            modules=options.get("modules"),
            has_image=options.get("has_image", False),
        )
        self.add_contributor_forms(data, options)
        self.body = None

    @classmethod
    def starting_from(cls, lesson=None, **options):
        """An unbound proposal showing the body of options["origin"], with the lesson fields given."""
        origin = options.setdefault("origin", services.Origin())
        initial = services.form_initial(origin)
        initial["lesson"] |= lesson or {}
        return cls(initial=initial, **options)

    def forms(self):
        named = {"lesson": self.lesson, "contributor": self.contributor, "note": self.note}
        return {name: form for name, form in named.items() if form is not None}

    def clean(self):
        super().clean()
        steps = [form.cleaned_data for form in self.rows["steps"].filled_forms()]
        if not self.lesson.cleaned_data.get("introduction") and not steps:
            self.add_error(_("Write an introduction or at least one step."))
        if self.errors:
            return
        quizzes = [{**form.cleaned_data, "choices": form.choices()} for form in self.rows["quizzes"].filled_forms()]
        callouts = [form.cleaned_data for form in self.rows["callouts"].filled_forms()]
        raw = services.build_body(self.options["origin"], self.lesson.cleaned_data, steps, callouts, quizzes)
        try:
            self.body = services.validate_body(raw)
        except ValidationError as error:
            self.add_error(_("Part of the lesson could not be accepted: %(reason)s") % {"reason": block_errors(error)})

    def proposal_data(self):
        data = self.lesson.cleaned_data
        has_image = bool(data.get("image")) or self.options.get("has_image", False)
        return {
            "title": data["title"],
            "summary": data["summary"],
            "body": self.body,
            "image_alt": data["image_alt"] if has_image else "",
        }

    @property
    def image(self):
        return self.lesson.cleaned_data.get("image")

    @property
    def module(self):
        return self.lesson.cleaned_data.get("module")


def block_errors(error):
    """The messages inside a stream block's validation error, in one line."""
    found = []

    def collect(data):
        if isinstance(data, dict):
            found.extend(str(message) for message in data.get("messages", []))
            for value in data.values():
                collect(value)
        elif isinstance(data, list):
            for value in data:
                collect(value)

    collect(error.as_json_data() if hasattr(error, "as_json_data") else {"messages": error.messages})
    return " ".join(dict.fromkeys(found)) or str(_("Please check the lesson."))


class IdeaProposal(FormGroup):
    """An idea for a module; with contributor and anti-abuse fields when first proposed (options as above)."""

    def __init__(self, data=None, files=None, *, initial=None, extra=None, **options):
        super().__init__(data, files, initial=initial, extra=extra, **options)
        self.idea = IdeaForm(data, initial=self.initial.get("idea"))
        self.add_contributor_forms(data, options)

    def forms(self):
        named = {"idea": self.idea, "contributor": self.contributor, "note": self.note}
        return {name: form for name, form in named.items() if form is not None}

    def proposal_data(self):
        return self.idea.proposal_data()

    image = module = None
