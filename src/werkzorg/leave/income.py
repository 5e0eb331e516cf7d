"""What leave does to a household's money: a first-year leave plan for two partners, month by month.

Each month is computed as if the whole year looked like it (the way payroll tables work), which gives that month's
net income; the year itself is computed from the year's totals, because toeslagen are settled on the year's income.
Benefits from UWV are taxable income but not earned income (so arbeidskorting and IACK fall); the employment
continues, so the work requirement for kinderopvangtoeslag stays met. Childcare "naar behoefte" follows the days a
parent is home on leave (a parent on full leave needs no care; one day a week of leave saves a day when nobody else is
home), and starts at the child's birth; fixed days stay booked. One vectorised model call.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime
from typing import Annotated, Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from werkzorg.budget.engine import _wages
from werkzorg.budget.scenarios import all_splits, childcare_hours_per_month, current_split
from werkzorg.household import Huishouden, Kind
from werkzorg.input_errors import InputError, pydantic_field_error
from werkzorg.model import tax_benefit_system
from werkzorg.model.population import KIND, PARTNER, simulation_from_arrays

#: Which leave pays what share of the daily wage (from the parameter tree at the plan's year).
PAID_LEAVE = {
    "bevallingsverlof": ("zwangerschaps_en_bevallingsverlof", "uitkering_percentage"),
    "aanvullend_geboorteverlof": ("aanvullend_geboorteverlof", "uitkering_percentage"),
    "betaald_ouderschapsverlof": ("ouderschapsverlof", "betaald_uitkering_percentage"),
    "adoptieverlof": ("adoptie_en_pleegzorgverlof", "uitkering_percentage"),
    "ouderschapsverlof": None,
    "langdurend_zorgverlof": None,
}
BENEFIT_DAYS_PER_MONTH = 21.75


class Verlofperiode(BaseModel):
    model_config = ConfigDict(extra="forbid")
    partner: Annotated[int, Field(ge=0, le=1, description="0 voor de eerste partner, 1 voor de tweede")]
    verlof: Literal["bevallingsverlof", "aanvullend_geboorteverlof", "betaald_ouderschapsverlof", "adoptieverlof", "ouderschapsverlof", "langdurend_zorgverlof"]
    van: datetime.date
    weken: Annotated[float, Field(gt=0, le=52)]
    uren_per_week: Annotated[float, Field(gt=0, le=60)] | None = Field(None, description="Verlofuren per week; leeg: alle uren")


class Verlofplan(BaseModel):
    model_config = ConfigDict(extra="forbid")
    huishouden: Huishouden
    plan: Annotated[list[Verlofperiode], Field(min_length=1, max_length=12)]

    @model_validator(mode="after")
    def _periods_fit(self) -> "Verlofplan":
        used: dict[tuple[int, str], float] = {}
        for index, period in enumerate(self.plan):
            if period.partner >= len(self.huishouden.partners):
                raise ValueError(f"plan[{index}].partner|er is geen partner {period.partner + 1}|there is no partner {period.partner + 1}")
            if period.van.year != self.huishouden.jaar:
                raise ValueError(f"plan[{index}].van|het verlof begint in {self.huishouden.jaar}|the leave starts in {self.huishouden.jaar}")
            partner = self.huishouden.partners[period.partner]
            weekly = partner.uren_per_dag * partner.dagen_per_week
            if weekly == 0:
                raise ValueError(f"plan[{index}].partner|wie niet werkt, heeft geen verlof van een werkgever|someone without work has no leave from an employer")
            key = (period.partner, period.verlof)
            used[key] = used.get(key, 0.0) + period.weken * (period.uren_per_week or weekly)
            limit = _entitlement_weeks(self.huishouden.jaar, period.verlof) * weekly
            if used[key] > limit + 1e-6:
                raise ValueError(
                    f"plan[{index}].weken|meer {period.verlof.replace('_', ' ')} dan het recht: ten hoogste {limit:g} uur|"
                    f"more {period.verlof} than the entitlement: at most {limit:g} hours"
                )
        return self


def _entitlement_weeks(year: int, leave: str) -> float:
    """The entitlement in weeks of the weekly hours, from the parameter tree."""
    p = tax_benefit_system().get_parameters_at_instant(f"{year}-01-01").wet_arbeid_en_zorg
    return {
        "bevallingsverlof": p.zwangerschaps_en_bevallingsverlof.totaal_weken_meerling,
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


@dataclasses.dataclass
class Maand:
    maand: int
    bruto_loon: list[float]
    uitkering: list[float]
    netto: list[float]
    #: Hours of childcare per child this month
    kinderopvang_uren: list[float]
    besteedbaar: float


@dataclasses.dataclass
class Inkomenseffect:
    maanden: list[Maand]
    besteedbaar_zonder_verlof: float
    besteedbaar_met_verlof: float
    netto_zonder_verlof: list[float]
    netto_met_verlof: list[float]
    toeslagen_zonder_verlof: dict[str, float]
    toeslagen_met_verlof: dict[str, float]

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self) | {"verschil_per_jaar": round(self.besteedbaar_met_verlof - self.besteedbaar_zonder_verlof, 2)}


def _leave_share_per_month(plan: Verlofplan, hours: list[float]) -> np.ndarray:
    """(12, partners, kinds): the share of each month's working hours on leave, per partner and leave."""
    year = plan.huishouden.jaar
    shares = np.zeros((12, len(plan.huishouden.partners), len(plan.plan)))
    for index, period in enumerate(plan.plan):
        end = period.van + datetime.timedelta(days=round(period.weken * 7))  # exclusive
        weekly_share = min(1.0, (period.uren_per_week or hours[period.partner]) / hours[period.partner]) if hours[period.partner] else 0.0
        for month in range(12):
            first = datetime.date(year, month + 1, 1)
            last = datetime.date(year, month + 1, calendar.monthrange(year, month + 1)[1]) + datetime.timedelta(days=1)
            overlap = max(0, (min(end, last) - max(period.van, first)).days)
            shares[month, period.partner, index] = weekly_share * overlap / (last - first).days
    return shares


