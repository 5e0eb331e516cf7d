"""Compute every split of the working week for a household in one vectorised model call.

One simulation holds three blocks of households:
  A. the household in each split (36 for a couple, 6 for a single parent), in the chosen year;
  B. each partner alone, without children, in each split ("what if we separate");
  C. the household in each split in each of the next nine years: the same rules and prices, everyone a year older
     each year, children moving from day care to out-of-school care and out of childcare.
"""

from __future__ import annotations

import dataclasses
import datetime

import numpy as np

from werkzorg.budget.scenarios import (
    LAST_CARE_AGE,
    SCHOOL_AGE,
    all_splits,
    childcare_days,
    childcare_hours_per_month,
    current_split,
    gross_wage,
    part_time_factor,
)
from werkzorg.budget.schema import Huishouden, Kind, Opvang
from werkzorg.model import tax_benefit_system
from werkzorg.model.explain import DependencyGraph
from werkzorg.model.population import KIND, PARTNER, simulation_from_arrays
from werkzorg.model.provenance import provisional_reason

YEARS_AHEAD = 10
#: Out-of-school care a child moves to at 4 when no other child's bso is described: hours a day (after school).
DEFAULT_BSO_HOURS_PER_DAY = 4.0

HOUSEHOLD_OUTPUTS = [
    "besteedbaar_inkomen", "netto_inkomen_partners", "zorgtoeslag", "huurtoeslag", "kindgebonden_budget",
    "kinderopvangtoeslag", "kinderbijslag", "kinderopvang_kosten", "kinderopvangtoeslag_onbekend", "toetsingsinkomen",
]
PARTNER_OUTPUTS = [
    "loon", "pensioengevend_loon", "box1_belasting_voor_kortingen", "algemene_heffingskorting_verrekend",
    "arbeidskorting_verrekend", "inkomensafhankelijke_combinatiekorting_verrekend", "algemene_heffingskorting_uitbetaling",
    "inkomstenbelasting", "netto_inkomen", "netto_arbeidsinkomen", "economisch_zelfstandig",
    "economische_zelfstandigheid_afstand", "economische_zelfstandigheid_grens", "pensioenopbouw",
]


@dataclasses.dataclass
class BudgetRun:
    household: Huishouden
    splits: list[tuple[int, ...]]
    current: int
    care_days: list[list[int]]  # per split, per child: days a week in childcare
    #: block A: variable → array (splits,) for household outputs or (splits, partners) for partner outputs
    now: dict[str, np.ndarray]
    pension_premium: np.ndarray  # (splits, partners), own pension premium per year
    gross: np.ndarray  # (splits, partners), gross wage including holiday pay, before pension premium
    #: block B: partner alone, (splits, partners)
    alone: dict[str, np.ndarray]
    #: block C: (years, splits) and (years, splits, partners); year 0 is block A
    ahead: dict[str, np.ndarray]
    #: output variable → reasons its value is provisional
    provisional: dict[str, list[str]]
    assumptions: list[str]


@dataclasses.dataclass
class _Person:
    household: int
    role: int
    birth: datetime.date
    loon: float = 0.0
    hours: float = 0.0
    pensionable: float = 0.0
    part_time: float = 1.0
    accrual: float = np.nan
    soort: str = "geen"
    care_hours: float = 0.0
    care_price: float = 0.0


def _birth_date(date: datetime.date | None, age: int | None, year: int) -> datetime.date:
    """A given age means that age all year: born on 1 January."""
    return date if date is not None else datetime.date(year - age, 1, 1)


def _older(date: datetime.date, years: int) -> datetime.date:
    try:
        return date.replace(year=date.year - years)
    except ValueError:  # 29 February
        return date.replace(year=date.year - years, day=28)


def _care_later(child: Kind, age: int, bso_template: Opvang | None) -> Opvang | None:
    """The care a child gets at a later age: day care becomes out-of-school care at 4; none after primary school."""
    care = child.opvang
    if care is None or age > LAST_CARE_AGE:
        return None
    if care.soort == "dagopvang" and age >= SCHOOL_AGE:
        if bso_template is not None:
            return bso_template.model_copy(update={"dagen": care.dagen})
        return Opvang(soort="buitenschoolse_opvang", uurprijs=0.0, uren_per_dag=DEFAULT_BSO_HOURS_PER_DAY, dagen=care.dagen)
    return care


