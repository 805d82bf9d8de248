"""The home page: the site's root in each language, with topic pages and search beneath it."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from curriculum import views as curriculum_views
from curriculum.catalogue import modules_in, with_lesson_stats


class HomePage(RoutablePageMixin, Page):
    """Landing page of one language edition; also serves topic pages and the search page."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["curriculum.CurriculumIndexPage"]

    intro = models.TextField(_("introduction"), max_length=800, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["modules"] = with_lesson_stats(list(modules_in(self.locale)[:12]))
        return context

    def route(self, request, path_components):
        """Find a descendant page by its URL path in one lookup instead of one per level."""
        if path_components and self.live:
            subpath = "/" + "/".join(path_components) + "/"
            try:
                self.resolve_subpage(subpath)
            except Http404:
                page = Page.objects.filter(url_path=self.url_path + subpath[1:]).specific().first()
                if page is not None:
                    return page.route(request, [])
        return super().route(request, path_components)

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
