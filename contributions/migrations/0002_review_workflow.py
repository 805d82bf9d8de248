"""The Moderators group reviews contributions through its own workflow; only it may see or act on them."""

from django.db import migrations

PERMISSIONS = ["add", "change", "delete", "publish", "lock", "unlock", "view"]


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    ReviewTask = apps.get_model("contributions", "ContributionReviewTask")

    contribution_type, _ = ContentType.objects.get_or_create(app_label="contributions", model="contribution")
    task_type, _ = ContentType.objects.get_or_create(app_label="contributions", model="contributionreviewtask")
    blocked_type, _ = ContentType.objects.get_or_create(app_label="contributions", model="blockedemail")
    moderators, _ = Group.objects.get_or_create(name="Moderators")

    for action in PERMISSIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=contribution_type,
            codename=f"{action}_contribution",
            defaults={"name": f"Can {action} contribution"},
        )
        moderators.permissions.add(permission)
    for action in ["add", "change", "delete", "view"]:
        permission, _ = Permission.objects.get_or_create(
            content_type=blocked_type,
            codename=f"{action}_blockedemail",
            defaults={"name": f"Can {action} blocked email address"},
        )
        moderators.permissions.add(permission)
    admin_access = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin").first()
    if admin_access:
        moderators.permissions.add(admin_access)

    task = ReviewTask.objects.create(name="Moderators review the contribution", content_type=task_type, active=True)
    task.groups.set([moderators])
    workflow = Workflow.objects.create(name="Contribution review", active=True)
    WorkflowTask.objects.create(workflow=workflow, task_id=task.pk, sort_order=0)
    WorkflowContentType.objects.create(content_type=contribution_type, workflow=workflow)


def remove_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    ReviewTask = apps.get_model("contributions", "ContributionReviewTask")
    Workflow.objects.filter(name="Contribution review").delete()
    ReviewTask.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contributions", "0001_initial"),
        ("wagtailcore", "0094_alter_page_locale"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
