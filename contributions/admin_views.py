"""Admin views for moderators: the contributions listing, the review screen, decisions, and the private image."""

import mimetypes
from datetime import timedelta

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.admin.panels import Panel
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.views import snippets
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.utils.urlpatterns import decorate_urlpatterns

from curriculum.models import LessonPage, ModulePage

from . import diff
from .models import Contribution, ContributorType, Kind, Message, Status
from .moderation import AlreadyDecided
from .translation_review import TranslationReview

# Wagtail's edit view actions a moderator may take on a contribution: save an edit, or decide through the workflow.
# Publishing, unpublishing, submitting and cancelling would bypass the decision (and applying it to the curriculum).
REVIEW_ACTIONS = {"edit", "workflow-action"}
HIDDEN_BY_DEFAULT = {Status.UNVERIFIED, Status.SPAM}
INLINE_IMAGE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/avif"}
AGES = {"day": 1, "week": 7, "month": 30}
CHANGED_WHILE_REVIEWING = _(
    "This proposal changed while you were reviewing it, so nothing was decided. Look over the current version "
    "and decide again."
)


class ContributionPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, except that nobody adds a contribution in the admin: they come from the public."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action != "add"])


class ModeratorsChooserViewSet(SnippetChooserViewSet):
    """A snippet chooser only those who may change the model can open: Wagtail's choosers list to any admin user."""

    def get_urlpatterns(self):
        return decorate_urlpatterns(super().get_urlpatterns(), self.moderators_only)

    def moderators_only(self, view):
        def checked(request, *args, **kwargs):
            if not policy_registry.get_by_type(self.model).user_has_permission(request.user, "change"):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return checked


class ModuleChoiceField(django_filters.fields.ModelChoiceField):
    def label_from_instance(self, module):
        return f"{module.title} ({module.locale.get_display_name()})"


class ModuleFilter(django_filters.ModelChoiceFilter):
    field_class = ModuleChoiceField


def modules(request):
    return ModulePage.objects.select_related("locale").order_by("locale__language_code", "title")


