"""Instructions per request, counted by valgrind's callgrind: the stable figure on a noisy shared machine.

One Python process (bench/probe.py) sets Django up, warms every page and counts its queries, then sends N requests
to each page in turn, each batch inside its own measured region; a region with no request measures the harness.
Instructions per request = (region with N requests - region with none) / N. Callgrind counts only the regions
(--collect-atstart=no, toggled on and dumped around PyRun_SimpleStringFlags, through which probe.py runs them), so
Python's start-up and Django's set-up, which take a minute under valgrind, are paid once per process rather than
once per page. Counts repeat within a fraction of a percent from run to run, unlike timings.
"""

import json
import shutil
import sys

from .common import ROOT, fail, progress, run

REGION_FUNCTION = "PyRun_SimpleStringFlags"
TIMEOUT = 3600


def ensure_valgrind():
    """The path of valgrind, installing Debian's package when it is missing."""
    found = shutil.which("valgrind")
    if found:
        return found
    progress("installing valgrind (apt-get)")
    if run(["apt-get", "install", "-y", "-qq", "valgrind"], check=False).returncode != 0:
        run(["apt-get", "update", "-qq"])
        run(["apt-get", "install", "-y", "-qq", "valgrind"])
    return shutil.which("valgrind") or fail("valgrind is still missing after installing it")


def count(valgrind, env, pages, requests, workdir, repeat=()):
    """Instructions per request and queries of each (label, path), measured in one process under callgrind.

    Returns {label: {"path", "instructions", "queries", "x_cache"}} and, for labels in repeat, a second
    measurement of the same page as "instructions_again" (how well counts repeat).
    """
    workdir.mkdir(parents=True, exist_ok=True)
    for old in workdir.glob("callgrind.out*"):
        old.unlink()
    spec, out = workdir / "spec.json", workdir / "probe.json"
    spec.write_text(json.dumps({"pages": pages, "requests": requests, "repeat": list(repeat)}, ensure_ascii=False))
    command = [
        *(valgrind, "--tool=callgrind", "--collect-atstart=no", f"--toggle-collect={REGION_FUNCTION}"),
        *(f"--dump-after={REGION_FUNCTION}", "--dump-instr=no", f"--callgrind-out-file={workdir / 'callgrind.out'}"),
        *("-q", sys.executable, str(ROOT / "bench" / "probe.py"), "instructions", str(spec), str(out)),
    ]
    run(command, env=env, timeout=TIMEOUT)
    facts = json.loads(out.read_text())
    totals = region_totals(workdir, len(facts["regions"]))
    per_region = dict(zip(facts["regions"], totals, strict=True))
    baseline = per_region.pop("baseline")
    results = {}
    for label, page in facts["pages"].items():
        results[label] = {**page, "instructions": round((per_region[label] - baseline) / requests)}
        again = per_region.get(f"{label} (again)")
        if again is not None:
            results[label]["instructions_again"] = round((again - baseline) / requests)
    return results


def region_totals(workdir, expected):
    """The instruction total of each dump callgrind wrote, in the order the regions ran."""
    dumps = sorted(workdir.glob("callgrind.out.*"), key=lambda path: int(path.suffix[1:]))
    if len(dumps) != expected:
        fail(f"callgrind wrote {len(dumps)} region dumps, expected {expected}")
    totals = []
    for dump in dumps:
        for line in dump.read_text(errors="replace").splitlines():
            if line.startswith(("totals:", "summary:")):
                totals.append(int(line.split()[1]))
                break
        else:
            fail(f"no totals in {dump}")
    return totals
