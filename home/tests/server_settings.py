"""Settings for the gunicorn processes the reliability tests start: production's, with what a test run must change.

home/tests/servers.py sets the environment this module reads. Everything else (the shared Redis cache, cached_db
sessions, persistent health-checked connections, the database task queue, DEBUG off, JSON logs) is production's.
"""

from config.settings.production import *  # noqa: F403
from config.settings.production import CACHES, STORAGES, env

# Plain HTTP on loopback (as `make serve`): no redirect to HTTPS.
SECURE_SSL_REDIRECT = False
# Each test run keeps its keys apart in the shared Redis database.
CACHES["default"]["KEY_PREFIX"] = env.str("MINBAR_TEST_CACHE_PREFIX", default="")
# No collectstatic before each test: static URLs without hashed names, the rest of the page as in production.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
MINBAR_RATE_LIMITS = env.json("MINBAR_TEST_RATE_LIMITS", default={})
