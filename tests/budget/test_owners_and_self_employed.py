"""Issue 16: a homeowner couple with a mortgage and a couple with one self-employed partner, end to end in the engine,
the CLI and the API; bad input named per field.

Expected values are hand arithmetic on official amounts, written out beside each test:
- Kinderopvangtoeslag 2026: Dienst Toeslagen, Berekening kinderopvangtoeslag 2026 (TG 080-1Z61FD), table for the
  first child; rows 34 (€ 99.890 – € 103.694: 72,10 %) and 37 (€ 111.291 – € 115.090: 65,10 %); maximum hourly price
  day care € 11,23 (the € 10 here is below it); the yearly amount is rounded to whole euros (Awir art. 14).
- Eigenwoningforfait 2026: 0,35 % of the WOZ value (art. 3.112; Belastingdienst).
- Box 1 2026 (art. 2.10; law text 1-1-2026): 8,10 % tax + 27,65 % premiums in the first bracket; algemene heffingskorting € 3.115 minus
  6,398 % above € 29.736; arbeidskorting € 996 + 31,009 % above € 11.965, € 5.300 + 1,95 % above € 25.845; IACK
  11,45 % above € 6.239, at most € 3.032 (Belastingdienst tables 2026); zelfstandigenaftrek € 1.200, urencriterium
  1.225 hours, MKB-winstvrijstelling 12,7 % (art. 3.6, 3.76, 3.79a).
"""

import json

import pytest
from typer.testing import CliRunner

from werkzorg.budget.engine import run
from werkzorg.cli import app
from werkzorg.household import parse_household

runner = CliRunner()
CHILD = {"leeftijd": 2, "opvang": {"soort": "dagopvang", "uurprijs": 10, "uren_per_dag": 10, "dagen": 3}}
COUPLE = {
    "jaar": 2026,
    "partners": [{"leeftijd": 35, "uurloon": 25, "dagen_per_week": 4}, {"leeftijd": 36, "uurloon": 30, "dagen_per_week": 5}],
    "kinderen": [CHILD],
}
OWNERS = {**COUPLE, "koopwoning": {"woz_waarde": 400000, "hypotheekrente_per_jaar": 12000}}
SELF_EMPLOYED = {
    "jaar": 2026,
    "partners": [
        {"leeftijd": 35, "dagen_per_week": 4, "onderneming": {"winst_per_jaar": 40000, "uren_per_week": 32}},
        {"leeftijd": 36, "uurloon": 30, "dagen_per_week": 5},
    ],
    "kinderen": [CHILD],
    "huur_per_maand": 900,
}


def _now(household: dict, name: str):
    result = run(parse_household(household, wages=True))
    return result.now[name][result.current]


def test_the_mortgage_lowers_the_toetsingsinkomen_and_raises_the_kinderopvangtoeslag():
    # Wages with 8 % holiday pay: 25 × 8 × 4 × 52 × 1,08 = € 44.928 and 30 × 8 × 5 × 52 × 1,08 = € 67.392: € 112.320 together.
    # Care: 10 hours × 3 days × 52 / 12 = 130 hours a month × € 10 = € 1.300 a month.
    # Renters (or owners without a mortgage left out): row 37, 65,10 % × € 1.300 × 12 = € 10.155,60 → € 10.156.
    # Owners: forfait 0,35 % × € 400.000 = € 1.400; interest € 12.000; aftrek € 10.600; toetsingsinkomen € 101.720:
    # row 34, 72,10 % × € 1.300 × 12 = € 11.247,60 → € 11.248.
    assert _now(COUPLE, "kinderopvangtoeslag") == 10156
    assert _now(OWNERS, "kinderopvangtoeslag") == 11248


def test_a_given_debt_and_rate_is_the_same_as_the_interest():
    # € 320.000 × 3,75 % = € 12.000 a year.
    by_rate = {**COUPLE, "koopwoning": {"woz_waarde": 400000, "hypotheekschuld": 320000, "rente_percentage": 3.75}}
    assert _now(by_rate, "besteedbaar_inkomen") == _now(OWNERS, "besteedbaar_inkomen")


def test_the_self_employed_partner_pays_tax_after_ondernemersaftrek_and_credits():
    # Noor, 4 days: profit € 40.000, 32 × 52 = 1.664 hours ≥ 1.225: zelfstandigenaftrek € 1.200;
    # MKB 12,7 % × € 38.800 = € 4.927,60; box 1 € 33.872. Tax 8,10 % → € 2.743, premiums 27,65 % → € 9.365: € 12.108.
    # AHK € 3.115 − 6,398 % × € 4.136 = € 2.850,38 → € 2.851. The arbeidskorting and IACK take the profit itself
    # (arbeidsinkomen, art. 8.1 lid 1 e): € 5.300 + 1,95 % × (€ 40.000 − € 25.845) = € 5.576,02 → € 5.577; IACK
    # 11,45 % × € 33.761 > € 3.032 → € 3.032. Credits € 11.460; tax € 648; net € 39.352.
    assert list(_now(SELF_EMPLOYED, "inkomstenbelasting"))[0] == 648
    assert list(_now(SELF_EMPLOYED, "netto_inkomen"))[0] == 39352


def test_the_splits_vary_the_days_in_the_business():
    # At 2 days: profit € 20.000, 832 hours < 1.225: no zelfstandigenaftrek; MKB 12,7 % → € 2.540; box 1 € 17.460.
    # Tax € 1.414 + premiums € 4.827 = € 6.241; AHK € 3.115 and arbeidskorting € 996 + 31,009 % × (€ 20.000 − € 11.965)
    # = € 3.487,57 → € 3.488 already exceed it: tax € 0, net € 20.000.
    result = run(parse_household(SELF_EMPLOYED, wages=True))
    two_days = result.splits.index((2, 5))
    assert result.now["netto_inkomen"][two_days][0] == 20000
    assert result.now["inkomstenbelasting"][two_days][0] == 0


