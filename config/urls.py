"""The site's URLs. The Wagtail admin's views get the admin's Content-Security-Policy (config/csp.py)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from config.csp import admin_policy
from curriculum import offline
from curriculum.feeds import LessonFeed

urlpatterns = [
    path("admin/", include(decorate_urlpatterns(wagtailadmin_urls.urlpatterns, admin_policy))),
    path("documents/", include(wagtaildocs_urls)),
    # The service worker, at the root so that its scope covers every language (curriculum/offline.py).
    path("sw.js", offline.service_worker, name="service-worker"),
    # Read-only JSON API of modules and lessons (curriculum/api.py): one address for both languages (?locale=).
    path("", include("curriculum.api")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("contribute/", include("contributions.urls")),
    path("offline/", offline.offline_page, name="offline"),
    path("offline/modules/<int:page_id>.json", offline.module_manifest, name="offline-manifest"),
    path("feed/", LessonFeed(), name="lesson_feed"),
    path("", include(wagtail_urls)),
)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
