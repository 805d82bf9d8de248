"""Real processes for the reliability tests: gunicorn, the task worker, PostgreSQL (shared or private), Redis.

Gunicorn app servers and the task worker run with production settings (home/tests/server_settings.py) on the
test database; a private PostgreSQL cluster can be stopped and started without touching the shared server.
Every process is started in its own session and stopped by its pid alone.
"""

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
import requests
from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)
HOST = "127.0.0.1"
REDIS = "redis://127.0.0.1:6379"
PG_BIN = Path("/usr/lib/postgresql/15/bin")
SECRET_KEY = "reliability-tests-" + "x" * 40  # the same for every server: sessions and signed tokens cross them

requires_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL only (CI runs the suite on both): real servers share the test database, which on SQLite "
    "lives in this process's memory, and backups are pg_dump's",
)


def free_port():
    """A loopback port that nothing listens on (at least at the moment of asking)."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def database_url(name=None, host=None, port=None):
    """A postgres:// URL for the test database (or another database on the same server)."""
    conf = connection.settings_dict
    user = quote(conf["USER"] or "postgres")
    password = f":{quote(conf['PASSWORD'])}" if conf["PASSWORD"] else ""
    where = f"{host or conf['HOST'] or HOST}:{port or conf['PORT'] or 5432}"
    return f"postgres://{user}{password}@{where}/{name or conf['NAME']}"


def psql(url, *statements):
    """Run SQL statements with psql; returns its output (unaligned, tuples only)."""
    args = [arg for statement in statements for arg in ("-c", statement)]
    command = ["psql", url.replace("postgres://", "postgresql://", 1), "-v", "ON_ERROR_STOP=1", "-qAt", *args]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def copy_database(source_url, target_url):
    """pg_dump (custom format) of one database restored into another, as docs/deployment.md does a backup."""
    dump = subprocess.run(["pg_dump", "-Fc", "--no-owner", "-d", source_url], check=True, capture_output=True).stdout
    restore = ["pg_restore", "--no-owner", "--single-transaction", "-d", target_url]
    subprocess.run(restore, input=dump, check=True, capture_output=True)
    return dump


def copy_of_test_database(stack, suffix):
    """A copy of the test database on the same server, dropped when the ExitStack closes; returns its URL.

    Servers writing to a copy leave the test database alone: no flush and reload after the test.
    """
    name = f"{connection.settings_dict['NAME']}_{suffix}"
    server = database_url("postgres")
    psql(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
    stack.callback(psql, server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    copy_database(database_url(), database_url(name))
    return database_url(name)


def redis_cache(number):
    """The CACHE_URL of a spare Redis database. Each run keeps its keys under its own prefix (server_env), so that
    runs at the same time (xdist workers, CI beside a developer) never see or clear each other's keys."""
    return f"{REDIS}/{number}"


def clear_cache(env):
    """Delete every key of one run: its rate-limit counts, sessions, used form tokens and cached pages."""
    client = redis.Redis.from_url(env["CACHE_URL"])
    keys = list(client.scan_iter(match=f"{env['MINBAR_TEST_CACHE_PREFIX']}:*"))
    if keys:
        client.delete(*keys)
    client.close()


def server_env(tmp_path, database, cache, **extra):
    """The environment of every process of one test: production settings on the given database and cache."""
    base = {k: v for k, v in os.environ.items() if k not in ("DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE")}
    return {
        **base,
        "DJANGO_SETTINGS_MODULE": "home.tests.server_settings",
        "SECRET_KEY": SECRET_KEY,
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "DATABASE_URL": database,
        "CACHE_URL": cache,
        "MINBAR_TEST_CACHE_PREFIX": uuid.uuid4().hex[:12],
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private-media"),
        "EMAIL_URL": "dummymail://",
        "LOG_LEVEL": "WARNING",
        "MINBAR_FORM_MIN_SECONDS": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        **extra,
    }


class Process:
    """A child process in its own session, with its output in a log file; stop() ends it (and only it)."""

    stop_signal = signal.SIGTERM

    def __init__(self, command, env, log):
        self.command, self.env, self.log = command, env, Path(log)
        self.popen = None

    def start(self):
        with self.log.open("ab") as output:
            self.popen = subprocess.Popen(
                self.command, cwd=ROOT, env=self.env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
            )
        return self

    def stop(self, timeout=10):
        if self.popen is None or self.popen.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.popen.pid, self.stop_signal)
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.popen.pid, signal.SIGKILL)
            self.popen.wait()

    def output(self):
        return self.log.read_text(errors="replace") if self.log.exists() else ""


