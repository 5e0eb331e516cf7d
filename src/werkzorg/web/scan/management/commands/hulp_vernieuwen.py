"""Refresh the shipped list of gemeenten from the CBS file "Gemeenten alfabetisch <year>" saved as CSV.

Download the file by hand from cbs.nl (Gemeentelijke indeling op 1 januari <year>), save its sheet as CSV, then:
    python manage.py hulp_vernieuwen gemeenten-alfabetisch-2027.csv --peildatum 2027-01-01 --bron-url https://www.cbs.nl/...
Nothing is downloaded by the app itself.
"""

import csv
import datetime
import json

from django.core.management.base import BaseCommand, CommandError

from werkzorg.scan import hulp


class Command(BaseCommand):
    help = "Vernieuw de gemeentelijst (hulp bij u in de buurt) uit het CBS-bestand 'Gemeenten alfabetisch', opgeslagen als CSV."

    def add_arguments(self, parser):
        parser.add_argument("bestand")
        parser.add_argument("--peildatum", required=True, help="de datum van de indeling, bijvoorbeeld 2027-01-01")
        parser.add_argument("--bron-url", required=True, help="de CBS-pagina van die indeling")

    def handle(self, *args, **options):
        try:
            on = datetime.date.fromisoformat(options["peildatum"])
        except ValueError:
            raise CommandError("--peildatum: gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2027-01-01.") from None
        try:
            with open(options["bestand"], encoding="utf-8-sig", newline="") as handle:
                sample = handle.read(4096)
                handle.seek(0)
                delimiter = max(";,\t", key=sample.count)  # Excel saves CSV with ";" in Dutch settings, "," otherwise
                gemeenten = hulp.from_cbs_rows(list(csv.reader(handle, delimiter=delimiter)))
        except OSError as error:
            raise CommandError(f"{options['bestand']}: {error.strerror}") from None
        except (ValueError, csv.Error) as error:
            raise CommandError(f"{options['bestand']}: {error}") from None
        target = hulp.DATA / f"gemeenten-{on.year}.json"
        data = {
            "peildatum": on.isoformat(), "bron": f"CBS, Gemeentelijke indeling op {on:%d-%m-%Y} (bestand 'Gemeenten alfabetisch {on.year}')",
            "bron_url": options["bron_url"], "vernieuwen": "python manage.py hulp_vernieuwen <bestand.csv> --peildatum JJJJ-MM-DD --bron-url <CBS-pagina>",
            "aantal": len(gemeenten), "gemeenten": sorted(gemeenten, key=lambda g: hulp.normalise(g["naam"]).lstrip("'s ")),
        }
        target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        hulp.load.cache_clear()
        self.stdout.write(f"{len(gemeenten)} gemeenten geschreven naar {target}")
