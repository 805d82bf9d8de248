"""Template tags shared by every public page: the language switcher and the page's direction."""

from django import template
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page

register = template.Library()


class Edition:
    """A link to the same content in another language, or to the closest page that has one."""

    def __init__(self, language_code, url, exact):
        info = translation.get_language_info(language_code)
        self.language_code = language_code
        self.name = info["name_local"]
        self.name_translated = info["name_translated"]
        self.url = url
        self.exact = exact
        self.is_bidi = language_code in ("ar",)


def closest_edition(page, locale):
    """The live edition of page in locale, else of its nearest ancestor that has one, and whether it is exact."""
    candidates = [page] + list(page.get_ancestors().filter(depth__gt=1).order_by("-depth"))
    keys = [candidate.translation_key for candidate in candidates]
    found = {p.translation_key: p for p in Page.objects.live().filter(locale=locale, translation_key__in=keys)}
    for index, candidate in enumerate(candidates):
        if candidate.translation_key in found:
            return found[candidate.translation_key], index == 0
    return None, False


@register.simple_tag(takes_context=True)
def other_editions(context):
    """The other language editions of what is on screen, for the language switcher."""
    request = context.get("request")
    current = translation.get_language()
    editions = []
    for locale in Locale.objects.exclude(language_code=current):
        url, exact = edition_url(context, locale, request)
        editions.append(Edition(locale.language_code, url, exact))
    return editions


@register.simple_tag(takes_context=True)
def site_nav(context):
    """The catalogue of the current language, for the main navigation (one query per request)."""
    from curriculum.models import CurriculumIndexPage

    request = context.get("request")
    if not hasattr(request, "_minbar_catalogue"):
        catalogues = CurriculumIndexPage.objects.live().filter(locale__language_code=translation.get_language())
        request._minbar_catalogue = catalogues.only("url_path").first()
    return request._minbar_catalogue


def edition_url(context, locale, request):
    """The address of the same content in locale; views may set `alternate_urls` to say it themselves."""
    alternates = context.get("alternate_urls") or {}
    if locale.language_code in alternates:
        return alternates[locale.language_code], True
    page = context.get("page") or context.get("self")
    if isinstance(page, Page) and page.pk:
        target, exact = closest_edition(page, locale)
        if target is not None:
            return target.get_url(request), exact
    return translate_url(request.path if request else "/", locale.language_code), True
