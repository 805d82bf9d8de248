"""A learner on a phone, in Arabic: self-check, mark done, keep progress, and move it with the resume code."""

import os
import re

# Playwright's sync API runs an event loop in this thread; Django would otherwise refuse the fixtures' ORM calls.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from django.conf import settings  # noqa: E402
from playwright.sync_api import expect  # noqa: E402

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
PHONE = {"width": 390, "height": 844}
CODE = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+")

# The Arabic messages, as translated in locale/ar/LC_MESSAGES/django.po.
WRONG = "ليس تمامًا. اقرأ الشرح تحت كل إجابة، ثم حاول مرة أخرى."
RIGHT = "إجابة صحيحة. أحسنت!"
MARK = "علِّم هذا الدرس بأنه مُنجَز"
UNMARK = "ألغِ علامة الإنجاز"
ONE_OF_THREE = "أُنجز 1 من 3 دروس"
BAD_CODE = "هذا الرمز غير صحيح"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def phone(chromium):
    """A fresh phone browser: its own, empty storage."""
    contexts = []

    def open_phone(**options):
        options.setdefault("locale", "ar")
        context = chromium.new_context(viewport=PHONE, is_mobile=True, has_touch=True, **options)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    yield open_phone
    for context in contexts:
        context.close()


def screenshot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def quiz_result(page):
    return page.locator("[data-quiz-result]").first


def module_progress(page, url):
    """The progress line and which lessons carry the done marker on a module page."""
    page.goto(url)
    count = page.locator("[data-progress-count]")
    markers = page.locator("[data-lesson-id] [data-done-marker]")
    done = [markers.nth(i).is_visible() for i in range(markers.count())]
    return (count.inner_text() if count.is_visible() else ""), done


def test_learner_checks_themselves_marks_done_and_moves_progress_to_another_phone(live_server, curriculum, phone):
    lesson_url = f"{live_server.url}/ar/modules/websites/lesson-1/"
    module_url = f"{live_server.url}/ar/modules/websites/"
    page = phone()
    page.goto(lesson_url)
    quiz = page.locator("[data-quiz]").first
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert not quiz.locator("[data-quiz-static]").is_visible(), "the no-script disclosure gives way to the form"
    assert quiz.locator("fieldset legend").inner_text() == "ar question?"

    quiz.get_by_label("ar no").check()
    quiz.get_by_role("button", name="تحقّق").click()
    assert quiz_result(page).get_attribute("aria-live") == "polite"
    expect(quiz_result(page)).to_have_text(WRONG)
    assert quiz.locator(".quiz__feedback--wrong").inner_text().endswith("ar because not")
    assert quiz.locator(".quiz__feedback--right").is_visible(), "every choice is explained"
    assert quiz.locator(".quiz__feedback--wrong [data-chosen]").is_visible()
    assert not quiz.locator(".quiz__feedback--right [data-chosen]").is_visible()
    screenshot(page, "learn-quiz-wrong-ar.png")

    quiz.get_by_role("button", name="حاول مرة أخرى").click()
    assert not quiz.locator(".quiz__feedback--wrong").is_visible()
    assert quiz_result(page).inner_text() == ""
    quiz.get_by_label("ar yes").check()
    quiz.get_by_role("button", name="تحقّق").click()
    expect(quiz_result(page)).to_have_text(RIGHT)

    page.get_by_role("button", name=MARK).click()
    assert page.get_by_role("button", name=UNMARK).is_visible()
    expect(page.locator("[data-done-status]")).not_to_be_empty()
    screenshot(page, "learn-lesson-done-ar.png")

    page.reload()
    assert page.get_by_role("button", name=UNMARK).is_visible(), "done is kept across a reload"
    assert quiz_result(page).inner_text() == RIGHT, "the last answer is kept across a reload"
    assert quiz.get_by_label("ar yes").is_checked()

    assert module_progress(page, module_url) == (ONE_OF_THREE, [True, False, False])
    screenshot(page, "learn-module-progress-ar.png")

    page.goto(f"{live_server.url}/ar/")
    link = page.locator("[data-continue] [data-continue-link]")
    assert page.get_by_role("heading", name="تابع من حيث توقّفت").is_visible()
    assert link.inner_text() == "الدرس 1" and link.get_attribute("href") == "/ar/modules/websites/lesson-1/"

    page.goto(f"{live_server.url}/ar/progress/")
    code = page.locator("[data-export-code]").inner_text()
    assert CODE.fullmatch(code), code
    screenshot(page, "learn-progress-ar.png")

    other = phone()
    assert module_progress(other, module_url) == ("", [False, False, False]), "a new phone starts empty"
    other.goto(f"{live_server.url}/ar/")
    assert not other.locator("[data-continue]").is_visible()

    other.goto(f"{live_server.url}/ar/progress/")
    code_input = other.get_by_label("رمز المتابعة", exact=True)
    code_input.fill(mistype(code))
    other.get_by_role("button", name="أضف هذا التقدّم").click()
    expect(other.locator("[data-import-status]")).to_contain_text(BAD_CODE)
    assert code_input.get_attribute("aria-invalid") == "true"
    screenshot(other, "learn-import-wrong-ar.png")

    code_input.fill(code.lower().replace("-", " "))
    other.get_by_role("button", name="أضف هذا التقدّم").click()
    expect(other.locator("[data-import-status]")).to_contain_text("الدروس المُنجَزة هنا الآن: 1.")
    assert other.locator("[data-export-code]").inner_text() == code
    screenshot(other, "learn-import-ar.png")

    assert module_progress(other, module_url) == (ONE_OF_THREE, [True, False, False])
    other.goto(f"{live_server.url}/ar/")
    assert (
        other.locator("[data-continue] [data-continue-link]").get_attribute("href") == "/ar/modules/websites/lesson-1/"
    )
    other.goto(lesson_url)
    assert other.get_by_role("button", name=UNMARK).is_visible()
    assert quiz_result(other).inner_text() == "أجبت عن هذا السؤال إجابةً صحيحة في المرة السابقة."


