"""Ways to divide the working week: 0 to 5 days per partner, and the childcare each split needs.

Pure arithmetic on the household description; the model is not involved here.
"""

from __future__ import annotations

import itertools

from werkzorg.budget.schema import NAAR_BEHOEFTE, Huishouden, Kind, Opvang, Partner

WORKDAYS = 5
#: Average number of weeks in a month (52 weeks a year / 12 months).
WEEKS_PER_MONTH = 52 / 12
#: Primary school ends around 12; out-of-school care and childcare benefit stop then. Age on 1 January.
LAST_CARE_AGE = 12
#: Day care (dagopvang) is for children until they go to school at 4.
SCHOOL_AGE = 4


def all_splits(partners: int) -> list[tuple[int, ...]]:
    """Every split of 0-5 working days per partner: 36 for a couple, 6 for a single parent."""
    return list(itertools.product(range(WORKDAYS + 1), repeat=partners))


def current_split(household: Huishouden) -> tuple[int, ...]:
    return tuple(p.dagen_per_week for p in household.partners)


def care_days(split: tuple[int, ...]) -> int:
    """Days a week on which no parent is home, if the partners take their days off on different days.

    A single parent needs care on every working day; a couple at least on max(0, days A + days B − 5).
    """
    if len(split) == 1:
        return split[0]
    return max(0, sum(split) - WORKDAYS)


def care_days_a_week(care: Opvang | None, split: tuple[int, ...]) -> int:
    """Days a week in childcare: fixed, or "naar behoefte": the days no parent is home."""
    if care is None:
        return 0
    return care_days(split) if care.dagen == NAAR_BEHOEFTE else int(care.dagen)


def childcare_days(child: Kind, split: tuple[int, ...]) -> int:
    return care_days_a_week(child.opvang, split)


def care_hours_per_month(care: Opvang | None, split: tuple[int, ...], days_rule: Opvang | None = None) -> float:
    """Hours a month: days a week × hours a day × 52/12; the days may follow another care's rule (day care → bso).

    School holidays are not modelled for out-of-school care.
    """
    if care is None:
        return 0.0
    return care_days_a_week(days_rule or care, split) * care.uren_per_dag * WEEKS_PER_MONTH


def childcare_hours_per_month(child: Kind, split: tuple[int, ...]) -> float:
    return care_hours_per_month(child.opvang, split)


def hourly_wage_with_holiday_pay(partner: Partner, holiday_pay: float) -> float:
    """Gross wage per hour worked, including holiday pay.

    uurloon is without holiday pay, so holiday pay is added; jaarloon already includes it and is spread over the
    hours entered (uren per dag × dagen per week × 52 weeks).
    """
    if partner.uurloon is not None:
        return partner.uurloon * (1 + holiday_pay)
    return partner.jaarloon / (partner.uren_per_dag * partner.dagen_per_week * 52)


def gross_wage(partner: Partner, days: int, holiday_pay: float) -> float:
    """Gross yearly wage including holiday pay when working `days` days a week."""
    return hourly_wage_with_holiday_pay(partner, holiday_pay) * partner.uren_per_dag * days * 52


def part_time_factor(partner: Partner, days: int) -> float:
    return min(1.0, partner.uren_per_dag * days / partner.pensioen.voltijd_uren_per_week)
