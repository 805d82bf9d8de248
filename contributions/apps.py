from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContributionsConfig(AppConfig):
    name = "contributions"
    verbose_name = _("Contributions")

    def ready(self):
        from .signal_handlers import quieten_wagtail_workflow_emails

        quieten_wagtail_workflow_emails()
