"""What leave does to a household's money: a leave plan for one or two partners, month by month, year by year.

The law settles income tax and toeslagen on the calendar year, so each calendar year the plan touches is computed as a
whole: the year's wage and UWV benefit give the year's tax, heffingskortingen and toeslagen (one model call per year,
the year with leave and the same year without). Benefits under the Wet arbeid en zorg count as arbeidsinkomen (Wet IB
2001 art. 8.1 lid 2 d), so they count for the arbeidskorting and the IACK like wage.

The monthly view divides each year's result over its months without inventing a change: a month without leave shows
the net of the year without leave (a twelfth of it), and the difference the leave makes to the year's net is put in
the months in which the leave changes the gross income, in proportion to that change. Withheld loonheffing is not
shown; what employer and UWV withhold a month may differ, and the yearly aanslag settles the difference.

Childcare continues during leave as booked: parents keep (and pay for) their place. Only if the plan says so
(`opvang_volgt_verlof`) does care "naar behoefte" follow the days a parent is home on leave. A child born after the
plan's first leave begins starts childcare on the date the plan gives (`opvang_vanaf`), by default the day after the
last full-time leave of the plan, never at birth.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime
from typing import Annotated, Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from werkzorg.budget.engine import _wages
from werkzorg.formatting import euro
from werkzorg.budget.scenarios import care_hours_per_month, current_split, longest_working_day
from werkzorg.household import Huishouden, Kind
from werkzorg.input_errors import InputError, pydantic_field_error
from werkzorg.model import MODELLED_YEARS, tax_benefit_system
from werkzorg.model.population import KIND, PARTNER, simulation_from_arrays

Leave = Literal[
    "bevallingsverlof", "geboorteverlof", "aanvullend_geboorteverlof", "betaald_ouderschapsverlof", "adoptieverlof",
    "ouderschapsverlof", "langdurend_zorgverlof",
]
#: Who pays during each leave: UWV pays a share of the daily wage (the parameter at the leave's year), the employer
#: continues the wage (geboorteverlof), or nobody (unpaid leave).
PAID_BY_UWV = {
    "bevallingsverlof": ("zwangerschaps_en_bevallingsverlof", "uitkering_percentage"),
    "aanvullend_geboorteverlof": ("aanvullend_geboorteverlof", "uitkering_percentage"),
    "betaald_ouderschapsverlof": ("ouderschapsverlof", "betaald_uitkering_percentage"),
    "adoptieverlof": ("adoptie_en_pleegzorgverlof", "uitkering_percentage"),
}
PAID_BY_EMPLOYER = ("geboorteverlof",)
#: UWV pays every weekday: 261 a year, 21,75 a month.
BENEFIT_DAYS_PER_MONTH = 21.75
#: A plan starts in the household's year or the next one.
YEARS_TO_START = 2
TOESLAGEN = ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget", "kinderopvangtoeslag")
PARTNER_OUTPUTS = (
    "arbeidsinkomen", "arbeidskorting", "inkomensafhankelijke_combinatiekorting", "algemene_heffingskorting",
    "inkomstenbelasting", "netto_inkomen",
)


class _Plain(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class Verlofperiode(_Plain):
    partner: Annotated[int, Field(ge=0, le=1, description="0 voor de eerste partner, 1 voor de tweede")]
    verlof: Leave
    van: datetime.date
    weken: Annotated[float, Field(gt=0, le=52)]
    uren_per_week: Annotated[float, Field(gt=0, le=60)] | None = Field(None, description="Verlofuren per week; leeg: alle uren")

    def end(self) -> datetime.date:
        """The first day after the leave."""
        return self.van + datetime.timedelta(days=round(self.weken * 7))


class Opvangstart(_Plain):
    kind: Annotated[int, Field(ge=0, le=11, description="Welk kind (0 is het eerste)")]
    vanaf: datetime.date = Field(description="De eerste dag van de opvang")


class Verlofplan(_Plain):
    huishouden: Huishouden
    plan: Annotated[list[Verlofperiode], Field(min_length=1, max_length=12)]
    opvang_vanaf: Annotated[list[Opvangstart], Field(max_length=12)] = Field(
        [], description="Wanneer de opvang van een kind begint (een baby: bijvoorbeeld na het verlof); leeg: de dag na het laatste voltijdverlof"
    )
    opvang_volgt_verlof: bool = Field(
        False, description="Opvang 'naar behoefte' volgt de dagen dat een ouder met verlof thuis is; anders blijft de opvang zoals geboekt"
    )

    @model_validator(mode="after")
    def _periods_fit(self) -> "Verlofplan":
        household = self.huishouden
        for index, partner in enumerate(household.partners):
            if partner.dagen_per_week and not partner.has_wage():
                raise ValueError(f"huishouden.partners[{index}].maandloon|geef uurloon, maandloon of jaarloon|give uurloon, maandloon or jaarloon")
        first, last = datetime.date(household.jaar, 1, 1), datetime.date(household.jaar + YEARS_TO_START - 1, 12, 31)
        used: dict[tuple[int, str], float] = {}
        for index, period in enumerate(self.plan):
            if period.partner >= len(household.partners):
                raise ValueError(f"plan[{index}].partner|er is geen partner {period.partner + 1}|there is no partner {period.partner + 1}")
            if not first <= period.van <= last:
                raise ValueError(
                    f"plan[{index}].van|het verlof begint in {household.jaar} of {household.jaar + 1}|the leave starts in {household.jaar} or {household.jaar + 1}"
                )
            weekly = household.partners[period.partner].hours_per_week()
            if weekly == 0:
                raise ValueError(f"plan[{index}].partner|wie niet werkt, heeft geen verlof van een werkgever|someone without work has no leave from an employer")
            key = (period.partner, period.verlof)
            used[key] = used.get(key, 0.0) + period.weken * min(period.uren_per_week or weekly, weekly)
            limit = _entitlement_weeks(period.van.year, period.verlof) * weekly
            if used[key] > limit + 1e-6:
                raise ValueError(
                    f"plan[{index}].weken|meer {period.verlof.replace('_', ' ')} dan het recht: ten hoogste {limit:g} uur|"
                    f"more {period.verlof} than the entitlement: at most {limit:g} hours"
                )
        for index, start in enumerate(self.opvang_vanaf):
            if start.kind >= len(household.kinderen):
                raise ValueError(f"opvang_vanaf[{index}].kind|er is geen kind {start.kind + 1}|there is no child {start.kind + 1}")
            child = household.kinderen[start.kind]
            if child.geboortedatum is not None and start.vanaf < child.geboortedatum:
                raise ValueError(f"opvang_vanaf[{index}].vanaf|de opvang begint na de geboorte|care starts after the birth")
        return self


def _parameters(year: int):
    """The parameter tree at 1 January of a year (for a year after the last modelled one: its last known values)."""
    return tax_benefit_system().get_parameters_at_instant(f"{year}-01-01")


def _entitlement_weeks(year: int, leave: str) -> float:
    """The entitlement in weeks of the weekly hours, from the parameter tree."""
    p = _parameters(year).wet_arbeid_en_zorg
    return {
        "bevallingsverlof": p.zwangerschaps_en_bevallingsverlof.totaal_weken_meerling,
        "geboorteverlof": p.geboorteverlof.maal_weekuren,
        "aanvullend_geboorteverlof": p.aanvullend_geboorteverlof.maal_weekuren,
        "betaald_ouderschapsverlof": p.ouderschapsverlof.betaald_maal_weekuren,
        "ouderschapsverlof": p.ouderschapsverlof.maal_weekuren,
        "adoptieverlof": p.adoptie_en_pleegzorgverlof.weken,
        "langdurend_zorgverlof": p.zorgverlof.langdurend_maal_weekuren,
    }[leave]


def parse_plan(data: Any) -> Verlofplan:
    try:
        return Verlofplan.model_validate(data)
    except ValidationError as error:
        found: dict = {}
        for item in error.errors():
            problem = pydantic_field_error(item)
            found.setdefault(problem.field, problem)
        raise InputError(list(found.values())) from None


# --- the answer ------------------------------------------------------------------------------------------------------


@dataclasses.dataclass
class Maand:
    jaar: int
    maand: int
    #: Per partner: gross wage (with holiday pay, after own pension premium) and UWV benefit this month
    bruto_loon: list[float]
    uitkering: list[float]
    #: Per partner: this month's share of the year's net income (None in a year the model does not know)
    netto: list[float] | None
    netto_zonder_verlof: list[float] | None
    #: Hours of childcare per child this month, and their cost
    kinderopvang_uren: list[float]
    kinderopvang_kosten: float
    kinderopvangtoeslag: float | None
    #: Zorgtoeslag, huurtoeslag, kindgebonden budget and kinderbijslag: a twelfth of the year's amount
    overige_toeslagen: float | None
    besteedbaar: float | None


@dataclasses.dataclass
class Partnerjaar:
    """One partner's year as the Belastingdienst settles it (amounts per year)."""

    loon: float
    wazo_uitkering: float
    arbeidsinkomen: float
    arbeidskorting: float
    inkomensafhankelijke_combinatiekorting: float
    algemene_heffingskorting: float
    inkomstenbelasting: float
    netto_inkomen: float


