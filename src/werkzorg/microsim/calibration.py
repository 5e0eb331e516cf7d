"""The calibration matrix: for each household, its contribution to each published total (targets.ALL_TARGETS)."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import numpy as np

from werkzorg.microsim.calibrate import CalibrationResult, weighted_totals, rake
from werkzorg.microsim.population import CHILDCARE, Population, generate, optional_column
from werkzorg.microsim.run import compute, model_version
from werkzorg.microsim.targets import ALL_TARGETS, HOUSEHOLDS_TOTAL, MODEL_TARGETS


def target_matrix(population: Population, huurtoeslag: np.ndarray | None = None) -> np.ndarray:
    """One row per household, one column per target in ALL_TARGETS (float32), each column computed when filled."""
    h, p = population.households, population.persons
    n = population.n_households
    count = population.count_per_household
    htype = h["household_type"]
    partner = p["rol"] == 0
    child = ~partner
    children = count(child)
    youngest = population.youngest_child_age()
    woman = p["geslacht"] == 0
    hours = p["uren_per_week"]
    working = partner & (hours > 0) & (p["leeftijd"] >= 18) & (p["leeftijd"] < 65)
    not_working = partner & (hours == 0) & (p["leeftijd"] >= 18) & (p["leeftijd"] < 65)
    on_bijstand = (optional_column(h, "ontvangt_bijstand") > 0)[p["household_id"]]
    soort = p["kinderopvang_soort"]
    # EBB earner types for couples with children: working = at least 12 hours, full-time = at least 35.
    full = count(partner & (hours >= 35))
    part = count(partner & (hours >= 12) & (hours < 35))
    couple_kids = htype == 3
    single_parent = htype == 4
    columns = {
        "alleenstaand": lambda: htype == 0,
        "paar_zonder_kinderen": lambda: htype == 1,
        "overig": lambda: htype == 2,
        "paar_1_kind": lambda: couple_kids & (children == 1),
        "paar_2_kinderen": lambda: couple_kids & (children == 2),
        "paar_3_of_meer_kinderen": lambda: couple_kids & (children >= 3),
        "eenouder_1_kind": lambda: single_parent & (children == 1),
        "eenouder_2_kinderen": lambda: single_parent & (children == 2),
        "eenouder_3_of_meer_kinderen": lambda: single_parent & (children >= 3),
        "paar_jongste_0_5": lambda: couple_kids & (youngest >= 0) & (youngest <= 5),
        "eenouder_jongste_0_5": lambda: single_parent & (youngest >= 0) & (youngest <= 5),
        "kinderen_0_3": lambda: count(child & (p["leeftijd"] <= 3)),
        "eenouder_moeder": lambda: single_parent & (count(partner & woman) == 1),
        "werkende_vrouwen": lambda: count(working & woman),
        "werkende_mannen": lambda: count(working & ~woman),
        "uren_vrouwen": lambda: count(working & woman, hours),
        "uren_mannen": lambda: count(working & ~woman, hours),
        "deeltijd_vrouwen": lambda: count(working & woman & (hours < 35)),
        "deeltijd_mannen": lambda: count(working & ~woman & (hours < 35)),
        "paar_twee_voltijd": lambda: couple_kids & (full == 2),
        "paar_anderhalf": lambda: couple_kids & (full == 1) & (part == 1),
        "paar_beide_deeltijd": lambda: couple_kids & (part == 2),
        "paar_eenverdiener": lambda: couple_kids & (full + part == 1),
        "uurloon_vrouwen": lambda: count(working & woman, p["uurloon"]),
        "uurloon_mannen": lambda: count(working & ~woman, p["uurloon"]),
        "kinderen_dagopvang": lambda: count(child & (soort == CHILDCARE.index("dagopvang"))),
        "kinderen_bso": lambda: count(child & (soort == CHILDCARE.index("buitenschoolse_opvang"))),
        "kinderen_gastouder_0_3": lambda: count(child & (soort == CHILDCARE.index("gastouderopvang")) & (p["leeftijd"] <= 3)),
        "kinderen_gastouder_4_11": lambda: count(child & (soort == CHILDCARE.index("gastouderopvang")) & (p["leeftijd"] >= 4)),
        "zelfstandigen": lambda: count(partner & (optional_column(p, "winst_uit_onderneming") > 0) & (p["loon"] == 0)),
        "niet_werkende_vrouwen": lambda: count(not_working & woman),
        "niet_werkende_mannen": lambda: count(not_working & ~woman),
        "ww_ontvangers": lambda: count(partner & (optional_column(p, "ww_uitkering") > 0)),
        "bijstand_vrouwen": lambda: count(partner & on_bijstand & woman),
        "bijstand_mannen": lambda: count(partner & on_bijstand & ~woman),
        "sociale_huur": lambda: h["tenure"] == 1,
        "vrije_huur": lambda: h["tenure"] == 2,
    }
    if huurtoeslag is not None:
        columns["huurtoeslag_ontvangers"] = lambda: huurtoeslag > 0
    names = [t.name for t in ALL_TARGETS if t.name in columns]
    X = np.empty((n, len(names)), dtype=np.float32)
    # One column at a time: each is a float64 array of 67 MB for the full population, 41 of them at once were 2.7 GB.
    for j, name in enumerate(names):
        X[:, j] = columns[name]()
    return X


def target_values(with_model_targets: bool = True) -> tuple[list[str], np.ndarray]:
    targets = [t for t in ALL_TARGETS if with_model_targets or t not in MODEL_TARGETS]
    return [t.name for t in targets], np.array([t.value for t in targets])


def calibrate(population: Population, progress=None, with_model_targets: bool = True) -> CalibrationResult:
    """Rake the weights to every target; huurtoeslag receipt comes from one run of the baseline rules."""
    huurtoeslag = None
    if with_model_targets:
        huurtoeslag = compute(population, ["huurtoeslag"], progress=progress, description="huurtoeslag voor de kalibratie")["huurtoeslag"]
    X = target_matrix(population, huurtoeslag)
    _names, values = target_values(with_model_targets)
    design = np.full(population.n_households, HOUSEHOLDS_TOTAL / population.n_households)
    return rake(design, X, values, in_place=True)


def calibration_table(population: Population, huurtoeslag: np.ndarray | None = None) -> list[dict]:
    """Each target with the population's weighted total and the relative difference."""
    X = target_matrix(population, huurtoeslag)
    # In blocks of a million households: a float64 copy of the whole matrix was 2.7 GB for the full population.
    totals = weighted_totals(X, population.households["weight"], 1_000_000)
    rows = []
    for target, total in zip([t for t in ALL_TARGETS if huurtoeslag is not None or t not in MODEL_TARGETS], totals, strict=True):
        rows.append({"target": target.name, "description": target.description, "published": target.value, "weighted": float(total), "difference": float(total / target.value - 1), "source": target.source, "mark": target.mark})
    return rows


@functools.cache
def generator_version() -> str:
    """A hash of the code that draws and calibrates a population, its targets and the rules (the huurtoeslag target
    uses them: `run.model_version`): a population cached under an older version is stale (the web jobs keep theirs
    under this name, so a changed generator makes a new one)."""
    from werkzorg.microsim import calibrate as calibrate_module, population as population_module, targets as targets_module

    h = hashlib.sha256()
    for module in (population_module, calibrate_module, targets_module):
        h.update(Path(module.__file__).read_bytes())
    h.update(Path(__file__).read_bytes())
    h.update(model_version().encode())
    return h.hexdigest()[:12]


def calibrated_population(n_households: int, seed: int = 2026, year: int = 2026, progress=None) -> Population:
    """A synthetic population drawn from `seed` (population.generate), its weights raked to every published total."""
    population = generate(n_households, seed=seed, year=year, progress=progress)
    result = calibrate(population, progress=progress)
    population.households["weight"] = result.weights
    population.metadata["calibration"] = {"iterations": result.iterations, "max_relative_error": result.max_relative_error}
    return population