def income_effect(plan: Verlofplan) -> Inkomenseffect:
    household = plan.huishouden
    year, period = household.jaar, str(household.jaar)
    parameters = tax_benefit_system().get_parameters_at_instant(f"{year}-01-01")
    split = current_split(household)
    splits = all_splits(len(household.partners))
    wages = _wages(household, splits, parameters.wet_minimumloon.vakantiebijslag_percentage, parameters.wet_op_de_loonbelasting_1964.pensioen.aow_franchise)
    s = splits.index(split)
    gross, premium = wages.gross[s], wages.premium[s]
    hours = [p.uren_per_dag * d for p, d in zip(household.partners, split)]
    shares = _leave_share_per_month(plan, hours)  # (12, P, K)
    daily_cap = parameters.wet_financiering_sociale_verzekeringen.maximumdagloon
    benefit_rates = np.array([_rate(parameters, period_.verlof) for period_ in plan.plan])
    daily_wage = gross / parameters.wet_financiering_sociale_verzekeringen.dagen_per_jaar
    # Per month and partner: wage kept (share not on leave) and UWV benefit (share on paid leave × rate × capped daily wage).
    on_leave = shares.sum(axis=2).clip(max=1.0)
    monthly_wage = (gross - premium) / 12 * (1 - on_leave)
    monthly_benefit = (shares * benefit_rates[None, None, :]).sum(axis=2) * np.minimum(daily_wage, daily_cap) * BENEFIT_DAYS_PER_MONTH
    # Households: 12 months annualised, the actual year, and the year without leave.
    loon = np.vstack([monthly_wage * 12, monthly_wage.sum(axis=0, keepdims=True), (gross - premium)[None, :]])
    benefit = np.vstack([monthly_benefit * 12, monthly_benefit.sum(axis=0, keepdims=True), np.zeros((1, len(gross)))])
    care = _care_hours(household, split, on_leave)
    simulation = _simulation(household, loon, benefit, care)
    disposable = simulation.calculate("besteedbaar_inkomen", period)
    is_partner = np.concatenate([[True] * len(gross) + [False] * len(household.kinderen)] * len(loon))
    net = simulation.calculate("netto_inkomen", period)[is_partner].reshape(len(loon), len(gross))
    toeslagen = {name: simulation.calculate(name, period) for name in ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget", "kinderopvangtoeslag")}
    months = [
        Maand(m + 1, [round(float(x), 2) for x in monthly_wage[m]], [round(float(x), 2) for x in monthly_benefit[m]],
              [round(float(x) / 12, 2) for x in net[m]], [round(float(x), 1) for x in care[m]], round(float(disposable[m]) / 12, 2))
        for m in range(12)
    ]
    return Inkomenseffect(
        months,
        round(float(disposable[13]), 2), round(float(disposable[12]), 2),
        [round(float(x), 2) for x in net[13]], [round(float(x), 2) for x in net[12]],
        {name: round(float(values[13]), 2) for name, values in toeslagen.items()},
        {name: round(float(values[12]), 2) for name, values in toeslagen.items()},
    )


def _rate(parameters, leave: str) -> float:
    where = PAID_LEAVE[leave]
    if where is None:
        return 0.0
    node, name = where
    return float(getattr(getattr(parameters.wet_arbeid_en_zorg, node), name))


def _share_of_month_born(child: Kind, year: int, month: int) -> float:
    """The share of the month's days on which the child is born (0 before its birth, 1 from the month after)."""
    if child.geboortedatum is None:
        return 1.0
    first = datetime.date(year, month + 1, 1)
    days = calendar.monthrange(year, month + 1)[1]
    return min(1.0, max(0.0, (first + datetime.timedelta(days=days) - max(first, child.geboortedatum)).days / days))


def _care_hours(household: Huishouden, split: tuple[int, ...], on_leave: np.ndarray) -> np.ndarray:
    """(14, children): childcare hours a month in each month, the year's average, and the year's average without leave.

    The kinderopvangtoeslag is a fixed share of the (capped) hourly price per hour, so the year's average hours give the
    year's benefit as long as no month exceeds the 230-hour maximum.
    """
    year = household.jaar
    months = np.zeros((12, len(household.kinderen)))
    without = np.zeros((12, len(household.kinderen)))
    for m in range(12):
        working_days = tuple(float(d) * (1 - on_leave[m, p]) for p, d in enumerate(split))
        for c, child in enumerate(household.kinderen):
            born = _share_of_month_born(child, year, m)
            months[m, c] = born * childcare_hours_per_month(child, working_days)
            without[m, c] = born * childcare_hours_per_month(child, split)
    return np.vstack([months, months.mean(axis=0, keepdims=True), without.mean(axis=0, keepdims=True)])


def _simulation(household: Huishouden, loon: np.ndarray, benefit: np.ndarray, care: np.ndarray):
    """One household per row of `loon`: the partners with that wage and benefit, the children with `care` hours a month."""
    year = household.jaar
    n, partners = loon.shape
    births = [p.geboortedatum or datetime.date(year - p.leeftijd, 1, 1) for p in household.partners]
    child_births = [k.geboortedatum or datetime.date(year - k.leeftijd, 1, 1) for k in household.kinderen]
    per_household = partners + len(household.kinderen)
    role = np.tile([PARTNER] * partners + [KIND] * len(household.kinderen), n)
    inputs = {
        "geboortedatum": np.tile(np.array(births + child_births, dtype="datetime64[D]"), n),
        "loon": np.hstack([loon, np.zeros((n, len(household.kinderen)))]).ravel(),
        "belastbare_uitkering": np.hstack([benefit, np.zeros((n, len(household.kinderen)))]).ravel(),
        "voldoet_aan_arbeidseis_kinderopvang": np.tile([True] * partners + [False] * len(household.kinderen), n),
        "kinderopvang_soort": np.tile(["geen"] * partners + [k.opvang.soort if k.opvang else "geen" for k in household.kinderen], n),
        "kinderopvang_uren_per_maand": np.hstack([np.zeros((n, partners)), care]).ravel(),
        "kinderopvang_uurprijs": np.tile([0.0] * partners + [k.opvang.uurprijs if k.opvang else 0.0 for k in household.kinderen], n),
    }
    return simulation_from_arrays(
        year, np.repeat(np.arange(n), per_household), role, inputs,
        {"huur_per_maand": np.full(n, household.huur_per_maand), "vermogen": np.full(n, household.vermogen)},
    )