class ContributionFilterSet(WagtailFilterSet):
    """Filters of the contributions listing; an empty status shows everything but spam and unconfirmed ones."""

    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=Status.choices,
        empty_label=_("All but unconfirmed and spam"),
        widget=forms.RadioSelect,
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Kind.choices, empty_label=_("All"), widget=forms.RadioSelect
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.LANGUAGES, empty_label=_("All"), widget=forms.RadioSelect
    )
    module = ModuleFilter(label=_("Module"), queryset=modules, method="filter_module", empty_label=_("All"))
    contributor_type = django_filters.ChoiceFilter(
        label=_("Who is proposing"),
        choices=ContributorType.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    age = django_filters.ChoiceFilter(
        label=_("Age"),
        choices=[
            ("day", _("Last 24 hours")),
            ("week", _("Last 7 days")),
            ("month", _("Last 30 days")),
            ("older", _("Older than 30 days")),
        ],
        method="filter_age",
        empty_label=_("Any"),
        widget=forms.RadioSelect,
    )
    created_at = django_filters.DateFromToRangeFilter(label=_("Proposed between"), widget=DateRangePickerWidget)

    class Meta:
        model = Contribution
        fields = []

    def filter_module(self, queryset, name, module):
        """Proposed lessons for the module and edits to any of its lessons."""
        return queryset.filter(Q(module=module) | Q(lesson__in=LessonPage.objects.child_of(module)))

    def filter_age(self, queryset, name, age):
        if age == "older":
            return queryset.filter(created_at__lt=timezone.now() - timedelta(days=AGES["month"]))
        return queryset.filter(created_at__gte=timezone.now() - timedelta(days=AGES[age]))


class ContributionIndexView(snippets.IndexView):
    """The moderators' listing: spam and unconfirmed proposals stay out of sight unless asked for."""

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if self.requested_status in HIDDEN_BY_DEFAULT:
            return queryset
        return queryset.visible_to_moderators()

    @cached_property
    def requested_status(self):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get("status")
        return None


def target_title(contribution):
    """The lesson a proposal edits, or the module it adds to, for the listing."""
    if contribution.lesson_id:
        return contribution.lesson.title
    return contribution.module.title if contribution.module_id else ""


class Review:
    """What a moderator needs to judge a contribution: the proposal, what it changes, who sent it."""

    def __init__(self, instance, request):
        self.request = request
        self.contribution = Contribution.objects.select_related("lesson", "module", "base_revision").get(pk=instance.pk)

    @classmethod
    def of(cls, instance, request):
        """One review per edited instance, shared by the panels of the review tab."""
        if "_minbar_review" not in instance.__dict__:
            instance.__dict__["_minbar_review"] = cls(instance, request)
        return instance.__dict__["_minbar_review"]

    @cached_property
    def proposal(self):
        """The latest version of the proposal, with any moderator's edits: what approving it publishes."""
        return self.contribution.get_latest_revision_as_object()

    @cached_property
    def lesson(self):
        return self.contribution.lesson if self.contribution.kind == Kind.EDIT_LESSON else None

    @cached_property
    def module(self):
        if self.lesson:
            return self.lesson.get_parent().specific
        return self.proposal.module

    @cached_property
    def lesson_changed(self):
        return bool(self.lesson and self.lesson.live_revision_id != self.contribution.base_revision_id)

    @cached_property
    def live_revision(self):
        return self.lesson.live_revision if self.lesson else None

    @cached_property
    def compare_url(self):
        """Wagtail's own compare view from the proposal's base to the live lesson, for those who may edit it."""
        base = self.contribution.base_revision_id
        if not (self.lesson_changed and base and self.lesson.permissions_for_user(self.request.user).can_edit()):
            return ""
        return reverse("wagtailadmin_pages:revisions_compare", args=[self.lesson.pk, base, "live"])

    @cached_property
    def diff(self):
        """Lines labelled in the lesson's language ("Step 1", "الخطوة 1"), so each reads in one direction."""
        if not self.lesson:
            return []
        with translation.override(self.contribution.language):
            return diff.lesson_diff(self.lesson, self.proposal)

    @cached_property
    def messages(self):
        return list(self.contribution.messages.all())

    @cached_property
    def translation(self):
        """Source and proposed translation, passage by passage, for a translation proposal."""
        if self.contribution.kind != Kind.TRANSLATION:
            return None
        return TranslationReview(self.contribution, self.proposal, self.request.user)

    @cached_property
    def image_url(self):
        if not self.contribution.image:
            return ""
        return reverse(Contribution.snippet_viewset.get_url_name("image"), args=[self.contribution.pk])


class ReviewPanel(Panel):
    """A read-only section of the review tab, rendered from a template with the contribution's Review."""

    def __init__(self, template, kinds=None, **kwargs):
        super().__init__(**kwargs)
        self.template = template
        self.kinds = kinds

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "template": self.template, "kinds": self.kinds}

    class BoundPanel(Panel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.template_name = self.panel.template

        def is_shown(self):
            if self.instance is None or self.instance.pk is None:
                return False
            return self.panel.kinds is None or self.instance.kind in self.panel.kinds

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["review"] = Review.of(self.instance, self.request)
            context["Author"] = Message.Author
            return context


class DecisionMixin:
    """Turns a decision that came too late (or could not be applied) into a message on the review screen."""

    def refused(self, error):
        if isinstance(error, AlreadyDecided):
            messages.warning(self.request, str(error))
        else:
            messages.error(self.request, str(error))
        url = reverse(Contribution.snippet_viewset.get_url_name("edit"), args=[self.object.pk])
        if self.request.headers.get("x-requested-with") == "XMLHttpRequest":
            return render_modal_workflow(self.request, "", None, {}, json_data={"step": "success", "redirect": url})
        return redirect(url)

    def decide(self, run):
        try:
            return run()
        except PermissionDenied as error:
            if not str(error):
                raise
            return self.refused(error)


class ContributionEditView(DecisionMixin, snippets.EditView):
    """The review screen: the proposal, its diff and its contributor, and the moderators' decisions."""

    def get_available_actions(self):
        return [action for action in super().get_available_actions() if action in REVIEW_ACTIONS]

    def post(self, request, *args, **kwargs):
        if request.POST.get("action-workflow-action"):
            if self.current_workflow_task is None:
                return self.refused(AlreadyDecided(self.live_object))
            if self.is_out_of_date:
                # The contributor revised it, or another moderator saved an edit, since this screen was loaded.
                return self.refused(PermissionDenied(CHANGED_WHILE_REVIEWING))
        return super().post(request, *args, **kwargs)

    def workflow_action_action(self):
        return self.decide(super().workflow_action_action)

    def get_success_message(self, instance=None):
        if self.action != "workflow-action":
            return super().get_success_message(instance)
        decided = Contribution.objects.get(pk=self.object.pk)
        # U+2068/U+2069 isolate the title, so an Arabic title does not scramble an English sentence or the reverse.
        return _("“%(title)s”: %(status)s.") % {
            "title": f"\u2068{decided.title}\u2069",
            "status": decided.get_status_display(),
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["media"] += forms.Media(
            css={"all": ["contributions/admin/review.css"]}, js=["contributions/admin/dir-auto.js"]
        )
        return context


class ContributionWorkflowActionView(DecisionMixin, snippets.WorkflowActionView):
    """Workflow actions posted from the dashboard's "Awaiting your review" list."""

    def add_not_in_moderation_error(self):
        if self.object.status == Status.UNVERIFIED:
            return super().add_not_in_moderation_error()
        messages.warning(self.request, str(AlreadyDecided(self.object)))

    def post(self, request, *args, **kwargs):
        return self.decide(lambda: super(ContributionWorkflowActionView, self).post(request, *args, **kwargs))


class NoUnpublishView(snippets.UnpublishView):
    """Approval is what publishes a contribution; there is nothing to unpublish."""

    def dispatch(self, request, *args, **kwargs):
        raise PermissionDenied


def private_image(request, pk):
    """The contributor's image, streamed from private storage to moderators only."""
    if not policy_registry.get_by_type(Contribution).user_has_permission(request.user, "change"):
        raise PermissionDenied
    contribution = get_object_or_404(Contribution, pk=pk)
    if not contribution.image:
        raise Http404
    try:
        handle = contribution.image.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    name = contribution.image.name.rsplit("/", 1)[-1]
    content_type = mimetypes.guess_type(name)[0]
    inline = content_type in INLINE_IMAGE_TYPES
    response = FileResponse(
        handle,
        as_attachment=not inline,
        filename=name,
        content_type=content_type if inline else "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
