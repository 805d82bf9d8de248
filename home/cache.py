"""The anonymous page cache: whole public pages kept in the shared cache, dropped together when content changes.

Keys and generation
    An entry is kept under a hash of scheme, host, path and query string (the language is in the path) and carries
    the *content generation* it was rendered under: a number kept in the same cache, bumped whenever anything a
    page can show changes (a page published, unpublished, moved or deleted, a translation published, a topic,
    locale, site, image or document edited). A hit reads the generation and the entry in one round trip
    (`get_many`, a single MGET on Redis) and serves the entry only if its generation is the current one.

    Why a generation rather than deleting URLs: one publish changes many pages (a lesson changes its module, the
    catalogue, the home page, topic pages, search results with any query string and the other edition's language
    switcher), which cannot be listed without enumerating keys (SCAN over Redis, slow and racy). A generation is
    one write, right on every app server at once, and old entries simply stop matching and expire. The cost, that
    every page is rendered again after any publish, is small on a site that publishes a few times a day.

Races
    The generation is read before the page is rendered, so a page rendered from data older than a bump is stored
    under the old generation and never served. The bump happens at once and again when the transaction commits:
    a request rendered between the two from not-yet-committed data is stored under a generation already gone.

Hits go out without running the rest of the middleware or the view; SecurityMiddleware and the CSP middleware
sit outside this one, so their headers are still added, and X-Frame-Options is stored with the entry.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, get_conditional_response, set_response_etag
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

logger = logging.getLogger(__name__)

CACHE_ALIAS = "default"
GENERATION_KEY = "minbar:page-cache:generation"
KEY_PREFIX = "minbar:page:"
# Long query strings are almost always junk (or an attempt to fill the cache): render them, don't keep them.
MAX_QUERY_STRING = 300
MAX_CONTENT_BYTES = 1024 * 1024
UNCACHEABLE_CONTROLS = frozenset({"private", "no-store", "no-cache"})


class PageCacheMiddleware:
    """Serve anonymous GET/HEAD of public pages from the shared cache, with an ETag and 304 answers.

    Public pages are those under a language prefix (/ar/, /en/), except the contribution forms and the private
    tracking pages under /<language>/contribute/. The admin, documents and static files have no language prefix.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        codes = [code for code, _name in settings.LANGUAGES]
        self.public_prefixes = tuple(f"/{code}/" for code in codes)
        self.private_prefixes = tuple(f"/{code}/contribute/" for code in codes)
        self.private_cookies = (settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name)

    def __call__(self, request):
        if not self.is_public_request(request):
            return self.get_response(request)
        timeout = settings.MINBAR_PAGE_CACHE_TIMEOUT
        key = generation = None
        if timeout:
            key = page_key(request)
            cache = caches[CACHE_ALIAS]
            found = cache.get_many((GENERATION_KEY, key))
            generation, entry = found.get(GENERATION_KEY), found.get(key)
            if entry is not None and generation is not None and entry[0] == generation:
                return replay(request, entry)
            if generation is None:
                generation = current_generation(cache)
        response = self.get_response(request)
        if not is_storable(request, response):
            return response
        if not response.has_header("ETag"):
            set_response_etag(response)
        if key is not None and request.method == "GET":
            headers = tuple(response.items())
            cache.set(key, (generation, response.status_code, headers, response.content), timeout)
            response["X-Cache"] = "miss"
        return get_conditional_response(request, etag=response["ETag"], response=response)

    def is_public_request(self, request):
        """Whether the request may be answered from (and stored in) the cache, judged before any view runs."""
        if request.method not in ("GET", "HEAD"):
            return False
        path = request.path_info
        if not path.startswith(self.public_prefixes) or path.startswith(self.private_prefixes):
            return False
        meta = request.META
        if "HTTP_AUTHORIZATION" in meta or len(meta.get("QUERY_STRING", "")) > MAX_QUERY_STRING:
            return False
        if "HTTP_COOKIE" in meta:
            cookies = request.COOKIES
            return not any(name in cookies for name in self.private_cookies)
        return True


