"""A module's downloads, built once per published version and kept in the default storage.

A file is named after a fingerprint of the live revisions of the module and its live lessons, so publishing or
unpublishing anything in the module gives new names: the next request (or the task queued on publishing, see
curriculum/tasks.py) builds the new files and deletes the old ones. The fingerprint also covers the templates,
stylesheets and renderer, so a deployment that changes how the files look rebuilds them too. A cache lock keeps two
requests from rendering the same file at once; the second one waits for the first one's file.
"""

import functools
import hashlib
import importlib.metadata
import logging
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from django.http import FileResponse
from django.template.loader import get_template
from django.utils.translation import gettext_lazy as _

from . import download_render

logger = logging.getLogger(__name__)

ROOT = "downloads"
TEMPLATES = [
    "curriculum/download/module.html",
    "curriculum/download/lesson.html",
    "curriculum/download/block.html",
    "curriculum/download/answers.html",
    "includes/licence.html",
    "includes/credits.html",
]
LOCK_SECONDS = 300
WAIT_SECONDS = 120
POLL_SECONDS = 0.2


@dataclass(frozen=True)
class Format:
    """One downloadable format: how to build it and how to send it."""

    name: str
    label: str
    content_type: str

    def render(self, module):
        if self.name == "pdf":
            return download_render.render_pdf(module)
        return download_render.render_html(module).encode("utf-8")


FORMATS = {
    "pdf": Format("pdf", _("PDF"), "application/pdf"),
    "html": Format("html", _("Web page (HTML)"), "text/html; charset=utf-8"),
}


@functools.cache
def render_version():
    """A hash of what shapes the files besides the content, so that a deployment changing it rebuilds them."""
    sources = [get_template(name).template.source for name in TEMPLATES]
    sources += [download_render.static_text(path) for path in (download_render.HTML_CSS, download_render.PDF_CSS)]
    sources += [Path(download_render.__file__).read_text(encoding="utf-8"), importlib.metadata.version("weasyprint")]
    return hashlib.sha256("\n".join(sources).encode()).hexdigest()[:12]


def fingerprint(module):
    """A short hash that changes whenever the module or one of its live lessons is published or unpublished."""
    pages = [module, *module.lessons]
    parts = [render_version(), module.locale.language_code]
    parts += [f"{page.pk}:{page.live_revision_id}:{page.last_published_at}" for page in pages]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def folder(module):
    return f"{ROOT}/{module.pk}"


def storage_name(module, fmt):
    """Where the current file of the module in this format is (or will be) stored."""
    return f"{folder(module)}/{fingerprint(module)}.{fmt}"


def attachment_filename(module, fmt):
    """The name a learner's device saves the file under, e.g. minbar-websites-ar.pdf."""
    return f"minbar-{module.slug}-{module.locale.language_code}.{fmt}"


def current_size(module, fmt):
    """The size in bytes of the current file, or None when it has not been built yet."""
    name = storage_name(module, fmt)
    try:
        return default_storage.size(name) if default_storage.exists(name) else None
    except OSError:
        return None


def ensure(module, fmt):
    """The storage name of the module's current file in this format, building it first when it is missing."""
    name = storage_name(module, fmt)
    if default_storage.exists(name) and not is_locked(name):
        return name
    if cache.add(lock_key(name), True, LOCK_SECONDS):
        try:
            if not default_storage.exists(name):
                build(module, fmt, name)
        finally:
            cache.delete(lock_key(name))
        return name
    if wait_for(name):
        return name
    # The lock's holder died or is very slow: build it here rather than fail the learner.
    build(module, fmt, name)
    return name


def build(module, fmt, name):
    """Render the file, store it under its name, and delete the module's older files in this format."""
    started = time.monotonic()
    data = FORMATS[fmt].render(module)
    save(name, data)
    logger.info("Built %s (%d bytes) in %.1f s", name, len(data), time.monotonic() - started)
    purge(module, keep={name}, suffix=f".{fmt}")
    # The module page shows each file's size: let cached copies of it pick the new size up.
    from home.cache import bump_generation

    bump_generation()


def save(name, data):
    """Store the file so that no reader ever sees it half-written."""
    if isinstance(default_storage, FileSystemStorage):
        path = default_storage.path(name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
        return
    # Object stores (S3 and the like) make an upload visible only once it is complete.
    if default_storage.exists(name):
        default_storage.delete(name)
    default_storage.save(name, ContentFile(data))


def purge(module, keep=(), suffix=""):
    """Delete the module's stored files, except those in keep; only those ending with suffix when given."""
    try:
        _, files = default_storage.listdir(folder(module))
    except (FileNotFoundError, NotADirectoryError):
        return
    for filename in files:
        name = f"{folder(module)}/{filename}"
        if name not in keep and filename.endswith(suffix) and not filename.endswith(".part"):
            default_storage.delete(name)


def lock_key(name):
    return f"minbar:download-lock:{name}"


def is_locked(name):
    return cache.get(lock_key(name)) is not None


def wait_for(name):
    """Wait while another request builds the file; True once it is there."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if not is_locked(name):
            return default_storage.exists(name)
        time.sleep(POLL_SECONDS)
    return False


def response(module, fmt):
    """The module's file in this format as an attachment (built first when needed)."""
    name = ensure(module, fmt)
    result = FileResponse(
        default_storage.open(name, "rb"),
        as_attachment=True,
        filename=attachment_filename(module, fmt),
        content_type=FORMATS[fmt].content_type,
    )
    # The address stays the same when the content changes: let caches keep it only briefly.
    result["Cache-Control"] = "public, max-age=300"
    return result


def links(module):
    """The module's download links for its page: format, URL, and size when the file is already built."""
    return [
        {
            "label": fmt.label,
            "url": module.url + module.reverse_subpage("download", args=[fmt.name]),
            "size": current_size(module, fmt.name),
        }
        for fmt in FORMATS.values()
    ]
