"""The site's URLs. The Wagtail admin's views get the admin's Content-Security-Policy (config/csp.py)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from config.csp import admin_policy

urlpatterns = [
    path("admin/", include(decorate_urlpatterns(wagtailadmin_urls.urlpatterns, admin_policy))),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("contribute/", include("contributions.urls")),
    path("", include(wagtail_urls)),
)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
