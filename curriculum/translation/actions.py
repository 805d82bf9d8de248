"""What editors do to translations: translate a whole module at once, submit a translation for review.

Both go through wagtail-localize's own operations, so the result is the same as its "Translate this page" view
(with "include subtree") and its translation editor; they only add what wagtail-localize leaves out: translating
just the pages that have no edition yet, and sending a translation into the page's moderation workflow.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation
from wagtail_localize.operations import translate_object


def untranslated_pages(module, locale):
    """The module and its lessons (drafts included) that have no edition in locale yet, in tree order."""
    pages = [module, *module.get_children().order_by("path")]
    done = set(
        Page.objects.filter(
            translation_key__in=[page.translation_key for page in pages], locale=locale, alias_of__isnull=True
        ).values_list("translation_key", flat=True)
    )
    return [page for page in pages if page.translation_key not in done]


@transaction.atomic
def translate_module(module, locale, user):
    """Translate the module page and every lesson missing in locale; each new edition is a draft.

    Pages that already have an edition in locale are left alone: they are kept in step by syncing instead.
    With WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE off, wagtail-localize saves translated pages as drafts.
    """
    pages = untranslated_pages(module, locale)
    for page in pages:
        translate_object(page.specific, [locale], user=user)
    return pages


def translation_of(page):
    """The enabled wagtail-localize translation whose target is page, or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


@transaction.atomic
def submit_for_review(translation, page, user):
    """Save the translated strings as a new draft of page and send it to the page's workflow for review.

    wagtail-localize keeps a translator's strings apart from the page until someone publishes; here they become a
    draft revision instead, and the workflow (Wagtail's "Moderators approval") publishes it when approved. A
    workflow already under way is restarted on the new draft, or resumed if changes had been requested, as
    Wagtail's own page editor does.
    """
    if not page.permissions_for_user(user).can_edit():
        raise PermissionDenied
    workflow = page.get_workflow()
    if workflow is None:
        raise PermissionDenied
    translation.save_target(user=user, publish=False)
    page = page.specific_class.objects.get(pk=page.pk)
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        if state is not None:
            state.cancel(user=user)
        workflow.start(page, user)
    return page
