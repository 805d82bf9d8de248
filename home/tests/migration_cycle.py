"""Walk each of our apps' migrations back one step at a time and forward again, on a database holding content.

Run by test_reliability_migrations.py in a subprocess, with DATABASE_URL naming a throwaway copy of the test
database (already migrated, with the test curriculum): `python -m home.tests.migration_cycle`. It adds
contributions with audit entries, then for each app runs `migrate <app> <previous>` for every migration from the
newest back to the first (the order read from the migration graph, so new migrations are included), then
`migrate` forward, and checks that the content is still there. Last, every app goes to zero and back. Prints JSON.
"""

import hashlib
import json
import os
import sys
import time

APPS = ("home", "curriculum", "contributions")


def chain(loader, app):
    """The app's migrations in the order they apply (one leaf; a merge migration is walked like any other)."""
    leaves = loader.graph.leaf_nodes(app)
    if len(leaves) != 1:
        raise SystemExit(f"{app} has {len(leaves)} leaf migrations: {leaves}")
    return [name for label, name in loader.graph.forwards_plan(leaves[0]) if label == app]


def add_contributions():
    """Two proposals in Arabic through the services, so they carry revisions, messages and audit entries."""
    from django.utils import translation

    from contributions import services
    from contributions.models import Kind
    from curriculum.models import ModulePage

    module = ModulePage.objects.filter(locale__language_code="ar").first()
    contributor = {"credit_name": "هاوري", "email": "hawre@example.org", "consent_licence": True}
    for title in ("كيف تحمي هاتفك", "فكرة لوحدة عن الإذاعة"):
        with translation.override("ar"):
            contribution = services.create_contribution(
                kind=Kind.NEW_LESSON,
                language="ar",
                module=module,
                proposal={"title": title, "summary": "ملخص قصير.", "body": []},
                contributor={**contributor, "confirms_rights": True},
            )
            services.verify_contribution(contribution)


def snapshot():
    """What must survive the walk: how many rows of each kind, and a hash of every title and body."""
    from django.contrib.auth.models import Group
    from wagtail.models import Page, PageLogEntry, Revision, Workflow

    from contributions.models import Contribution
    from curriculum.models import LessonPage

    texts = [f"{page.pk}:{page.title}" for page in Page.objects.order_by("pk")]
    texts += [
        f"{lesson.pk}:{json.dumps(list(lesson.body.raw_data), sort_keys=True)}" for lesson in LessonPage.objects.all()
    ]
    texts += [f"{c.pk}:{c.title}:{c.summary}:{c.status}" for c in Contribution.objects.order_by("pk")]
    return {
        "pages": Page.objects.count(),
        "lessons": LessonPage.objects.count(),
        "revisions": Revision.objects.count(),
        "contributions": Contribution.objects.count(),
        "page_log_entries": PageLogEntry.objects.count(),
        "contribution_audit_entries": contribution_audit_entries(),
        "workflows": sorted(Workflow.objects.values_list("name", flat=True)),
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "texts": hashlib.sha256("\n".join(texts).encode()).hexdigest(),
    }


def contribution_audit_entries():
    from wagtail.models import ModelLogEntry

    return ModelLogEntry.objects.filter(action__startswith="minbar.contribution.").count()


def main():
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader
    from django.db.migrations.recorder import MigrationRecorder

    def migrate(*args):
        started = time.monotonic()
        call_command("migrate", *args, verbosity=0, interactive=False)
        steps.append(" ".join(args) or "(all)")
        seconds.append(round(time.monotonic() - started, 2))

    add_contributions()
    before = snapshot()
    steps, seconds = [], []
    chains = {app: chain(MigrationLoader(connection), app) for app in APPS}
    for app, names in chains.items():
        for previous in reversed(names[:-1]):
            migrate(app, previous)
        migrate()
    after = snapshot()
    recorder = MigrationRecorder(connection)
    for app in APPS:
        # Going to zero also unapplies the migrations of apps that depend on this one: skip those already gone.
        if recorder.migration_qs.filter(app=app).exists():
            migrate(app, "zero")
    migrate()
    again = snapshot()
    result = {"chains": chains, "steps": steps, "seconds": seconds, "before": before, "after": after, "again": again}
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    main()
