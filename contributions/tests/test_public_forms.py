"""The public proposal forms: a new lesson, an edit that starts from the live lesson, a module idea."""

import re
import time
from io import BytesIO
from pathlib import Path

import pytest
from django import forms
from django.core import mail
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django.utils import translation
from PIL import Image
from wagtail.images import get_image_model

from contributions import antiabuse
from contributions.forms import parse_idea
from contributions.models import Contribution, ContributorType, Kind, Status
from curriculum.models import LessonPage, ModulePage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits and used form tokens live in the cache."""
    cache.clear()
    yield
    cache.clear()


def old_token(seconds=60):
    """A form token as if the form had been shown some seconds ago (a person takes more than 3 s)."""
    return antiabuse.issue_form_token(issued_at=time.time() - seconds)


def management(prefix, total):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "30",
    }


def contributor(**changes):
    data = {
        "credit_name": "Hawre",
        "email": "hawre@example.org",
        "contributor_type": "individual",
        "consent_licence": "on",
        "confirms_rights": "on",
        "form_token": old_token(),
        "website": "",
    }
    return {**data, **changes}


def lesson_data(module=None, **changes):
    """POST data of a complete new-lesson proposal; a change of None leaves the field out."""
    data = {
        "title": "Back up your phone",
        "summary": "Keep your contacts when the phone is lost.",
        "introduction": "Phones get *lost*. A backup keeps **your work**.",
        "what_you_need": "A phone\n- A charger",
        "checklist": "Backup made\nBackup tested",
        "image_alt": "",
        **management("steps", 2),
        "steps-0-title": "Open the settings",
        "steps-0-body": "Tap **Settings**.",
        "steps-1-title": "",
        "steps-1-body": "",
        **management("callouts", 1),
        "callouts-0-kind": "warning",
        "callouts-0-text": "Keep a copy somewhere else.",
        **management("quizzes", 1),
        "quizzes-0-question": "Where should a backup be?",
        "quizzes-0-answer_1": "Somewhere else",
        "quizzes-0-right_1": "on",
        "quizzes-0-why_1": "A lost phone takes its backups with it.",
        "quizzes-0-answer_2": "On the phone",
        "quizzes-0-why_2": "It is lost with the phone.",
        **contributor(),
    }
    if module is not None:
        data["module"] = str(module.pk)
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def idea_data(**changes):
    data = {
        "title": "Community radio",
        "summary": "Start a small radio station for your neighbourhood.",
        "audience": "Youth groups",
        "outcomes": "Plan a weekly show\n- Record on a phone",
        "details": "Three lessons would do.",
        **contributor(),
    }
    return {name: value for name, value in {**data, **changes}.items() if value is not None}


def fields_of(form):
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field, forms.FileField):
            continue
        if isinstance(field, forms.BooleanField):
            if value:
                data[form.add_prefix(name)] = "on"
        else:
            data[form.add_prefix(name)] = "" if value is None else str(value)
    return data


def group_data(group, **changes):
    """POST data that sends back what an unbound proposal form shows, with changes."""
    data = {}
    for form in group.forms().values():
        data |= fields_of(form)
    for kind, formset in group.rows.items():
        data |= management(kind, len(formset.forms))
        for form in formset.forms:
            data |= fields_of(form)
    if group.anti is not None:
        data |= {"form_token": old_token(), "website": ""}
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def send(client, url, data, capture):
    """Post a proposal and run what waits for the commit (the emails)."""
    with capture(execute=True):
        return client.post(url, data)


def link_in(email, name):
    return re.search(rf"https?://\S+/contribute/{name}/\S+/", email.body)[0]


def jpeg(width, height, **save):
    buffer = BytesIO()
    Image.new("RGB", (width, height), "teal").save(buffer, "JPEG", **save)
    return buffer.getvalue()


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_start_page_explains_and_links_to_the_three_forms(client, curriculum, language):
    response = client.get(f"/{language}/contribute/")

    html = response.content.decode()
    assert response.status_code == 200
    for path in ["new/", "edit/", "idea/"]:
        assert f'href="/{language}/contribute/{path}"' in html
    assert "creativecommons.org/licenses/by-sa/4.0/" in html
    module = ModulePage.objects.get(slug="websites", locale__language_code=language)
    assert f"/{language}/contribute/new/?module={module.pk}" in html


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_new_lesson_is_stored_unverified_as_a_lesson_body_and_the_email_asks_to_confirm(
    client, curriculum, language, django_capture_on_commit_callbacks
):
    module = getattr(curriculum, f"{language}_module")

    response = send(client, f"/{language}/contribute/new/", lesson_data(module), django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert response["Location"] == f"/{language}/contribute/thanks/"
    contribution = Contribution.objects.get()
    assert (contribution.kind, contribution.language, contribution.module) == (Kind.NEW_LESSON, language, module)
    assert contribution.status == Status.UNVERIFIED and contribution.verified_at is None
    assert contribution.latest_revision is not None and not contribution.live
    assert [block.block_type for block in contribution.body] == [
        "text",
        "what_you_need",
        "steps",
        "callout",
        "checklist",
        "quiz",
    ]
    assert contribution.body[0].value.source == "<p>Phones get <i>lost</i>. A backup keeps <b>your work</b>.</p>"
    assert list(contribution.body[1].value["items"]) == ["A phone", "A charger"]
    steps = contribution.body[2].value["steps"]
    assert [(step["title"], step["body"].source) for step in steps] == [
        ("Open the settings", "<p>Tap <b>Settings</b>.</p>")
    ]
    quiz = contribution.body[5].value
    assert [(choice["text"], choice["correct"]) for choice in quiz["choices"]] == [
        ("Somewhere else", True),
        ("On the phone", False),
    ]
    (email,) = mail.outbox
    assert email.to == ["hawre@example.org"]
    assert f"/{language}/contribute/verify/" in link_in(email, "verify")

    thanks = client.get(response["Location"]).content.decode()
    assert "h***@example.org" in thanks and "hawre@example.org" not in thanks


def test_add_another_step_without_javascript_shows_one_more_row_and_keeps_everything(client, curriculum):
    data = lesson_data(curriculum.en_module, add_row="steps", **management("steps", 1))
    del data["steps-1-title"], data["steps-1-body"]

    response = client.post("/en/contribute/new/", data)

    html = response.content.decode()
    assert response.status_code == 200 and not Contribution.objects.exists()
    assert len(response.context["group"].rows["steps"].forms) == 2
    assert 'value="Open the settings"' in html and "Tap **Settings**." in html
    assert 'value="Hawre"' in html and "Keep a copy somewhere else." in html
    assert re.search(r'<input[^>]*name="steps-1-title"[^>]*autofocus', html)
    assert "errorlist" not in html


def test_the_module_is_one_of_the_page_language_and_can_be_chosen_in_the_address(client, curriculum):
    response = client.get(f"/en/contribute/new/?module={curriculum.en_module.pk}")

    field = response.context["group"].lesson["module"]
    assert set(field.field.queryset) == set(ModulePage.objects.live().filter(locale__language_code="en"))
    assert field.value() == curriculum.en_module.pk

    refused = client.post("/en/contribute/new/", lesson_data(curriculum.ar_module))
    assert refused.status_code == 200 and not Contribution.objects.exists()
    assert "#id_module" in refused.content.decode()


def test_errors_are_summarised_linked_to_their_fields_and_keep_what_was_typed(client, curriculum):
    data = lesson_data(curriculum.en_module, title="", **{"steps-0-title": ""})

    response = client.post("/en/contribute/new/", data)

    html = response.content.decode()
    assert response.status_code == 200 and not Contribution.objects.exists()
    assert 'href="#id_title"' in html and 'id="error-summary"' in html
    assert 'aria-describedby="id_title_error"' in html and 'id="id_title_error"' in html
    assert 'href="#id_steps-0-title"' in html
    assert "Tap **Settings**." in html and 'value="Hawre"' in html and "Keep a copy somewhere else." in html


def test_a_lesson_needs_an_introduction_or_a_step(client, curriculum):
    data = lesson_data(curriculum.en_module, introduction="", **{"steps-0-title": "", "steps-0-body": ""})

    response = client.post("/en/contribute/new/", data)

    assert response.status_code == 200 and not Contribution.objects.exists()
    assert "Write an introduction or at least one step." in response.content.decode()


def test_a_quiz_question_needs_two_explained_answers_and_a_right_one(client, curriculum):
    data = lesson_data(curriculum.en_module, **{"quizzes-0-right_1": None, "quizzes-0-why_2": ""})

    response = client.post("/en/contribute/new/", data)

    html = response.content.decode()
    assert not Contribution.objects.exists()
    assert "Mark at least one answer as right." in html and "Explain why this answer is right or wrong." in html


def test_an_edit_starts_from_the_live_lesson(client, curriculum):
    lesson = curriculum.en_lesson1

    response = client.get(f"/en/contribute/edit/{lesson.pk}/")

    initial = response.context["group"].as_initial()
    assert initial["lesson"] | {"image_alt": ""} == {
        "title": "Lesson 1",
        "summary": "Summary 1",
        "introduction": "Media 1: **why** this matters.",
        "what_you_need": "en phone\nen notebook",
        "checklist": "en item a\nen item b",
        "image_alt": "",
    }
    assert [(row["title"], row["body"]) for row in initial["steps"]] == [
        (f"en step {i}", f"en do {i}") for i in range(3)
    ]
    assert [(row["kind"], row["text"]) for row in initial["callouts"]] == [("warning", "en careful")]
    (quiz,) = initial["quizzes"]
    assert (quiz["question"], quiz["answer_1"], quiz["right_1"], quiz["answer_2"], quiz["right_2"]) == (
        "en question?",
        "en yes",
        True,
        "en no",
        False,
    )
    assert 'value="Lesson 1"' in response.content.decode()


def test_an_edit_records_its_base_keeps_ids_unchanged_text_and_blocks_the_form_cannot_edit(
    client, curriculum, django_capture_on_commit_callbacks
):
    lesson = curriculum.en_lesson1
    url = f"/en/contribute/edit/{lesson.pk}/"
    group = client.get(url).context["group"]
    data = group_data(group, **contributor(), **{"steps-1-body": "en do 1, **carefully**"})

    response = send(client, url, data, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    contribution = Contribution.objects.get()
    assert (contribution.kind, contribution.lesson, contribution.language) == (Kind.EDIT_LESSON, lesson, "en")
    assert contribution.base_revision == lesson.live_revision and contribution.base_revision is not None
    original = lesson.body.stream_block.get_prep_value(lesson.body)
    proposed = list(contribution.body.raw_data)
    assert [(block["type"], block["id"]) for block in proposed] == [(block["type"], block["id"]) for block in original]
    assert proposed[0]["value"] == original[0]["value"]
    kept, resource = proposed[-1], original[-1]
    assert kept["type"] == resource["type"] == "resource" and kept["id"] == resource["id"]
    assert kept["value"] | {"document": None} == resource["value"] | {"document": None}
    steps, original_steps = proposed[2]["value"]["steps"], original[2]["value"]["steps"]
    assert [item["id"] for item in steps] == [item["id"] for item in original_steps]
    assert steps[0]["value"]["body"] == original_steps[0]["value"]["body"]
    assert steps[1]["value"]["body"] == "<p>en do 1, <b>carefully</b></p>"
    for name in ("what_you_need", "checklist"):
        position = [block["type"] for block in original].index(name)
        assert proposed[position]["value"]["items"] == original[position]["value"]["items"]
    assert contribution.title == "Lesson 1"


def test_an_edit_of_a_lesson_in_another_language_goes_to_that_language(client, curriculum):
    response = client.get(f"/ar/contribute/edit/{curriculum.en_lesson1.pk}/")

    assert response.status_code == 302
    assert response["Location"] == f"/en/contribute/edit/{curriculum.en_lesson1.pk}/"


def test_a_module_idea_keeps_its_parts_in_details(client, curriculum, django_capture_on_commit_callbacks):
    response = send(client, "/en/contribute/idea/", idea_data(), django_capture_on_commit_callbacks)

    assert response.status_code == 302
    contribution = Contribution.objects.get()
    assert contribution.kind == Kind.MODULE_IDEA and not contribution.body
    assert "Youth groups" in contribution.details and "- Record on a phone" in contribution.details
    assert parse_idea(contribution.details) == {
        "audience": "Youth groups",
        "outcomes": "Plan a weekly show\nRecord on a phone",
        "details": "Three lessons would do.",
    }
    assert len(mail.outbox) == 1


def test_organisations_name_themselves_and_declare_any_commercial_interest(
    client, curriculum, django_capture_on_commit_callbacks
):
    url = "/en/contribute/idea/"
    refused = client.post(url, idea_data(contributor_type="organisation"))
    html = refused.content.decode()
    assert not Contribution.objects.exists()
    assert 'href="#id_organisation_name"' in html and 'href="#id_commercial_interest"' in html

    organisation = {
        "contributor_type": "organisation",
        "organisation_name": "Tech for Peace",
        "organisation_website": "tech4peace.example",
        "commercial_interest": "none",
    }
    send(client, url, idea_data(**organisation), django_capture_on_commit_callbacks)
    contribution = Contribution.objects.get()
    assert contribution.contributor_type == ContributorType.ORGANISATION
    assert contribution.organisation_website == "https://tech4peace.example"
    assert contribution.credit == "Hawre (Tech for Peace)"

    cache.clear()
    individual = idea_data(email="someone@example.org", organisation_name="Ignored Ltd", commercial_interest="x")
    send(client, url, individual, django_capture_on_commit_callbacks)
    assert Contribution.objects.get(email="someone@example.org").organisation_name == ""


def test_lessons_to_edit_are_listed_by_module_and_can_be_searched(client, curriculum):
    html = client.get("/en/contribute/edit/").content.decode()
    assert f'href="/en/contribute/edit/{curriculum.en_lesson1.pk}/"' in html
    assert "Module websites" in html and "Module shutdowns" in html
    assert f"/en/contribute/edit/{curriculum.ar_lesson1.pk}/" not in html

    found = client.get("/en/contribute/edit/", {"q": "Media blog"}).content.decode()
    assert "Media blog" in found and f'href="/en/contribute/edit/{curriculum.en_lesson1.pk}/"' not in found


def test_lesson_and_module_pages_can_link_to_the_forms(curriculum):
    with translation.override("ar"):
        lesson_html = render_to_string("contributions/includes/lesson_actions.html", {"page": curriculum.ar_lesson1})
        module_html = render_to_string("contributions/includes/module_actions.html", {"page": curriculum.ar_module})

    assert f'href="/ar/contribute/edit/{curriculum.ar_lesson1.pk}/"' in lesson_html
    assert f'href="/ar/contribute/new/?module={curriculum.ar_module.pk}"' in module_html


def test_an_image_is_checked_re_encoded_without_metadata_and_kept_private(
    client, curriculum, settings, django_capture_on_commit_callbacks
):
    exif = Image.Exif()
    exif[0x010E] = "taken at the secret office"
    upload = SimpleUploadedFile("photo.jpg", jpeg(3000, 1200, exif=exif), content_type="image/jpeg")
    without_description = lesson_data(curriculum.en_module, image=upload)
    refused = client.post("/en/contribute/new/", without_description)
    assert not Contribution.objects.exists() and 'href="#id_image_alt"' in refused.content.decode()

    upload.seek(0)
    data = lesson_data(curriculum.en_module, image=upload, image_alt="A phone on a table")
    send(client, "/en/contribute/new/", data, django_capture_on_commit_callbacks)

    contribution = Contribution.objects.get()
    path = Path(contribution.image.path).resolve()
    assert path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert contribution.image_alt == "A phone on a table"
    with Image.open(path) as stored:
        assert stored.format == "JPEG" and stored.size == (2000, 800)
        assert not stored.getexif()


def test_an_edit_keeps_the_lessons_images_and_step_images(client, curriculum, django_capture_on_commit_callbacks):
    picture = get_image_model().objects.create(
        title="Router", file=SimpleUploadedFile("router.jpg", jpeg(64, 48), content_type="image/jpeg")
    )
    lesson = curriculum.en_lesson3
    raw = lesson.body.stream_block.get_prep_value(lesson.body)
    raw[2]["value"]["steps"][0]["value"] |= {"image": picture.pk, "image_alt": "The router's back"}
    raw.insert(1, {"type": "image", "value": {"image": picture.pk, "alt_text": "A router", "caption": ""}, "id": "img"})
    lesson.body = raw
    lesson.save_revision().publish()
    url = f"/en/contribute/edit/{lesson.pk}/"
    data = group_data(client.get(url).context["group"], **contributor(), **{"steps-0-title": "Look at the back"})

    send(client, url, data, django_capture_on_commit_callbacks)

    contribution = Contribution.objects.get()
    blocks = {block.block_type: block for block in contribution.body}
    assert blocks["image"].id == "img" and blocks["image"].value["image"] == picture
    assert contribution.body[-2].block_type == "image" and contribution.body[-1].block_type == "resource"
    first_step = blocks["steps"].value["steps"][0]
    assert first_step["title"] == "Look at the back"
    assert (first_step["image"], first_step["image_alt"]) == (picture, "The router's back")
    assert contribution.base_revision == LessonPage.objects.get(pk=lesson.pk).live_revision


def test_the_public_contribution_pages_stay_within_a_query_budget(client, curriculum, django_assert_max_num_queries):
    pages = [
        "/en/contribute/",
        f"/en/contribute/new/?module={curriculum.en_module.pk}",
        "/en/contribute/edit/",
        "/en/contribute/edit/?q=lesson",
        f"/en/contribute/edit/{curriculum.en_lesson1.pk}/",
        "/en/contribute/idea/",
    ]
    for path in pages:
        with django_assert_max_num_queries(8):
            assert client.get(path).status_code == 200


def test_links_to_pages_become_addresses_in_the_form_and_stay_page_links_when_unchanged(
    client, curriculum, django_capture_on_commit_callbacks
):
    lesson, target = curriculum.en_lesson2, curriculum.en_lesson3
    raw = lesson.body.stream_block.get_prep_value(lesson.body)
    raw[0]["value"] = f'<p>Read <a linktype="page" id="{target.pk}">the next lesson</a> first.</p>'
    lesson.body = raw
    lesson.save_revision().publish()
    url = f"/en/contribute/edit/{lesson.pk}/"
    group = client.get(url).context["group"]
    assert group.lesson["introduction"].value() == f"Read [the next lesson]({target.url}) first."

    send(client, url, group_data(group, **contributor()), django_capture_on_commit_callbacks)

    assert Contribution.objects.get().body[0].value.source == raw[0]["value"]
