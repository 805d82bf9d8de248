"""Two app servers, one PostgreSQL, one Redis: whatever one server does, the other sees.

Both servers are gunicorn with production settings on the test database. A proposal sent through server A is
confirmed and approved through server B over HTTP; cached pages are refreshed on both when one publishes; rate
limits count requests to either.
"""

import re
import time
from contextlib import ExitStack
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.auth.models import Group, User
from django.urls import reverse

from contributions.models import Contribution, OutgoingEmail, Status
from curriculum.models import LessonPage, ModulePage

from . import servers as processes
from .servers import Gunicorn, requires_postgresql, server_env
from .web import Browser, lesson_proposal

pytestmark = [
    requires_postgresql,
    pytest.mark.reliability,
    # The servers see only committed rows. conftest.py puts the test curriculum back after each such test.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

REDIS_DB = 11
SUBMIT_IP_LIMIT = 3
MODERATOR_PASSWORD = "a long moderator passphrase"
ACTION_URL = "wagtailsnippets_contributions_contribution:workflow_action"


@pytest.fixture(scope="module")
def servers(django_db_setup, tmp_path_factory):
    """Servers A and B (two workers each) with the same settings, secret key, database and cache."""
    tmp = tmp_path_factory.mktemp("two-servers")
    env = server_env(
        tmp,
        processes.database_url(),
        processes.redis_cache(REDIS_DB),
        MINBAR_TEST_RATE_LIMITS=f'{{"submit_ip": "{SUBMIT_IP_LIMIT}/h"}}',
    )
    with ExitStack() as stack:
        yield processes.start_servers(stack, *(Gunicorn(env, tmp / f"gunicorn-{name}.log") for name in "ab"))


@pytest.fixture(autouse=True)
def empty_cache(servers):
    """Every test starts with no rate-limit counts and no cached pages."""
    processes.clear_cache(servers[0].env)


def arabic_module():
    return ModulePage.objects.get(slug="websites", locale__language_code="ar")


def make_moderator():
    """A moderator whose password the servers can check (production's hasher, not the tests' MD5)."""
    user = User.objects.create_user("moderator", "moderator@example.org", is_staff=True)
    user.password = PBKDF2PasswordHasher().encode(MODERATOR_PASSWORD, "reliabilitysalt")
    user.save()
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def csrf_token(html):
    """The CSRF token of the page's forms, as the admin's JavaScript reads it."""
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def propose_through(server, title, email):
    """A contributor fills in the new-lesson form on server, waits as a person would, and sends it."""
    module = arabic_module()
    browser = Browser(server.base_url)
    path = f"/ar/contribute/new/?module={module.pk}"
    fields = browser.form(path, "#proposal-form")
    time.sleep(1.1)  # MINBAR_FORM_MIN_SECONDS is 1 on these servers
    response = browser.submit(path, lesson_proposal(title, email, module.pk), fields=fields)
    return browser, response


def confirm_through(server, contribution):
    """Open the emailed link on server and press the confirm button, as the contributor does."""
    email = OutgoingEmail.objects.get(contribution=contribution, to=contribution.email)
    link = re.search(r"https?://\S+/contribute/verify/\S+", email.body).group(0)
    path = urlsplit(link).path
    browser = Browser(server.base_url)
    response = browser.submit(path)
    assert response.status_code == 200, response.text[:2000]
    return response


def log_in_as_moderator(server):
    browser = Browser(server.base_url, language="en")
    response = browser.submit("/admin/login/", {"username": "moderator", "password": MODERATOR_PASSWORD})
    assert response.status_code == 302, response.text[:2000]
    return browser


def approve(moderator, review_server, action_server, contribution):
    """Open the review screen on one server and approve through the other."""
    contribution.refresh_from_db()
    edit = f"/admin/snippets/contributions/contribution/edit/{contribution.pk}/"
    review = moderator.get(review_server.base_url + edit)
    assert review.status_code == 200
    assert contribution.title in review.text
    task_state = contribution.current_workflow_task_state
    url = reverse(ACTION_URL, args=[contribution.pk, "approve", task_state.pk])
    moderator.base_url = action_server.base_url
    response = moderator.post(url, {"csrfmiddlewaretoken": csrf_token(review.text), "comment": ""})
    assert response.status_code == 302, response.text[:2000]


def send_and_approve(server_a, server_b, title):
    """The whole journey of a proposal: sent through A, confirmed through B, reviewed on A, approved through B."""
    browser, response = propose_through(server_a, title, "hawre@example.org")
    assert response.status_code == 302, response.text[:3000]
    assert response.headers["Location"] == "/ar/contribute/thanks/"
    # The session that remembers what was sent is in the shared cache (and database): B knows it.
    browser.base_url = server_b.base_url
    thanks = browser.get("/ar/contribute/thanks/")
    assert thanks.status_code == 200
    assert "h***@example.org" in thanks.text

    contribution = Contribution.objects.get(title=title)
    assert contribution.status == Status.UNVERIFIED
    confirm_through(server_b, contribution)
    contribution.refresh_from_db()
    assert contribution.status == Status.IN_REVIEW

    make_moderator()
    moderator = log_in_as_moderator(server_b)
    approve(moderator, server_a, server_b, contribution)
    contribution.refresh_from_db()
    assert contribution.status == Status.APPROVED
    return LessonPage.objects.live().get(title=title)


def test_a_proposal_sent_through_one_server_is_approved_through_the_other_and_both_show_it_at_once(servers):
    server_a, server_b = servers
    module_path = arabic_module().url
    for server in servers:
        Browser(server.base_url).get(module_path)
    for server in servers:
        cached = Browser(server.base_url).get(module_path)
        assert cached.headers.get("X-Cache") == "hit", "both servers read the one shared page cache"
    title = "انسخ هاتفك احتياطيًا قبل أن يضيع"

    lesson = send_and_approve(server_a, server_b, title)

    assert lesson.get_parent().specific == arabic_module()
    for server in servers:
        module_page = Browser(server.base_url).get(module_path)
        assert module_page.status_code == 200
        assert title in module_page.text, f"{server.base_url} served the module page from before the publish"
        page = Browser(server.base_url).get(lesson.url)
        assert page.status_code == 200
        assert title in page.text


def test_rate_limits_count_requests_to_either_server(servers):
    server_a, server_b = servers
    module = arabic_module()
    path = f"/ar/contribute/new/?module={module.pk}"
    # Alternate servers; each contributor uses their own address so only the per-address (IP) limit applies.
    attempts = [(servers[number % 2], Browser(servers[number % 2].base_url)) for number in range(SUBMIT_IP_LIMIT + 2)]
    forms = [browser.form(path, "#proposal-form") for _server, browser in attempts]
    time.sleep(1.1)

    statuses = []
    for number, ((_server, browser), fields) in enumerate(zip(attempts, forms, strict=True)):
        typed = lesson_proposal(f"درس رقم {number}", f"person{number}@example.org", module.pk)
        response = browser.submit(path, typed, fields=fields)
        statuses.append(response.status_code)

    assert statuses == [302] * SUBMIT_IP_LIMIT + [429, 429]
    assert Contribution.objects.count() == SUBMIT_IP_LIMIT
    assert int(response.headers["Retry-After"]) > 0
    assert f"درس رقم {SUBMIT_IP_LIMIT + 1}" in response.text, "the refused proposal is shown again, kept"
