"""Contributors have no account and moderators get our own, queued emails: Wagtail's workflow emails
(sent synchronously, to the wrong people for a public submission) are switched off for contributions only."""

from wagtail.admin import signal_handlers as wagtail_handlers
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

NOTIFIERS = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification", "task_submission_email_notifier"),
    (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        "workflow_submission_email_notifier",
    ),
    (
        workflow_rejected,
        WorkflowState,
        "workflow_state_rejected_email_notification",
        "workflow_rejection_email_notifier",
    ),
    (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        "workflow_approval_email_notifier",
    ),
]


def is_contribution(instance):
    from .models import Contribution

    workflow_state = getattr(instance, "workflow_state", instance)
    return workflow_state.base_content_type.model_class() is Contribution


def unless_contribution(notifier):
    def handler(sender, instance, **kwargs):
        if not is_contribution(instance):
            return notifier(sender=sender, instance=instance, **kwargs)
        return None

    return handler


def quieten_wagtail_workflow_emails():
    """Replace Wagtail's workflow email handlers with ones that skip contributions."""
    wagtail_handlers.register_signal_handlers()
    for signal, sender, uid, name in NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=uid)
        signal.connect(
            unless_contribution(getattr(wagtail_handlers, name)), sender=sender, dispatch_uid=uid, weak=False
        )
