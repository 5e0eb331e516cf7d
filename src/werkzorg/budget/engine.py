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
    "kinderopvangtoeslag", "kinderbijslag", "kinderopvang_kosten", "kinderopvangtoeslag_onbekend",
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
    #: which variables and parameters each output used (None when run without tracing)
    graph: DependencyGraph | None = None


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


def _care_later(child: Kind, age: int, bso: Opvang) -> Opvang | None:
    """The care a child gets at a later age: day care becomes out-of-school care at 4; none after primary school."""
    care = child.opvang
    if care is None or age > LAST_CARE_AGE:
        return None
    if care.soort == "dagopvang" and age >= SCHOOL_AGE:
        return bso.model_copy(update={"dagen": care.dagen})
    return care


@dataclasses.dataclass
class _Wages:
    """Per split and partner: gross wage, part-time factor and own pension premium; per partner: accrual rate."""

    gross: np.ndarray
    part_time: np.ndarray
    premium: np.ndarray
    participates: np.ndarray
    accrual: np.ndarray


def _wages(household: Huishouden, splits: list[tuple[int, ...]], holiday_pay: float, franchise: float) -> _Wages:
    gross = np.array([[gross_wage(p, d, holiday_pay) for p, d in zip(household.partners, split)] for split in splits])
    part_time = np.array([[part_time_factor(p, d) for p, d in zip(household.partners, split)] for split in splits])
    participates = np.array([p.pensioen.deelnemer for p in household.partners])
    premium_rate = np.array([p.pensioen.premie_percentage / 100 for p in household.partners])
    premium = np.where(participates, premium_rate * np.maximum(0, gross - franchise * part_time), 0.0)
    accrual = np.array([np.nan if p.pensioen.opbouwpercentage is None else p.pensioen.opbouwpercentage / 100 for p in household.partners])
    return _Wages(gross, part_time, premium, participates, accrual)


class _Population:
    """The persons and households of the one simulation, added household by household."""

    def __init__(self, household: Huishouden, splits: list[tuple[int, ...]], wages: _Wages, bso: Opvang) -> None:
        self.household, self.splits, self.wages, self.bso = household, splits, wages, bso
        year = household.jaar
        self.partner_births = [_birth_date(p.geboortedatum, p.leeftijd, year) for p in household.partners]
        self.child_births = [_birth_date(k.geboortedatum, k.leeftijd, year) for k in household.kinderen]
        self.persons: list[_Person] = []
        self.rents: list[float] = []
        self.wealth: list[float] = []

    def add(self, split_index: int, years_ahead: int = 0, only_partner: int | None = None) -> None:
        """One household: everyone (with children) in a split, or one partner alone (no children, no rent)."""
        number, split, wages = len(self.rents), self.splits[split_index], self.wages
        for index, partner in enumerate(self.household.partners):
            if only_partner is not None and index != only_partner:
                continue
            self.persons.append(
                _Person(
                    number, PARTNER, _older(self.partner_births[index], years_ahead),
                    loon=wages.gross[split_index, index] - wages.premium[split_index, index],
                    hours=partner.uren_per_dag * split[index],
                    pensionable=wages.gross[split_index, index] if wages.participates[index] else 0.0,
                    part_time=wages.part_time[split_index, index],
                    accrual=wages.accrual[index],
                )
            )
        together = only_partner is None
        if together:
            for child, born in zip(self.household.kinderen, self.child_births):
                self.persons.append(self._child(number, child, _older(born, years_ahead), years_ahead, split))
        self.rents.append(self.household.huur_per_maand if together else 0.0)
        self.wealth.append(self.household.vermogen if together else self.household.vermogen / len(self.household.partners))

    def _child(self, number: int, child: Kind, born: datetime.date, years_ahead: int, split: tuple[int, ...]) -> _Person:
        care = child.opvang if years_ahead == 0 else _care_later(child, _age_on_new_year(born, self.household.jaar), self.bso)
        person = _Person(number, KIND, born)
        if care is not None:
            person.soort, person.care_price = care.soort, care.uurprijs
            person.care_hours = childcare_hours_per_month(child.model_copy(update={"opvang": care}), split)
        return person

    def simulation(self, default_accrual: float):
        persons = self.persons
        return simulation_from_arrays(
            self.household.jaar,
            np.array([p.household for p in persons]),
            np.array([p.role for p in persons]),
            _person_inputs(persons, default_accrual),
            {"huur_per_maand": np.array(self.rents), "vermogen": np.array(self.wealth)},
        )


