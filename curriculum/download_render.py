"""Rendering a module's downloadable editions: one self-contained HTML file and one PDF made from it by WeasyPrint.

Both are rendered from templates/curriculum/download/ in the module's own language. The HTML file must work from a
phone's storage or a USB stick with no network: its CSS is inlined, its images are small renditions embedded as
data: URIs, it needs no script, and the site's own links in it are made absolute so they still lead somewhere.
"""

import base64
import logging
import re

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation

HTML_CSS = "css/download.css"
PDF_CSS = "css/download-print.css"
# Small renditions keep a module's file light on a phone: WebP for the HTML file; JPEG for the PDF, which embeds
# JPEG as it is instead of decoding it into raw pixels.
IMAGE_SPECS = {"html": "width-480|format-webp|webpquality-70", "pdf": "width-480|format-jpeg|jpegquality-75"}
IMAGE_TYPES = {"webp": "image/webp", "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png"}
# A root-relative link or source (href="/ar/...") but not a protocol-relative one (href="//host/...").
SITE_RELATIVE = re.compile(r'(\s(?:href|src)=")/(?!/)')

# WeasyPrint logs every layout step of every page at INFO, the level the site logs at: keep its warnings only.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)


def static_text(path):
    """The text of one of our static files, found where collectstatic would find it."""
    found = finders.find(path)
    with open(found, encoding="utf-8") as handle:
        return handle.read()


def image_data_uri(image, fmt):
    """A small rendition of the image as a data: URI, or "" when its file cannot be read (the rest still renders)."""
    if image is None:
        return ""
    try:
        rendition = image.get_rendition(IMAGE_SPECS[fmt])
        with rendition.file.open("rb") as handle:
            data = handle.read()
    except (OSError, ValueError):
        return ""
    extension = rendition.file.name.rsplit(".", 1)[-1].lower()
    mime = IMAGE_TYPES.get(extension, "application/octet-stream")
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


class LessonEdition:
    """One lesson as a download shows it: its blocks in order, with images embedded and quizzes numbered."""

    def __init__(self, lesson, number, fmt):
        self.page = lesson
        self.number = number
        self.anchor = f"lesson-{number}"
        self.credits = list(lesson.credits.all())
        self.parts = []
        self.quizzes = []
        for block in lesson.body:
            self.parts.append(self.part(block, fmt))

    def part(self, block, fmt):
        """What the block template needs for one StreamField block."""
        part = {"type": block.block_type, "value": block.value, "src": "", "steps": [], "number": 0}
        if block.block_type == "image":
            part["src"] = image_data_uri(block.value["image"], fmt)
        elif block.block_type == "steps":
            part["steps"] = [(step, image_data_uri(step.get("image"), fmt)) for step in block.value["steps"]]
        elif block.block_type == "quiz":
            self.quizzes.append(block.value)
            part["number"] = len(self.quizzes)
        return part


def edition_context(module, fmt, lessons):
    """The template context of one download of the module."""
    site = module.get_site()
    dates = [page.last_published_at for page in [module, *lessons] if page.last_published_at]
    return {
        "fmt": fmt,
        "module": module,
        "lang": module.locale.language_code,
        "dir": "rtl" if module.locale.is_bidi else "ltr",
        "lessons": [LessonEdition(lesson, number, fmt) for number, lesson in enumerate(lessons, start=1)],
        "credits": list(module.credits.all()),
        "source_url": module.get_full_url(),
        "version_date": max(dates) if dates else None,
        # The PDF's page rules go into the document too: stylesheets given to WeasyPrint apart from it would come
        # before the document's own in the cascade and lose to it.
        "css": static_text(HTML_CSS) + (static_text(PDF_CSS) if fmt == "pdf" else ""),
        "site_root": site.root_url if site else "",
    }


def render_html(module, fmt="html"):
    """The module as one HTML document in its own language; fmt "pdf" lays quizzes out for paper."""
    lessons = list(module.lessons)
    with translation.override(module.locale.language_code):
        context = edition_context(module, fmt, lessons)
        html = render_to_string("curriculum/download/module.html", context)
    # Links to the site's own pages and documents must work from a file opened far from the site.
    return SITE_RELATIVE.sub(lambda match: match.group(1) + context["site_root"] + "/", html)


def render_pdf(module):
    """The module as one PDF: WeasyPrint lays out the HTML edition with Pango and HarfBuzz, so Arabic is shaped
    and set right to left; the fonts named in the print stylesheet are embedded (as subsets)."""
    import weasyprint  # Needs Pango at import time: only the process that renders a PDF pays for it.

    # Everything the PDF shows is in the document already; refusing all but data: URIs means rich text in a lesson
    # can never make the server fetch a URL.
    fetcher = weasyprint.URLFetcher(allowed_protocols=["data"])
    document = weasyprint.HTML(string=render_html(module, fmt="pdf"), url_fetcher=fetcher)
    return document.write_pdf(pdf_tags=True)
