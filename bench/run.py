"""Measure Minbar at scale: wrk throughput and latency, instructions and queries per request, and how they grow.

Usage: `make bench` (or .venv/bin/python -m bench.run). Environment (defaults in brackets):
  BENCH_SECONDS [10]  BENCH_CONNECTIONS [8]  BENCH_THREADS [2]   each wrk run
  BENCH_DB [sqlite]   or postgres, on the server BENCH_PG_URL [postgres://postgres@127.0.0.1:5432]
  BENCH_MODULES [200] BENCH_LESSONS [10] BENCH_CONTRIBUTIONS [10000]   the curriculum wrk and the admin probe use
  BENCH_SIZES [2x10,20x10,200x10]   curriculum sizes for the growth table (modules x lessons, per language)
  BENCH_REQUESTS [10] measured requests per page under callgrind
  BENCH_REDIS_DB [14] the Redis database the benchmark flushes and uses as its cache (LocMem when Redis is absent)
  BENCH_SKIP_WRK, BENCH_SKIP_INSTRUCTIONS, BENCH_SKIP_GROWTH = 1 to leave a part out
Prints Markdown tables and writes bench/results/latest.json and latest.md. Generated databases are cached in
bench/results/db-cache/; gunicorn, the databases and temporary files are removed whatever happens.
"""

import contextlib
import json
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

# `python bench/run.py` as well as `python -m bench.run`.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import instructions, report, server  # noqa: E402
from bench.common import LANGUAGES, RESULTS_DIR, BenchError, env_flag, env_int, env_sizes, progress, run  # noqa: E402
from bench.database import Databases, collect_static, django_env  # noqa: E402

CACHED_TIMEOUT = 600
PROBE = Path(__file__).resolve().parent / "probe.py"
# The page types of the growth table, and of the cached instruction counts.
GROWTH_PAGES = ("lesson", "module", "catalogue", "home", "search")
CACHED_PAGES = ("lesson", "module", "catalogue", "home", "topic")


def main():
    """Generate or reuse the databases, measure, report; clean up whatever happens."""
    started = time.monotonic()
    options = {name: env_int(f"BENCH_{name.upper()}", default) for name, default in server_defaults().items()}
    main_size = (env_int("BENCH_MODULES", 200), env_int("BENCH_LESSONS", 10))
    contributions = env_int("BENCH_CONTRIBUTIONS", 10_000)
    requests = env_int("BENCH_REQUESTS", 10)
    results = {"options": {**options, "size": main_size, "contributions": contributions, "requests": requests}}
    wrk = None if env_flag("BENCH_SKIP_WRK") else server.ensure_wrk()
    valgrind = None if env_flag("BENCH_SKIP_INSTRUCTIONS") else instructions.ensure_valgrind()
    with contextlib.ExitStack() as cleanup:
        tmp = Path(tempfile.mkdtemp(prefix="minbar-bench-"))
        cleanup.callback(shutil.rmtree, tmp, ignore_errors=True)
        cache_url, results["cache"] = bench_cache()
        cleanup.callback(flush, cache_url)
        databases = Databases(os.environ.get("BENCH_DB", "sqlite"), tmp, cache_url, cleanup)
        results["database"] = databases.engine
        url = databases.ready(main_size, contributions)
        env = {mode: django_env(tmp, url, cache_url, timeout) for mode, timeout in modes()}
        collect_static(env["uncached"])
        pages = probe_json(env["uncached"], tmp, "pages")
        results["pages"] = pages
        if wrk:
            results["wrk"] = measure_wrk(wrk, env, pages, options, tmp)
        flush(cache_url)
        results["admin"] = probe_json(env["uncached"], tmp, "admin")
        if valgrind:
            results["instructions"] = count_main(valgrind, env, pages, requests, tmp / "cg")
            results["profile"] = profile_lesson(env["uncached"], pages, tmp)
            if not env_flag("BENCH_SKIP_GROWTH"):
                results["growth"] = growth(valgrind, databases, tmp, cache_url, main_size, results, requests)
    results["seconds"] = round(time.monotonic() - started)
    report.publish(results)


def server_defaults():
    return {"seconds": 10, "connections": 8, "threads": 2}


def modes():
    """(name, MINBAR_PAGE_CACHE_TIMEOUT): the page cache off, then on."""
    return [("uncached", 0), ("cached", CACHED_TIMEOUT)]


