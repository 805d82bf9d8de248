"""EditionSync: what each translated page was made from; existing live translations count as made from their source now."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def adopt_existing_translations(apps, schema_editor):
    """Every live page translation already linked by wagtail-localize is taken as current at its last sync."""
    Page = apps.get_model("wagtailcore", "Page")
    Translation = apps.get_model("wagtail_localize", "Translation")
    EditionSync = apps.get_model("curriculum", "EditionSync")
    for translation in Translation.objects.filter(enabled=True).select_related("source"):
        source = translation.source
        editions = Page.objects.filter(translation_key=source.object_id)
        source_page = editions.filter(locale_id=source.locale_id).first()
        target = editions.filter(locale_id=translation.target_locale_id).first()
        if source_page and target and target.live:
            EditionSync.objects.get_or_create(
                page=target, defaults={"source_page": source_page, "live_source_at": source.last_updated_at}
            )


class Migration(migrations.Migration):

    dependencies = [
        ('curriculum', '0002_alter_lessonpage_body_lessoncredit'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtail_localize', '0016_rename_page_revision_translationlog_revision'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='EditionSync',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('draft_source_at', models.DateTimeField(blank=True, null=True)),
                ('live_source_at', models.DateTimeField(blank=True, null=True)),
                ('draft_revision', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision')),
                ('page', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='edition_sync', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='translated page')),
                ('source_page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='source page')),
            ],
            options={
                'verbose_name': 'edition sync',
            },
        ),
        migrations.RunPython(adopt_existing_translations, migrations.RunPython.noop),
    ]
