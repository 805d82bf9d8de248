"""Public views for proposing curriculum content."""

from django.template.response import TemplateResponse


def start(request):
    """Where a contributor chooses what to propose."""
    return TemplateResponse(request, "contributions/start.html", {})
