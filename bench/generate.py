"""A large bilingual curriculum and many contributions, written in bulk (run inside Django by bench/database.py).

Wagtail's add_child and publish take tens of milliseconds a page; 4,000 pages that way take minutes. Here the tree
is written as treebeard lays it out (path, depth, numchild, url_path), the base and specific rows with one INSERT
per batch, and each page gets a published revision, so every page is what publishing would have left: live, with
a revision, in the search index, reachable in both languages (same translation_key, other locale). Lesson bodies
are the starter curriculum's own, cycled, so pages weigh what real lessons weigh.
"""

import hashlib
import json
import time
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Page, Revision

from contributions.models import Contribution, ContributorType, Kind, Status
from curriculum.models import CreditKind, CurriculumIndexPage, LessonPage, ModuleCredit, ModulePage, ModuleTag, Topic
from curriculum.starter.loader import CREDIT, StarterLoader, key, load_modules, stream

LANGUAGES = ("ar", "en")
BATCH = 200
# Share of each status among generated contributions: most are in review or decided, a few unconfirmed or spam.
STATUS_CYCLE = [Status.IN_REVIEW] * 8 + [Status.APPROVED] * 4 + [Status.REJECTED] * 3 + [Status.UNVERIFIED] * 2
STATUS_CYCLE += [Status.CHANGES_REQUESTED, Status.SPAM, Status.WITHDRAWN, Status.EXPIRED]


def generate(modules, lessons, contributions):
    """Build homes, catalogues and topics, then `modules` × `lessons` pages in each language, then contributions."""
    started = time.monotonic()
    with transaction.atomic():
        StarterLoader().run(modules=[])
        Curriculum(modules, lessons).write()
        write_contributions(contributions)
    # The search index is filled the way `manage.py update_index` fills it for any site.
    call_command("update_index", verbosity=0)
    counts = {"modules": ModulePage.objects.count(), "lessons": LessonPage.objects.count()}
    counts |= {"contributions": Contribution.objects.count(), "seconds": round(time.monotonic() - started, 1)}
    print(json.dumps(counts))


class Curriculum:
    """Modules and lessons for both languages, modelled on the starter curriculum's modules and lessons."""

    def __init__(self, modules, lessons):
        self.modules, self.lessons = modules, lessons
        self.samples = load_modules()
        self.sample_lessons = [(module, lesson) for module in self.samples for lesson in module["lessons"]]
        self.now = timezone.now()
        self.catalogues = {lang: CurriculumIndexPage.objects.get(locale__language_code=lang) for lang in LANGUAGES}
        self.topics = {
            lang: {t.slug: t for t in Topic.objects.filter(locale__language_code=lang)} for lang in LANGUAGES
        }
        self.content_types = {
            model: ContentType.objects.get_for_model(model) for model in (Page, ModulePage, LessonPage)
        }
        self.bodies, self.tag_cache = {}, {}

    def write(self):
        """Write every page with its revision and relations, then give the catalogues their children."""
        for lang in LANGUAGES:
            catalogue = self.catalogues[lang]
            modules = [self.module(catalogue, n) for n in range(self.modules)]
            self.save_pages(ModulePage, modules)
            self.save_module_relations(modules, lang)
            lessons = [self.lesson(module, n, j) for n, module in enumerate(modules) for j in range(self.lessons)]
            self.save_pages(LessonPage, lessons)
            Page.objects.filter(pk=catalogue.pk).update(numchild=catalogue.numchild + len(modules))

    def base_fields(self, parent, step, slug, title, model, translation_key):
        """Tree position (the step-th child of parent) and publication fields, as add_child and publish set them."""
        return {
            "path": Page._get_path(parent.path, parent.depth + 1, step),
            "depth": parent.depth + 1,
            "url_path": f"{parent.url_path}{slug}/",
            "slug": slug,
            "title": title,
            "draft_title": title,
            "locale_id": parent.locale_id,
            "translation_key": translation_key,
            "content_type_id": self.content_types[model].pk,
            "live": True,
            "has_unpublished_changes": False,
            "first_published_at": self.now,
            "last_published_at": self.now,
            "latest_revision_created_at": self.now,
        }

    def module(self, catalogue, n):
        """The n-th module of a catalogue, after the starter module it is modelled on."""
        lang, sample = catalogue.locale.language_code, self.samples[n % len(self.samples)]
        slug, text = f"{sample['slug']}-{n + 1}", sample[lang]
        page = ModulePage(
            **self.base_fields(
                catalogue, catalogue.numchild + n + 1, slug, f"{text['title']} {n + 1}", ModulePage, key("bench", slug)
            ),
            numchild=self.lessons,
            summary=text["summary"],
            audience=text["audience"],
            level=sample["level"],
            learning_outcomes=json.dumps(
                [
                    {"type": "outcome", "value": outcome, "id": str(key(slug, str(i)))}
                    for i, outcome in enumerate(text["outcomes"])
                ]
            ),
        )
        page.lang = lang
        page.topics = [self.topics[lang][topic] for topic in sample["topics"]]
        page.credits = [ModuleCredit(name=CREDIT[lang], kind=CreditKind.ORGANISATION, sort_order=0)]
        page.tagged_items = [ModuleTag(tag=tag) for tag in self.tags(sample["tags"][lang])]
        return page

    def lesson(self, module, n, j):
        """The j-th lesson of the n-th module: a starter lesson's text and body, cycled."""
        lang = module.lang
        sample_module, sample = self.sample_lessons[(n * self.lessons + j) % len(self.sample_lessons)]
        slug, text = f"{j + 1:02d}-{sample['slug']}", sample[lang]
        page = LessonPage(
            **self.base_fields(module, j + 1, slug, text["title"], LessonPage, key("bench", module.slug, slug)),
            summary=text["summary"],
            estimated_minutes=sample["minutes"],
            body=self.body(lang, sample_module, sample),
        )
        page.credits = []
        return page

    def body(self, lang, sample_module, sample):
        """A starter lesson's body as stored, computed once per lesson and language."""
        cache_key = (lang, sample_module["slug"], sample["slug"])
        if cache_key not in self.bodies:
            self.bodies[cache_key] = stream(sample[lang]["body"], f"{sample_module['slug']}/{sample['slug']}")
        return self.bodies[cache_key]

    def tags(self, names):
        """Taggit tags by name, created once (taggit gives them their slug as when an editor types them)."""
        for name in names:
            if name not in self.tag_cache:
                self.tag_cache[name] = Tag.objects.filter(name=name).first() or Tag.objects.create(name=name)
        return [self.tag_cache[name] for name in names]

    def save_pages(self, model, pages):
        """Insert base rows, then the model's own rows, then one published revision each, in batches."""
        for batch in chunks(pages, BATCH):
            bases = Page.objects.bulk_create([base_page(page) for page in batch])
            for page, base in zip(batch, bases, strict=True):
                page.pk = page.id = page.page_ptr_id = base.pk
            model._base_manager._insert(batch, fields=model._meta.local_concrete_fields)
            revisions = Revision.objects.bulk_create([self.revision(page) for page in batch])
            for base, revision in zip(bases, revisions, strict=True):
                base.latest_revision_id = base.live_revision_id = revision.pk
            Page.objects.bulk_update(bases, ["latest_revision", "live_revision"])

    def revision(self, page):
        """A published revision holding what the page holds, as save_revision() would store it."""
        return Revision(
            content_type_id=page.content_type_id,
            base_content_type_id=self.content_types[Page].pk,
            object_id=str(page.pk),
            created_at=self.now,
            object_str=page.title,
            content=page.serializable_data(),
        )

    def save_module_relations(self, modules, lang):
        """Topics, tags and credits of the modules, as the admin's form would save them."""
        through = ModulePage.topics.through
        through.objects.bulk_create(
            [through(modulepage_id=module.pk, topic_id=topic.pk) for module in modules for topic in module.topics.all()]
        )
        ModuleTag.objects.bulk_create(
            [
                ModuleTag(tag=item.tag, content_object_id=module.pk)
                for module in modules
                for item in module.tagged_items.all()
            ]
        )
        ModuleCredit.objects.bulk_create(
            [
                ModuleCredit(name=CREDIT[lang], kind=CreditKind.ORGANISATION, sort_order=0, page_id=module.pk)
                for module in modules
            ]
        )