def run(household: Huishouden, trace: bool = True) -> BudgetRun:
    year = household.jaar
    parameters = tax_benefit_system().parameters(f"{year}-01-01")
    holiday_pay = parameters.wet_minimumloon.vakantiebijslag_percentage
    franchise = parameters.wet_op_de_loonbelasting_1964.pensioen.aow_franchise
    max_bso_price = parameters.wet_kinderopvang.kinderopvangtoeslag.maximum_uurprijs.buitenschoolse_opvang
    splits = all_splits(len(household.partners))
    n_splits, n_partners, n_children = len(splits), len(household.partners), len(household.kinderen)
    partner_births = [_birth_date(p.geboortedatum, p.leeftijd, year) for p in household.partners]
    child_births = [_birth_date(k.geboortedatum, k.leeftijd, year) for k in household.kinderen]
    bso_template = next((k.opvang for k in household.kinderen if k.opvang and k.opvang.soort == "buitenschoolse_opvang"), None)
    assumptions = []

    gross = np.array([[gross_wage(p, d, holiday_pay) for p, d in zip(household.partners, split)] for split in splits])
    part_time = np.array([[part_time_factor(p, d) for p, d in zip(household.partners, split)] for split in splits])
    participates = np.array([p.pensioen.deelnemer for p in household.partners])
    premium_rate = np.array([p.pensioen.premie_percentage / 100 for p in household.partners])
    premium = np.where(participates, premium_rate * np.maximum(0, gross - franchise * part_time), 0.0)
    accrual = np.array([p.pensioen.opbouwpercentage / 100 if p.pensioen.opbouwpercentage is not None else np.nan for p in household.partners])

    persons: list[_Person] = []
    rents, wealth = [], []

    def add_household(split_index: int, years_ahead: int, with_children: bool, only_partner: int | None = None) -> None:
        number = len(rents)
        split = splits[split_index]
        for index, partner in enumerate(household.partners):
            if only_partner is not None and index != only_partner:
                continue
            persons.append(
                _Person(
                    number, PARTNER, _older(partner_births[index], years_ahead),
                    loon=gross[split_index, index] - premium[split_index, index],
                    hours=partner.uren_per_dag * split[index],
                    pensionable=gross[split_index, index] if participates[index] else 0.0,
                    part_time=part_time[split_index, index],
                    accrual=accrual[index],
                )
            )
        if with_children:
            for child, born in zip(household.kinderen, child_births):
                age = _age_on_new_year(_older(born, years_ahead), year)
                care = child.opvang if years_ahead == 0 else _care_later(child, age, bso_template)
                person = _Person(number, KIND, _older(born, years_ahead))
                if care is not None:
                    later_child = child.model_copy(update={"opvang": care})
                    person.soort = care.soort
                    person.care_hours = childcare_hours_per_month(later_child, split)
                    person.care_price = care.uurprijs or (max_bso_price if care.soort == "buitenschoolse_opvang" else 0.0)
                persons.append(person)
            rents.append(household.huur_per_maand)
        else:
            rents.append(0.0)
        wealth.append(household.vermogen if only_partner is None else household.vermogen / n_partners)

    for s in range(n_splits):
        add_household(s, 0, True)
    for s in range(n_splits):
        for index in range(n_partners):
            add_household(s, 0, False, only_partner=index)
    for years_ahead in range(1, YEARS_AHEAD):
        for s in range(n_splits):
            add_household(s, years_ahead, True)

    if any(k.opvang and k.opvang.soort == "dagopvang" for k in household.kinderen):
        if bso_template is None:
            assumptions.append(
                f"In de jaren vooruit gaat een kind vanaf {SCHOOL_AGE} jaar van de dagopvang naar de bso: "
                f"{DEFAULT_BSO_HOURS_PER_DAY:g} uur per opvangdag tegen de maximum uurprijs bso."
            )
        else:
            assumptions.append(f"In de jaren vooruit gaat een kind vanaf {SCHOOL_AGE} jaar van de dagopvang naar de bso, met de uren en prijs van de bso uit uw invoer.")
    if n_children:
        assumptions.append(f"Kinderopvang stopt na het jaar waarin het kind {LAST_CARE_AGE} is; schoolvakanties tellen niet apart.")

    simulation = simulation_from_arrays(
        year,
        np.array([p.household for p in persons]),
        np.array([p.role for p in persons]),
        _person_inputs(persons, parameters.wet_op_de_loonbelasting_1964.pensioen.opbouwpercentage),
        {"huur_per_maand": np.array(rents), "vermogen": np.array(wealth)},
    )
    simulation.trace = trace
    period = str(year)
    is_partner = np.array([p.role == PARTNER for p in persons])
    household_of = np.array([p.household for p in persons])

    blocks_a = slice(0, n_splits)
    blocks_b = slice(n_splits, n_splits + n_splits * n_partners)
    values = {name: simulation.calculate(name, period) for name in HOUSEHOLD_OUTPUTS}
    partner_values = {name: simulation.calculate(name, period)[is_partner] for name in PARTNER_OUTPUTS}
    partner_household = household_of[is_partner]

    now = {name: values[name][blocks_a] for name in HOUSEHOLD_OUTPUTS}
    in_a = partner_household < n_splits
    now.update({name: array[in_a].reshape(n_splits, n_partners) for name, array in partner_values.items()})
    in_b = (partner_household >= n_splits) & (partner_household < n_splits * (1 + n_partners))
    alone = {name: array[in_b].reshape(n_splits, n_partners) for name, array in partner_values.items()}
    alone["besteedbaar_inkomen"] = values["besteedbaar_inkomen"][blocks_b].reshape(n_splits, n_partners)
    in_c = partner_household >= n_splits * (1 + n_partners)
    ahead = {
        "besteedbaar_inkomen": np.concatenate([now["besteedbaar_inkomen"][None, :], values["besteedbaar_inkomen"][n_splits * (1 + n_partners):].reshape(YEARS_AHEAD - 1, n_splits)]),
    }
    for name in ("netto_inkomen", "pensioenopbouw", "economisch_zelfstandig"):
        later = partner_values[name][in_c].reshape(YEARS_AHEAD - 1, n_splits, n_partners)
        ahead[name] = np.concatenate([now[name][None, :, :], later])

    provisional = _provisional(simulation, period) if trace else {}
    if np.any(np.isnan(accrual)) and not np.all(np.isnan(accrual)):
        reason = provisional_reason("wet_op_de_loonbelasting_1964.pensioen.opbouwpercentage", f"{year}-01-01")
        if reason:
            provisional.setdefault("pensioenopbouw", []).append(reason)
    care = [[childcare_days(child, split) for child in household.kinderen] for split in splits]
    return BudgetRun(household, splits, splits.index(current_split(household)), care, now, premium, gross, alone, ahead, provisional, assumptions)


