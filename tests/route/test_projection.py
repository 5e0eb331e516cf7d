"""The 36-month projection for someone on bijstand: every expected number is hand arithmetic written out here.

Amounts of the law used: bijstandsnorm alleenstaande (ouder) € 1.401,50 (1-1-2026) and € 1.419,46 (1-7-2026),
Participatiewet art. 21; vrijlating 25 % max € 285,00 (art. 31 lid 2 n, 1-1-2026) and 12,5 % max € 177,66 (r);
minimumuurloon 1-1-2026 € 14,71; vakantiebijslag 8 % (Wml art. 15).
"""

import numpy as np
import pytest

from werkzorg.input_errors import InputError
from werkzorg.model import MODELLED_YEARS
from werkzorg.model.population import PARTNER, simulation_from_arrays
from werkzorg.route.projection import WEEKS_PER_MONTH, project
from werkzorg.route.report import as_dict, summary
from werkzorg.route.schema import parse_route


def describe(start="2026-01", age=30, partner=None, children=(), rent=0.0, **options):
    """A route description; ages are on 1 January of the start year (the shared household's rule)."""
    household = {"jaar": int(start[:4]), "partners": [{"leeftijd": age}], "kinderen": list(children), "huur_per_maand": rent}
    if partner is not None:
        household["partners"].append({"leeftijd": partner})
    return parse_route({"start": start, "huishouden": household, **options})


@pytest.fixture(scope="module")
def mother():
    """A single mother of 30, a child of 3 in day care at € 10,50 an hour, rent € 750, € 14,71 an hour."""
    return project(describe(children=[{"leeftijd": 3, "opvang": {"soort": "dagopvang", "uurprijs": 10.50}}], rent=750, uurloon=14.71))


def test_not_working_gets_the_norm_and_it_follows_the_july_indexation(mother):
    bijstand = mother.values["bijstand"][0]
    assert bijstand[0] == 1401.50  # January 2026, art. 21 onderdeel a
    assert bijstand[6] == 1419.46  # July 2026
    if 2027 not in MODELLED_YEARS:
        assert bijstand[12] == 1419.46  # January 2027: the rules of December 2026 (last modelled month)


def test_gross_wage_for_16_hours():
    # 16 h × 52/12 weeks × € 14,71 × 1,08 = € 1.101,48
    p = project(describe(uren=[16]))
    assert p.values["bruto_loon"][1][0] == pytest.approx(16 * 52 / 12 * 14.71 * 1.08, abs=0.01)
    assert p.values["bruto_loon"][1][0] == pytest.approx(1101.48, abs=0.01)


def test_net_wage_is_the_models_tax_on_the_wage_alone():
    p = project(describe(age=40, uren=[16]))
    gross_year = 12 * p.values["bruto_loon"][1][0]
    simulation = simulation_from_arrays(2026, np.array([0]), np.array([PARTNER]), {"loon": np.array([gross_year])})
    assert p.values["netto_loon"][1][0] == pytest.approx(simulation.calculate("netto_inkomen", "2026")[0] / 12, abs=0.01)
    assert p.values["netto_loon"][1][0] < p.values["bruto_loon"][1][0]


def test_single_mother_16_hours_bijstand_through_the_vrijlating_periods(mother):
    net = mother.values["netto_loon"][2]
    bijstand = mother.values["bijstand"][2]
    # Months 1-6: 25 % of net wage, max € 285: 0,25 × 1.101,48 = 275,37; 1.401,50 − (1.101,48 − 275,37) = 575,39
    assert net[0] == pytest.approx(1101.48, abs=0.01)  # no tax at this wage (credits exceed the tax)
    assert mother.values["vrijlating"][2][0] == pytest.approx(275.37, abs=0.01)
    assert bijstand[0] == pytest.approx(575.39, abs=0.01)
    # Month 7 (July 2026): 12,5 %: 0,125 × 1.101,48 = 137,685 → 137,68 or 137,69; 1.419,46 − 1.101,48 + 137,68 = 455,66
    assert mother.values["vrijlating"][2][6] == pytest.approx(137.685, abs=0.006)
    assert bijstand[6] == pytest.approx(455.66, abs=0.01)
    # Month 36 is still within 6 + 30 months: 12,5 % still applies
    assert mother.values["vrijlating"][2][35] > 0


def test_single_person_without_children_loses_the_vrijlating_after_six_months():
    p = project(describe(age=40, uren=[16]))
    net = p.values["netto_loon"][1][5]
    assert p.values["vrijlating"][1][5] == pytest.approx(0.25 * net, abs=0.006)  # 25 %, below the € 285 maximum
    assert p.values["vrijlating"][1][6] == 0
    # July 2026, no vrijlating: 1.419,46 − net wage
    assert p.values["bijstand"][1][6] == pytest.approx(1419.46 - p.values["netto_loon"][1][6], abs=0.01)


