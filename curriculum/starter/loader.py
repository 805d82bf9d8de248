"""Loads the starter curriculum: Arabic editions first, English editions linked to them through wagtail-localize.

Every object gets a translation key derived from its starter slug, so running the loader again finds what is
there and leaves it (and any editor's changes) alone.
"""

import importlib
import json
import uuid
from collections import defaultdict

import polib
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail.search import index
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from home.models import HomePage

from ..models import CreditKind, CurriculumIndexPage, LessonPage, ModuleCredit, ModulePage, Topic
from .topics import TOPICS

NAMESPACE = uuid.UUID("5b0e6f64-6a0c-4d52-9d4f-6d696e626172")
MODULES = [
    "website",
    "blogging",
    "sms_campaign",
    "online_network",
    "mobilising",
    "transparency",
    "disinformation",
    "shutdowns",
]
SOURCE, TARGET = "ar", "en"
HOME = {
    "ar": {
        "title": "منبر: منهج مفتوح للمجتمع المدني",
        "intro": "دروس عملية قصيرة تتعلّمها بالسرعة التي تناسبك، من بناء موقع لمنظمتك إلى البقاء على اتصال حين "
        "تنقطع الإنترنت. المحتوى مفتوح، ويمكن لأي شخص أن يقترح دروسًا جديدة أو تحسينات.",
    },
    "en": {
        "title": "Minbar: an open curriculum for civil society",
        "intro": "Short, practical lessons at your own pace, from building a website for your organisation to "
        "staying connected when the internet is cut. The content is open, and anyone can propose new lessons "
        "or improvements.",
    },
}
CATALOGUE = {
    "ar": {"title": "الوحدات التعليمية", "summary": "كل وحدات منبر. اختر موضوعًا أو مستوى لتضييق القائمة."},
    "en": {"title": "Modules", "summary": "Every Minbar module. Choose a topic or a level to narrow the list."},
}
CREDIT = {"ar": "فريق تحرير منبر", "en": "Minbar editorial team"}


def key(*parts):
    return uuid.uuid5(NAMESPACE, ":".join(parts))


def load_modules():
    return [importlib.import_module(f"curriculum.starter.{name}").MODULE for name in MODULES]


