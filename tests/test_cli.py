"""The CLI: a correct run, the explanation, and every bad-input path (one message naming the field, exit code 2)."""

import json

import pytest
from typer.testing import CliRunner

from werkzorg.cli import app

runner = CliRunner()

GOOD = {
    "personen": {"anna": {"geboortedatum": "1990-01-01", "loon": {"2025": 45000}, "inkomstenbelasting": {"2025": None}}},
    "huishoudens": {"h": {"partners": ["anna"], "zorgtoeslag": {"2025": None}}},
}


def run(tmp_path, situation, *args, raw=None):
    path = tmp_path / "situatie.json"
    path.write_text(raw if raw is not None else json.dumps(situation), encoding="utf-8")
    return runner.invoke(app, ["calculate", str(path), *args])


def test_calculate_fills_in_requested_values(tmp_path):
    result = run(tmp_path, GOOD)
    assert result.exit_code == 0, result.output
    output = json.loads(result.stdout)
    # Belastingdienst OLA IH2025, tc_2025_013: single, wage € 45.000, owed € 8.735.
    assert output["personen"]["anna"]["inkomstenbelasting"]["2025"] == 8735
    # Income above the zorgtoeslag limit of € 39.719 (brochure Berekening zorgtoeslag 2025): none.
    assert output["huishoudens"]["h"]["zorgtoeslag"]["2025"] == 0


def test_calculate_reads_standard_input():
    result = runner.invoke(app, ["calculate", "-"], input=json.dumps(GOOD))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["personen"]["anna"]["inkomstenbelasting"]["2025"] == 8735


def test_plain_values_take_the_year_option(tmp_path):
    situation = {"personen": {"a": {"loon": 45000, "inkomstenbelasting": None, "leeftijd": 55}}, "huishoudens": {"h": {"partners": ["a"]}}}
    result = run(tmp_path, situation, "--year", "2025")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["personen"]["a"]["inkomstenbelasting"]["2025"] == 8735


def test_explain_names_the_law_and_the_values(tmp_path):
    result = run(tmp_path, GOOD, "--explain")
    assert result.exit_code == 0, result.output
    assert "Wet IB 2001, art. 2.10" in result.stdout
    assert "wetten.overheid.nl/BWBR0011353" in result.stdout
    assert "arbeidskorting" in result.stdout
    assert "8.735,00" in result.stdout


def test_explain_as_json_lists_parameters_with_sources(tmp_path):
    result = run(tmp_path, GOOD, "--explain", "--json")
    assert result.exit_code == 0, result.output
    uitleg = json.loads(result.stdout)["uitleg"]["personen.anna.inkomstenbelasting.2025"]
    names = {item["naam"] for item in uitleg["parameters"]}
    assert "wet_inkomstenbelasting_2001.tarief.schijven" in names
    assert all(item["bronnen"] for item in uitleg["parameters"])


def test_results_that_use_a_provisional_value_are_marked(tmp_path):
    situation = {"personen": {"a": {"loon": {"2026": 30000}, "economisch_zelfstandig": {"2026": None}}}, "huishoudens": {"h": {"partners": ["a"]}}}
    output = json.loads(run(tmp_path, situation).stdout)
    assert "personen.a.economisch_zelfstandig.2026" in output["voorlopig"]


def test_output_can_be_fed_back_in(tmp_path):
    first = run(tmp_path, GOOD).stdout
    second = run(tmp_path, None, raw=first)
    assert second.exit_code == 0, second.output


