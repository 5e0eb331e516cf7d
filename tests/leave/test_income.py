"""The income effect of a leave plan: hand-checked amounts (arithmetic written out) and consistency with the budget tool.

Official amounts used (2026; sources in the parameter files and src/werkzorg/model/tests/oracles/):
- Belastingdienst, Tabel arbeidskorting 2026: € 5.300 at € 25.845, + 1,950 % above it up to € 5.685 at € 45.592.
- Belastingdienst, Tabel inkomensafhankelijke combinatiekorting 2026: 11,45 % of the arbeidsinkomen above € 6.239,
  at most € 3.032; for the partner with the lower arbeidsinkomen (Wet IB 2001 art. 8.14a).
- Tabel algemene heffingskorting 2026: € 3.115, minus 6,398 % of the income above € 29.736.
- Box 1 2026 first bracket up to € 38.883: 35,75 %. Holiday pay 8 %. UWV: daily wage = year's wage / 261 (at most
  € 304,25 in 2026), paid on 21,75 weekdays a month; bevallingsverlof 100 %, aanvullend geboorteverlof 70 %.
- Wet IB 2001 art. 8.1 lid 2 onderdeel d: Wazo benefits are arbeidsinkomen.
"""

import datetime

import pytest

from werkzorg.budget.engine import run
from werkzorg.household import parse_household
from werkzorg.input_errors import InputError
from werkzorg.leave import income
from werkzorg.leave.income import income_effect, parse_plan

HOUSEHOLD = {"jaar": 2026, "partners": [{"naam": "Ayla", "leeftijd": 33, "uurloon": 20, "uren_per_dag": 8, "dagen_per_week": 5}]}

#: The expecting couple with a toddler (issue 12). Day care at € 11,10 an hour: below the 2026 maximum hourly price
#: for dagopvang of € 11,23 (Besluit kinderopvangtoeslag; Rijksoverheid), a usual price for a kinderdagverblijf.
COUPLE = {
    "jaar": 2026,
    "partners": [
        {"naam": "Sanne", "leeftijd": 34, "maandloon": 3400, "uren_per_dag": 8, "dagen_per_week": 4},
        {"naam": "Mehmet", "leeftijd": 36, "maandloon": 3000, "uren_per_dag": 9, "dagen_per_week": 4},
    ],
    "kinderen": [
        {"leeftijd": 2, "opvang": {"soort": "dagopvang", "uurprijs": 11.10, "uren_per_dag": 10, "dagen": 3}},
        {"geboortedatum": "2026-07-01", "opvang": {"soort": "dagopvang", "uurprijs": 11.10, "uren_per_dag": 10, "dagen": 3}},
    ],
    "huur_per_maand": 1100,
}
#: Sanne's zwangerschapsverlof starts 6 weeks before the day after the due date (2 July − 42 days = 21 May), 16 weeks
#: in all; Mehmet takes geboorteverlof (1 week, wage from the employer) from the birth and aanvullend geboorteverlof
#: (5 weeks, 70 %) after Sanne's leave, from 10 September to 14 October.
COUPLE_PLAN = [
    {"partner": 0, "verlof": "bevallingsverlof", "van": "2026-05-21", "weken": 16},
    {"partner": 1, "verlof": "geboorteverlof", "van": "2026-07-01", "weken": 1},
    {"partner": 1, "verlof": "aanvullend_geboorteverlof", "van": "2026-09-10", "weken": 5},
]


def test_a_month_of_aanvullend_geboorteverlof():
    """€ 20/hour + 8 % holiday pay, 40 h: gross 20 × 1,08 × 40 × 52 = € 44.928 a year, € 3.744 a month.
    Daily wage 44.928 / 261 = € 172,138 (below the 2026 cap of € 304,25); AGV pays 70 % (UWV) over 21,75 days a month:
    0,7 × 172,138 × 21,75 = € 2.620,80 in June, when the whole month is leave (1 June + 30 days), and no wage."""
    effect = income_effect(parse_plan({"huishouden": HOUSEHOLD, "plan": [{"partner": 0, "verlof": "aanvullend_geboorteverlof", "van": "2026-06-01", "weken": 30 / 7}]}))
    june, may = effect.maanden[5], effect.maanden[4]
    assert june.bruto_loon[0] == 0 and june.uitkering[0] == pytest.approx(2620.80, abs=0.01)
    assert may.bruto_loon[0] == pytest.approx(3744.00, abs=0.01) and may.uitkering[0] == 0
    assert effect.besteedbaar_met_verlof < effect.besteedbaar_zonder_verlof
    # The benefit is arbeidsinkomen: 44.928 − 3.744 + 2.620,80 = € 43.804,80.
    assert effect.jaren[0].partners_met_verlof[0].arbeidsinkomen == pytest.approx(43804.80, abs=0.01)


