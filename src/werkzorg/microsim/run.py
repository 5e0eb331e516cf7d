"""Run the full model over a population: in one go, in chunks of households, or on a Dask cluster.

Tax and benefit rules have no ties between households, so a chunk of households computes exactly what it computes
inside the whole population; all three ways give identical arrays (tests/microsim/test_run.py). Each chunk returns
a few arrays per household and per person, never the whole simulation, so memory stays bounded by the chunk size.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from werkzorg.microsim import bijstand
from werkzorg.microsim.population import Population, model_inputs
from werkzorg.microsim.reform import BASELINE, ReformSpec, system_for
from werkzorg.model.population import simulation_from_arrays

#: Household outputs of every run (per year, euro).
HOUSEHOLD_OUTPUTS = (
    "besteedbaar_inkomen",
    "netto_inkomen_partners",
    "zorgtoeslag",
    "huurtoeslag",
    "kindgebonden_budget",
    "kinderopvangtoeslag",
    "kinderbijslag",
    "kinderopvang_kosten",
)
#: Person variables summed over the household's partners.
PARTNER_SUMS = (
    "loon",
    "inkomstenbelasting",
    "algemene_heffingskorting_verrekend",
    "arbeidskorting_verrekend",
    "inkomensafhankelijke_combinatiekorting_verrekend",
    "algemene_heffingskorting_uitbetaling",
)
PERSON_OUTPUTS = ("economisch_zelfstandig", "netto_arbeidsinkomen")
DEFAULT_CHUNK = 125_000
#: Extra weekly hours for the second earner when measuring marginal pressure (one working day).
DEFAULT_EXTRA_HOURS = 8.0


def default_marginal_every(n_households: int) -> int:
    """Measure marginal pressure on about 500,000 households at most (a systematic sample)."""
    return max(1, n_households // 500_000)


def build_simulation(system, year: int, household_of_person, role_of_person, person_inputs, household_inputs):
    """`model.population.simulation_from_arrays` for any tax-benefit system (a reform too)."""
    return simulation_from_arrays(year, household_of_person, role_of_person, person_inputs, household_inputs, system=system)


def _simulate(population: Population, spec_json: str):
    return _simulate_with_bijstand(population, spec_json)[0]


def _simulate_with_bijstand(population: Population, spec_json: str):
    """The simulation of the population, with the gross bijstand of households on bijstand (computed by the model's
    Participatiewet rules on those households first) in their partners' taxable benefits; and the net and gross
    bijstand a year per household."""
    system = system_for(spec_json)
    household, role, person_inputs, household_inputs = model_inputs(population)
    net, gross = bijstand.per_household(population, system, build_simulation, household, role, person_inputs, household_inputs)
    if gross.any():
        person_inputs = {**person_inputs, "belastbare_uitkering": person_inputs["belastbare_uitkering"] + bijstand.gross_per_person(household, role, gross)}
    return build_simulation(system, population.year, household, role, person_inputs, household_inputs), net, gross


def run_chunk(population: Population, spec_json: str, extra_hours: float = DEFAULT_EXTRA_HOURS, marginal_every: int = 1) -> dict[str, np.ndarray]:
    """All outputs for one chunk: keys "h:<name>" per household, "p:<name>" per person.

    The chunk is widened first (`Population.widened`): a compacted population computes exactly what the wide one does."""
    population = population.widened()
    year = str(population.year)
    simulation, net_bijstand, gross_bijstand = _simulate_with_bijstand(population, spec_json)
    out = {"h:bijstand": net_bijstand, "h:bijstand_bruto": gross_bijstand}
    for name in HOUSEHOLD_OUTPUTS:
        out[f"h:{name}"] = simulation.calculate(name, year)
    hid = population.persons["household_id"]
    partner = population.persons["rol"] == 0
    for name in PARTNER_SUMS:
        values = simulation.calculate(name, year)
        out[f"h:{name}"] = np.bincount(hid, weights=np.where(partner, values, 0.0), minlength=population.n_households)
    for name in PERSON_OUTPUTS:
        out[f"p:{name}"] = simulation.calculate(name, year)
    out["h:marginale_druk_tweede_verdiener"], out["h:tweede_verdiener_geslacht"] = _marginal_pressure(population, spec_json, out["h:besteedbaar_inkomen"], extra_hours, marginal_every)
    del simulation
    _free_simulations()
    return out


def _free_simulations() -> None:
    """Free the chunk's simulations now.

    An OpenFisca simulation and its populations refer to each other, so a finished one waits for Python's cyclic
    garbage collector, which runs rarely in a program that makes few but large objects: a Dask worker kept every
    chunk's simulation (about 90 MB per 125,000 households) and grew past 0.9 GB in a full-population run. Collected
    at once, the next chunk reuses the memory (a worker stays below 0.2 GB)."""
    gc.collect()


def second_earner(population: Population) -> np.ndarray:
    """Index (into persons) of the partner with the lower wage in two-partner households where both are under AOW
    age and the lower earner works; −1 elsewhere."""
    p = population.persons
    bounds = population.person_bounds()
    first = bounds[:-1]
    n = population.n_households
    partners = np.bincount(p["household_id"], weights=(p["rol"] == 0).astype(float), minlength=n)
    result = np.full(n, -1, dtype=np.int64)
    two = np.flatnonzero(partners == 2)
    a, b = first[two], first[two] + 1
    lower = np.where(p["loon"][b] <= p["loon"][a], b, a)
    # A self-employed second earner (profit, no wage) is not measured: the extra hours are paid at the hourly wage.
    ok = (p["uren_per_week"][lower] > 0) & (p["loon"][lower] > 0) & (p["leeftijd"][a] < 67) & (p["leeftijd"][b] < 67)
    result[two[ok]] = lower[ok]
    return result


def _marginal_pressure(population: Population, spec_json: str, disposable: np.ndarray, extra_hours: float, every: int = 1):
    """1 − Δ disposable income / Δ gross wage when the second earner works `extra_hours` more a week (same hourly
    wage; each child in childcare gets extra_hours × 52 / 12 more hours a month, up to 230).

    With every > 1 only households whose number (in the whole population) is a multiple of `every` are measured: a
    systematic sample that keeps a full-population run fast; shares and medians need no reweighting."""
    n = population.n_households
    pressure = np.full(n, np.nan)
    gender = np.full(n, -1, dtype=np.int8)
    earner = second_earner(population)
    selected = (earner >= 0) & ((population.offset + np.arange(n)) % max(int(every), 1) == 0)
    if not selected.any() or extra_hours <= 0:
        return pressure, gender
    p = population.persons
    keep_person = selected[p["household_id"]]
    new_id = np.cumsum(selected) - 1
    persons = {k: v[keep_person].copy() for k, v in p.items()}
    persons["household_id"] = new_id[persons["household_id"]]
    households = {k: v[selected].copy() for k, v in population.households.items()}
    households["household_id"] = np.arange(int(selected.sum()))
    index = np.flatnonzero(keep_person)
    position = np.searchsorted(index, earner[selected])
    hours = persons["uren_per_week"][position]
    extra_wage = persons["loon"][position] * extra_hours / hours
    persons["uren_per_week"][position] = hours + extra_hours
    persons["loon"][position] = persons["loon"][position] + extra_wage
    in_care = persons["kinderopvang_soort"] > 0
    persons["kinderopvang_uren_per_maand"] = np.where(in_care, np.minimum(persons["kinderopvang_uren_per_maand"] + extra_hours * 52 / 12, 230.0), persons["kinderopvang_uren_per_maand"])
    more = Population(households, persons, population.year)
    after = _simulate(more, spec_json).calculate("besteedbaar_inkomen", str(population.year))
    pressure[selected] = 1 - (after - disposable[selected]) / extra_wage
    gender[selected] = persons["geslacht"][position]
    return pressure, gender


def compute(population: Population, variables: Sequence[str], spec: ReformSpec = BASELINE, chunk_size: int = DEFAULT_CHUNK, progress=None, description: str = "") -> dict[str, np.ndarray]:
    """Any model variables over the population, chunk by chunk (used for the calibration's huurtoeslag)."""
    parts: dict[str, list] = {name: [] for name in variables}
    chunks = list(range(0, population.n_households, chunk_size))
    task = progress.add_task(description or "rekenen", total=len(chunks)) if progress else None
    for start in chunks:
        chunk = population.slice(start, min(start + chunk_size, population.n_households)).widened()
        simulation = _simulate(chunk, spec.to_json())
        for name in variables:
            parts[name].append(simulation.calculate(name, str(population.year)))
        del simulation
        _free_simulations()
        if progress:
            progress.advance(task)
    return {name: np.concatenate(values) for name, values in parts.items()}


@dataclasses.dataclass
class Results:
    """The outputs of one run: arrays per household and per person, in population order."""

    spec: ReformSpec
    households: dict[str, np.ndarray]
    persons: dict[str, np.ndarray]
    #: Marginal pressure was measured on every n-th household (see `_marginal_pressure`).
    marginal_every: int = 1


class _Assembly:
    """The outputs of a run, filled chunk by chunk into arrays of the whole population as the chunks arrive.

    Writing each chunk into place (instead of keeping every chunk and concatenating at the end) keeps one copy of
    the results in memory: the chunks' own arrays are freed as soon as they are copied. For the full population this
    saved about 0.8 GiB in the client (memory freed after a concatenation stayed in the process's heap)."""

    def __init__(self, population: Population, bounds: list[tuple[int, int]]) -> None:
        self.n_households, self.n_persons = population.n_households, population.n_persons
        hid = population.persons["household_id"]
        self.households_at = bounds
        self.persons_at = [(int(a), int(b)) for a, b in zip(np.searchsorted(hid, [s for s, _ in bounds]), np.searchsorted(hid, [e for _, e in bounds]), strict=True)]
        self.households: dict[str, np.ndarray] = {}
        self.persons: dict[str, np.ndarray] = {}

    def add(self, index: int, part: dict[str, np.ndarray]) -> None:
        for key in list(part):
            values = part.pop(key)
            table, size, (start, stop) = (self.households, self.n_households, self.households_at[index]) if key.startswith("h:") else (self.persons, self.n_persons, self.persons_at[index])
            name = key[2:]
            if name not in table:
                table[name] = np.empty(size, dtype=values.dtype)
            elif table[name].dtype != values.dtype:  # as np.concatenate would: the wider dtype for the whole column
                table[name] = table[name].astype(np.result_type(table[name], values))
            table[name][start:stop] = values

    def results(self, spec: ReformSpec, marginal_every: int) -> Results:
        return Results(spec, self.households, self.persons, marginal_every)


def chunk_bounds(n: int, chunk_size: int | None) -> list[tuple[int, int]]:
    if not chunk_size or chunk_size >= n:
        return [(0, n)]
    return [(start, min(start + chunk_size, n)) for start in range(0, n, chunk_size)]


def run(
    population: Population,
    spec: ReformSpec = BASELINE,
    *,
    chunk_size: int | None = DEFAULT_CHUNK,
    extra_hours: float = DEFAULT_EXTRA_HOURS,
    marginal_every: int = 1,
    client=None,
    on_chunk: Callable[[int, int], None] | None = None,
) -> Results:
    """Run the model; `client` (a dask.distributed Client) spreads the chunks over its workers.

    on_chunk(done, total) is called after each chunk (progress bars)."""
    bounds = chunk_bounds(population.n_households, chunk_size)
    spec_json = spec.to_json()
    assembly = _Assembly(population, bounds)
    if client is None:
        for i, (start, stop) in enumerate(bounds):
            assembly.add(i, run_chunk(population.slice(start, stop), spec_json, extra_hours, marginal_every))
            if on_chunk:
                on_chunk(i + 1, len(bounds))
        return assembly.results(spec, marginal_every)
    from distributed import as_completed

    # At most two chunks per worker in flight: each is scattered straight to a worker (not through the task graph)
    # when a slot frees up, so worker memory stays bounded by the chunk size, not by the population.
    window = 2 * max(len(client.scheduler_info().get("workers", {})), 1)
    pending = iter(enumerate(bounds))
    futures = as_completed()
    index_of = {}

    def submit_next() -> None:
        item = next(pending, None)
        if item is None:
            return
        i, (start, stop) = item
        data = client.scatter(population.slice(start, stop))
        future = client.submit(run_chunk, data, spec_json, extra_hours, marginal_every, pure=False)
        index_of[future.key] = (i, data)
        futures.add(future)

    for _ in range(window):
        submit_next()
    done = 0
    for future in futures:
        i, data = index_of.pop(future.key)
        assembly.add(i, future.result())
        future.release()
        data.release()
        done += 1
        if on_chunk:
            on_chunk(done, len(bounds))
        submit_next()
    return assembly.results(spec, marginal_every)


# ---------------------------------------------------------------------------------------------------------------------
# The baseline, computed once and cached as Parquet


@functools.cache
def model_version() -> str:
    """A hash of the rules (parameters, variables) and of this module: cached results are stale when it changes."""
    from werkzorg.model import PARAMETERS_DIR, VARIABLES_DIR

    h = hashlib.sha256()
    for directory in (PARAMETERS_DIR, VARIABLES_DIR):
        for path in sorted(directory.rglob("*")):
            if path.suffix in (".yaml", ".py"):
                h.update(str(path.relative_to(directory)).encode())
                h.update(path.read_bytes())
    h.update(Path(__file__).read_bytes())
    h.update(Path(bijstand.__file__).read_bytes())
    return h.hexdigest()[:12]


def cache_path(cache_dir: Path, population: Population, spec: ReformSpec, extra_hours: float, marginal_every: int) -> Path:
    return Path(cache_dir) / f"{spec.key}-{population.digest()}-{model_version()}-{extra_hours:g}-{marginal_every}"


def save_results(results: Results, directory: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    directory.mkdir(parents=True, exist_ok=True)
    for name, table in (("households", results.households), ("persons", results.persons)):
        pq.write_table(pa.table({k: pa.array(v) for k, v in table.items()}), directory / f"{name}.parquet")


def load_results(spec: ReformSpec, directory: Path, marginal_every: int = 1) -> Results:
    import pyarrow.parquet as pq

    tables = {}
    for name in ("households", "persons"):
        table = pq.read_table(directory / f"{name}.parquet")
        tables[name] = {column: table.column(column).to_numpy() for column in table.column_names}
    return Results(spec, tables["households"], tables["persons"], marginal_every)


def baseline(population: Population, cache_dir: Path | None, **options) -> tuple[Results, bool]:
    """The baseline run, from the cache when the population, the rules and the options are unchanged.

    Returns the results and whether they came from the cache."""
    extra_hours = options.get("extra_hours", DEFAULT_EXTRA_HOURS)
    if cache_dir is not None:
        path = cache_path(cache_dir, population, BASELINE, extra_hours, options.get("marginal_every", 1))
        if (path / "households.parquet").exists() and (path / "persons.parquet").exists():
            return load_results(BASELINE, path, options.get("marginal_every", 1)), True
    results = run(population, BASELINE, **options)
    if cache_dir is not None:
        save_results(results, path)
    return results, False


def warm_up(spec_json: str = BASELINE.to_json()) -> None:
    """Load the rules (and a reform's) in a Dask worker before the chunks arrive: `client.run(warm_up, spec_json)`."""
    system_for(spec_json)


def local_cluster(workers: int = 2):
    """A Dask LocalCluster of `workers` single-threaded processes, without Dask's MALLOC_TRIM_THRESHOLD_.

    Dask's nanny sets MALLOC_TRIM_THRESHOLD_=65536 in its workers to give memory back to the system; with glibc this
    also fixes the mmap threshold at 128 kB, so every temporary array of the model is mapped and unmapped again. That
    made each chunk twice as slow (measured: 4.5 s against 1.9 s CPU for 250,000 households). Clusters started
    elsewhere (Kubernetes, HPC) should clear it too: docs/microsim.md shows how.
    """
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.nanny.pre-spawn-environ": {}}):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, memory_limit=0)


def with_hours_response(population: Population, base: Results, reform: Results, elasticity, limit: float = 0.5) -> Population:
    """The population after second earners adjust their hours to the reform's change in their marginal net wage.

    For each second earner whose marginal pressure was measured in both runs: new hours = hours × (1 + elasticity ×
    ((1 − p_reform) − (1 − p_base)) / (1 − p_base)), the relative change capped at ±`limit`; the wage scales with the
    hours (same hourly wage) and each child in childcare gets the same extra hours × 52 / 12 a month (0 to 230).
    `elasticity` is one number or one per household (microsim.behaviour: the cited default by the second earner's
    gender, or the user's value; docs/microsim.md, "Behaviour"); nobody starts or stops working.
    """
    earner = second_earner(population)
    p_base = base.households["marginale_druk_tweede_verdiener"]
    p_new = reform.households["marginale_druk_tweede_verdiener"]
    ok = (earner >= 0) & np.isfinite(p_base) & np.isfinite(p_new) & (p_base < 1)
    elasticity = np.broadcast_to(np.asarray(elasticity, dtype=float), (population.n_households,))
    relative = np.zeros(population.n_households)
    relative[ok] = np.clip(elasticity[ok] * ((1 - p_new[ok]) - (1 - p_base[ok])) / (1 - p_base[ok]), -limit, limit)
    ok &= relative != 0  # whoever does not respond keeps hours and wage exactly (no rounding of the wage)
    # The columns that change, as float64 copies (new hours are fractions, not exact in float32); the others shared.
    persons = dict(population.persons)
    for name in ("uren_per_week", "loon", "kinderopvang_uren_per_maand"):
        persons[name] = population.persons[name].astype(np.float64)
    index = earner[ok]
    old_hours = persons["uren_per_week"][index]
    new_hours = old_hours * (1 + relative[ok])
    persons["loon"][index] = np.round(persons["loon"][index] * new_hours / old_hours, 0)
    persons["uren_per_week"][index] = new_hours
    extra = np.zeros(population.n_households)
    extra[ok] = new_hours - old_hours
    per_person = extra[persons["household_id"]] * 52 / 12
    in_care = persons["kinderopvang_soort"] > 0
    persons["kinderopvang_uren_per_maand"] = np.where(in_care, np.clip(persons["kinderopvang_uren_per_maand"] + per_person, 0, 230), persons["kinderopvang_uren_per_maand"])
    return Population(population.households, persons, population.year, population.metadata, population.offset)
