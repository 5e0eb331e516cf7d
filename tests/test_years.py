"""The year people get, what a year lacks, and that a calculation never silently uses an older year's amounts."""

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from werkzorg.model import MODELLED_YEARS, PARAMETERS_DIR, YEARS
from werkzorg.model.calculation import MissingParametersError, calculate
from werkzorg.model.provenance import provisional_reason
from werkzorg.model.years import default_year, july_reason, missing_at, missing_parameters, offered_years, update_frequency

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("today", "offered", "default"),
    [
        (datetime.date(2026, 1, 1), [2025, 2026], 2026),
        (datetime.date(2026, 9, 30), [2025, 2026], 2026),
        (datetime.date(2026, 10, 1), [2025, 2026, 2027], 2026),
        (datetime.date(2026, 11, 30), [2025, 2026, 2027], 2026),
        (datetime.date(2026, 12, 1), [2025, 2026, 2027], 2027),
        (datetime.date(2026, 12, 5), [2025, 2026, 2027], 2027),
        (datetime.date(2027, 3, 1), [2025, 2026, 2027], 2027),
        (datetime.date(2027, 12, 1), [2025, 2026, 2027], 2027),  # 2028 is not in the model: the newest year stays
    ],
)
def test_offered_and_default_year(today, offered, default):
    assert offered_years(today) == offered
    assert default_year(today) == default


def test_modelled_years_lack_nothing_except_the_maximumdagloon_of_july_2025():
    assert missing_parameters(2026) == []
    assert [(m.name, m.needed_from) for m in missing_parameters(2025)] == [("wet_financiering_sociale_verzekeringen.maximumdagloon", "2025-07-01")]


def test_2027_lists_each_renewed_parameter_with_where_it_is_published():
    missing = missing_parameters(2027)
    names = {m.name for m in missing}
    assert "wet_op_de_zorgtoeslag.standaardpremie" in names
    assert "wet_inkomstenbelasting_2001.tarief.schijven" in names
    assert "wet_kinderopvang.kinderopvangtoeslag.tabel_eerste_kind" in names
    assert "wet_arbeid_en_zorg.geboorteverlof.maal_weekuren" not in names  # holds until the law changes
    assert all(m.publication for m in missing)
    assert {m.needed_from for m in missing if m.name == "wet_minimumloon.minimumuurloon"} == {"2027-01-01", "2027-07-01"}


def test_missing_and_july():
    assert update_frequency("wet_minimumloon.minimumuurloon") == "halfjaarlijks"
    assert update_frequency("algemene_wet_inkomensafhankelijke_regelingen.vermogensgrens_huurtoeslag.alleenstaande") == "jaarlijks"
    assert update_frequency("wet_arbeid_en_zorg.zorgverlof.kortdurend_maal_weekuren") is None
    assert missing_at("wet_minimumloon.minimumuurloon", "2027-01-01")
    assert not missing_at("wet_minimumloon.minimumuurloon", "2026-12-31")
    # 1 July 2025: the maximumdagloon of 1 January 2025 stands in, said so
    assert not missing_at("wet_financiering_sociale_verzekeringen.maximumdagloon", "2025-07-01")
    assert "1 juli 2025" in july_reason("wet_financiering_sociale_verzekeringen.maximumdagloon", "2025-08-01")
    assert "1 juli 2025" in provisional_reason("wet_financiering_sociale_verzekeringen.maximumdagloon", "2025-08-01")
    assert july_reason("wet_minimumloon.minimumuurloon", "2026-08-01") is None


def _situation(year):
    return {
        "personen": {"anna": {"geboortedatum": "1990-01-01", "loon": {year: 30000}, "netto_inkomen": {year: None}},
                     "kees": {"geboortedatum": "2022-01-01"}},
        "huishoudens": {"h": {"partners": ["anna"], "kinderen": ["kees"], "kinderbijslag": {year: None}}},
    }


def test_calculate_2027_refuses_and_names_the_missing_parameters():
    with pytest.raises(MissingParametersError) as raised:
        calculate(_situation("2027"))
    assert raised.value.field == "personen.anna.netto_inkomen.2027"
    assert "wet_inkomstenbelasting_2001.tarief.schijven" in raised.value.missing
    assert "2027" in raised.value.message_nl and "ontbreekt" in raised.value.message_nl


def test_calculate_2026_still_answers():
    result = calculate(_situation("2026"))
    assert result.situation["huishoudens"]["h"]["kinderbijslag"]["2026"] == pytest.approx(2 * 295.07 + 2 * 298.40, abs=0.01)