def test_unpaid_leave_only_removes_wage():
    """Ouderschapsverlof is unpaid: 8 of 40 hours a week during all of September → wage × 0,8, no benefit."""
    effect = income_effect(parse_plan({"huishouden": HOUSEHOLD, "plan": [{"partner": 0, "verlof": "ouderschapsverlof", "van": "2026-09-01", "weken": 30 / 7, "uren_per_week": 8}]}))
    september = effect.maanden[8]
    assert september.bruto_loon[0] == pytest.approx(3744.00 * 0.8, abs=0.01) and september.uitkering[0] == 0


def test_without_leave_the_year_equals_the_budget_tool():
    effect = income_effect(parse_plan({"huishouden": HOUSEHOLD, "plan": [{"partner": 0, "verlof": "ouderschapsverlof", "van": "2026-09-01", "weken": 1}]}))
    budget = run(parse_household(HOUSEHOLD))
    assert effect.besteedbaar_zonder_verlof == pytest.approx(float(budget.now["besteedbaar_inkomen"][budget.current]), abs=0.01)


@pytest.mark.parametrize(
    ("plan", "field"),
    [
        ([{"partner": 0, "verlof": "betaald_ouderschapsverlof", "van": "2026-03-01", "weken": 10}], "plan[0].weken"),  # 10 > 9 weeks
        ([{"partner": 0, "verlof": "geboorteverlof", "van": "2026-03-01", "weken": 2}], "plan[0].weken"),  # 1 week
        ([{"partner": 1, "verlof": "ouderschapsverlof", "van": "2026-03-01", "weken": 1}], "plan[0].partner"),
        ([{"partner": 0, "verlof": "ouderschapsverlof", "van": "2025-03-01", "weken": 1}], "plan[0].van"),
        ([{"partner": 0, "verlof": "ouderschapsverlof", "van": "2028-01-03", "weken": 1}], "plan[0].van"),
        ([{"partner": 0, "verlof": "sabbatical", "van": "2026-03-01", "weken": 1}], "plan[0].verlof"),
    ],
)
def test_plans_beyond_the_rules_name_the_field(plan, field):
    with pytest.raises(InputError) as error:
        parse_plan({"huishouden": HOUSEHOLD, "plan": plan})
    assert field in [e.field for e in error.value.errors]


def test_bad_household_names_the_field():
    """More than 12 children, or care of more than 230 hours a month (5 days × 11 hours × 52/12 = 238,3)."""
    many = {**HOUSEHOLD, "kinderen": [{"leeftijd": 3}] * 13}
    with pytest.raises(InputError) as error:
        parse_plan({"huishouden": many, "plan": [{"partner": 0, "verlof": "ouderschapsverlof", "van": "2026-03-02", "weken": 1}]})
    assert [e.field for e in error.value.errors] == ["huishouden.kinderen"]
    long_days = {**HOUSEHOLD, "kinderen": [{"leeftijd": 1, "opvang": {"soort": "dagopvang", "uurprijs": 10, "uren_per_dag": 11, "dagen": 5}}]}
    with pytest.raises(InputError) as error:
        parse_plan({"huishouden": long_days, "plan": [{"partner": 0, "verlof": "ouderschapsverlof", "van": "2026-03-02", "weken": 1}]})
    assert error.value.errors[0].field == "huishouden.kinderen[0].opvang.uren_per_dag" and "230" in error.value.errors[0].message_nl


