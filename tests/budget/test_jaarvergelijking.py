"""The same household in two years: only the rules change. Expected values are hand arithmetic on official amounts.

Household: two partners who do not work (0 days), no rent, no savings, one child born 1 June 2022 (0-5 all year),
no childcare. 2025 → 2026:

Zorgtoeslag with a toeslagpartner at income 0 = 2 × standaardpremie − normpremie-percentage × drempelinkomen
  2025: 2 × € 2.112 − 4,273 % × € 28.406 = 4.224 − 1.213,79 = € 3.010,21 → € 3.010 (Regeling standaardpremie 2025;
        Wet op de zorgtoeslag art. 2, versie 1-1-2025)
  2026: 2 × € 2.119 − 4,289 % × € 29.736 = 4.238 − 1.275,38 = € 2.962,62 → € 2.963 (Stcrt. 2025, 40022; art. 2,
        versie 1-1-2026)
Kindgebonden budget below the drempelinkomen = the amount per child: 2025 € 2.511, 2026 € 2.580
  (Wet op het kindgebonden budget art. 2, versies 1-1-2025 en 1-1-2026)
Kinderbijslag, age 0-5, two quarters at the 1 January amount and two at the 1 July amount (SVB; AKW art. 12):
  2025: 2 × € 286,45 + 2 × € 291,49 = 572,90 + 582,98 = € 1.155,88
  2026: 2 × € 295,07 + 2 × € 298,40 = 590,14 + 596,80 = € 1.186,94
"""

import pytest

from werkzorg.budget.jaarvergelijking import compare_years, missing_for_budget, same_household_in
from werkzorg.household import parse_household

HOUSEHOLD = {
    "jaar": 2025,
    "partners": [{"leeftijd": 35, "uurloon": 20, "dagen_per_week": 0}, {"leeftijd": 36, "uurloon": 20, "dagen_per_week": 0}],
    "kinderen": [{"geboortedatum": "2022-06-01"}],
}


def test_2025_to_2026_by_hand():
    comparison = compare_years(parse_household(HOUSEHOLD))
    assert (comparison.earlier_year, comparison.later_year, comparison.missing) == (2025, 2026, [])
    rows = {row.name: row for row in comparison.rows}
    assert (round(rows["zorgtoeslag"].earlier), round(rows["zorgtoeslag"].later)) == (3010, 2963)
    assert round(rows["zorgtoeslag"].difference) == -47
    assert (rows["kindgebonden_budget"].earlier, rows["kindgebonden_budget"].later) == (2511, 2580)
    assert rows["kinderbijslag"].earlier == pytest.approx(1155.88, abs=0.01)
    assert rows["kinderbijslag"].later == pytest.approx(1186.94, abs=0.01)
    assert rows["kinderbijslag"].difference == pytest.approx(31.06, abs=0.01)
    assert rows["kinderopvangtoeslag"].earlier == rows["kinderopvangtoeslag"].later == 0


def test_the_same_people_keep_their_age():
    household = parse_household({**HOUSEHOLD, "partners": [{"geboortedatum": "1988-02-29", "uurloon": 20, "dagen_per_week": 3}]})
    later = same_household_in(household, 2026)
    assert later.jaar == 2026
    assert str(later.partners[0].geboortedatum) == "1989-02-28"
    assert str(later.kinderen[0].geboortedatum) == "2023-06-01"


def test_a_year_without_its_amounts_names_what_is_missing_instead_of_computing():
    comparison = compare_years(parse_household({**HOUSEHOLD, "jaar": 2026}))
    assert comparison.rows == []
    assert "wet_op_de_zorgtoeslag.standaardpremie" in comparison.missing
    assert "algemene_kinderbijslagwet.bedrag_0_tot_6" in comparison.missing
    assert comparison.missing == missing_for_budget(2027)


def test_a_fully_modelled_year_misses_nothing():
    assert missing_for_budget(2026) == []


def test_cli_vergelijk(tmp_path):
    import json

    import yaml
    from typer.testing import CliRunner

    from werkzorg.cli import app

    path = tmp_path / "h.yaml"
    path.write_text(yaml.safe_dump(HOUSEHOLD))
    runner = CliRunner()
    result = runner.invoke(app, ["budget", "--vergelijk", "--json", str(path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    rows = {row["naam"]: row for row in data["regels"]}
    assert (data["jaar"], data["volgend_jaar"], data["ontbreekt"]) == (2025, 2026, [])
    assert rows["kindgebonden_budget"]["verschil_per_jaar"] == 69  # 2.580 − 2.511
    assert rows["kindgebonden_budget"]["verschil_per_maand"] == 5.75
    assert set(data["voorlopig"]) <= set(rows)
    table = runner.invoke(app, ["budget", "--vergelijk", str(path)])
    assert "Wat verandert er voor u in 2026?" in table.stdout and "Kinderbijslag" in table.stdout
    path.write_text(yaml.safe_dump({**HOUSEHOLD, "jaar": 2026}))
    later = runner.invoke(app, ["budget", "--vergelijk", str(path)])
    assert later.exit_code == 0 and "Voor 2027 zijn nog niet alle bedragen bekend" in later.stdout
