"""Public pages render in a fixed number of queries however much they hold (measured with the page cache off)."""

import pytest

from curriculum.tests.factories import load, module_data

pytestmark = pytest.mark.django_db

# Lesson: 11 in English and 10 in Arabic, one of them the "this edition is out of date" look-up. Search: 14 on
# PostgreSQL, 16 on SQLite, whose FTS5 scoring (curriculum/search_sqlite.py) counts and ranks in queries of its own.
BUDGET = {"lesson": 12, "module": 13, "catalogue": 12, "home": 10, "topic": 15, "search": 16}


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Every request renders: a cached page costs no query at all."""
    settings.MINBAR_PAGE_CACHE_TIMEOUT = 0


@pytest.fixture
def big_module(curriculum):
    load(module_data("big", lessons=20, topics=("digital-presence", "resilience", "networks")))


def warm(client, url):
    assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    ("kind", "url"),
    [
        ("lesson", "/en/modules/big/lesson-10/"),
        ("lesson", "/ar/modules/big/lesson-20/"),
        ("module", "/en/modules/big/"),
        ("catalogue", "/ar/modules/"),
        ("catalogue", "/en/modules/?topic=resilience&level=beginner&tag=testing"),
        ("home", "/ar/"),
        ("topic", "/en/topics/digital-presence/"),
        ("search", "/ar/search/?q=الإعلام"),
    ],
)
def test_page_renders_within_its_query_budget(client, big_module, django_assert_max_num_queries, kind, url):
    warm(client, url)
    with django_assert_max_num_queries(BUDGET[kind]):
        assert client.get(url).status_code == 200


def test_query_count_does_not_grow_with_lessons(client, big_module, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for url in [
        "/en/modules/websites/",
        "/en/modules/big/",
        "/en/modules/websites/lesson-2/",
        "/en/modules/big/lesson-19/",
    ]:
        warm(client, url)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    assert counts[2] == counts[3], counts


@pytest.mark.django_db
def test_page_lookup_by_url_path_is_indexed():
    """HomePage.route finds pages by url_path: without the index that query scans the whole page tree."""
    from django.db import connection

    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    assert any(info["index"] and info["columns"] == ["url_path"] for info in indexes.values())
