from django.core.management.base import BaseCommand

from werkzorg.web.scan.seed import load_all


class Command(BaseCommand):
    help = "Laad de vragenlijstversies uit src/werkzorg/scan/vragenlijsten/ die nog niet in de database staan."

    def handle(self, *args, **options):
        for version, created in load_all():
            self.stdout.write(f"{version}: {'geladen' if created else 'staat er al'}")
