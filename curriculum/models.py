"""The curriculum: a catalogue of modules, each an ordered set of lessons, grouped by topic."""

from django.core.cache import caches
from django.db import models
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework import serializers
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from . import downloads
from .blocks import LessonStreamBlock
from .text import normalize_arabic
from .translation.models import EditionSync


class Level(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class Licence(models.TextChoices):
    CC_BY_SA_4 = "CC-BY-SA-4.0", _("Creative Commons Attribution-ShareAlike 4.0")
    CC_BY_4 = "CC-BY-4.0", _("Creative Commons Attribution 4.0")
    CC0 = "CC0-1.0", _("Public domain (CC0 1.0)")


LICENCE_URLS = {
    Licence.CC_BY_SA_4: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC_BY_4: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
}


class CreditKind(models.TextChoices):
    PERSON = "person", _("Person")
    ORGANISATION = "organisation", _("Organisation")


class Topic(TranslatableMixin, models.Model):
    """A browsable theme, named in each language; modules belong to one or more topics."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=True)
    description = models.TextField(_("description"), blank=True, max_length=600)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")]

    def __str__(self):
        return self.name


def searchable_text(page):
    """Title, summary and body of a page in one Arabic-normalised string for the search index."""
    parts = [page.title, getattr(page, "summary", "")]
    body = getattr(page, "body", None)
    if body is not None:
        parts += body.stream_block.get_searchable_content(body)
    return normalize_arabic(strip_tags(" ".join(str(part) for part in parts)))


class AncestorsMixin:
    """A page's ancestors fetched once per page object.

    Wagtail's view-restriction check, the breadcrumbs, the language switcher, the main navigation and a lesson's
    place in its module all need them; each used to run its own query on every page view.
    """

    @cached_property
    def cached_ancestors(self):
        """The page's ancestors from the root down, as plain pages."""
        return list(self.get_ancestors())

    def get_view_restrictions(self):
        """Wagtail's check of this page's and its ancestors' restrictions (aliases resolved), on the kept ancestors."""
        from wagtail.models import PageViewRestriction

        ids = set()
        for page in [self, *self.cached_ancestors]:
            while page.alias_of_id:
                page = page.alias_of
            ids.add(page.pk)
        return PageViewRestriction.objects.filter(page_id__in=ids)


class BasePage(AncestorsMixin, Page):
    """Fields and behaviour shared by every curriculum page."""

    summary = models.TextField(_("summary"), max_length=600, blank=True)

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("search_text"),
    ]

    class Meta:
        abstract = True

    def search_text(self):
        return searchable_text(self)


class CurriculumIndexPage(BasePage):
    """The catalogue: every module in one language, filtered by topic, level and tag."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["curriculum.ModulePage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("summary")]

    class Meta:
        verbose_name = _("catalogue")

    def get_context(self, request, *args, **kwargs):
        from .catalogue import Catalogue

        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = Catalogue(self, request.GET)
        return context


class ModuleTag(TaggedItemBase):
    content_object = ParentalKey("curriculum.ModulePage", on_delete=models.CASCADE, related_name="tagged_items")


class ModulePage(RoutablePageMixin, BasePage):
    """A course on one skill: an ordered set of lessons with outcomes, level, topics and a licence."""

    parent_page_types = ["curriculum.CurriculumIndexPage"]
    subpage_types = ["curriculum.LessonPage"]

    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Outcome"), max_length=300))],
        blank=True,
        verbose_name=_("learning outcomes"),
    )
    audience = models.TextField(_("who it is for"), max_length=600, blank=True)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices, default=Level.BEGINNER)
    topics = ParentalManyToManyField("curriculum.Topic", blank=True, related_name="modules", verbose_name=_("topics"))
    tags = ClusterTaggableManager(through=ModuleTag, blank=True, verbose_name=_("tags"))
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    licence = models.CharField(_("licence"), max_length=20, choices=Licence.choices, default=Licence.CC_BY_SA_4)

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        FieldPanel("audience"),
        MultiFieldPanel(
            [FieldPanel("level"), FieldPanel("topics"), FieldPanel("tags"), FieldPanel("cover_image")],
            heading=_("Catalogue"),
        ),
        MultiFieldPanel([FieldPanel("licence"), InlinePanel("credits", label=_("Credits"))], heading=_("Credits")),
    ]

    search_fields = BasePage.search_fields + [index.FilterField("level")]

    # The read-only JSON API (curriculum/api.py): public fields only; topics named in the module's own language.
    api_fields = [
        APIField("summary"),
        APIField("learning_outcomes"),
        APIField("audience"),
        APIField("level"),
        APIField(
            "topics",
            serializer=serializers.SlugRelatedField(
                many=True, read_only=True, slug_field="name", source="localized_topics"
            ),
        ),
        APIField("tags"),
        APIField("estimated_minutes"),
        APIField("licence"),
        APIField("licence_url"),
        APIField("credits"),
        APIField("last_published_at"),
    ]

    class Meta:
        verbose_name = _("module")

    @cached_property
    def lessons(self):
        """The module's live lessons, in order."""
        return list(LessonPage.objects.live().child_of(self).order_by("path"))

    @property
    def estimated_minutes(self):
        return sum(lesson.estimated_minutes for lesson in self.lessons)

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    def localized_topics(self):
        """Topics in the module's own language, whichever edition the relation points to."""
        keys = self.topics.values_list("translation_key", flat=True)  # also on a draft (a FakeQuerySet) in previews
        return Topic.objects.filter(locale_id=self.locale_id, translation_key__in=keys)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = list(self.localized_topics())
        context["credits"] = list(self.credits.all())
        context["tags"] = list(self.tags.all())
        return context

    def download_links(self):
        """Links to the module's PDF and single-file HTML, with their sizes once built (curriculum/downloads.py)."""
        return downloads.links(self)

    @path("download/<str:fmt>/", name="download")
    def download(self, request, fmt):
        """The module in its language as one PDF or one self-contained HTML file; live pages only, never previews."""
        if fmt not in downloads.FORMATS or getattr(request, "is_preview", False):
            raise Http404
        return downloads.response(self, fmt)


