"""Persona: Fatima, 29, single mother on bijstand, children of 3 and 7, social rent € 720 kale huur, a job offer of
16 hours a week at the minimum wage, starting in March 2026 (so both the January and the July 2026 rules show).

Every expected figure is hand arithmetic on official amounts, written out here:

* Minimum wage (21+), Wet minimumloon art. 8 and 14: € 14,71 per hour from 1-1-2026, € 14,99 from 1-7-2026
  (Rijksoverheid, Bedragen minimumloon 2026). Holiday pay 8 % (art. 15), spread over the months.
  Gross a month at 16 hours: 16 × 52/12 × € 14,71 × 1,08 = € 1.101,48; from July 16 × 52/12 × € 14,99 × 1,08 = € 1.122,45.
  At about € 13.218 a year the heffingskortingen (algemene heffingskorting, arbeidskorting, IACK) exceed the tax: net = gross.
* Bijstandsnorm alleenstaande (ouder), Participatiewet art. 21 a: € 1.401,50 (1-1-2026), € 1.419,46 (1-7-2026).
  Inkomstenvrijlating art. 31 lid 2 n: 25 % of the net wage for 6 months (max € 285,00 / € 289,00); then onderdeel r
  (single parent, child under 12): 12,5 % (max € 177,66 / € 180,17) for 30 months.
  March 2026 (month 1): 1.401,50 − (1.101,48 − 275,37) = € 575,39 (0,25 × 1.101,48 = 275,37).
  July 2026 (month 5): 1.419,46 − (1.122,45 − 280,61) = € 577,62 (0,25 × 1.122,45 = 280,6125).
  September 2026 (month 7, onderdeel r): 1.419,46 − (1.122,45 − 140,31) = € 437,32 (0,125 × 1.122,45 = 140,306).
* Kindgebonden budget 2026, Wet op het kindgebonden budget art. 2: € 2.580 per child and the alleenstaande-ouderkop
  € 3.416 a year; her toetsingsinkomen (wage about € 13.218 plus gross bijstand under € 10.000) is below the
  drempelinkomen € 29.736, so no afbouw: (2 × 2.580 + 3.416) / 12 = € 714,67 a month.
* Kinderbijslag (SVB, AKW art. 12) per quarter, by age on the first day of the quarter: 0-5 years € 295,07 and 6-11
  years € 358,30 (Q1 and Q2 2026), € 298,40 and € 362,35 (from 1-7-2026). Per month ÷ 3: € 98,36 and € 119,43, then
  € 99,47 and € 120,78; together € 217,79, then € 220,25.
* Childcare at 16 hours = 2 working days of 8 hours: day care 2 × (8 + 1) h × 52/12 = 78 h × € 10,25 = € 799,50;
  bso 2 × 4 h × 52/12 = 34,67 h × € 9,50 = € 329,33. At her income 96 % of the costs come back (Besluit
  kinderopvangtoeslag, Bijlage I 2026, first row, first and further child): € 767,52 and € 316,16.
"""

import datetime
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from werkzorg.cli import app
from werkzorg.input_errors import InputError
from werkzorg.model import MODELLED_YEARS
from werkzorg.route import schema
from werkzorg.route.projection import project
from werkzorg.route.report import as_dict
from werkzorg.route.schema import parse_route

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "route" / "alleenstaande_moeder.json"
SIXTEEN = 2  # options: 0, 8, 16, 24, 32 hours
MARCH, JUNE, JULY, SEPTEMBER = 0, 3, 4, 6


def fatima() -> dict:
    return json.loads(EXAMPLE.read_text())


@pytest.fixture(scope="module")
def projection():
    return project(parse_route(fatima()))


def test_the_wage_follows_the_minimum_wage_month_by_month(projection):
    wage = projection.values["uurloon"][SIXTEEN]
    assert list(wage[MARCH:JULY]) == [14.71] * 4  # March to June 2026
    assert wage[JULY] == 14.99 and wage[SEPTEMBER] == 14.99
    assert projection.values["bruto_loon"][SIXTEEN][MARCH] == 1101.48
    assert projection.values["bruto_loon"][SIXTEEN][JULY] == 1122.45
    assert projection.values["netto_loon"][SIXTEEN][JULY] == 1122.45


def test_an_entered_wage_stays_as_entered():
    p = project(parse_route({**fatima(), "uurloon": 14.71}))
    assert set(p.values["uurloon"][SIXTEEN]) == {14.71}
    assert p.values["bruto_loon"][SIXTEEN][JULY] == 1101.48


def test_bijstand_with_the_inkomstenvrijlating(projection):
    bijstand, vrijlating = projection.values["bijstand"][SIXTEEN], projection.values["vrijlating"][SIXTEEN]
    assert (vrijlating[MARCH], bijstand[MARCH]) == (275.37, 575.39)
    assert (vrijlating[JULY], bijstand[JULY]) == (280.61, 577.62)
    assert (vrijlating[SEPTEMBER], bijstand[SEPTEMBER]) == (140.31, 437.32)
    assert projection.values["bijstand"][0][MARCH] == 1401.50 and projection.values["bijstand"][0][JULY] == 1419.46


def test_both_childrens_kinderbijslag_and_the_kindgebonden_budget(projection):
    per_child = projection.per_child["kinderbijslag"][SIXTEEN]
    assert list(per_child[MARCH]) == [98.36, 119.43]
    assert list(per_child[JUNE]) == [98.36, 119.43]
    assert list(per_child[JULY]) == [99.47, 120.78]
    assert projection.values["kinderbijslag"][SIXTEEN][MARCH] == 217.79
    assert projection.values["kinderbijslag"][SIXTEEN][JULY] == 220.25
    assert projection.values["kindgebonden_budget"][SIXTEEN][MARCH] == 714.67
    assert projection.values["kindgebonden_budget"][0][MARCH] == 714.67  # not working: the same full amount


