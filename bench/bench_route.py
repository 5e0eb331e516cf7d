"""Speed of the route projection (not a test): 5 options × 36 months for the example single mother.

Run: .venv/bin/python bench/bench_route.py
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from werkzorg.route.projection import project
from werkzorg.route.schema import parse_route

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "route" / "alleenstaande_moeder.json"


def main() -> None:
    route = parse_route(json.loads(EXAMPLE.read_text()))
    project(route)  # warm up: builds the tax-benefit system
    times = []
    for _ in range(10):
        start = time.perf_counter()
        project(route)
        times.append(time.perf_counter() - start)
    print(f"route projection, 5 options × 36 months: median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
