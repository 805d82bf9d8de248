"""Benchmark settings: production settings with the benchmark's own database, static root and the minimal view.

bench/run.py sets the environment this module reads (SECRET_KEY, ALLOWED_HOSTS, BENCH_DATABASE_URL, ...).
"""

from config.settings.production import *  # noqa: F403
from config.settings.production import DATABASES, env

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SECURE_SSL_REDIRECT = False
ROOT_URLCONF = "bench.urls"

DATABASES = {"default": {**DATABASES["default"], **env.db("BENCH_DATABASE_URL")}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "minbar-bench"}}
STATIC_ROOT = env.path("BENCH_STATIC_ROOT")
MEDIA_ROOT = env.path("BENCH_MEDIA_ROOT")