def test_the_expecting_couple_year_computed_on_the_year():
    """Sanne: 3.400 × 12 × 1,08 = € 44.064 a year, € 3.672 a month with holiday pay. Her daily wage 44.064 / 261 =
    € 168,83 (below € 304,25); bevallingsverlof pays 100 %: 168,83 × 21,75 = € 3.672 a month, as much as her wage. So her
    arbeidsinkomen stays € 44.064 (wage + Wazo benefit) and her arbeidskorting is 5.300 + 1,950 % × (44.064 − 25.845) =
    € 5.655,27, rounded up € 5.656, as without leave.

    Mehmet: 3.000 × 12 × 1,08 = € 38.880 (€ 3.240 a month). AGV 10 September – 14 October: 21 of September's 30 days
    and 14 of October's 31 days. Wage lost 3.240 × (21/30 + 14/31) = € 3.731,23; benefit 70 % of it = € 2.611,86.
    Arbeidsinkomen 38.880 − 3.731,23 + 2.611,86 = € 37.760,63: arbeidskorting 5.300 + 1,950 % × 11.915,63 = € 5.532,35,
    rounded up € 5.533 (without leave: 5.300 + 1,950 % × 13.035 = 5.554,18 → € 5.555). He earns less than Sanne, so he
    has the IACK: 11,45 % × (37.760 − 6.239) = € 3.609 → the maximum € 3.032; Sanne none.

    Mehmet without leave, by hand: 38.880 × 35,75 % = € 13.899,60 tax and premiums; AHK 3.115 − 6,398 % × (38.880 −
    29.736) = € 2.529,97 → € 2.530; minus 2.530, 5.555 and 3.032 leaves € 2.782,60 (the model: € 2.782); net
    38.880 − 2.782 = € 36.098 a year, € 3.008,17 a month.
    """
    effect = income_effect(parse_plan({"huishouden": COUPLE, "plan": COUPLE_PLAN}))
    (year,) = effect.jaren
    sanne, mehmet = year.partners_met_verlof
    assert sanne.arbeidsinkomen == pytest.approx(44064, abs=0.01) and sanne.wazo_uitkering > 13000
    assert sanne.arbeidskorting == 5656 and year.partners_zonder_verlof[0].arbeidskorting == 5656
    assert sanne.inkomensafhankelijke_combinatiekorting == 0
    assert mehmet.wazo_uitkering == pytest.approx(2611.86, abs=0.01) and mehmet.arbeidsinkomen == pytest.approx(37760.63, abs=0.01)
    assert mehmet.arbeidskorting == 5533 and year.partners_zonder_verlof[1].arbeidskorting == 5555
    assert mehmet.inkomensafhankelijke_combinatiekorting == 3032
    without = year.partners_zonder_verlof[1]
    assert without.algemene_heffingskorting == 2530 and without.inkomstenbelasting == pytest.approx(2782.60, abs=1)
    assert without.netto_inkomen == pytest.approx(36098, abs=1)
    # Sanne's gross does not change (wage becomes benefit), so neither does her net, in any month.
    assert sanne.netto_inkomen == pytest.approx(year.partners_zonder_verlof[0].netto_inkomen, abs=0.01)
    assert len({m.netto[0] for m in effect.maanden}) == 1
    # Mehmet's net does not drop in a month his gross does not: € 3.008,17 in every month without AGV.
    for month in effect.maanden:
        if month.maand not in (9, 10):
            assert month.bruto_loon[1] + month.uitkering[1] == pytest.approx(3240, abs=0.01)
            assert month.netto[1] == pytest.approx(36098 / 12, abs=0.1)
        else:
            assert month.netto[1] < 36098 / 12
    # The months add up to the year, and the year says which rules change Mehmet's net.
    assert sum(m.netto[1] for m in effect.maanden) == pytest.approx(mehmet.netto_inkomen, abs=0.05)
    (explanation,) = year.uitleg
    assert explanation["partner"] == 1 and explanation["nl"].startswith("netto over het jaar −€\u00a0668")
    assert "arbeidskorting €\u00a05.555 → €\u00a05.533" in explanation["nl"]
    assert sum(m.besteedbaar for m in effect.maanden) == pytest.approx(year.besteedbaar_met_verlof, abs=0.1)


