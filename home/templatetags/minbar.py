"""Template tags shared by every public page: the language switcher and the page's direction."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Page

register = template.Library()


class Edition:
    """A link to the same content in another language, or to the closest page that has one."""

    def __init__(self, language_code, url, exact, propose_url=""):
        info = translation.get_language_info(language_code)
        self.propose_url = propose_url
        self.language_code = language_code
        self.name = info["name_local"]
        self.name_translated = info["name_translated"]
        self.url = url
        self.exact = exact
        self.is_bidi = language_code in ("ar",)


def closest_edition(page, language_code):
    """The live edition of page in a language, else of its nearest ancestor that has one, and whether it is exact."""
    ancestors = getattr(page, "cached_ancestors", None) or list(page.get_ancestors())
    candidates = [page] + [ancestor for ancestor in reversed(ancestors) if ancestor.depth > 1]
    keys = [candidate.translation_key for candidate in candidates]
    editions = Page.objects.live().filter(locale__language_code=language_code, translation_key__in=keys)
    found = {p.translation_key: p for p in editions}
    for index, candidate in enumerate(candidates):
        if candidate.translation_key in found:
            return found[candidate.translation_key], index == 0
    return None, False


@register.simple_tag(takes_context=True)
def other_editions(context):
    """The other language editions of what is on screen, for the language switcher."""
    request = context.get("request")
    if hasattr(request, "_minbar_editions"):
        return request._minbar_editions
    current = translation.get_language()
    editions = []
    # The content languages from settings, not the Locale table: one query less on every page.
    for language_code in [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != current]:
        url, exact = edition_url(context, language_code, request)
        editions.append(Edition(language_code, url, exact, propose_url(context, exact)))
    if request is not None:
        # The lesson page asks again for its "translate this lesson" link: no second query.
        request._minbar_editions = editions
    return editions


def propose_url(context, exact):
    """For a lesson that has no edition in a language: the form to propose one (contributions' translation form)."""
    from curriculum.models import LessonPage

    page = context.get("page") or context.get("self")
    if exact or not isinstance(page, LessonPage) or not page.pk:
        return ""
    return reverse("contributions:translate", args=[page.pk])


@register.simple_tag(takes_context=True)
def site_nav(context):
    """The catalogue of the current language, for the main navigation (one query per request)."""
    from curriculum.models import CurriculumIndexPage

    request = context.get("request")
    if not hasattr(request, "_minbar_catalogue"):
        catalogue = catalogue_above(context.get("page"))
        if catalogue is None:
            catalogues = CurriculumIndexPage.objects.live().filter(locale__language_code=translation.get_language())
            catalogue = catalogues.only("url_path").first()
        request._minbar_catalogue = catalogue
    return request._minbar_catalogue


def catalogue_above(page):
    """The live catalogue that is page or one of its ancestors (already fetched), or None."""
    from django.contrib.contenttypes.models import ContentType

    from curriculum.models import CurriculumIndexPage

    if not isinstance(page, Page) or "cached_ancestors" not in page.__dict__:
        return None
    catalogue_type = ContentType.objects.get_for_model(CurriculumIndexPage).pk
    for candidate in [page, *reversed(page.cached_ancestors)]:
        if candidate.content_type_id == catalogue_type and candidate.live:
            return candidate
    return None


def edition_url(context, language_code, request):
    """The address of the same content in a language; views may set `alternate_urls` to say it themselves."""
    alternates = context.get("alternate_urls") or {}
    if language_code in alternates:
        return alternates[language_code], True
    page = context.get("page") or context.get("self")
    if isinstance(page, Page) and page.pk:
        target, exact = closest_edition(page, language_code)
        if target is not None:
            return target.get_url(request), exact
    return translate_url(request.path if request else "/", language_code), True
