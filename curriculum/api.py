"""The read-only JSON API (Wagtail API v2): live, public modules and lessons in both languages, at /api/v2/.

    /api/v2/pages/                                   modules and lessons, newest id first
    /api/v2/pages/?type=curriculum.LessonPage&locale=ar&fields=summary,level,topics
    /api/v2/pages/<id>/                              one page with every public field (body as StreamField JSON)

Anonymous and read-only: no authentication is read (so no session, no password check, no CSRF), only GET and
HEAD are routed, and only JSON is rendered (the browsable HTML renderer would need inline scripts our CSP blocks).
"""

from django.urls import path
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet


class CurriculumPagesAPIViewSet(PagesAPIViewSet):
    """Pages endpoint limited to live modules and lessons that no view restriction hides."""

    authentication_classes = []
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]

    def get_base_queryset(self):
        """Live, public module and lesson pages; a private page (any view restriction) never appears."""
        from .models import LessonPage, ModulePage

        # .public() drops pages under any restriction, even one a visitor's session has passed: the API stays
        # the same for everyone and can be cached.
        return super().get_base_queryset().public().type(ModulePage, LessonPage)

    def finalize_response(self, request, response, *args, **kwargs):
        """Keep "not found" a JSON 404: LocaleMiddleware would redirect it to /<lang>/api/..., an HTML page."""
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 404:
            # LocaleMiddleware redirects a 404 when the language-prefixed path resolves, as Wagtail's catch-all
            # always does; judged against this module's patterns, which have no language prefix, it leaves it be.
            request._request.urlconf = __name__
        return response


api_router = WagtailAPIRouter("curriculum_api")
api_router.register_endpoint("pages", CurriculumPagesAPIViewSet)

# Included by config/urls.py; also the urlconf LocaleMiddleware reads for the API's 404s (see finalize_response).
urlpatterns = [path("api/v2/", api_router.urls)]
