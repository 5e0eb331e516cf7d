"""What the computed splits mean: ranking, the yield of an extra working day and why, cliffs, ten years, separation."""

from __future__ import annotations

import dataclasses

import numpy as np

from werkzorg.budget.engine import YEARS_AHEAD, BudgetRun, children_live_with, separation_money
from werkzorg.model import tax_benefit_system

TOESLAGEN = {
    "zorgtoeslag": "zorgtoeslag",
    "huurtoeslag": "huurtoeslag",
    "kindgebonden_budget": "kindgebonden budget",
    "kinderopvangtoeslag": "kinderopvangtoeslag",
}
#: An extra day whose effective marginal pressure is at least this high is flagged.
HIGH_PRESSURE = 0.8


@dataclasses.dataclass
class ExtraDay:
    """One more working day for one partner, from split `van` to split `naar`."""

    partner: int
    van: tuple[int, ...]
    naar: tuple[int, ...]
    bruto_erbij: float
    besteedbaar_erbij: float
    #: instrument → its effect on disposable income per year (negative: it takes part of the extra gross wage away).
    #: Gross wage plus these effects is the change in disposable income.
    onderdelen: dict[str, float]
    kliffen: list[str]

    @property
    def marginale_druk(self) -> float:
        """Share of the extra gross wage that does not end up as disposable income."""
        return 1 - self.besteedbaar_erbij / self.bruto_erbij if self.bruto_erbij else float("nan")


def ranking(run: BudgetRun) -> list[int]:
    """Split indices, most disposable income first; ties: fewer childcare days, then fewer working days."""
    income = run.now["besteedbaar_inkomen"]
    return sorted(range(len(run.splits)), key=lambda s: (-round(float(income[s]), 2), sum(run.care_days[s]), sum(run.splits[s])))


def both_independent(run: BudgetRun) -> np.ndarray:
    """Per split: every partner economically independent (CBS)."""
    return np.all(run.now["economisch_zelfstandig"], axis=1)


def extra_day(run: BudgetRun, split_index: int, partner: int) -> ExtraDay | None:
    """The effect of `partner` working one day more than in split `split_index`, or None at five days."""
    days = list(run.splits[split_index])
    person = run.household.partners[partner]
    if days[partner] >= 5 or not (person.has_wage() or person.onderneming is not None):
        return None  # five days already, or nothing that working days change (only a benefit)
    days[partner] += 1
    target = run.splits.index(tuple(days))
    a, b, now = split_index, target, run.now

    def delta(name: str) -> float:
        values = now[name]
        return float(np.sum(values[b]) - np.sum(values[a]))

    parts = {
        "belasting en premies (vóór kortingen)": -delta("box1_belasting_voor_kortingen"),
        "algemene heffingskorting": delta("algemene_heffingskorting_verrekend") + delta("algemene_heffingskorting_uitbetaling"),
        "arbeidskorting": delta("arbeidskorting_verrekend"),
        "inkomensafhankelijke combinatiekorting": delta("inkomensafhankelijke_combinatiekorting_verrekend"),
        "eigen pensioenpremie": -float(np.sum(run.pension_premium[b]) - np.sum(run.pension_premium[a])),
    }
    parts.update({label: delta(name) for name, label in TOESLAGEN.items()})
    parts["kinderbijslag"] = delta("kinderbijslag")
    parts["kosten kinderopvang"] = -delta("kinderopvang_kosten")
    gross = float(np.sum(run.gross[b]) - np.sum(run.gross[a])) + delta("winst_uit_onderneming")  # a self-employed day: profit
    disposable = delta("besteedbaar_inkomen")
    result = ExtraDay(partner, run.splits[a], run.splits[b], gross, disposable, {k: v for k, v in parts.items() if abs(v) >= 0.5}, [])
    result.kliffen = _cliffs(run, a, b, result)
    return result


def _cliffs(run: BudgetRun, a: int, b: int, day: ExtraDay) -> list[str]:
    found = []
    if day.besteedbaar_erbij < 0:
        found.append("Het besteedbaar inkomen daalt: een extra dag werken kost geld (armoedeval).")
    elif day.bruto_erbij and day.marginale_druk >= HIGH_PRESSURE:
        found.append(f"Van elke extra euro bruto blijft minder dan {100 * (1 - HIGH_PRESSURE):.0f} cent over.")
    for name, label in TOESLAGEN.items():
        if run.now[name][a] > 0 and run.now[name][b] == 0:
            found.append(f"De {label} vervalt helemaal.")
    return found