def _assumptions(household: Huishouden, bso_given: bool) -> list[str]:
    found = []
    if any(k.opvang and k.opvang.soort == "dagopvang" for k in household.kinderen):
        if bso_given:
            found.append(f"In de jaren vooruit gaat een kind vanaf {SCHOOL_AGE} jaar van de dagopvang naar de bso, met de uren en prijs van de bso uit uw invoer.")
        else:
            found.append(
                f"In de jaren vooruit gaat een kind vanaf {SCHOOL_AGE} jaar van de dagopvang naar de bso: "
                f"{DEFAULT_BSO_HOURS_PER_DAY:g} uur per opvangdag tegen de maximum uurprijs bso."
            )
    if household.kinderen:
        found.append(f"Kinderopvang stopt na het jaar waarin het kind {LAST_CARE_AGE} is; schoolvakanties tellen niet apart.")
    return found


def run(household: Huishouden, trace: bool = True) -> BudgetRun:
    """Every split of the working week, each partner alone, and nine years ahead: one model call."""
    year, period = household.jaar, str(household.jaar)
    parameters = tax_benefit_system().parameters(f"{year}-01-01")
    pension = parameters.wet_op_de_loonbelasting_1964.pensioen
    splits = all_splits(len(household.partners))
    n_splits, n_partners = len(splits), len(household.partners)
    wages = _wages(household, splits, parameters.wet_minimumloon.vakantiebijslag_percentage, pension.aow_franchise)
    own_bso = next((k.opvang for k in household.kinderen if k.opvang and k.opvang.soort == "buitenschoolse_opvang"), None)
    default_bso = Opvang(
        soort="buitenschoolse_opvang",
        uurprijs=parameters.wet_kinderopvang.kinderopvangtoeslag.maximum_uurprijs.buitenschoolse_opvang,
        uren_per_dag=DEFAULT_BSO_HOURS_PER_DAY,
    )

    population = _Population(household, splits, wages, own_bso or default_bso)
    for s in range(n_splits):  # block A
        population.add(s)
    for s in range(n_splits):  # block B
        for index in range(n_partners):
            population.add(s, only_partner=index)
    for years_ahead in range(1, YEARS_AHEAD):  # block C
        for s in range(n_splits):
            population.add(s, years_ahead)
    simulation = population.simulation(pension.opbouwpercentage)
    simulation.trace = trace

    is_partner = np.array([p.role == PARTNER for p in population.persons])
    partner_household = np.array([p.household for p in population.persons])[is_partner]
    household_values = {name: simulation.calculate(name, period) for name in HOUSEHOLD_OUTPUTS}
    partner_values = {name: simulation.calculate(name, period)[is_partner] for name in PARTNER_OUTPUTS}
    end_a, end_b = n_splits, n_splits * (1 + n_partners)

    now = {name: values[:end_a] for name, values in household_values.items()}
    now.update({name: values[partner_household < end_a].reshape(n_splits, n_partners) for name, values in partner_values.items()})
    in_b = (partner_household >= end_a) & (partner_household < end_b)
    alone = {name: values[in_b].reshape(n_splits, n_partners) for name, values in partner_values.items()}
    ahead = {"besteedbaar_inkomen": np.concatenate([now["besteedbaar_inkomen"][None, :], household_values["besteedbaar_inkomen"][end_b:].reshape(YEARS_AHEAD - 1, n_splits)])}
    for name in ("netto_inkomen", "pensioenopbouw", "economisch_zelfstandig"):
        later = partner_values[name][partner_household >= end_b].reshape(YEARS_AHEAD - 1, n_splits, n_partners)
        ahead[name] = np.concatenate([now[name][None, :, :], later])

    graph = DependencyGraph(simulation.tracer) if trace else None
    provisional = _provisional(graph, period) if graph else {}
    if np.any(np.isnan(wages.accrual)) and not np.all(np.isnan(wages.accrual)):
        reason = provisional_reason("wet_op_de_loonbelasting_1964.pensioen.opbouwpercentage", f"{year}-01-01")
        if reason:
            provisional.setdefault("pensioenopbouw", []).append(reason)
    care = [[childcare_days(child, split) for child in household.kinderen] for split in splits]
    return BudgetRun(
        household, splits, splits.index(current_split(household)), care, now, wages.premium, wages.gross, alone, ahead,
        provisional, _assumptions(household, own_bso is not None), graph,
    )


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


def _provisional(graph: DependencyGraph, period: str) -> dict[str, list[str]]:
    found = {}
    for name in ("besteedbaar_inkomen", "economisch_zelfstandig", "pensioenopbouw", "netto_inkomen", "kinderopvangtoeslag"):
        reasons = [use.provisional for use in graph.explain(name, period).provisional]
        if reasons:
            found[name] = list(dict.fromkeys(reasons))
    return found
