"""Wagtail admin hooks for translations: URLs, the report in the Reports menu, buttons, and right-to-left fields.

Imported by curriculum/wagtail_hooks.py.
"""

from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies.pages import PagePermissionPolicy

from ..models import LessonPage, ModulePage
from . import views
from .actions import translation_of

# Before wagtail-localize's own URLs (order 0), so that ours answers its sync address: see SyncTranslationsView.
URL_ORDER = -10


@hooks.register("register_admin_urls", order=URL_ORDER)
def register_translation_urls():
    urls = [
        path("status/", views.TranslationStatusView.as_view(), name="status"),
        path("status/results/", views.TranslationStatusView.as_view(results_only=True), name="status_results"),
        path("module/<int:page_id>/translate/", views.translate_module_view, name="translate_module"),
        path("page/<int:page_id>/review/", views.submit_for_review_view, name="review"),
    ]
    return [
        path("localize/update/<int:translation_source_id>/", views.SyncTranslationsView.as_view(), name="minbar_sync"),
        path("translations/", include((urls, "curriculum_translation"), namespace="curriculum_translation")),
    ]


class TranslationStatusMenuItem(MenuItem):
    """Shown to staff who can add, edit or publish pages somewhere."""

    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(request.user, ["add", "change", "publish"])


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        gettext_lazy("Translation status"),
        reverse("curriculum_translation:status"),
        icon_name="wagtail-localize-language",
        order=8900,
    )


def translation_buttons(page, user, next_url=None, view_name=None):
    """ "Translate module" and "Translation status" on modules; "Submit translation for review" on translations."""
    model = page.specific_class
    if model is ModulePage and user.has_perm("wagtail_localize.submit_translation"):
        yield Button(
            _("Translate module"),
            reverse("curriculum_translation:translate_module", args=[page.pk]),
            icon_name="wagtail-localize-language",
            priority=58,
        )
    if model is ModulePage:
        yield Button(
            _("Translation status"),
            reverse("curriculum_translation:status") + f"?module={page.pk}",
            icon_name="list-ul",
            priority=59,
        )
    if model in (ModulePage, LessonPage) and translation_of(page) is not None:
        yield Button(
            _("Submit translation for review"),
            reverse("curriculum_translation:review", args=[page.pk]),
            icon_name="tasks",
            priority=61,
        )


hooks.register("register_page_listing_more_buttons", translation_buttons)
hooks.register("register_page_header_buttons", translation_buttons)


@hooks.register("insert_global_admin_js")
def editions_js():
    """Content fields follow their text's direction; the translation editor gets a "Submit for review" link."""
    return format_html(
        '<script src="{}" data-review-url="{}" data-review-label="{}" defer></script>',
        static("curriculum/admin/editions.js"),
        reverse("curriculum_translation:review", args=[0]),
        _("Submit for review"),
    )


@hooks.register("insert_global_admin_css")
def editions_css():
    return format_html('<link rel="stylesheet" href="{}">', static("curriculum/admin/editions.css"))
