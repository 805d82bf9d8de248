"""Offline reading: the service worker's script and headers, the offline page, and each module's manifest."""

import json
import re

import pytest
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from curriculum import offline
from curriculum.models import LessonPage

pytestmark = pytest.mark.django_db

CONFIG = re.compile(r"^const CONFIG = (.*);$", re.M)


def add_images(lesson):
    """Publish the lesson with an image block and a step image; returns the two images."""
    images = [
        get_image_model().objects.create(title=f"picture {n}", file=get_test_image_file(f"picture-{n}.png"))
        for n in (1, 2)
    ]
    body = lesson.body.raw_data
    steps = next(block for block in body if block["type"] == "steps")
    steps["value"]["steps"][0]["value"].update(image=images[1].pk, image_alt="a step")
    body.append({"type": "image", "value": {"image": images[0].pk, "alt_text": "a picture", "caption": ""}})
    lesson.body = body
    lesson.save_revision().publish()
    return images


def small(image):
    return image.get_rendition(offline.SMALL_IMAGE).url


def worker_config(response):
    return json.loads(CONFIG.search(response.content.decode()).group(1))


def manifest(client, module, language=None, status=200):
    language = language or module.locale.language_code
    response = client.get(f"/{language}/offline/modules/{module.pk}.json")
    assert response.status_code == status
    return response.json() if status == 200 else response


# The service worker


