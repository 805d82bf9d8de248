"""Error pages that keep the site's look and the learner's language."""

from django.shortcuts import render


def page_not_found(request, exception=None):
    """404 in the visitor's language, with a way back."""
    return render(request, "404.html", status=404)


def server_error(request):
    """500 without touching the database, which may be the thing that is down."""
    return render(request, "500.html", status=500)
