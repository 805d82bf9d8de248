"""What each translated page was made from, so an edition can tell that its source has changed since.

wagtail-localize captures the source edition's live content into a TranslationSource (on translate and on sync,
stamping `last_updated_at`), and writes target revisions from it (logging a TranslationLog). It does not remember
which capture a live translation came from; EditionSync does, from its signals:

- a target revision written by wagtail-localize records the capture time of the source it was made from;
- when that revision is published (directly or by a moderator approving it), the capture time becomes the live one;
- a translation linked to a page that is already live (the starter curriculum) counts as made from the source now.

The live edition is out of date when the source was published after the capture its live version came from.
"""

from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, get_default_page_content_type
from wagtail.signals import page_published
from wagtail_localize.models import Translation, TranslationLog


class EditionSyncQuerySet(models.QuerySet):
    """Look-ups the public pages make: one query per page."""

    def newer_edition_of(self, page):
        """The source edition of `page` when it was published after page's live version was made, else None."""
        sync = self.select_related("source_page__locale").filter(page_id=page.pk).first()
        if sync is None or not sync.is_out_of_date(page):
            return None
        return sync.source_page


class EditionSync(models.Model):
    """For one translated page: its source edition and when the source content behind its draft and live was taken."""

    page = models.OneToOneField(
        "wagtailcore.Page", verbose_name=_("translated page"), on_delete=models.CASCADE, related_name="edition_sync"
    )
    source_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("source page"), on_delete=models.CASCADE, related_name="+"
    )
    draft_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    draft_source_at = models.DateTimeField(null=True, blank=True)
    live_source_at = models.DateTimeField(null=True, blank=True)

    objects = EditionSyncQuerySet.as_manager()

    class Meta:
        verbose_name = _("edition sync")

    def __str__(self):
        return f"{self.page_id} ← {self.source_page_id}"

    def is_out_of_date(self, page):
        """Whether `page` (this row's translated page, live) lags behind its live source edition."""
        source = self.source_page
        return bool(
            page.live
            and source.live
            and self.live_source_at
            and source.last_published_at
            and source.last_published_at > self.live_source_at
        )


def source_page_of(source):
    """The page a TranslationSource was captured from, or None for snippets."""
    return Page.objects.filter(translation_key=source.object_id, locale_id=source.locale_id).first()


@receiver(post_save, sender=TranslationLog)
def remember_draft_source(sender, instance, created, **kwargs):
    """A target revision written by wagtail-localize: remember which capture of the source it was made from."""
    revision = instance.revision
    if not created or revision is None or revision.base_content_type_id != get_default_page_content_type().pk:
        return
    source_page = source_page_of(instance.source)
    if source_page is None:
        return
    EditionSync.objects.update_or_create(
        page_id=int(revision.object_id),
        defaults={
            "source_page": source_page,
            "draft_revision": revision,
            "draft_source_at": instance.source.last_updated_at,
        },
    )


@receiver(page_published)
def remember_live_source(sender, instance, revision, **kwargs):
    """The revision made from the source is now live: the live edition reflects that capture."""
    EditionSync.objects.filter(page_id=instance.pk, draft_revision_id=revision.pk).update(
        live_source_at=models.F("draft_source_at")
    )


@receiver(post_save, sender=Translation)
def adopt_live_translation(sender, instance, created, **kwargs):
    """A translation linked to a page already live is taken as made from the source as it is now."""
    if not created:
        return
    source = instance.source
    target = Page.objects.filter(translation_key=source.object_id, locale_id=instance.target_locale_id).first()
    source_page = source_page_of(source)
    if target is None or source_page is None or not target.live:
        return
    EditionSync.objects.get_or_create(
        page=target, defaults={"source_page": source_page, "live_source_at": source.last_updated_at}
    )