class StarterLoader:
    """Creates what is missing of the starter curriculum and reports what it did."""

    def __init__(self, log=lambda message: None):
        self.log = log
        self.locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in (SOURCE, TARGET)}
        self.created = 0
        self.new_pages = []

    @transaction.atomic
    def run(self, modules=None):
        homes = self.homes()
        catalogues = self.pair(
            key("catalogue"), homes, lambda lang: CurriculumIndexPage(slug="modules", **CATALOGUE[lang])
        )
        topics = {slug: self.topic(slug, data) for slug, data in TOPICS.items()}
        for module in load_modules() if modules is None else modules:
            self.module(module, catalogues, topics)
        # Index now rather than through the task queue, so search works before a worker has run.
        for page in self.new_pages:
            index.insert_or_update_object(page)
        return self.created

    def homes(self):
        """The Arabic home page as the site root and its English edition beside it."""
        root = Page.get_first_root_node()
        existing = HomePage.objects.filter(translation_key=key("home"), locale=self.locales[SOURCE]).first()
        if existing is None:
            Page.objects.filter(depth=2).exclude(translation_key__in=[key("home")]).filter(
                content_type__model="page"
            ).delete()
        homes = self.pair(
            key("home"), dict.fromkeys(self.locales, root), lambda lang: HomePage(slug=f"home-{lang}", **HOME[lang])
        )
        site = Site.objects.order_by("-is_default_site").first() or Site(hostname="localhost", port=80)
        site.root_page, site.site_name, site.is_default_site = homes[SOURCE], "Minbar", True
        site.save()
        return homes

    def pair(self, translation_key, parents, build, after=None):
        """Both editions of one page under their parents, created when missing; returns {language: page}."""
        pages, made = {}, False
        for lang in (SOURCE, TARGET):
            found = Page.objects.filter(translation_key=translation_key, locale=self.locales[lang]).first()
            if found is None:
                page = build(lang)
                page.translation_key, page.locale = translation_key, self.locales[lang]
                if after:
                    after(page, lang)
                parents[lang].add_child(instance=page)
                page.save_revision().publish()
                self.created += 1
                self.new_pages.append(page)
                made = True
                self.log(f"created {page._meta.verbose_name} “{page.title}” ({lang})")
                found = page
            pages[lang] = found.specific
        if made:
            link_translation(pages[SOURCE], pages[TARGET])
        return pages

    def topic(self, slug, data):
        editions, made = {}, False
        for lang in (SOURCE, TARGET):
            editions[lang], created = Topic.objects.get_or_create(
                translation_key=key("topic", slug), locale=self.locales[lang], defaults={"slug": slug, **data[lang]}
            )
            made = made or created
            self.created += created
        if made:
            link_translation(editions[SOURCE], editions[TARGET])
        return editions

    def module(self, data, catalogues, topics):
        def build(lang):
            text = data[lang]
            return ModulePage(
                slug=data["slug"],
                title=text["title"],
                summary=text["summary"],
                audience=text["audience"],
                level=data["level"],
                learning_outcomes=json.dumps(
                    [
                        {"type": "outcome", "value": outcome, "id": str(key(data["slug"], "outcome", str(i)))}
                        for i, outcome in enumerate(text["outcomes"])
                    ]
                ),
            )

        def relations(page, lang):
            page.topics = [topics[slug][lang] for slug in data["topics"]]
            page.tags.add(*data["tags"][lang])
            page.credits = [ModuleCredit(name=CREDIT[lang], kind=CreditKind.ORGANISATION)]

        modules = self.pair(key("module", data["slug"]), catalogues, build, relations)
        for lesson in data["lessons"]:
            self.lesson(data["slug"], lesson, modules)

    def lesson(self, module_slug, data, modules):
        def build(lang):
            text = data[lang]
            return LessonPage(
                slug=data["slug"],
                title=text["title"],
                summary=text["summary"],
                estimated_minutes=data["minutes"],
                body=stream(text["body"], f"{module_slug}/{data['slug']}"),
            )

        self.pair(key("lesson", module_slug, data["slug"]), modules, build)


def stream(body, prefix):
    """A lesson body with ids derived from position (identical in both editions) and every field filled."""
    raw = []
    for position, (block_type, value) in enumerate(body):
        block_id = f"{prefix}/{position}"
        raw.append({"type": block_type, "value": with_list_ids(value, block_id), "id": str(key(block_id))})
    stream_block = LessonPage.body.field.stream_block
    return json.dumps(stream_block.get_prep_value(stream_block.to_python(raw)))


def with_list_ids(value, prefix):
    """Give every list item a stable id, as Wagtail's ListBlock stores them."""
    if isinstance(value, dict):
        return {name: with_list_ids(child, f"{prefix}/{name}") for name, child in value.items()}
    if isinstance(value, list):
        return [
            {"type": "item", "value": with_list_ids(item, f"{prefix}/{i}"), "id": str(key(f"{prefix}/{i}"))}
            for i, item in enumerate(value)
        ]
    return value


def segments_by_path(instance):
    grouped = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            grouped[segment.path].append(segment.string.data)
    return grouped


def link_translation(source_page, target_page):
    """Record target_page in wagtail-localize as the translation of source_page, string by string."""
    source, _ = TranslationSource.get_or_create_from_instance(source_page)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=target_page.locale, defaults={"enabled": True}
    )
    source_strings = segments_by_path(source_page)
    target_strings = segments_by_path(target_page)
    po = polib.POFile()
    for path, strings in source_strings.items():
        for original, translated in zip(strings, target_strings.get(path, []), strict=False):
            po.append(polib.POEntry(msgid=original, msgctxt=path, msgstr=translated))
    translation.import_po(po, tool_name="Minbar starter curriculum")
