"""The population in compact dtypes (issue 17, memory): smaller, the same values, and runs on it give bit-for-bit
the results of the wide population. bench/compare_compact.py checks the same against the previous code on 100,000
households."""

from pathlib import Path

import numpy as np
import pyarrow.parquet as pq

from werkzorg.microsim import population as pop
from werkzorg.microsim import reform, run
from werkzorg.microsim.behaviour import choose, respond

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "reforms" / "kinderopvang-96.yaml"


def _same(a: dict, b: dict) -> None:
    assert sorted(a) == sorted(b)
    for name in a:
        assert a[name].dtype == b[name].dtype, name
        assert a[name].tobytes() == b[name].tobytes(), name


def test_compact_dtypes_and_values(population):
    population = population.widened()  # as read before issue 17's memory work: int64 and float64 throughout
    assert population.persons["leeftijd"].dtype == np.int64 and population.persons["loon"].dtype == np.float64
    small = population.compacted()
    p, h = small.persons, small.households
    assert p["household_id"].dtype == np.int32 and h["household_id"].dtype == np.int32
    assert p["leeftijd"].dtype == np.int16
    assert h["ontvangt_bijstand"].dtype == np.int8
    # Whole euros and hours are exact in float32; amounts in cents and the calibrated weights are not.
    for name in ("loon", "uren_per_week", "belastbare_uitkering", "ww_uitkering", "winst_uit_onderneming", "kinderopvang_uren_per_maand"):
        assert p[name].dtype == np.float32, name
    assert p["kinderopvang_uurprijs"].dtype == np.float64
    assert h["huur_per_maand"].dtype == np.float64 and h["weight"].dtype == np.float64
    wide = small.widened()
    _same(wide.persons, population.persons)
    _same(wide.households, population.households)
    assert small.digest() == population.digest()
    assert sum(v.nbytes for v in p.values()) < 0.6 * sum(v.nbytes for v in population.persons.values())


def test_a_value_not_exact_in_float32_stays_float64():
    values = np.array([1.0, 2.0, 0.1])
    assert pop._compact(values, "loon", "float").dtype == np.float64
    assert pop._compact(np.array([0, 40_000]), "leeftijd", "int").dtype == np.int64  # out of int16's range


def test_generated_population_is_compact(population):
    assert population.persons["household_id"].dtype == np.int32 and population.persons["loon"].dtype == np.float32


def test_parquet_round_trip_of_the_compact_population(population, tmp_path):
    population = population.widened()
    pop.write(population.compacted(), tmp_path)
    schema = pq.read_schema(tmp_path / "persons.parquet")  # the file keeps the schema's wide types
    assert str(schema.field("loon").type) == "double" and str(schema.field("leeftijd").type) == "int64"
    back = pop.read(tmp_path)
    _same(back.persons, population.compacted().persons)
    _same(back.households, population.compacted().households)
    assert back.widened().persons["loon"].tobytes() == population.persons["loon"].tobytes()
    model = pop.read(tmp_path, model_only=True)
    assert "uurloon" not in model.persons and model.digest() == population.digest()


def test_runs_on_the_compact_population_give_identical_results(population):
    population = population.widened()
    spec = reform.load(EXAMPLE)
    small = population.compacted()
    for chosen in (reform.BASELINE, spec):
        wide = run.run(population, chosen, chunk_size=2_500)
        compact = run.run(small, chosen, chunk_size=2_500)
        _same(wide.households, compact.households)
        _same(wide.persons, compact.persons)
    base_wide, base_small = run.run(population, chunk_size=2_500), run.run(small, chunk_size=2_500)
    reform_wide, reform_small = run.run(population, spec, chunk_size=2_500), run.run(small, spec, chunk_size=2_500)
    assumption = choose(None, False)
    behaviour_wide, _ = respond(population, base_wide, reform_wide, spec, assumption, chunk_size=2_500)
    behaviour_small, _ = respond(small, base_small, reform_small, spec, assumption, chunk_size=2_500)
    _same(behaviour_wide.households, behaviour_small.households)
    _same(behaviour_wide.persons, behaviour_small.persons)
