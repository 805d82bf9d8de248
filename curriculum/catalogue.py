"""The catalogue's filters and listing, in a fixed number of queries however large it grows."""

from collections import defaultdict

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
    """Attach lesson_count and minutes to each module with one query for all of them."""
    if not modules:
        return modules
    depth = modules[0].depth + 1
    paths = {module.path: module for module in modules}
    counts, minutes = defaultdict(int), defaultdict(int)
    lessons = LessonPage.objects.live().filter(depth=depth, locale=modules[0].locale_id)
    for path, mins in lessons.values_list("path", "estimated_minutes"):
        parent = path[: -LessonPage.steplen]
        if parent in paths:
            counts[parent] += 1
            minutes[parent] += mins
    for path, module in paths.items():
        module.lesson_count = counts[path]
        module.total_minutes = minutes[path]
    return modules
