"""Health of the parameter tree: every value cited, every year loadable, generated files up to date."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import yaml
from openfisca_core.parameters import Parameter, ParameterNode, ParameterScale

from werkzorg.model import MODELLED_YEARS, PARAMETERS_DIR, tax_benefit_system
from werkzorg.model.provenance import provisional_values, sources

ROOT = Path(__file__).resolve().parents[1]


def _dated_values_without_reference(node, path, inherited=False):
    """The same rule as the project's before-stop hook: a dated value needs its own or an enclosing reference."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _dated_values_without_reference(item, f"{path}[{index}]", inherited)
        return
    if not isinstance(node, dict):
        return
    has_reference = inherited or bool(node.get("reference") or (node.get("metadata") or {}).get("reference"))
    values = node.get("values")
    if isinstance(values, dict):
        for date, value in values.items():
            if not (has_reference or (isinstance(value, dict) and value.get("reference"))):
                yield f"{path} {date}"
    for key, child in node.items():
        if key not in ("values", "metadata"):
            yield from _dated_values_without_reference(child, f"{path}.{key}", has_reference)


def test_every_parameter_value_cites_a_source():
    missing = []
    for path in sorted(PARAMETERS_DIR.glob("**/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        missing += list(_dated_values_without_reference(data, str(path.relative_to(PARAMETERS_DIR))))
    assert missing == []


def _parameters(node, name=""):
    if isinstance(node, (Parameter, ParameterScale)):
        yield name, node
    elif isinstance(node, ParameterNode):
        for key, child in node.children.items():
            yield from _parameters(child, f"{name}.{key}" if name else key)


@pytest.mark.parametrize("year", MODELLED_YEARS)
def test_every_parameter_has_a_value_and_a_source_in_every_modelled_year(year):
    for instant in (f"{year}-01-01", f"{year}-07-01"):
        for name, node in _parameters(tax_benefit_system().parameters):
            assert node(instant) is not None, f"{name} has no value on {instant}"
            assert sources(name, instant), f"{name} has no source on {instant}"


def test_every_variable_is_labelled_and_law_variables_cite_the_law():
    system = tax_benefit_system()
    for name, variable in system.variables.items():
        assert variable.label, name
        module = variable.__module__ or ""
        if ".variables.wet_" in module or ".variables.algemene_" in module:
            computed = bool(variable.formulas)
            assert variable.reference or not computed, f"{name} in {module} has no reference"


def test_kinderopvangtoeslag_yaml_matches_its_transcription():
    result = subprocess.run([sys.executable, "scripts/kinderopvangtoeslag_tabel.py", "--check"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_parameters_doc_is_up_to_date():
    result = subprocess.run([sys.executable, "scripts/parameters_doc.py", "--check"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("year", MODELLED_YEARS)
def test_kinderopvangtoeslag_table_is_contiguous_and_falls_with_income(year):
    import csv

    with open(ROOT / f"src/werkzorg/model/bronnen/kinderopvangtoeslag_tabel_{year}.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for previous, row in zip(rows, rows[1:]):
        assert int(row["van"]) == int(previous["tot_en_met"]) + 1
        for column in ("eerste_kind_pct", "volgend_kind_pct"):
            if row[column] and previous[column]:
                assert float(row[column]) <= float(previous[column])
    for row in rows:
        if row["eerste_kind_pct"] and row["volgend_kind_pct"]:
            assert float(row["volgend_kind_pct"]) >= float(row["eerste_kind_pct"])


def test_every_provisional_value_is_explained_and_listed_in_the_docs():
    listed = (ROOT / "docs" / "parameters.md").read_text(encoding="utf-8")
    for item in provisional_values():
        assert len(item.reason) > 20, item
        assert f"| `{item.parameter}` | {item.start} |" in listed, item


@pytest.mark.parametrize("year", MODELLED_YEARS)
def test_every_variable_computes_for_an_example_household(year):
    from werkzorg.model.population import KIND, PARTNER, simulation_from_arrays

    simulation = simulation_from_arrays(
        year,
        np.array([0, 0, 0]),
        np.array([PARTNER, PARTNER, KIND]),
        {"loon": np.array([40000.0, 20000.0, 0.0]), "geboortedatum": np.array(["1985-01-01", "1987-01-01", "2020-06-01"], dtype="datetime64[D]")},
        {"huur_per_maand": np.array([800.0])},
    )
    system = tax_benefit_system()
    for name, variable in system.variables.items():
        if variable.formulas:
            period = f"{year}-01" if variable.definition_period == "month" else str(year)  # bijstand is monthly
            values = simulation.calculate(name, period)
            if values.dtype.kind == "f":
                assert np.all(np.isfinite(values)), name