def test_service_worker_is_served_from_the_root_for_the_whole_site(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"], "browsers must check for a new worker, not keep a stale one"
    assert 'self.addEventListener("fetch"' in response.content.decode()


def test_service_worker_precaches_the_shell_in_both_languages(client):
    config = worker_config(client.get("/sw.js"))
    assert {
        "/static/css/minbar.css",
        "/static/js/learn.js",
        "/static/js/offline.js",
        "/static/js/offline-page.js",
    } <= set(config["shell"])
    assert {"/ar/offline/", "/en/offline/"} <= set(config["shell"])
    assert config["offline"] == {"ar": "/ar/offline/", "en": "/en/offline/"}
    assert not [url for url in config["shell"] if "contribute" in url], "contribution forms need a connection"
    assert config["static"]["css/minbar.css"] == "/static/css/minbar.css"
    assert re.fullmatch(r"[0-9a-f]{12}", config["version"])


def test_service_worker_answers_an_unchanged_copy_with_an_empty_304(client):
    first = client.get("/sw.js")
    again = client.get("/sw.js", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304 and again.content == b""
    assert client.get("/sw.js", headers={"If-None-Match": '"other"'}).status_code == 200


def test_shell_version_changes_with_the_files_it_precaches(settings, tmp_path):
    (tmp_path / "static" / "css").mkdir(parents=True)
    css = tmp_path / "static" / "css" / "minbar.css"
    css.write_text("a { color: red }")
    settings.BASE_DIR = tmp_path
    before = offline.shell_version(offline.shell_files())
    css.write_text("a { color: blue }")
    assert offline.shell_version(offline.shell_files()) != before


def test_service_worker_refuses_posts(client):
    assert client.post("/sw.js").status_code == 405


def test_every_public_page_registers_the_worker_and_the_policy_allows_it(client, curriculum):
    for url in ("/ar/", "/en/modules/", "/ar/modules/websites/lesson-1/", "/en/offline/", "/ar/no-such-page/"):
        response = client.get(url)
        assert 'src="/static/js/offline-register.js" data-worker="/sw.js"' in response.content.decode(), url
    assert "worker-src 'self'" in client.get("/ar/")["Content-Security-Policy"]


# The offline page


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("en", "ltr")])
def test_offline_page_speaks_the_learners_language(client, curriculum, language, direction):
    response = client.get(f"/{language}/offline/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}" dir="{direction}">' in html
    with translation.override(language):
        assert f"<h1>{translation.gettext('You are offline')}</h1>" in html
        assert translation.gettext("Modules saved on this device") in html
    assert 'name="robots" content="noindex"' in html
    assert 'src="/static/js/offline-page.js"' in html
    other = {"ar": "en", "en": "ar"}[language]
    assert f'href="/{other}/offline/"' in html, "the language switcher goes to the other offline page"


# The module manifest and the save button


def test_module_page_offers_to_save_it_with_its_manifest(client, curriculum):
    html = client.get("/en/modules/websites/").content.decode()
    assert f'data-manifest="/en/offline/modules/{curriculum.en_module.pk}.json"' in html
    assert "data-offline-save hidden" in html, "hidden until offline.js knows the browser can save"
    assert 'src="/static/js/offline.js"' in html
    assert "Saving {done} of {total}…" in html
    assert "Saved for offline — 3 lessons, {size}." in html


@pytest.mark.parametrize("language", ["ar", "en"])
def test_manifest_lists_the_module_and_its_live_lessons_in_order(client, curriculum, language):
    module = getattr(curriculum, f"{language}_module")
    data = manifest(client, module)
    assert data["id"] == module.pk and data["language"] == language and data["title"] == module.title
    assert data["url"] == f"/{language}/modules/websites/"
    assert data["last_published_at"] == module.last_published_at.isoformat()
    assert [lesson["url"] for lesson in data["lessons"]] == [
        f"/{language}/modules/websites/lesson-{n}/" for n in (1, 2, 3)
    ]
    lesson = getattr(curriculum, f"{language}_lesson2")
    assert data["lessons"][1] == {
        "id": lesson.pk,
        "title": lesson.title,
        "url": f"/{language}/modules/websites/lesson-2/",
        "last_published_at": lesson.last_published_at.isoformat(),
        "images": [],
    }


def test_manifest_leaves_out_unpublished_and_private_lessons(client, curriculum):
    curriculum.en_lesson2.unpublish()
    PageViewRestriction.objects.create(page=curriculum.en_lesson3, restriction_type="login")
    data = manifest(client, curriculum.en_module)
    assert [lesson["url"] for lesson in data["lessons"]] == ["/en/modules/websites/lesson-1/"]


def test_manifest_gives_each_lesson_image_at_its_small_size(client, curriculum):
    images = add_images(curriculum.en_lesson1)
    data = manifest(client, curriculum.en_module)
    lesson = LessonPage.objects.get(pk=curriculum.en_lesson1.pk)
    assert data["lessons"][0]["images"] == [small(images[1]), small(images[0])], "in reading order"
    assert data["lessons"][0]["last_published_at"] == lesson.last_published_at.isoformat()
    assert all(
        url.startswith("/media/images/") and ".width-360.format-webp" in url for url in data["lessons"][0]["images"]
    )
    page = client.get("/en/modules/websites/lesson-1/").content.decode()
    assert all(url in page for url in data["lessons"][0]["images"]), "the small size is one the page itself uses"


def test_manifest_leaves_out_an_image_whose_file_is_missing(client, curriculum):
    images = add_images(curriculum.en_lesson1)
    images[0].file.storage.delete(images[0].file.name)
    data = manifest(client, curriculum.en_module)
    assert data["lessons"][0]["images"] == [small(images[1])]


def test_manifest_is_only_for_a_live_public_module_in_the_addressed_language(client, curriculum):
    manifest(client, curriculum.ar_module, language="en", status=404)
    manifest(client, curriculum.en_lesson1, status=404)
    assert client.get("/en/offline/modules/999999.json").status_code == 404
    PageViewRestriction.objects.create(page=curriculum.en_module, restriction_type="login")
    manifest(client, curriculum.en_module, status=404)
    curriculum.ar_module.unpublish()
    manifest(client, curriculum.ar_module, status=404)


def test_unchanged_manifest_transfers_nothing(client, curriculum):
    url = f"/en/offline/modules/{curriculum.en_module.pk}.json"
    first = client.get(url)
    assert "no-cache" in first["Cache-Control"]
    assert client.get(url, headers={"If-None-Match": first["ETag"]}).status_code == 304
    curriculum.en_lesson1.save_revision().publish()
    changed = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200, "a lesson published again changes the manifest"


def test_manifest_queries_do_not_grow_with_lessons_or_images(client, curriculum, django_assert_max_num_queries):
    add_images(curriculum.en_lesson1)
    add_images(curriculum.en_lesson2)
    manifest(client, curriculum.en_module)  # renditions are created on the first request
    with django_assert_max_num_queries(12):
        manifest(client, curriculum.en_module)
