"""Serve Minbar with gunicorn and measure each page type against a minimal Django view.

Usage: .venv/bin/python bench/run.py (or `make bench`). Environment:
  BENCH_SECONDS      length of each wrk run (default 10)
  BENCH_CONNECTIONS  open connections per run (default 8)
  BENCH_THREADS      wrk threads (default 2)
  DATABASE_URL       optional PostgreSQL URL; the benchmark creates that database and drops it afterwards
                     (default: a fresh SQLite file in a temporary directory)
Results are printed and written to bench/results/latest.json.
"""

import contextlib
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "latest.json"
HOST = "127.0.0.1"
WORKERS = 2
DEFAULTS = {"seconds": 10, "connections": 8, "threads": 2}
MINIMAL_PATH = "/bench/minimal/"
PAGE_TYPES = ("home", "catalogue", "module", "lesson", "topic", "search")
LANGUAGES = ("ar", "en")
WARM_REQUESTS = 5
LATENCY_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
POSTGRES_SCHEMES = {"postgres", "postgresql", "pgsql"}


class BenchError(Exception):
    """A step of the benchmark failed; the message says which and why."""


def main():
    """Set up a throwaway site, serve it, measure every page, report, and clean up whatever happens."""
    options = {name: env_int(f"BENCH_{name.upper()}", default) for name, default in DEFAULTS.items()}
    wrk = ensure_wrk()
    with contextlib.ExitStack() as cleanup:
        tmp = Path(tempfile.mkdtemp(prefix="minbar-bench-"))
        cleanup.callback(shutil.rmtree, tmp, ignore_errors=True)
        database_url = bench_database(tmp, cleanup)
        env = django_env(tmp, database_url)
        content = prepare_site(env)
        targets = measure_targets(discover_pages(env))
        base = start_gunicorn(env, tmp, cleanup)
        rows = [measure(wrk, base, label, lang, path, options) for label, lang, path in targets]
    add_ratios(rows)
    print_table(rows)
    write_json(rows, options, content, database_url)


def env_int(name, default):
    """A positive integer from the environment."""
    value = os.environ.get(name, str(default))
    if not value.isdigit() or int(value) < 1:
        raise BenchError(f"{name} must be a positive integer, not {value!r}")
    return int(value)


def ensure_wrk():
    """The path of wrk, installing the Debian package when it is missing."""
    found = shutil.which("wrk")
    if found:
        return found
    progress("installing wrk")
    if run(["apt-get", "install", "-y", "-qq", "wrk"], check=False).returncode != 0:
        run(["apt-get", "update", "-qq"])
        run(["apt-get", "install", "-y", "-qq", "wrk"])
    return shutil.which("wrk") or fail("wrk is still missing after installing it")


def bench_database(tmp, cleanup):
    """The URL of an empty database for this run: SQLite in tmp, or the PostgreSQL database DATABASE_URL names."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        return f"sqlite:///{tmp / 'bench.sqlite3'}"
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if parts.scheme not in POSTGRES_SCHEMES or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        fail("DATABASE_URL must be postgres://user@host:port/<name> with a plain database name")
    server = urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))
    progress(f"creating PostgreSQL database {name}")
    psql(server, f'CREATE DATABASE "{name}"')
    cleanup.callback(psql, server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return url


def psql(server, statement):
    """Run one SQL statement against the PostgreSQL server's maintenance database."""
    run(["psql", server, "-v", "ON_ERROR_STOP=1", "-qc", statement])


def django_env(tmp, database_url):
    """The environment for manage.py and gunicorn: benchmark settings with production's safety checks satisfied."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DEBUG": "false",
        "LOG_LEVEL": "WARNING",
        "BENCH_DATABASE_URL": database_url,
        # Production demands a shared cache; bench/settings.py replaces it with a local one per worker.
        "CACHE_URL": os.environ.get("CACHE_URL", "locmemcache://minbar-bench"),
        "BENCH_STATIC_ROOT": str(tmp / "static"),
        "BENCH_MEDIA_ROOT": str(tmp / "media"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def prepare_site(env):
    """Migrate, load the curriculum and collect static files; returns which content was loaded."""
    progress("migrating the database")
    manage(env, "migrate", "--noinput")
    progress("loading the starter curriculum")
    loaded = manage(env, "load_starter_curriculum", check=False)
    content = "starter"
    if loaded.returncode != 0:
        progress(f"starter curriculum failed ({last_line(loaded.stderr)}); loading synthetic content")
        manage(env, "shell", "-c", "from bench.content import load_synthetic; load_synthetic()")
        content = "synthetic"
    progress("collecting static files")
    manage(env, "collectstatic", "--noinput")
    return content


def discover_pages(env):
    """Paths of one page of each type in each language, read from the database."""
    output = manage(env, "shell", "-c", "from bench.content import discover; discover()").stdout
    return json.loads(output.strip().splitlines()[-1])


def measure_targets(pages):
    """(page type, language, path) for the minimal view and each page type in each language."""
    targets = [("minimal", "-", MINIMAL_PATH)]
    for page_type in PAGE_TYPES:
        for lang in LANGUAGES:
            path = pages[lang][page_type]
            if page_type == "search":
                path += "?q=" + quote(pages[lang]["query"])
            targets.append((page_type, lang, path))
    return targets


def start_gunicorn(env, tmp, cleanup):
    """Start gunicorn with sync workers on a free loopback port; returns the base URL once it answers."""
    port = free_port()
    log = tmp / "gunicorn.log"
    command = [
        *(sys.executable, "-m", "gunicorn", "config.wsgi:application"),
        *("--workers", str(WORKERS), "--worker-class", "sync", "--bind", f"{HOST}:{port}"),
        *("--chdir", str(ROOT), "--error-logfile", str(log), "--log-level", "warning", "--no-control-socket"),
    ]
    progress(f"starting gunicorn ({WORKERS} sync workers) on {HOST}:{port}")
    server = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    cleanup.callback(stop, server)
    wait_until_up(server, port, log)
    return f"http://{HOST}:{port}"


def free_port():
    """A TCP port on the loopback interface that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_until_up(server, port, log, timeout=30):
    """Wait until the minimal view answers, failing with gunicorn's log if it exits or takes too long."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            fail(f"gunicorn exited with status {server.returncode}:\n{tail(log)}")
        with contextlib.suppress(OSError):
            if get(port, MINIMAL_PATH)[0] == 200:
                return
        time.sleep(0.2)
    fail(f"gunicorn did not answer within {timeout}s:\n{tail(log)}")


def stop(server):
    """Shut gunicorn down gracefully, killing it if it lingers."""
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def get(port, path):
    """GET a path from the loopback server without following redirects; returns (status, body)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def warm(base, path):
    """Request a path a few times so caches and lazy imports are warm; it must answer 200 every time."""
    port = urlsplit(base).port
    for _ in range(WARM_REQUESTS):
        status, body = get(port, path)
        if status != 200:
            fail(f"{path} answered {status}, not 200:\n{body[:500].decode(errors='replace')}")


