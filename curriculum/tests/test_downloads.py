"""A module's downloads: one PDF and one self-contained HTML file, in its language, built once per published version."""

import base64
import io
import logging
import shutil
import threading
import time
import unicodedata
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from curriculum import downloads
from curriculum.models import LessonCredit
from curriculum.tasks import build_module_downloads
from curriculum.tests.pdf_lines import embedded_fonts, lines, page_width

pytestmark = pytest.mark.django_db

URL = "/{lang}/modules/websites/download/{fmt}/"
DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.fixture(autouse=True)
def no_stored_downloads():
    """Each test starts with no built file: ids are reused once a test's transaction is rolled back."""
    shutil.rmtree(settings.MEDIA_ROOT / downloads.ROOT, ignore_errors=True)


class Document(HTMLParser):
    """Every start tag of an HTML document as (tag, attributes), and its text."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.tags, self.texts = [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.texts.append(data)

    def attribute(self, name):
        return [attrs[name] for _, attrs in self.tags if attrs.get(name) is not None]

    @property
    def text(self):
        return " ".join(" ".join(self.texts).split())


def get(client, lang, fmt):
    response = client.get(URL.format(lang=lang, fmt=fmt))
    assert response.status_code == 200, response.status_code
    return response


def builds(caplog):
    return [record for record in caplog.records if record.name == "curriculum.downloads" and "Built" in record.msg]


def publish_new_title(lesson, title):
    lesson.title = title
    lesson.save_revision().publish()


def expected_texts(lang):
    """What the lessons of the test module say (curriculum/tests/factories.py), in one language: every block."""
    word = {"ar": "الإعلام", "en": "Media"}[lang]
    texts = [f"{word} {n}:" for n in (1, 2, 3)]  # the one text that differs from lesson to lesson
    texts += [f"{lang} step 0", f"{lang} do 2", f"{lang} careful", f"{lang} item b", f"{lang} question?"]
    return texts + [f"{lang} notebook", f"{lang} guide", "https://example.org/guide", f"{lang} because not"]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_html_download_is_the_whole_module_with_licence_and_credits(client, curriculum, lang):
    module = getattr(curriculum, f"{lang}_module")
    response = get(client, lang, "html")
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="minbar-websites-{lang}.html"'
    html = b"".join(response.streaming_content).decode()
    assert html.startswith("<!DOCTYPE html>")
    assert f'<html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}">' in html
    document = Document(html)
    for lesson in module.lessons:
        assert lesson.title in document.text and lesson.summary in document.text
    for text in expected_texts(lang):
        assert text in document.text, text
    assert sum(tag == "details" for tag, _ in document.tags) == 3  # one quiz a lesson, its answers in <details>
    assert module.get_licence_display() in document.text
    assert module.licence_url in document.attribute("href")
    (credit,) = module.credits.all()
    assert credit.name in document.text
    assert "http://localhost" + module.url in document.attribute("href")


def test_html_download_is_self_contained(client, curriculum):
    lesson = curriculum.en_lesson2
    image = Image.objects.create(title="Router", file=get_test_image_file(size=(1200, 900)))
    lesson.body.append(("image", {"image": image, "alt_text": "A router", "caption": "The router"}))
    lesson.body.append(("text", f'<p>See <a linktype="page" id="{lesson.pk}">the first lesson</a>.</p>'))
    lesson.save_revision().publish()

    document = Document(b"".join(get(client, "en", "html").streaming_content).decode())
    assert not [tag for tag, _ in document.tags if tag in {"script", "link", "iframe", "object", "embed", "base"}]
    (source,) = document.attribute("src")
    assert source.startswith("data:image/webp;base64,")
    assert PILImage.open(io.BytesIO(base64.b64decode(source.split(",", 1)[1]))).width == 480
    ids = set(document.attribute("id"))
    for href in document.attribute("href"):
        # Nothing relative: from a USB stick a relative link would lead nowhere.
        assert href.startswith(("#", "https://", "http://")), href
        if href.startswith("#"):
            assert href[1:] in ids, href
    assert "http://localhost" + lesson.url in document.attribute("href")
    external = {href.split("/")[2] for href in document.attribute("href") if href.startswith("http")}
    assert external == {"localhost", "example.org", "creativecommons.org"}
    assert "url(" not in " ".join(document.texts)


def credit_lesson_3(curriculum):
    LessonCredit.objects.create(page=curriculum.en_lesson3, name="Huda Saleh", role="Author")
    curriculum.en_lesson3.save_revision().publish()


def test_html_download_credits_the_lessons_contributors(client, curriculum):
    credit_lesson_3(curriculum)
    assert (
        "Huda Saleh (Author) · Person" in Document(b"".join(get(client, "en", "html").streaming_content).decode()).text
    )


def test_english_pdf_has_every_lesson_in_order_with_licence_credits_and_embedded_fonts(client, curriculum):
    credit_lesson_3(curriculum)
    response = get(client, "en", "pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="minbar-websites-en.pdf"'
    pdf = b"".join(response.streaming_content)
    assert pdf.startswith(b"%PDF-")
    drawn = [line.drawn for _, line in lines(pdf)]
    text = " ".join(drawn)
    for text_part in expected_texts("en") + ["Minbar editorial team", "Huda Saleh (Author) · Person"]:
        assert text_part in text, text_part
    assert drawn.count("Answers") == 3 and drawn.count("Right:") == 3 and drawn.count(" en yes. en because") == 3
    titles = [(page, line) for page, line in lines(pdf) if line.drawn in {"Lesson 1", "Lesson 2", "Lesson 3"}]
    assert [line.drawn for _, line in titles] == ["Lesson 1", "Lesson 2", "Lesson 3"] * 2  # contents, then lessons
    contents_page = titles[0][0]
    assert [page for page, _ in titles[:3]] == [contents_page] * 3
    assert contents_page < titles[3][0] < titles[4][0] < titles[5][0]  # each lesson starts a page
    assert titles[3][1].x < page_width(pdf) / 4  # left-aligned
    fonts = embedded_fonts(pdf)
    assert "Noto-Sans" in fonts and all(fonts.values())


def test_arabic_pdf_is_shaped_right_to_left_and_right_aligned(client, curriculum):
    """The lesson title "الدرس 1" must be drawn as an Arabic reader sees it.

    Right to left: a PDF draws a line from left to right, so the glyphs of a right-to-left line are drawn last
    letter first; read backwards they give the title in logical order (a renderer without bidi would draw "ا" first).
    Right-aligned: the line starts in the right half of the page. Shaped: letters that join take their contextual
    forms, so the glyph drawn for "ل" (initial here) and "د" (final) is not the font's nominal, isolated glyph; an
    unshaped rendering would draw exactly those nominal glyphs.
    """
    response = get(client, "ar", "pdf")
    assert response["Content-Disposition"] == 'attachment; filename="minbar-websites-ar.pdf"'
    pdf = b"".join(response.streaming_content)
    title = "الدرس 1"
    found = [line for _, line in lines(pdf) if unicodedata.normalize("NFKC", line.drawn[::-1]) == title]
    assert len(found) == 2, "the title is drawn on its lesson's first page and in the contents"
    heading = max(found, key=lambda line: line.x)
    assert heading.x > page_width(pdf) / 2
    glyphs = {glyph.text: glyph for glyph in heading.glyphs}
    assert glyphs["ل"].gid != glyphs["ل"].nominal and glyphs["د"].gid != glyphs["د"].nominal
    assert glyphs["ر"].gid == glyphs["ر"].nominal  # "د" does not join to the next letter: ر stays isolated
    fonts = embedded_fonts(pdf)
    assert "Noto-Naskh-Arabic" in fonts and all(fonts.values())
    drawn = [unicodedata.normalize("NFKC", line.drawn[::-1]) for _, line in lines(pdf)]
    for lesson in curriculum.ar_module.lessons:
        assert lesson.summary in drawn
    assert "فريق تحرير منبر · منظمة" in drawn


def test_a_second_request_reuses_the_file_and_publishing_a_lesson_rebuilds_it(client, curriculum, caplog):
    caplog.set_level(logging.INFO, logger="curriculum.downloads")
    first = b"".join(get(client, "en", "html").streaming_content)
    assert len(builds(caplog)) == 1
    assert b"".join(get(client, "en", "html").streaming_content) == first
    assert len(builds(caplog)) == 1
    old_files = default_files(curriculum.en_module)

    publish_new_title(curriculum.en_lesson2, "Lesson two, revised")
    updated = b"".join(get(client, "en", "html").streaming_content).decode()
    assert len(builds(caplog)) == 2
    assert "Lesson two, revised" in updated
    assert not set(old_files) & set(default_files(curriculum.en_module)), "the old file is deleted"


def default_files(module):
    return sorted((settings.MEDIA_ROOT / downloads.folder(module)).iterdir())


def test_a_request_waits_for_the_build_under_way_instead_of_rendering_again(curriculum, caplog):
    caplog.set_level(logging.INFO, logger="curriculum.downloads")
    module = curriculum.en_module
    name = downloads.storage_name(module, "html")  # loads what the waiting thread needs: it has no database
    assert cache.add(downloads.lock_key(name), True, 60)  # as a request that is building the file does
    found = {}
    waiter = threading.Thread(target=lambda: found.update(name=downloads.ensure(module, "html")))
    waiter.start()
    time.sleep(0.5)
    assert waiter.is_alive()
    downloads.save(name, b"built by the other request")
    cache.delete(downloads.lock_key(name))
    waiter.join(10)
    assert found == {"name": name} and not builds(caplog)
    assert default_storage.open(name).read() == b"built by the other request"


def test_module_page_links_to_both_downloads_with_sizes_once_built(client, curriculum):
    """With the page cache on: building a file makes the cached module page stale, so its size shows."""
    first = client.get("/en/modules/websites/")
    assert client.get("/en/modules/websites/")["X-Cache"] == "hit"
    page = first.content.decode()
    assert URL.format(lang="en", fmt="pdf") in page and URL.format(lang="en", fmt="html") in page
    assert "Download this module to read without the internet:" in page and " KB)" not in page
    size = len(b"".join(get(client, "en", "html").streaming_content))
    page = client.get("/en/modules/websites/").content.decode()
    assert f"Web page (HTML)</a> ({filesizeformat(size)})" in page


def test_non_ascii_filename_is_encoded_as_rfc_6266_says(curriculum):
    module = curriculum.ar_module
    module.slug = "مواقع"
    response = downloads.response(module, "html")
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''minbar-%D9%85%D9%88%D8%A7%D9%82%D8%B9-ar.html"
    )


def test_no_download_of_an_unpublished_module_or_an_unknown_format(client, curriculum):
    assert client.get(URL.format(lang="en", fmt="docx")).status_code == 404
    assert client.get("/en/modules/websites/lesson-1/download/pdf/").status_code == 404
    curriculum.en_module.unpublish()
    assert client.get(URL.format(lang="en", fmt="html")).status_code == 404
    assert client.get(URL.format(lang="en", fmt="pdf")).status_code == 404
    assert client.get(URL.format(lang="ar", fmt="html")).status_code == 200  # the other edition is still live


@pytest.mark.parametrize("withdraw", ["unpublish", "delete"])
def test_an_unpublished_or_deleted_modules_files_are_deleted(
    client, curriculum, withdraw, django_capture_on_commit_callbacks
):
    get(client, "en", "html")
    folder = settings.MEDIA_ROOT / downloads.folder(curriculum.en_module)
    assert list(folder.iterdir())
    with django_capture_on_commit_callbacks(execute=True):
        getattr(curriculum.en_module, withdraw)()
    assert not list(folder.iterdir())


def test_unpublished_lessons_are_left_out(client, curriculum):
    curriculum.en_lesson3.unpublish()
    html = b"".join(get(client, "en", "html").streaming_content).decode()
    assert "Lesson 2" in html and "Lesson 3" not in html


def test_publishing_queues_a_deferred_build_with_a_background_worker(curriculum, django_capture_on_commit_callbacks):
    from django_tasks import default_task_backend

    with override_settings(TASKS=DUMMY_TASKS):
        with django_capture_on_commit_callbacks(execute=True):
            publish_new_title(curriculum.ar_lesson1, "الدرس الأول")
        (result,) = [result for result in default_task_backend.results if result.task.name == "build_module_downloads"]
        assert result.task.func is build_module_downloads.func
        assert result.args == [curriculum.ar_module.pk] and result.task.run_after is not None


def test_the_build_task_builds_both_files_and_then_requests_reuse_them(client, curriculum, caplog):
    caplog.set_level(logging.INFO, logger="curriculum.downloads")
    names = build_module_downloads.call(curriculum.en_module.pk)
    assert [name.rsplit(".", 1)[1] for name in names] == ["pdf", "html"]
    assert len(builds(caplog)) == 2
    get(client, "en", "pdf")
    get(client, "en", "html")
    assert len(builds(caplog)) == 2
