"""Bijstand in the population runs comes from the model's Participatiewet rules (issue 17); expected amounts by hand
from the norms of Participatiewet art. 21 and the kostendelersnorm of art. 22a.

Norms per month including holiday pay (model parameters participatiewet.bijstandsnorm, Participatiewet art. 21):
single person 1-1-2026 € 1.401,50, 1-7-2026 € 1.419,46; couple 1-1-2026 € 2.002,13, 1-7-2026 € 2.027,79.
"""

import numpy as np
import pytest

from werkzorg.microsim.population import Population
from werkzorg.microsim.reform import BASELINE, ReformSpec
from werkzorg.microsim.run import run

SINGLE = 6 * 1401.50 + 6 * 1419.46  # = 16.925,76 a year
COUPLE = 6 * 2002.13 + 6 * 2027.79  # = 24.179,52 a year
# A single parent with a child of 22 at home: two kostendelers, (40 % + 2 × 30 %) / 2 = 50 % of the couple norm.
# 0,5 × 2.002,13 = 1.001,065 and 0,5 × 2.027,79 = 1.013,895, rounded half up to cents (art. 22a: "afgerond op centen").
WITH_KOSTENDELER = 6 * 1001.07 + 6 * 1013.90  # = 12.089,82


def _population(households, on_bijstand):
    """households: per household a list of (role, age), role "p" (partner) or "k" (child); nobody works."""
    n = len(households)
    hid = np.repeat(np.arange(n), [len(h) for h in households])
    ages = np.array([age for h in households for _, age in h], np.int64)
    rol = np.array([0 if role == "p" else 1 for h in households for role, _ in h], np.int8)
    zeros = np.zeros(len(hid))
    persons = {
        "household_id": hid, "rol": rol, "geslacht": np.zeros(len(hid), np.int8), "leeftijd": ages, "uren_per_week": zeros,
        "uurloon": zeros, "loon": zeros, "belastbare_uitkering": zeros, "ww_uitkering": zeros, "winst_uit_onderneming": zeros,
        "uren_onderneming": zeros, "kinderopvang_soort": np.zeros(len(hid), np.int8), "kinderopvang_uren_per_maand": zeros,
        "kinderopvang_uurprijs": zeros,
    }
    households = {
        "household_id": np.arange(n), "weight": np.ones(n), "household_type": np.zeros(n, np.int8), "tenure": np.full(n, 1, np.int8),
        "huur_per_maand": np.full(n, 600.0), "vermogen": np.zeros(n), "woz_waarde": np.zeros(n), "hypotheekrente": np.zeros(n),
        "ontvangt_bijstand": np.asarray(on_bijstand, np.int64),
    }
    return Population(households, persons, 2026)


# A single person of 35; a couple of 40 and 38; a single parent of 50 with a child of 22; a single person not on
# bijstand; a single person of 19 (below 21 all year: the model has no norm for that age, so no bijstand).
HOUSEHOLDS = [[("p", 35)], [("p", 40), ("p", 38)], [("p", 50), ("k", 22)], [("p", 35)], [("p", 19)]]
ON = [1, 1, 1, 0, 1]


def test_net_bijstand_is_the_norm_by_hand():
    results = run(_population(HOUSEHOLDS, ON), chunk_size=None)
    assert results.households["bijstand"] == pytest.approx([SINGLE, COUPLE, WITH_KOSTENDELER, 0.0, 0.0], abs=0.01)
    assert SINGLE == pytest.approx(16_925.76) and COUPLE == pytest.approx(24_179.52) and WITH_KOSTENDELER == pytest.approx(12_089.82)


def test_gross_bijstand_nets_to_the_bijstand():
    """The gemeente pays the tax: with the gross amount as taxable benefit the partners' net income is the net
    bijstand (they have no other income), within the € 0,50 the secant steps stop at; gross is more than net."""
    population = _population(HOUSEHOLDS, ON)
    results = run(population, chunk_size=None)
    on = np.asarray(ON, bool) & (results.households["bijstand"] > 0)
    assert results.households["netto_inkomen_partners"][on] == pytest.approx(results.households["bijstand"][on], abs=0.6)
    assert np.all(results.households["bijstand_bruto"][on] > results.households["bijstand"][on])
    assert np.all(results.households["bijstand_bruto"][~on] == 0)


def test_a_reform_of_the_norm_changes_the_bijstand():
    """Bijstand is computed in every run, not an input: a higher norm for a single person from 1-1-2026 (€ 1.500)
    from then on (a reform's value holds from its date, the July indexation included) gives 12 × 1.500 = 18.000."""
    reform = ReformSpec(name="norm-1500", parameters=(("participatiewet.bijstandsnorm.alleenstaande", "2026-01-01", 1500.0),))
    population = _population([[("p", 35)]], [1])
    base = run(population, BASELINE, chunk_size=None)
    after = run(population, reform, chunk_size=None)
    assert base.households["bijstand"][0] == pytest.approx(SINGLE, abs=0.01)
    assert after.households["bijstand"][0] == pytest.approx(12 * 1500, abs=0.01)
    assert after.households["besteedbaar_inkomen"][0] > base.households["besteedbaar_inkomen"][0]


def test_the_budget_counts_the_gross_bijstand():
    """The budget table has a bijstand row (the gross amount: the gemeente pays the tax, which comes back in the tax
    line) and its change counts in the net cost of a reform."""
    from werkzorg.microsim import outputs

    reform = ReformSpec(name="norm-1500", parameters=(("participatiewet.bijstandsnorm.alleenstaande", "2026-01-01", 1500.0),))
    population = _population([[("p", 35)]], [1])
    base, after = run(population, BASELINE, chunk_size=None), run(population, reform, chunk_size=None)
    rows = {r["instrument"]: r for r in outputs.budget(population, base, [after])}
    extra_gross = after.households["bijstand_bruto"][0] - base.households["bijstand_bruto"][0]
    extra_tax = after.households["inkomstenbelasting"][0] - base.households["inkomstenbelasting"][0]
    assert rows["bijstand"]["basis_mln"] == pytest.approx(base.households["bijstand_bruto"][0] / 1e6)
    assert rows["bijstand"]["kosten_norm-1500_mln"] == pytest.approx(extra_gross / 1e6)
    # Net: the extra gross bijstand minus the extra tax on it is the extra net bijstand, 12 × 1.500 − 16.925,76 (at
    # this income zorgtoeslag and huurtoeslag are at their maximum, so they do not change).
    assert after.households["zorgtoeslag"][0] == base.households["zorgtoeslag"][0] and after.households["huurtoeslag"][0] == base.households["huurtoeslag"][0]
    assert rows["netto_kosten"]["kosten_norm-1500_mln"] == pytest.approx((extra_gross - extra_tax) / 1e6)
    assert (extra_gross - extra_tax) == pytest.approx(12 * 1500 - SINGLE, abs=1.0)
