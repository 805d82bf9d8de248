"""Where each page stands with its translations: untranslated, in progress, out of date or current.

Computed in a handful of queries for a whole list of pages, for the "Translation status" report.
"""

from dataclasses import dataclass

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, WorkflowState, get_default_page_content_type
from wagtail_localize.models import Translation, TranslationSource

from .models import EditionSync


class Status(models.TextChoices):
    """The state of one page's edition in one other language."""

    UNTRANSLATED = "untranslated", _("Untranslated")
    IN_PROGRESS = "in_progress", _("In progress")
    OUT_OF_DATE = "out_of_date", _("Out of date")
    CURRENT = "current", _("Current")
    SEPARATE = "separate", _("Written separately")


@dataclass
class EditionStatus:
    """One row of the report: a source page, one target language, and how its edition there stands."""

    page: Page
    locale: Locale
    status: str
    target: Page | None = None
    source_id: int | None = None
    in_review: bool = False

    @property
    def label(self):
        return Status(self.status).label

    @property
    def edit_url(self):
        """The target's editor: wagtail-localize's translation editor for a translated page."""
        return reverse("wagtailadmin_pages:edit", args=[self.target.pk]) if self.target else ""

    @property
    def sync_url(self):
        """wagtail-localize's sync view for the source page (ours, which never publishes, answers it)."""
        return reverse("wagtail_localize:update_translations", args=[self.source_id]) if self.source_id else ""

    @property
    def translate_url(self):
        return reverse("wagtail_localize:submit_page_translation", args=[self.page.pk])


def classify(page, target, source, synced, in_review):
    """The status of target (page's edition in another language) given wagtail-localize's records and ours."""
    if target is None or target.alias_of_id:
        return Status.UNTRANSLATED
    if source is None or not synced:
        return Status.SEPARATE
    if not target.live:
        return Status.IN_PROGRESS
    sync = target.sync
    live_at = sync.live_source_at if sync else source.last_updated_at
    source_changed = page.live and page.last_published_at and (not live_at or page.last_published_at > live_at)
    if source_changed:
        drafted_at = sync.draft_source_at if sync else None
        work_started = any(at and at >= page.last_published_at for at in (source.last_updated_at, drafted_at))
        return Status.IN_PROGRESS if work_started else Status.OUT_OF_DATE
    if target.has_unpublished_changes or in_review:
        return Status.IN_PROGRESS
    return Status.CURRENT


def edition_statuses(pages, locales):
    """An EditionStatus for each page (a source edition) and each of locales other than its own."""
    keys = {page.translation_key for page in pages}
    editions = {
        (edition.translation_key, edition.locale_id): edition
        for edition in Page.objects.filter(translation_key__in=keys).only(
            "translation_key", "locale_id", "live", "has_unpublished_changes", "alias_of_id", "last_published_at"
        )
    }
    syncs = {sync.page_id: sync for sync in EditionSync.objects.filter(page_id__in=[e.pk for e in editions.values()])}
    for edition in editions.values():
        edition.sync = syncs.get(edition.pk)
    sources = {
        (source.object_id, source.locale_id): source
        for source in TranslationSource.objects.filter(object_id__in=keys).only(
            "object_id", "locale_id", "last_updated_at"
        )
    }
    linked = set(
        Translation.objects.filter(source__in=sources.values(), enabled=True).values_list(
            "source_id", "target_locale_id"
        )
    )
    in_review = set(
        WorkflowState.objects.filter(
            base_content_type=get_default_page_content_type(),
            object_id__in=[str(e.pk) for e in editions.values()],
            status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
        ).values_list("object_id", flat=True)
    )
    rows = []
    for page in pages:
        source = sources.get((page.translation_key, page.locale_id))
        for locale in locales:
            if locale.pk == page.locale_id:
                continue
            target = editions.get((page.translation_key, locale.pk))
            synced = source is not None and (source.pk, locale.pk) in linked
            reviewing = target is not None and str(target.pk) in in_review
            status = classify(page, target, source, synced, reviewing)
            rows.append(EditionStatus(page, locale, status, target, source.pk if source else None, reviewing))
    return rows
