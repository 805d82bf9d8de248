"""Topics are translated with the same tools as pages, and no page shows a topic in the wrong language."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.operations import translate_object

from curriculum.models import ModulePage, Topic
from curriculum.tests.translation_helpers import make_module, staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def arabic_only_topic(curriculum):
    """An Arabic module with an Arabic-only topic, translated into English and published."""
    arabic = Locale.objects.get(language_code="ar")
    topic = Topic.objects.create(name="حملات الرسائل", slug="sms-only-ar", locale=arabic)
    module = make_module("ar", "topical", lessons=1)
    module.topics.add(topic)
    module.save_revision().publish()
    english = Locale.objects.get(language_code="en")
    translate_object(ModulePage.objects.get(pk=module.pk), [english])
    english_module = module.get_translation(english)
    english_module.save_revision().publish()
    return topic, ModulePage.objects.get(pk=english_module.pk)


def test_a_topic_without_an_english_edition_never_shows_on_english_pages(arabic_only_topic, client):
    topic, english_module = arabic_only_topic

    module_page = client.get(english_module.url).content.decode()
    topics_page = client.get("/en/topics/").content.decode()
    catalogue = client.get("/en/modules/").content.decode()
    filtered = client.get("/en/modules/", {"topic": topic.slug}).content.decode()

    assert list(english_module.topics.all()) == [topic], "the relation still points at the Arabic edition"
    assert list(english_module.localized_topics()) == []
    for html in (module_page, topics_page, catalogue):
        assert topic.name not in html
    assert client.get(f"/en/topics/{topic.slug}/").status_code == 404
    assert english_module.title in catalogue
    assert topic.name not in filtered
    assert topic.name in client.get(english_module.get_translation(topic.locale).url).content.decode()


def test_translating_a_topic_with_wagtail_localize_names_it_in_english_on_english_pages(arabic_only_topic, client):
    topic, english_module = arabic_only_topic
    client.force_login(staff("moderator", "Moderators"))

    response = client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["curriculum", "topic", topic.pk]),
        {"locales": [Locale.objects.get(language_code="en").pk]},
    )
    assert response.status_code == 302
    english_topic = Topic.objects.get(translation_key=topic.translation_key, locale__language_code="en")
    translation = Translation.objects.get(source__object_id=topic.translation_key, target_locale=english_topic.locale)
    editor = client.get(reverse("wagtailsnippets_curriculum_topic:edit", args=[english_topic.pk]))
    assert editor.status_code == 200 and "js-translation-editor" in editor.content.decode()

    segment = StringSegment.objects.get(source=translation.source, context__path="name")
    client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        urlencode({"value": "Text message campaigns"}),
        content_type="application/x-www-form-urlencoded",
    )
    client.post(reverse("wagtailsnippets_curriculum_topic:edit", args=[english_topic.pk]), {"action": "publish"})
    client.logout()

    english_topic.refresh_from_db()
    assert english_topic.name == "Text message campaigns"
    module_page = client.get(english_module.url).content.decode()
    assert "Text message campaigns" in module_page
    assert topic.name not in module_page


def test_translators_cannot_edit_topics_which_have_no_drafts(curriculum, client):
    topic = Topic.objects.filter(locale__language_code="ar").first()
    client.force_login(staff("translator", "Translators"))

    response = client.get(reverse("wagtailsnippets_curriculum_topic:edit", args=[topic.pk]))

    assert response.status_code in (302, 403)
