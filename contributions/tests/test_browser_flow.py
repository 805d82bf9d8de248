"""End to end in a real browser: an Arabic proposal from the public form, approved by a moderator in the admin."""

import os
import re

# Playwright's sync API runs an event loop in this thread; Django would otherwise refuse the fixtures' ORM calls.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core import mail  # noqa: E402

from contributions.models import Contribution, Status  # noqa: E402
from contributions.tests.helpers import moderator  # noqa: E402
from curriculum.models import LessonPage, ModulePage  # noqa: E402

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def site(live_server, curriculum, settings):
    settings.MINBAR_FORM_MIN_SECONDS = 0
    settings.MINBAR_SITE_URL = live_server.url
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    return live_server


def link_in(message, fragment):
    return next(url for url in re.findall(r"https?://\S+", message.body) if fragment in url)


def propose_in_arabic(page, url, module):
    page.goto(f"{url}/ar/contribute/new/?module={module.pk}")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    page.fill("[name=title]", "حماية كلمات المرور في المنظمة")
    page.fill("[name=summary]", "كيف تختار كلمات مرور قوية وتحفظها بأمان.")
    page.fill("[name=introduction]", "كلمة المرور **الضعيفة** أسهل باب للاختراق.")
    page.fill("[name=steps-0-title]", "ثبّت مدير كلمات مرور")
    page.fill("[name=steps-0-body]", "اختر تطبيقًا مفتوح المصدر مثل KeePassXC.")
    page.click("[data-add-row][value=steps]")
    page.fill("[name=steps-1-title]", "فعّل التحقق بخطوتين")
    page.fill("[name=steps-1-body]", "ابدأ بالبريد الإلكتروني وحسابات التواصل.")
    page.fill("[name=checklist]", "مدير كلمات مرور مثبت\nالتحقق بخطوتين مفعّل")
    page.fill("[name=credit_name]", "شبكة شباب الموصل")
    page.fill("[name=email]", "mosul.youth@example.org")
    page.check("[name=consent_licence]")
    page.check("[name=confirms_rights]")
    page.click("button.button:not([data-add-row]):not([data-remove-row])[type=submit]")
    page.wait_for_load_state()


def approve_in_admin(page, url, contribution):
    page.goto(f"{url}/admin/login/")
    page.fill("[name=username]", "moderator")
    page.fill("[name=password]", "pw")
    page.click("button[type=submit]")
    page.goto(f"{url}/admin/snippets/contributions/contribution/edit/{contribution.pk}/")
    assert "حماية كلمات المرور في المنظمة" in page.content()
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target=toggle]").first.click()
    page.get_by_role("button", name=re.compile("Approve and publish")).first.click()
    page.wait_for_load_state()


def test_an_arabic_proposal_goes_from_the_public_form_to_a_published_credited_lesson(chromium, site):
    module = ModulePage.objects.get(slug="websites", locale__language_code="ar")
    moderator()
    context = chromium.new_context(viewport={"width": 390, "height": 844}, locale="ar")
    page = context.new_page()
    page.set_default_timeout(20_000)
    propose_in_arabic(page, site.url, module)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "contribute-ar-thanks.png"), full_page=True)
    contribution = Contribution.objects.get(title="حماية كلمات المرور في المنظمة")
    assert contribution.status == Status.UNVERIFIED and contribution.language == "ar"

    verification = next(message for message in mail.outbox if "mosul.youth@example.org" in message.to)
    page.goto(link_in(verification, "/ar/contribute/verify/"))
    with page.expect_navigation():
        page.get_by_role("button", name="نعم، أرسِل اقتراحي إلى المشرفين").click()
    contribution.refresh_from_db()
    assert contribution.status == Status.IN_REVIEW

    admin = chromium.new_context(viewport={"width": 1280, "height": 900}).new_page()
    admin.set_default_timeout(20_000)
    approve_in_admin(admin, site.url, contribution)
    admin.screenshot(path=str(ARTIFACTS / "contribute-admin-approved.png"), full_page=True)
    contribution.refresh_from_db()
    assert contribution.status == Status.APPROVED

    lesson = LessonPage.objects.get(pk=contribution.applied_page_id)
    page.goto(site.url + lesson.url)
    body = page.content()
    assert "فعّل التحقق بخطوتين" in body and "شبكة شباب الموصل" in body
    assert "mosul.youth@example.org" not in body
    page.screenshot(path=str(ARTIFACTS / "contribute-ar-published.png"), full_page=True)
    context.close()
