"""Expire proposals whose email address was not confirmed within MINBAR_VERIFICATION_MAX_AGE (run daily)."""

from django.core.management.base import BaseCommand

from contributions.services import expire_unverified


class Command(BaseCommand):
    help = "Mark proposals whose email address was never confirmed in time as expired."

    def handle(self, *args, **options):
        count = expire_unverified()
        self.stdout.write(f"Expired {count} unconfirmed proposal(s).")
