"""Content helpers run inside `manage.py shell`: synthetic curriculum and discovery of the pages to measure."""

import json
import re

from curriculum.models import CurriculumIndexPage, LessonPage, ModulePage, Topic
from curriculum.starter.topics import TOPICS
from curriculum.tests.factories import load, module_data
from home.models import HomePage

MODULES = 8
LANGUAGES = ("ar", "en")
LEVELS = ("beginner", "intermediate", "advanced")


def load_synthetic():
    """Load 8 modules of 3-4 lessons in Arabic and English, spread over the starter topics and levels."""
    topics = list(TOPICS)
    modules = [
        module_data(
            slug=f"bench-module-{n}",
            lessons=3 + n % 2,
            topics=(topics[n % len(topics)], topics[(n + 1) % len(topics)]),
            level=LEVELS[n % len(LEVELS)],
        )
        for n in range(1, MODULES + 1)
    ]
    print(json.dumps({"created": load(*modules)}))


def discover():
    """Print, as one JSON line, the path of each page type to measure in each language."""
    module = ModulePage.objects.live().filter(locale__language_code="ar").order_by("path").first()
    lesson = LessonPage.objects.live().child_of(module).order_by("path").first() if module else None
    topic = Topic.objects.filter(locale__language_code="ar", modules__isnull=False).order_by("pk").first()
    if lesson is None or topic is None:
        raise SystemExit("no module with lessons and a topic found: is the curriculum loaded?")
    pages = {}
    for lang in LANGUAGES:
        home = HomePage.objects.live().get(locale__language_code=lang)
        edition = {kind: page.get_translation(home.locale) for kind, page in (("module", module), ("lesson", lesson))}
        lesson_title = edition["lesson"].title
        pages[lang] = {
            "home": home.get_url(),
            "catalogue": CurriculumIndexPage.objects.live().child_of(home).first().get_url(),
            "module": edition["module"].get_url(),
            "lesson": edition["lesson"].get_url(),
            "topic": home.get_url() + home.reverse_subpage("topic", kwargs={"slug": topic_slug(topic, home.locale)}),
            "search": home.get_url() + home.reverse_subpage("search"),
            "query": longest_word(lesson_title),
        }
    print(json.dumps(pages))


def topic_slug(topic, locale):
    """The slug of a topic's edition in the given language."""
    return Topic.objects.get(translation_key=topic.translation_key, locale=locale).slug


def longest_word(text):
    """The longest word of a title, a query sure to match at least that page."""
    return max(re.findall(r"\w+", text), key=len)
