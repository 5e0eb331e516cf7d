"""Speed of the population microsimulation (`make bench`): households per second per core, one million households,
the full Dutch population (8,374,404 households) on Dask, and the Dask speed-up with 1 and 2 workers.

Not a test: prints the figures and, with --append FILE, appends them to docs/benchmarks.md. Peak memory is the
highest summed resident set size of this process and its Dask worker processes, sampled every 0.1 s.
Targets from the issue: the full population under 60 s with peak memory under 8 GB on a 2-core machine.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_model import machine  # noqa: E402

from werkzorg.microsim import population as pop  # noqa: E402
from werkzorg.microsim import reform, run  # noqa: E402
from werkzorg.microsim.calibration import calibrated_population  # noqa: E402

FULL = 8_374_404
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "reforms" / "kinderopvang-96.yaml"


class PeakMemory:
    """Highest summed RSS of this process and its children while the block runs."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for process in [me, *me.children(recursive=True)]:
                try:
                    total += process.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(0.1)

    def __enter__(self):
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def on_dask(population, specs, workers: int, chunk_size: int):
    """Run each spec in turn on a Dask LocalCluster (results kept, as `microsim run` keeps the baseline and the
    reform to compare them): wall-clock seconds and CPU seconds of the workers and this process."""
    from distributed import Client

    specs = specs if isinstance(specs, (list, tuple)) else [specs]
    with run.local_cluster(workers) as cluster, Client(cluster) as client:
        for spec in specs:
            client.run(run.warm_up, spec.to_json())  # load the rules in every worker first
        cpu_before = sum(client.run(time.process_time).values()) + time.process_time()
        every = run.default_marginal_every(population.n_households)
        seconds, _ = timed(lambda: [run.run(population, spec, chunk_size=chunk_size, marginal_every=every, client=client) for spec in specs])
        cpu = sum(client.run(time.process_time).values()) + time.process_time() - cpu_before
        return seconds, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--append", type=Path, help="append the results as markdown to this file")
    parser.add_argument("--full", type=int, default=FULL, help="households in the full-population run (0: skip it)")
    parser.add_argument("--population", type=Path, help="folder of a full population made earlier (werkzorg microsim generate -n 8374404)")
    parser.add_argument("--only-full", action="store_true", help="measure only the full population")
    args = parser.parse_args()
    spec = reform.load(EXAMPLE)
    rows = []

    if not args.only_full:
        rows += smaller_populations(spec)
    full_population(args, spec, rows)
    write(args, rows)


def smaller_populations(spec) -> list[tuple[str, str, str]]:
    rows = []
    # Households per second per core: one process, 200,000 households, baseline with and without the marginal run.
    sample = pop.generate(200_000, seed=1)
    run.run(sample.slice(0, 1000))  # warm up (loads the rules)
    static, _ = timed(lambda: run.run(sample, spec, extra_hours=0))
    full_run, _ = timed(lambda: run.run(sample, spec))
    rows.append(("Households per second per core, full model (16 output variables), 200,000 households, one process", f"{sample.n_households / static:,.0f} /s", ""))
    rows.append(("The same plus the second-earner marginal pressure (a second run for couples)", f"{sample.n_households / full_run:,.0f} /s", ""))

    # One million households, one process, chunks of 250,000.
    million = pop.generate(1_000_000, seed=2)
    with PeakMemory() as memory:
        seconds, _ = timed(lambda: run.run(million, spec, marginal_every=run.default_marginal_every(million.n_households)))
    rows.append((f"1,000,000 households ({million.n_persons:,} persons), reform run, one process, chunks of 250,000", f"{seconds:.1f} s", f"peak {memory.peak / 2**30:.1f} GiB"))

    # Dask speed-up on the million.
    one, one_cpu = on_dask(million, spec, 1, 125_000)
    two, two_cpu = on_dask(million, spec, 2, 125_000)
    rows.append(("1,000,000 households on a Dask LocalCluster, 1 worker", f"{one:.1f} s", f"CPU {one_cpu:.1f} s (workers + client)"))
    rows.append(("1,000,000 households on a Dask LocalCluster, 2 workers", f"{two:.1f} s", f"speed-up {one / two:.2f}×; CPU {two_cpu:.1f} s"))
    del million
    return rows


def full_population(args, spec, rows) -> None:
    """The full population (generated here or read from --population), then baseline + reform on 2 Dask workers."""
    if args.full:
        if args.population:
            seconds, population = timed(lambda: pop.read(args.population))
            rows.append((f"Full population: read {population.n_households:,} households from Parquet", f"{seconds:.1f} s", ""))
        else:
            with PeakMemory() as memory:
                seconds, population = timed(lambda: calibrated_population(args.full, seed=2026))
            rows.append((f"Full population: generate and calibrate {population.n_households:,} households ({population.n_persons:,} persons; includes one huurtoeslag pass)", f"{seconds:.0f} s", f"peak {memory.peak / 2**30:.1f} GiB"))
            with tempfile.TemporaryDirectory() as folder:
                seconds, _ = timed(lambda: pop.write(population, Path(folder)))
                rows.append(("Full population: write Parquet", f"{seconds:.1f} s", ""))
        with PeakMemory() as memory:
            seconds, cpu = on_dask(population, [reform.BASELINE, spec], 2, 125_000)
        rows.append((f"Full population, baseline + reform (`werkzorg microsim run --dask --no-cache`: both computed and kept), Dask LocalCluster 2 workers, chunks of 125,000, marginal pressure on every {run.default_marginal_every(population.n_households)}th household", f"{seconds:.1f} s", f"target ≤ 40 s; CPU {cpu:.0f} s (so {cpu / 2:.0f} s on 2 free cores); peak {memory.peak / 2**30:.2f} GiB = {memory.peak / 1e9:.2f} GB, this process and its workers (target ≤ 4 GB)"))


def write(args, rows) -> None:
    table = "\n".join(["| Case | Time | Note |", "|---|---|---|", *[f"| {a} | {b} | {c} |" for a, b, c in rows]])
    print(table)
    if args.append:
        with args.append.open("a", encoding="utf-8") as handle:
            handle.write(
                "\n".join(
                    [
                        "",
                        "## Population microsimulation",
                        "",
                        f"`bench/bench_microsim.py`, {datetime.date.today().isoformat()}. Machine: {machine()}. Load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())} (the 2 cores were shared with other jobs, so wall-clock times are longer than on an idle machine; CPU seconds show the work itself).",
                        "Reform: examples/reforms/kinderopvang-96.yaml (every run computes the 16 output variables and the second-earner marginal pressure unless noted).",
                        "",
                        table,
                        "",
                    ]
                )
            )


if __name__ == "__main__":
    main()
