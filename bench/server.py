"""Gunicorn on loopback and wrk against it: requests per second and latency percentiles of one page at a time."""

import contextlib
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from urllib.parse import urlsplit

from .common import HOST, ROOT, fail, progress, run, tail

WORKERS = 2
MINIMAL_PATH = "/bench/minimal/"
WARM_REQUESTS = 5
LATENCY_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def ensure_wrk():
    """The path of wrk, installing Debian's package when it is missing."""
    found = shutil.which("wrk")
    if found:
        return found
    progress("installing wrk (apt-get)")
    if run(["apt-get", "install", "-y", "-qq", "wrk"], check=False).returncode != 0:
        run(["apt-get", "update", "-qq"])
        run(["apt-get", "install", "-y", "-qq", "wrk"])
    return shutil.which("wrk") or fail("wrk is still missing after installing it")


@contextlib.contextmanager
def gunicorn(env, log):
    """Gunicorn with sync workers on a free loopback port, stopped (and killed if need be) whatever happens."""
    port = free_port()
    command = [
        *(sys.executable, "-m", "gunicorn", "config.wsgi:application"),
        *("--workers", str(WORKERS), "--worker-class", "sync", "--bind", f"{HOST}:{port}"),
        *("--chdir", str(ROOT), "--error-logfile", str(log), "--log-level", "warning", "--no-control-socket"),
    ]
    progress(f"starting gunicorn ({WORKERS} sync workers) on {HOST}:{port}")
    server = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        wait_until_up(server, port, log)
        yield f"http://{HOST}:{port}"
    finally:
        stop(server)


def free_port():
    """A TCP port on the loopback interface that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_until_up(server, port, log, timeout=60):
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
    """Shut gunicorn's process group down gracefully, killing it if it lingers."""
    if server.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def get(port, path):
    """GET a path from the loopback server without following redirects; returns (status, headers, body)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def warm(base, path):
    """Request a path a few times so caches and lazy imports are warm; returns the last X-Cache header."""
    port = urlsplit(base).port
    for _ in range(WARM_REQUESTS):
        status, headers, body = get(port, path)
        if status != 200:
            fail(f"{path} answered {status}, not 200:\n{body[:500].decode(errors='replace')}")
    return headers.get("X-Cache", "")


def measure(wrk, base, path, options):
    """Warm one page, load it with wrk and return its figures."""
    x_cache = warm(base, path)
    command = [
        *(wrk, f"-t{options['threads']}", f"-c{options['connections']}", f"-d{options['seconds']}s"),
        # wrk counts a response slower than its 2 s default timeout as an error: slow pages should show as slow.
        *("--latency", "--timeout", "10s", base + path),
    ]
    figures = parse_wrk(run(command).stdout)
    if figures["errors"]:
        progress(f"warning: {figures['errors']} failed requests on {path}")
    return {**figures, "x_cache": x_cache}


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
