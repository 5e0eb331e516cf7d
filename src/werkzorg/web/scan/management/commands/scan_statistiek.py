import json

from django.core.management.base import BaseCommand

from werkzorg.scan.benchmark import MINIMUM
from werkzorg.web.scan.export import statistics


class Command(BaseCommand):
    help = "Geaggregeerde statistiek van de ingevulde scans: aantallen en gemiddelde scores per thema, per sector en grootte."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="als JSON")
        parser.add_argument("--minimum", type=int, default=MINIMUM, help=f"groepen kleiner dan dit tonen geen gemiddelden (standaard {MINIMUM})")

    def handle(self, *args, **options):
        stats = statistics(options["minimum"])
        if options["json"]:
            self.stdout.write(json.dumps(stats, indent=2, ensure_ascii=False))
            return
        everything = stats["alle"]
        self.stdout.write(f"Ingevulde scans: {everything['aantal']}")
        if not everything.get("verborgen"):
            self.stdout.write(f"Gemiddelde totaalscore: {everything['totaal']}")
            for code, mean in everything["themas"].items():
                self.stdout.write(f"  {code:<20} {mean:>3}")
        for group in stats["groepen"]:
            line = f"{group['sector']:<14} {group['grootte']:<7} n={group['aantal']:<4}"
            line += " (te weinig om te tonen)" if group.get("verborgen") else f" totaal {group['totaal']}  " + "  ".join(f"{c} {m}" for c, m in group["themas"].items())
            self.stdout.write(line)
