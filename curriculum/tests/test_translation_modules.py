"""Translating a whole module at once, from either language: every lesson gets a draft edition, none goes live."""

import pytest
from django.urls import reverse
from django.utils.translation import ngettext, override
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from curriculum.models import LessonPage, ModulePage
from curriculum.tests.translation_helpers import make_module, staff

pytestmark = pytest.mark.django_db


def editions_in(module, lang):
    """The module's pages (module first, then lessons) in lang."""
    keys = [module.translation_key, *module.get_children().values_list("translation_key", flat=True)]
    return list(Page.objects.filter(translation_key__in=keys, locale__language_code=lang).order_by("path"))


@pytest.mark.parametrize(("source", "target"), [("ar", "en"), ("en", "ar")])
def test_translate_module_creates_draft_editions_of_the_module_and_every_lesson(curriculum, client, source, target):
    module = make_module(source, f"first-{source}", lessons=3)
    client.force_login(staff("translator", "Translators"))
    locale = Locale.objects.get(language_code=target)

    url = reverse("curriculum_translation:translate_module", args=[module.pk])
    form = client.get(url)
    assert form.status_code == 200
    with override("ar"):  # the admin's language for staff who haven't chosen one
        pending = ngettext(
            "%(counter)s page has no %(language)s edition yet.",
            "%(counter)s pages have no %(language)s edition yet.",
            4,
        ) % {"counter": 4, "language": locale.get_display_name()}
    assert pending in form.content.decode()
    response = client.post(url, {"locale": locale.pk})

    editions = editions_in(module, target)
    assert [page.specific_class for page in editions] == [ModulePage, LessonPage, LessonPage, LessonPage]
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[editions[0].pk])
    assert not any(page.live for page in editions), "a translation never goes live without review"
    assert all(page.has_unpublished_changes and page.alias_of_id is None for page in editions)
    assert all(page.locale == locale for page in editions)
    for page in editions:
        translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)
        assert translation.enabled and translation.source.locale.language_code == source
    lesson = editions[1].specific
    assert lesson.get_parent().pk == editions[0].pk
    source_lesson = module.get_children().order_by("path").first()
    assert lesson.translation_key == source_lesson.translation_key
    # Untranslated strings keep the source text in the draft until a translator translates them.
    assert lesson.get_latest_revision_as_object().title == source_lesson.title


def test_translate_module_only_adds_the_missing_lessons(curriculum, client):
    module = make_module("ar", "partly", lessons=2)
    client.force_login(staff("translator", "Translators"))
    english = Locale.objects.get(language_code="en")
    url = reverse("curriculum_translation:translate_module", args=[module.pk])
    client.post(url, {"locale": english.pk})
    first_translation = editions_in(module, "en")
    added = LessonPage(title="درس جديد", slug="partly-new", summary="ملخص")
    module.add_child(instance=added)
    added.save_revision().publish()

    client.post(url, {"locale": english.pk})

    editions = editions_in(module, "en")
    assert len(editions) == 4
    assert {page.pk for page in first_translation} < {page.pk for page in editions}
    assert not any(page.live for page in editions)


def test_wagtail_localize_subtree_translation_also_leaves_drafts(curriculum, client):
    """The stock "Translate this page" with "Include subtree" gives the same result as "Translate module"."""
    module = make_module("en", "subtree", lessons=2)
    client.force_login(staff("translator", "Translators"))
    arabic = Locale.objects.get(language_code="ar")

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[module.pk]),
        {"locales": [arabic.pk], "include_subtree": "on"},
    )

    assert response.status_code == 302
    editions = editions_in(module, "ar")
    assert len(editions) == 3
    assert not any(page.live for page in editions)


def test_module_pages_offer_translate_module_and_status_buttons(curriculum, client):
    module = make_module("ar", "buttons", lessons=1)
    client.force_login(staff("translator", "Translators"))

    listing = client.get(reverse("wagtailadmin_explore", args=[module.get_parent().pk])).content.decode()

    assert reverse("curriculum_translation:translate_module", args=[module.pk]) in listing
    assert f"{reverse('curriculum_translation:status')}?module={module.pk}" in listing


def test_translate_module_needs_the_submit_translation_permission(curriculum, client):
    module = make_module("ar", "denied", lessons=1)
    user = staff("reader", "Translators")
    user.groups.clear()
    client.force_login(user)

    response = client.post(reverse("curriculum_translation:translate_module", args=[module.pk]), {"locale": 1})

    assert response.status_code in (302, 403)
    assert editions_in(module, "en") == []