def test_a_credit_moving_to_the_other_partner_is_explained():
    """Sanne takes 26 weeks of unpaid ouderschapsverlof (all her 32 hours) from 5 January: her arbeidsinkomen falls to
    about half of € 44.064, below Mehmet's € 38.880, so the IACK goes to her (Wet IB 2001 art. 8.14a: the partner with
    the lower arbeidsinkomen) and Mehmet loses his € 3.032. His gross does not change in any month, so the change in
    his net is spread over the year's months alike, and the answer names the rule."""
    effect = income_effect(parse_plan({"huishouden": COUPLE, "plan": [{"partner": 0, "verlof": "ouderschapsverlof", "van": "2026-01-05", "weken": 26}]}))
    (year,) = effect.jaren
    mehmet, before = year.partners_met_verlof[1], year.partners_zonder_verlof[1]
    assert before.inkomensafhankelijke_combinatiekorting == 3032 and mehmet.inkomensafhankelijke_combinatiekorting == 0
    assert year.partners_met_verlof[0].inkomensafhankelijke_combinatiekorting > 0
    assert len({m.netto[1] for m in effect.maanden}) == 1
    assert effect.maanden[0].netto[1] == pytest.approx(mehmet.netto_inkomen / 12, abs=0.01)
    text = next(item["nl"] for item in year.uitleg if item["partner"] == 1)
    assert "inkomensafhankelijke combinatiekorting" in text and "€\u00a03.032 → €\u00a00" in text


def test_the_toddlers_care_continues_and_the_baby_starts_after_the_leave():
    """The toddler's 3 days of 10 hours: 3 × 10 × 52/12 = 130 hours every month, also during leave. The baby's care
    starts the day after the last full-time leave (Mehmet's AGV ends 14 October): 15 October, 17 of 31 days:
    130 × 17/31 = 71,3 hours; 130 in November and December; none before."""
    effect = income_effect(parse_plan({"huishouden": COUPLE, "plan": COUPLE_PLAN}))
    assert effect.opvang_vanaf == [None, datetime.date(2026, 10, 15)]
    assert [m.kinderopvang_uren[0] for m in effect.maanden] == [130.0] * 12
    assert [m.kinderopvang_uren[1] for m in effect.maanden] == [0.0] * 9 + [71.3, 130.0, 130.0]
    # The user may choose another start: 1 December.
    later = income_effect(parse_plan({"huishouden": COUPLE, "plan": COUPLE_PLAN, "opvang_vanaf": [{"kind": 1, "vanaf": "2026-12-01"}]}))
    assert [m.kinderopvang_uren[1] for m in later.maanden] == [0.0] * 11 + [130.0]
    with pytest.raises(InputError) as error:
        parse_plan({"huishouden": COUPLE, "plan": COUPLE_PLAN, "opvang_vanaf": [{"kind": 1, "vanaf": "2026-06-01"}]})
    assert error.value.errors[0].field == "opvang_vanaf[0].vanaf"


def test_care_naar_behoefte_follows_leave_only_when_chosen():
    """Day care 'naar behoefte' (10 hours a day) is needed on the days nobody is home: Ayla 4 days + Bas 5 days − 5 =
    4 days a week, 4 × 10 × 52/12 = 173,3 hours a month. By default the place stays booked during leave (173,3 in June).
    When the plan says care follows the leave: in June Ayla is on leave all month: 0 + 5 − 5 = 0 days; in September Bas
    takes 8 of his 40 hours as leave: 4 + 4 − 5 = 3 days, 130,0 hours. The child is born on 20 January, before the
    leave, so its care runs from birth: 12 of January's 31 days, 173,3 × 12/31 = 67,1 hours."""
    household = {
        "jaar": 2026,
        "partners": [
            {"naam": "Ayla", "leeftijd": 33, "uurloon": 20, "uren_per_dag": 8, "dagen_per_week": 4},
            {"naam": "Bas", "leeftijd": 35, "uurloon": 22, "uren_per_dag": 8, "dagen_per_week": 5},
        ],
        "kinderen": [{"naam": "Noor", "geboortedatum": "2026-01-20", "opvang": {"soort": "dagopvang", "uurprijs": 10, "uren_per_dag": 10}}],
    }
    plan = {
        "huishouden": household,
        "plan": [
            {"partner": 0, "verlof": "betaald_ouderschapsverlof", "van": "2026-06-01", "weken": 30 / 7},
            {"partner": 1, "verlof": "ouderschapsverlof", "van": "2026-09-01", "weken": 30 / 7, "uren_per_week": 8},
        ],
    }
    booked = income_effect(parse_plan(plan))
    assert [m.kinderopvang_uren[0] for m in booked.maanden][1:] == [173.3] * 11
    following = income_effect(parse_plan(plan | {"opvang_volgt_verlof": True}))
    hours = [month.kinderopvang_uren[0] for month in following.maanden]
    assert hours[0] == pytest.approx(67.1, abs=0.05)
    assert hours[2] == pytest.approx(173.3, abs=0.05)
    assert hours[5] == 0
    assert hours[8] == pytest.approx(130.0, abs=0.05)
    # Less childcare means a lower bill and less kinderopvangtoeslag in the year with leave.
    assert following.jaren[0].toeslagen_met_verlof["kinderopvangtoeslag"] < following.jaren[0].toeslagen_zonder_verlof["kinderopvangtoeslag"]


