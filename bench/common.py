"""What every part of the benchmark shares: paths, options from the environment, running commands, failing."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = ROOT / "bench" / "results"
HOST = "127.0.0.1"
LANGUAGES = ("ar", "en")


class BenchError(Exception):
    """A step of the benchmark failed; the message says which and why."""


def fail(message):
    """Stop the benchmark with a message."""
    raise BenchError(message)


def progress(message):
    """One progress line."""
    print(f"bench: {message}", flush=True)


def env_int(name, default):
    """A positive integer from the environment."""
    value = os.environ.get(name, str(default)).strip()
    if not value.isdigit() or int(value) < 1:
        fail(f"{name} must be a positive integer, not {value!r}")
    return int(value)


def env_flag(name):
    """True when the environment sets name to 1, true or yes."""
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes"}


def env_sizes(name, default):
    """Curriculum sizes as [(modules, lessons per module)] from e.g. "2x10,20x10,200x10"."""
    sizes = []
    for item in os.environ.get(name, default).replace(" ", "").split(","):
        modules, _, lessons = item.lower().partition("x")
        if not (modules.isdigit() and lessons.isdigit() and int(modules) > 0 and int(lessons) > 0):
            fail(f"{name} must look like 2x10,20x10,200x10, not {item!r}")
        sizes.append((int(modules), int(lessons)))
    return sizes


def run(command, env=None, check=True, timeout=None):
    """Run a command quietly, capturing its output; on failure raise with its stderr when check is set."""
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    if check and result.returncode != 0:
        shown = " ".join(str(part) for part in command[:4])
        fail(f"{shown} … failed ({result.returncode}):\n{(result.stderr or result.stdout)[-3000:]}")
    return result


def manage(env, *args, check=True):
    """Run a manage.py command with the benchmark's environment."""
    return run([sys.executable, "manage.py", *args], env=env, check=check)


def django_shell(env, code):
    """Run Python inside Django (manage.py shell) and return its last line of output, which must be JSON."""
    lines = [line for line in manage(env, "shell", "-c", code).stdout.splitlines() if line.strip()]
    if not lines:
        fail(f"no output from: {code}")
    return lines[-1]


def tail(path, lines=30):
    """The last lines of a log file, or a note that it is empty."""
    text = path.read_text(errors="replace") if path.exists() else ""
    return "\n".join(text.splitlines()[-lines:]) or "(empty log)"
