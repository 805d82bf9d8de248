"""The Translators group: translate and edit pages, submit them for review, never publish.

Page permissions hang off the root page (the home pages in both languages are created later, by the starter loader),
as Wagtail's own Editors group does. Wagtail's "Moderators approval" workflow sits on the root page too, so every
curriculum page, translated ones included, goes to the Moderators before it is published. Topics have no drafts (a
saved topic is live), so only the Moderators get to translate them.
"""

from django.db import migrations

TRANSLATORS = "Translators"
PAGE_PERMISSIONS = ["add_page", "change_page"]
# (app_label, model, codename) of the global permissions a translator needs in the admin.
GLOBAL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("wagtail_localize", "translation", "submit_translation"),
    ("wagtailimages", "image", "choose_image"),
    ("wagtaildocs", "document", "choose_document"),
]
TOPIC_PERMISSIONS = ["add_topic", "change_topic", "view_topic"]


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
    )
    return found


def create_translators(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    translators, _ = Group.objects.get_or_create(name=TRANSLATORS)
    for app_label, model, codename in GLOBAL_PERMISSIONS:
        translators.permissions.add(permission(apps, app_label, model, codename))
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=translators, page=root, permission=permission(apps, "wagtailcore", "page", codename)
            )
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is not None:
        for codename in TOPIC_PERMISSIONS:
            moderators.permissions.add(permission(apps, "curriculum", "topic", codename))


def remove_translators(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=TRANSLATORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("curriculum", "0003_editionsync"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_translators, remove_translators)]