class Gunicorn(Process):
    """An app server: gunicorn with sync workers, as docs/deployment.md runs it."""

    stop_signal = signal.SIGINT  # gunicorn's quick shutdown: tests have no requests left to finish

    def __init__(self, env, log, workers=2, timeout=30):
        self.port = free_port()
        self.base_url = f"http://{HOST}:{self.port}"
        command = [
            *(sys.executable, "-m", "gunicorn", "config.wsgi:application", "--workers", str(workers)),
            *("--bind", f"{HOST}:{self.port}", "--timeout", str(timeout), "--graceful-timeout", "5"),
            *("--log-level", "info", "--no-control-socket"),
        ]
        super().__init__(command, env, log)

    def wait_until_up(self, path="/ar/contribute/", timeout=60):
        """Wait until the server answers path with a 200, failing with its log if it exits or takes too long."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.popen.poll() is not None:
                pytest.fail(f"gunicorn exited with status {self.popen.returncode}:\n{self.output()[-3000:]}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(self.base_url + path, timeout=10).status_code == 200:
                    return self
            time.sleep(0.2)
        pytest.fail(f"gunicorn did not answer within {timeout}s:\n{self.output()[-3000:]}")

    def booted_workers(self):
        """The pid of every worker gunicorn booted so far, from its log (a restarted worker adds one)."""
        return [int(pid) for pid in re.findall(r"Booting worker with pid: (\d+)", self.output())]


def start_servers(stack, *servers):
    """Start the servers at once with an empty cache, register their stop (and the cache's clearing) with the
    ExitStack, wait until each answers."""
    for env in {server.env["MINBAR_TEST_CACHE_PREFIX"]: server.env for server in servers}.values():
        clear_cache(env)
        stack.callback(clear_cache, env)
    for server in servers:
        stack.callback(server.stop)
        server.start()
    return [server.wait_until_up() for server in servers]


class Worker(Process):
    """The task worker (`manage.py db_worker`): sends queued emails, retries them."""

    def __init__(self, env, log):
        command = [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"]
        super().__init__(command, env, log)


class PrivatePostgres:
    """A throwaway PostgreSQL cluster in a temporary directory, on its own port, that a test may stop and start.

    The machine's shared server runs other tests at the same time and must never be restarted. initdb refuses to
    run as root, so as root the cluster belongs to the `postgres` user.
    """

    def __init__(self):
        # Not under pytest's tmp_path: its parents are private to root, and the server runs as `postgres`.
        self.directory = Path(tempfile.mkdtemp(prefix="minbar-pg-"))
        self.data = self.directory / "data"
        self.port = free_port()
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _run(self, *command):
        done = subprocess.run([*self.as_postgres, *command], capture_output=True, text=True, cwd=self.directory)
        if done.returncode:
            raise RuntimeError(f"{command[0].name} failed ({done.returncode}): {done.stdout}{done.stderr}")

    def init(self):
        if self.as_postgres:
            shutil.chown(self.directory, "postgres")
        self._run(PG_BIN / "initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")
        return self

    def start(self):
        options = f"-p {self.port} -k {self.directory} -c listen_addresses={HOST} -c fsync=off"
        self._run(PG_BIN / "pg_ctl", "-D", self.data, "-l", self.directory / "server.log", "-o", options, "-w", "start")

    def stop(self, mode="fast"):
        """Stop the server: "fast" ends every session (a restart), "immediate" is a crash."""
        self._run(PG_BIN / "pg_ctl", "-D", self.data, "-m", mode, "-w", "stop")

    def destroy(self):
        with contextlib.suppress(RuntimeError):
            self.stop("immediate")
        shutil.rmtree(self.directory, ignore_errors=True)

    def url(self, name="postgres"):
        return f"postgres://postgres@{HOST}:{self.port}/{name}"