@dataclasses.dataclass
class TenYears:
    split: int
    besteedbaar_totaal: float
    netto_per_partner: list[float]
    pensioen_per_partner: list[float]
    #: per year: besteedbaar inkomen
    per_jaar: list[float]


def ten_years(run: BudgetRun, split_index: int) -> TenYears:
    ahead = run.ahead
    return TenYears(
        split_index,
        float(np.sum(ahead["besteedbaar_inkomen"][:, split_index])),
        [float(x) for x in np.sum(ahead["netto_inkomen"][:, split_index, :], axis=0)],
        [float(x) for x in np.sum(ahead["pensioenopbouw"][:, split_index, :], axis=0)],
        [float(x) for x in ahead["besteedbaar_inkomen"][:, split_index]],
    )


@dataclasses.dataclass
class Separation:
    """Each former partner in their own household: the children where they live, the alimony agreed, per month."""

    netto_per_maand: list[float]
    grens_economische_zelfstandigheid_per_maand: float
    bijstand_alleenstaande_per_maand: float
    economisch_zelfstandig: list[bool]
    #: which partner the children live with (None: no children)
    kinderen_bij: int | None
    #: disposable income of each new household: net income, toeslagen, kinderbijslag, alimony, minus childcare
    besteedbaar_per_maand: list[float]
    kinderbijslag_per_maand: list[float]
    kindgebonden_budget_per_maand: list[float]
    #: the alleenstaande-ouderkop within the kindgebonden budget, before any income reduction (per month)
    alleenstaande_ouderkop_per_maand: list[float]
    huurtoeslag_per_maand: list[float]
    kinderopvangtoeslag_per_maand: list[float]
    #: positive: received; negative: paid
    kinderalimentatie_per_maand: list[float]
    partneralimentatie_per_maand: list[float]
    #: net income below the bijstand norm for a single person (or single parent): the bijstand level
    onder_bijstandsniveau: list[bool]


def bijstand_single_per_month(year: int) -> float:
    """Average monthly bijstand norm for a single person over the year (norms change on 1 January and 1 July)."""
    at = tax_benefit_system().get_parameters_at_instant
    return (at(f"{year}-01-01").participatiewet.bijstandsnorm.alleenstaande + at(f"{year}-07-01").participatiewet.bijstandsnorm.alleenstaande) / 2


def separation(run: BudgetRun, split_index: int) -> Separation:
    household, alone = run.household, run.alone
    partners = range(len(household.partners))

    def per_month(name: str) -> list[float]:
        return [float(alone[name][split_index][p]) / 12 for p in partners]

    net = per_month("netto_inkomen")
    bijstand = bijstand_single_per_month(household.jaar)
    with_children = children_live_with(household) if household.kinderen else None
    kgb = per_month("kindgebonden_budget")
    head = float(tax_benefit_system().get_parameters_at_instant(f"{household.jaar}-01-01").wet_op_het_kindgebonden_budget.alleenstaande_ouderkop) / 12
    money = [separation_money(household, p) for p in partners]
    return Separation(
        net,
        float(alone["economische_zelfstandigheid_grens"][split_index][0]) / 12,
        bijstand,
        [bool(x) for x in alone["economisch_zelfstandig"][split_index]],
        with_children,
        per_month("besteedbaar_inkomen"),
        per_month("kinderbijslag"),
        kgb,
        [head if p == with_children and kgb[p] > 0 else 0.0 for p in partners],
        per_month("huurtoeslag"),
        per_month("kinderopvangtoeslag"),
        [(m["kinderalimentatie_ontvangen"] - m["kinderalimentatie_betaald"]) / 12 for m in money],
        [(m["partneralimentatie_ontvangen"] - m["partneralimentatie_betaald"]) / 12 for m in money],
        [n < bijstand - 0.005 for n in net],
    )


def best_alternatives(run: BudgetRun, count: int = 4) -> list[int]:
    """The splits to show next to the current one: the best few, plus the best where both stay independent."""
    order = [s for s in ranking(run) if s != run.current]
    chosen = order[:count]
    independent = both_independent(run)
    best_independent = next((s for s in order if independent[s]), None)
    if best_independent is not None and best_independent not in chosen:
        chosen.append(best_independent)
    return chosen


__all__ = ["ExtraDay", "Separation", "TenYears", "YEARS_AHEAD", "best_alternatives", "both_independent", "extra_day", "ranking", "separation", "ten_years"]
