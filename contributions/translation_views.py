"""The public "propose a translation" page: a lesson's missing edition, or a better translation of an existing one."""

from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from curriculum.models import LessonPage

from . import services, translations
from .models import Kind
from .translation_forms import TranslationProposal, direction_attrs, existing_strings
from .views import language, render_form, resend_when_the_database_is_down, reverse_in, start_urls, submit


@resend_when_the_database_is_down
@require_http_methods(["GET", "POST"])
def translate(request, lesson_id):
    """Propose the other edition of a live lesson (or a better one), string by string, beside the original."""
    lesson = get_object_or_404(LessonPage.objects.live().select_related("locale"), pk=lesson_id)
    plan = translations.plan_for(lesson)
    context = {
        "kind": Kind.TRANSLATION,
        "plan": plan,
        "lesson": lesson,
        "title": title_of(plan, lesson),
        "alternate_urls": {code: reverse_in(code, "contributions:translate", lesson.pk) for code in start_urls()},
    }
    if plan.problem:
        return unavailable(request, plan, context)
    context |= {
        "source_dir": direction_attrs(plan.source.locale.language_code),
        "target_dir": direction_attrs(plan.target_language),
        "target_name": plan.target_locale.get_display_name(),
    }
    options = {"plan": plan, "originals": existing_strings(plan), "public": True}
    if request.method == "POST":
        group = TranslationProposal(request.POST, **options)
        return submit(request, group, context, create=create(plan))
    return render_form(request, TranslationProposal.starting_from(**options), context)


def title_of(plan, lesson):
    if plan.problem or plan.is_correction:
        return _("Suggest a better translation of “%(title)s”") % {"title": lesson.title}
    return _("Translate “%(title)s” into %(language)s") % {
        "title": lesson.title,
        "language": plan.target_locale.get_display_name(),
    }


def unavailable(request, plan, context):
    """Why this lesson cannot be translated here, and where to go instead."""
    edition = plan.target if plan.problem == translations.Problem.INDEPENDENT else None
    if edition is not None:
        code = edition.locale.language_code
        context["edit_url"] = reverse_in(code, "contributions:edit_lesson", edition.pk)
    return TemplateResponse(request, "contributions/translation_unavailable.html", context)


def create(plan):
    def create_translation(group):
        return services.create_contribution(
            kind=Kind.TRANSLATION,
            language=language(),
            lesson=plan.source,
            target_language=plan.target_language,
            proposal=group.proposal_data(),
            contributor=group.contributor.contributor_data(),
        )

    return create_translation
