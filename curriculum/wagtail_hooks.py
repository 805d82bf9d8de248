"""Admin screens for the curriculum."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Topic
from .translation import hooks as translation_hooks  # noqa: F401  (registers the translation hooks)


class TopicViewSet(SnippetViewSet):
    """Topics, translated with wagtail-localize like pages."""

    model = Topic
    icon = "tag"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


register_snippet(TopicViewSet)
