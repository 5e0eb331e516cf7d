import sys

from django.core.management.base import BaseCommand

from werkzorg.web.scan.export import write_csv, write_pulse_csv


class Command(BaseCommand):
    help = "CSV met alle ingevulde scans, of met --peilingen de antwoorden van medewerkers (zonder link, tijdstip of vrije tekst), voor onderzoek."

    def add_arguments(self, parser):
        parser.add_argument("--uitvoer", "-o", help="bestand (standaard: scherm)")
        parser.add_argument("--peilingen", action="store_true", help="de antwoorden op de medewerkerspeilingen in plaats van de scans")

    def handle(self, *args, **options):
        write, what = (write_pulse_csv, "antwoorden van medewerkers") if options["peilingen"] else (write_csv, "scans")
        if options["uitvoer"]:
            with open(options["uitvoer"], "w", newline="", encoding="utf-8") as handle:
                count = write(handle)
            self.stderr.write(f"{count} {what} geschreven naar {options['uitvoer']}")
        else:
            write(sys.stdout)
