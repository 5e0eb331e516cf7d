import sys

from django.core.management.base import BaseCommand

from werkzorg.web.scan.export import write_csv


class Command(BaseCommand):
    help = "CSV met alle ingevulde scans (zonder link, tijdstip of vrije tekst) voor onderzoek."

    def add_arguments(self, parser):
        parser.add_argument("--uitvoer", "-o", help="bestand (standaard: scherm)")

    def handle(self, *args, **options):
        if options["uitvoer"]:
            with open(options["uitvoer"], "w", newline="", encoding="utf-8") as handle:
                count = write_csv(handle)
            self.stderr.write(f"{count} scans geschreven naar {options['uitvoer']}")
        else:
            write_csv(sys.stdout)
