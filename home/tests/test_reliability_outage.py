"""The error pages need no database, and a proposal whose write fails leaves nothing behind (in process, any engine).

The server tests (test_reliability_database.py) stop a real PostgreSQL; these check the same code paths on SQLite
too, failing the database with Django's own execute_wrapper hook.
"""

import io
import time
from contextlib import contextmanager

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError, connection
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image

from contributions import antiabuse
from contributions.models import Contribution, OutgoingEmail
from curriculum.models import ModulePage
from home.views import server_error

from .web import form_fields, lesson_proposal

pytestmark = pytest.mark.reliability


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("en", "ltr")])
def test_the_unavailable_page_renders_without_the_database(rf, language, direction):
    # No django_db mark: any query here would raise instead of answering.
    request = rf.get(f"/{language}/modules/")
    with translation.override(language):
        try:
            raise OperationalError("connection refused")
        except OperationalError:
            response = server_error(request)
        title = gettext("Please try again in a minute")
    page = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert f'<html lang="{language}" dir="{direction}">' in page
    assert title in page


def test_any_other_error_is_a_500_rendered_without_the_database(rf):
    request = rf.get("/ar/")
    with translation.override("ar"):
        try:
            raise ValueError("a bug")
        except ValueError:
            response = server_error(request)
    assert response.status_code == 500
    assert 'lang="ar" dir="rtl"' in response.content.decode()


@contextmanager
def database_fails_on(table):
    """Every statement that touches table fails as if the connection had just been lost."""

    def fail(execute, sql, params, many, context):
        if table in sql:
            raise OperationalError("server closed the connection unexpectedly")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(fail):
        yield


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(buffer, format="PNG")
    return SimpleUploadedFile("phone.png", buffer.getvalue(), content_type="image/png")


def private_files(settings):
    return sorted(path for path in settings.PRIVATE_MEDIA_ROOT.rglob("*") if path.is_file())


@pytest.mark.django_db
@override_settings(MINBAR_RATE_LIMITS={"submit_ip": "100/h", "submit_email": "100/h", "post_ip": "100/h"})
def test_a_proposal_whose_write_fails_is_kept_on_the_page_and_leaves_no_row_or_image(client, curriculum, settings):
    cache.clear()
    module = ModulePage.objects.get(slug="websites", locale__language_code="ar")
    url = f"/ar/contribute/new/?module={module.pk}"
    typed = lesson_proposal("درس لم يُحفظ", "lost@example.org", module.pk, image_alt="هاتف")
    typed |= {
        "form_token": antiabuse.issue_form_token(issued_at=time.time() - 60),
        "website": "",
        **{f"{kind}-{key}": value for kind in ("steps", "callouts", "quizzes") for key, value in management().items()},
    }
    files_before = private_files(settings)

    with database_fails_on("contributions_outgoingemail"):
        response = client.post(url, {**typed, "image": png()})

    page = response.content.decode()
    assert response.status_code == 503
    with translation.override("ar"):
        assert gettext("Your proposal is not saved yet") in page
    assert typed["title"] in page and typed["introduction"] in page
    assert 'name="image"' in page and 'type="file"' in page, "the image can be chosen again on the page"
    assert not Contribution.objects.exists() and not OutgoingEmail.objects.exists()
    assert private_files(settings) == files_before, "the image saved before the failure is deleted"

    # Sent again from that page, as it is: stored once, with no wait for the form's minimum time.
    resent = client.post(url, {**dict(fields_of(page)), "image": png()})
    assert resent.status_code == 302, resent.content.decode()[:2000]
    assert Contribution.objects.get().title == typed["title"]
    assert len(private_files(settings)) == len(files_before) + 1


def management():
    return {"TOTAL_FORMS": "1", "INITIAL_FORMS": "0", "MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "30"}


def fields_of(page):
    """The fields of the page's "send again" form, as the browser would post them (with the client's CSRF)."""
    return [(name, value) for name, value in form_fields(page, "main form") if name != "csrfmiddlewaretoken"]
