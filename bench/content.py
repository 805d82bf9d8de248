"""The pages to measure, found in the database (run inside Django by the benchmark's probes)."""

import json
import re
from urllib.parse import quote

from django.urls import reverse
from django.utils import translation

from curriculum.models import CurriculumIndexPage, LessonPage, ModulePage, Topic
from home.models import HomePage

LANGUAGES = ("ar", "en")
PAGE_TYPES = ("home", "catalogue", "module", "lesson", "topic", "search", "contribute")


def discover():
    """Path of one page of each type in each language: {"ar": {"home": "/ar/", ...}, "en": {...}}.

    The module and lesson are the middle ones of the catalogue, so that they sit among the others rather than at
    an edge of the tree; the search looks for a word of that lesson's title, which many generated lessons share.
    """
    modules = ModulePage.objects.live().filter(locale__language_code="ar").order_by("path")
    module = modules[modules.count() // 2] if modules.exists() else None
    lessons = LessonPage.objects.live().child_of(module).order_by("path") if module else LessonPage.objects.none()
    lesson = lessons[lessons.count() // 2] if lessons.exists() else None
    topic = Topic.objects.filter(locale__language_code="ar", modules__isnull=False).order_by("pk").first()
    if lesson is None or topic is None:
        raise SystemExit("no module with lessons and a topic found: is the curriculum loaded?")
    pages = {}
    for lang in LANGUAGES:
        home = HomePage.objects.live().get(locale__language_code=lang)
        edition = {kind: page.get_translation(home.locale) for kind, page in (("module", module), ("lesson", lesson))}
        with translation.override(lang):
            contribute = reverse("contributions:new_lesson")
        paths = {
            "home": home.get_url(),
            "catalogue": CurriculumIndexPage.objects.live().child_of(home).first().get_url(),
            "module": edition["module"].get_url(),
            "lesson": edition["lesson"].get_url(),
            "topic": home.get_url() + home.reverse_subpage("topic", kwargs={"slug": topic_slug(topic, home.locale)}),
            "search": home.get_url() + home.reverse_subpage("search") + "?q=" + longest_word(edition["lesson"].title),
            "contribute": contribute,
        }
        pages[lang] = {kind: quote(path, safe="/?=&") for kind, path in paths.items()}
    return pages


def print_pages():
    """Print the pages to measure as one JSON line."""
    print(json.dumps(discover(), ensure_ascii=False))


def topic_slug(topic, locale):
    """The slug of a topic's edition in the given language."""
    return Topic.objects.get(translation_key=topic.translation_key, locale=locale).slug


def longest_word(text):
    """The longest word of a title, a query sure to match at least that page."""
    return max(re.findall(r"\w+", text), key=len)
