"""Wagtail's database search backend, with relevance ranking on SQLite that stays fast when a word is common.

modelsearch's SQLite backend orders results by relevance with a correlated subquery that runs the full-text match
again for every matching page, so a word found in hundreds of lessons costs matches × matches row visits
(140 ms for 361 matches among 4,000 lessons, measured by `make bench`). Here the scores of all matches come from
one full-text query, the site's filters (live, language, page type) from one more, and only the requested page of
results is fetched. The order is the same: by bm25 score, then newest first. PostgreSQL (which ranks with a join)
and every other database use modelsearch's backends unchanged.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as database_backend


def SearchBackend(params):  # noqa: N802 - the name Wagtail's settings look up in a backend module
    """The database backend modelsearch picks for the default database, with fast ranking when it is SQLite."""
    backend = database_backend(params)
    if connection.vendor != "sqlite":
        return backend
    from .search_sqlite import RankedSQLiteSearchBackend, SQLiteSearchBackend

    return RankedSQLiteSearchBackend(params) if type(backend) is SQLiteSearchBackend else backend
