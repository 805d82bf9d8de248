from django.core.management.base import BaseCommand

from curriculum.starter.loader import StarterLoader


class Command(BaseCommand):
    help = "Load Minbar's starter curriculum in Arabic and English; safe to run again (adds only what is missing)."

    def handle(self, *args, **options):
        loader = StarterLoader(log=lambda message: self.stdout.write(f"  {message}"))
        created = loader.run()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Starter curriculum loaded: {created} new objects."))
        else:
            self.stdout.write("Starter curriculum already loaded; nothing to do.")
