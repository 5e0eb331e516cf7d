"""The synthetic population: reproducible, calibrated within 2 % of every published target, Parquet round trip,
clear errors for bad microdata."""

import numpy as np
import pyarrow.parquet as pq
import pytest

from werkzorg.input_errors import InputError
from werkzorg.microsim import population as pop
from werkzorg.microsim.calibration import calibration_table
from werkzorg.microsim.run import compute
from werkzorg.microsim.targets import ALL_TARGETS


def test_same_seed_same_population():
    a = pop.generate(500, seed=5)
    b = pop.generate(500, seed=5)
    c = pop.generate(500, seed=6)
    assert a.digest() == b.digest()
    assert a.digest() != c.digest()


def test_calibrated_totals_within_two_percent_of_every_target(population):
    huurtoeslag = compute(population, ["huurtoeslag"])["huurtoeslag"]
    rows = calibration_table(population, huurtoeslag)
    assert [r["target"] for r in rows] == [t.name for t in ALL_TARGETS]
    for row in rows:
        assert abs(row["difference"]) < 0.02, row
    assert population.households["weight"].sum() == pytest.approx(8_374_404, rel=1e-6)  # CBS 37975, 1-1-2024
    assert np.all(population.households["weight"] > 0)


def test_structure(population):
    pop.check(population)
    p = population.persons
    partners = np.bincount(p["household_id"], weights=(p["rol"] == 0).astype(float))
    kinds = population.households["household_type"]
    assert np.all(partners[(kinds == 1) | (kinds == 3)] == 2)  # couples
    assert np.all(partners[(kinds == 0) | (kinds == 2) | (kinds == 4)] == 1)
    # Childcare only where every partner works (Wet kinderopvang art. 1.6).
    in_care = np.unique(p["household_id"][p["kinderopvang_soort"] > 0])
    idle = np.unique(p["household_id"][(p["rol"] == 0) & (p["uren_per_week"] == 0)])
    assert not np.intersect1d(in_care, idle).size


def test_parquet_round_trip(tmp_path, population):
    pop.write(population, tmp_path)
    back = pop.read(tmp_path)
    assert back.year == population.year
    assert back.digest() == population.digest()
    schema = pq.read_schema(tmp_path / "persons.parquet")
    assert set(schema.names) == set(pop.PERSON_COLUMNS)


def test_missing_column_is_named(tmp_path, population):
    pop.write(population, tmp_path)
    table = pq.read_table(tmp_path / "persons.parquet").drop_columns(["uurloon"])
    pq.write_table(table, tmp_path / "persons.parquet")
    with pytest.raises(InputError) as error:
        pop.read(tmp_path)
    assert error.value.errors[0].field == "persons.parquet:uurloon"


def test_unknown_category_is_named(tmp_path):
    small = pop.generate(50, seed=1)
    small.persons["geslacht"] = small.persons["geslacht"].copy()
    pop.write(small, tmp_path)
    table = pq.read_table(tmp_path / "persons.parquet")
    import pyarrow as pa

    labels = ["x"] + ["v"] * (table.num_rows - 1)
    table = table.set_column(table.schema.get_field_index("geslacht"), "geslacht", pa.array(labels))
    pq.write_table(table, tmp_path / "persons.parquet")
    with pytest.raises(InputError) as error:
        pop.read(tmp_path)
    assert error.value.errors[0].field == "persons.parquet:geslacht"
    assert "'x'" in error.value.errors[0].message_en


def test_slice_keeps_households_whole(population):
    part = population.slice(100, 200)
    assert part.n_households == 100
    assert part.offset == 100
    bounds = population.person_bounds()
    assert part.n_persons == bounds[200] - bounds[100]
    assert part.persons["household_id"].min() == 0


