"""The home page: the site's root in each language, with topic pages and search beneath it."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from curriculum import views as curriculum_views
from curriculum.catalogue import modules_in, with_lesson_stats
from curriculum.models import AncestorsMixin, CurriculumIndexPage, LessonPage, ModulePage

from . import cache  # noqa: F401 - connects the page cache's invalidation signals in every process


class HomePage(AncestorsMixin, RoutablePageMixin, Page):
    """Landing page of one language edition; also serves topic pages and the search page."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["curriculum.CurriculumIndexPage"]

    intro = models.TextField(_("introduction"), max_length=800, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["modules"] = with_lesson_stats(list(modules_in(self.locale_id)[:12]))
        return context

    def route(self, request, path_components):
        """Find a descendant page by its URL path in one lookup instead of one per level."""
        if path_components and self.live:
            subpath = "/" + "/".join(path_components) + "/"
            try:
                self.resolve_subpage(subpath)
            except Http404:
                page = self.find_descendant(path_components)
                if page is not None:
                    return page.route(request, [])
        return super().route(request, path_components)

    def find_descendant(self, path_components):
        """The page at this path below the home page; one query when its depth says its type, as it usually does."""
        url_path = self.url_path + "/".join(path_components) + "/"
        model = DESCENDANT_TYPES.get(len(path_components))
        if model is not None:
            page = model.objects.filter(url_path=url_path).select_related("locale").first()
            if page is not None and page.specific_class is model:
                return page
        return Page.objects.filter(url_path=url_path).specific().first()

    @path("topics/<str:slug>/", name="topic")
    def topic(self, request, slug):
        return curriculum_views.topic_page(self, request, slug)

    @path("search/", name="search")
    def search(self, request):
        return curriculum_views.search_page(self, request)

    @path("topics/", name="topics")
    def topics(self, request):
        return curriculum_views.topic_list(self, request)

    @path("progress/", name="progress")
    def progress(self, request):
        return curriculum_views.progress_page(self, request)

    def route_not_found(self):
        raise Http404


# Below a home page, page types follow the tree: catalogue, then module, then lesson (their parent_page_types).
DESCENDANT_TYPES = {1: CurriculumIndexPage, 2: ModulePage, 3: LessonPage}
