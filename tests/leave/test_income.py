"""The income effect of a leave plan: hand-checked amounts (arithmetic written out) and consistency with the budget tool."""

import pytest

from werkzorg.budget.engine import run
from werkzorg.input_errors import InputError
from werkzorg.leave.income import income_effect, parse_plan

HOUSEHOLD = {"jaar": 2026, "partners": [{"naam": "Ayla", "leeftijd": 33, "uurloon": 20, "uren_per_dag": 8, "dagen_per_week": 5}]}


def test_a_month_of_aanvullend_geboorteverlof():
    """€ 20/hour + 8 % holiday pay, 40 h: gross 20 × 1,08 × 40 × 52 = € 44.928 a year, € 3.744 a month.
    Daily wage 44.928 / 261 = € 172,138 (below the 2026 cap of € 304,25); AGV pays 70 % (UWV) over 21,75 days a month:
    0,7 × 172,138 × 21,75 = € 2.620,80 in June, when the whole month is leave (1 June + 30 days), and no wage."""
    effect = income_effect(parse_plan({"huishouden": HOUSEHOLD, "plan": [{"partner": 0, "verlof": "aanvullend_geboorteverlof", "van": "2026-06-01", "weken": 30 / 7}]}))
    june, may = effect.maanden[5], effect.maanden[4]
    assert june.bruto_loon[0] == 0 and june.uitkering[0] == pytest.approx(2620.80, abs=0.01)
    assert may.bruto_loon[0] == pytest.approx(3744.00, abs=0.01) and may.uitkering[0] == 0
    assert effect.besteedbaar_met_verlof < effect.besteedbaar_zonder_verlof


def test_unpaid_leave_only_removes_wage():
    """Ouderschapsverlof is unpaid: 8 of 40 hours a week during all of September → wage × 0,8, no benefit."""
    effect = income_effect(parse_plan({"huishouden": HOUSEHOLD, "plan": [{"partner": 0, "verlof": "ouderschapsverlof", "van": "2026-09-01", "weken": 30 / 7, "uren_per_week": 8}]}))
    september = effect.maanden[8]
    assert september.bruto_loon[0] == pytest.approx(3744.00 * 0.8, abs=0.01) and september.uitkering[0] == 0


def test_without_leave_the_year_equals_the_budget_tool():
    from werkzorg.household import parse_household

    effect = income_effect(parse_plan({"huishouden": HOUSEHOLD, "plan": [{"partner": 0, "verlof": "ouderschapsverlof", "van": "2026-09-01", "weken": 1}]}))
    budget = run(parse_household(HOUSEHOLD))
    assert effect.besteedbaar_zonder_verlof == pytest.approx(float(budget.now["besteedbaar_inkomen"][budget.current]), abs=0.01)


@pytest.mark.parametrize(
    ("plan", "field"),
    [
        ([{"partner": 0, "verlof": "betaald_ouderschapsverlof", "van": "2026-03-01", "weken": 10}], "plan[0].weken"),  # 10 > 9 weeks
        ([{"partner": 1, "verlof": "ouderschapsverlof", "van": "2026-03-01", "weken": 1}], "plan[0].partner"),
        ([{"partner": 0, "verlof": "ouderschapsverlof", "van": "2025-03-01", "weken": 1}], "plan[0].van"),
        ([{"partner": 0, "verlof": "sabbatical", "van": "2026-03-01", "weken": 1}], "plan[0].verlof"),
    ],
)
def test_plans_beyond_the_rules_name_the_field(plan, field):
    with pytest.raises(InputError) as error:
        parse_plan({"huishouden": HOUSEHOLD, "plan": plan})
    assert field in [e.field for e in error.value.errors]


def test_cli_and_api(client):
    import json
    from pathlib import Path

    import yaml
    from typer.testing import CliRunner

    from werkzorg.cli import app

    result = CliRunner().invoke(app, ["verlofplan", "examples/verlof/verlofplan.yaml"])
    assert result.exit_code == 0 and "Verlofplan 2026" in result.stdout
    data = json.loads(CliRunner().invoke(app, ["verlofplan", "examples/verlof/verlofplan.yaml", "--json"]).stdout)
    body = json.dumps(yaml.safe_load(Path("examples/verlof/verlofplan.yaml").read_text(encoding="utf-8")), default=str)
    api = client.post("/api/v1/verlofplan", data=body, content_type="application/json")
    assert api.status_code == 200 and api.json() == data
    bad = client.post("/api/v1/verlofplan", data=json.dumps({"huishouden": HOUSEHOLD, "plan": []}), content_type="application/json")
    assert bad.status_code == 422 and bad["Content-Type"] == "application/problem+json"


def test_childcare_follows_the_days_a_parent_is_home():
    """Day care 'naar behoefte' (10 hours a day) is needed on the days nobody is home: Ayla 4 days + Bas 5 days − 5 =
    4 days a week, 4 × 10 × 52/12 = 173,3 hours a month (March). In June Ayla is on leave all month: 0 + 5 − 5 = 0 days.
    In September Bas takes 8 of his 40 hours as leave: 4 + 4 − 5 = 3 days, 130,0 hours. The child is born on 20 January:
    12 of January's 31 days, 4 × 10 × 52/12 × 12/31 = 67,1 hours."""
    household = {
        "jaar": 2026,
        "partners": [
            {"naam": "Ayla", "leeftijd": 33, "uurloon": 20, "uren_per_dag": 8, "dagen_per_week": 4},
            {"naam": "Bas", "leeftijd": 35, "uurloon": 22, "uren_per_dag": 8, "dagen_per_week": 5},
        ],
        "kinderen": [{"naam": "Noor", "geboortedatum": "2026-01-20", "opvang": {"soort": "dagopvang", "uurprijs": 10, "uren_per_dag": 10}}],
    }
    plan = [
        {"partner": 0, "verlof": "betaald_ouderschapsverlof", "van": "2026-06-01", "weken": 30 / 7},
        {"partner": 1, "verlof": "ouderschapsverlof", "van": "2026-09-01", "weken": 30 / 7, "uren_per_week": 8},
    ]
    effect = income_effect(parse_plan({"huishouden": household, "plan": plan}))
    hours = [month.kinderopvang_uren[0] for month in effect.maanden]
    assert hours[0] == pytest.approx(67.1, abs=0.05)
    assert hours[2] == pytest.approx(173.3, abs=0.05)
    assert hours[5] == 0
    assert hours[8] == pytest.approx(130.0, abs=0.05)
    # Less childcare means a lower bill and less kinderopvangtoeslag in the year with leave.
    assert effect.toeslagen_met_verlof["kinderopvangtoeslag"] < effect.toeslagen_zonder_verlof["kinderopvangtoeslag"]


def test_cli_plan_in_english():
    from typer.testing import CliRunner

    from werkzorg.cli import app

    result = CliRunner().invoke(app, ["verlofplan", "examples/verlof/verlofplan.yaml", "--taal", "en"])
    assert result.exit_code == 0 and "Leave plan 2026" in result.stdout and "without leave" in result.stdout
    assert CliRunner().invoke(app, ["verlofplan", "examples/verlof/verlofplan.yaml", "--taal", "de"]).exit_code == 2
