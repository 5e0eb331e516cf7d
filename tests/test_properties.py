"""Invariants of the model that must hold for every household (hypothesis property tests).

Each example builds one vectorised simulation of many households, so a few hundred examples run in seconds.
"""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from werkzorg.model import MODELLED_YEARS
from werkzorg.model.population import KIND, PARTNER, simulation_from_arrays

years = st.sampled_from(MODELLED_YEARS)
incomes = st.lists(st.floats(min_value=0, max_value=300_000, allow_nan=False), min_size=1, max_size=40)
SOORTEN = np.array(["geen", "dagopvang", "buitenschoolse_opvang", "gastouderopvang"])


@st.composite
def households(draw):
    """A batch of households: one or two partners, zero to three children, childcare, rent and wealth."""
    year = draw(years)
    n = draw(st.integers(min_value=1, max_value=12))
    household, role, loon, birth, soort, uren, prijs = [], [], [], [], [], [], []
    for h in range(n):
        for _ in range(draw(st.integers(1, 2))):
            household.append(h)
            role.append(PARTNER)
            loon.append(draw(st.floats(0, 250_000)))
            birth.append(np.datetime64(f"{draw(st.integers(1940, 2005))}-{draw(st.integers(1, 12)):02d}-01"))
            soort.append("geen")
            uren.append(0.0)
            prijs.append(0.0)
        for _ in range(draw(st.integers(0, 3))):
            household.append(h)
            role.append(KIND)
            loon.append(0.0)
            birth.append(np.datetime64(f"{draw(st.integers(year - 19, year))}-{draw(st.integers(1, 12)):02d}-15"))
            soort.append(draw(st.sampled_from(list(SOORTEN))))
            uren.append(draw(st.floats(0, 300)))
            prijs.append(draw(st.floats(0, 20)))
    person_inputs = {
        "loon": np.array(loon),
        "geboortedatum": np.array(birth, dtype="datetime64[D]"),
        "kinderopvang_soort": np.array(soort),
        "kinderopvang_uren_per_maand": np.array(uren),
        "kinderopvang_uurprijs": np.array(prijs),
    }
    household_inputs = {
        "huur_per_maand": np.array([draw(st.floats(0, 2000)) for _ in range(n)]),
        "vermogen": np.array([draw(st.floats(0, 300_000)) for _ in range(n)]),
    }
    return year, simulation_from_arrays(year, np.array(household), np.array(role), person_inputs, household_inputs)


@settings(max_examples=40, deadline=None)
@given(households())
def test_credits_taxes_and_benefits_are_never_negative_or_nan(case):
    year, simulation = case
    period = str(year)
    for variable in [
        "algemene_heffingskorting",
        "arbeidskorting",
        "inkomensafhankelijke_combinatiekorting",
        "inkomstenbelasting",
        "box1_belasting_voor_kortingen",
        "zorgtoeslag",
        "kindgebonden_budget",
        "kinderbijslag",
        "kinderopvangtoeslag",
        "huurtoeslag",
        "kinderopvang_kosten",
    ]:
        values = simulation.calculate(variable, period)
        assert np.all(np.isfinite(values)), variable
        assert np.all(values >= 0), variable
    assert np.all(np.isfinite(simulation.calculate("besteedbaar_inkomen", period)))


@settings(max_examples=40, deadline=None)
@given(households())
def test_credits_used_never_exceed_the_tax_due(case):
    year, simulation = case
    used = simulation.calculate("heffingskortingen_verrekend", str(year))
    due = simulation.calculate("box1_belasting_voor_kortingen", str(year))
    assert np.all(used <= due + 1e-6)


@settings(max_examples=40, deadline=None)
@given(households())
def test_kinderopvangtoeslag_never_exceeds_the_costs(case):
    year, simulation = case
    toeslag = simulation.calculate("kinderopvangtoeslag", str(year))
    kosten = simulation.calculate("kinderopvang_kosten", str(year))
    assert np.all(toeslag <= kosten + 0.01)


