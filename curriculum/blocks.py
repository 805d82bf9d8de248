"""StreamField blocks of a lesson body: each has its own template under templates/blocks/."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

# A small, safe rich-text subset: what learners need, nothing that breaks right-to-left reading.
TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]
INLINE_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class StepBlock(blocks.StructBlock):
    """One numbered step: what to do, and how."""

    title = blocks.CharBlock(label=_("Step title"), max_length=200)
    body = blocks.RichTextBlock(label=_("How to do it"), features=INLINE_FEATURES)
    image = ImageChooserBlock(label=_("Image (optional)"), required=False)
    image_alt = blocks.CharBlock(
        label=_("Image alternative text"),
        required=False,
        default="",
        max_length=250,
        help_text=_("Describe the image for people who cannot see it. Required when there is an image."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not value.get("image_alt", "").strip():
            raise StructBlockValidationError(
                {"image_alt": ValidationError(_("Describe the image for people who cannot see it."))}
            )
        return value


class StepsBlock(blocks.StructBlock):
    """Numbered steps, read in order."""

    steps = blocks.ListBlock(StepBlock(), min_num=1, label=_("Steps"))

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "blocks/steps_block.html"
        description = _("Ordered instructions, each with a title and an explanation.")
        preview_value = {"steps": [{"title": "Choose a name", "body": "<p>Pick a short name.</p>"}]}


class CalloutBlock(blocks.StructBlock):
    """A highlighted tip, warning or note."""

    kind = blocks.ChoiceBlock(
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("note", _("Note"))],
        default="tip",
        label=_("Kind"),
    )
    text = blocks.RichTextBlock(label=_("Text"), features=INLINE_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "blocks/callout_block.html"
        description = _("A tip, a warning or a note set apart from the text.")
        preview_value = {"kind": "tip", "text": "<p>Write down your password in a safe place.</p>"}


class ChecklistBlock(blocks.StructBlock):
    """Things to check before moving on."""

    title = blocks.CharBlock(label=_("Title"), required=False, default="", max_length=200)
    items = blocks.ListBlock(blocks.CharBlock(max_length=300), min_num=1, label=_("Items"))

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "blocks/checklist_block.html"
        description = _("A list of things the learner can tick off.")
        preview_value = {"title": "Before you publish", "items": ["Spelling checked", "Links work"]}


class QuizChoiceBlock(blocks.StructBlock):
    """One answer to a self-check question, with why it is right or wrong."""

    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("This answer is right"), required=False)
    explanation = blocks.CharBlock(label=_("Explanation"), max_length=600)

    class Meta:
        icon = "radio-full"
        label = _("Answer")


class QuizBlock(blocks.StructBlock):
    """A self-check question with explained answers."""

    question = blocks.CharBlock(label=_("Question"), max_length=400)
    choices = blocks.ListBlock(QuizChoiceBlock(), min_num=2, label=_("Answers"))

    class Meta:
        icon = "help"
        label = _("Self-check question")
        template = "blocks/quiz_block.html"
        description = _("A question with answers, each explained, so learners can check themselves.")
        preview_value = {
            "question": "Which password is strongest?",
            "choices": [
                {"text": "123456", "correct": False, "explanation": "Easy to guess."},
                {"text": "A long passphrase", "correct": True, "explanation": "Long and unusual."},
            ],
        }

    def clean(self, value):
        value = super().clean(value)
        if not any(choice.get("correct") for choice in value.get("choices", [])):
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Mark at least one answer as right."))}
            )
        return value


class ImageBlock(blocks.StructBlock):
    """An image with required alternative text and a caption."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"), max_length=250, help_text=_("What the image shows, for screen readers.")
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, default="", max_length=300)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"
        description = _("An image with a description for people who cannot see it.")


class VideoBlock(blocks.StructBlock):
    """A link to a video with a text alternative, so nothing is lost without video."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("Video address"))
    transcript = blocks.TextBlock(
        label=_("Transcript or text alternative"),
        help_text=_("Everything the video says or shows, for people who cannot watch it."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"
        description = _("A video link with its transcript; nothing loads until the learner asks for it.")


class ResourceBlock(blocks.StructBlock):
    """A useful link or a file to download."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.CharBlock(label=_("Description"), required=False, default="", max_length=400)
    url = blocks.URLBlock(label=_("Link"), required=False)
    document = DocumentChooserBlock(label=_("Download"), required=False)

    class Meta:
        icon = "link"
        label = _("Resource")
        template = "blocks/resource_block.html"
        description = _("A link to a useful resource or a file to download.")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("url") and not value.get("document"):
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Give a link or choose a document."))}
            )
        return value


class WhatYouNeedBlock(blocks.StructBlock):
    """What to have ready before starting the lesson."""

    items = blocks.ListBlock(blocks.CharBlock(max_length=300), min_num=1, label=_("Items"))

    class Meta:
        icon = "clipboard-list"
        label = _("What you need")
        template = "blocks/what_you_need_block.html"
        description = _("Tools, accounts or materials to have ready.")
        preview_value = {"items": ["A phone with a camera", "An email address"]}


class LessonStreamBlock(blocks.StreamBlock):
    """The body of a lesson."""

    text = blocks.RichTextBlock(
        label=_("Text"), features=TEXT_FEATURES, template="blocks/text_block.html", icon="pilcrow"
    )
    what_you_need = WhatYouNeedBlock()
    steps = StepsBlock()
    callout = CalloutBlock()
    checklist = ChecklistBlock()
    quiz = QuizBlock()
    image = ImageBlock()
    video = VideoBlock()
    resource = ResourceBlock()
