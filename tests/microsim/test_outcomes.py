"""Poverty, inequality, winners and losers on a tiny hand-made population; expected values by hand arithmetic.

Sources of the constants: the CBS equivalence factors (Materiële welvaart in Nederland 2020, Bijlage A, tabel A.1:
single 1,00; one adult + one child 1,33; two adults + two children 1,88; three adults 1,73) and the CBS low-income
threshold (€ 13.500 a year for a single person, price level 2021, disposable income without huurtoeslag; CBS
news 2023/49, "Inkomen agrarische huishoudens in 2021 hoger dan gemiddeld", box Lage-inkomensgrens).
"""

import numpy as np
import pytest

from werkzorg.microsim import outputs
from werkzorg.microsim.population import Population
from werkzorg.microsim.reform import BASELINE, ReformSpec
from werkzorg.microsim.run import HOUSEHOLD_OUTPUTS, PARTNER_SUMS, Results


def _population(ages_per_household):
    hid = np.repeat(np.arange(len(ages_per_household)), [len(a) for a in ages_per_household])
    ages = np.concatenate([np.asarray(a) for a in ages_per_household])
    n = len(ages_per_household)
    households = {"household_id": np.arange(n), "weight": np.ones(n)}
    # The first two members of 18 or over are the partners, the rest children living at home.
    rol = np.concatenate([[0 if i < 2 and age >= 18 else 1 for i, age in enumerate(a)] for a in ages_per_household])
    persons = {"household_id": hid, "leeftijd": ages, "rol": rol.astype(np.int8), "geslacht": np.zeros(len(ages), np.int8)}
    return Population(households, persons, 2026)


def _results(spec, disposable, huurtoeslag):
    n = len(disposable)
    households = {k: np.zeros(n) for k in (*HOUSEHOLD_OUTPUTS, *PARTNER_SUMS)}
    households["besteedbaar_inkomen"] = np.asarray(disposable, float)
    households["huurtoeslag"] = np.asarray(huurtoeslag, float)
    return Results(spec, households, {})


# A: a single person of 40; B: a couple with children of 5 and 8; C: a single parent with a child of 3.
HOUSEHOLDS = [[40], [40, 40, 5, 8], [35, 3]]
# A: 12.000 / 1,00 = 12.000. B: 37.600 / 1,88 = 20.000. C: 19.950 / 1,33 = 15.000 with huurtoeslag, but without its
# 3.990: 15.960 / 1,33 = 12.000, below 13.500, so C counts as low income only because huurtoeslag is left out.
DISPOSABLE = [12_000.0, 37_600.0, 19_950.0]
HUURTOESLAG = [0.0, 0.0, 3_990.0]


def test_cbs_equivalence_factors():
    population = _population([*HOUSEHOLDS, [45, 44, 19]])  # the child of 19 counts as an adult: 3 adults, 0 children
    assert outputs.equivalence_factor(population) == pytest.approx([1.00, 1.88, 1.33, 1.73])
    assert outputs.standardised_income(population, np.array([*DISPOSABLE, 17_300.0])) == pytest.approx([12_000, 20_000, 15_000, 10_000])


def test_gini_by_hand():
    # Two people with 1 and 3: mean absolute difference (|1−3| twice over 4 pairs) / (2 × mean 2) = 2 / 2 / 4 = 0,25.
    assert outputs.gini(np.array([1.0, 3.0]), np.ones(2)) == pytest.approx(0.25)
    # Weights 1 and 3 at incomes 0 and 1: Σ w_i w_j |x_i − x_j| = 2 × 1 × 3 = 6; 2 W² μ = 2 × 16 × 0,75 = 24 → 0,25.
    assert outputs.gini(np.array([1.0, 0.0]), np.array([3.0, 1.0])) == pytest.approx(0.25)
    assert outputs.gini(np.full(5, 7.0), np.ones(5)) == pytest.approx(0.0)


def test_poverty_rate_and_gini_of_the_tiny_population():
    population = _population(HOUSEHOLDS)
    (row,) = outputs.poverty_and_inequality(population, [_results(BASELINE, DISPOSABLE, HUURTOESLAG)])
    # Low income: A (1 person) and C (2 persons) of 7 persons; of the 3 children only C's child.
    assert row["personen_laag_inkomen"] == 3
    assert row["aandeel_personen_laag_inkomen"] == pytest.approx(3 / 7)
    assert row["aandeel_kinderen_laag_inkomen"] == pytest.approx(1 / 3)
    # Gini of persons' standardised income (with huurtoeslag): 12.000 × 1 person, 20.000 × 4, 15.000 × 2.
    # Σ_i Σ_j w_i w_j |x_i − x_j| = 2 × (1·4·8.000 + 1·2·3.000 + 4·2·5.000) = 2 × 78.000 = 156.000;
    # W = 7, μ = (12.000 + 80.000 + 30.000) / 7 = 122.000 / 7; G = 156.000 / (2 × 49 × 122.000 / 7) = 156 / 1.708.
    assert row["gini"] == pytest.approx(156 / 1708)
    assert row["grens_per_jaar"] == 13_500 and row["grens_prijspeil"] == 2021


def test_winners_and_losers():
    population = _population(HOUSEHOLDS)
    base = _results(BASELINE, DISPOSABLE, HUURTOESLAG)
    # The reform: A loses € 100, B gains € 0,30 (counts as unchanged: at most € 0,50), C gains € 500.
    reform = _results(ReformSpec("r", parameters=(("x", "2026-01-01", 1),)), [11_900.0, 37_600.3, 20_450.0], HUURTOESLAG)
    (row,) = outputs.winners_losers(population, base, [reform])
    assert (row["personen_erop_vooruit"], row["personen_erop_achteruit"], row["personen_gelijk"]) == (2, 1, 4)
    assert row["aandeel_personen_vooruit"] == pytest.approx(2 / 7)
    assert row["gemiddelde_winst_huishouden"] == pytest.approx(500)
    assert row["gemiddeld_verlies_huishouden"] == pytest.approx(-100)


def test_a_reform_that_changes_nothing_says_why():
    population = _population(HOUSEHOLDS)
    base = _results(BASELINE, DISPOSABLE, HUURTOESLAG)
    same = _results(ReformSpec("r", parameters=(("x", "2026-01-01", 1),)), DISPOSABLE, HUURTOESLAG)
    explanation = outputs.zero_effect_explanation(population, base, same)
    assert "geen enkel huishouden" in explanation
    changed = _results(ReformSpec("r", parameters=(("x", "2026-01-01", 1),)), [12_001.0, 37_600.0, 19_950.0], HUURTOESLAG)
    assert outputs.zero_effect_explanation(population, base, changed) is None
