"""The budget engine: hand-checked scenarios (arithmetic written out), invariants, and the report."""

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkzorg.budget import analysis
from werkzorg.budget.engine import run
from werkzorg.budget.scenarios import all_splits, care_days, childcare_hours_per_month
from werkzorg.household import parse_household


def household(**changes):
    base = {"jaar": 2025, "partners": [{"naam": "Anna", "geboortedatum": "1970-04-12", "jaarloon": 45000, "uren_per_dag": 8, "dagen_per_week": 5, "pensioen": {"deelnemer": False}}]}
    base.update(changes)
    return parse_household(base)


def test_single_person_at_45000_matches_the_belastingdienst_ola_case():
    """Wage € 45.000 at 5 days: OLA IH2025 tc_2025_013 (single, born 12-4-1970) owes € 8.735.

    No rent, no children, no pension scheme: disposable income = 45.000 − 8.735 = 36.265; zorgtoeslag is nil above
    the 2025 limit of € 39.719 (Dienst Toeslagen brochure Berekening zorgtoeslag 2025).
    """
    result = run(household())
    five = result.splits.index((5,))
    assert result.gross[five, 0] == pytest.approx(45000, abs=0.01)
    assert result.now["inkomstenbelasting"][five, 0] == 8735
    assert result.now["zorgtoeslag"][five] == 0
    assert result.now["besteedbaar_inkomen"][five] == pytest.approx(36265, abs=0.01)


def test_annual_wage_scales_with_days():
    """jaarloon € 45.000 at 5 days of 8 hours = € 21,634.62 per hour; 4 days = 4/5 × 45.000 = € 36.000."""
    result = run(household())
    assert result.gross[result.splits.index((4,)), 0] == pytest.approx(36000, abs=0.01)
    assert result.gross[result.splits.index((0,)), 0] == 0


def test_pension_premium_and_build_up_follow_the_documented_rule():
    """2026, € 20/hour + 8 % holiday pay, 4 days of 8 hours, full time 40 hours, premium 7,5 %, accrual 1,75 %.

    gross = 20 × 1,08 × 8 × 4 × 52 = 35.942,40; part-time factor = 32 / 40 = 0,8;
    franchise 2026 = € 19.172 (CAP Belastingdienst via fundamentvoor.nl); base = 35.942,40 − 19.172 × 0,8 = 20.604,80;
    premium = 7,5 % × 20.604,80 = 1.545,36; build-up = 1,75 % × 20.604,80 = 360,58.
    """
    result = run(
        parse_household(
            {
                "jaar": 2026,
                "partners": [
                    {"leeftijd": 40, "uurloon": 20, "uren_per_dag": 8, "dagen_per_week": 4, "pensioen": {"premie_percentage": 7.5, "opbouwpercentage": 1.75, "voltijd_uren_per_week": 40}}
                ],
            }
        )
    )
    four = result.splits.index((4,))
    assert result.gross[four, 0] == pytest.approx(35942.40, abs=0.01)
    assert result.pension_premium[four, 0] == pytest.approx(1545.36, abs=0.01)
    assert result.now["pensioenopbouw"][four, 0] == pytest.approx(360.58, abs=0.02)
    assert result.now["loon"][four, 0] == pytest.approx(35942.40 - 1545.36, abs=0.01)


def test_care_days_are_the_days_nobody_is_home():
    assert care_days((3, 5)) == 3
    assert care_days((0, 5)) == 0
    assert care_days((5, 5)) == 5
    assert care_days((2, 2)) == 0
    assert care_days((4,)) == 4
    assert len(all_splits(2)) == 36 and len(all_splits(1)) == 6


def test_childcare_hours_per_month():
    """3 days × 10 hours × 52/12 weeks = 130 hours a month; a fixed 2 days stays 2 days in every split."""
    couple = parse_household(
        {
            "jaar": 2026,
            "partners": [{"leeftijd": 35, "uurloon": 20, "dagen_per_week": 3}, {"leeftijd": 35, "uurloon": 20, "dagen_per_week": 5}],
            "kinderen": [
                {"leeftijd": 2, "opvang": {"soort": "dagopvang", "uurprijs": 11, "uren_per_dag": 10}},
                {"leeftijd": 6, "opvang": {"soort": "buitenschoolse_opvang", "uurprijs": 10, "uren_per_dag": 4, "dagen": 2}},
            ],
        }
    )
    assert childcare_hours_per_month(couple.kinderen[0], (3, 5)) == pytest.approx(130)
    assert childcare_hours_per_month(couple.kinderen[1], (0, 0)) == pytest.approx(2 * 4 * 52 / 12)


def example(path="examples/gezin_twee_kinderen.yaml"):
    import yaml

    return parse_household(yaml.safe_load(open(path, encoding="utf-8")))


def test_extra_day_breakdown_adds_up():
    """Gross wage plus each instrument's effect is exactly the change in disposable income."""
    result = run(example())
    for split in range(len(result.splits)):
        for partner in range(2):
            day = analysis.extra_day(result, split, partner)
            if day is None:
                assert result.splits[split][partner] == 5
                continue
            assert day.bruto_erbij + sum(day.onderdelen.values()) == pytest.approx(day.besteedbaar_erbij, abs=1.0)


def test_ranking_and_independence_marks():
    result = run(example())
    order = analysis.ranking(result)
    assert sorted(order) == list(range(36))
    incomes = result.now["besteedbaar_inkomen"][order]
    assert np.all(np.diff(incomes) <= 0.01)
    independent = analysis.both_independent(result)
    assert not independent[result.splits.index((0, 5))]  # nobody without earnings is economically independent


