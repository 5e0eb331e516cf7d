"""The default behavioural response of second earners (microsim.behaviour): the cited values, the hours change by
hand, and the scenario that switching off removes."""

import json
from pathlib import Path

import numpy as np
import pytest
import yaml
from typer.testing import CliRunner

from werkzorg.cli import app
from werkzorg.microsim import behaviour, reform, run
from werkzorg.microsim.population import Population

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "reforms" / "iack-4000.yaml"
runner = CliRunner()


def test_the_default_is_the_cited_value_with_its_source():
    # CPB (6-12-2005), Evers, De Mooij and Van Vuuren, summary: "de ongecompenseerde arbeidsaanbodelasticiteit voor
    # mannen en vrouwen in Nederland [is] respectievelijk 0.1 (of 0.2 in een alternatieve specificatie) en 0.5";
    # De Economist 156 (2008), p. 25: "0.5 for women and 0.1 for men".
    cited = behaviour.cited()
    assert (cited.woman, cited.man) == (0.5, 0.1)
    assert cited.range_man == (0.1, 0.2)
    assert cited.sources[0][1] == "https://www.cpb.nl/publicatie/what-explains-variation-estimates-labour-supply-elasticities"
    data = yaml.safe_load(behaviour.SOURCE_FILE.read_text(encoding="utf-8"))
    assert "0.1 (of 0.2 in een alternatieve specificatie) en 0.5" in data["reference"][0]["title"]
    assert cited.scenario("iack-4000") == "iack-4000 + gedrag (CPB)"


def test_switches():
    assert behaviour.choose() is behaviour.cited()
    assert behaviour.choose(off=True) is None
    assert behaviour.choose(0.0) is None
    own = behaviour.choose(0.3)
    assert (own.woman, own.man, own.cited) == (0.3, 0.3, False)
    assert own.scenario("x") == "x + gedrag (uurelasticiteit 0.3)"


def _couple(second_earner_gender: int, wage: float = 25_000.0) -> Population:
    """A couple with one child in day care; the second earner (20 hours, `wage`) is a woman (0) or a man (1)."""
    households = {"household_id": np.array([0]), "weight": np.array([1.0]), "household_type": np.array([3], np.int8), "tenure": np.array([0], np.int8), "huur_per_maand": np.array([0.0]), "vermogen": np.array([0.0])}
    persons = {
        "household_id": np.array([0, 0, 0]),
        "rol": np.array([0, 0, 1], np.int8),
        "geslacht": np.array([1 - second_earner_gender, second_earner_gender, 0], np.int8),
        "leeftijd": np.array([35, 33, 2]),
        "uren_per_week": np.array([40.0, 20.0, 0.0]),
        "uurloon": np.zeros(3),
        "loon": np.array([60_000.0, wage, 0.0]),
        "belastbare_uitkering": np.zeros(3),
        "kinderopvang_soort": np.array([0, 0, 1], np.int8),
        "kinderopvang_uren_per_maand": np.array([0.0, 0.0, 80.0]),
        "kinderopvang_uurprijs": np.array([0.0, 0.0, 11.0]),
    }
    return Population(households, persons, 2026)


def _pressure(value: float) -> run.Results:
    return run.Results(reform.BASELINE, {"marginale_druk_tweede_verdiener": np.array([value])}, {})


@pytest.mark.parametrize(("gender", "hours", "wage"), [(0, 21.0, 26_250), (1, 20.2, 25_250)])
def test_a_ten_percent_higher_marginal_net_wage_by_hand(gender, hours, wage):
    # Marginal pressure falls from 50 % to 45 %: the marginal net wage goes from 0.50 to 0.55, i.e. +10 %.
    # A woman (elasticity 0.5): hours × (1 + 0.5 × 0.10) = 20 × 1.05 = 21; wage 25.000 × 1.05 = 26.250;
    # childcare 80 + 1 × 52 / 12 = 84.33 hours a month.
    # A man (elasticity 0.1): 20 × (1 + 0.1 × 0.10) = 20 × 1.01 = 20.2; wage 25.000 × 1.01 = 25.250;
    # childcare 80 + 0.2 × 52 / 12 = 80.87 hours a month.
    family = _couple(gender)
    elasticity = behaviour.cited().per_household(family)
    after = run.with_hours_response(family, _pressure(0.5), _pressure(0.45), elasticity)
    assert after.persons["uren_per_week"][1] == pytest.approx(hours)
    assert after.persons["loon"][1] == wage
    assert after.persons["kinderopvang_uren_per_maand"][2] == pytest.approx(80 + (hours - 20) * 52 / 12)
    assert after.persons["uren_per_week"][0] == 40.0  # the first earner does not respond
    unchanged = run.with_hours_response(family, _pressure(0.5), _pressure(0.5), elasticity)
    np.testing.assert_array_equal(unchanged.persons["loon"], family.persons["loon"])


