"""The Arabic interface translation is complete, current and compiled."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

PO = Path(settings.BASE_DIR) / "locale/ar/LC_MESSAGES/django.po"
MO = PO.with_suffix(".mo")
SOURCES = ["config", "home", "curriculum", "contributions", "templates", "manage.py"]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The messages makemessages finds in the code today, extracted in a scratch copy of the project."""
    copy = tmp_path_factory.mktemp("project")
    for name in SOURCES:
        source = Path(settings.BASE_DIR) / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__", "tests"))
        else:
            shutil.copy(source, copy / name)
    (copy / "locale").mkdir()
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "ar", "--no-location", "-v0"],
        cwd=copy,
        check=True,
        env={"DJANGO_SETTINGS_MODULE": "config.settings.test", "PATH": "/usr/bin:/bin"},
    )
    return polib.pofile(str(copy / "locale/ar/LC_MESSAGES/django.po"))


def test_every_message_in_the_code_has_an_arabic_translation(extracted):
    shipped = {(entry.msgctxt, entry.msgid): entry for entry in polib.pofile(str(PO)) if not entry.obsolete}
    missing = [entry.msgid for entry in extracted if (entry.msgctxt, entry.msgid) not in shipped]
    assert not missing, f"run `make messages` and translate: {missing}"
    untranslated = [key[1] for key, entry in shipped.items() if not entry.translated() or "fuzzy" in entry.flags]
    assert not untranslated, untranslated


def test_plural_messages_have_all_six_arabic_forms():
    for entry in polib.pofile(str(PO)):
        if entry.msgid_plural:
            assert len(entry.msgstr_plural) == 6 and all(entry.msgstr_plural.values()), entry.msgid


def test_compiled_catalogue_matches_the_po_file():
    compiled = {(entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural for entry in polib.mofile(str(MO))}
    source = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
        for entry in polib.pofile(str(PO))
        if entry.translated() and not entry.obsolete
    }
    assert all(compiled.get(key) == value for key, value in source.items()), "run `make messages` to compile"