#: A baby due on 15 October 2025: the mother's leave from 3 September (6 weeks before 16 October) for 16 weeks runs to
#: 23 December 2025; the partner's AGV of 5 weeks from 5 January 2026 falls in the next calendar year.
ACROSS = {
    "huishouden": {**COUPLE, "jaar": 2025, "kinderen": [COUPLE["kinderen"][0], {**COUPLE["kinderen"][1], "geboortedatum": "2025-10-15"}]},
    "plan": [
        {"partner": 0, "verlof": "bevallingsverlof", "van": "2025-09-03", "weken": 16},
        {"partner": 1, "verlof": "aanvullend_geboorteverlof", "van": "2026-01-05", "weken": 5},
    ],
}


def test_a_plan_across_two_calendar_years():
    """24 months, each year with its own rules. 2025: Sanne € 44.064 → arbeidskorting 2025 (Tabel arbeidskorting 2025:
    € 5.599 from € 43.071 on, minus 6,510 % above): 5.599 − 6,510 % × 993 = € 5.534,36 → € 5.535. Mehmet has no leave
    in 2025: his net is the same in every month of 2025, and in every 2026 month without AGV, at the 2026 rules.
    AGV in 2026: 5 January – 8 February: 27 of January's 31 days and 8 of February's 28."""
    effect = income_effect(parse_plan(ACROSS))
    assert [(m.jaar, m.maand) for m in effect.maanden] == [(y, m) for y in (2025, 2026) for m in range(1, 13)]
    first, second = effect.jaren
    assert first.partners_met_verlof[0].arbeidsinkomen == pytest.approx(44064, abs=0.01) and first.partners_met_verlof[0].arbeidskorting == 5535
    assert second.partners_met_verlof[0].arbeidskorting == 5656
    mehmet_2025 = {m.netto[1] for m in effect.maanden if m.jaar == 2025}
    mehmet_2026 = {m.netto[1] for m in effect.maanden if m.jaar == 2026 and m.maand > 2}
    assert len(mehmet_2025) == 1 and len(mehmet_2026) == 1
    assert mehmet_2026.pop() == pytest.approx(second.partners_zonder_verlof[1].netto_inkomen / 12, abs=0.01)
    assert effect.maanden[12].uitkering[1] == pytest.approx(0.7 * 3240 * 27 / 31, abs=0.01)
    assert effect.besteedbaar_met_verlof == pytest.approx(first.besteedbaar_met_verlof + second.besteedbaar_met_verlof, abs=0.01)
    # The toddler's care every month of both years; the baby's from the day after the last full-time leave.
    assert all(m.kinderopvang_uren[0] == 130.0 for m in effect.maanden)
    assert effect.opvang_vanaf[1] == datetime.date(2026, 2, 9)  # the last full-time leave is Mehmet's AGV


def test_a_year_the_model_does_not_know_is_named(monkeypatch):
    monkeypatch.setattr(income, "MODELLED_YEARS", (2025,))
    effect = income_effect(parse_plan(ACROSS))
    first, second = effect.jaren
    assert first.gemodelleerd and not second.gemodelleerd
    assert "2026" in second.melding[0] and "not in the model" in second.melding[1]
    assert all(m.netto is None and m.besteedbaar is None for m in effect.maanden if m.jaar == 2026)
    assert effect.maanden[12].uitkering[1] > 0  # wage and benefit are still shown
    assert effect.besteedbaar_met_verlof == first.besteedbaar_met_verlof


