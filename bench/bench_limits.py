"""The largest input the API and the CLI accept answers within 2 seconds (issue 13).

The budget tool's largest accepted household: two partners and 12 children (the schema's limit), every child in
childcare. Timed three ways: `werkzorg budget --json` as a process (start-up included), POST /api/v1/budget through the
Django test client (in-process, after a warm-up), and the same request 1 kB over the body limit (refused at once).
Also the 100,000-`[` body that used to take a worker down. Not a test (no timing assertions in tests): figures only.

Run: .venv/bin/python bench/bench_limits.py [--append docs/benchmarks.md]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILDREN = 12


def household() -> dict:
    """Two working partners and 12 children aged 0 to 11, all in childcare (the most work per request)."""
    partner = {"leeftijd": 38, "uurloon": 24.0, "uren_per_dag": 8, "dagen_per_week": 4}
    child = {"opvang": {"soort": "dagopvang", "uurprijs": 10.90, "uren_per_dag": 10, "dagen": "naar behoefte"}}
    return {
        "jaar": 2026,
        "partners": [{"naam": "A", **partner}, {"naam": "B", **partner, "dagen_per_week": 3}],
        "kinderen": [{"naam": f"K{i}", "leeftijd": i, **child} for i in range(CHILDREN)],
        "huur_per_maand": 900,
    }


def time_cli(path: Path, runs: int = 3) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run([str(ROOT / ".venv" / "bin" / "werkzorg"), "budget", str(path), "--json"], capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            raise SystemExit(f"werkzorg budget failed: {result.stderr[:500]}")
    return times


def time_api(runs: int = 5) -> tuple[list[float], int]:
    """Each run a slightly different rent, so that no cache answers for the engine."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkzorg.web.settings")
    import django

    django.setup()
    from django.test import Client

    client = Client()
    client.post("/api/v1/budget", json.dumps(household()), content_type="application/json")  # warm-up: builds the tax-benefit system
    times, status = [], 0
    for run in range(runs):
        body = json.dumps({**household(), "huur_per_maand": 901 + run})
        start = time.perf_counter()
        status = client.post("/api/v1/budget", body, content_type="application/json").status_code
        times.append(time.perf_counter() - start)
    return times, status


def largest_situation() -> dict:
    """The largest accepted OpenFisca situation: 10 households of 3 (30 persons), 2 years, 300 values to compute."""
    persons = {f"p{i}": {"loon": {"2026": 20000 + 1000 * i}, "inkomstenbelasting": {"2025": None, "2026": None}, "arbeidskorting": {"2025": None, "2026": None}} for i in range(30)}
    households = {
        f"h{i}": {"partners": [f"p{i}", f"p{10 + i}"], "kinderen": [f"p{20 + i}"], **{name: {"2025": None, "2026": None} for name in ("besteedbaar_inkomen", "zorgtoeslag", "kindgebonden_budget")}}
        for i in range(10)
    }
    return {"personen": persons, "huishoudens": households}


def time_situation(runs: int = 5) -> tuple[list[float], int]:
    from django.test import Client

    body = json.dumps(largest_situation())
    client = Client()
    times, status = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        status = client.post("/api/v1/berekening", body, content_type="application/json").status_code
        times.append(time.perf_counter() - start)
    return times, status


def time_refused(body: str) -> tuple[float, int]:
    seconds, status, _error = refused(body)
    return seconds, status


def refused(body: str) -> tuple[float, int, dict]:
    """Time, status and the first error of a budget request that should be refused."""
    from django.test import Client

    start = time.perf_counter()
    response = Client().post("/api/v1/budget", body, content_type="application/json")
    seconds = time.perf_counter() - start
    errors = response.json().get("errors") or [{}]
    return seconds, response.status_code, errors[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--append", type=Path, help="append the result as markdown to this file")
    args = parser.parse_args()
    body = json.dumps(household())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "huishouden.json"
        path.write_text(body, encoding="utf-8")
        cli = time_cli(path)
    api, status = time_api()
    situation, situation_status = time_situation()
    over = household()
    over["kinderen"].append(dict(over["kinderen"][0]))
    thirteen, thirteen_status, thirteen_error = refused(json.dumps(over))
    big, big_status = time_refused(" " * (256 * 1024 + 1024) + body)
    deep, deep_status = time_refused("[" * 100_000)
    lines = [
        f"- `werkzorg budget --json`, 2 partners and {CHILDREN} children (process start included): median {statistics.median(cli):.2f} s, max {max(cli):.2f} s ({len(cli)} runs)",
        f"- `POST /api/v1/budget`, the same household (in-process, warm): median {statistics.median(api):.2f} s, max {max(api):.2f} s ({len(api)} runs, status {status})",
        f"- `POST /api/v1/berekening`, the largest accepted situation (30 persons in 10 households, 2 years, 300 values): median {statistics.median(situation):.2f} s, max {max(situation):.2f} s (status {situation_status})",
        f"- `POST /api/v1/budget` with 13 children: status {thirteen_status} (field `{thirteen_error.get('field')}`: \"{thirteen_error.get('message')}\") in {thirteen * 1000:.0f} ms",
        f"- the same budget body padded to 257 kB: status {big_status} in {big * 1000:.0f} ms",
        f"- a body of 100,000 `[`: status {deep_status} in {deep * 1000:.0f} ms",
    ]
    print("\n".join(lines))
    if args.append:
        with args.append.open("a", encoding="utf-8") as handle:
            handle.write(
                "\n## The largest accepted input\n\n"
                "`bench/bench_limits.py`: the budget tool's largest accepted household (2 partners, 12 children in childcare) and the\n"
                "largest accepted OpenFisca situation; "
                "every accepted request must answer within 2 s, larger input is refused with a message naming the field.\n\n"
                + "\n".join(lines) + "\n"
            )


if __name__ == "__main__":
    sys.exit(main())
