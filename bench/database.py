"""Throwaway databases holding a generated curriculum, built once and cached between runs.

A generated database is kept under bench/results/db-cache/ (gitignored), named after a hash of everything that
decides its contents: the generator, the starter curriculum it copies, every migration, the requirements and the
size. Each run works on a copy (SQLite) or a restored dump (PostgreSQL) and drops it afterwards, whatever happens.
"""

import hashlib
import os
import re
import secrets
import shutil
from urllib.parse import urlsplit, urlunsplit

from .common import HOST, RESULTS_DIR, ROOT, fail, manage, progress, run

CACHE_DIR = RESULTS_DIR / "db-cache"
DEFAULT_PG = "postgres://postgres@127.0.0.1:5432"
# What the generated contents depend on, besides the size.
SOURCES = ["bench/generate.py", "curriculum/starter/*.py", "*/migrations/*.py", "requirements.txt"]


def django_env(tmp, database_url, cache_url, page_cache_timeout=0):
    """The environment for manage.py, gunicorn and the probes: bench settings, production's checks satisfied."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DEBUG": "false",
        "LOG_LEVEL": "WARNING",
        "BENCH_DATABASE_URL": database_url,
        "CACHE_URL": cache_url,
        "MINBAR_PAGE_CACHE_TIMEOUT": str(page_cache_timeout),
        "BENCH_STATIC_ROOT": str(tmp / "static"),
        "BENCH_MEDIA_ROOT": str(tmp / "media"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
    }


def content_hash(engine, size, contributions):
    """A short hash of the generator, its inputs, the schema and the size: the cache key of one database."""
    digest = hashlib.sha256(f"{engine}:{size}:{contributions}".encode())
    for pattern in SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            if ".venv" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class Databases:
    """Hands out ready databases of a given size for one run, and drops them all when the run ends."""

    def __init__(self, engine, tmp, cache_url, cleanup):
        if engine not in {"sqlite", "postgres"}:
            fail(f"BENCH_DB must be sqlite or postgres, not {engine!r}")
        self.engine, self.tmp, self.cache_url, self.cleanup = engine, tmp, cache_url, cleanup
        self.server = os.environ.get("BENCH_PG_URL", DEFAULT_PG).rstrip("/")

    def ready(self, size, contributions):
        """The URL of a private database holding the curriculum of this size, generated or taken from the cache."""
        modules, lessons = size
        label = f"{self.engine}-{modules}x{lessons}-{contributions}c"
        cached = CACHE_DIR / f"{label}-{content_hash(self.engine, size, contributions)}.{self.suffix}"
        if not cached.exists():
            self.generate(size, contributions, cached, label)
        else:
            progress(f"reusing the generated database {cached.relative_to(ROOT)}")
        return self.restore(cached, label)

    @property
    def suffix(self):
        return "sqlite3" if self.engine == "sqlite" else "pgdump"

    def generate(self, size, contributions, cached, label):
        """Migrate an empty database, generate the curriculum in it and keep it in the cache."""
        modules, lessons = size
        progress(f"generating {modules} modules × {lessons} lessons × 2 languages and {contributions} contributions")
        url = self.empty(f"gen_{label}")
        env = django_env(self.tmp, url, self.cache_url)
        manage(env, "migrate", "--noinput")
        code = f"from bench.generate import generate; generate({modules}, {lessons}, {contributions})"
        output = manage(env, "shell", "-c", code).stdout.strip().splitlines()[-1]
        progress(f"generated: {output}")
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        for stale in CACHE_DIR.glob(f"{label}-*"):
            stale.unlink()
        partial = cached.with_suffix(".partial")
        if self.engine == "sqlite":
            shutil.copyfile(urlsplit(url).path, partial)
        else:
            run(["pg_dump", "--format=custom", "--no-owner", f"--file={partial}", url])
        partial.rename(cached)

    def restore(self, cached, label):
        """A fresh private copy of a cached database."""
        url = self.empty(f"run_{label}")
        if self.engine == "sqlite":
            shutil.copyfile(cached, urlsplit(url).path)
        else:
            run(["pg_restore", "--no-owner", "--jobs=2", f"--dbname={url}", str(cached)])
            run(["psql", url, "-qc", "ANALYZE"])
        return url

    def empty(self, name):
        """A new empty database that the run's cleanup drops."""
        name = re.sub(r"\W", "_", f"minbar_bench_{os.getpid()}_{name}").lower()
        if self.engine == "sqlite":
            return f"sqlite:///{self.tmp / (name + '.sqlite3')}"
        maintenance = self.server + "/postgres"
        psql(maintenance, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        psql(maintenance, f'CREATE DATABASE "{name}"')
        self.cleanup.callback(psql, maintenance, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        parts = urlsplit(self.server)
        return urlunsplit(parts._replace(path=f"/{name}"))


def psql(url, statement):
    """Run one SQL statement."""
    run(["psql", url, "-v", "ON_ERROR_STOP=1", "-qc", statement])


def collect_static(env):
    """Collect static files once per run (the probes and gunicorn read the manifest)."""
    progress("collecting static files")
    manage(env, "collectstatic", "--noinput", "-v", "0")
