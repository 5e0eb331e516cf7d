"""Weighted outputs on tiny hand-made results (expected values by hand arithmetic)."""

import numpy as np
import pytest

from werkzorg.microsim import outputs
from werkzorg.microsim.population import Population
from werkzorg.microsim.reform import BASELINE, ReformSpec
from werkzorg.microsim.run import HOUSEHOLD_OUTPUTS, PARTNER_SUMS, Results


def test_weighted_quantiles():
    # Values 1..4 with weights 1, 1, 1, 7: half of the weight (5 of 10) is reached only at the value 4.
    assert outputs.weighted_quantiles(np.array([1.0, 2, 3, 4]), np.array([1.0, 1, 1, 7]), [0.5])[0] == 4
    assert outputs.weighted_quantiles(np.array([1.0, 2, 3, 4]), np.ones(4), [0.5])[0] == 2


def _population(n):
    households = {"household_id": np.arange(n), "weight": np.full(n, 10.0), "household_type": np.zeros(n, np.int8), "tenure": np.zeros(n, np.int8), "huur_per_maand": np.zeros(n), "vermogen": np.zeros(n)}
    persons = {
        "household_id": np.arange(n),
        "rol": np.zeros(n, np.int8),
        "geslacht": (np.arange(n) % 2).astype(np.int8),  # even: woman, odd: man
        "leeftijd": np.full(n, 40),
        **{k: np.zeros(n) for k in ("uren_per_week", "uurloon", "loon", "belastbare_uitkering", "kinderopvang_uren_per_maand", "kinderopvang_uurprijs")},
        "kinderopvang_soort": np.zeros(n, np.int8),
    }
    return Population(households, persons, 2026)


def _results(spec, disposable, toeslag, independent):
    n = len(disposable)
    households = {k: np.zeros(n) for k in (*HOUSEHOLD_OUTPUTS, *PARTNER_SUMS)}
    households["besteedbaar_inkomen"] = np.asarray(disposable, float)
    households["kinderopvangtoeslag"] = np.asarray(toeslag, float)
    households["marginale_druk_tweede_verdiener"] = np.full(n, np.nan)
    households["tweede_verdiener_geslacht"] = np.full(n, -1)
    return Results(spec, households, {"economisch_zelfstandig": np.asarray(independent, bool), "netto_arbeidsinkomen": np.zeros(n)})


def test_deciles_winners_budget_and_independence():
    # 20 one-person households of weight 10 with disposable income 1.000, 2.000, ..., 20.000: two per decile.
    population = _population(20)
    income = np.arange(1, 21) * 1000.0
    base = _results(BASELINE, income, np.zeros(20), np.arange(20) >= 10)
    # The reform gives the two richest households € 100 (0,5 % and 0,53 %: under 1 %) and the poorest € 100 (10 %).
    gain = np.zeros(20)
    gain[[0, 18, 19]] = 100
    spec = ReformSpec("r", parameters=(("x", "2026-01-01", 1),))
    reform = _results(spec, income + gain, gain, (np.arange(20) >= 10) | (np.arange(20) == 0))
    rows = outputs.deciles(population, base, [reform])
    assert [r["huishoudens"] for r in rows] == [20.0] * 10
    assert rows[0]["besteedbaar_basis"] == 1500  # (1.000 + 2.000) / 2
    assert rows[0]["verschil_r"] == 50  # (100 + 0) / 2
    assert rows[0]["wint_5pct_r"] == 0.5  # one of the two gains 10 %
    assert rows[9]["wint_1pct_r"] == 0.0
    budget = {r["instrument"]: r for r in outputs.budget(population, base, [reform])}
    # 3 households × € 100 × weight 10 = € 3.000 = € 0,003 mln.
    assert budget["kinderopvangtoeslag"]["kosten_r_mln"] == pytest.approx(0.003)
    assert budget["netto_kosten"]["kosten_r_mln"] == pytest.approx(0.003)
    by_gender = {r["geslacht"]: r for r in outputs.independence(population, [base, reform])["zelfstandigheid_geslacht"]}
    # Women are the 10 even households; in the baseline 5 of them (10, 12, ..., 18) are independent, after the
    # reform also household 0: 6 of 10, i.e. 10 more women (weight 10).
    assert by_gender["vrouw"]["aandeel_basis"] == 0.5
    assert by_gender["vrouw"]["aandeel_r"] == 0.6
    assert by_gender["vrouw"]["extra_personen_r"] == pytest.approx(10)