BAD_INPUTS = [
    ({"personen": {"a": {"salaris": {"2025": 1}}}, "huishoudens": {"h": {"partners": ["a"]}}}, "personen.a.salaris", "onbekende variabele"),
    ({"personen": {"a": {"loon": {"2025": "veel"}}}, "huishoudens": {"h": {"partners": ["a"]}}}, "personen.a.loon.2025", "verwacht een getal"),
    ({"personen": {"a": {"uren_per_week": {"2025": -4}}}, "huishoudens": {"h": {"partners": ["a"]}}}, "personen.a.uren_per_week.2025", "negatief"),
    ({"personen": {"a": {"uren_per_week": {"2025": 200}}}, "huishoudens": {"h": {"partners": ["a"]}}}, "personen.a.uren_per_week.2025", "maximum"),
    (
        {"personen": {"a": {}, "b": {}, "c": {}}, "huishoudens": {"h": {"partners": ["a", "b", "c"]}}},
        "huishoudens.h.partners",
        "ten hoogste 2 partners",
    ),
    ({"personen": {"a": {"loon": {"2019": 30000}}}, "huishoudens": {"h": {"partners": ["a"]}}}, "personen.a.loon.2019", "buiten het model"),
    ({"personen": {"a": {"loon": {"volgend jaar": 1}}}, "huishoudens": {"h": {"partners": ["a"]}}}, "personen.a.loon.volgend jaar", "geen periode"),
    ({"personen": {"a": {"geboortedatum": "31-02-1990"}}, "huishoudens": {"h": {"partners": ["a"]}}}, "personen.a.geboortedatum", "datum"),
    (
        {"personen": {"a": {}, "k": {"kinderopvang_soort": {"2025": "creche"}}}, "huishoudens": {"h": {"partners": ["a"], "kinderen": ["k"]}}},
        "personen.k.kinderopvang_soort.2025",
        "kies uit",
    ),
    ({"personen": {"a": {}}, "huishoudens": {"h": {"partners": ["a", "b"]}}}, "huishoudens.h.partners", "staat niet bij personen"),
    ({"personen": {"a": {}, "b": {}}, "huishoudens": {"h": {"partners": ["a"]}}}, "personen.b", "geen enkel huishouden"),
    ({"personen": {"a": {"vermogen": {"2025": 1}}}, "huishoudens": {"h": {"partners": ["a"]}}}, "personen.a.vermogen", "hoort bij huishoudens"),
    ({"persons": {}}, "persons", "onbekend onderdeel"),
    ({"personen": {"a": {"loon": 30000}}, "huishoudens": {"h": {"partners": ["a"]}}}, "personen.a.loon", "geef een jaar"),
    ([1, 2], "(situatie)", "JSON-object"),
    ({"personen": {"a": {"loon": {"2025": float("nan")}}}, "huishoudens": {"h": {"partners": ["a"]}}}, "personen.a.loon.2025", "eindig getal"),
]


@pytest.mark.parametrize(("situation", "field", "message"), BAD_INPUTS)
def test_bad_input_gets_one_clear_message_naming_the_field(tmp_path, situation, field, message):
    result = run(tmp_path, situation)
    assert result.exit_code == 2, result.output
    assert field in result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert result.stdout == ""


def test_malformed_json_names_line_and_column(tmp_path):
    result = run(tmp_path, None, raw='{"personen": {"a": }')
    assert result.exit_code == 2
    assert "regel 1, kolom 20" in result.stderr
    assert "geen geldige JSON" in result.stderr


def test_missing_file(tmp_path):
    result = runner.invoke(app, ["calculate", str(tmp_path / "bestaat-niet.json")])
    assert result.exit_code == 2
    assert "kan niet gelezen worden" in result.stderr


def test_demo_shows_the_example_household():
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert "Besteedbaar inkomen" in result.stdout
    assert "Kinderopvangtoeslag" in result.stdout


def test_parameter_shows_values_and_sources():
    result = runner.invoke(app, ["parameter", "wet_op_de_zorgtoeslag.standaardpremie"])
    assert result.exit_code == 0, result.output
    assert "2119" in result.stdout
    assert runner.invoke(app, ["parameter", "bestaat.niet"]).exit_code == 2


def test_calculate_answers_monthly_periods_for_bijstand(tmp_path):
    """Participatiewet art. 22a: a single person sharing the home with one other adult (A = 2) gets (40 + 2 × 30) / 2 %
    of the gehuwdennorm of 1-1-2026 (€ 2.002,13) = € 1.001,065, which the SZW Normenbrief publishes as € 1.001,07."""
    situation = {
        "personen": {"a": {"geboortedatum": "1990-01-01"}},
        "huishoudens": {"h": {"partners": ["a"], "aantal_andere_kostendelers": {"2026-01": 1}, "bijstand": {"2026-01": None}}},
    }
    result = run(tmp_path, situation)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["huishoudens"]["h"]["bijstand"]["2026-01"] == 1001.07


def test_verlof_gives_the_request_date_for_ouderschapsverlof_with_a_start_date(tmp_path):
    """Wazo hoofdstuk 6: in writing two months before the start (1 March 2027 → 1 January 2027)."""
    path = tmp_path / "vraag.json"
    path.write_text(json.dumps({"peildatum": "2026-12-05", "situatie": "ouderschap", "uren_per_week": 32,
                                "geboortedatum": "2026-07-01", "gewenste_ingangsdatum": "2027-03-01"}), encoding="utf-8")
    result = runner.invoke(app, ["verlof", str(path), "--json"])
    assert result.exit_code == 0, result.output
    found = {r["code"]: r for r in json.loads(result.stdout)["regelingen"]}
    assert found["ouderschapsverlof"]["aanvragen_uiterlijk"] == "2027-01-01"
    assert found["ouderschapsverlof"]["werkgever_wijzigt_uiterlijk"] == "2027-02-01"
