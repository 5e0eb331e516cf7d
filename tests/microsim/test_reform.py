"""Reforms: the example files parse, mistakes name the field, the reform system really changes the rules."""

from pathlib import Path

import numpy as np
import pytest

from werkzorg.input_errors import InputError
from werkzorg.microsim import reform
from werkzorg.microsim.run import build_simulation

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "reforms"


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_examples_parse(path):
    spec = reform.load(path)
    assert spec.name == path.stem
    assert not spec.is_baseline


def test_unknown_parameter_names_the_field():
    with pytest.raises(InputError) as error:
        reform.parse({"naam": "x", "parameters": {"wet_kinderopvang.kinderopvangtoeslag.maximum_uren": {"2026-01-01": 300}}})
    assert error.value.errors[0].field == "parameters.wet_kinderopvang.kinderopvangtoeslag.maximum_uren"
    assert "wet_kinderopvang.kinderopvangtoeslag.maximum_uren" in error.value.errors[0].message_en


def test_wrong_type_names_the_field_and_date():
    with pytest.raises(InputError) as error:
        reform.parse({"naam": "x", "parameters": {"wet_kinderopvang.kinderopvangtoeslag.maximum_uren_per_maand": {"2026-01-01": "veel"}}})
    assert error.value.errors[0].field == "parameters.wet_kinderopvang.kinderopvangtoeslag.maximum_uren_per_maand.2026-01-01"
    assert "number" in error.value.errors[0].message_en


def test_bad_date_bracket_and_variable_are_named():
    with pytest.raises(InputError) as error:
        reform.parse(
            {
                "naam": "x",
                "parameters": {
                    "wet_kinderopvang.kinderopvangtoeslag.maximum_uren_per_maand": {"1 januari": 300},
                    "wet_kinderopvang.kinderopvangtoeslag.tabel_eerste_kind.brackets[999].amount": {"2026-01-01": 0.5},
                },
                "variabelen": ["bestaat_niet"],
                "extra": 1,
            }
        )
    fields = {e.field for e in error.value.errors}
    assert fields == {
        "extra",
        "parameters.wet_kinderopvang.kinderopvangtoeslag.maximum_uren_per_maand.1 januari",
        "parameters.wet_kinderopvang.kinderopvangtoeslag.tabel_eerste_kind.brackets[999].amount",
        "variabelen[0]",
    }


def _one_family(system):
    # Two partners with a joint income of € 120.000 and one child of 2 in day care, 100 hours at € 11 (2026).
    household = np.array([0, 0, 0])
    role = np.array([0, 0, 1])
    birth = np.array(["1990-01-01", "1991-01-01", "2024-01-01"], dtype="datetime64[D]")
    persons = {
        "geboortedatum": birth,
        "loon": np.array([70_000.0, 50_000.0, 0.0]),
        "uren_per_week": np.array([36.0, 32.0, 0.0]),
        "kinderopvang_soort": np.array([0, 0, 1], dtype=np.int16),
        "kinderopvang_uren_per_maand": np.array([0.0, 0.0, 100.0]),
        "kinderopvang_uurprijs": np.array([0.0, 0.0, 11.0]),
    }
    return build_simulation(system, 2026, household, role, persons, {"huur_per_maand": np.zeros(1), "vermogen": np.zeros(1)})


def test_kinderopvang_96_pays_96_percent_at_every_income():
    spec = reform.load(EXAMPLES / "kinderopvang-96.yaml")
    base = _one_family(reform.system_for(reform.BASELINE.to_json()))
    new = _one_family(reform.system_for(spec.to_json()))
    assert base.calculate("kinderopvangtoeslag_percentage", "2026")[2] < 0.96  # the 2026 table falls with income
    assert new.calculate("kinderopvangtoeslag_percentage", "2026")[2] == pytest.approx(0.96)
    # Reform: 96 % × 100 hours × € 11 (below the € 11,23 maximum) = € 1.056 a month, × 12 = € 12.672 (hand arithmetic).
    assert new.calculate("kinderopvangtoeslag", "2026")[0] == pytest.approx(12_672, abs=1)
    # The baseline system itself is untouched by building the reform.
    again = _one_family(reform.system_for(reform.BASELINE.to_json()))
    assert again.calculate("kinderopvangtoeslag", "2026")[0] == base.calculate("kinderopvangtoeslag", "2026")[0]


def test_named_variable_change_drops_the_work_requirement():
    spec = reform.load(EXAMPLES / "kinderopvang-zonder-arbeidseis.yaml")
    system = reform.system_for(spec.to_json())
    simulation = _one_family(system)
    simulation.set_input("loon", "2026", np.array([70_000.0, 0.0, 0.0]))  # the second partner does not work
    assert simulation.calculate("heeft_recht_op_kinderopvangtoeslag", "2026")[0]
    baseline = _one_family(reform.system_for(reform.BASELINE.to_json()))
    baseline.set_input("loon", "2026", np.array([70_000.0, 0.0, 0.0]))
    assert not baseline.calculate("heeft_recht_op_kinderopvangtoeslag", "2026")[0]
