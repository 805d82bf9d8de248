"""Every migration of our apps reverses cleanly and applies again, on a database holding content.

The walk runs in a subprocess (home/tests/migration_cycle.py) on a throwaway copy of the test database, which is
migrated and holds the test curriculum: a PostgreSQL database made with pg_dump when the tests run on
PostgreSQL, a SQLite file when they run on SQLite (CI runs the suite on both).
"""

import json
import logging
import sqlite3
import subprocess
import sys
from contextlib import ExitStack

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from . import servers as processes
from .migration_cycle import APPS

pytestmark = [pytest.mark.reliability, pytest.mark.django_db]
# The figures the issue asks for (show them with -o log_cli=true --log-cli-level=INFO).
figures = logging.getLogger("minbar.reliability")


def copy_of_test_database(stack, tmp_path):
    """The URL of a copy of the test database that the subprocess may change at will."""
    if connection.vendor == "postgresql":
        return processes.copy_of_test_database(stack, "migrations")
    path = tmp_path / "migrations.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(path) as target:
        connection.connection.backup(target)
    target.close()
    return f"sqlite:///{path}"


def graph_chains():
    """Each app's migrations in order, read from the files on disk (whatever other work added since)."""
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    return {
        app: [name for label, name in graph.forwards_plan(graph.leaf_nodes(app)[0]) if label == app] for app in APPS
    }


def test_every_migration_of_our_apps_reverses_and_applies_again_with_content_intact(tmp_path):
    with ExitStack() as stack:
        url = copy_of_test_database(stack, tmp_path)
        env = {
            **processes.server_env(tmp_path, url, "locmemcache://"),
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
        }
        done = subprocess.run(
            [sys.executable, "-m", "home.tests.migration_cycle"],
            cwd=processes.ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
    assert done.returncode == 0, done.stderr[-4000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])

    chains = graph_chains()
    assert result["chains"] == chains
    expected_steps = []
    for app, names in chains.items():
        expected_steps += [f"{app} {previous}" for previous in reversed(names[:-1])] + ["(all)"]
    walk, zero = result["steps"][: len(expected_steps)], result["steps"][len(expected_steps) :]
    assert walk == expected_steps
    assert zero[-1] == "(all)" and all(step.endswith(" zero") for step in zero[:-1])
    before, after, again = result["before"], result["after"], result["again"]
    figures.info(f"migrations: {chains}\nsteps: {list(zip(result['steps'], result['seconds'], strict=True))}")
    assert before["contributions"] == 2 and before["contribution_audit_entries"] >= 2
    assert before["lessons"] > 0 and before["page_log_entries"] > 0
    assert after == before, "every step back and forward kept the content"
    # Data migrations run again after going to zero, without duplicates.
    assert (again["workflows"], again["groups"]) == (before["workflows"], before["groups"])
