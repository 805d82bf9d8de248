"""Search in the current language, with Arabic spellings folded together."""

import re

import pytest

from curriculum.text import normalize_arabic, normalize_query


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("الاعلام", "الإعلام"),
        ("اعلام", "أعلام"),
        ("امن", "آمن"),
        ("مدونه", "مدوّنة"),
        ("مستشفي", "مستشفى"),
        ("كتاب", "كِتَابٌ"),
        ("جميل", "جمـــيل"),
    ],
)
def test_arabic_forms_fold_to_one(typed, stored):
    assert normalize_arabic(typed) == normalize_arabic(stored)


def test_query_drops_invisible_and_control_characters_and_is_bounded():
    assert normalize_query("\u200b\u202e\x00abc\u2066 def\x07", 200) == "abc def"
    assert len(normalize_query("ب" * 10_000, 200)) == 200
    assert normalize_query("\u200f\u200b") == ""


def result_count(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return len(re.findall(r'<li>\s*<a href="/', response.content.decode().split('class="results"')[-1]))


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["الاعلام", "الإعلام", "الإعلامُ", "الأعلام", "مدونه", "المدوّنة", "المدونة"])
def test_arabic_search_matches_whatever_the_spelling(client, curriculum, query):
    content = client.get("/ar/search/", {"q": query}).content.decode()
    assert "الإعلام المدوّنة" in content


@pytest.mark.django_db
def test_search_stays_in_the_current_language(client, curriculum):
    arabic = client.get("/ar/search/", {"q": "media"}).content.decode()
    english = client.get("/en/search/", {"q": "media"}).content.decode()
    assert "Media blog" in english and "Lesson in Module shutdowns" in english
    assert "Media blog" not in arabic


@pytest.mark.django_db
def test_search_finds_modules_and_lesson_body_text(client, curriculum):
    content = client.get("/en/search/", {"q": "careful"}).content.decode()
    assert "/en/modules/websites/lesson-1/" in content
    assert "/ar/" not in content.split('class="results"')[-1]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "x" * 10_000,
        "\x00",
        "%00",
        "\ud800".encode("utf-8", "surrogatepass").decode("latin-1"),
        "🙂" * 500,
        "' OR 1=1 --",
        "*",
        '"',
        "\u202e\u200b",
        "AND OR NOT",
    ],
)
def test_odd_queries_answer_without_error(client, curriculum, query):
    response = client.get("/ar/search/", {"q": query})
    assert response.status_code == 200


@pytest.mark.django_db
def test_long_query_says_it_was_shortened(client, curriculum):
    content = client.get("/en/search/", {"q": "media " * 2000}).content.decode()
    assert "only its first 200 characters were used" in content
