"""Prove that the compact population gives bit-for-bit the results of the wide one (issue 17, memory).

Run once with a checkout of the old code and once with this one, on the same population folder:

    python bench/compare_compact.py save POPULATION OUT.npz      # each checkout
    python bench/compare_compact.py diff A.npz B.npz              # every array: same dtype, same bits

The population folder is made with `werkzorg microsim generate -n 100000 --seed 7`. Each run: the baseline, the
example reform kinderopvang-96, and its behaviour scenario (CPB default), in chunks of 25,000; plus every output table.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from werkzorg.microsim import behaviour, outputs, population as pop, reform, run

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "reforms" / "kinderopvang-96.yaml"


def save(folder: Path, out: Path) -> None:
    try:
        population = pop.read(folder, model_only=True)
    except TypeError:  # the old code has no model_only
        population = pop.read(folder)
    spec = reform.load(EXAMPLE)
    base = run.run(population, reform.BASELINE, chunk_size=25_000)
    changed = run.run(population, spec, chunk_size=25_000)
    assumption = behaviour.choose(None, False)
    scenario, _response = behaviour.respond(population, base, changed, spec, assumption, chunk_size=25_000)
    arrays = {}
    for label, results in (("basis", base), ("hervorming", changed), ("gedrag", scenario)):
        for kind, table in (("h", results.households), ("p", results.persons)):
            for name, values in table.items():
                arrays[f"{label}/{kind}/{name}"] = values
    tables = outputs.all_tables(population, base, [changed, scenario])
    arrays["tables_json"] = np.frombuffer(json.dumps(tables, sort_keys=True, default=float).encode(), dtype=np.uint8)
    arrays["digest"] = np.frombuffer(population.digest().encode(), dtype=np.uint8)
    np.savez(out, **arrays)
    print(f"{len(arrays)} arrays, {population.n_households} households, {population.n_persons} persons → {out}")


def diff(a: Path, b: Path) -> int:
    left, right = np.load(a), np.load(b)
    problems = sorted(set(left.files) ^ set(right.files))
    for name in sorted(set(left.files) & set(right.files)):
        x, y = left[name], right[name]
        if x.dtype != y.dtype or x.shape != y.shape or x.tobytes() != y.tobytes():
            problems.append(name)
    print(f"{len(set(left.files) & set(right.files))} arrays compared; different: {problems or 'none'}")
    return 1 if problems else 0


if __name__ == "__main__":
    if sys.argv[1] == "save":
        save(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        sys.exit(diff(Path(sys.argv[2]), Path(sys.argv[3])))