def measure(wrk, base, label, lang, path, options):
    """Warm one page, load it with wrk and return its figures."""
    progress(f"measuring {label} ({lang}) {path}")
    warm(base, path)
    command = [
        *(wrk, f"-t{options['threads']}", f"-c{options['connections']}", f"-d{options['seconds']}s"),
        *("--latency", base + path),
    ]
    figures = parse_wrk(run(command).stdout)
    if figures["errors"]:
        progress(f"warning: {figures['errors']} failed requests on {path}")
    return {"page": label, "language": lang, "path": path, **figures}


def parse_wrk(output):
    """Requests/s, p50/p99 latency in ms, request count and failures from wrk --latency output."""
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    count = re.search(r"^\s*(\d+) requests in", output, re.MULTILINE)
    percentiles = {
        int(share): float(value) * LATENCY_UNITS_MS[unit]
        for share, value, unit in re.findall(r"^\s+(\d+)%\s+([\d.]+)(us|ms|s|m|h)\s*$", output, re.MULTILINE)
    }
    if not (rps and count and {50, 99} <= percentiles.keys()):
        fail(f"could not read wrk's output:\n{output}")
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    errors = int(non_2xx.group(1)) if non_2xx else 0
    errors += sum(int(n) for n in socket_errors.groups()) if socket_errors else 0
    return {
        "requests_per_second": float(rps.group(1)),
        "p50_ms": round(percentiles[50], 2),
        "p99_ms": round(percentiles[99], 2),
        "requests": int(count.group(1)),
        "errors": errors,
    }


def add_ratios(rows):
    """Give every row its throughput as a percentage of the minimal view's."""
    baseline = rows[0]["requests_per_second"]
    for row in rows:
        row["ratio_pct"] = round(100 * row["requests_per_second"] / baseline, 1)


def print_table(rows):
    """Print the results as an aligned table."""
    header = f"{'page':<10} {'lang':<4} {'req/s':>9} {'p50 ms':>9} {'p99 ms':>9} {'vs minimal':>10}"
    print()
    print(header)
    print("-" * len(header))
    for row in rows:
        print(
            f"{row['page']:<10} {row['language']:<4} {row['requests_per_second']:>9.1f} {row['p50_ms']:>9.2f}"
            f" {row['p99_ms']:>9.2f} {row['ratio_pct']:>9.1f}%"
        )


def write_json(rows, options, content, database_url):
    """Write the results with how they were obtained to bench/results/latest.json."""
    RESULTS.parent.mkdir(exist_ok=True)
    report = {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "server": {"gunicorn_workers": WORKERS, "worker_class": "sync", "debug": False},
        "load": {**options, "tool": "wrk"},
        "machine": {"cpus": os.cpu_count(), "load_average": [round(load, 2) for load in os.getloadavg()]},
        "database": urlsplit(database_url).scheme,
        "content": content,
        "results": rows,
    }
    RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten to {RESULTS.relative_to(ROOT)}")


def manage(env, *args, check=True):
    """Run a manage.py command with the benchmark's environment."""
    return run([sys.executable, "manage.py", *args], env=env, check=check)


def run(command, env=None, check=True):
    """Run a command quietly, capturing its output; on failure raise with its stderr when check is set."""
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if check and result.returncode != 0:
        fail(f"{' '.join(command[:3])} … failed ({result.returncode}):\n{result.stderr[-3000:] or result.stdout}")
    return result


def last_line(text):
    """The last non-empty line of some output, for a one-line reason."""
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "no output"


def tail(path, lines=30):
    """The last lines of a log file, or a note that it is empty."""
    text = path.read_text(errors="replace") if path.exists() else ""
    return "\n".join(text.splitlines()[-lines:]) or "(empty log)"


def progress(message):
    """One progress line."""
    print(f"bench: {message}", flush=True)


def interrupt(signum, frame):
    """Turn SIGTERM (and SIGINT, even if the parent ignored it) into KeyboardInterrupt so cleanup runs."""
    raise KeyboardInterrupt


def fail(message):
    """Stop the benchmark with a message."""
    raise BenchError(message)


if __name__ == "__main__":
    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)
    try:
        main()
    except BenchError as error:
        print(f"bench: error: {error}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("bench: interrupted; cleaned up", file=sys.stderr)
        sys.exit(130)
