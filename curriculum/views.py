"""Learner-facing views served under the home page: topic pages, search and the learner's progress."""

from django.core.paginator import Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

from .catalogue import modules_in, with_lesson_stats
from .models import LessonPage, ModulePage, Topic
from .text import normalize_query, strip_invisible

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def alternate_urls(home, request, route, args_by_language=None):
    """The same route under each other edition of the home page, for the language switcher."""
    urls = {}
    for edition in home.get_translations().live().specific():
        code = edition.locale.language_code
        if args_by_language is not None and code not in args_by_language:
            continue
        args = args_by_language[code] if args_by_language is not None else []
        urls[code] = edition.get_url(request) + edition.reverse_subpage(route, args=args)
    return urls


def topic_list(home, request):
    """Every topic of one language."""
    context = {
        "page": home,
        "topics": Topic.objects.filter(locale=home.locale),
        "alternate_urls": alternate_urls(home, request, "topics"),
    }
    return TemplateResponse(request, "curriculum/topic_list.html", context)


def topic_page(home, request, slug):
    """The modules of one topic, in the home page's language."""
    topic = Topic.objects.filter(locale=home.locale, slug=strip_invisible(slug)[:120]).first()
    if topic is None:
        raise Http404
    modules = modules_in(home.locale).filter(topics__translation_key=topic.translation_key).distinct()
    slugs = {
        translated.locale.language_code: [translated.slug]
        for translated in Topic.objects.filter(translation_key=topic.translation_key).select_related("locale")
    }
    context = {
        "page": home,
        "topic": topic,
        "modules": with_lesson_stats(list(modules)),
        "alternate_urls": alternate_urls(home, request, "topic", slugs),
    }
    return TemplateResponse(request, "curriculum/topic_page.html", context)


def search_page(home, request):
    """Search modules and lessons of the current language; Arabic spellings are folded."""
    raw = request.GET.get("q", "")
    query = normalize_query(raw, MAX_QUERY_LENGTH)
    results_page = None
    if query:
        pages = (
            Page.objects.live()
            .filter(locale=home.locale)
            .type(ModulePage, LessonPage)
            .specific()
            .search(query, operator="and")
        )
        results_page = Paginator(pages, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        attach_modules(results_page.object_list)
    context = {
        "page": home,
        "query": raw[:MAX_QUERY_LENGTH],
        "searched": bool(query),
        "results": results_page,
        "too_long": len(raw) > MAX_QUERY_LENGTH,
        "title": _("Search"),
        "alternate_urls": alternate_urls(home, request, "search"),
    }
    return TemplateResponse(request, "curriculum/search.html", context)


def attach_modules(results):
    """Give each lesson in the results its module, with one query for all."""
    lessons = [page for page in results if isinstance(page, LessonPage)]
    parent_paths = {lesson.path[: -Page.steplen] for lesson in lessons}
    modules = {page.path: page for page in Page.objects.filter(path__in=parent_paths).only("title", "path")}
    for lesson in lessons:
        lesson.module = modules.get(lesson.path[: -Page.steplen])


def progress_page(home, request):
    """The learner's progress and resume code; kept by the browser alone (static/js/learn.js), never by the server."""
    context = {
        "page": home,
        "modules": attach_lessons(list(modules_in(home.locale))),
        "title": _("Your progress"),
        "alternate_urls": alternate_urls(home, request, "progress"),
    }
    return TemplateResponse(request, "curriculum/progress.html", context)


def attach_lessons(modules):
    """Give each module its live lessons in order as `lesson_list`, with one query for all of them."""
    by_path = {module.path: module for module in modules}
    for module in modules:
        module.lesson_list = []
    if modules:
        lessons = (
            Page.objects.live()
            .type(LessonPage)
            .filter(depth=modules[0].depth + 1, locale_id=modules[0].locale_id)
            .order_by("path")
            .only("title", "url_path", "path")
        )
        for lesson in lessons:
            module = by_path.get(lesson.path[: -Page.steplen])
            if module is not None:
                module.lesson_list.append(lesson)
    return modules
