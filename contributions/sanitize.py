"""Formatting from the public: Markdown in, Wagtail rich-text HTML out, limited to a few harmless tags.

Everything a contributor types as Markdown goes through `markdown_to_html` before it is stored: Markdown is
rendered, then nh3 (the ammonia sanitiser) keeps only paragraphs, lists, links, bold and italic. Raw HTML in the
Markdown is allowed to pass Markdown and is then cleaned like the rest. The result is in Wagtail's rich-text
database format (<b>/<i>, plain href links, no rel), so an approved proposal becomes a lesson unchanged.
"""

import re

import markdown
import nh3
from django.conf import settings
from markdownify import markdownify
from wagtail.rich_text import expand_db_html

INLINE_TAGS = frozenset({"p", "ul", "ol", "li", "a", "b", "i", "br"})
URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Removed with everything inside them, not just unwrapped.
DROPPED_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "embed", "noscript", "template", "textarea", "title", "svg", "math"}
)

# Tags Markdown produces that Wagtail's rich text has under another name, or not at all (None: keep the text).
_RENAMES = {"strong": "b", "em": "i", "pre": "p", "code": None, "blockquote": None}
_RENAME_TAGS = re.compile(r"<(/?)(strong|em|pre|code|blockquote)>")
_HEADINGS = re.compile(r"<(/?)h([1-6])>")
_EMPTY_LINKS = re.compile(r"<a>(.*?)</a>", re.DOTALL)
_EMPTY_PARAGRAPHS = re.compile(r"<p>(?:\s|<br>)*</p>")
_LINK_PATTERN = re.compile(r"https?://|mailto:|www\.", re.IGNORECASE)

# Python-Markdown scans ahead from every "[" and "<" it meets: many of them in one text cost quadratic time.
MAX_BRACKETS = 40
MAX_ANGLE_BRACKETS = 100


def clean_html(html, headings=False):
    """HTML reduced to the allowed tags, in Wagtail's rich-text database format.

    Headings become paragraphs, or with headings=True the h3/h4 that a lesson's text block allows: the
    introduction keeps them so that an edit proposal does not flatten the lesson it started from.
    """
    cleaned = nh3.clean(
        html,
        tags=set(INLINE_TAGS | _RENAMES.keys() | {f"h{level}" for level in range(1, 7)}),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes={"a": {"href"}},
        url_schemes=set(URL_SCHEMES),
        # Relative links would point somewhere else once the text is on another page: make them absolute.
        url_relative=("rewrite_with_base", settings.MINBAR_SITE_URL.rstrip("/") + "/"),
        link_rel=None,
        strip_comments=True,
    )
    # nh3 re-serialises its output, so these tags appear exactly in this form and never inside text.
    cleaned = _RENAME_TAGS.sub(_rename, cleaned)
    cleaned = _HEADINGS.sub(_heading if headings else r"<\1p>", cleaned)
    # A link whose address was refused (javascript:, data:…) is left without href: keep only its text.
    cleaned = _EMPTY_LINKS.sub(r"\1", cleaned)
    return _EMPTY_PARAGRAPHS.sub("", cleaned).strip()


def _rename(match):
    name = _RENAMES[match[2]]
    return f"<{match[1]}{name}>" if name else ""


def _heading(match):
    return f"<{match[1]}h{3 if int(match[2]) <= 3 else 4}>"


def markdown_to_html(text, headings=False):
    """Sanitised rich-text HTML from a contributor's Markdown (an empty string for blank input)."""
    if not text or not text.strip():
        return ""
    rendered = markdown.markdown(text, extensions=["nl2br", "sane_lists"], output_format="html")
    return clean_html(rendered, headings=headings)


def html_to_markdown(html):
    """Markdown for a form field from rich text; links to pages and documents become their addresses."""
    if not html:
        return ""
    expanded = expand_db_html(str(html))
    text = markdownify(expanded, heading_style="ATX", bullets="-", strong_em_symbol="*", newline_style="SPACES")
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def too_complex(text):
    """Whether Markdown would take too long over the text (see MAX_BRACKETS)."""
    return text.count("[") > MAX_BRACKETS or text.count("<") > MAX_ANGLE_BRACKETS


def count_links(text):
    """How many web or mail addresses a piece of text contains, written as links or not."""
    return len(_LINK_PATTERN.findall(text or ""))
