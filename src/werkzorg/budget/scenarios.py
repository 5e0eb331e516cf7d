"""Ways to divide the working week: 0 to 5 days per partner, and the childcare each split needs.

Pure arithmetic on the household description; the model is not involved here.
"""

from __future__ import annotations

import itertools

from werkzorg.household import NAAR_BEHOEFTE, WEEKS_PER_MONTH, Huishouden, Kind, Opvang, Partner

WORKDAYS = 5
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


def care_hours_per_month(care: Opvang | None, split: tuple[int, ...], days_rule: Opvang | None = None, working_day: float = 8.0) -> float:
    """Hours a month: days a week × hours a day × 52/12; the days may follow another care's rule (day care → bso).

    Without hours a day given, a working day (`working_day`) plus travel. School holidays are not modelled for
    out-of-school care.
    """
    if care is None:
        return 0.0
    return care_days_a_week(days_rule or care, split) * care.hours_per_day(working_day) * WEEKS_PER_MONTH


def longest_working_day(household: Huishouden) -> float:
    """The care a day needs covers the longest working day of the partners."""
    return max(p.uren_per_dag for p in household.partners)


def childcare_hours_per_month(child: Kind, split: tuple[int, ...], working_day: float = 8.0) -> float:
    return care_hours_per_month(child.opvang, split, working_day=working_day)


def hourly_wage_with_holiday_pay(partner: Partner, holiday_pay: float) -> float:
    """Gross wage per hour worked, including holiday pay (the wage given as hourly, monthly or yearly wage)."""
    return partner.hourly_wage(holiday_pay) * (1 + holiday_pay)


def gross_wage(partner: Partner, days: int, holiday_pay: float) -> float:
    """Gross yearly wage including holiday pay when working `days` days a week."""
    return hourly_wage_with_holiday_pay(partner, holiday_pay) * partner.uren_per_dag * days * 52


def part_time_factor(partner: Partner, days: int) -> float:
    return min(1.0, partner.uren_per_dag * days / partner.pensioen.voltijd_uren_per_week)