def page_key(request):
    """The entry's key: a hash of scheme, host, path and query string."""
    address = f"{request.scheme}://{request.get_host()}{request.path}?{request.META.get('QUERY_STRING', '')}"
    return KEY_PREFIX + hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()


def replay(request, entry):
    """The stored response, or 304 when the client already has it."""
    _generation, status, headers, content = entry
    response = HttpResponse(content, status=status, headers=headers)
    response["X-Cache"] = "hit"
    if "HTTP_IF_NONE_MATCH" in request.META:
        return get_conditional_response(request, etag=response["ETag"], response=response)
    return response


def is_storable(request, response):
    """Whether the response is the same for every anonymous visitor: nothing personal, private or partial."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(request, "is_preview", False) or len(response.content) > MAX_CONTENT_BYTES:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    controls = {part.split("=", 1)[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))}
    if controls & UNCACHEABLE_CONTROLS:
        return False
    # Vary: Cookie means the page read the session or used the CSRF token: it may differ from one visitor to another.
    vary = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", ""))}
    return not vary & {"cookie", "*"}


def current_generation(cache):
    """The content generation, started from the clock when missing so that no old number comes back."""
    cache.add(GENERATION_KEY, time.time_ns(), None)
    return cache.get(GENERATION_KEY)


def bump_generation():
    """Make every stored page stale, on every app server at once."""
    cache = caches[CACHE_ALIAS]
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # no generation yet, or evicted: any fresh number will do
            cache.set(GENERATION_KEY, time.time_ns(), None)
    except Exception:  # noqa: BLE001 - a cache outage must not undo a publish; entries expire on their own
        logger.exception("Could not invalidate the page cache")


def content_changed(**kwargs):
    """Bump now, and again once the transaction commits (see the module docstring on races)."""
    bump_generation()
    if connection.in_atomic_block:
        transaction.on_commit(bump_generation, robust=True)


@receiver(page_published, dispatch_uid="minbar_page_cache_published")
@receiver(page_unpublished, dispatch_uid="minbar_page_cache_unpublished")
@receiver(post_page_move, dispatch_uid="minbar_page_cache_moved")
def page_changed(sender, **kwargs):
    """Publishing (a translation too), unpublishing or moving a page changes many pages around it."""
    content_changed()


@receiver(page_published, dispatch_uid="minbar_frontend_cache_published")
@receiver(page_unpublished, dispatch_uid="minbar_frontend_cache_unpublished")
def purge_neighbours(instance, **kwargs):
    """With a CDN (wagtail.contrib.frontend_cache), purge the pages above a changed page, and its other editions.

    Wagtail purges the published page itself; its module, catalogue and home page list it, in every language.
    """
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

    keys = [
        instance.translation_key,
        *instance.get_ancestors().filter(depth__gt=1).values_list("translation_key", flat=True),
    ]
    purge_pages_from_cache(Page.objects.live().filter(translation_key__in=keys).exclude(pk=instance.pk))


@receiver(post_save, dispatch_uid="minbar_page_cache_saved")
@receiver(post_delete, dispatch_uid="minbar_page_cache_deleted")
def model_changed(sender, instance, signal, **kwargs):
    """A page, image or document deleted or saved whole (not a draft revision), or a snippet pages show, changed.

    Saves with update_fields are Wagtail's own bookkeeping (draft revisions, autosave, an image's file size).
    """
    label = sender._meta.label
    if label in SHOWN_ON_PAGES:
        content_changed()
    elif isinstance(instance, Page):
        if signal is post_delete or (instance.live and kwargs.get("update_fields") is None):
            content_changed()
    elif label in FILES_SHOWN_ON_PAGES and (signal is post_delete or kwargs.get("update_fields") is None):
        content_changed()


# Models outside the page tree whose changes show on public pages.
SHOWN_ON_PAGES = frozenset({"curriculum.Topic", "wagtailcore.Locale", "wagtailcore.Site"})
FILES_SHOWN_ON_PAGES = frozenset({"wagtailimages.Image", "wagtaildocs.Document"})
