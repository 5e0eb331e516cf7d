"""Bijstand in a population run, computed by the model's Participatiewet rules (issue 17).

Households with `ontvangt_bijstand` get, in every run (baseline and reform alike):

* **net bijstand** = the model's `bijstand` (norm with kostendelersnorm, minus the means; MONTH variables in
  `model/variables/participatiewet/bijstand.py`) summed over the twelve months of the year, so the July change of
  the norm counts. Other kostendelers (Participatiewet art. 22a) are the household's children aged 21 or older; the
  population has no students, so none is left out for studying. These households have no income from work, so the
  means are zero and no vrijlating applies.
* **gross bijstand**: the gemeente pays the net amount and the tax on it. As in the route tool
  (`route/projection.py`), secant steps find the gross amount B, shared equally by the partners, for which the partners'
  net income (the model's `netto_inkomen_partners`) rises by the net bijstand. B is taxable income and counts in the
  toetsingsinkomen of the toeslagen (Wet IB 2001 art. 3.82), so it is added to the partners' `belastbare_uitkering`.

Only the households on bijstand are simulated for this (a few per cent of the population), so a run costs a few small
extra simulations per chunk. A reform of the norms, the kostendelersnorm or the income tax therefore changes the
bijstand and everything that depends on it.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

#: Secant steps stop when every household's yearly net income is within this many euros of its target.
TOLERANCE = 0.5
MAX_STEPS = 12
#: Net per gross euro of bijstand in the first step: about 1 − the first-bracket rate of box 1 (35,75 % in 2026). Only
#: the number of steps depends on it, not the result.
FIRST_SLOPE = 0.64
#: Persons of this age or older living in the household, other than the partners, are kostendelers (art. 22a).
KOSTENDELER_AGE = 21


def flagged(households: dict[str, np.ndarray]) -> np.ndarray:
    """Households on bijstand (the optional column `ontvangt_bijstand`)."""
    values = households.get("ontvangt_bijstand")
    if values is None:
        return np.zeros(len(households["household_id"]), dtype=bool)
    return np.asarray(values) > 0


def other_kostendelers(household_of_person: np.ndarray, role: np.ndarray, age: np.ndarray, n_households: int) -> np.ndarray:
    """Per household: the persons other than the partners aged KOSTENDELER_AGE or older (art. 22a)."""
    other = (role != 0) & (age >= KOSTENDELER_AGE)
    return np.bincount(household_of_person, weights=other.astype(float), minlength=n_households).astype(np.int64)


def net_and_gross(
    simulate: Callable[[dict[str, np.ndarray], np.ndarray], object],
    year: int,
    household_of_person: np.ndarray,
    role: np.ndarray,
    age: np.ndarray,
    person_inputs: dict[str, np.ndarray],
) -> tuple[np.ndarray, np.ndarray]:
    """Net and gross bijstand a year per household, for households that are all on bijstand.

    `simulate(person_inputs, selected)` builds the model's simulation of the selected households (a boolean mask)
    with the given person inputs (of all households; the function selects)."""
    n = int(household_of_person.max()) + 1 if len(household_of_person) else 0
    first = simulate(person_inputs, np.ones(n, dtype=bool))
    kostendelers = other_kostendelers(household_of_person, role, age, n)
    net = np.zeros(n)
    for month in range(1, 13):
        period = f"{year}-{month:02d}"
        first.set_input("aantal_andere_kostendelers", period, kostendelers)
        net += first.calculate("bijstand", period)
    base = first.calculate("netto_inkomen_partners", str(year))
    target = base + net
    receives = net > 0

    def with_gross(gross: np.ndarray) -> dict[str, np.ndarray]:
        return {**person_inputs, "belastbare_uitkering": person_inputs["belastbare_uitkering"] + gross_per_person(household_of_person, role, gross)}

    # A household's steps depend only on its own numbers (a household within TOLERANCE keeps its amount), so a chunk
    # of households gives exactly what the whole population gives (tests/microsim/test_run.py).
    # The first step uses FIRST_SLOPE (the secant from B = 0 would cross the kink where the heffingskorting is used up);
    # later steps the secant through the last two amounts. Each step simulates only the households still open.
    previous_b, previous_net = None, None
    b = np.where(receives, 1.3 * net, 0.0)
    open_ = receives.copy()
    result = base.astype(np.float64)
    for _ in range(MAX_STEPS):
        if not open_.any():
            break
        result = result.copy()
        result[open_] = simulate(with_gross(b), open_).calculate("netto_inkomen_partners", str(year))
        open_ &= np.abs(result - target) >= TOLERANCE
        if previous_b is None:
            slope = np.full(n, FIRST_SLOPE)
        else:
            step = b - previous_b
            slope = np.clip(np.divide(result - previous_net, step, out=np.full(n, FIRST_SLOPE), where=np.abs(step) > 1e-6), 0.3, 1.0)
        previous_b, previous_net = b, result
        b = np.where(open_, np.maximum(0.0, b + (target - result) / slope), b)
    return net, np.round(b, 2)


def per_household(population, system, build, household_of_person, role, person_inputs, household_inputs) -> tuple[np.ndarray, np.ndarray]:
    """Net and gross bijstand a year per household of the population (zero for households not on bijstand).

    `build(system, year, household_of_person, role, person_inputs, household_inputs)` builds a simulation
    (`run.build_simulation`; passed in so that this module does not import `run`)."""
    n = population.n_households
    net, gross = np.zeros(n), np.zeros(n)
    on = flagged(population.households)
    if not on.any():
        return net, gross
    keep = on[household_of_person]
    sub_household = (np.cumsum(on) - 1)[household_of_person[keep]]
    sub_role = role[keep]
    sub_persons = {name: values[keep] for name, values in person_inputs.items()}
    sub_households = {name: values[on] for name, values in household_inputs.items()}

    def simulate(inputs, selected):
        persons = selected[sub_household]
        renumbered = (np.cumsum(selected) - 1)[sub_household[persons]]
        return build(system, population.year, renumbered, sub_role[persons], {k: v[persons] for k, v in inputs.items()}, {k: v[selected] for k, v in sub_households.items()})

    net[on], gross[on] = net_and_gross(simulate, population.year, sub_household, sub_role, population.persons["leeftijd"][keep], sub_persons)
    return net, gross


def gross_per_person(household_of_person: np.ndarray, role: np.ndarray, gross: np.ndarray) -> np.ndarray:
    """The households' gross bijstand shared equally by their partners, per person."""
    partner = role == 0
    partners = np.bincount(household_of_person, weights=partner.astype(float), minlength=len(gross))
    return np.where(partner, (gross / np.maximum(partners, 1))[household_of_person], 0.0)
