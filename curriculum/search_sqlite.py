"""modelsearch's SQLite FTS5 backend with ranking in one scoring query (see curriculum/search_backend.py).

Imported only when the default database is SQLite: modelsearch's SQLite modules look up a model that exists only
there, and fail to import on PostgreSQL.
"""

from django.db.models import Case, IntegerField, Value, When
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks


class RankedSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    """Ranks with one scoring query instead of one full-text match per result."""

    def search(self, config, start, stop, score_field=None):
        query = normalize(self.query)
        if not self.order_by_relevance or score_field is not None or isinstance(query, MatchAll | Not):
            return super().search(config, start, stop, score_field=score_field)
        scores = self.scores(query, config)
        matching = self.queryset.filter(pk__in=list(scores)).values_list("pk", flat=True)
        ranked = sorted(matching, key=lambda pk: (scores[pk], -pk))[start:stop]
        order = Case(*(When(pk=pk, then=Value(n)) for n, pk in enumerate(ranked)), output_field=IntegerField())
        return self.queryset.filter(pk__in=ranked).order_by(order) if ranked else self.queryset.none()

    def scores(self, query, config):
        """{primary key: bm25 score} of every indexed object of the model that matches (lower is better)."""
        if getattr(self, "_scores", None) is None:
            self._scores = self.compute_scores(query, config)
        return self._scores

    def compute_scores(self, query, config):
        match = MatchExpression(self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config))
        rank = self._build_rank_expression(self.get_search_vectors(), config)
        entries = (
            SQLiteFTSIndexEntry.objects.filter(match)
            .filter(index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model))
            .annotate(score=rank)
            .values_list("index_entry__object_id", "score")
        )
        to_pk = self.queryset.model._meta.pk.to_python
        scores = {}
        for object_id, score in entries:
            pk = to_pk(object_id)
            scores[pk] = min(score, scores.get(pk, score))
        return scores


class RankedSQLiteSearchResults(SQLiteSearchResults):
    """Counts without ranking: the count needs only which objects match."""

    def _do_count(self):
        compiler = self.query_compiler
        if not compiler.order_by_relevance or isinstance(normalize(compiler.query), MatchAll | Not):
            return super()._do_count()
        scores = compiler.scores(normalize(compiler.query), compiler.get_config(self.backend))
        return compiler.queryset.filter(pk__in=list(scores)).count()


class RankedSQLiteSearchBackend(SQLiteSearchBackend):
    """modelsearch's SQLite FTS5 backend with the ranking above."""

    query_compiler_class = RankedSQLiteQueryCompiler
    results_class = RankedSQLiteSearchResults
