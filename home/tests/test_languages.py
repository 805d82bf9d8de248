"""Language editions: the root redirect, the switcher, and the admin in Arabic."""

import pytest
from django.contrib.auth.models import User
from wagtail.models import Page
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept", "target"),
    [("en-GB,en;q=0.9", "/en/"), ("ar-IQ,ar;q=0.9,en;q=0.5", "/ar/"), ("ku,fr;q=0.8", "/ar/"), ("", "/ar/")],
)
def test_root_redirects_by_accept_language_falling_back_to_arabic(client, curriculum, accept, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == target


def switcher(content):
    return content.split('class="language-switcher"')[1].split("</div>")[0]


def test_switcher_goes_to_the_other_edition_of_the_same_page(client, curriculum):
    ar = switcher(client.get("/ar/modules/websites/lesson-2/").content.decode())
    en = switcher(client.get("/en/modules/websites/lesson-2/").content.decode())
    assert 'href="/en/modules/websites/lesson-2/"' in ar and 'lang="en"' in ar
    assert 'href="/ar/modules/websites/lesson-2/"' in en and 'lang="ar"' in en
    assert "not yet available" not in en


def test_switcher_says_when_there_is_no_edition_and_goes_to_the_closest_ancestor(client, curriculum):
    Page.objects.get(url_path__endswith="/websites/lesson-2/", locale__language_code="en").unpublish()
    block = switcher(client.get("/ar/modules/websites/lesson-2/").content.decode())
    assert 'href="/en/modules/websites/"' in block
    assert "language-switcher__note" in block


def test_switcher_on_a_topic_page_goes_to_the_translated_topic(client, curriculum):
    block = switcher(client.get("/en/topics/resilience/").content.decode())
    assert 'href="/ar/topics/resilience/"' in block


def test_switcher_on_a_non_page_view_translates_the_url(client, curriculum):
    block = switcher(client.get("/en/contribute/").content.decode())
    assert 'href="/ar/contribute/"' in block


def test_admin_speaks_arabic_to_staff_who_choose_it(client, curriculum):
    user = User.objects.create_superuser("layla", "layla@example.invalid", "pw")
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="ar")
    client.force_login(user)
    content = client.get("/admin/").content.decode()
    assert 'lang="ar"' in content and 'dir="rtl"' in content
    assert "لوحة التحكم" in content or "الرئيسية" in content
