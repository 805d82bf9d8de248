"""Text clean-up shared by search and public input: Arabic letter forms, invisible characters."""

import re
import unicodedata

# Harakat, tanween, shadda, sukun, dagger alef and Quranic marks (U+0610-061A, U+064B-065F, U+0670,
# U+06D6-06ED) and tatweel (U+0640): ignored when matching.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTER_FORMS = str.maketrans(
    {
        "\u0623": "\u0627",  # أ → ا
        "\u0625": "\u0627",  # إ → ا
        "\u0622": "\u0627",  # آ → ا
        "\u0671": "\u0627",  # ٱ → ا
        "\u0629": "\u0647",  # ة → ه
        "\u0649": "\u064a",  # ى → ي
    }
)
# Zero-width, bidi controls and other format characters (Unicode category Cf) and control characters.
_INVISIBLE = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")


def strip_invisible(text):
    """Remove control, zero-width and bidi-control characters."""
    return _INVISIBLE.sub("", text)


# The definite article and the one-letter prefixes that attach to it (و ف ب ك ل), kept off short words.
_ARTICLE = re.compile(r"(?<!\w)(?:[وفبكل]?ال|لل)(?=\w{2,})")


def normalize_arabic(text):
    """Fold the Arabic spellings a learner may type into one form, for indexing and querying alike.

    Hamza seats, taa marbuta, alef maqsura, diacritics, tatweel and the definite article are folded, so
    that "الاعلام" matches "الإعلام" and "مدونه" matches "المدوّنة".
    """
    text = unicodedata.normalize("NFKC", text or "")
    text = _ARABIC_MARKS.sub("", text).translate(_LETTER_FORMS)
    return _ARTICLE.sub("", text)


_NOT_WORD = re.compile(r"[^\w]+")


def normalize_query(text, max_length=200):
    """A search query made safe: words only (no search-engine syntax), Arabic folded, bounded length."""
    text = strip_invisible(text or "")[: max_length * 4]
    words = _NOT_WORD.sub(" ", normalize_arabic(text)).replace("_", " ").split()
    return " ".join(words)[:max_length].strip()
