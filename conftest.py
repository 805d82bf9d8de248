"""Shared fixtures: a small bilingual curriculum loaded once per test database."""

import pytest

from curriculum.tests.factories import load, module_data

TEST_MODULES = [
    module_data("websites", lessons=3, topics=("digital-presence",), level="beginner"),
    module_data(
        "shutdowns",
        lessons=2,
        topics=("resilience",),
        level="intermediate",
        titles={("ar", 1): "الإعلام المدوّنة", ("en", 1): "Media blog"},
    ),
]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the test curriculum once, and make it what serialized_rollback restores after a flush.

    Transactional tests (browser, concurrency) flush the database when they end; Django then restores the
    serialized contents in the next one that asks for serialized_rollback. Serializing after the load keeps
    primary keys identical, so the restore updates rows instead of clashing with them.
    """
    from django.db import connection, connections

    with django_db_blocker.unblock():
        load(*TEST_MODULES)
        contents = connection.creation.serialize_db_to_string()
    # Set on the class, not the one wrapper: Playwright's sync API runs test code in greenlets, where Django
    # hands out fresh connection wrappers that would not see an instance attribute, skip the restore and
    # let flush recreate content types.
    wrapper = connections["default"]
    wrapper._test_serialized_contents = type(wrapper)._test_serialized_contents = contents


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Put the test curriculum back as soon as a transactional test has flushed the database.

    Django restores serialized contents only when the next serialized_rollback test starts; with xdist any
    ordinary test may come next on the same worker and would find an empty database.
    """
    yield
    marker = item.get_closest_marker("django_db")
    if nextitem is None or marker is None or not marker.kwargs.get("transaction"):
        return  # with no next test, the test database may already be gone
    from django.db import connections
    from pytest_django.plugin import blocking_manager_key

    wrapper = connections["default"]
    contents = getattr(type(wrapper), "_test_serialized_contents", None)
    if contents:
        with item.config.stash[blocking_manager_key].unblock():
            wrapper.creation.deserialize_db_from_string(contents)


@pytest.fixture(autouse=True)
def fresh_page_cache():
    """No test is served pages that another rendered: the page cache (home/cache.py) outlives each test."""
    from home.cache import bump_generation

    bump_generation()


@pytest.fixture
def curriculum(db):
    """The test curriculum (reloaded only if a transactional test flushed it)."""
    load(*TEST_MODULES)
    return Pages()


class Pages:
    """Short names for the pages tests use most."""

    def __getattr__(self, name):
        from curriculum.models import LessonPage, ModulePage

        language, _, rest = name.partition("_")
        if rest == "module":
            return ModulePage.objects.get(slug="websites", locale__language_code=language)
        if rest.startswith("lesson"):
            number = rest.removeprefix("lesson") or "1"
            return LessonPage.objects.get(
                slug=f"lesson-{number}", locale__language_code=language, url_path__contains="/websites/"
            )
        raise AttributeError(name)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright (never a downloaded browser). CI installs it."""
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()
    playwright.stop()