def test_under_27_no_vrijlating():
    p = project(describe(age=24, children=[{"leeftijd": 1}], uren=[8]))
    assert np.all(p.values["vrijlating"] == 0)


def test_disposable_income_is_the_sum_of_its_parts(mother):
    v = mother.values
    parts = v["netto_loon"] + v["bijstand"] + v["zorgtoeslag"] + v["huurtoeslag"] + v["kindgebonden_budget"] + v["kinderbijslag"] + v["kinderopvangtoeslag"] - v["kinderopvang_kosten"]
    assert np.allclose(v["besteedbaar"], parts, atol=0.1)


def test_gross_bijstand_counts_for_the_toeslagen(mother):
    # The gross bijstand is at least the net bijstand (tax is paid on top) and makes the income the toeslagen see.
    assert np.all(mother.values["bijstand_bruto"] >= mother.values["bijstand"] - 0.01)
    assert mother.values["bijstand_bruto"][0][0] > mother.values["bijstand"][0][0]


def test_childcare_hours_follow_the_working_days_and_move_to_bso_at_four(mother):
    # 16 h at 8 h a day = 2 days × (8 + 1 travel) h × 52/12 = 78 h a month of day care at € 10,50 = € 819
    assert mother.values["opvang_uren"][2][0] == pytest.approx(2 * 9 * WEEKS_PER_MONTH)
    assert mother.values["kinderopvang_kosten"][2][0] == pytest.approx(819.0, abs=0.01)
    # The child (3 in January 2026) turns 4 in January 2027: bso 2 days × 4 h × 52/12 = 34,67 h
    assert mother.values["opvang_uren"][2][12] == pytest.approx(2 * 4 * WEEKS_PER_MONTH, abs=0.01)
    # No work, no childcare
    assert mother.values["kinderopvang_kosten"][0].sum() == 0
    # Lowest incomes: 96 % of min(price, maximum) (Besluit kinderopvangtoeslag Bijlage I)
    assert mother.values["kinderopvangtoeslag"][2][0] == pytest.approx(0.96 * 819.0, abs=1.0)


def test_couple_without_a_trajectory_uses_no_childcare_and_gets_the_couple_norm():
    p = project(describe("2025-01", 35, 36, [{"leeftijd": 2, "opvang": {"soort": "dagopvang", "uurprijs": 10}}]))
    assert p.values["bijstand"][0][0] == 1922.07  # art. 21 onderdeel b, 1-1-2025
    assert p.values["bijstand"][0][6] == 1955.80  # 1-7-2025
    assert p.values["kinderopvang_kosten"].sum() == 0


def test_couple_in_a_trajectory_gets_childcare_benefit():
    p = project(describe("2026-01", 35, 36, [{"leeftijd": 2, "opvang": {"soort": "dagopvang", "uurprijs": 10}}], partner_in_traject=True, uren=[16]))
    assert p.values["kinderopvangtoeslag"][1][0] > 0


def test_kostendelers_lower_the_norm():
    # A = 2: (40 + 2 × 30) / 2 % = 50 % of the gehuwdennorm € 2.002,13 = € 1.001,065 → € 1.001,06 or € 1.001,07
    p = project(describe(age=35, andere_kostendelers=1, uren=[8]))
    assert p.values["bijstandsnorm"][0][0] == pytest.approx(1001.065, abs=0.006)


def test_summary_says_what_a_mother_will_have(mother):
    text = summary(mother)
    assert text["nu"][0].startswith("Nu werkt u niet")
    assert any("16 uur" in line for line in text["uren"])
    assert any("kinderopvangtoeslag" in line for line in text["kinderopvang"])
    data = as_dict(mother)
    assert len(data["opties"]) == 5 and len(data["opties"][2]["maanden"]) == 36
    assert data["opties"][2]["maanden"][0]["bijstand"] == pytest.approx(575.39, abs=0.01)


def _household(**extra):
    return {"jaar": 2026, "partners": [{"leeftijd": 30}], **extra}


@pytest.mark.parametrize(
    "data, field",
    [
        ({"huishouden": {"jaar": 2026, "partners": [{}]}}, "huishouden.partners[0].geboortedatum"),
        ({"start": "2026-01", "huishouden": {"jaar": 2026, "partners": [{"leeftijd": 19}]}}, "huishouden.partners[0].leeftijd"),
        ({"start": "2031-01", "huishouden": _household()}, "start"),
        ({"start": "2026-01", "huishouden": _household(), "uurloon": -1}, "uurloon"),
        ({"start": "2026-01", "huishouden": _household(kinderen=[{"leeftijd": 3, "opvang": {"soort": "crèche", "uurprijs": 9}}])}, "huishouden.kinderen[0].opvang.soort"),
        ({"start": "2026-01", "huishouden": {"jaar": 2026, "partners": [{"leeftijd": 65}]}}, "huishouden.partners[0].leeftijd"),
    ],
)
def test_bad_input_names_the_field(data, field):
    with pytest.raises(InputError) as error:
        parse_route(data)
    assert error.value.errors[0].field == field


