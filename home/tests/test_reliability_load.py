"""Sustained load on one app server, and a burst of proposals sent at the same moment.

Gunicorn (two sync workers, production settings) serves a copy of the test database made with pg_dump, so that
these tests can write freely without a flush of the test database afterwards.
"""

import json
import logging
import re
import threading
import time
from contextlib import ExitStack
from urllib.parse import quote

import pytest

from . import servers as processes
from .servers import Gunicorn, psql, server_env
from .web import Browser, Load, lesson_proposal

pytestmark = [processes.requires_postgresql, pytest.mark.reliability, pytest.mark.django_db]
# The figures the issue asks for (show them with -o log_cli=true --log-cli-level=INFO).
figures = logging.getLogger("minbar.reliability")

REDIS_DB = 13
LOAD_SECONDS = 8
LOAD_THREADS = 4
BURST = 20
# What a visitor reads (served from the page cache after the first time), searches for (each query rendered),
# and the proposal form (never cached).
PAGES = [
    "/ar/",
    "/en/",
    "/ar/modules/",
    "/ar/modules/websites/",
    "/ar/modules/websites/lesson-1/",
    "/en/modules/websites/lesson-2/",
    "/en/modules/shutdowns/",
    "/ar/contribute/new/",
]
SEARCHES = [f"/ar/search/?q={quote(f'الدرس {number}')}" for number in range(200)]
RELAXED_LIMITS = {"submit_ip": "1000/h", "submit_email": "1000/h", "post_ip": "1000/h"}
# Lines gunicorn's arbiter writes when a worker dies, hangs or is replaced.
WORKER_TROUBLE = re.compile(r"WORKER TIMEOUT|Worker \(pid:\d+\) (was sent|exited)|Worker exiting", re.IGNORECASE)


@pytest.fixture(scope="module")
def site(django_db_setup, tmp_path_factory):
    """One gunicorn on its own copy of the test database, with rate limits relaxed for the burst."""
    tmp_path = tmp_path_factory.mktemp("load")
    with ExitStack() as stack:
        database = processes.copy_of_test_database(stack, "load")
        env = server_env(
            tmp_path,
            database,
            processes.redis_cache(REDIS_DB),
            MINBAR_TEST_RATE_LIMITS=json.dumps(RELAXED_LIMITS),
        )
        server = Gunicorn(env, tmp_path / "gunicorn.log", workers=2)
        processes.start_servers(stack, server)
        yield server, database


def test_sustained_load_gets_no_server_error_and_restarts_no_worker(site):
    server, _database = site
    workers = server.booted_workers()

    with Load(server.base_url, PAGES + SEARCHES[:100] + PAGES, threads=LOAD_THREADS) as load:
        time.sleep(LOAD_SECONDS)

    statuses = [status for _started, _finished, status, *_rest in load.records]
    slowest = max(finished - started for started, finished, *_rest in load.records)
    figures.info(f"load: {len(statuses)} requests in {LOAD_SECONDS}s, slowest {slowest:.2f}s, statuses {set(statuses)}")
    assert len(statuses) > 50
    assert [status for status in statuses if status >= 500 or status == 0] == []
    assert set(statuses) == {200}
    assert server.booted_workers() == workers
    assert not WORKER_TROUBLE.search(server.output())


def proposals_stored(database):
    return psql(database, "SELECT title FROM contributions_contribution ORDER BY title").split()


def test_a_burst_of_proposals_stores_each_success_once(site):
    server, database = site
    module = int(
        psql(
            database,
            "SELECT id FROM wagtailcore_page WHERE slug = 'websites' AND url_path LIKE '/home-ar/%'",
        )
    )
    path = f"/ar/contribute/new/?module={module}"
    before = proposals_stored(database)
    browsers = [Browser(server.base_url) for _ in range(BURST)]
    forms = [browser.form(path, "#proposal-form") for browser in browsers]
    time.sleep(1.1)  # the minimum time a person takes over the form (MINBAR_FORM_MIN_SECONDS)
    start = threading.Barrier(BURST)
    answers = [None] * BURST

    def send(number):
        typed = lesson_proposal(f"burst-{number:02d}", f"burst{number}@example.org", module)
        start.wait()
        answers[number] = browsers[number].submit(path, typed, fields=forms[number])

    threads = [threading.Thread(target=send, args=(number,)) for number in range(BURST)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    statuses = [answer.status_code for answer in answers]
    successes = [number for number, answer in enumerate(answers) if answer.status_code == 302]
    stored = [title for title in proposals_stored(database) if title not in before]
    figures.info(
        f"burst: {BURST} sent, {len(successes)} successes, {len(stored)} stored, statuses {sorted(set(statuses))}"
    )
    assert all(
        answer.headers.get("Location") == "/ar/contribute/thanks/" for answer in answers if answer.status_code == 302
    )
    assert len(successes) == BURST, statuses
    assert sorted(stored) == sorted(f"burst-{number:02d}" for number in successes)
    emails = psql(database, "SELECT count(*), count(DISTINCT contribution_id) FROM contributions_outgoingemail")
    assert emails.strip() == f"{len(before) + BURST}|{len(before) + BURST}", "one verification email each"
