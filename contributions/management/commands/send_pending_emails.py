"""Send saved emails that have not gone yet: the safety net behind the background task."""

from collections import Counter

from django.core.management.base import BaseCommand

from contributions.models import OutgoingEmail
from contributions.tasks import MAX_ATTEMPTS, Outcome, attempt


class Command(BaseCommand):
    help = (
        "Send every saved email that has not gone yet and has attempts left: from cron, or after a mail or "
        "task-worker outage. Emails another worker is sending at that moment are skipped."
    )

    def handle(self, *args, **options):
        pending = OutgoingEmail.objects.filter(sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS)
        outcomes = Counter(attempt(pk) for pk in list(pending.values_list("pk", flat=True)))
        self.stdout.write(
            f"Sent {outcomes[Outcome.SENT]}, failed {outcomes[Outcome.FAILED]}, skipped {outcomes[Outcome.SKIPPED]}."
        )
        self.report_given_up()

    def report_given_up(self):
        given_up = OutgoingEmail.objects.filter(sent_at__isnull=True, attempts__gte=MAX_ATTEMPTS).count()
        if given_up:
            self.stdout.write(
                self.style.WARNING(f"{given_up} unsent email(s) reached {MAX_ATTEMPTS} attempts and are not retried.")
            )
