"""The site's search backend ranks exactly as modelsearch's own, in a number of queries that does not grow.

On SQLite, curriculum/search_sqlite.py replaces modelsearch's per-result ranking subquery with one scoring query;
on PostgreSQL the backend is modelsearch's own, and these tests check that it is.
"""

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.test.utils import CaptureQueriesContext
from modelsearch.backends.database import SearchBackend as modelsearch_backend
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from curriculum.models import LessonPage, ModulePage
from curriculum.search_backend import SearchBackend as site_backend
from curriculum.tests.factories import load, module_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_lessons(curriculum):
    load(module_data("many", lessons=24, topics=("digital-presence",)))


def pages(language):
    locale = Locale.objects.get(language_code=language)
    return Page.objects.live().filter(locale=locale).type(ModulePage, LessonPage).specific()


def ranked(backend, language, query, page_number):
    """(total, primary keys on that page of 10) as the search page asks for them."""
    results = backend.search(query, pages(language), operator="and")
    page = Paginator(results, 10).get_page(page_number)
    return page.paginator.count, [result.pk for result in page.object_list]


def test_the_site_uses_the_fast_ranking_on_sqlite_and_modelsearch_elsewhere():
    backend = get_search_backend()
    assert type(backend) is type(site_backend({}))
    if connection.vendor == "sqlite":
        from curriculum.search_sqlite import RankedSQLiteSearchBackend

        assert isinstance(backend, RankedSQLiteSearchBackend)
    else:
        assert type(backend) is type(modelsearch_backend({}))


@pytest.mark.parametrize(
    ("language", "query"),
    [("en", "step"), ("en", "media careful"), ("ar", "الإعلام"), ("en", "module"), ("en", "nothing-matches-this")],
)
@pytest.mark.parametrize("page_number", [1, 2, 3])
def test_results_and_order_are_modelsearchs_own(many_lessons, language, query, page_number):
    ours = ranked(get_search_backend(), language, query, page_number)
    theirs = ranked(modelsearch_backend({}), language, query, page_number)
    assert ours == theirs


def test_common_words_match_many_pages(many_lessons):
    total, first_page = ranked(get_search_backend(), "en", "step", 1)
    assert total >= 25 and len(first_page) == 10


def test_search_page_queries_do_not_grow_with_matches(client, many_lessons):
    def queries(query):
        client.get("/en/search/", {"q": query})
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/en/search/", {"q": query})
        assert response.status_code == 200
        return len(captured)

    assert queries("step") == queries("blog")
