"""The moderators' admin: a Contributions menu with the proposals to review and the blocked addresses."""

from django import forms
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, UserColumn
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy
from wagtail.snippets.action_menu import LockedMenuItem, SaveMenuItem, WorkflowMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, IndexView, SnippetViewSet, SnippetViewSetGroup

from .admin_views import (
    ContributionEditView,
    ContributionFilterSet,
    ContributionIndexView,
    ContributionPermissionPolicy,
    ContributionWorkflowActionView,
    ModeratorsChooserViewSet,
    NoUnpublishView,
    ReviewPanel,
    private_image,
    target_title,
)
from .models import BlockedEmail, Contribution, Kind, Status

# Registered before the viewsets, which would otherwise create a default policy for the model.
register_permission_policy(Contribution, ContributionPermissionPolicy(Contribution))


def auto_direction(widget=forms.TextInput, **attrs):
    """A widget whose text runs right to left or left to right by its content, not by the admin's language."""
    return widget(attrs={"dir": "auto", **attrs})


class ContributionViewSet(SnippetViewSet):
    """Proposals from the public, reviewed through the "Contribution review" workflow."""

    model = Contribution
    icon = "form"
    menu_label = _("Proposals")
    copy_view_enabled = False
    chooser_viewset_class = ModeratorsChooserViewSet
    index_view_class = ContributionIndexView
    edit_view_class = ContributionEditView
    workflow_action_view_class = ContributionWorkflowActionView
    unpublish_view_class = NoUnpublishView
    filterset_class = ContributionFilterSet
    search_fields = ["title", "summary", "credit_name", "organisation_name", "email"]
    # Plain ORM search: works alike on SQLite and PostgreSQL and combines with every filter of the listing.
    search_backend_name = None
    ordering = "-created_at"
    list_per_page = 50
    list_display = [
        "title",
        "kind",
        StatusTagColumn(
            "get_status_display",
            label=_("Status"),
            sort_key="status",
            primary=lambda contribution: contribution.status == Status.IN_REVIEW,
        ),
        "language",
        Column("target", label=_("Module or lesson"), accessor=target_title),
        "credit_name",
        "contributor_type",
        DateColumn("created_at", label=_("Proposed"), sort_key="created_at"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    ReviewPanel(
                        "contributions/admin/panels/changes.html",
                        kinds=[Kind.EDIT_LESSON],
                        heading=_("What it changes"),
                    ),
                    ReviewPanel(
                        "contributions/admin/panels/translation.html",
                        kinds=[Kind.TRANSLATION],
                        heading=_("The translation, passage by passage"),
                    ),
                    ReviewPanel("contributions/admin/panels/proposal.html", heading=_("The proposal")),
                    ReviewPanel("contributions/admin/panels/contributor.html", heading=_("Contributor")),
                    ReviewPanel("contributions/admin/panels/conversation.html", heading=_("Conversation")),
                ],
                heading=_("Review"),
            ),
            ObjectList(
                [
                    FieldPanel("title", widget=auto_direction()),
                    FieldPanel("summary", widget=auto_direction(forms.Textarea, rows=3)),
                    FieldPanel("body"),
                    FieldPanel("details", widget=auto_direction(forms.Textarea)),
                    FieldPanel("image_alt", widget=auto_direction()),
                    FieldPanel("credit_name", widget=auto_direction()),
                ],
                heading=_("Edit the proposal"),
            ),
        ]
    )

    def get_queryset(self, request):
        return Contribution.objects.select_related("lesson", "module")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("image/<int:pk>/", private_image, name="image")]


class BlockedEmailForm(WagtailAdminModelForm):
    """Addresses are stored lower-cased, once each, as moderation.block() stores them."""

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        others = BlockedEmail.objects.filter(email__iexact=email).exclude(pk=self.instance.pk)
        if others.exists():
            raise forms.ValidationError(_("This address is already blocked."))
        return email


