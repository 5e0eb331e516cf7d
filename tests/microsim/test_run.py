"""A single run, a chunked run and a Dask run give exactly the same arrays; the baseline cache is reused."""

import numpy as np
import pytest

from werkzorg.microsim import reform, run
from werkzorg.microsim.population import generate

EXAMPLE = reform.parse(
    {"naam": "kot96", "parameters": {"wet_kinderopvang.kinderopvangtoeslag.tabel_eerste_kind.brackets[*].amount": {"2026-01-01": 0.96}}}
)


@pytest.fixture(scope="module")
def small():
    return generate(1_500, seed=3)


def assert_identical(a: run.Results, b: run.Results):
    assert a.households.keys() == b.households.keys()
    for key in a.households:
        np.testing.assert_array_equal(a.households[key], b.households[key], err_msg=key)
    for key in a.persons:
        np.testing.assert_array_equal(a.persons[key], b.persons[key], err_msg=key)


def test_chunked_equals_single(small):
    single = run.run(small, EXAMPLE, chunk_size=None)
    chunked = run.run(small, EXAMPLE, chunk_size=217)  # 7 chunks of unequal size
    assert_identical(single, chunked)
    assert np.isfinite(single.households["besteedbaar_inkomen"]).all()


def test_marginal_sample_is_the_same_in_chunks(small):
    single = run.run(small, chunk_size=None, marginal_every=3)
    chunked = run.run(small, chunk_size=100, marginal_every=3)
    assert_identical(single, chunked)
    measured = np.flatnonzero(np.isfinite(single.households["marginale_druk_tweede_verdiener"]))
    assert len(measured) and np.all(measured % 3 == 0)


def test_dask_equals_single(small):
    from distributed import Client

    single = run.run(small, EXAMPLE, chunk_size=None)
    with run.local_cluster(2) as cluster, Client(cluster) as client:
        distributed = run.run(small, EXAMPLE, chunk_size=400, client=client)
    assert_identical(single, distributed)


def test_baseline_is_cached(tmp_path, small):
    first, cached_first = run.baseline(small, tmp_path, chunk_size=None)
    second, cached_second = run.baseline(small, tmp_path, chunk_size=None)
    assert (cached_first, cached_second) == (False, True)
    assert_identical(first, second)
    # Another population (or other rules) means another cache entry.
    other = generate(1_500, seed=4)
    assert run.cache_path(tmp_path, other, reform.BASELINE, 8, 1) != run.cache_path(tmp_path, small, reform.BASELINE, 8, 1)


def test_marginal_pressure_by_hand():
    # One couple, no children, no rent: partner A € 60.000 (40 h), partner B € 20.000 (16 h), both 35 years old.
    # One extra day (8 h) for B at the same hourly wage adds € 20.000 × 8 / 16 = € 10.000 gross; the pressure is
    # 1 − Δ disposable / 10.000, and must equal what two plain model runs give.
    from werkzorg.microsim.population import Population

    households = {"household_id": np.array([0]), "weight": np.array([1.0]), "household_type": np.array([1], np.int8), "tenure": np.array([0], np.int8), "huur_per_maand": np.array([0.0]), "vermogen": np.array([0.0])}
    persons = {
        "household_id": np.array([0, 0]),
        "rol": np.array([0, 0], np.int8),
        "geslacht": np.array([1, 0], np.int8),
        "leeftijd": np.array([35, 35]),
        "uren_per_week": np.array([40.0, 16.0]),
        "uurloon": np.array([0.0, 0.0]),
        "loon": np.array([60_000.0, 20_000.0]),
        "belastbare_uitkering": np.array([0.0, 0.0]),
        "kinderopvang_soort": np.array([0, 0], np.int8),
        "kinderopvang_uren_per_maand": np.array([0.0, 0.0]),
        "kinderopvang_uurprijs": np.array([0.0, 0.0]),
    }
    couple = Population(households, persons, 2026)
    result = run.run(couple, chunk_size=None)
    more = Population(households, {**persons, "loon": np.array([60_000.0, 30_000.0]), "uren_per_week": np.array([40.0, 24.0])}, 2026)
    after = run.run(more, chunk_size=None, extra_hours=0).households["besteedbaar_inkomen"][0]
    before = result.households["besteedbaar_inkomen"][0]
    assert result.households["marginale_druk_tweede_verdiener"][0] == pytest.approx(1 - (after - before) / 10_000)
    assert result.households["tweede_verdiener_geslacht"][0] == 0


def test_hours_response_by_hand():
    # A second earner with 16 hours whose marginal pressure falls from 60 % to 50 %: the marginal net wage rises from
    # 0.40 to 0.50, i.e. by 25 %; with elasticity 0.4 the hours rise by 10 %: 16 → 17.6, the wage by 10 % too
    # (hand arithmetic). Elasticity 0 changes nothing.
    from werkzorg.microsim.population import Population

    households = {"household_id": np.array([0]), "weight": np.array([1.0]), "household_type": np.array([3], np.int8), "tenure": np.array([0], np.int8), "huur_per_maand": np.array([0.0]), "vermogen": np.array([0.0])}
    persons = {
        "household_id": np.array([0, 0, 0]),
        "rol": np.array([0, 0, 1], np.int8),
        "geslacht": np.array([1, 0, 0], np.int8),
        "leeftijd": np.array([35, 33, 2]),
        "uren_per_week": np.array([40.0, 16.0, 0.0]),
        "uurloon": np.zeros(3),
        "loon": np.array([60_000.0, 20_000.0, 0.0]),
        "belastbare_uitkering": np.zeros(3),
        "kinderopvang_soort": np.array([0, 0, 1], np.int8),
        "kinderopvang_uren_per_maand": np.array([0.0, 0.0, 60.0]),
        "kinderopvang_uurprijs": np.array([0.0, 0.0, 11.0]),
    }
    family = Population(households, persons, 2026)

    def results(pressure):
        return run.Results(reform.BASELINE, {"marginale_druk_tweede_verdiener": np.array([pressure])}, {})

    after = run.with_hours_response(family, results(0.6), results(0.5), 0.4)
    assert after.persons["uren_per_week"][1] == pytest.approx(17.6)
    assert after.persons["loon"][1] == 22_000
    assert after.persons["kinderopvang_uren_per_maand"][2] == pytest.approx(60 + 1.6 * 52 / 12)
    same = run.with_hours_response(family, results(0.6), results(0.5), 0.0)
    np.testing.assert_array_equal(same.persons["uren_per_week"], persons["uren_per_week"])