@dataclasses.dataclass
class Jaar:
    jaar: int
    gemodelleerd: bool
    #: Why the year has no net income or toeslagen: (Dutch, English); None when it does
    melding: tuple[str, str] | None = None
    partners_met_verlof: list[Partnerjaar] = dataclasses.field(default_factory=list)
    partners_zonder_verlof: list[Partnerjaar] = dataclasses.field(default_factory=list)
    toeslagen_met_verlof: dict[str, float] = dataclasses.field(default_factory=dict)
    toeslagen_zonder_verlof: dict[str, float] = dataclasses.field(default_factory=dict)
    kinderbijslag: float = 0.0
    besteedbaar_met_verlof: float | None = None
    besteedbaar_zonder_verlof: float | None = None
    #: Per partner whose year's net changes, which rules change it: {"partner": 0, "nl": "…", "en": "…"}
    uitleg: list[dict[str, Any]] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Inkomenseffect:
    jaren: list[Jaar]
    maanden: list[Maand]
    #: Per child: the first day of childcare in the plan (None: already before the plan, or no care)
    opvang_vanaf: list[datetime.date | None]
    opvang_volgt_verlof: bool
    #: Over the modelled years of the plan
    besteedbaar_met_verlof: float
    besteedbaar_zonder_verlof: float

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        for year in data["jaren"]:
            year["melding"] = {"nl": year["melding"][0], "en": year["melding"][1]} if year["melding"] else None
        data["opvang_vanaf"] = [d.isoformat() if d else None for d in self.opvang_vanaf]
        return data | {"verschil": round(self.besteedbaar_met_verlof - self.besteedbaar_zonder_verlof, 2)}