def _person_inputs(persons: list[_Person], default_accrual: float) -> dict[str, np.ndarray]:
    inputs = {
        "geboortedatum": np.array([p.birth for p in persons], dtype="datetime64[D]"),
        "loon": np.array([p.loon for p in persons]),
        "uren_per_week": np.array([p.hours for p in persons]),
        "pensioengevend_loon": np.array([p.pensionable for p in persons]),
        "deeltijdfactor": np.array([p.part_time for p in persons]),
        "kinderopvang_soort": np.array([p.soort for p in persons]),
        "kinderopvang_uren_per_maand": np.array([p.care_hours for p in persons]),
        "kinderopvang_uurprijs": np.array([p.care_price for p in persons]),
    }
    rates = np.array([p.accrual for p in persons])
    if not np.all(np.isnan(rates)):
        # Someone gave their own accrual rate: set it for everyone, the model's default where none was given.
        inputs["pensioen_opbouwpercentage"] = np.where(np.isnan(rates), default_accrual, rates)
    return inputs


def _age_on_new_year(born: datetime.date, year: int) -> int:
    return year - born.year - (1 if (born.month, born.day) > (1, 1) else 0)


def _provisional(simulation, period: str) -> dict[str, list[str]]:
    graph = DependencyGraph(simulation.tracer)
    found = {}
    for name in ("besteedbaar_inkomen", "economisch_zelfstandig", "pensioenopbouw", "netto_inkomen", "kinderopvangtoeslag"):
        reasons = [use.provisional for use in graph.explain(name, period).provisional]
        if reasons:
            found[name] = list(dict.fromkeys(reasons))
    return found
