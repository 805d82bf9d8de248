"""Atom feed of new and updated lessons in one language, at /ar/feed/ and /en/feed/."""

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.http import Http404
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Locale

from .models import LessonPage

FEED_LENGTH = 50


class LessonFeed(Feed):
    """The 50 most recently published lessons of the language in the URL, newest first."""

    feed_type = Atom1Feed
    author_name = "Minbar"
    # No `language`: the feed then takes the active language, the one of the URL's prefix, as its xml:lang.

    def get_object(self, request, *args, **kwargs):
        """The locale of the URL's language prefix (i18n_patterns has activated it)."""
        try:
            return Locale.objects.get(language_code=translation.get_language())
        except Locale.DoesNotExist as error:
            raise Http404 from error

    def title(self, locale):
        return _("Minbar: new and updated lessons")

    def subtitle(self, locale):
        return _("Lessons of the Minbar open curriculum, newest first.")

    def link(self, locale):
        return f"/{locale.language_code}/"

    def feed_url(self, locale):
        return f"/{locale.language_code}/feed/"

    def items(self, locale):
        """Live lessons that anyone may read, in this language, most recently published first; no aliases."""
        lessons = LessonPage.objects.live().public().filter(locale=locale, alias_of__isnull=True)
        newest = F("last_published_at").desc(nulls_last=True)  # pages made in code may have no date
        return lessons.order_by(newest, "-pk").prefetch_related("credits")[:FEED_LENGTH]

    def item_title(self, lesson):
        return lesson.title

    def item_description(self, lesson):
        # Atom's <summary type="html"> holds HTML: the plain-text summary is escaped once to be shown as typed.
        return escape(lesson.summary)

    def item_link(self, lesson):
        return lesson.get_url()

    def item_pubdate(self, lesson):
        return lesson.first_published_at

    def item_updateddate(self, lesson):
        return lesson.last_published_at

    def item_author_name(self, lesson):
        """The lesson's credited people and organisations (public names only); none falls back to the feed's."""
        return ", ".join(credit.name for credit in lesson.credits.all()) or None
