"""Security headers on every response, production's cookie and cache settings, and admin login throttling."""

import base64
import hashlib
import json
import logging
import os
import re
import subprocess
import sys

import pytest
from django.contrib.auth.models import User
from django.test import override_settings

from config.csp import INLINE_SCRIPT, is_wagtail_initialiser

PRODUCTION_ENV = {
    **{k: v for k, v in os.environ.items() if k not in ("DJANGO_ALLOW_ASYNC_UNSAFE", "CACHE_URL")},
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "k" * 20 + "-not-a-real-secret-but-long-enough-for-the-check-0123456789",
    "ALLOWED_HOSTS": "minbar.example.org",
    "CACHE_URL": "redis://127.0.0.1:6379/1",
}


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    header = response["Content-Security-Policy"]
    directives = (part.split() for part in header.split(";") if part.strip())
    return {name: sources for name, *sources in directives}


def assert_strict_scripts(directives):
    scripts = directives.get("script-src", directives["default-src"])
    assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts, scripts
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] in (["'self'"], ["'none'"])
    assert directives["form-action"] == ["'self'"]
    assert "frame-ancestors" in directives


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/en/modules/websites/lesson-1/", 200),
        ("/ar/", 200),
        ("/en/no-such-page/", 404),
        ("/admin/login/", 200),
        ("/en/contribute/new/", 200),
    ],
)
def test_every_response_carries_the_policy_and_security_headers(client, curriculum, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert_strict_scripts(policy(response))
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] in ("same-origin", "strict-origin-when-cross-origin")
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_public_pages_allow_no_inline_style_and_no_framing(client, curriculum):
    directives = policy(client.get("/en/modules/websites/"))
    assert directives["style-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["default-src"] == ["'self'"]


@pytest.mark.django_db
def test_the_admin_allows_exactly_its_own_widget_initialisers(client, curriculum):
    client.force_login(User.objects.create_superuser("root", "root@example.org", "pw"))
    response = client.get(f"/admin/pages/{curriculum.ar_module.pk}/edit/")
    directives = policy(response)
    assert_strict_scripts(directives)
    scripts = INLINE_SCRIPT.findall(response.content.decode())
    expected = {f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in scripts}
    hashes = {source for source in directives["script-src"] if source.startswith("'sha256-")}
    assert hashes and hashes == expected  # the inline panel, the cover image chooser, the schedule dialog
    assert directives["frame-ancestors"] == ["'self'"]  # the live preview is a same-origin iframe


@pytest.mark.parametrize(
    "script",
    [
        'initDateChooser("a", {}); fetch("//evil.example"); initDateChooser("b", {});',
        'new PageChooser("a", {"x": 1}), alert(1), ({});',
        'initDateChooser("a", {"x": alert(1)});',
        '(function() { var panel = new InlinePanel(JSON.parse("x")); alert(1); })();',
        "alert(document.cookie)",
    ],
)
def test_a_script_that_only_looks_like_an_initialiser_is_not_allowed(script):
    assert not is_wagtail_initialiser(script)


def run_under_production(code, **env):
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); from django.conf import settings; {code}"],
        env={**PRODUCTION_ENV, **env},
        capture_output=True,
        text=True,
    )
    return result


def test_production_cookies_are_secure_and_http_only_and_sessions_live_in_the_shared_cache():
    names = [
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "CSRF_COOKIE_SECURE",
        "CSRF_COOKIE_HTTPONLY",
        "SESSION_ENGINE",
        "CACHES",
        "SECURE_HSTS_SECONDS",
        "SECURE_SSL_REDIRECT",
    ]
    result = run_under_production(f"import json; print(json.dumps({{n: getattr(settings, n) for n in {names}}}))")
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.splitlines()[-1])
    assert values["SESSION_COOKIE_SECURE"] and values["SESSION_COOKIE_HTTPONLY"]
    assert values["CSRF_COOKIE_SECURE"] and values["CSRF_COOKIE_HTTPONLY"]
    assert values["SESSION_ENGINE"].startswith("django.contrib.sessions.backends.cache")
    assert values["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert values["SECURE_HSTS_SECONDS"] >= 31_536_000 and values["SECURE_SSL_REDIRECT"]


def test_production_refuses_to_start_without_a_shared_cache():
    result = run_under_production("pass", CACHE_URL="")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and "CACHE_URL" in result.stderr


def test_production_logs_one_json_object_a_line_on_stdout():
    result = run_under_production(
        "import logging; logging.getLogger('minbar.test').warning('hello %s', 'مرحبا', extra={'status_code': 503})"
    )
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout.strip().splitlines()[-1])
    assert record["level"] == "WARNING" and record["logger"] == "minbar.test"
    assert record["message"] == "hello مرحبا" and record["status_code"] == 503 and "time" in record


@pytest.mark.django_db
@override_settings(SESSION_COOKIE_SECURE=True, CSRF_COOKIE_SECURE=True)
def test_the_admin_login_sets_secure_http_only_cookies(client):
    User.objects.create_user("editor", "editor@example.org", "right-password", is_staff=True)
    client.get("/admin/login/")
    response = client.post("/admin/login/", {"username": "editor", "password": "right-password"})
    assert response.status_code == 302
    for name in ("sessionid", "csrftoken"):
        cookie = response.cookies.get(name) or client.cookies[name]
        assert cookie["secure"] and cookie["httponly"], name


@pytest.fixture
def axes_log():
    """Records from the `axes` loggers (not caplog, so that it works with `-p no:logging` too)."""
    records = []
    handler = logging.Handler(level=logging.WARNING)
    handler.emit = records.append
    logger = logging.getLogger("axes")
    logger.addHandler(handler)
    yield records
    logger.removeHandler(handler)


@pytest.mark.django_db
def test_admin_login_locks_a_username_and_address_out_after_five_failures(client, axes_log):
    User.objects.create_user("moderator", "moderator@example.org", "right-password", is_staff=True)
    for _ in range(4):
        response = client.post("/admin/login/", {"username": "moderator", "password": "wrong"})
        assert response.status_code == 200
    client.post("/admin/login/", {"username": "moderator", "password": "wrong"})

    right = {"username": "moderator", "password": "right-password"}
    response = client.post("/admin/login/", right, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 429
    assert "Account locked: too many login attempts" in response.content.decode()
    assert "محاولات تسجيل دخول كثيرة" in client.post("/admin/login/", right).content.decode()
    assert "_auth_user_id" not in client.session
    assert any(re.search(r"Locking out .*127\.0\.0\.1", record.getMessage()) for record in axes_log)

    elsewhere = client.post("/admin/login/", right, REMOTE_ADDR="192.0.2.7")
    assert elsewhere.status_code == 302  # the lock holds the pair, so no one can lock a colleague out
