"""The benchmark's report: Markdown tables, which of issue #6's targets pass, and the JSON behind them."""

import json
import os
from datetime import UTC, datetime

from .common import RESULTS_DIR

# The admin contributions listing must stay under this many queries whatever the number of rows
# (contributions/tests/test_admin_scale.py asserts the same bound).
ADMIN_QUERY_BOUND = 20
MILLION = 1_000_000


def publish(results):
    """Print the report, and write it with the raw figures to bench/results/latest.{md,json}."""
    results["generated_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    results["machine"] = {"cpus": os.cpu_count(), "load_average": [round(n, 2) for n in os.getloadavg()]}
    add_ratios(results.get("wrk", []))
    results["targets"] = targets(results)
    text = "\n".join(markdown(results))
    print("\n" + text)
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / "latest.md").write_text(text + "\n", encoding="utf-8")
    (RESULTS_DIR / "latest.json").write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten to bench/results/latest.md and latest.json ({results['seconds']} s in all)")


def add_ratios(rows):
    """Each row's throughput as a percentage of the minimal view's, in the same mode."""
    minimal = {row["mode"]: row["requests_per_second"] for row in rows if row["page"] == "minimal"}
    for row in rows:
        row["ratio_pct"] = round(100 * row["requests_per_second"] / minimal[row["mode"]], 1)


def wrk_rows(results, mode, kinds=None):
    return [row for row in results.get("wrk", []) if row["mode"] == mode and (kinds is None or row["page"] in kinds)]


def targets(results):
    """Issue #6's targets with the measured figure and whether it passes (None when not measured)."""
    checks = []
    cached = [row for row in wrk_rows(results, "cached") if row["page"] != "minimal" and row["x_cache"] == "hit"]
    cached_types = {row["page"] for row in cached}
    expected = {"home", "catalogue", "module", "lesson", "topic"}
    figure = min((row["ratio_pct"] for row in cached), default=None)
    passed = None if figure is None else figure >= 40 and expected <= cached_types
    checks.append(("cached anonymous pages ≥ 40% of the minimal view", pct(figure, "lowest"), passed))
    lessons = wrk_rows(results, "uncached", {"lesson"})
    figure = min((row["ratio_pct"] for row in lessons), default=None)
    checks.append(("uncached lesson ≥ 4% of the minimal view", pct(figure, "lowest"), figure and figure >= 4))
    counts = results.get("instructions", {})
    queries = [counts["uncached"][f"lesson {lang}"]["queries"] for lang in ("ar", "en")] if counts else []
    figure = max(queries, default=None)
    checks.append(("uncached lesson ≤ 12 queries", f"{figure} queries" if queries else "-", figure and figure <= 12))
    search = wrk_rows(results, "uncached", {"search"})
    figure = max((row["p99_ms"] for row in search), default=None)
    checks.append(("search p99 < 300 ms (uncached)", ms(figure), figure and figure < 300))
    admin = results.get("admin", {})
    figure = admin.get("queries")
    checks.append(
        (
            f"admin contributions listing, {admin.get('contributions', 0):,} rows: bounded queries",
            f"{figure} queries, p50 {admin.get('p50_ms')} ms" if admin else "-",
            figure is not None and figure <= ADMIN_QUERY_BOUND,
        )
    )
    for mode, label, limit in (("uncached", "uncached lesson ≤ 30 M", 30), ("cached", "cached lesson ≤ 3 M", 3)):
        values = [counts[mode][f"lesson {lang}"]["instructions"] for lang in ("ar", "en")] if counts else []
        figure = max(values, default=None)
        shown = f"{figure / MILLION:.1f} M" if values else "-"
        checks.append((f"{label} instructions/request", shown, figure is not None and figure <= limit * MILLION))
    return [
        {"target": name, "figure": figure, "passed": None if figure in ("-", None) else bool(passed)}
        for name, figure, passed in checks
    ]


def pct(value, word):
    return "-" if value is None else f"{value:.1f}% ({word})"


def ms(value):
    return "-" if value is None else f"{value:.0f} ms"