# --- the computation -------------------------------------------------------------------------------------------------


def plan_years(plan: Verlofplan) -> list[int]:
    """The calendar years from the first day of leave to the last (each is computed as a whole)."""
    first = min(period.van for period in plan.plan)
    last = max(period.end() - datetime.timedelta(days=1) for period in plan.plan)
    return list(range(first.year, last.year + 1))


def care_starts(plan: Verlofplan) -> list[datetime.date | None]:
    """Per child: the first day of childcare in the plan.

    A child the plan gives a date for starts then; a child born after the plan's first leave begins (the baby the
    leave is for) starts the day after the last full-time leave of the plan, never before its birth; other children
    are in care all along, from their birth (None).
    """
    household = plan.huishouden
    given = {start.kind: start.vanaf for start in plan.opvang_vanaf}
    full_time = [
        period.end() for period in plan.plan
        if period.uren_per_week is None or period.uren_per_week >= household.partners[period.partner].hours_per_week()
    ]
    first_leave = min(period.van for period in plan.plan)
    starts: list[datetime.date | None] = []
    for index, child in enumerate(household.kinderen):
        if index in given:
            starts.append(given[index])
        elif child.geboortedatum is not None and child.geboortedatum > first_leave:
            starts.append(max([child.geboortedatum, *full_time]))
        else:
            starts.append(None)
    return starts