def base_page(page):
    """The wagtailcore_page row of a specific page."""
    return Page(
        **{field.attname: getattr(page, field.attname) for field in Page._meta.concrete_fields if not field.primary_key}
    )


def chunks(items, size):
    """Python 3.11 has no itertools.batched."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def write_contributions(count):
    """`count` proposals from the public in every status, kind and language, spread over the last 90 days."""
    if not count:
        return
    modules = list(ModulePage.objects.values_list("pk", "locale__language_code"))
    lessons = list(LessonPage.objects.values_list("pk", "locale__language_code")[:500])
    now = timezone.now()
    kinds = [Kind.NEW_LESSON, Kind.NEW_LESSON, Kind.EDIT_LESSON, Kind.MODULE_IDEA]
    rows = []
    for n in range(count):
        kind = kinds[n % len(kinds)]
        module_id, lang = modules[n % len(modules)]
        lesson_id = None
        if kind == Kind.EDIT_LESSON:
            lesson_id, lang = lessons[n % len(lessons)]
            module_id = None
        title = {"ar": f"اقتراح درس رقم {n}", "en": f"Lesson proposal number {n}"}[lang]
        rows.append(
            Contribution(
                kind=kind,
                status=STATUS_CYCLE[n % len(STATUS_CYCLE)],
                language=lang,
                module_id=module_id if kind != Kind.MODULE_IDEA else None,
                lesson_id=lesson_id,
                title=title,
                summary=title,
                body=json.dumps([{"type": "text", "value": f"<p>{title}</p>", "id": str(key("contribution", str(n)))}]),
                details=title if kind == Kind.MODULE_IDEA else "",
                credit_name=f"Contributor {n % 997}",
                email=f"contributor{n % 997}@example.org",
                contributor_type=ContributorType.ORGANISATION if n % 5 == 0 else ContributorType.INDIVIDUAL,
                organisation_name=f"Organisation {n % 89}" if n % 5 == 0 else "",
                consent_licence=True,
                confirms_rights=True,
                tracking_token=hashlib.sha256(f"bench-contribution-{n}".encode()).hexdigest()[:43],
                created_at=now - timedelta(minutes=13 * n),
                live=False,
            )
        )
    Contribution.objects.bulk_create(rows, batch_size=BATCH)