class BlockedEmailCreateView(CreateView):
    """Records who blocked the address."""

    def form_valid(self, form):
        form.instance.blocked_by = self.request.user
        return super().form_valid(form)


class BlockedEmailIndexView(IndexView):
    """Deleting a blocked address unblocks it, and the listing says so."""

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        for button in buttons:
            if button.url == self.get_delete_url(instance):
                button.label = _("Unblock")
        return buttons


class BlockedEmailViewSet(SnippetViewSet):
    """Addresses marked as spam sources; deleting one unblocks it."""

    model = BlockedEmail
    icon = "cross"
    copy_view_enabled = False
    chooser_viewset_class = ModeratorsChooserViewSet
    index_view_class = BlockedEmailIndexView
    add_view_class = BlockedEmailCreateView
    search_fields = ["email", "reason"]
    search_backend_name = None
    ordering = "-created_at"
    list_display = ["email", "reason", UserColumn("blocked_by", label=_("Blocked by")), "created_at"]
    edit_handler = ObjectList([FieldPanel("email"), FieldPanel("reason")], base_form_class=BlockedEmailForm)

    def get_queryset(self, request):
        return BlockedEmail.objects.select_related("blocked_by")


class ContributionsGroup(SnippetViewSetGroup):
    items = (ContributionViewSet, BlockedEmailViewSet)
    menu_label = _("Contributions")
    menu_icon = "comment"
    menu_order = 250


register_snippet(ContributionsGroup)


@hooks.register("construct_snippet_action_menu")
def keep_review_actions(menu_items, request, context):
    """On a contribution, offer saving and the review decisions only, labelled as the task names them."""
    if context.get("model") is not Contribution:
        return
    menu_items[:] = [item for item in menu_items if isinstance(item, SaveMenuItem | LockedMenuItem | WorkflowMenuItem)]
    instance = context.get("instance")
    task = instance.current_workflow_task if instance else None
    if task is None:
        return
    labels = {(name, modal): label for name, label, modal in task.get_actions(instance, request.user)}
    for item in menu_items:
        if isinstance(item, WorkflowMenuItem):
            item.label = labels.get((item.name, item.launch_modal), item.label)


class DecisionFormatter(LogFormatter):
    def format_comment(self, log_entry):
        return (log_entry.data or {}).get("comment", "")


DECISION_LOG_ACTIONS = {
    Status.IN_REVIEW: (_("Contribution: in review"), _("Email confirmed; sent for review")),
    Status.CHANGES_REQUESTED: (_("Contribution: changes requested"), _("Changes requested from the contributor")),
    Status.APPROVED: (_("Contribution: approved"), _("Approved and published")),
    Status.REJECTED: (_("Contribution: rejected"), _("Rejected")),
    Status.SPAM: (_("Contribution: spam"), _("Marked as spam; the sender's address is blocked")),
    Status.WITHDRAWN: (_("Contribution: withdrawn"), _("Withdrawn by the contributor")),
    Status.EXPIRED: (_("Contribution: expired"), _("Expired before the contributor confirmed their email address")),
}


class AppliedFormatter(LogFormatter):
    label = _("Contribution: published")

    def format_message(self, log_entry):
        try:
            return _("Published contribution #%(number)s by %(credit)s") % {
                "number": log_entry.data["contribution"],
                "credit": log_entry.data["credit"],
            }
        except (KeyError, TypeError):
            return _("Published a contribution")


@hooks.register("register_log_actions")
def register_contribution_log_actions(actions):
    for status, (label, message) in DECISION_LOG_ACTIONS.items():
        formatter = type(
            f"{status.name.title().replace('_', '')}Formatter",
            (DecisionFormatter,),
            {"label": label, "message": message},
        )
        actions.register_action(f"minbar.contribution.{status}")(formatter)
    actions.register_action("minbar.contribution.applied")(AppliedFormatter)
