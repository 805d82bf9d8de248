"""Builders for translation tests: staff in their groups, one-language modules, translator and moderator steps."""

from urllib.parse import urlencode

from django.contrib.auth.models import Group, User
from django.urls import reverse
from wagtail_localize.models import StringSegment

from curriculum.models import CurriculumIndexPage, LessonPage, ModulePage
from curriculum.starter.loader import stream
from curriculum.tests.factories import lesson_body

TITLES = {"ar": "وحدة {slug}", "en": "Module {slug}"}
LESSON_TITLES = {"ar": "درس {n} من {slug}", "en": "Lesson {n} of {slug}"}


def staff(username, group):
    """A staff account in one of the site's groups (Translators, Moderators, Editors)."""
    user = User.objects.create_user(username, f"{username}@example.invalid", "pw", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def make_module(lang, slug, lessons=2):
    """A module written in one language only, published with its lessons, under that language's catalogue."""
    catalogue = CurriculumIndexPage.objects.get(locale__language_code=lang)
    module = ModulePage(title=TITLES[lang].format(slug=slug), slug=slug, summary=f"{lang} summary")
    catalogue.add_child(instance=module)
    module.save_revision().publish()
    for n in range(1, lessons + 1):
        lesson = LessonPage(
            title=LESSON_TITLES[lang].format(n=n, slug=slug),
            slug=f"{slug}-{n}",
            summary=f"{lang} lesson summary {n}",
            body=stream(lesson_body(lang, n), f"{slug}/{n}"),
        )
        module.add_child(instance=lesson)
        lesson.save_revision().publish()
    return ModulePage.objects.get(pk=module.pk)


def fresh(page):
    """The page as stored now, specific."""
    return type(page).objects.get(pk=page.pk)


def translate_strings(client, translation, prefix):
    """Translate every string of a translation through the translation editor's API, as the editor's UI does."""
    segments = StringSegment.objects.filter(source=translation.source).select_related("string")
    for segment in segments:
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        body = urlencode({"value": f"{prefix} {segment.string.data}"})
        response = client.put(url, body, content_type="application/x-www-form-urlencoded")
        assert response.status_code in (200, 201), response.content
    return segments.count()


def approve(client, page):
    """A moderator approves the page's current task from the admin (the dashboard's "Approve" action)."""
    task_state = fresh(page).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": ""})
    assert response.status_code in (200, 302), response.content
    return fresh(page)


def edit_and_publish(page, title):
    """An editor changes the source edition and publishes it."""
    page = fresh(page)
    page.title = title
    page.save_revision().publish()
    return fresh(page)
