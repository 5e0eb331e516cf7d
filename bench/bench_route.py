"""Speed of the route projection (not a test): 5 options × 36 months for the example single mother with two children.

Run: .venv/bin/python bench/bench_route.py [--append docs/benchmarks.md]
"""

from __future__ import annotations

import argparse
import datetime
import json
import statistics
import time
from pathlib import Path

from werkzorg.route.projection import project
from werkzorg.route.schema import parse_route

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "route" / "alleenstaande_moeder.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--append", type=Path, help="append the result as markdown to this file")
    args = parser.parse_args()
    route = parse_route(json.loads(EXAMPLE.read_text()))
    project(route)  # warm up: builds the tax-benefit system
    times = []
    for _ in range(10):
        start = time.perf_counter()
        project(route)
        times.append(time.perf_counter() - start)
    median, worst = statistics.median(times) * 1000, max(times) * 1000
    print(f"route projection, 5 options × 36 months: median {median:.0f} ms, max {worst:.0f} ms")
    if args.append:
        with args.append.open("a", encoding="utf-8") as handle:
            handle.write(
                "\n## Route projection\n\n"
                "`bench/bench_route.py`: the example single mother of two (`examples/route/alleenstaande_moeder.json`), 5 options (0, 8, 16,\n"
                "24, 32 hours) × 36 months: one simulation per modelled year and secant step (about 4 per year), plus one for the hours\n"
                f"at which the net wage reaches the norm (1 to 60 hours). Measured {datetime.date.today().isoformat()}, same machine as above:\n"
                f"median {median:.0f} ms, max {worst:.0f} ms (10 runs, after warm-up).\n"
            )


if __name__ == "__main__":
    main()
