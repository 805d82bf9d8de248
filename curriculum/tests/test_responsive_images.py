"""Lesson and cover images arrive as WebP renditions sized for the screen, lazily, without shifting the layout."""

from html.parser import HTMLParser

import pytest
from django.core.cache import cache
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

pytestmark = pytest.mark.django_db


class Images(HTMLParser):
    """The attributes of every <img> on a page."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.found.append(dict(attrs))


def images_on(client, url):
    parser = Images()
    parser.feed(client.get(url).content.decode())
    return parser.found


@pytest.fixture(autouse=True)
def fresh_renditions():
    """Forget cached renditions: a rolled-back test's image id comes back, with another picture behind it."""
    cache.clear()


@pytest.fixture
def photo(db):
    return Image.objects.create(title="photo.png", file=get_test_image_file(size=(1600, 900)))


def srcset_widths(img):
    return [int(candidate.split()[1].removesuffix("w")) for candidate in img["srcset"].split(",")]


def assert_responsive(img, widths):
    assert srcset_widths(img) == widths
    assert all(candidate.split()[0].endswith(".webp") for candidate in img["srcset"].split(","))
    assert img["src"].startswith("/media/") and img["src"].endswith(".webp")
    assert img["sizes"]
    assert (img["loading"], img["decoding"]) == ("lazy", "async")


def test_lesson_image_block_is_responsive_webp_with_its_alt_text(client, curriculum, photo):
    lesson = curriculum.en_lesson1
    lesson.body.append(("image", {"image": photo, "alt_text": "A phone showing the app", "caption": "The app"}))
    lesson.save_revision().publish()
    (img,) = images_on(client, "/en/modules/websites/lesson-1/")
    assert_responsive(img, [360, 720, 1080])
    # The largest rendition's size: the space is reserved before loading, with the image's own proportions.
    assert (img["width"], img["height"]) == ("1080", "607")
    assert img["alt"] == "A phone showing the app"


def test_image_without_alt_text_is_decorative(client, curriculum, photo):
    lesson = curriculum.ar_lesson1
    lesson.body.append(("image", {"image": photo, "alt_text": "", "caption": ""}))
    lesson.save_revision().publish()
    (img,) = images_on(client, "/ar/modules/websites/lesson-1/")
    assert img["alt"] == ""  # present and empty: screen readers skip it, rather than read the file name


def test_small_image_is_not_enlarged(client, curriculum):
    small = Image.objects.create(title="small.png", file=get_test_image_file(size=(300, 200)))
    lesson = curriculum.en_lesson1
    lesson.body.append(("image", {"image": small, "alt_text": "A small icon", "caption": ""}))
    lesson.save_revision().publish()
    (img,) = images_on(client, "/en/modules/websites/lesson-1/")
    assert (img["width"], img["height"]) == ("300", "200")


def test_step_image_is_responsive_webp(client, curriculum, photo):
    lesson = curriculum.en_lesson2
    steps = next(block for block in lesson.body if block.block_type == "steps")
    steps.value["steps"][0]["image"] = photo
    steps.value["steps"][0]["image_alt"] = "The settings screen"
    lesson.save_revision().publish()
    (img,) = images_on(client, "/en/modules/websites/lesson-2/")
    assert_responsive(img, [360, 720])
    assert (img["width"], img["height"], img["alt"]) == ("720", "405", "The settings screen")


def test_module_cover_is_responsive_webp_and_decorative(client, curriculum, photo):
    module = curriculum.ar_module
    module.cover_image = photo
    module.save_revision().publish()
    (img,) = images_on(client, "/ar/modules/websites/")
    assert_responsive(img, [480, 960])
    assert (img["width"], img["height"], img["alt"]) == ("960", "400", "")