def _singles(year: int, income: np.ndarray, partner_income: np.ndarray | None = None, children: int = 0):
    n = len(income)
    household = [np.arange(n)]
    role = [np.full(n, PARTNER)]
    loon = [income]
    birth = [np.full(n, np.datetime64("1985-01-01"))]
    if partner_income is not None:
        household.append(np.arange(n))
        role.append(np.full(n, PARTNER))
        loon.append(partner_income)
        birth.append(np.full(n, np.datetime64("1986-01-01")))
    for _ in range(children):
        household.append(np.arange(n))
        role.append(np.full(n, KIND))
        loon.append(np.zeros(n))
        birth.append(np.full(n, np.datetime64(f"{year - 6}-01-01")))
    order = np.argsort(np.concatenate(household), kind="stable")
    return simulation_from_arrays(
        year,
        np.concatenate(household)[order],
        np.concatenate(role)[order],
        {"loon": np.concatenate(loon)[order], "geboortedatum": np.concatenate(birth)[order].astype("datetime64[D]")},
        {"huur_per_maand": np.full(n, 850.0)},
    )


@settings(max_examples=80, deadline=None)
@given(years, incomes, st.booleans(), st.integers(0, 3))
def test_income_dependent_benefits_never_rise_with_income(year, values, with_partner, children):
    income = np.sort(np.array(values))
    partner = np.full(len(income), 12_000.0) if with_partner else None
    simulation = _singles(year, income, partner, children)
    for variable in ["zorgtoeslag", "kindgebonden_budget", "huurtoeslag"]:
        amounts = simulation.calculate(variable, str(year))
        assert np.all(np.diff(amounts) <= 1e-3), variable


@settings(max_examples=80, deadline=None)
@given(years, incomes)
def test_net_income_rises_with_gross_income(year, values):
    income = np.sort(np.array(values))
    net = _singles(year, income).calculate("netto_inkomen", str(year))
    assert np.all(np.diff(net) >= -1.0)


@st.composite
def household_list(draw):
    """Several households as (year, persons), each person (role, loon, birth year, childcare hours)."""
    year = draw(years)
    households = []
    for _ in range(draw(st.integers(2, 6))):
        persons = []
        for _ in range(draw(st.integers(1, 2))):
            persons.append((PARTNER, draw(st.sampled_from([0.0, 9_000.0, 25_000.0, 40_000.0, 90_000.0])), draw(st.sampled_from([1955, 1960, 1980, 1990])), 0.0))
        for _ in range(draw(st.integers(0, 3))):
            persons.append((KIND, 0.0, draw(st.integers(year - 17, year)), draw(st.sampled_from([0.0, 40.0, 100.0]))))
        households.append(persons)
    return year, households


def _simulate(year, households):
    rows = [(h, *person) for h, persons in enumerate(households) for person in persons]
    return simulation_from_arrays(
        year,
        np.array([r[0] for r in rows]),
        np.array([r[1] for r in rows]),
        {
            "loon": np.array([r[2] for r in rows]),
            "geboortedatum": np.array([f"{r[3]}-03-01" for r in rows], dtype="datetime64[D]"),
            "kinderopvang_soort": np.array(["dagopvang" if r[4] else "geen" for r in rows]),
            "kinderopvang_uren_per_maand": np.array([r[4] for r in rows]),
            "kinderopvang_uurprijs": np.array([11.0 if r[4] else 0.0 for r in rows]),
        },
        {"huur_per_maand": np.full(len(households), 800.0)},
    )


@settings(max_examples=40, deadline=None)
@given(household_list())
def test_households_computed_together_equal_each_computed_alone(case):
    """Group formulas must not mix up households: a batch gives what each household gives on its own."""
    year, households = case
    together = _simulate(year, households)
    period = str(year)
    offset = 0
    for persons in households:
        alone = _simulate(year, [persons])
        rows = slice(offset, offset + len(persons))
        for variable in ["inkomensafhankelijke_combinatiekorting", "algemene_heffingskorting_uitbetaling", "netto_inkomen", "kinderopvangtoeslag_per_kind"]:
            np.testing.assert_allclose(together.calculate(variable, period)[rows], alone.calculate(variable, period), atol=0.01, err_msg=variable)
        offset += len(persons)
    for variable in ["besteedbaar_inkomen", "kinderopvangtoeslag", "kindgebonden_budget"]:
        expected = [_simulate(year, [persons]).calculate(variable, period)[0] for persons in households]
        np.testing.assert_allclose(together.calculate(variable, period), expected, atol=0.01, err_msg=variable)
