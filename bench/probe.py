"""Requests sent inside one Django process through the test client: instruction regions, queries, profiles.

Usage (bench/instructions.py and bench/run.py start it with the benchmark's environment):
  probe.py pages OUT                      the pages to measure, as JSON
  probe.py instructions SPEC OUT          warm each page, count its queries, then run each page's measured region
  probe.py admin OUT                      time the contributions listing as a logged-in moderator
  probe.py profile PATH OUT               cProfile of requests to one page, hottest functions first

Under callgrind (started with --collect-atstart=no --toggle-collect=PyRun_SimpleStringFlags
--dump-after=PyRun_SimpleStringFlags) only what runs inside PyRun_SimpleString is counted, and each call ends with
a dump of its own: so every region below is one dump file holding exactly the instructions of its requests, with
Python's start-up, Django's set-up and the warming requests left out.
"""

import ctypes
import gc
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

HOST = "127.0.0.1"
WARM = 3
ADMIN_REQUESTS = 20


class ProbeError(Exception):
    """A page did not answer as it must."""


def client():
    """A test client that reaches the site as wrk does: over the allowed host, no cookies kept."""
    return Client(HTTP_HOST=HOST)


def get(browser, path):
    """GET a path and forget any cookie it set (wrk sends none), failing unless it answers 200."""
    response = browser.get(path)
    browser.cookies.clear()
    if response.status_code != 200:
        raise ProbeError(f"{path} answered {response.status_code}")
    return response


def region(job):
    """Run job inside PyRun_SimpleString: under callgrind that call, and only it, is counted and dumped."""
    sys.modules["__main__"]._bench_job = job
    gc.collect()
    if ctypes.pythonapi.PyRun_SimpleString(b"_bench_job()") != 0:
        raise ProbeError("a measured region raised an exception (printed above)")


def requests(browser, path, count, statuses):
    """A job sending count requests to path, noting each status and dropping cookies as wrk does."""

    def job():
        for _ in range(count):
            statuses.append(browser.get(path).status_code)
            browser.cookies.clear()

    return job


def instructions(spec_path, out_path):
    """Warm and count queries for every page, then one region with no request and one region per page."""
    spec = json.loads(Path(spec_path).read_text())
    browser, facts = client(), {}
    for label, path in spec["pages"]:
        for _ in range(WARM - 1):
            get(browser, path)
        with CaptureQueriesContext(connection) as queries:
            response = get(browser, path)
        facts[label] = {"path": path, "queries": len(queries), "x_cache": response.get("X-Cache", "")}
    regions = [("baseline", None)] + [(label, path) for label, path in spec["pages"]]
    regions += [(f"{label} (again)", path) for label, path in spec["pages"] if label in spec.get("repeat", [])]
    statuses = []
    for _label, path in regions:
        region(requests(browser, path, 0 if path is None else spec["requests"], statuses))
    if any(status != 200 for status in statuses):
        raise ProbeError(f"measured requests did not all answer 200: {sorted(set(statuses))}")
    write(out_path, {"regions": [label for label, _path in regions], "pages": facts, "requests": spec["requests"]})


def admin(out_path):
    """The contributions listing as a moderator sees it: query count and time per request over many requests."""
    from django.contrib.auth.models import Group, User
    from django.urls import reverse

    from contributions.models import Contribution

    user, _ = User.objects.get_or_create(username="bench-moderator", defaults={"is_staff": True})
    user.groups.add(Group.objects.get(name="Moderators"))
    browser = client()
    browser.force_login(user)
    url = reverse("wagtailsnippets_contributions_contribution:list")
    for _ in range(WARM):
        browser.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = browser.get(url)
    # Read now: the next request clears the connection's query log, and with it what the context captured.
    query_count = len(queries)
    if response.status_code != 200:
        raise ProbeError(f"the contributions listing answered {response.status_code}")
    timings = []
    for _ in range(ADMIN_REQUESTS):
        started = time.perf_counter()
        browser.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    write(
        out_path,
        {
            "contributions": Contribution.objects.count(),
            "listed": Contribution.objects.visible_to_moderators().count(),
            "queries": query_count,
            "requests": ADMIN_REQUESTS,
            "p50_ms": round(timings[len(timings) // 2], 1),
            "max_ms": round(timings[-1], 1),
        },
    )


def profile(path, out_path, count=20):
    """Where the time of a page goes: cProfile over count warm requests, by own time and by cumulative time."""
    import cProfile
    import io
    import pstats

    browser = client()
    for _ in range(WARM):
        get(browser, path)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(count):
        get(browser, path)
    profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text).strip_dirs()
    text.write(f"cProfile of {count} warm requests to {path}\n")
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(40)
    Path(out_path).write_text(text.getvalue(), encoding="utf-8")


def pages(out_path):
    """The pages to measure in this database."""
    from bench.content import discover

    write(out_path, discover())


def write(path, data):
    Path(path).write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    try:
        {"pages": pages, "instructions": instructions, "admin": admin, "profile": profile}[command](*args)
    except ProbeError as error:
        print(f"probe: {error}", file=sys.stderr)
        sys.exit(1)
