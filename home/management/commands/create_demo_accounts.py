import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

ACCOUNTS = [
    ("admin", "Site administrator", None),
    ("moderator", "Moderator", "Moderators"),
    ("editor", "Editor", "Editors"),
    ("translator", "Translator", "Translators"),
]


class Command(BaseCommand):
    help = "Create local demo accounts (admin, moderator, editor, translator), print passwords once. Not in production."

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true", help="Give existing demo accounts new passwords.")

    def handle(self, *args, reset=False, **options):
        if not getattr(settings, "MINBAR_DEMO_ACCOUNTS", False):
            raise CommandError("Demo accounts are for local development only; these settings do not allow them.")
        User = get_user_model()
        for username, role, group_name in ACCOUNTS:
            user = User.objects.filter(username=username).first()
            if user and not reset:
                self.stdout.write(f"  {role}: “{username}” already exists (use --reset for a new password).")
                continue
            user = user or User(username=username, email=f"{username}@example.invalid")
            password = secrets.token_urlsafe(12)
            user.set_password(password)
            user.is_staff = True
            user.is_superuser = group_name is None
            user.save()
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
            self.stdout.write(self.style.SUCCESS(f"  {role}: username “{username}”, password “{password}”"))
