"""Background work of the curriculum: building a module's downloads soon after it or one of its lessons changes.

A learner's request builds a missing download too (curriculum/downloads.py); the task only spares the first learner
after a change the seconds a PDF takes. It is queued only where a worker runs tasks in the background (a backend
that can defer them): with the immediate backend it would make the editor's "Publish" wait for the PDF instead.
"""

from datetime import timedelta
from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from django_tasks import default_task_backend, task
from wagtail.signals import page_published, page_unpublished

from . import downloads
from .models import LessonPage, ModulePage

# Editors publish a module's lessons one after another: waiting a little lets one build cover all of them.
SETTLE_DELAY = timedelta(seconds=60)


@task()
def build_module_downloads(module_id):
    """Build whichever of the live module's downloads are missing for its current version; returns their names."""
    module = ModulePage.objects.live().filter(pk=module_id).first()
    if module is None:
        return []
    return [downloads.ensure(module, fmt) for fmt in downloads.FORMATS]


def queue_build(module_id):
    """Queue a build of the module's downloads once the publishing has settled."""
    build_module_downloads.using(run_after=timezone.now() + SETTLE_DELAY).enqueue(module_id)


def module_id_of(page):
    """The id of the module a page belongs to (itself for a module), or None for other pages."""
    if isinstance(page, ModulePage):
        return page.pk
    if isinstance(page, LessonPage):
        return page.get_parent().pk
    return None


@receiver(page_published)
@receiver(page_unpublished)
def queue_build_on_change(sender, instance, **kwargs):
    """A module or lesson was published or unpublished: build the module's new downloads in the background."""
    module_id = module_id_of(instance)
    if module_id is None or not default_task_backend.supports_defer:
        return
    transaction.on_commit(partial(queue_build, module_id), robust=True)


@receiver(page_unpublished, sender=ModulePage)
@receiver(post_delete, sender=ModulePage)
def delete_downloads_of_withdrawn_module(sender, instance, **kwargs):
    """An unpublished or deleted module's files must not stay where the media server could still send them."""
    transaction.on_commit(partial(downloads.purge, instance), robust=True)
