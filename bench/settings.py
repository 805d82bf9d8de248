"""Benchmark settings: production's, with the benchmark's own database, static root and the minimal view.

bench/database.py sets the environment this module reads (SECRET_KEY, ALLOWED_HOSTS, BENCH_DATABASE_URL,
CACHE_URL, MINBAR_PAGE_CACHE_TIMEOUT, ...). The cache is production's: CACHE_URL, Redis when the machine has it.
"""

from config.settings.production import *  # noqa: F403
from config.settings.production import CACHES, DATABASES, env

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SECURE_SSL_REDIRECT = False
ROOT_URLCONF = "bench.urls"

DATABASES = {"default": {**DATABASES["default"], **env.db("BENCH_DATABASE_URL")}}
# Keys of a benchmark run stay apart from anything else in the same cache.
CACHES["default"]["KEY_PREFIX"] = "minbar-bench"
MINBAR_PAGE_CACHE_TIMEOUT = env.int("MINBAR_PAGE_CACHE_TIMEOUT", default=0)
STATIC_ROOT = env.path("BENCH_STATIC_ROOT")
MEDIA_ROOT = env.path("BENCH_MEDIA_ROOT")
