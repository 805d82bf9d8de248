"""Turns a moderator's late action on an already-decided contribution into a message, not an error page."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse

from .moderation import AlreadyDecided


class AlreadyDecidedMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, AlreadyDecided):
            return None
        messages.warning(request, str(exception))
        url = reverse("wagtailsnippets_contributions_contribution:edit", args=[exception.contribution.pk])
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            from wagtail.admin.modal_workflow import render_modal_workflow

            return render_modal_workflow(request, "", None, {}, json_data={"step": "success", "redirect": url})
        return redirect(url)
