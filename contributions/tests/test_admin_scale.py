"""The moderators' contributions listing runs the same few queries whether it holds 5 proposals or a full page.

`make bench` times the same listing with 10,000 contributions (docs/performance.md); here only query counts are
asserted, never timings.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from contributions.models import Contribution, ContributorType, Kind, Status
from contributions.tests.helpers import in_review, moderator

pytestmark = pytest.mark.django_db

# bench/report.py judges the listing at 10,000 rows against the same bound.
QUERY_BOUND = 20
LISTING = "wagtailsnippets_contributions_contribution:list"
DECIDED = [Status.APPROVED, Status.REJECTED, Status.CHANGES_REQUESTED, Status.WITHDRAWN]


def add_proposals(curriculum, count, start):
    """count proposals of every kind, language and contributor type; a third in review through the workflow."""
    targets = {
        "en": (curriculum.en_module, curriculum.en_lesson1),
        "ar": (curriculum.ar_module, curriculum.ar_lesson1),
    }
    for n in range(start, start + count):
        language = ("en", "ar")[n % 2]
        kind = (Kind.NEW_LESSON, Kind.EDIT_LESSON, Kind.MODULE_IDEA)[n % 3]
        module, lesson = targets[language]
        fields = {
            "kind": kind,
            "language": language,
            "title": f"Proposal {n}",
            "module": module if kind == Kind.NEW_LESSON else None,
            "lesson": lesson if kind == Kind.EDIT_LESSON else None,
            "credit_name": f"Contributor {n}",
            "email": f"contributor{n}@example.org",
            "contributor_type": ContributorType.ORGANISATION if n % 4 == 0 else ContributorType.INDIVIDUAL,
            "organisation_name": f"Organisation {n}" if n % 4 == 0 else "",
        }
        if n % 3 == 0:
            in_review(**fields)
        else:
            Contribution.objects.create(status=DECIDED[n % len(DECIDED)], consent_licence=True, **fields)


def query_count(client, url):
    """Queries of one warm request to the listing (the first request of a session also loads the user's profile)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.mark.parametrize("query", ["", "?status=in_review", "?language=ar&kind=edit_lesson", "?q=Proposal"])
def test_listing_queries_do_not_grow_with_rows(client, curriculum, query):
    client.force_login(moderator())
    url = reverse(LISTING) + query
    add_proposals(curriculum, 5, start=0)
    few, _ = query_count(client, url)
    add_proposals(curriculum, 55, start=5)
    many, content = query_count(client, url)
    assert many == few, f"{few} queries with 5 proposals, {many} with 60"
    assert many <= QUERY_BOUND
    assert "Proposal" in content


def test_full_page_of_proposals_lists_fifty_with_their_module_or_lesson(client, curriculum):
    client.force_login(moderator())
    add_proposals(curriculum, 60, start=0)
    _, content = query_count(client, reverse(LISTING))
    shown = [n for n in range(60) if f"Proposal {n}<" in content]
    assert len(shown) == 50, "one page of the listing holds 50 proposals"
    assert curriculum.en_lesson1.title in content and curriculum.ar_module.title in content
