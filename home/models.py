"""The home page: the site's root in each language, with topic pages and search beneath it."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from curriculum import views as curriculum_views
from curriculum.catalogue import modules_in, with_lesson_stats
from curriculum.models import CurriculumIndexPage


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
        context["catalogue_page"] = self.catalogue_page()
        context["modules"] = with_lesson_stats(list(modules_in(self.locale)[:12]))
        return context

    def catalogue_page(self):
        return CurriculumIndexPage.objects.live().child_of(self).first()

    @path("topics/<str:slug>/", name="topic")
    def topic(self, request, slug):
        return curriculum_views.topic_page(self, request, slug)

    @path("search/", name="search")
    def search(self, request):
        return curriculum_views.search_page(self, request)

    @path("topics/", name="topics")
    def topics(self, request):
        return curriculum_views.topic_list(self, request)

    def route_not_found(self):
        raise Http404