def test_the_scenario_runs_the_reform_again_on_the_new_hours():
    # At € 35.000 the second earner has reached today's maximum combinatiekorting (€ 3.032), so an extra hour earns no
    # more credit; with a maximum of € 4.000 the credit still builds up (11,45 %): her marginal net wage rises.
    family = _couple(0, 35_000.0)
    base = run.run(family, chunk_size=None)
    spec = reform.load(EXAMPLE)
    static = run.run(family, spec, chunk_size=None)
    scenario, row = behaviour.respond(family, base, static, spec, behaviour.cited(), chunk_size=None)
    assert scenario.spec.name == "iack-4000 + gedrag (CPB)"
    p_base = base.households["marginale_druk_tweede_verdiener"][0]
    p_new = static.households["marginale_druk_tweede_verdiener"][0]
    expected = 20 * (1 + 0.5 * ((1 - p_new) - (1 - p_base)) / (1 - p_base))
    assert p_new < p_base and expected > 20
    assert row["gemiddelde_verandering_uren"] == pytest.approx(expected - 20)
    assert scenario.households["loon"][0] == pytest.approx(60_000 + round(35_000 * expected / 20))
    assert (row["elasticiteit_vrouw"], row["elasticiteit_man"]) == (0.5, 0.1)


@pytest.fixture(scope="module")
def population(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pop")
    result = runner.invoke(app, ["microsim", "generate", "-n", "2000", "--seed", "5", "--out", str(folder), "--json"])
    assert result.exit_code == 0, result.output
    return folder


def _run(population, tmp_path, *extra):
    args = ["microsim", "run", "-r", str(EXAMPLE), "-p", str(population), "-o", str(tmp_path / "out"), "--cache", str(tmp_path / "cache"), "--json", *extra]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_by_default_every_reform_gets_its_behavioural_scenario(population, tmp_path):
    summary = _run(population, tmp_path)
    assert [row["hervorming"] for row in summary["samenvatting"]] == ["iack-4000", "iack-4000 + gedrag (CPB)"]
    assert summary["elasticity"]["elasticiteit_vrouw"] == 0.5 and summary["elasticity"]["elasticiteit_man"] == 0.1
    assert "uurelasticiteit" not in summary  # one name for it in JSON
    assert summary["tabellen"]["gedrag"][0]["scenario"] == "iack-4000 + gedrag (CPB)"
    report = (tmp_path / "out" / "rapport.md").read_text(encoding="utf-8")
    assert "## Gedrag: de aanname" in report and "cpb.nl/publicatie/what-explains-variation" in report
    assert "Niet meegenomen" in report


@pytest.mark.parametrize("switch", [["--zonder-gedrag"], ["--uurelasticiteit", "0"]])
def test_switching_off_removes_the_scenario(population, tmp_path, switch):
    summary = _run(population, tmp_path, *switch)
    assert [row["hervorming"] for row in summary["samenvatting"]] == ["iack-4000"]
    assert summary["elasticity"] is None
    assert "gedrag" not in summary["tabellen"]


def test_an_own_elasticity_is_named_as_such(population, tmp_path):
    summary = _run(population, tmp_path, "--uurelasticiteit", "0.3")
    assert summary["samenvatting"][1]["hervorming"] == "iack-4000 + gedrag (uurelasticiteit 0.3)"
    assert summary["elasticity"]["bron"].startswith("eigen aanname")
