"""Offline reading: the service worker, the offline page, and each module's manifest of what to save.

The service worker (templates/sw.js) is served from the site root so that its scope covers /ar/ and /en/; the
pages register it with static/js/offline-register.js and save modules with static/js/offline.js.
"""

import hashlib
import json
from pathlib import Path

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseNotModified, JsonResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail import blocks
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.models import SourceImageIOError

from .models import LessonPage, ModulePage

# Lesson images are saved at the smallest width the lesson templates offer (templates/blocks/*.html).
SMALL_IMAGE = "width-360|format-webp"
# Seconds a page request may take before a saved copy is shown instead (the network answer still refreshes it).
NETWORK_TIMEOUT_MS = 4000
# Static files every public page needs, precached as the site shell. Anything else a saved page loads is saved with
# it (static/js/offline.js), and contribution forms need a connection anyway.
SHELL_FILES = ["css/minbar.css", "js/offline-register.js", "js/learn.js", "js/offline.js", "js/offline-page.js"]
# What the precached shell is built from: a change to any of them makes a new service worker version.
SHELL_TEMPLATES = ["base.html", "offline.html"]


def shell_files():
    """Relative paths (under static/) of the files every offline visit needs."""
    return list(SHELL_FILES)


def shell_version(files):
    """A short hash of the shell's sources, so the service worker changes (and re-precaches) when they do."""
    base = Path(settings.BASE_DIR)
    sources = [base / "static" / name for name in files] + [base / "templates" / name for name in SHELL_TEMPLATES]
    sources += sorted((base / "locale").glob("*/LC_MESSAGES/django.mo"))
    digest = hashlib.sha256()
    for source in sources:
        if source.exists():
            digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def offline_urls():
    """The offline page of each language, keyed by language code."""
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = reverse("offline")
    return urls


def worker_config():
    """What the service worker needs to know: its version, the shell to precache and where things live."""
    files = shell_files()
    pages = offline_urls()
    return {
        "version": shell_version(files),
        "shell": [static(name) for name in files] + list(pages.values()),
        "static": {name: static(name) for name in files},
        "staticUrl": settings.STATIC_URL,
        "mediaUrl": settings.MEDIA_URL,
        "offline": pages,
        "languages": [code for code, _name in settings.LANGUAGES],
        "timeout": NETWORK_TIMEOUT_MS,
    }


def conditional(request, response):
    """Add a strong ETag from the content, and answer a matching If-None-Match with an empty 304."""
    etag = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
    patch_cache_control(response, no_cache=True)
    if etag in [tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")]:
        not_modified = HttpResponseNotModified()
        not_modified["ETag"] = etag
        not_modified["Cache-Control"] = response["Cache-Control"]
        return not_modified
    response["ETag"] = etag
    return response


@require_GET
def service_worker(request):
    """The service worker script, from the site root so its scope covers every language's pages."""
    config = json.dumps(worker_config(), ensure_ascii=False)
    script = render_to_string("sw.js", {"config": config})
    response = HttpResponse(script, content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    return conditional(request, response)


@require_GET
def offline_page(request):
    """What the service worker shows offline for a page that is not saved; lists saved modules (offline.js)."""
    return TemplateResponse(request, "offline.html", {"title": _("You are offline")})


def image_ids(block, raw):
    """Ids of the images in a raw block value, found through the block definitions without loading any image."""
    if isinstance(block, ImageChooserBlock):
        return [raw] if isinstance(raw, int) else []
    if isinstance(block, blocks.StreamBlock):
        children = [(block.child_blocks.get(item.get("type")), item.get("value")) for item in raw or []]
    elif isinstance(block, blocks.StructBlock):
        children = [(child, (raw or {}).get(name)) for name, child in block.child_blocks.items()]
    elif isinstance(block, blocks.ListBlock):
        # Lists are stored as [{"type": "item", "value": ..., "id": ...}], or as bare values before Wagtail 2.16.
        items = [item["value"] if isinstance(item, dict) and item.get("type") == "item" else item for item in raw or []]
        children = [(block.child_block, item) for item in items]
    else:
        return []
    return [pk for child, value in children if child is not None for pk in image_ids(child, value)]


def small_url(image):
    """The image's small rendition, or None when its file is missing (the page itself shows a placeholder)."""
    try:
        return image.get_rendition(SMALL_IMAGE).url
    except SourceImageIOError:
        return None


def small_image_urls(lessons):
    """{lesson id: [small rendition URLs in reading order]}, with every lesson's images fetched at once."""
    ids = {lesson.pk: image_ids(lesson.body.stream_block, lesson.body.raw_data) for lesson in lessons}
    wanted = {pk for pks in ids.values() for pk in pks}
    images = get_image_model().objects.filter(pk__in=wanted).prefetch_renditions(SMALL_IMAGE).in_bulk()
    urls = {pk: url for pk, image in images.items() if (url := small_url(image))}
    return {lesson: list(dict.fromkeys(urls[pk] for pk in pks if pk in urls)) for lesson, pks in ids.items()}


def timestamp(page):
    """When the page was last published, as ISO 8601 (what offline.js compares to find what changed)."""
    return page.last_published_at.isoformat() if page.last_published_at else None


def manifest_of(module, request):
    """The module page and its live, public lessons: URLs, last-published times and small image URLs."""
    lessons = list(LessonPage.objects.live().public().child_of(module).order_by("path"))
    images = small_image_urls(lessons)
    return {
        "v": 1,
        "id": module.pk,
        "language": module.locale.language_code,
        "title": module.title,
        "url": module.get_url(request),
        "last_published_at": timestamp(module),
        "lessons": [
            {
                "id": lesson.pk,
                "title": lesson.title,
                "url": lesson.get_url(request),
                "last_published_at": timestamp(lesson),
                "images": images[lesson.pk],
            }
            for lesson in lessons
        ],
    }


@require_GET
def module_manifest(request, page_id):
    """JSON manifest of a live module in the URL's language, read by static/js/offline.js to save or update it."""
    language = translation.get_language()
    module = (
        ModulePage.objects.live()
        .public()
        .filter(pk=page_id, locale__language_code=language)
        .select_related("locale")
        .first()
    )
    if module is None:
        raise Http404
    response = JsonResponse(manifest_of(module, request), json_dumps_params={"ensure_ascii": False})
    return conditional(request, response)
