"""Backup and restore round trip, with the commands of docs/deployment.md: nothing lost, Arabic byte for byte.

The test database, holding pages, revisions, proposals and audit log entries, is dumped with `pg_dump -Fc` and
restored with `pg_restore` into a fresh database; every table must come back with the same rows.
"""

import hashlib
import logging
import re
import subprocess

import psycopg
import pytest
from django.utils import translation

from contributions import services
from contributions.models import Kind
from curriculum.models import ModulePage

from . import servers as processes

pytestmark = [
    processes.requires_postgresql,
    pytest.mark.reliability,
    # pg_dump sees only committed rows; serialized_rollback as every transactional test here (see conftest.py).
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
figures = logging.getLogger("minbar.reliability")

ARABIC = re.compile("[\u0600-\u06ff]")
BODY = [{"type": "text", "value": "<p>احفظ نسخة من جهات الاتصال، ثم جرّب استعادتها.</p>"}]
# Text that must come back byte for byte: (table, column) of titles, bodies, revisions and audit data.
ARABIC_FIELDS = [
    ("wagtailcore_page", "title"),
    ("wagtailcore_revision", "content::text"),
    ("curriculum_lessonpage", "body::text"),
    ("contributions_contribution", "title"),
    ("contributions_contribution", "body::text"),
    ("wagtailcore_modellogentry", "label"),
    ("contributions_outgoingemail", "body"),
]


def propose(title, module):
    with translation.override("ar"):
        contribution = services.create_contribution(
            kind=Kind.NEW_LESSON,
            language="ar",
            module=module,
            proposal={"title": title, "summary": "ملخّص بالعربية مع تشكيل: مُدَوَّنَة.", "body": BODY},
            contributor={"credit_name": "ليلى", "email": "layla@example.org", "consent_licence": True},
        )
        services.verify_contribution(contribution)
    return contribution


def tables(conn):
    rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    return [name for (name,) in rows]


def contents(url):
    """Every table's row count and a hash of all its rows, and the UTF-8 bytes' hash of each Arabic field."""
    with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as conn:
        counts = {}
        for table in tables(conn):
            count, digest = conn.execute(
                f"SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM \"{table}\" t"  # noqa: S608
            ).fetchone()
            counts[table] = (count, digest)
        arabic = {}
        for table, column in ARABIC_FIELDS:
            query = f"SELECT {column} FROM {table} ORDER BY convert_to({column}, 'UTF8')"  # noqa: S608
            values = [value or "" for (value,) in conn.execute(query)]
            assert any(ARABIC.search(value) for value in values), f"no Arabic in {table}.{column}"
            arabic[f"{table}.{column}"] = hashlib.sha256("\0".join(values).encode()).hexdigest()
    return counts, arabic


def test_pg_dump_and_pg_restore_bring_back_every_row_with_arabic_intact(tmp_path):
    module = ModulePage.objects.get(slug="websites", locale__language_code="ar")
    for title in ("كيف تحمي هاتفك", "تدوين آمن بالعربية", "الإعلام المدوّنة"):
        propose(title, module)
    source = processes.database_url()
    restored_name = f"{source.rsplit('/', 1)[1]}_restored"
    server = processes.database_url("postgres")
    dump = tmp_path / "minbar.dump"

    # The commands of docs/deployment.md, "Backups" and "Restore".
    subprocess.run(["pg_dump", "-Fc", "--no-owner", "-d", source, "-f", dump], check=True)
    processes.psql(server, f'DROP DATABASE IF EXISTS "{restored_name}"', f'CREATE DATABASE "{restored_name}"')
    try:
        restore = ["pg_restore", "--no-owner", "--single-transaction", "--exit-on-error", "-d"]
        subprocess.run([*restore, processes.database_url(restored_name), dump], check=True)
        original, original_arabic = contents(source)
        copy, copy_arabic = contents(processes.database_url(restored_name))
    finally:
        processes.psql(server, f'DROP DATABASE IF EXISTS "{restored_name}" WITH (FORCE)')

    def count(table):
        return original[table][0]

    figures.info(
        f"dump {dump.stat().st_size} bytes, {len(original)} tables, {sum(c for c, _ in original.values())} rows: "
        f"pages {count('wagtailcore_page')}, revisions {count('wagtailcore_revision')}, contributions "
        f"{count('contributions_contribution')}, audit entries {count('wagtailcore_modellogentry')} + "
        f"{count('wagtailcore_pagelogentry')}"
    )
    assert count("contributions_contribution") == 3
    assert count("wagtailcore_modellogentry") >= 3 and count("wagtailcore_pagelogentry") > 0
    assert count("wagtailcore_revision") > count("wagtailcore_page") // 2
    assert copy == original
    assert copy_arabic == original_arabic
