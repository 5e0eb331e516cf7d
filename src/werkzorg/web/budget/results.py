"""Turn a budget run into what the result page shows: rows, explanations with their legal sources, notes."""

from __future__ import annotations

from typing import Any

import numpy as np
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from werkzorg.budget import analysis
from werkzorg.budget.engine import BudgetRun
from werkzorg.budget.report import euro
from werkzorg.model import tax_benefit_system

#: The numbers that get a "hoe berekend" explanation, with a plain-Dutch heading.
EXPLAINED = [
    ("besteedbaar_inkomen", gettext_noop("Wat u overhoudt (besteedbaar inkomen)")),
    ("netto_inkomen", gettext_noop("Netto inkomen")),
    ("inkomstenbelasting", gettext_noop("Belasting en premies")),
    ("zorgtoeslag", gettext_noop("Zorgtoeslag")),
    ("huurtoeslag", gettext_noop("Huurtoeslag")),
    ("kindgebonden_budget", gettext_noop("Kindgebonden budget")),
    ("kinderbijslag", gettext_noop("Kinderbijslag")),
    ("kinderopvangtoeslag", gettext_noop("Kinderopvangtoeslag")),
    ("economisch_zelfstandig", gettext_noop("Economisch zelfstandig")),
    ("pensioenopbouw", gettext_noop("Pensioenopbouw")),
]


def month(value: float, sign: bool = False) -> str:
    return euro(float(value) / 12, sign=sign)


def _split_row(run: BudgetRun, s: int, independent: np.ndarray) -> dict[str, Any]:
    now, current = run.now, run.current
    return {
        "days": run.splits[s],
        "care_days": max(run.care_days[s]) if run.care_days[s] else 0,
        "per_month": month(now["besteedbaar_inkomen"][s]),
        "difference": month(now["besteedbaar_inkomen"][s] - now["besteedbaar_inkomen"][current], sign=True),
        "independent": bool(independent[s]),
        "independent_each": [bool(x) for x in now["economisch_zelfstandig"][s]],
        "is_current": s == current,
    }


def _day(day: analysis.ExtraDay | None, more: bool) -> dict[str, Any] | None:
    if day is None:
        return None
    sign = 1 if more else -1
    parts = sorted(day.onderdelen.items(), key=lambda item: -abs(item[1]))
    return {
        "gross": month(sign * day.bruto_erbij, sign=True),
        "kept": month(sign * day.besteedbaar_erbij, sign=True),
        "cents": max(0, round(100 * (1 - day.marginale_druk))) if more else None,
        "parts": [(_(name), month(sign * value, sign=True)) for name, value in parts],
        "cliffs": [_(cliff) for cliff in day.kliffen],
    }


def _explanations(run: BudgetRun) -> list[dict[str, Any]]:
    system = tax_benefit_system()
    found = []
    for name, heading in EXPLAINED:
        explanation = run.explanations[name]
        variable = system.variables[name]
        laws = variable.reference if isinstance(variable.reference, list) else [variable.reference] if variable.reference else []
        parameters = []
        for use in explanation.parameters:
            linked = next((source for source in use.sources if source.href), None)
            parameters.append(
                {
                    "name": use.name.split(".")[-1].replace("_", " "),
                    "path": use.name,
                    "value": use.value if isinstance(use.value, (int, float)) else None,
                    "source": use.sources[0].title if use.sources else "",
                    "href": linked.href if linked else None,
                    "provisional": use.provisional,
                }
            )
        found.append({"variable": name, "heading": _(heading), "label": variable.label, "laws": laws, "parameters": parameters})
    return found


def context(run: BudgetRun, show_all: bool) -> dict[str, Any]:
    household, names, now, current = run.household, run.household.partner_names(), run.now, run.current
    independent = analysis.both_independent(run)
    rows = analysis.ranking(run) if show_all else [current, *analysis.best_alternatives(run)]
    people = []
    for p, name in enumerate(names):
        more = analysis.extra_day(run, current, p)
        days = list(run.splits[current])
        less = None
        if more is None and days[p] > 0:
            days[p] -= 1
            less = analysis.extra_day(run, run.splits.index(tuple(days)), p)
        people.append(
            {
                "name": name,
                "days": run.splits[current][p],
                "gross": month(run.gross[current, p]),
                "tax": month(now["inkomstenbelasting"][current, p]),
                "net": month(now["netto_inkomen"][current, p]),
                "independent": bool(now["economisch_zelfstandig"][current, p]),
                "distance": month(now["economische_zelfstandigheid_afstand"][current, p], sign=True),
                "pension": euro(now["pensioenopbouw"][current, p]),
                "more": _day(more, True),
                "less": _day(less, False),
            }
        )
    household_rows = [
        (_("Zorgtoeslag"), month(now["zorgtoeslag"][current]), "zorgtoeslag"),
        (_("Huurtoeslag"), month(now["huurtoeslag"][current]), "huurtoeslag"),
        (_("Kindgebonden budget"), month(now["kindgebonden_budget"][current]), "kindgebonden_budget"),
        (_("Kinderbijslag"), month(now["kinderbijslag"][current]), "kinderbijslag"),
        (_("Kinderopvangtoeslag"), month(now["kinderopvangtoeslag"][current]), "kinderopvangtoeslag"),
        (_("Kosten kinderopvang"), month(-now["kinderopvang_kosten"][current]), None),
    ]
    ten = []
    for s in [current, *analysis.best_alternatives(run, count=2)]:
        years = analysis.ten_years(run, s)
        ten.append(
            {
                "days": run.splits[s], "is_current": s == current, "total": euro(years.besteedbaar_totaal),
                "net": [euro(v) for v in years.netto_per_partner], "pension": [euro(v) for v in years.pensioen_per_partner],
            }
        )
    separation = analysis.separation(run, current)
    notes = sorted({reason for reasons in run.provisional.values() for reason in reasons})
    if np.any(now["kinderopvangtoeslag_onbekend"]):
        notes.append(_("Voor sommige verdelingen is de kinderopvangtoeslag van 2025 onbekend (de tabel boven € 50.811 is niet gevonden); daar is hij als € 0 gerekend."))
    return {
        "household": household,
        "names": names,
        "single": len(names) == 1,
        "has_children": bool(household.kinderen),
        "current_days": run.splits[current],
        "current_per_month": month(now["besteedbaar_inkomen"][current]),
        "rows": [_split_row(run, s, independent) for s in rows],
        "row_indices": rows,
        "people": people,
        "household_rows": household_rows,
        "ten": ten,
        "separation": {
            "people": [(name, euro(net), ok) for name, net, ok in zip(names, separation.netto_per_maand, separation.economisch_zelfstandig)],
            "threshold": euro(separation.grens_economische_zelfstandigheid_per_maand),
            "bijstand": euro(separation.bijstand_alleenstaande_per_maand),
        },
        "notes": notes,
        "assumptions": [_(assumption) for assumption in run.assumptions],
        "explanations": _explanations(run),
        "provisional_variables": set(run.provisional),
    }
