"""The Wagtail admin's Content-Security-Policy: strict, plus exactly the inline set-up scripts Wagtail emits."""

import base64
import hashlib
import json
import re
from functools import wraps

from django.conf import settings
from django.template.response import SimpleTemplateResponse

# Wagtail 8 still renders a few widgets' set-up as inline scripts: date pickers, choosers, inline panels, and
# wagtail-localize's chooser URLs. Each is a call to a known initialiser whose arguments are literal JSON, so it
# can run nothing else; the admin's policy allows exactly those scripts, by hash, response by response.
INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
# Patterns whose one group holds the arguments, which must parse as JSON values.
WAGTAIL_INITIALISERS = [
    re.compile(
        r"\s*(?:init(?:Date|Time|DateTime)Chooser|new [A-Z][A-Za-z]*Chooser|createTaskChooser)\((.*)\);\s*", re.S
    ),
    re.compile(
        r"\s*\(function\(\) \{\s*var panel = new (?:InlinePanel|MultipleChooserPanel)\(JSON\.parse\((\"[^\"]*\")\)\);"
        r"\s*\}\)\(\);\s*",
        re.S,
    ),
]
# wagtail-localize's translation editor sets chooser URLs; the pattern allows nothing but admin paths as values.
CHOOSER_URLS = re.compile(
    r"\s*if \(typeof window\.chooserUrls === \"undefined\"\) \{\s*window\.chooserUrls = \{"
    r"(?:\s*\w+: \"/[\w/-]*\",)+\s*\}\s*\}\s*",
    re.S,
)


def is_wagtail_initialiser(script):
    """Whether an inline script is one of Wagtail's widget initialisers, called with nothing but literal data."""
    if CHOOSER_URLS.fullmatch(script):
        return True
    for pattern in WAGTAIL_INITIALISERS:
        if match := pattern.fullmatch(script):
            try:
                json.loads(f"[{match[1]}]")
            except ValueError:
                return False
            return True
    return False


def allow_wagtail_initialisers(response):
    """Switch a response to the admin's policy, allowing by hash the Wagtail initialisers it contains."""
    # A preview renders the page through the whole middleware stack, public policy included: replace it.
    if "Content-Security-Policy" in response:
        del response["Content-Security-Policy"]
    response._csp_replace = settings.MINBAR_ADMIN_CSP
    if response.streaming or "html" not in response.get("Content-Type", ""):
        return
    scripts = INLINE_SCRIPT.findall(response.content.decode(response.charset, "replace"))
    hashes = {
        f"'sha256-{base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()}'"
        for script in scripts
        if is_wagtail_initialiser(script)
    }
    if hashes:
        response._csp_update = {"script-src": sorted(hashes)}


def admin_policy(view):
    """Give an admin view's response the admin's Content-Security-Policy (MINBAR_ADMIN_CSP)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if isinstance(response, SimpleTemplateResponse) and not response.is_rendered:
            response.add_post_render_callback(allow_wagtail_initialisers)
        else:
            allow_wagtail_initialisers(response)
        return response

    return wrapped
