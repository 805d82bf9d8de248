"""Project set-up: the page tree rules, demo accounts, and bad input that must never be a 500."""

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from curriculum.models import CurriculumIndexPage, LessonPage, ModulePage
from home.models import HomePage


class TestTreeRules(WagtailPageTestCase):
    def test_each_page_type_lives_where_it_belongs(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {CurriculumIndexPage})
        self.assertAllowedParentPageTypes(CurriculumIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CurriculumIndexPage, {ModulePage})
        self.assertAllowedParentPageTypes(ModulePage, {CurriculumIndexPage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage})
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})
        self.assertAllowedSubpageTypes(LessonPage, set())


@pytest.mark.django_db
def test_demo_accounts_get_their_groups_and_passwords_print_once(capsys):
    call_command("create_demo_accounts")
    first = capsys.readouterr().out
    call_command("create_demo_accounts")
    second = capsys.readouterr().out
    assert first.count("password “") == 4 and "password “" not in second
    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="moderator").groups.filter(name="Moderators").exists()
    assert User.objects.get(username="editor").groups.filter(name="Editors").exists()
    assert not User.objects.get(username="editor").is_superuser
    assert User.objects.get(username="translator").groups.filter(name="Translators").exists()


@pytest.mark.django_db
@override_settings(MINBAR_DEMO_ACCOUNTS=False)
def test_demo_accounts_are_refused_outside_development():
    with pytest.raises(CommandError):
        call_command("create_demo_accounts")
    assert not User.objects.filter(username="admin").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/xx/",
        "/fr/modules/",
        "/ar/modules/%00/",
        "/ar/modules/websites/%E2%80%AE%E2%80%8B/",
        "/ar/modules/" + "a" * 3000 + "/",
        "/en/topics/%00/",
        "/en/topics/" + "ب" * 500 + "/",
        "/ar/search/?q=%00%00",
        "/ar/search/?q=" + "%ff" * 3000,
        "/ar/search/?page=-1&q=media",
        "/ar/search/?page=99999&q=media",
        "/ar/search/?page=%00&q=media",
        "/en/modules/?level=%00&topic=%ff&tag=%00",
        "/ar/modules/websites/lesson-1/%2e%2e/%2e%2e/",
        "/ar/contribute/%00",
    ],
)
def test_bad_input_gets_an_answer_never_a_500(client, curriculum, url):
    response = client.get(url, follow=True)
    assert response.status_code in (200, 404), (url, response.status_code)


def test_deploy_checks_pass_under_production_settings():
    import os
    import subprocess
    import sys

    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "k" * 20 + "-not-a-real-secret-but-long-enough-for-the-check-0123456789",
        "ALLOWED_HOSTS": "minbar.example.org",
        "CACHE_URL": "redis://127.0.0.1:6379/1",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