def test_each_child_has_its_own_care(projection):
    hours, cost, kot = (projection.per_child[name][SIXTEEN][MARCH] for name in ("opvang_uren", "kinderopvang_kosten", "kinderopvangtoeslag"))
    assert list(hours) == [78.0, 34.67]
    assert list(cost) == [799.50, 329.33]
    assert list(kot) == [767.52, 316.16]
    assert list(projection.care_types[MARCH]) == ["dagopvang", "buitenschoolse_opvang"]
    # The child of 3 (born 1-1-2023) is 4 in January 2027 (month 11): bso, 34,67 h at the maximum € 9,98 (2026)
    assert projection.care_types[10][0] == "buitenschoolse_opvang"
    assert projection.per_child["opvang_uren"][SIXTEEN][10][0] == 34.67
    assert projection.per_child["kinderopvang_kosten"][0].sum() == 0  # no work, no care


def test_the_answer_for_programs_has_every_child(projection):
    month = as_dict(projection)["opties"][SIXTEEN]["maanden"][JULY]
    assert month["uurloon"] == 14.99
    assert [child["kinderbijslag"] for child in month["kinderen"]] == [99.47, 120.78]
    assert [child["opvang"] for child in month["kinderen"]] == ["dagopvang", "buitenschoolse_opvang"]


def test_the_start_month_defaults_to_next_month(monkeypatch):
    monkeypatch.setattr(schema, "today", lambda: datetime.date(2026, 2, 14))
    data = fatima()
    del data["start"]
    assert parse_route(data).start == "2026-03"


def test_in_december_before_next_years_amounts_the_default_is_the_last_known_month(monkeypatch):
    """On 5 December of the last modelled year, next month's amounts are not published: the default start is that
    December (the newest month the model knows), never a month computed with guessed amounts."""
    last = MODELLED_YEARS[-1]
    monkeypatch.setattr(schema, "today", lambda: datetime.date(last, 12, 5))
    data = fatima()
    del data["start"]
    assert parse_route(data).start == f"{last}-12"


def test_a_start_month_beyond_the_modelled_years_is_refused():
    last = MODELLED_YEARS[-1]
    data = {**fatima(), "start": f"{last + 1}-01"}
    with pytest.raises(InputError) as error:
        parse_route(data)
    assert error.value.errors[0].field == "start"
    assert f"{last + 1}-01" in error.value.errors[0].message_nl and "nog niet bekend" in error.value.errors[0].message_nl


def _with_children(children):
    data = fatima()
    data["huishouden"]["kinderen"] = children
    return data


@pytest.mark.parametrize(
    "data, field, words",
    [
        (_with_children([{"geboortedatum": "2026-05-10"}]), "huishouden.kinderen[0].geboortedatum", "na de eerste maand"),
        (_with_children([{"leeftijd": 5}] * 13), "huishouden.kinderen", "hoogstens 12"),
        (_with_children([{"leeftijd": 3, "opvang": {"soort": "dagopvang", "uurprijs": 10, "uren_per_dag": 12}}]), "huishouden.kinderen[0].opvang.uren_per_dag", "230"),
        (_with_children([{"leeftijd": 3, "opvang": {"soort": "dagopvang", "uurprijs": 10, "uren_per_dag": 11, "dagen": 5}}]), "huishouden.kinderen[0].opvang.uren_per_dag", "230"),
    ],
)
def test_bad_input_names_the_field(data, field, words):
    with pytest.raises(InputError) as error:
        parse_route(data)
    assert error.value.errors[0].field == field
    assert words in error.value.errors[0].message_nl


def test_care_above_230_hours_from_the_working_day_is_refused():
    # A working day of 12 hours: 12 + 1 = 13 h of day care a day; at 32 hours (3 days) 3 × 13 × 52/12 = 169 h is fine,
    # but 5 fixed days make 5 × 13 × 52/12 = 281,7 h: more than 230.
    data = fatima()
    data["huishouden"]["partners"][0]["uren_per_dag"] = 12
    data["huishouden"]["kinderen"][0]["opvang"]["dagen"] = 5
    with pytest.raises(InputError) as error:
        parse_route(data)
    assert error.value.errors[0].field == "huishouden.kinderen[0].opvang.uren_per_dag"


def test_cli_and_api_give_the_same_figures(client):
    result = CliRunner().invoke(app, ["route", str(EXAMPLE), "--json"])
    assert result.exit_code == 0, result.output
    month = json.loads(result.stdout)["opties"][SIXTEEN]["maanden"][MARCH]
    assert (month["uurloon"], month["bijstand"], month["kindgebonden_budget"]) == (14.71, 575.39, 714.67)
    response = client.post("/api/v1/route", data=EXAMPLE.read_text(), content_type="application/json")
    assert response.status_code == 200, response.content
    july = response.json()["opties"][SIXTEEN]["maanden"][JULY]
    assert (july["uurloon"], july["bijstand"], july["kinderbijslag"]) == (14.99, 577.62, 220.25)


def test_cli_and_api_bad_input(client, tmp_path):
    data = _with_children([{"leeftijd": 5}] * 13)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    result = CliRunner().invoke(app, ["route", str(bad)])
    assert result.exit_code == 2 and "huishouden.kinderen" in result.output
    response = client.post("/api/v1/route", data=json.dumps(_with_children([{"geboortedatum": "2026-05-10"}])), content_type="application/json")
    assert response.status_code == 422 and response["Content-Type"].startswith("application/problem+json")
    assert "huishouden.kinderen[0].geboortedatum" in [e["field"] for e in response.json()["errors"]]
