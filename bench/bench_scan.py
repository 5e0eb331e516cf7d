"""Speed of the employer quick scan (not a test): scoring, storing a submission, building and rendering a report with
a benchmark over many stored submissions, the CSV export. Runs in-process on a temporary SQLite file.

Usage: python bench/bench_scan.py [--submissions 2000] [--append docs/benchmarks.md]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(function, repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--submissions", type=int, default=2000)
    parser.add_argument("--append", type=Path, help="append the results as markdown to this file")
    args = parser.parse_args(argv)
    folder = tempfile.mkdtemp(prefix="werkzorg-bench-scan-")
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/scan.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkzorg.web.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", verbosity=0)
    from werkzorg.scan.legal import legal_flags
    from werkzorg.scan.scoring import score
    from werkzorg.web.scan.export import write_csv
    from werkzorg.web.scan.models import QuestionnaireVersion, Submission

    version = QuestionnaireVersion.objects.get(status="actief")
    questionnaire = version.to_content()
    rng = random.Random(6)
    answers = {q.code: rng.choice([o.code for o in q.schaal.opties]) for q in questionnaire.questions()}

    rows = []
    median, p95 = timed(lambda: score(questionnaire, answers, legal_flags(questionnaire, answers, "50-249")), 200)
    rows.append((f"score + legal flags ({len(answers)} answers)", median, p95))

    Submission.objects.bulk_create(
        [Submission(version=version, sector="zorg_welzijn", grootte="50-249", deeltijd="50-74", scores={t.code: rng.randint(0, 100) for t in questionnaire.themas}, totaal=50) for _ in range(args.submissions)]
    )
    client = Client()
    client.post("/werkgever/profiel/", {"sector": "zorg_welzijn", "grootte": "50-249", "deeltijd": "50-74"})
    for number, theme in enumerate(questionnaire.themas, start=1):
        client.post(f"/werkgever/thema/{number}/", {q.code: answers[q.code] for q in theme.vragen})


    location = client.post("/werkgever/versturen/")["Location"]
    median, p95 = timed(lambda: client.get(location), 30)
    rows.append((f"report page, benchmark over {args.submissions} comparable submissions", median, p95))

    class Sink:
        def write(self, text):
            return len(text)

    median, p95 = timed(lambda: write_csv(Sink()), 3)
    rows.append((f"CSV export of {args.submissions + 1} submissions (1 with answers)", median, p95))

    table = "| What | median ms | p95 ms |\n|---|---|---|\n" + "".join(f"| {name} | {median:.1f} | {p95:.1f} |\n" for name, median, p95 in rows)
    print(table)
    if args.append:
        import datetime

        with args.append.open("a", encoding="utf-8") as handle:
            handle.write(
                "\n## Employer quick scan\n\n"
                f"`bench/bench_scan.py`, {datetime.date.today().isoformat()}, same machine as above: in-process Django client on a temporary\n"
                "SQLite file; the report page recomputes the scores and the benchmark when opened.\n\n" + table
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
