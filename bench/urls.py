"""The site's URLs behind one minimal view, the benchmark's baseline."""

from django.http import HttpResponse
from django.urls import path

from config import urls as site_urls


def minimal(request):
    """The least a Django view can do: a tiny plain-text response through the full middleware stack."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/minimal/", minimal), *site_urls.urlpatterns]
handler404 = site_urls.handler404
handler500 = site_urls.handler500