def test_co_parents_each_have_the_iack_after_a_separation():
    household = {**COUPLE, "scheiding": {"kinderen_wonen_bij": "co-ouderschap"}}
    result = run(parse_household(household, wages=True))
    # The second parent (children registered with the first) has the IACK as a co-parent: € 67.392 wage → maximum € 3.032.
    assert result.alone["inkomensafhankelijke_combinatiekorting_verrekend"][result.current][1] == 3032


@pytest.mark.parametrize("example", ["examples/koopwoning_met_hypotheek.yaml", "examples/zzp_en_loondienst.yaml"])
def test_cli_computes_owners_and_the_self_employed(example):
    result = runner.invoke(app, ["budget", example, "--json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["verdelingen"]) == 36


def test_api_computes_the_homeowner_couple(client):
    response = client.post("/api/v1/budget", data=json.dumps(OWNERS), content_type="application/json")
    assert response.status_code == 200, response.content
    current = response.json()["huidige_verdeling"]
    assert current["kinderopvangtoeslag"]["per_jaar"] == 11248
    assert current["toetsingsinkomen"]["per_jaar"] == 101720  # € 112.320 − € 10.600


BAD = [
    ({**COUPLE, "koopwoning": {"woz_waarde": -1, "hypotheekrente_per_jaar": 100}}, "koopwoning.woz_waarde", "minstens 0"),
    ({**COUPLE, "koopwoning": {"woz_waarde": 300000, "hypotheekrente_per_jaar": 20000, "hypotheekschuld": 10000}}, "koopwoning.hypotheekrente_per_jaar", "hoger dan de hele hypotheekschuld"),
    ({**COUPLE, "koopwoning": {"woz_waarde": 300000, "hypotheekschuld": 10000}}, "koopwoning.rente_percentage", "rentepercentage"),
    ({**COUPLE, "koopwoning": {"woz_waarde": 300000}, "huur_per_maand": 800}, "huur_per_maand", "koopwoning betaalt u geen huur"),
    (
        {**COUPLE, "partners": [{"leeftijd": 35, "dagen_per_week": 4, "onderneming": {"winst_per_jaar": 40000}}, COUPLE["partners"][1]]},
        "partners[0].onderneming.uren_per_week", "urencriterium",
    ),
    (
        {**COUPLE, "partners": [{"leeftijd": 35, "dagen_per_week": 0, "onderneming": {"winst_per_jaar": 40000, "uren_per_week": 30}}, COUPLE["partners"][1]]},
        "partners[0].dagen_per_week", "onderneming werkt",
    ),
    ({**COUPLE, "partners": [{"leeftijd": 35, "uurloon": 20, "dagen_per_week": 2, "uitkeringen_per_maand": {"wia": -5}}]}, "partners[0].uitkeringen_per_maand.wia", "minstens 0"),
]


@pytest.mark.parametrize(("household", "field", "message"), BAD)
def test_bad_input_names_the_field_in_the_cli(tmp_path, household, field, message):
    path = tmp_path / "huishouden.json"
    path.write_text(json.dumps(household), encoding="utf-8")
    result = runner.invoke(app, ["budget", str(path)])
    assert result.exit_code == 2, result.output
    said = " ".join(result.stderr.split())  # the terminal wraps long lines
    assert field in said and message in said
    assert "Traceback" not in result.output + result.stderr


@pytest.mark.parametrize(("household", "field", "message"), BAD)
def test_bad_input_is_problem_json_naming_the_field(client, household, field, message):
    response = client.post("/api/v1/budget", data=json.dumps(household), content_type="application/json")
    assert response.status_code == 422, response.content
    assert field in [error["field"] for error in response.json()["errors"]]


def test_a_partner_on_wia_who_works_one_day():
    # WIA € 1.500 a month = € 18.000; one day of 8 hours at € 20: 20 × 8 × 52 × 1,08 = € 8.985,60. Box 1 € 26.985.
    # Premiums 27,65 % → € 7.461, tax 8,10 % → € 2.185: € 9.646. AHK € 3.115 (below € 29.736); arbeidskorting only over
    # the wage (WIA is not arbeidsinkomen): 8,324 % × € 8.985,60 = € 747,96 → € 748. Tax € 5.783.
    # Net € 8.985,60 + € 18.000 − € 5.783 = € 21.202,60.
    household = {
        "jaar": 2026,
        "partners": [
            {"leeftijd": 40, "uurloon": 20, "dagen_per_week": 1, "uitkeringen_per_maand": {"wia": 1500}},
            {"leeftijd": 41, "uurloon": 30, "dagen_per_week": 5},
        ],
    }
    result = run(parse_household(household, wages=True))
    assert result.now["arbeidskorting_verrekend"][result.current][0] == 748
    assert result.now["inkomstenbelasting"][result.current][0] == 5783
    assert result.now["netto_inkomen"][result.current][0] == pytest.approx(21202.60, abs=0.01)


def test_a_partner_with_only_a_benefit_has_no_extra_day():
    household = {"jaar": 2026, "partners": [{"leeftijd": 40, "uitkeringen_per_maand": {"wia": 1500}}, {"leeftijd": 41, "uurloon": 30, "dagen_per_week": 5}]}
    result = run(parse_household(household, wages=True))
    from werkzorg.budget.analysis import extra_day

    assert extra_day(result, result.current, 0) is None
