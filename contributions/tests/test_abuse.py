"""Keeping bots and bad input out of the public forms, without losing what a person typed and without a 500."""

import time
from io import BytesIO
from urllib.parse import urlencode

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image

from contributions import antiabuse
from contributions.models import BlockedEmail, Contribution, OutgoingEmail, Status
from contributions.tests.test_public_forms import jpeg, lesson_data, management, send

pytestmark = pytest.mark.django_db

NEW = "/en/contribute/new/"


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits and used form tokens live in the cache."""
    cache.clear()
    yield
    cache.clear()


def post(client, curriculum, **changes):
    return client.post(NEW, lesson_data(curriculum.en_module, **changes))


def assert_kept(response, *typed):
    html = response.content.decode()
    for text in typed or ('value="Back up your phone"', "Tap **Settings**.", 'value="Hawre"'):
        assert text in html
    assert not Contribution.objects.exists()


def stored_body_html(contribution):
    return " ".join(str(part) for part in contribution.body.stream_block.get_prep_value(contribution.body))


def test_a_filled_honeypot_looks_like_success_but_stores_and_sends_nothing(client, curriculum):
    response = post(client, curriculum, website="https://cheap-pills.example")

    assert response.status_code == 302 and response["Location"] == "/en/contribute/thanks/"
    assert not Contribution.objects.exists() and not OutgoingEmail.objects.exists()
    assert "h***@example.org" in client.get(response["Location"]).content.decode()


def test_a_form_sent_faster_than_a_person_can_is_refused_and_shown_again(client, curriculum):
    token = antiabuse.issue_form_token()

    response = post(client, curriculum, form_token=token)

    assert response.status_code == 200
    assert "quicker than a person" in response.content.decode()
    assert_kept(response)
    assert response.context["group"].anti["form_token"].value() != token


@override_settings(MINBAR_FORM_MIN_SECONDS=0)
def test_the_minimum_time_is_a_setting(client, curriculum):
    response = post(client, curriculum, form_token=antiabuse.issue_form_token())

    assert response.status_code == 302 and Contribution.objects.count() == 1


@pytest.mark.parametrize("token", ["", "forged", antiabuse.issue_form_token(issued_at=time.time() - 60) + "x"])
def test_a_missing_or_forged_token_is_refused(client, curriculum, token):
    response = post(client, curriculum, form_token=token)

    assert "could not be checked" in response.content.decode()
    assert_kept(response)


def test_a_token_older_than_six_hours_is_refused(client, curriculum):
    response = post(client, curriculum, form_token=antiabuse.issue_form_token(issued_at=time.time() - 7 * 3600))

    assert "open for too long" in response.content.decode()
    assert_kept(response)


def test_a_replayed_token_is_refused(client, curriculum):
    token = antiabuse.issue_form_token(issued_at=time.time() - 60)
    assert post(client, curriculum, form_token=token).status_code == 302

    replay = post(client, curriculum, form_token=token, email="other@example.org", title="Again")

    assert "already been sent" in replay.content.decode()
    assert 'value="Again"' in replay.content.decode()
    assert Contribution.objects.count() == 1


def test_too_many_proposals_from_one_address_get_429_with_retry_after_and_keep_the_input(client, curriculum):
    for number in range(5):
        assert post(client, curriculum, email=f"person{number}@example.org").status_code == 302

    response = post(client, curriculum, email="person9@example.org", title="The sixth")

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "several proposals in a short time" in response.content.decode()
    assert 'value="The sixth"' in response.content.decode()
    assert Contribution.objects.count() == 5


def test_too_many_proposals_from_one_email_get_429(client, curriculum):
    for _ in range(3):
        assert post(client, curriculum).status_code == 302

    response = post(client, curriculum, email="HAWRE@example.org")

    assert response.status_code == 429 and "Retry-After" in response
    assert Contribution.objects.count() == 3


@override_settings(MINBAR_RATE_LIMITS={"post_ip": "2/h"})
def test_posting_any_form_too_often_is_limited_too(client, curriculum):
    for _ in range(2):
        post(client, curriculum, title="")

    response = post(client, curriculum, title="Kept")

    assert response.status_code == 429 and 'value="Kept"' in response.content.decode()


def test_a_blocked_email_is_refused_without_saying_why(client, curriculum):
    BlockedEmail.objects.create(email="hawre@example.org", reason="sells pills")

    response = post(client, curriculum, email=" Hawre@Example.org ")

    html = response.content.decode()
    assert response.status_code == 200
    assert "cannot accept proposals from this email address" in html and "pills" not in html
    assert_kept(response)


def test_fields_that_are_not_in_the_form_are_ignored(client, curriculum):
    extra = {
        "status": "approved",
        "live": "1",
        "tracking_token": "x",
        "email_verified": "1",
        "verified_at": "2020-01-01",
        "locked": "1",
        "owner": "1",
        "language": "ar",
        "kind": "edit_lesson",
    }

    response = post(client, curriculum, **extra)

    assert response.status_code == 302
    contribution = Contribution.objects.get()
    assert contribution.status == Status.UNVERIFIED and contribution.verified_at is None
    assert not contribution.live and not contribution.locked and contribution.kind == "new_lesson"
    assert contribution.language == "en" and len(contribution.tracking_token) == 43


def test_a_null_byte_is_refused_with_a_message_and_the_rest_kept(client, curriculum):
    response = post(client, curriculum, title="Back\x00up")

    assert "Null characters are not allowed." in response.content.decode()
    assert_kept(response, "Tap **Settings**.", 'value="Hawre"')


def test_invalid_utf8_does_not_break_the_form(client, curriculum):
    body = urlencode(lesson_data(curriculum.en_module, title="TITLE")).replace("TITLE", "%FF%FEBack")

    response = client.post(NEW, body, content_type="application/x-www-form-urlencoded")

    assert response.status_code == 302
    assert Contribution.objects.get().title == "\ufffd\ufffdBack"


def test_a_10000_character_title_gets_a_length_error(client, curriculum):
    response = post(client, curriculum, title="x" * 10_000)

    assert "at most 200 characters" in response.content.decode()
    assert_kept(response, "Tap **Settings**.")


def test_a_title_of_only_invisible_characters_is_blank(client, curriculum):
    response = post(client, curriculum, title="\u200b\u200f\u202e\u2066\ufeff")

    assert 'href="#id_title"' in response.content.decode()
    assert not Contribution.objects.exists()


def test_a_200000_character_word_gets_a_length_error_quickly(client, curriculum):
    started = time.monotonic()

    response = post(client, curriculum, **{"steps-0-body": "a" * 200_000, "introduction": "b" * 200_000})

    assert time.monotonic() - started < 10
    assert "at most 5000 characters" in response.content.decode()
    assert not Contribution.objects.exists()


def test_markdown_that_would_take_long_to_render_is_refused(client, curriculum):
    response = post(client, curriculum, introduction="[" * 2000)

    assert "too many" in response.content.decode() and not Contribution.objects.exists()


def test_too_many_links_are_refused(client, curriculum):
    links = " ".join(f"[site {n}](https://example.org/{n})" for n in range(21))

    response = post(client, curriculum, introduction=links)

    assert "too many links" in response.content.decode() and not Contribution.objects.exists()


def test_too_many_steps_are_refused_without_an_error_page(client, curriculum):
    steps = {f"steps-{n}-{field}": f"{field} {n}" for n in range(31) for field in ("title", "body")}

    response = post(client, curriculum, **management("steps", 31), **steps)

    assert response.status_code == 200 and not Contribution.objects.exists()
    assert "at most 30" in response.content.decode()


def test_a_tampered_formset_count_is_an_error_not_a_crash(client, curriculum):
    response = post(client, curriculum, **{"steps-TOTAL_FORMS": "many"})

    assert response.status_code == 200 and not Contribution.objects.exists()


def test_a_text_file_named_png_is_not_an_image(client, curriculum):
    fake = SimpleUploadedFile("photo.png", b"just some text, not a picture", content_type="image/png")

    response = post(client, curriculum, image=fake, image_alt="A photo")

    assert 'href="#id_image"' in response.content.decode()
    assert_kept(response)


def test_an_image_with_the_wrong_extension_is_refused(client, curriculum):
    renamed = SimpleUploadedFile("photo.png", jpeg(20, 20), content_type="image/png")

    response = post(client, curriculum, image=renamed, image_alt="A photo")

    assert "does not match the file format" in response.content.decode()
    assert not Contribution.objects.exists()


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1000)
def test_an_oversized_image_is_refused(client, curriculum):
    big = SimpleUploadedFile("photo.jpg", jpeg(400, 400, quality=100), content_type="image/jpeg")

    response = post(client, curriculum, image=big, image_alt="A photo")

    assert "This file is too big" in response.content.decode()
    assert_kept(response)


@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=10_000)
def test_an_image_with_too_many_pixels_is_refused(client, curriculum):
    wide = SimpleUploadedFile("photo.jpg", jpeg(200, 100), content_type="image/jpeg")

    response = post(client, curriculum, image=wide, image_alt="A photo")

    assert "too many pixels" in response.content.decode()
    assert not Contribution.objects.exists()


def test_a_decompression_bomb_is_refused(client, curriculum):
    buffer = BytesIO()
    Image.new("1", (14_000, 14_000)).save(buffer, "PNG")
    bomb = SimpleUploadedFile("bomb.png", buffer.getvalue(), content_type="image/png")

    response = post(client, curriculum, image=bomb, image_alt="Nothing")

    assert response.status_code == 200 and "too many pixels" in response.content.decode()
    assert not Contribution.objects.exists()


def test_scripts_frames_event_handlers_and_javascript_links_are_removed_before_storing(client, curriculum):
    attack = (
        '<script>alert(1)</script><iframe src="https://evil.example"></iframe>'
        '<img src=x onerror="alert(2)"> [click](javascript:alert(3)) '
        '<a href="https://ok.example" onclick="alert(4)" style="color:red">fine</a> <b onmouseover="x">bold</b>'
    )
    changes = {"introduction": attack, "steps-0-body": attack, "callouts-0-text": attack}

    assert post(client, curriculum, **changes).status_code == 302

    html = stored_body_html(Contribution.objects.get())
    for forbidden in (
        "<script",
        "alert(1)",
        "<iframe",
        "<img",
        "onerror",
        "javascript:",
        "onclick",
        "style=",
        "onmouse",
    ):
        assert forbidden not in html
    assert '<a href="https://ok.example">fine</a>' in html and "<b>bold</b>" in html


def test_a_script_in_the_title_is_shown_as_text_on_the_tracking_page(client, curriculum):
    title = '<script>alert("x")</script>'
    assert post(client, curriculum, title=title).status_code == 302
    contribution = Contribution.objects.get()
    assert contribution.title == title

    html = client.get(f"/en/contribute/track/{contribution.tracking_token}/").content.decode()

    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert '<script>alert("x")' not in html


@override_settings(MINBAR_RATE_LIMITS={"track_ip": "2/h", "verify_ip": "2/h"})
def test_tracking_and_verification_pages_are_rate_limited(client, curriculum):
    for _ in range(2):
        assert client.get("/en/contribute/track/not-a-token/").status_code == 404
        assert client.get("/en/contribute/verify/not-a-token/").status_code == 400

    for url in ["/en/contribute/track/not-a-token/", "/en/contribute/verify/not-a-token/"]:
        response = client.get(url)
        assert response.status_code == 429 and int(response["Retry-After"]) > 0


def test_the_emails_sent_are_only_the_verification(client, curriculum, django_capture_on_commit_callbacks):
    response = send(client, NEW, lesson_data(curriculum.en_module), django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert list(OutgoingEmail.objects.values_list("to", flat=True)) == ["hawre@example.org"]