def test_owners_have_a_home_and_the_self_employed_a_profit(population):
    """Issue 16: owners get a WOZ value (and most below 65 a mortgage), renters none; the self-employed have profit and
    business hours instead of a wage; their weighted count is the CBS total (85278NED, 1.586 k)."""
    h, p = population.households, population.persons
    owner = h["tenure"] == pop.TENURES.index("koop")
    assert np.all(h["woz_waarde"][owner] > 0) and np.all(h["woz_waarde"][~owner] == 0)
    assert np.all(h["hypotheekrente"][~owner] == 0) and np.mean(h["hypotheekrente"][owner] > 0) > 0.5
    self_employed = p["winst_uit_onderneming"] > 0
    assert np.all(p["loon"][self_employed] == 0) and np.all(p["uren_onderneming"][self_employed] > 0)
    weights = h["weight"][p["household_id"]]
    assert abs(np.sum(weights[self_employed & (p["rol"] == 0)]) / 1_586_000 - 1) < 0.02
    # Owners are 59.1 % of households (86079NED): implied by the total and the two rent targets.
    assert abs(np.sum(h["weight"][owner]) / np.sum(h["weight"]) - 0.591) < 0.01


def test_microdata_without_the_issue_16_columns_reads_as_renters_and_employees(tmp_path, population):
    pop.write(population, tmp_path)
    for name, columns in (("households", ["woz_waarde", "hypotheekrente"]), ("persons", ["winst_uit_onderneming", "uren_onderneming"])):
        table = pq.read_table(tmp_path / f"{name}.parquet").drop_columns(columns)
        pq.write_table(table, tmp_path / f"{name}.parquet")
    back = pop.read(tmp_path)
    assert not np.any(back.households["woz_waarde"]) and not np.any(back.persons["winst_uit_onderneming"])


def test_microdata_without_the_issue_17_columns_reads_as_no_bijstand_and_no_ww(tmp_path, population):
    """`ontvangt_bijstand` and `ww_uitkering` are optional: microdata written before issue 17 (or without these facts)
    read as households not on bijstand and persons without WW."""
    pop.write(population, tmp_path)
    for name, column in (("households", "ontvangt_bijstand"), ("persons", "ww_uitkering")):
        table = pq.read_table(tmp_path / f"{name}.parquet").drop_columns([column])
        pq.write_table(table, tmp_path / f"{name}.parquet")
    back = pop.read(tmp_path)
    assert not back.households["ontvangt_bijstand"].any()
    assert not back.persons["ww_uitkering"].any()


def test_who_is_on_bijstand_and_ww(population):
    """Households on bijstand have no work, no WW and partners of 21 up to the AOW age; WW only for adults without work."""
    p, h = population.persons, population.households
    on = (h["ontvangt_bijstand"] > 0)[p["household_id"]]
    partner = p["rol"] == 0
    assert on.any() and (p["ww_uitkering"] > 0).any()
    assert not np.any(on & partner & ((p["uren_per_week"] > 0) | (p["ww_uitkering"] > 0) | (p["leeftijd"] < 21) | (p["leeftijd"] >= 67)))
    assert not np.any((p["ww_uitkering"] > 0) & ((p["uren_per_week"] > 0) | ~partner))
    assert not np.any(on & (p["belastbare_uitkering"] > 0))  # the model computes their bijstand; no stand-in amount


def test_ww_is_at_most_the_maximum():
    """WW art. 47: 75 % of the dagloon for two months, 70 % after; the dagloon at most the maximumdagloon (€ 304,25 on
    1-1-2026, Regeling premiepercentages 2026: maximumpremieloon € 79.409 / 261). A full year on WW pays at most
    304,25 × 261 × (2 × 0,75 + 10 × 0,70) / 12 = 79.409,25 × 0,708333… = € 56.248 (rounded to euros)."""
    small = pop.generate(3_000, seed=3)
    ww = small.persons["ww_uitkering"]
    assert ww.max() <= 56_248
    # Someone with a high enough wage is capped: the largest amount is exactly the maximum.
    assert ww.max() == 56_248
