"""Settings shared by every environment: safe by default, deployment values from the environment."""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "home",
    "curriculum",
    "contributions",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "csp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    # Inside the two above, so cached pages still get their security headers; before the rest, so a hit skips it.
    "home.cache.PageCacheMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "contributions.middleware.AlreadyDecidedMiddleware",
    # Last, as django-axes asks: it turns a lockout flagged during authentication into the lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # An unreachable database server fails a request within seconds (our 503 page), not at gunicorn's timeout.
    # A connect_timeout in DATABASE_URL's query string wins.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", env.int("DATABASE_CONNECT_TIMEOUT", default=5)
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://minbar")}
# Anonymous public pages kept whole in the default cache for this many seconds (home/cache.py); 0 turns it off.
MINBAR_PAGE_CACHE_TIMEOUT = env.int("MINBAR_PAGE_CACHE_TIMEOUT", default=600)

# django-axes first: it refuses a locked-out username and address before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Arabic first. Plain "ar" so that Locale.is_bidi matches LANGUAGES_BIDI.
LANGUAGE_CODE = "ar"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [("ar", _("Arabic")), ("en", _("English"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ar", "العربية"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Baghdad"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Files the public uploads stay here, outside MEDIA_ROOT, until a moderator approves them.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private-media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Minbar <noreply@localhost>")
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

WAGTAIL_SITE_NAME = "Minbar"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
MINBAR_SITE_URL = env.str("MINBAR_SITE_URL", default=WAGTAILADMIN_BASE_URL)
# Wagtail's database backend; on SQLite with a ranking that stays fast for common words (curriculum/search_backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "curriculum.search_backend"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# Contributions
MINBAR_VERIFICATION_MAX_AGE = timedelta(days=env.int("MINBAR_VERIFICATION_DAYS", default=7))
# Public proposal forms (contributions/antiabuse.py): a post sooner than MIN_SECONDS after the form was shown, or
# later than MAX_AGE seconds, is refused. MINBAR_RATE_LIMITS overrides antiabuse.DEFAULT_RATE_LIMITS by name.
MINBAR_FORM_MIN_SECONDS = env.int("MINBAR_FORM_MIN_SECONDS", default=3)
MINBAR_FORM_MAX_AGE = env.int("MINBAR_FORM_MAX_AGE", default=6 * 60 * 60)
MINBAR_RATE_LIMITS = {}
# Rate limits count in the default cache, which must be shared between processes in production (CACHE_URL, Redis).
# Behind a proxy, name the header it sets to the client address (e.g. HTTP_X_REAL_IP); never a header that the
# client can set itself, such as an X-Forwarded-For the proxy only appends to.
RATELIMIT_USE_CACHE = "default"
RATELIMIT_IP_META_KEY = env.str("RATELIMIT_IP_META_KEY", default="") or None


def client_ip(request):
    """The client address for login throttling, read where the rate limits read it (RATELIMIT_IP_META_KEY)."""
    return request.META.get(RATELIMIT_IP_META_KEY or "REMOTE_ADDR") or request.META.get("REMOTE_ADDR")


# Admin login throttling (django-axes): 5 failures for one username from one address lock that pair out for
# 15 minutes (429 and a message). Locking by the pair means an attacker cannot lock a colleague out from elsewhere.
# Failures are logged through the `axes` loggers. `manage.py axes_reset` lifts every lock.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = client_ip
AXES_HTTP_RESPONSE_CODE = 429
# Log lines name the address (and the path) but mask the username, which is sometimes a mistyped password.
AXES_SENSITIVE_PARAMETERS = ["username"]
AXES_VERBOSE = False

# Content-Security-Policy on every response (django-csp 4): scripts only from our own files, never inline or eval.
# Set CSP_MEDIA_ORIGINS when images are served from another origin (an S3 bucket or a CDN).
CSP_MEDIA_ORIGINS = env.list("CSP_MEDIA_ORIGINS", default=[])
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *CSP_MEDIA_ORIGINS],
        "media-src": [SELF, *CSP_MEDIA_ORIGINS],
        "font-src": [SELF],
        "connect-src": [SELF],
        # The service worker (curriculum/offline.py); said outright rather than left to fall back on script-src.
        "worker-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    },
}
# What the Wagtail admin's views (and only they) need on top, applied by config/urls.py; checked in a real browser
# by home/tests/test_admin_browser.py. Scripts stay strict: config/urls.py allows, by hash, only those inline
# scripts that are exactly a call to one of Wagtail's widget initialisers with literal JSON arguments.
# - style-src 'unsafe-inline': wagtail-localize's translation editor (the edit view of every English page) builds
#   its styles as <style> elements (styled-components) and crashes without them. Styles only, never scripts.
# - img-src blob: the multiple image upload previews each chosen file from a blob: URL.
# - frame-ancestors 'self': the editor's live preview shows the page in a same-origin iframe.
MINBAR_ADMIN_CSP = {
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:", *CSP_MEDIA_ORIGINS],
    "frame-ancestors": [SELF],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Wagtail's admin JavaScript reads the CSRF token from the page (hidden input), never from the cookie.
CSRF_COOKIE_HTTPONLY = True
# No requests from staff browsers to third parties: no Gravatar (it would leak email hashes), no update check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # axes: failed logins and lockouts are warnings; its per-login housekeeping lines are not worth keeping.
    "loggers": {"django.request": {"level": "ERROR"}, "axes": {"level": "WARNING"}},
}
