"""Small builders of curriculum content for tests, in the starter format the loader reads."""

from curriculum.starter.loader import StarterLoader


def lesson_body(lang, n):
    word = {"ar": "الإعلام", "en": "Media"}[lang]
    return [
        ("text", f"<p>{word} {n}: <b>why</b> this matters.</p>"),
        ("what_you_need", {"items": [f"{lang} phone", f"{lang} notebook"]}),
        ("steps", {"steps": [{"title": f"{lang} step {i}", "body": f"<p>{lang} do {i}</p>"} for i in range(3)]}),
        ("callout", {"kind": "warning", "text": f"<p>{lang} careful</p>"}),
        ("checklist", {"title": f"{lang} check", "items": [f"{lang} item a", f"{lang} item b"]}),
        (
            "quiz",
            {
                "question": f"{lang} question?",
                "choices": [
                    {"text": f"{lang} yes", "correct": True, "explanation": f"{lang} because"},
                    {"text": f"{lang} no", "correct": False, "explanation": f"{lang} because not"},
                ],
            },
        ),
        ("resource", {"title": f"{lang} guide", "description": "", "url": "https://example.org/guide"}),
    ]


def module_data(slug="test-module", lessons=3, topics=("digital-presence",), level="beginner", titles=None):
    """A module in the starter format with the given number of lessons in both languages."""
    titles = titles or {}
    return {
        "slug": slug,
        "level": level,
        "topics": list(topics),
        "tags": {"en": ["testing", "phones"], "ar": ["اختبار", "هواتف"]},
        "en": {"title": f"Module {slug}", "summary": "A summary.", "audience": "Everyone.", "outcomes": ["One"]},
        "ar": {"title": f"وحدة {slug}", "summary": "ملخص.", "audience": "الجميع.", "outcomes": ["واحد"]},
        "lessons": [
            {
                "slug": f"lesson-{n}",
                "minutes": 10 + n,
                "en": {
                    "title": titles.get(("en", n), f"Lesson {n}"),
                    "summary": f"Summary {n}",
                    "body": lesson_body("en", n),
                },
                "ar": {
                    "title": titles.get(("ar", n), f"الدرس {n}"),
                    "summary": f"ملخص {n}",
                    "body": lesson_body("ar", n),
                },
            }
            for n in range(1, lessons + 1)
        ],
    }


def load(*modules):
    """Load the given modules (starter format) with home, catalogue and topics; returns objects created."""
    return StarterLoader().run(modules=list(modules))
