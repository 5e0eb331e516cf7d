"""Microsimulation runs as background jobs for the web page and the API: start, follow the progress, read the result.

A job is a folder `<directory>/taken/<id>/` with `status.json` (state, chunks done, error) and, when finished,
`uitkomst.json` (the tables) and the SVG charts. Files, not memory, so that every web worker process sees every job.
`create` writes the job, `run` does the work: the web app hands `run` to a task queue (a separate worker process, see
werkzorg.web.microsim.tasks), so no web worker computes. The population (of `households` households, generated once
from a fixed seed) and the baseline are cached in `directory`; a job that is run again after a crash reuses them.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
import time
import uuid
from pathlib import Path

from werkzorg.microsim.reform import ReformSpec

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "reforms"
_population_lock = threading.Lock()
#: The year the web's jobs simulate (the population's ages and the rules); the last fully modelled year.
YEAR = 2026


def example_reforms() -> dict[str, ReformSpec]:
    """The reforms in examples/reforms/, by name."""
    from werkzorg.microsim.reform import load

    found = {}
    for path in sorted(EXAMPLES.glob("*.yaml")):
        spec = load(path)
        found[spec.name] = spec
    return found


def _write(path: Path, data: dict) -> None:
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, default=float), encoding="utf-8")
    os.replace(temporary, path)


def status(directory: Path, job_id: str) -> dict | None:
    """The job's status (and its result when finished), or None for an unknown id."""
    if not job_id.isalnum():
        return None
    folder = Path(directory) / "taken" / job_id
    try:
        data = json.loads((folder / "status.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("status") == "klaar":
        data["uitkomst"] = json.loads((folder / "uitkomst.json").read_text(encoding="utf-8"))
        data["grafieken"] = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.svg"))}
    return data


def _population(directory: Path, households: int):
    from werkzorg.microsim import population as pop
    from werkzorg.microsim.calibration import calibrated_population, generator_version

    # Named after the generator's version: after a change in how populations are drawn the web makes a new one.
    folder = Path(directory) / f"populatie-{households}-{generator_version()}"
    with _population_lock:
        if not (folder / "persons.parquet").exists():
            temporary = Path(tempfile.mkdtemp(dir=directory))
            pop.write(calibrated_population(households, seed=2026, year=YEAR), temporary)
            try:
                os.replace(temporary, folder)
            except OSError:  # another process was first
                shutil.rmtree(temporary, ignore_errors=True)
    return pop.read(folder, model_only=True)


def _as_list(specs: ReformSpec | list[ReformSpec]) -> list[ReformSpec]:
    return [specs] if isinstance(specs, ReformSpec) else list(specs)


def specs_to_json(specs: ReformSpec | list[ReformSpec]) -> str:
    """One reform as its JSON object, several as a JSON list of them (what a queued task carries)."""
    specs = _as_list(specs)
    return specs[0].to_json() if len(specs) == 1 else json.dumps([json.loads(s.to_json()) for s in specs], ensure_ascii=False)


def specs_from_json(text: str) -> list[ReformSpec]:
    data = json.loads(text)
    return [ReformSpec.from_json(json.dumps(item)) for item in (data if isinstance(data, list) else [data])]


def create(directory: Path, specs: ReformSpec | list[ReformSpec]) -> str:
    """Write a new waiting job for one reform or several (each against the same baseline); returns its id."""
    specs = _as_list(specs)
    job_id = uuid.uuid4().hex
    folder = Path(directory) / "taken" / job_id
    folder.mkdir(parents=True)
    _write(folder / "status.json", {"id": job_id, "status": "wachten", "hervorming": specs[0].name, "hervormingen": [s.name for s in specs], "klaar": 0, "totaal": None, "aangemaakt": time.time()})
    return job_id


def start(directory: Path, specs: ReformSpec | list[ReformSpec], households: int, behaviour: bool = False) -> str:
    """Create a job and run it here and now (for scripts and tests); returns its id."""
    job_id = create(directory, specs)
    run(directory, job_id, specs, households, behaviour)
    return job_id


def fail(directory: Path, job_id: str, reason: str) -> None:
    """Mark a job that can no longer finish as failed, with the reason for the person waiting for it."""
    folder = Path(directory) / "taken" / job_id
    if not job_id.isalnum() or not (folder / "status.json").exists():
        return
    state = json.loads((folder / "status.json").read_text(encoding="utf-8"))
    if state.get("status") in ("wachten", "bezig"):
        state.update(status="fout", fout=reason, klaar_om=time.time())
        _write(folder / "status.json", state)


def run(directory: Path, job_id: str, specs: ReformSpec | list[ReformSpec], households: int, behaviour: bool = False) -> None:
    """Do the work of job `job_id`: the baseline and each reform (with `behaviour`, each also as its scenario
    "<reform> + gedrag (CPB)", microsim.behaviour); a failure is written into the job, never raised.

    Progress counts chunks over all runs (baseline and reforms), so the page shows real totals. `scenarios` in the
    status lists every scenario in the tables' order (each reform, then its behavioural scenario)."""
    from werkzorg.microsim import behaviour as behave
    from werkzorg.microsim import outputs, report
    from werkzorg.microsim import run as simulate

    directory = Path(directory)
    folder = directory / "taken" / job_id
    try:
        created = json.loads((folder / "status.json").read_text(encoding="utf-8")).get("aangemaakt")
    except (OSError, ValueError):
        created = None
    specs = _as_list(specs)
    names = [s.name for s in specs]
    assumption = behave.cited() if behaviour else None
    scenarios = [n for name in names for n in ([name, assumption.scenario(name)] if assumption else [name])]
    state = {"id": job_id, "status": "bezig", "hervorming": names[0], "hervormingen": names, "scenarios": scenarios, "klaar": 0, "totaal": None, "stap": "populatie", "aangemaakt": created, "gestart": time.time()}
    try:
        _write(folder / "status.json", state)
        population = _population(directory, households)
        every = 1 if assumption else simulate.default_marginal_every(population.n_households)
        runs = 1 + len(scenarios)

        def progress(step: str, number: int):
            def update(done: int, total: int) -> None:
                state.update(stap=step, klaar=number * total + done, totaal=runs * total)
                _write(folder / "status.json", state)

            return update

        base, _cached = simulate.baseline(population, directory / "cache", marginal_every=every, on_chunk=progress("basis", 0))
        results, responses = [], []
        for spec in specs:
            results.append(simulate.run(population, spec, marginal_every=every, on_chunk=progress(spec.name, len(results) + 1)))
            if assumption:
                name = assumption.scenario(spec.name)
                scenario, response = behave.respond(population, base, results[-1], spec, assumption, marginal_every=every, on_chunk=progress(name, len(results) + 1))
                results.append(scenario)
                responses.append(response)
        tables = outputs.all_tables(population, base, results)
        if responses:
            tables["gedrag"] = responses
        _write(folder / "uitkomst.json", tables)
        report.write_tables(tables, folder / "tabellen")
        meta = {"year": population.year, "households": population.n_households, "weighted_households": float(population.households["weight"].sum()), "seed": population.metadata.get("seed"), "population_hash": population.digest(), "model_version": simulate.model_version()}
        for lang in ("nl", "en"):  # charts (SVG), rapport.md and rapport.pdf; in en/ the same in English
            report.write_report(tables, ["basis", *scenarios], meta, folder, pdf=True, lang=lang)
        state.update(status="klaar", huishoudens=population.n_households)
    except Exception as error:  # noqa: BLE001 - a job reports its failure instead of dying silently
        state.update(status="fout", fout=f"{type(error).__name__}: {error}")
    state["klaar_om"] = time.time()
    _write(folder / "status.json", state)