def test_ten_years_starts_with_this_year_and_children_leave_childcare():
    result = run(example())
    ten = analysis.ten_years(result, result.current)
    assert ten.per_jaar[0] == pytest.approx(float(result.now["besteedbaar_inkomen"][result.current]))
    assert len(ten.per_jaar) == 10
    # Daan (born 2019) is 13 in the tenth year... his childcare costs are gone well before: fewer costs later
    assert ten.besteedbaar_totaal > 10 * ten.per_jaar[0]


def test_a_toeslag_that_ends_is_flagged_as_a_cliff():
    """2026, single, € 25/hour + 8 %: a day of 8 hours is 25 × 1,08 × 8 × 52 = € 11.232 a year.

    3 days = € 33.696 (zorgtoeslag: below the € 40.857 limit), 4 days = € 44.928 (above it): the zorgtoeslag ends.
    """
    result = run(parse_household({"jaar": 2026, "partners": [{"leeftijd": 30, "uurloon": 25, "dagen_per_week": 3}]}))
    three = result.splits.index((3,))
    assert result.now["zorgtoeslag"][three] > 0
    day = analysis.extra_day(result, three, 0)
    assert "De zorgtoeslag vervalt helemaal." in day.kliffen


def test_first_working_day_unlocks_kinderopvangtoeslag():
    """Kinderopvangtoeslag needs both partners to work: with fixed childcare days, the first working day of the second
    partner makes the household eligible, so disposable income rises by more than the wage."""
    household = parse_household(
        {
            "jaar": 2026,
            "partners": [{"leeftijd": 35, "uurloon": 15, "dagen_per_week": 1}, {"leeftijd": 35, "uurloon": 25, "dagen_per_week": 5}],
            "kinderen": [{"leeftijd": 1, "opvang": {"soort": "dagopvang", "uurprijs": 11, "uren_per_dag": 10, "dagen": 3}}],
        }
    )
    result = run(household)
    day = analysis.extra_day(result, result.splits.index((0, 5)), 0)
    assert day.besteedbaar_erbij > day.bruto_erbij  # the first day unlocks kinderopvangtoeslag
    assert day.onderdelen["kinderopvangtoeslag"] > 0


def test_2025_unknown_childcare_percentage_is_reported(capsys):
    from rich.console import Console

    from werkzorg.budget.report import print_report

    household = parse_household(
        {
            "jaar": 2025,
            "partners": [{"leeftijd": 35, "uurloon": 40, "dagen_per_week": 5}, {"leeftijd": 35, "uurloon": 30, "dagen_per_week": 4}],
            "kinderen": [{"leeftijd": 1, "opvang": {"soort": "dagopvang", "uurprijs": 11, "uren_per_dag": 10}}],
        }
    )
    result = run(household)
    assert result.now["kinderopvangtoeslag_onbekend"][result.current]
    print_report(Console(width=120), result)
    assert "onbekend" in capsys.readouterr().out


@settings(max_examples=25, deadline=None)
@given(
    st.floats(8, 60), st.floats(8, 60), st.integers(0, 5), st.integers(0, 5), st.sampled_from([2025, 2026]),
    st.integers(0, 2), st.booleans(),
)
def test_invariants(wage_a, wage_b, days_a, days_b, year, children, as_needed):
    data = {
        "jaar": year,
        "partners": [
            {"leeftijd": 33, "uurloon": wage_a, "dagen_per_week": days_a},
            {"leeftijd": 36, "uurloon": wage_b, "dagen_per_week": days_b},
        ],
        "kinderen": [
            {"leeftijd": 2 + 4 * i, "opvang": {"soort": "dagopvang" if i == 0 else "buitenschoolse_opvang", "uurprijs": 10.5, "uren_per_dag": 10 if i == 0 else 4, "dagen": "naar behoefte" if as_needed else 2}}
            for i in range(children)
        ],
        "huur_per_maand": 800,
    }
    result = run(parse_household(data), trace=False)
    index = {split: i for i, split in enumerate(result.splits)}
    for split, i in index.items():
        for partner in range(2):
            if split[partner] < 5:
                more = list(split)
                more[partner] += 1
                j = index[tuple(more)]
                # More working days never lower gross income.
                assert result.gross[j, partner] >= result.gross[i, partner]
                # Economic independence is monotone in own income.
                if result.now["economisch_zelfstandig"][i, partner]:
                    assert result.now["economisch_zelfstandig"][j, partner]
        for child, days in zip(result.household.kinderen, result.care_days[i]):
            # Childcare need is consistent with the days at home.
            assert days == (max(0, sum(split) - 5) if as_needed else 2)
        assert np.isfinite(result.now["besteedbaar_inkomen"][i])


def test_json_has_every_split_and_the_explanations():
    from werkzorg.budget.report import to_json

    data = to_json(run(example()))
    json.dumps(data)
    assert len(data["verdelingen"]) == 36 and len(data["rangorde"]) == 36
    assert data["huidige_verdeling"]["dagen"] == [3, 5]
    assert data["extra_werkdag"]["Sanne"]["naar"] == [4, 5]
    assert data["extra_werkdag"]["Mehmet"] is None and data["dag_minder"]["Mehmet"]["van"] == [3, 4]
    assert "economisch_zelfstandig" in data["voorlopig"]


def test_published_json_schema_is_up_to_date():
    from pathlib import Path

    from werkzorg.household import json_schema

    published = json.loads(Path("docs/huishouden.schema.json").read_text(encoding="utf-8"))
    assert published == json.loads(json.dumps(json_schema())), "regenerate docs/huishouden.schema.json (see docs/budget.md)"