class Credit(Orderable):
    """A person or organisation credited on a page, shown with the licence."""

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=CreditKind.choices, default=CreditKind.PERSON)
    role = models.CharField(_("role"), max_length=200, blank=True)
    url = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("role"), FieldPanel("url")]
    # What the JSON API shows of a credit: never the contribution behind it, nor the contributor's email.
    api_fields = [APIField("name"), APIField("kind"), APIField("role"), APIField("url")]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.name


class ModuleCredit(Credit):
    """A person or organisation credited for a module."""

    page = ParentalKey(ModulePage, on_delete=models.CASCADE, related_name="credits")


class LessonPage(BasePage):
    """One self-paced how-to unit of a module."""

    parent_page_types = ["curriculum.ModulePage"]
    subpage_types = []

    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=15)
    body = StreamField(LessonStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
        InlinePanel("credits", label=_("Credits")),
    ]

    # The read-only JSON API (curriculum/api.py): a lesson's level, topics and licence are its module's.
    api_fields = [
        APIField("summary"),
        APIField("body"),
        APIField("estimated_minutes"),
        APIField("level", serializer=serializers.CharField(source="get_parent.specific.level", read_only=True)),
        APIField(
            "topics",
            serializer=serializers.SlugRelatedField(
                many=True, read_only=True, slug_field="name", source="get_parent.specific.localized_topics"
            ),
        ),
        APIField("licence", serializer=serializers.CharField(source="get_parent.specific.licence", read_only=True)),
        APIField("credits"),
        APIField("last_published_at"),
    ]

    class Meta:
        verbose_name = _("lesson")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["place"] = LessonPlace.of(self)
        context["credits"] = list(self.credits.all())
        # One query: the other edition, when it was published after this one was translated from it.
        context["newer_edition"] = EditionSync.objects.newer_edition_of(self)
        context["body_cache_key"] = self.body_cache_key(request)
        return context

    def body_cache_key(self, request):
        """What the rendered body of the live lesson is kept under in the shared cache; None for previews.

        The body is the costliest part of a lesson to render and depends only on the published revision, the
        language and the pages it links to, so the key holds the revision and the content generation that
        every publish bumps (home/cache.py). Previews and drafts are always rendered afresh.
        """
        if getattr(request, "is_preview", False) or not self.live or not self.live_revision_id:
            return None
        from home.cache import CACHE_ALIAS, current_generation

        return f"{self.pk}.{self.live_revision_id}.{current_generation(caches[CACHE_ALIAS])}"


class LessonCredit(Credit):
    """A person or organisation credited for a lesson, such as the contributor of an approved proposal."""

    page = ParentalKey(LessonPage, on_delete=models.CASCADE, related_name="credits")
    contribution = models.ForeignKey(
        "contributions.Contribution",
        verbose_name=_("contribution"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


class LessonPlace:
    """Where a lesson sits in its module: its number, the total, and its neighbours."""

    def __init__(self, module, siblings, lesson):
        self.module = module
        self.siblings = siblings
        ids = [page.pk for page in siblings]
        self.index = ids.index(lesson.pk) if lesson.pk in ids else 0
        self.number = self.index + 1
        self.total = len(siblings)

    @classmethod
    def of(cls, lesson):
        module = lesson.cached_ancestors[-1]
        # get_children() selects by a range of paths, which uses the path index on every database; child_of()'s
        # LIKE 'path%' scans every page on SQLite (1.3 ms a lesson with 4,000 lessons: docs/performance.md).
        siblings = list(
            module.get_children().live().type(LessonPage).order_by("path").only("title", "url_path", "path")
        )
        return cls(module, siblings, lesson)

    @property
    def previous(self):
        return self.siblings[self.index - 1] if self.index > 0 else None

    @property
    def next(self):
        return self.siblings[self.index + 1] if self.index + 1 < self.total else None