def test_cli_and_api(client):
    import json
    from pathlib import Path

    import yaml
    from typer.testing import CliRunner

    from werkzorg.cli import app

    result = CliRunner().invoke(app, ["verlofplan", "examples/verlof/verlofplan.yaml"])
    assert result.exit_code == 0 and "Verlofplan 2026" in result.stdout and "Arbeidskorting" in result.stdout
    data = json.loads(CliRunner().invoke(app, ["verlofplan", "examples/verlof/verlofplan.yaml", "--json"]).stdout)
    body = json.dumps(yaml.safe_load(Path("examples/verlof/verlofplan.yaml").read_text(encoding="utf-8")), default=str)
    api = client.post("/api/v1/verlofplan", data=body, content_type="application/json")
    assert api.status_code == 200 and api.json() == data
    bad = client.post("/api/v1/verlofplan", data=json.dumps({"huishouden": HOUSEHOLD, "plan": []}), content_type="application/json")
    assert bad.status_code == 422 and bad["Content-Type"] == "application/problem+json"


def test_cli_plan_in_english():
    from typer.testing import CliRunner

    from werkzorg.cli import app

    result = CliRunner().invoke(app, ["verlofplan", "examples/verlof/verlofplan.yaml", "--taal", "en"])
    assert result.exit_code == 0 and "Leave plan 2026" in result.stdout and "without leave" in result.stdout
    assert CliRunner().invoke(app, ["verlofplan", "examples/verlof/verlofplan.yaml", "--taal", "de"]).exit_code == 2


def _couple_with(**changes) -> dict:
    import copy

    household = copy.deepcopy(COUPLE) | changes
    return {"huishouden": household, "plan": COUPLE_PLAN}


def test_bad_input_on_the_command_line_and_the_api(client, tmp_path):
    """13 children, or care of 11 hours on 5 days (238,3 hours a month): exit code 2 and a 422 naming the field."""
    import json

    from typer.testing import CliRunner

    from werkzorg.cli import app

    too_many = _couple_with(kinderen=[{"leeftijd": 3}] * 13)
    long_days = _couple_with(kinderen=[{"leeftijd": 2, "opvang": {"soort": "dagopvang", "uurprijs": 11.10, "uren_per_dag": 11, "dagen": 5}}])
    for data, field in ((too_many, "huishouden.kinderen"), (long_days, "huishouden.kinderen[0].opvang.uren_per_dag")):
        path = tmp_path / "plan.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        result = CliRunner().invoke(app, ["verlofplan", str(path)])
        assert result.exit_code == 2 and field in result.stderr
        response = client.post("/api/v1/verlofplan", data=json.dumps(data), content_type="application/json")
        assert response.status_code == 422 and response["Content-Type"] == "application/problem+json"
        assert field in [error["field"] for error in response.json()["errors"]], response.json()


def test_the_couple_through_the_api(client):
    """The API answers the months and the year as the engine does: Mehmet's arbeidskorting € 5.533 and IACK € 3.032."""
    import json

    response = client.post("/api/v1/verlofplan", data=json.dumps({"huishouden": COUPLE, "plan": COUPLE_PLAN}), content_type="application/json")
    assert response.status_code == 200
    body = response.json()
    mehmet = body["jaren"][0]["partners_met_verlof"][1]
    assert mehmet["arbeidskorting"] == 5533 and mehmet["inkomensafhankelijke_combinatiekorting"] == 3032
    assert [m["kinderopvang_uren"][0] for m in body["maanden"]] == [130.0] * 12
    assert body["opvang_vanaf"] == [None, "2026-10-15"]


def test_no_kinderopvangtoeslag_when_a_partner_does_not_work():
    """Both partners must work (or follow a route to work) for kinderopvangtoeslag (Wet kinderopvang art. 1.6): with a
    partner who works 0 days the day care is paid in full."""
    household = {**COUPLE, "partners": [COUPLE["partners"][0], {"leeftijd": 36, "dagen_per_week": 0}]}
    effect = income_effect(parse_plan({"huishouden": household, "plan": [COUPLE_PLAN[0]]}))
    assert effect.jaren[0].toeslagen_met_verlof["kinderopvangtoeslag"] == 0
    assert effect.maanden[0].kinderopvang_kosten == pytest.approx(130 * 11.10, abs=0.01)