def mistype(code):
    """The code with one character changed, as a tired thumb might."""
    position = code.rindex("-") - 2
    wrong = "7" if code[position] != "7" else "8"
    return code[:position] + wrong + code[position + 1 :]


def test_quiz_can_be_answered_with_the_keyboard_alone(live_server, curriculum, phone):
    page = phone()
    page.goto(f"{live_server.url}/en/modules/websites/lesson-2/")
    first = page.locator("[data-quiz] input").first
    for _ in range(80):
        page.keyboard.press("Tab")
        if first.evaluate("input => input === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the quiz")

    page.keyboard.press("ArrowDown")  # moves to, and chooses, the second answer: the wrong one
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Check"
    page.keyboard.press("Enter")
    expect(quiz_result(page)).to_have_text(re.compile("^Not quite"))
    assert page.evaluate("document.activeElement.textContent") == "Check", "focus stays where it was"

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Try again"
    page.keyboard.press("Enter")
    assert first.evaluate("input => input === document.activeElement"), "trying again starts at the first answer"
    page.keyboard.press("Space")
    assert first.is_checked()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(quiz_result(page)).to_have_text("Right. Well done!")


def test_without_javascript_the_disclosure_remains_and_the_controls_stay_hidden(live_server, curriculum, phone):
    page = phone(java_script_enabled=False)
    page.goto(f"{live_server.url}/ar/modules/websites/lesson-1/")
    assert page.locator("details.quiz__answers").is_visible()
    assert not page.locator("[data-quiz-form]").is_visible()
    assert not page.locator("[data-lesson-done]").is_visible()
    page.goto(f"{live_server.url}/ar/progress/")
    assert page.locator("noscript").count() == 1
    assert not page.locator("[data-progress-page]").is_visible()


ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def varint(number):
    data = []
    while number > 127:
        data.append(number % 128 + 128)
        number //= 128
    return [*data, number]


def times_x(digit):
    """Multiplication by x in GF(32) = GF(2)[x] / (x^5 + x^2 + 1)."""
    digit <<= 1
    return digit ^ 37 if digit & 32 else digit


def resume_code(lessons, last=None):
    """The resume code as documented in static/js/learn.js; lessons: {page id: (done, {question position: right})}."""
    ids = sorted(lessons)
    data = [1, *varint(ids.index(last) + 1 if last else 0)]
    previous = 0
    for lesson in ids:
        done, results = lessons[lesson]
        bits = sum((3 if right else 1) << (2 * position) for position, right in results.items())
        data += varint((lesson - previous) * 4 + (2 if bits else 0) + (1 if done else 0))
        data += varint(bits) if bits else []
        previous = lesson
    binary = "".join(f"{byte:08b}" for byte in data)
    binary += "0" * (-len(binary) % 5)
    digits = [int(binary[i : i + 5], 2) for i in range(0, len(binary), 5)]
    check = 0
    for digit in digits:
        check = times_x(check) ^ digit
    text = "".join(ALPHABET[digit] for digit in [*digits, times_x(check)])
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def test_a_code_made_to_the_documented_format_is_read_and_written_back_alike(live_server, curriculum, phone):
    first, second = curriculum.en_lesson1.pk, curriculum.en_lesson2.pk
    code = resume_code({first: (True, {0: True}), second: (False, {0: False})}, last=second)
    page = phone(locale="en")
    page.goto(f"{live_server.url}/en/progress/")
    expect(page.locator("[data-export-none]")).to_be_visible()
    page.get_by_label("Resume code", exact=True).fill(code.replace("0", "o").replace("1", "l"))
    page.get_by_role("button", name="Add this progress").click()
    expect(page.locator("[data-import-status]")).to_contain_text("Lessons done here now: 1. Questions answered: 2.")
    expect(page.locator("[data-export-code]")).to_have_text(code)
    continue_link = page.locator("[data-continue-link]")
    expect(continue_link).to_have_text("Lesson 2")
    assert continue_link.get_attribute("href") == "/en/modules/websites/lesson-2/"

    assert module_progress(page, f"{live_server.url}/en/modules/websites/") == (
        "1 of 3 lessons done",
        [True, False, False],
    )
    page.goto(f"{live_server.url}/en/modules/websites/lesson-2/")
    expect(quiz_result(page)).to_have_text("Last time, your answer to this question was not quite right.")
    expect(page.get_by_role("button", name="Mark this lesson as done")).to_be_visible()