def test_gross_bijstand_makes_the_net_come_out_right(mother):
    # The gross-up: wage + gross bijstand through the model's tax gives net wage + net bijstand (to 1 euro a year).
    option, month = 2, 0
    loon = 12 * mother.values["bruto_loon"][option][month]
    uitkering = 12 * mother.values["bijstand_bruto"][option][month]
    births = np.array(["1996-01-01", "2023-01-01"], dtype="datetime64[D]")  # 30 and 3 on 1 January 2026
    simulation = simulation_from_arrays(
        2026, np.array([0, 0]), np.array([PARTNER, 1]),
        {"geboortedatum": births, "loon": np.array([loon, 0.0]), "belastbare_uitkering": np.array([uitkering, 0.0])},
    )
    net = simulation.calculate("netto_inkomen", "2026")[0]
    expected = 12 * (mother.values["netto_loon"][option][month] + mother.values["bijstand"][option][month])
    assert net == pytest.approx(expected, abs=1.0)


def test_a_route_to_work_gives_childcare_benefit_without_a_job():
    # Wko art. 1.6: following a traject meets the condition. 8 h traject at 8 h a day = 1 day × 9 h × 52/12 = 39 h
    # of day care at € 10 = € 390 a month; at the lowest incomes 96 % of it comes back.
    p = project(describe(children=[{"leeftijd": 2, "opvang": {"soort": "dagopvang", "uurprijs": 10}}], traject_uren_per_week=8, uren=[16]))
    assert p.values["kinderopvang_kosten"][0][0] == pytest.approx(390.0, abs=0.01)
    assert p.values["kinderopvangtoeslag"][0][0] == pytest.approx(0.96 * 390.0, abs=1.0)
    # 16 h work + 8 h traject = 24 h: 3 days of care
    assert p.values["opvang_uren"][1][0] == pytest.approx(3 * 9 * WEEKS_PER_MONTH, abs=0.01)


def test_exit_hours_is_where_the_net_wage_reaches_the_norm(mother):
    # Below the exit hours the net wage is under the norm; at them it is not (checked against the 24/32-hour options).
    assert mother.exit_hours is not None
    wage_per_hour = mother.values["bruto_loon"][1][0] / 8  # 52/12 × € 14,71 × 1,08 per weekly hour
    assert (mother.exit_hours - 1) * wage_per_hour < mother.values["bijstandsnorm"][0][0] + 1  # no tax at these wages
    assert 16 < mother.exit_hours <= 24  # 16 h leaves bijstand, 24 h (almost) none in month 1 (see the 24 h option)


def test_couple_in_a_trajectory_can_lose_money_by_working_after_the_vrijlating():
    # A couple gets no 12,5 % vrijlating (onderdeel r is for single parents): after six months each euro of net wage
    # replaces a euro of bijstand, and the own share of childcare comes on top. So 8 hours leaves less than 0 hours.
    p = project(describe("2025-03", 35, 36, [{"leeftijd": 2, "opvang": {"soort": "dagopvang", "uurprijs": 10}}], rent=900, partner_in_traject=True))
    month = 9  # December 2025: month 10, after the six months of onderdeel n
    assert p.values["vrijlating"][1][month] == 0
    assert p.values["bijstand"][1][month] == pytest.approx(p.values["bijstandsnorm"][1][month] - p.values["netto_loon"][1][month], abs=0.01)
    assert p.gain()[1][month] < 0
    assert any(line.startswith("Let op: werkt u 8 uur") for line in summary(p)["armoedeval"])


def test_medical_limit_on_hours_keeps_15_percent_after_the_six_months():
    # Onderdeel y: 15 % of the net wage, max € 180,19 (1-1-2026) / € 182,73 (1-7-2026), no end date; months 1-6: n (25 %).
    p = project(describe(age=40, medisch_urenbeperkt=True, uren=[16]))
    net = p.values["netto_loon"][1]
    assert p.values["vrijlating"][1][0] == pytest.approx(0.25 * net[0], abs=0.006)
    assert p.values["vrijlating"][1][6] == pytest.approx(min(0.15 * net[6], 182.73), abs=0.006)
    assert p.values["vrijlating"][1][35] == pytest.approx(min(0.15 * net[35], 182.73), abs=0.006)