def bench_cache():
    """Production's kind of cache: Redis (one database of its own, flushed) when it answers, else LocMem."""
    url = f"redis://127.0.0.1:6379/{env_int('BENCH_REDIS_DB', 14)}"
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except Exception as error:  # noqa: BLE001 - any failure to reach Redis means falling back
        progress(f"Redis unavailable ({error}); using a LocMem cache per worker: cached pages are per process")
        return "locmemcache://minbar-bench", "locmem (Redis unavailable; each worker has its own cache)"
    flush(url)
    return url, f"redis ({url}, flushed before each part)"


def flush(url):
    """Empty the benchmark's Redis database (never another)."""
    if url.startswith("redis://"):
        import redis

        redis.Redis.from_url(url).flushdb()


def probe_json(env, tmp, command, *args):
    """Run bench/probe.py in Django and read the JSON it writes."""
    out = tmp / f"{command}.json"
    run([sys.executable, str(PROBE), command, *args, str(out)], env=env)
    return json.loads(out.read_text())


def measure_wrk(wrk, env, pages, options, tmp):
    """wrk on the minimal view and each page type in each language, with the page cache off and then on."""
    rows = []
    for mode, _timeout in modes():
        flush(env[mode]["CACHE_URL"])
        with server.gunicorn(env[mode], tmp / f"gunicorn-{mode}.log") as base:
            targets = [("minimal", "-", server.MINIMAL_PATH)]
            targets += [(kind, lang, pages[lang][kind]) for kind in pages["ar"] for lang in LANGUAGES]
            for kind, lang, path in targets:
                progress(f"wrk {mode} {kind} ({lang}) {path}")
                figures = server.measure(wrk, base, path, options)
                rows.append({"mode": mode, "page": kind, "language": lang, "path": path, **figures})
    return rows


def count_main(valgrind, env, pages, requests, workdir):
    """Instructions per request with the page cache off (every page type) and on (the cacheable ones)."""
    uncached = [("minimal", server.MINIMAL_PATH)]
    uncached += [(f"{kind} {lang}", pages[lang][kind]) for kind in pages["ar"] for lang in LANGUAGES]
    cached = [("minimal", server.MINIMAL_PATH)]
    cached += [(f"{kind} {lang}", pages[lang][kind]) for kind in CACHED_PAGES for lang in LANGUAGES]
    counts = {}
    for mode, pages_of_mode in (("uncached", uncached), ("cached", cached)):
        flush(env[mode]["CACHE_URL"])
        progress(f"counting instructions, page cache {mode} ({len(pages_of_mode)} pages under callgrind)")
        counts[mode] = instructions.count(
            valgrind, env[mode], pages_of_mode, requests, workdir / mode, repeat=["lesson ar"]
        )
    return counts


def profile_lesson(env, pages, tmp):
    """cProfile of the uncached Arabic lesson, kept beside the results for reading hot spots."""
    out = RESULTS_DIR / "profile-lesson.txt"
    RESULTS_DIR.mkdir(exist_ok=True)
    run([sys.executable, str(PROBE), "profile", pages["ar"]["lesson"], str(out)], env=env)
    return str(out.relative_to(RESULTS_DIR.parent.parent))


def growth(valgrind, databases, tmp, cache_url, main_size, results, requests):
    """Instructions and queries of the growth pages (Arabic, uncached) at each size of BENCH_SIZES."""
    table = {}
    for size in env_sizes("BENCH_SIZES", "2x10,20x10,200x10"):
        label = f"{size[0]}x{size[1]}"
        if size == main_size:
            measured = results["instructions"]["uncached"]
            table[label] = {kind: measured[f"{kind} ar"] for kind in GROWTH_PAGES}
            continue
        url = databases.ready(size, 0)
        env = django_env(tmp, url, cache_url, 0)
        pages = probe_json(env, tmp, "pages")
        flush(cache_url)
        progress(f"counting instructions at {label}")
        wanted = [(f"{kind} ar", pages["ar"][kind]) for kind in GROWTH_PAGES]
        measured = instructions.count(valgrind, env, wanted, requests, tmp / "cg" / label)
        table[label] = {kind: measured[f"{kind} ar"] for kind in GROWTH_PAGES}
    return table


def interrupt(signum, frame):
    """Turn SIGTERM (and SIGINT, even if the parent ignored it) into KeyboardInterrupt so cleanup runs."""
    raise KeyboardInterrupt


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