def markdown(results):
    """The report's lines."""
    options = results["options"]
    modules, lessons = options["size"]
    yield f"## Minbar benchmark, {results['generated_at']}"
    yield ""
    yield (
        f"{modules} modules × {lessons} lessons × 2 languages, {options['contributions']:,} contributions; "
        f"database {results['database']}; cache {results['cache']}; {results['machine']['cpus']} CPUs, "
        f"load average {results['machine']['load_average']}; took {results['seconds']} s."
    )
    if results.get("wrk"):
        yield from wrk_table(results, options)
    if results.get("instructions"):
        yield from instructions_table(results)
    if results.get("growth"):
        yield from growth_table(results["growth"])
    admin = results["admin"]
    yield ""
    yield (
        f"Admin contributions listing ({admin['contributions']:,} contributions, {admin['listed']:,} listed, "
        f"50 a page), logged-in moderator, test client: {admin['queries']} queries, "
        f"p50 {admin['p50_ms']} ms, max {admin['max_ms']} ms over {admin['requests']} requests."
    )
    yield ""
    yield "| target | figure | passes |"
    yield "|---|---|---|"
    for check in results["targets"]:
        passed = {True: "yes", False: "**no**", None: "not measured"}[check["passed"]]
        yield f"| {check['target']} | {check['figure']} | {passed} |"


def wrk_table(results, options):
    yield ""
    yield (
        f"wrk, {options['seconds']} s a run, {options['connections']} connections, {options['threads']} threads; "
        "gunicorn, 2 sync workers. Ratio = req/s ÷ the minimal view's req/s in the same mode."
    )
    yield ""
    yield "| page | lang | uncached req/s | p50 ms | p99 ms | ratio | cached req/s | p50 ms | p99 ms | ratio | cache |"
    yield "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|"
    cached = {(row["page"], row["language"]): row for row in wrk_rows(results, "cached")}
    for row in wrk_rows(results, "uncached"):
        other = cached.get((row["page"], row["language"]), {})
        cells = [row["page"], row["language"], *figures(row), *figures(other), other.get("x_cache") or "-"]
        yield "| " + " | ".join(cells) + " |"
    failed = [row for row in results["wrk"] if row["errors"]]
    if failed:
        yield ""
        yield "Failed requests (timeouts, errors or non-2xx): " + ", ".join(
            f"{row['page']} {row['language']} {row['mode']}: {row['errors']} of {row['requests']}" for row in failed
        )


def figures(row):
    if not row:
        return ["-"] * 4
    return [
        f"{row['requests_per_second']:.0f}",
        f"{row['p50_ms']:.1f}",
        f"{row['p99_ms']:.1f}",
        f"{row['ratio_pct']:.1f}%",
    ]


def instructions_table(results):
    counts = results["instructions"]
    yield ""
    yield f"Instructions per request (callgrind, {results['options']['requests']} warm requests a page, test client)."
    yield ""
    yield "| page | lang | uncached M instr | queries | cached M instr | queries | X-Cache |"
    yield "|---|---|--:|--:|--:|--:|---|"
    for label, row in counts["uncached"].items():
        kind, _, lang = label.partition(" ")
        other = counts["cached"].get(label)
        cached = (
            [f"{other['instructions'] / MILLION:.2f}", str(other["queries"]), other["x_cache"] or "-"]
            if other
            else ["-"] * 3
        )
        yield (
            f"| {kind} | {lang or '-'} | {row['instructions'] / MILLION:.2f} | {row['queries']} | "
            + " | ".join(cached)
            + " |"
        )
    again = counts["uncached"].get("lesson ar", {})
    if "instructions_again" in again:
        spread = abs(again["instructions_again"] - again["instructions"]) / again["instructions"] * 100
        yield ""
        yield f"The Arabic lesson measured twice in one process: {spread:.2f}% apart."


def growth_table(growth):
    sizes = list(growth)
    yield ""
    yield "Growth, Arabic pages, page cache off: M instructions per request / queries, by curriculum size."
    yield ""
    yield "| page | " + " | ".join(f"{size} ({lessons_of(size):,} lessons)" for size in sizes) + " |"
    yield "|---|" + "--:|" * len(sizes)
    for kind in next(iter(growth.values())):
        cells = [
            f"{growth[size][kind]['instructions'] / MILLION:.2f} / {growth[size][kind]['queries']}" for size in sizes
        ]
        yield f"| {kind} | " + " | ".join(cells) + " |"


def lessons_of(size):
    modules, lessons = (int(n) for n in size.split("x"))
    return modules * lessons
