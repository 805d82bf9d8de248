"""The catalogue's filters and listing, in a fixed number of queries however large it grows."""

from django.db.models import Count, Sum
from django.db.models.functions import Substr

from .models import LessonPage, Level, ModulePage, Topic
from .text import strip_invisible


class Catalogue:
    """Modules under a catalogue page in its own language, filtered by topic, level and tag."""

    def __init__(self, index_page, params):
        self.index_page = index_page
        self.locale = index_page.locale
        self.topic_slug = strip_invisible(str(params.get("topic", "")))[:120]
        self.level = strip_invisible(str(params.get("level", "")))[:20]
        self.tag = strip_invisible(str(params.get("tag", "")))[:100]
        self.topics = list(Topic.objects.filter(locale=self.locale))
        self.levels = Level.choices
        self.topic = next((topic for topic in self.topics if topic.slug == self.topic_slug), None)

    def modules(self):
        modules = modules_in(self.locale).child_of(self.index_page)
        if self.topic:
            modules = modules.filter(topics__translation_key=self.topic.translation_key)
        if self.level in Level.values:
            modules = modules.filter(level=self.level)
        if self.tag:
            modules = modules.filter(tags__slug=self.tag)
        return with_lesson_stats(list(modules.distinct()))

    def tags(self):
        from taggit.models import Tag

        return Tag.objects.filter(curriculum_moduletag_items__content_object__locale=self.locale).distinct()

    @property
    def is_filtered(self):
        return bool(self.topic or self.level in Level.values or self.tag)


def modules_in(locale):
    """Live modules of one language, ordered, with what a listing shows fetched up front."""
    return ModulePage.objects.live().filter(locale=locale).order_by("path")


def with_lesson_stats(modules):
    """Attach lesson_count and minutes to each module with one query for all of them.

    The database counts and sums per module (lessons grouped by their parent's tree path), so a listing costs
    the same whether the language holds 20 lessons or 2,000.
    """
    if not modules:
        return modules
    depth = modules[0].depth + 1
    paths = {module.path: module for module in modules}
    parent_length = (depth - 1) * LessonPage.steplen
    stats = (
        LessonPage.objects.live()
        .filter(depth=depth, locale=modules[0].locale_id)
        .annotate(parent=Substr("path", 1, parent_length))
        .filter(parent__in=list(paths))
        .values("parent")
        .annotate(lessons=Count("pk"), minutes=Sum("estimated_minutes"))
        .order_by()
    )
    found = {row["parent"]: row for row in stats}
    for path, module in paths.items():
        row = found.get(path, {})
        module.lesson_count = row.get("lessons", 0)
        module.total_minutes = row.get("minutes") or 0
    return modules
