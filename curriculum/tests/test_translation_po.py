"""Translators who work offline: download a PO file, change a string, upload it, and the translation has it."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

from curriculum.models import LessonPage
from curriculum.tests.translation_helpers import fresh, make_module, staff

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("source_lang", "target_lang", "new_title"), [("en", "ar", "درس مترجم"), ("ar", "en", "Done")])
def test_po_round_trip_changes_a_string(curriculum, client, source_lang, target_lang, new_title):
    module = make_module(source_lang, f"po-{source_lang}", lessons=1)
    client.force_login(staff("translator", "Translators"))
    target_locale = Locale.objects.get(language_code=target_lang)
    client.post(reverse("curriculum_translation:translate_module", args=[module.pk]), {"locale": target_locale.pk})
    source = module.get_children().get().specific
    lesson = LessonPage.objects.get(translation_key=source.translation_key, locale=target_locale)
    translation = Translation.objects.get(source__object_id=lesson.translation_key, target_locale=target_locale)

    download = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert download.status_code == 200
    assert download["Content-Disposition"].endswith(f"-{target_lang}.po")
    po = polib.pofile(download.content.decode())
    title = next(entry for entry in po if entry.msgctxt == "title")
    assert title.msgid == source.title
    assert title.msgstr == ""
    title.msgstr = new_title

    editor_url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    upload = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("lesson.po", str(po).encode(), "text/x-gettext-translation"), "next": editor_url},
    )

    assert upload.status_code == 302
    assert upload["Location"] == editor_url
    stored = StringTranslation.objects.get(
        translation_of__data=source.title, context__path="title", locale=target_locale
    )
    assert stored.data == new_title
    assert next(entry for entry in polib.pofile(str(translation.export_po())) if entry.msgctxt == "title").msgstr == (
        new_title
    )
    client.post(reverse("curriculum_translation:review", args=[lesson.pk]))
    assert fresh(lesson).get_latest_revision_as_object().title == new_title
    assert not fresh(lesson).live


def test_a_po_file_for_another_translation_is_refused(curriculum, client):
    module = make_module("ar", "po-wrong", lessons=2)
    client.force_login(staff("translator", "Translators"))
    english = Locale.objects.get(language_code="en")
    client.post(reverse("curriculum_translation:translate_module", args=[module.pk]), {"locale": english.pk})
    first, second = (
        Translation.objects.get(source__object_id=lesson.translation_key, target_locale=english)
        for lesson in module.get_children().order_by("path")
    )
    po = polib.pofile(client.get(reverse("wagtail_localize:download_pofile", args=[first.pk])).content.decode())
    for entry in po:
        entry.msgstr = "wrong"

    client.post(
        reverse("wagtail_localize:upload_pofile", args=[second.pk]),
        {"file": SimpleUploadedFile("lesson.po", str(po).encode()), "next": "/admin/"},
    )

    assert not StringTranslation.objects.filter(data="wrong").exists()
