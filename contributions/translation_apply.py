"""Applying an approved translation proposal: wagtail-localize strings in, the edition saved, credited, published.

The edition stays a wagtail-localize translation of its source, as if a translator had typed the strings into the
translation editor: TranslationSource (brought up to date with the live source) → Translation → StringTranslations
imported from the proposal → save_target. Our own step then credits the translator and publishes, as the
moderator's approval is the review.
"""

import polib
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from curriculum.models import LessonPage

from . import translations

MODULE_FIRST = _(
    "The module of this lesson has no %(language)s edition yet. Translate the module first (Translate this page, "
    "in the page menu of the module), then approve this translation."
)
INCOMPLETE = _(
    "The original lesson changed since this translation was proposed: %(missing)d of its passages have no "
    "translation. Request changes so that the contributor can translate them."
)
INDEPENDENT = _(
    "The other edition of this lesson is no longer kept as a translation of it, so this proposal cannot be applied. "
    "Propose the changes as an edit to that edition instead."
)


def apply_translation(contribution, user):
    """Write the approved proposal into the lesson's edition in the target language; returns (page, revision)."""
    from .moderation import credit_for, in_language, keep_draft

    source = LessonPage.objects.live().filter(pk=contribution.lesson_id).first()
    locale = Locale.objects.filter(language_code=contribution.target_language).first()
    if source is None or locale is None:
        raise PermissionDenied(_("The lesson this proposal translates is no longer published."))
    plan = translations.plan_into(source, locale)
    if plan.problem:
        raise PermissionDenied(INDEPENDENT)
    if plan.target is None and plan.module_edition is None:
        raise PermissionDenied(MODULE_FIRST % {"language": locale.get_display_name()})
    link = import_strings(plan, contribution, user)
    draft = plan.target.get_latest_revision() if plan.target and plan.target.has_unpublished_changes else None
    kept = own_credits(plan)
    try:
        link.save_target(user=user, publish=False)
    except ValidationError as error:
        raise PermissionDenied(_("The translation could not be saved: %(reason)s") % {"reason": error}) from error
    page = LessonPage.objects.get(translation_key=source.translation_key, locale=locale)
    credit = credit_for(contribution)
    credit.role = in_language(locale.language_code, _("Translation"))
    page.credits.add(*kept, credit)
    revision = page.save_revision(user=user, log_action=True)
    revision.publish(user=user, skip_permission_checks=True)
    if draft is not None:
        keep_draft(draft)
    return page, revision


def import_strings(plan, contribution, user):
    """The Translation of the source into the target language, with the proposal's strings imported into it."""
    source, _created = TranslationSource.update_or_create_from_instance(plan.source)
    link, _created = Translation.objects.get_or_create(
        source=source, target_locale=plan.target_locale, defaults={"enabled": True}
    )
    po = polib.POFile()
    for (path, original), data in translations.strings_of(plan.source, contribution).items():
        po.append(polib.POEntry(msgid=original, msgctxt=path, msgstr=data))
    if plan.target is None:
        po.append(polib.POEntry(msgid=plan.source.slug, msgctxt="slug", msgstr=new_slug(plan, contribution)))
    link.import_po(po, user=user, tool_name=f"Minbar contribution #{contribution.pk}")
    total, translated = link.get_progress()
    if translated < total:
        raise PermissionDenied(INCOMPLETE % {"missing": total - translated})
    return link


def new_slug(plan, contribution):
    """An address for a new edition: from its title, else the original's (wagtail-localize keeps ASCII slugs)."""
    return slugify(contribution.title)[:200].strip("-") or slugify(plan.source.slug) or "lesson"


def own_credits(plan):
    """Credits of the existing edition that its source lacks (earlier translators), which syncing would drop."""
    if plan.target is None:
        return []
    source_credits = {(c.name, c.kind, c.role) for c in plan.source.credits.all()}
    return [
        type(credit)(
            name=credit.name, kind=credit.kind, role=credit.role, url=credit.url, contribution_id=credit.contribution_id
        )
        for credit in plan.target.credits.all()
        if (credit.name, credit.kind, credit.role) not in source_credits
    ]
