"""Error pages that keep the site's look and the learner's language, and never need the database."""

import sys

from django.db import InterfaceError, OperationalError
from django.shortcuts import render

# What Django raises when the database cannot be reached or the connection broke: wait and try again.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def page_not_found(request, exception=None):
    """404 in the visitor's language, with a way back."""
    return render(request, "404.html", status=404)


def server_error(request):
    """500 without touching the database, which may be the thing that is down; 503 when it is."""
    if isinstance(sys.exception(), DATABASE_UNAVAILABLE):
        return service_unavailable(request)
    return render(request, "500.html", status=500)


def service_unavailable(request, resend=None):
    """503 with Retry-After: the database is unreachable for a moment. Renders from the template alone.

    resend, for a form that could not be saved, holds what the visitor posted (see contributions.views) so the
    page can show it and send it again.
    """
    response = render(request, "503.html", {"resend": resend}, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


# Formset bookkeeping and choices: sent again with the form, but not worth showing as "what you typed".
NOT_TYPED_SUFFIXES = ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS", "MAX_NUM_FORMS", "block_id", "DELETE")
NOT_TYPED_NAMES = frozenset({"csrfmiddlewaretoken", "module", "contributor_type", "website", "action", "add_row"})


def resend_data(request, renewed=None):
    """What a form posted, to show and send again: every field but the CSRF token, with renewed values replacing
    the posted ones (a fresh anti-abuse token), and the names of the files, which a browser cannot be handed back."""
    renewed = renewed or {}
    fields = [
        (name, value)
        for name, values in request.POST.lists()
        if name != "csrfmiddlewaretoken" and name not in renewed
        for value in values
    ]
    typed = [value for name, value in fields if is_typed(name, value)]
    return {"fields": fields + list(renewed.items()), "files": list(request.FILES), "typed": typed}


def is_typed(name, value):
    """Whether a posted value is something the visitor wrote (not a checkbox, a choice or formset bookkeeping)."""
    if name in NOT_TYPED_NAMES or name.endswith(NOT_TYPED_SUFFIXES):
        return False
    return bool(value.strip()) and value != "on"
