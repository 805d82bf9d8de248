"""An edition whose source changed after it was translated is out of date, for learners and in the admin report."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from curriculum.models import LessonPage
from curriculum.tests.translation_helpers import (
    approve,
    edit_and_publish,
    fresh,
    make_module,
    staff,
    translate_strings,
)

pytestmark = pytest.mark.django_db

NOTICE = "This edition may be out of date: the Arabic edition was updated on"


@pytest.fixture
def published_translation(curriculum, client):
    """An Arabic lesson translated into English, reviewed and published; returns (source, target, translation)."""
    module = make_module("ar", "stale", lessons=1)
    translator, moderator = staff("translator", "Translators"), staff("moderator", "Moderators")
    client.force_login(translator)
    english = Locale.objects.get(language_code="en")
    client.post(reverse("curriculum_translation:translate_module", args=[module.pk]), {"locale": english.pk})
    source = module.get_children().get().specific
    target = LessonPage.objects.get(translation_key=source.translation_key, locale=english)
    translation = Translation.objects.get(source__object_id=target.translation_key, target_locale=english)
    translate_strings(client, translation, "EN")
    client.post(reverse("curriculum_translation:review", args=[target.pk]))
    client.force_login(moderator)
    approve(client, target)
    english_module = module.get_translation(english)
    english_module.get_latest_revision().publish(user=moderator)
    client.logout()
    return source, fresh(target), translation, translator, moderator


def report_statuses(client, module, language="en"):
    """{page id: status} from the Translation status report, filtered by module and language."""
    url = reverse("curriculum_translation:status")
    html = client.get(url, {"module": module.pk, "language": language}).content.decode()
    return {int(pk): status for status, pk in re.findall(r'data-edition-status="(\w+)" data-page-id="(\d+)"', html)}


def public(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_starter_translations_are_current(curriculum, client):
    client.force_login(staff("moderator", "Moderators"))

    statuses = report_statuses(client, curriculum.ar_module)

    assert NOTICE not in public(client, curriculum.en_lesson1)
    assert statuses[curriculum.ar_lesson1.pk] == "current"
    assert set(statuses.values()) == {"current"}
    assert curriculum.en_lesson1.pk not in statuses, "translations are listed under their source, not as sources"


def test_publishing_the_source_puts_the_translation_out_of_date_until_synced_reviewed_and_published(
    published_translation, client
):
    source, target, translation, translator, moderator = published_translation
    module = source.get_parent()
    assert NOTICE not in public(client, target)
    client.force_login(moderator)
    assert report_statuses(client, module)[source.pk] == "current"

    source = edit_and_publish(source, "درس منقّح")

    page = public(client, target)
    assert NOTICE in page
    assert f'href="{source.url}" hreflang="ar"' in page
    assert report_statuses(client, module)[source.pk] == "out_of_date"

    client.post(reverse("wagtail_localize:update_translations", args=[translation.source_id]))
    assert report_statuses(client, module)[source.pk] == "in_progress"
    assert NOTICE in public(client, target), "learners still read the old edition until the update is published"

    client.force_login(translator)
    translate_strings(client, translation, "EN")
    client.post(reverse("curriculum_translation:review", args=[target.pk]))
    client.force_login(moderator)
    assert report_statuses(client, module)[source.pk] == "in_progress"
    target = approve(client, target)

    assert target.title == "EN درس منقّح"
    assert report_statuses(client, module)[source.pk] == "current"
    assert NOTICE not in public(client, target)


def test_untranslated_lessons_are_reported(curriculum, client):
    module = make_module("en", "lonely", lessons=2)
    client.force_login(staff("moderator", "Moderators"))

    statuses = report_statuses(client, module, language="ar")

    lessons = list(module.get_children().order_by("path"))
    assert statuses == {module.pk: "untranslated", lessons[0].pk: "untranslated", lessons[1].pk: "untranslated"}
    assert report_statuses(client, module, language="en") == {}


def test_translators_see_the_report_and_its_sync_links(published_translation, client):
    source, target, translation, translator, _ = published_translation
    client.force_login(translator)

    html = client.get(reverse("curriculum_translation:status"), {"module": source.get_parent().pk}).content.decode()

    assert reverse("wagtail_localize:update_translations", args=[translation.source_id]) in html
    assert reverse("wagtailadmin_pages:edit", args=[target.pk]) in html


def test_the_notice_costs_no_more_queries_than_the_lookup(published_translation, client, settings):
    settings.MINBAR_PAGE_CACHE_TIMEOUT = 0  # count the queries of rendering, not a whole-page cache hit
    source, target, *_ = published_translation
    public(client, target)
    with CaptureQueriesContext(connection) as current:
        public(client, target)
    edit_and_publish(source, "درس آخر")
    public(client, target)
    with CaptureQueriesContext(connection) as stale:
        assert NOTICE in public(client, target)

    assert len(stale) == len(current)
    assert sum("curriculum_editionsync" in query["sql"] for query in current.captured_queries) == 1
