"""What the computed splits mean: ranking, the yield of an extra working day and why, cliffs, ten years, separation."""

from __future__ import annotations

import dataclasses

import numpy as np

from werkzorg.budget.engine import YEARS_AHEAD, BudgetRun
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
    if days[partner] >= 5:
        return None
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
    gross = float(np.sum(run.gross[b]) - np.sum(run.gross[a]))
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
    """Each partner alone (no partner, no children): own net income per month against two thresholds."""

    netto_per_maand: list[float]
    grens_economische_zelfstandigheid_per_maand: float
    bijstand_alleenstaande_per_maand: float
    economisch_zelfstandig: list[bool]


def bijstand_single_per_month(year: int) -> float:
    """Average monthly bijstand norm for a single person over the year (norms change on 1 January and 1 July)."""
    at = tax_benefit_system().get_parameters_at_instant
    return (at(f"{year}-01-01").participatiewet.bijstandsnorm.alleenstaande + at(f"{year}-07-01").participatiewet.bijstandsnorm.alleenstaande) / 2


def separation(run: BudgetRun, split_index: int) -> Separation:
    alone = run.alone
    net = [float(x) / 12 for x in alone["netto_inkomen"][split_index]]
    threshold = float(alone["economische_zelfstandigheid_grens"][split_index][0]) / 12
    return Separation(net, threshold, bijstand_single_per_month(run.household.jaar), [bool(x) for x in alone["economisch_zelfstandig"][split_index]])


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
