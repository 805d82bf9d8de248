"""Admin screens for keeping editions in step: translate a module, submit a translation for review, sync, report."""

import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from wagtail_localize.views.update_translations import UpdateTranslationsForm, UpdateTranslationsView

from ..models import LessonPage, ModulePage
from .actions import submit_for_review, translate_module, translation_of, untranslated_pages
from .status import edition_statuses


class TranslateModuleForm(forms.Form):
    """Which language to translate a module into."""

    locale = forms.ModelChoiceField(
        label=gettext_lazy("Translate into"), queryset=Locale.objects.none(), widget=forms.RadioSelect, empty_label=None
    )

    def __init__(self, module, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locales = Locale.objects.exclude(pk=module.locale_id).order_by("language_code")
        self.fields["locale"].queryset = locales
        self.fields["locale"].label_from_instance = lambda locale: locale.get_display_name()
        self.fields["locale"].initial = locales.first()


def translate_module_view(request, page_id):
    """Translate a module and all its lessons into another language in one go; every new edition is a draft."""
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied
    module = get_object_or_404(ModulePage, pk=page_id)
    form = TranslateModuleForm(module, request.POST or None)
    if request.method == "POST" and form.is_valid():
        locale = form.cleaned_data["locale"]
        pages = translate_module(module, locale, request.user)
        target = module.get_translation(locale)
        names = {"count": len(pages), "title": module.title, "language": locale.get_display_name()}
        if pages:
            message = ngettext(
                "%(count)s page of “%(title)s” was translated into %(language)s as a draft.",
                "%(count)s pages of “%(title)s” were translated into %(language)s as drafts.",
                len(pages),
            )
            messages.success(request, message % names)
        else:
            message = _(
                "Every page of “%(title)s” already has an edition in %(language)s: sync it to bring it up to date."
            )
            messages.info(request, message % names)
        return redirect("wagtailadmin_explore", target.pk)
    pending = [(locale, len(untranslated_pages(module, locale))) for locale in form.fields["locale"].queryset]
    context = {"module": module, "form": form, "pending": pending, "lessons": module.get_children().order_by("path")}
    return TemplateResponse(request, "curriculum/admin/translate_module.html", context)


def submit_for_review_view(request, page_id):
    """Send a translated page, with the strings translated so far, into its moderation workflow."""
    page = get_object_or_404(Page, pk=page_id).specific
    translation = translation_of(page)
    if translation is None:
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    total, done = translation.get_progress()
    if request.method == "POST":
        submit_for_review(translation, page, request.user)
        messages.success(request, _("“%(title)s” has been submitted for review.") % {"title": page.title})
        return redirect("wagtailadmin_pages:edit", page.pk)
    context = {
        "page": page,
        "translation": translation,
        "total": total,
        "done": done,
        "workflow": page.get_workflow(),
        "workflow_state": page.current_workflow_state,
    }
    return TemplateResponse(request, "curriculum/admin/submit_for_review.html", context)


class SyncForm(UpdateTranslationsForm):
    """wagtail-localize's sync form without "Publish immediately": a synced translation is reviewed like any other."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.pop("publish_translations", None)
        self.fields.pop("use_machine_translation", None)


class SyncTranslationsView(UpdateTranslationsView):
    """Sync translated pages with their source; the translations are then updated, reviewed and published as usual."""

    def get_form(self):
        return SyncForm(self.request.POST) if self.request.method == "POST" else SyncForm()

    def form_valid(self, form):
        form.cleaned_data["publish_translations"] = False
        form.cleaned_data["use_machine_translation"] = False
        return super().form_valid(form)


def module_choices(request):
    return ModulePage.objects.select_related("locale").order_by("locale__language_code", "title")


class ModuleChoiceField(forms.ModelChoiceField):
    """Modules named with their language, since each module is listed once per edition."""

    def label_from_instance(self, module):
        return f"{module.title} ({module.locale.get_display_name()})"


class ModuleFilter(django_filters.ModelChoiceFilter):
    field_class = ModuleChoiceField


class TranslationStatusFilterSet(django_filters.FilterSet):
    """Filter the report by module (in every language) and by the language translated into.

    A plain FilterSet: Wagtail's would add a filter on the page's own locale, which here would only confuse.
    """

    module = ModuleFilter(
        label=gettext_lazy("Module"), queryset=module_choices, method="in_module", empty_label=gettext_lazy("All")
    )
    language = django_filters.ChoiceFilter(
        label=gettext_lazy("Translation into"),
        choices=settings.WAGTAIL_CONTENT_LANGUAGES,
        method="into_language",
        widget=forms.RadioSelect,
        empty_label=gettext_lazy("All"),
    )

    class Meta:
        model = Page
        fields = []

    def in_module(self, queryset, name, module):
        editions = Page.objects.filter(translation_key=module.translation_key).values_list("path", flat=True)
        within = Q()
        for path in editions:
            within |= Q(path__startswith=path)
        return queryset.filter(within)

    def into_language(self, queryset, name, language):
        return queryset.exclude(locale__language_code=language)


class TranslationStatusView(ReportView):
    """Every module and lesson written in one language, and how its edition in the other stands."""

    page_title = gettext_lazy("Translation status")
    header_icon = "wagtail-localize-language"
    results_template_name = "curriculum/admin/translation_status_results.html"
    index_url_name = "curriculum_translation:status"
    index_results_url_name = "curriculum_translation:status_results"
    filterset_class = TranslationStatusFilterSet
    model = Page
    any_permission_required = ["add", "change", "publish"]
    columns = []
    paginate_by = 100

    def get_queryset(self):
        """Source editions only: pages that are not themselves the target of a translation."""
        is_target = Translation.objects.filter(
            enabled=True, source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id")
        )
        self.queryset = (
            Page.objects.type(ModulePage, LessonPage)
            .filter(alias_of__isnull=True)
            .exclude(Exists(is_target))
            .select_related("locale")
            .order_by("path")
        )
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        locales = list(Locale.objects.all())
        language = self.filters.form.cleaned_data.get("language") if self.filters is not None else None
        if language:
            locales = [locale for locale in locales if locale.language_code == language]
        return edition_statuses(list(object_list), locales)