def _month_bounds(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    """First day of the month and first day of the next month."""
    first = datetime.date(year, month, 1)
    return first, first + datetime.timedelta(days=calendar.monthrange(year, month)[1])


def _share_of_month_from(date: datetime.date | None, year: int, month: int) -> float:
    """The share of the month's days on or after `date` (1 without a date)."""
    if date is None:
        return 1.0
    first, after = _month_bounds(year, month)
    return min(1.0, max(0.0, (after - max(first, date)).days / (after - first).days))


def _leave_shares(plan: Verlofplan, year: int, weekly_hours: list[float]) -> np.ndarray:
    """(12, partners, periods): the share of each month's working hours on each leave of the plan."""
    shares = np.zeros((12, len(plan.huishouden.partners), len(plan.plan)))
    for index, period in enumerate(plan.plan):
        hours = weekly_hours[period.partner]
        weekly_share = min(1.0, (period.uren_per_week or hours) / hours) if hours else 0.0
        end = period.end()
        for month in range(12):
            first, after = _month_bounds(year, month + 1)
            overlap = max(0, (min(end, after) - max(period.van, first)).days)
            shares[month, period.partner, index] = weekly_share * overlap / (after - first).days
    return shares


@dataclasses.dataclass
class _Money:
    """One calendar year's wage and benefit per month and partner, and the same without leave."""

    wage: np.ndarray  # (12, partners)
    benefit: np.ndarray  # (12, partners)
    wage_without: np.ndarray  # (partners,) a month's wage without leave
    on_leave: np.ndarray  # (12, partners): share of the working hours on any leave (for childcare)


def _money(plan: Verlofplan, year: int) -> _Money:
    household = plan.huishouden
    parameters = _parameters(year)
    split = current_split(household)
    wages = _wages(household, [split], parameters.wet_minimumloon.vakantiebijslag_percentage, parameters.wet_op_de_loonbelasting_1964.pensioen.aow_franchise)
    gross, premium = wages.gross[0], wages.premium[0]
    shares = _leave_shares(plan, year, [p.hours_per_week() for p in household.partners])
    uwv = np.array([_uwv_rate(parameters, period.verlof) for period in plan.plan])
    by_employer = np.array([period.verlof in PAID_BY_EMPLOYER for period in plan.plan])
    wage_lost = (shares * ~by_employer[None, None, :]).sum(axis=2).clip(max=1.0)
    daily_wage = np.minimum(gross / parameters.wet_financiering_sociale_verzekeringen.dagen_per_jaar, parameters.wet_financiering_sociale_verzekeringen.maximumdagloon)
    benefit = (shares * uwv[None, None, :]).sum(axis=2) * daily_wage * BENEFIT_DAYS_PER_MONTH
    month_wage = (gross - premium) / 12
    return _Money(month_wage * (1 - wage_lost), benefit, month_wage, shares.sum(axis=2).clip(max=1.0))


def _uwv_rate(parameters, leave: str) -> float:
    if leave not in PAID_BY_UWV:
        return 0.0
    node, name = PAID_BY_UWV[leave]
    return float(getattr(getattr(parameters.wet_arbeid_en_zorg, node), name))


def _birth(date: datetime.date | None, age: int | None, stated_year: int) -> datetime.date:
    """A given age holds on 1 January of the household's year: born on 1 January."""
    return date if date is not None else datetime.date(stated_year - age, 1, 1)


def _children_in(household: Huishouden, year: int) -> list[int]:
    """The children born by the end of the year."""
    return [i for i, k in enumerate(household.kinderen) if _birth(k.geboortedatum, k.leeftijd, household.jaar).year <= year]


def _care_hours(plan: Verlofplan, year: int, on_leave: np.ndarray, starts: list[datetime.date | None]) -> tuple[np.ndarray, np.ndarray]:
    """(12, children) hours of childcare a month with the plan and without leave.

    Care is counted from its start (or the birth); during leave it stays as booked, unless the plan lets care
    "naar behoefte" follow the days a parent is home.
    """
    household = plan.huishouden
    split = current_split(household)
    working_day = longest_working_day(household)
    with_leave = np.zeros((12, len(household.kinderen)))
    without = np.zeros_like(with_leave)
    for month in range(12):
        working_days = tuple(d * (1 - on_leave[month, p]) for p, d in enumerate(split)) if plan.opvang_volgt_verlof else split
        for c, child in enumerate(household.kinderen):
            first_day = max((d for d in (child.geboortedatum, starts[c]) if d is not None), default=None)
            present = _share_of_month_from(first_day, year, month + 1)
            with_leave[month, c] = present * care_hours_per_month(child.opvang, working_days, working_day=working_day)
            without[month, c] = present * care_hours_per_month(child.opvang, split, working_day=working_day)
    return with_leave, without


def income_effect(plan: Verlofplan) -> Inkomenseffect:
    """Every calendar year of the plan, computed on the year; the months in between."""
    starts = care_starts(plan)
    years, months = [], []
    for year in plan_years(plan):
        found, year_months = _year(plan, year, starts)
        years.append(found)
        months += year_months
    modelled = [y for y in years if y.gemodelleerd]
    return Inkomenseffect(
        years, months, starts, plan.opvang_volgt_verlof,
        round(sum(y.besteedbaar_met_verlof for y in modelled), 2), round(sum(y.besteedbaar_zonder_verlof for y in modelled), 2),
    )


def _year(plan: Verlofplan, year: int, starts: list[datetime.date | None]) -> tuple[Jaar, list[Maand]]:
    household = plan.huishouden
    money = _money(plan, year)
    care, care_without = _care_hours(plan, year, money.on_leave, starts)
    prices = np.array([k.opvang.uurprijs if k.opvang else 0.0 for k in household.kinderen])
    costs = care @ prices if len(prices) else np.zeros(12)
    rounded = lambda values: [round(float(x), 2) for x in values]  # noqa: E731
    if year not in MODELLED_YEARS:
        years = ", ".join(map(str, MODELLED_YEARS))
        message = (
            f"De regels van {year} zitten nog niet in het model (bekend: {years}). Loon en uitkering van {year} zijn berekend "
            f"met de laatst bekende bedragen; netto inkomen en toeslagen van {year} ontbreken.",
            f"The rules of {year} are not in the model yet (known: {years}). Wage and benefit in {year} use the last known "
            f"amounts; net income and toeslagen for {year} are missing.",
        )
        months = [
            Maand(year, m + 1, rounded(money.wage[m]), rounded(money.benefit[m]), None, None, [round(float(x), 1) for x in care[m]],
                  round(float(costs[m]), 2), None, None, None)
            for m in range(12)
        ]
        return Jaar(year, False, message), months

    loon = np.vstack([money.wage.sum(axis=0), money.wage_without * 12])
    wazo = np.vstack([money.benefit.sum(axis=0), np.zeros(len(household.partners))])
    simulation, is_partner, is_child = _simulation(household, year, loon, wazo, np.vstack([care.mean(axis=0), care_without.mean(axis=0)]))
    period = str(year)
    partners = {name: simulation.calculate(name, period)[is_partner].reshape(2, -1) for name in PARTNER_OUTPUTS}
    toeslagen = {name: simulation.calculate(name, period) for name in TOESLAGEN}
    kinderbijslag = simulation.calculate("kinderbijslag", period)
    besteedbaar = simulation.calculate("besteedbaar_inkomen", period)
    children = _children_in(household, year)
    care_benefit = np.zeros(len(household.kinderen))
    per_child = simulation.calculate("kinderopvangtoeslag_per_kind", period)[is_child].reshape(2, -1)[0]
    if per_child.sum() > 0:  # the household's amount (rounded, and only when both partners work), shared as the children's
        care_benefit[children] = toeslagen["kinderopvangtoeslag"][0] * per_child / per_child.sum()

    net = _net_per_month(money, partners["netto_inkomen"][0], partners["netto_inkomen"][1])
    care_total = care.sum(axis=0)
    care_benefit_months = care @ np.divide(care_benefit, care_total, out=np.zeros_like(care_benefit), where=care_total > 0)
    others = float(toeslagen["zorgtoeslag"][0] + toeslagen["huurtoeslag"][0] + toeslagen["kindgebonden_budget"][0] + kinderbijslag[0]) / 12
    months = []
    for m in range(12):
        left = net[m].sum() + others + care_benefit_months[m] - costs[m]
        months.append(
            Maand(year, m + 1, rounded(money.wage[m]), rounded(money.benefit[m]), rounded(net[m]), rounded(partners["netto_inkomen"][1] / 12),
                  [round(float(x), 1) for x in care[m]], round(float(costs[m]), 2), round(float(care_benefit_months[m]), 2), round(others, 2), round(float(left), 2))
        )
    found = Jaar(
        year, True, None,
        [_partner_year(partners, 0, p, loon, wazo) for p in range(len(household.partners))],
        [_partner_year(partners, 1, p, loon, wazo) for p in range(len(household.partners))],
        {name: round(float(values[0]), 2) for name, values in toeslagen.items()},
        {name: round(float(values[1]), 2) for name, values in toeslagen.items()},
        round(float(kinderbijslag[0]), 2), round(float(besteedbaar[0]), 2), round(float(besteedbaar[1]), 2),
    )
    found.uitleg = _explanations(found.partners_met_verlof, found.partners_zonder_verlof)
    return found, months


#: The credits whose change explains a change in a partner's net: (field, Dutch name, English name).
CREDITS = (
    ("arbeidskorting", "arbeidskorting", "arbeidskorting (employed person's tax credit)"),
    ("inkomensafhankelijke_combinatiekorting", "inkomensafhankelijke combinatiekorting (gaat naar de partner met het laagste arbeidsinkomen)",
     "inkomensafhankelijke combinatiekorting (working parent's tax credit, for the partner with the lower arbeidsinkomen)"),
    ("algemene_heffingskorting", "algemene heffingskorting", "algemene heffingskorting (general tax credit)"),
)


def _explanations(with_leave: list[Partnerjaar], without: list[Partnerjaar]) -> list[dict[str, Any]]:
    """Per partner whose year's net changes: the change in arbeidsinkomen and in each credit that changes with it."""
    found = []
    for partner, (after, before) in enumerate(zip(with_leave, without)):
        if abs(after.netto_inkomen - before.netto_inkomen) < 0.5:
            continue
        nl = [f"arbeidsinkomen {euro(before.arbeidsinkomen)} → {euro(after.arbeidsinkomen)}"]
        en = [f"arbeidsinkomen {euro(before.arbeidsinkomen, 'en')} → {euro(after.arbeidsinkomen, 'en')}"]
        for field, dutch, english in CREDITS:
            old, new = getattr(before, field), getattr(after, field)
            if round(old) != round(new):
                nl.append(f"{dutch} {euro(old)} → {euro(new)}")
                en.append(f"{english} {euro(old, 'en')} → {euro(new, 'en')}")
        change = after.netto_inkomen - before.netto_inkomen
        found.append({
            "partner": partner,
            "nl": f"netto over het jaar {euro(change, sign=True)}: " + "; ".join(nl) + ".",
            "en": f"net over the year {euro(change, 'en', sign=True)}: " + "; ".join(en) + ".",
        })
    return found


def _partner_year(outputs: dict[str, np.ndarray], row: int, p: int, loon: np.ndarray, wazo: np.ndarray) -> Partnerjaar:
    return Partnerjaar(
        round(float(loon[row, p]), 2), round(float(wazo[row, p]), 2),
        *(round(float(outputs[name][row, p]), 2) for name in PARTNER_OUTPUTS),
    )


def _net_per_month(money: _Money, net_year: np.ndarray, net_without: np.ndarray) -> np.ndarray:
    """(12, partners): each month's part of the year's net income.

    A month without leave has a twelfth of the year's net without leave. The difference the leave makes to the year's
    net goes to the months whose gross income the leave changes, in proportion to that change; where the gross hardly
    changes (full pay), to the months of leave; and a partner without leave whose year's net still changes (a credit
    that depends on the other partner's income) sees the change spread over the year.
    """
    gross_change = money.wage + money.benefit - money.wage_without[None, :]  # (12, P)
    net = np.tile(net_without / 12, (12, 1))
    difference = net_year - net_without
    for p in range(net.shape[1]):
        total = gross_change[:, p].sum()
        if abs(difference[p]) < 0.005:
            continue
        if abs(total) >= 1.0:
            weights = gross_change[:, p] / total
        elif money.on_leave[:, p].sum() > 0:
            weights = money.on_leave[:, p] / money.on_leave[:, p].sum()
        else:
            weights = np.full(12, 1 / 12)
        net[:, p] += difference[p] * weights
    return net


def _simulation(household: Huishouden, year: int, loon: np.ndarray, wazo: np.ndarray, care: np.ndarray):
    """One household per row (with leave, without): the partners with that wage and benefit, the children born by the
    end of the year with `care` hours a month (the year's average)."""
    n, partners = loon.shape
    children = _children_in(household, year)
    births = [_birth(p.geboortedatum, p.leeftijd, household.jaar) for p in household.partners]
    child_births = [_birth(household.kinderen[c].geboortedatum, household.kinderen[c].leeftijd, household.jaar) for c in children]
    opvang = [household.kinderen[c].opvang for c in children]
    zeros = np.zeros((n, len(children)))
    role = np.tile([PARTNER] * partners + [KIND] * len(children), n)
    inputs = {
        "geboortedatum": np.tile(np.array(births + child_births, dtype="datetime64[D]"), n),
        "loon": np.hstack([loon, zeros]).ravel(),
        "wazo_uitkering": np.hstack([wazo, zeros]).ravel(),
        "uren_per_week": np.tile([p.hours_per_week() for p in household.partners] + [0.0] * len(children), n),
        # The job continues during leave, so a working partner meets the work requirement all year; one without work does not.
        "voldoet_aan_arbeidseis_kinderopvang": np.tile([p.hours_per_week() > 0 for p in household.partners] + [False] * len(children), n),
        "kinderopvang_soort": np.tile(["geen"] * partners + [o.soort if o else "geen" for o in opvang], n),
        "kinderopvang_uren_per_maand": np.hstack([np.zeros((n, partners)), care[:, children]]).ravel(),
        "kinderopvang_uurprijs": np.tile([0.0] * partners + [o.uurprijs if o else 0.0 for o in opvang], n),
    }
    simulation = simulation_from_arrays(
        year, np.repeat(np.arange(n), partners + len(children)), role, inputs,
        {"huur_per_maand": np.full(n, household.huur_per_maand), "servicekosten_per_maand": np.full(n, household.servicekosten_per_maand),
         "vermogen": np.full(n, household.vermogen)},
    )
    return simulation, role == PARTNER, role == KIND


__all__ = ["Inkomenseffect", "Jaar", "Maand", "Partnerjaar", "Verlofperiode", "Verlofplan", "income_effect", "parse_plan", "plan_years"]