def test_cli_calculate_2027_exits_2_with_the_names(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps(_situation("2027")))
    result = subprocess.run([sys.executable, "-m", "werkzorg.cli", "calculate", str(path)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "premies_volksverzekeringen" in result.stderr


def test_cli_ontbreekt_table_fits_80_columns_and_json():
    env = {**os.environ, "COLUMNS": "80"}
    result = subprocess.run([sys.executable, "-m", "werkzorg.cli", "parameters", "ontbreekt", "2028"], capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "Wet op de zorgtoeslag" in result.stdout and "standaardpremie" in result.stdout
    as_json = subprocess.run([sys.executable, "-m", "werkzorg.cli", "parameters", "ontbreekt", "2028", "--json"], capture_output=True, text=True, cwd=ROOT)
    data = json.loads(as_json.stdout)
    assert data["jaar"] == 2028
    laws = {law["wet"]: law for law in data["ontbreekt"]}
    assert "Dienst Toeslagen" in laws["wet_op_de_zorgtoeslag"]["publicatie"]
    assert {"naam": "wet_op_de_zorgtoeslag.standaardpremie", "nodig_vanaf": "2028-01-01", "nieuwste_waarde_vanaf": "2026-01-01", "update": "jaarlijks"} in laws["wet_op_de_zorgtoeslag"]["parameters"]
    bad = subprocess.run([sys.executable, "-m", "werkzorg.cli", "parameters", "ontbreekt", "1999"], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 2 and "jaar" in bad.stderr


def _dated_values(node, path):
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _dated_values(item, f"{path}[{index}]")
    elif isinstance(node, dict):
        for date, value in (node.get("values") or {}).items():
            yield f"{path} {date}", str(date), value
        for key, child in node.items():
            if key not in ("values", "metadata"):
                yield from _dated_values(child, f"{path}.{key}")


def test_every_value_after_the_modelled_years_has_its_own_reference():
    """Values for a year beyond MODELLED_YEARS (2027 and later) are new: each cites its own source."""
    later = []
    for path in sorted(PARAMETERS_DIR.glob("**/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for where, date, value in _dated_values(data, str(path.relative_to(PARAMETERS_DIR))):
            if int(date[:4]) > MODELLED_YEARS[-1]:
                later.append(where)
                assert isinstance(value, dict) and value.get("reference"), f"{where} has no reference of its own"
    assert later, "no value after the modelled years: this test would not test anything"


def test_years_in_order():
    assert list(YEARS) == sorted(YEARS) and set(MODELLED_YEARS) <= set(YEARS)


def test_before_the_first_model_year_the_first_is_offered():
    assert offered_years(datetime.date(2024, 5, 1)) == [2025]
    assert default_year(datetime.date(2024, 5, 1)) == 2025


def test_complete_year_is_the_default_unless_its_amounts_are_missing():
    from werkzorg.model.years import complete_year

    assert complete_year(datetime.date(2026, 11, 30)) == 2026
    assert complete_year(datetime.date(2026, 12, 5)) == 2026  # 2027 is the default, but not complete
    assert complete_year(datetime.date(2025, 6, 1)) == 2025


def test_cli_demo_uses_the_newest_complete_year_people_get_and_says_so(monkeypatch):
    from typer.testing import CliRunner

    from werkzorg import cli

    runner = CliRunner()
    monkeypatch.setattr(cli, "_today", lambda: datetime.date(2026, 11, 5))
    result = runner.invoke(cli.app, ["demo"])
    assert result.exit_code == 0 and "voorbeeldberekening 2026" in result.output and "de demo rekent" not in result.output
    monkeypatch.setattr(cli, "_today", lambda: datetime.date(2026, 12, 5))
    result = runner.invoke(cli.app, ["demo"])
    assert result.exit_code == 0
    assert "voorbeeldberekening 2026" in result.output and "Voor 2027 zijn nog niet alle bedragen bekend" in result.output
    result = runner.invoke(cli.app, ["demo", "--year", "2027"])
    assert result.exit_code == 2 and "ontbreekt" in result.output and "Traceback" not in result.output


def test_docs_explain_everything_missing_for_each_later_year():
    """The update command lists nothing for a later year that docs/parameters.md does not explain."""
    listed = (ROOT / "docs" / "parameters.md").read_text(encoding="utf-8")
    for year in [y for y in YEARS if y not in MODELLED_YEARS]:
        assert f"## {year}: what is missing or provisional, and why" in listed
        for item in missing_parameters(year):
            assert f"| {item.law} | `{item.name}` | {item.needed_from} |" in listed, item


def test_missing_in_year_for_a_tool():
    from werkzorg.model.years import missing_in_year

    names = ["wet_financiering_sociale_verzekeringen.maximumdagloon", "wet_arbeid_en_zorg.geboorteverlof.maal_weekuren"]
    assert missing_in_year(names, 2026) == []
    assert missing_in_year(names, 2027) == ["wet_financiering_sociale_verzekeringen.maximumdagloon"]


def test_rule_status_per_year():
    from werkzorg.model.years import rule_status

    assert all(not status.missing for status in rule_status(2026))
    later = {status.variable: status.missing for status in rule_status(2027)}
    assert later["heeft_aow_leeftijd"] == ()  # 67 in 2027 by law: computed
    assert "wet_op_de_zorgtoeslag.standaardpremie" in later["zorgtoeslag"]
    assert "algemene_kinderbijslagwet.bedrag_0_tot_6" in later["kinderbijslag"]


#: Parameters that got a new value in the last modelled year because the law changed, not because they are renewed
#: every year (Wet vereenvoudiging huurtoeslag, 2026).
CHANGED_BY_LAW = {"wet_op_de_huurtoeslag.maximale_huurgrens_is_voorwaarde", "wet_op_de_huurtoeslag.leeftijdsgrens_jongeren"}


def test_a_parameter_renewed_in_the_last_year_says_how_often_it_is_renewed():
    """A new value in the last modelled year without `update` would silently carry into the next year: mark it."""
    from openfisca_core.parameters import Parameter, ParameterNode, ParameterScale

    from werkzorg.model import tax_benefit_system
    from werkzorg.model.years import _starts

    unmarked = []

    def walk(node, name):
        if isinstance(node, (Parameter, ParameterScale)):
            if update_frequency(name) is None and any(s.startswith(str(MODELLED_YEARS[-1])) for s in _starts(node)):
                unmarked.append(name)
        elif isinstance(node, ParameterNode):
            for key, child in node.children.items():
                walk(child, f"{name}.{key}" if name else key)

    walk(tax_benefit_system().parameters, "")
    assert set(unmarked) == CHANGED_BY_LAW
