"""The mail server hangs while proposals come in: they are saved at once, and the worker sends each email once.

Gunicorn and the task worker (`manage.py db_worker`) run with production settings on a copy of the test
database; the SMTP server is a real one on loopback (contributions/tests/smtp.py) that first never answers.
contributions/tests/test_emails.py covers a refusing or stopped server and the retry schedule in process.
"""

import logging
import threading
import time
from contextlib import ExitStack

import pytest

from contributions.tests.smtp import SilentServer, SMTPServer

from . import servers as processes
from .servers import Gunicorn, Worker, psql, server_env
from .web import Browser, lesson_proposal, wait_for

pytestmark = [processes.requires_postgresql, pytest.mark.reliability, pytest.mark.django_db]
# The figures the issue asks for (show them with -o log_cli=true --log-cli-level=INFO).
figures = logging.getLogger("minbar.reliability")

REDIS_DB = 14
EMAIL_TIMEOUT = 3
PROPOSALS = 3
EMAILS = "SELECT count(*) FILTER (WHERE sent_at IS NOT NULL), count(*) FILTER (WHERE last_error LIKE '%timed out%'), "
EMAILS += "count(*), coalesce(max(attempts), 0) FROM contributions_outgoingemail"


@pytest.fixture
def site(django_db_setup, tmp_path):
    """Gunicorn and the task worker, sending through an SMTP server that accepts connections and never answers."""
    with ExitStack() as stack:
        database = processes.copy_of_test_database(stack, "mail")
        silent = SilentServer()
        silent.start()
        stack.callback(silent.stop)
        env = server_env(
            tmp_path,
            database,
            processes.redis_cache(REDIS_DB),
            EMAIL_URL=f"smtp://127.0.0.1:{silent.port}",
            EMAIL_TIMEOUT=str(EMAIL_TIMEOUT),
            MINBAR_TEST_RATE_LIMITS='{"submit_ip": "100/h"}',
        )
        server = Gunicorn(env, tmp_path / "gunicorn.log", workers=2)
        worker = Worker(env, tmp_path / "worker.log")
        stack.callback(worker.stop)
        worker.start()
        processes.start_servers(stack, server)
        yield server, worker, database, silent, stack


def emails(database):
    """(sent, timed out, total, most attempts) of the saved emails."""
    return tuple(int(value) for value in psql(database, EMAILS).strip().split("|"))


def test_proposals_are_saved_at_once_while_the_mail_server_hangs_and_each_email_goes_once_it_is_back(site):
    server, worker, database, silent, stack = site
    module = int(
        psql(database, "SELECT id FROM wagtailcore_page WHERE slug = 'websites' AND url_path LIKE '/home-ar/%'")
    )
    path = f"/ar/contribute/new/?module={module}"
    browsers = [Browser(server.base_url) for _ in range(PROPOSALS)]
    forms = [browser.form(path, "#proposal-form") for browser in browsers]
    time.sleep(1.1)
    answers, durations = [None] * PROPOSALS, [None] * PROPOSALS

    def send(number):
        typed = lesson_proposal(f"mail-{number}", f"mail{number}@example.org", module)
        started = time.monotonic()
        answers[number] = browsers[number].submit(path, typed, fields=forms[number])
        durations[number] = time.monotonic() - started

    threads = [threading.Thread(target=send, args=(number,)) for number in range(PROPOSALS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    figures.info(f"responses while the mail server hangs: {[round(d, 2) for d in durations]}s")
    assert [answer.status_code for answer in answers] == [302] * PROPOSALS
    assert max(durations) < EMAIL_TIMEOUT, "sending is the worker's job, never the request's"
    # The worker tries each email once, giving up after EMAIL_TIMEOUT seconds, and schedules a retry.
    wait_for(
        lambda: emails(database)[1] == PROPOSALS,
        timeout=PROPOSALS * EMAIL_TIMEOUT + 20,
        message="the worker's first attempts to time out",
    )
    assert emails(database) == (0, PROPOSALS, PROPOSALS, 1)

    silent.stop()
    smtp = SMTPServer(silent.port)
    smtp.start()
    stack.callback(smtp.stop)
    # The retries wait 30 s (tasks.retry_delay); let that time pass for them rather than for the test.
    psql(database, "UPDATE django_tasks_database_dbtaskresult SET run_after = now() WHERE status = 'READY'")
    wait_for(lambda: emails(database)[0] == PROPOSALS, timeout=30, message="every email to be sent")
    time.sleep(1)

    assert sorted(message["To"] for message in smtp.messages) == [f"mail{n}@example.org" for n in range(PROPOSALS)]
    assert emails(database) == (PROPOSALS, 0, PROPOSALS, 2), "each sent on its second attempt, and only once"
    assert "Traceback" not in worker.output()
