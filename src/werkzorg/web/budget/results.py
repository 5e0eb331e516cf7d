"""Turn a budget run into what the result page shows: rows, explanations with their legal sources, notes."""

from __future__ import annotations

import datetime
from typing import Any

import numpy as np
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from werkzorg.budget import analysis
from werkzorg.budget.engine import BudgetRun
from werkzorg.model import tax_benefit_system
from werkzorg.model.explain import ParameterUse
from werkzorg.model.provenance import is_amount_in_euros, label_en, official_sources
from werkzorg.web.engine_texts import translated
from werkzorg.web.number_filters import euro, long_date, number

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
    """A yearly amount per month, in the page's language."""
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
        "cents": max(0, round(100 * (1 - day.marginale_druk))) if more and day.bruto_erbij else None,
        "parts": [(_(name), month(sign * value, sign=True)) for name, value in parts],
        "cliffs": [_(cliff) for cliff in day.kliffen],
    }


def _parameter_name(name: str) -> str:
    """How "Hoe berekend" names a parameter: the last part of its path; on English pages its English label."""
    english = label_en(name) if (get_language() or "").startswith("en") else None
    return english or name.split(".")[-1].replace("_", " ")


def _parameter_value(name: str, value: object) -> str | None:
    """A parameter's value as "Hoe berekend" shows it: amounts in euros as "€ 298,40", other numbers with the decimals
    they have ("0,3575"), in the page's language; None for tables and other kinds of value."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if is_amount_in_euros(name):
        return euro(value, cents=float(value) != round(float(value)))
    return number(value, None)


def _value_changes(uses: list[ParameterUse]) -> list[tuple[ParameterUse, str | None]]:
    """Each parameter once per value it has in the year: the engine reads an amount at every period it computes (each
    quarter for kinderbijslag), which would list the same amount four times. A parameter whose value changes in the
    year (kinderbijslag on 1 July) is listed once per value with the date it applies from."""
    by_name: dict[str, list[ParameterUse]] = {}
    for use in uses:
        by_name.setdefault(use.name, []).append(use)
    shown = []
    for same in by_name.values():
        same = sorted(same, key=lambda use: use.instant)
        changes = [use for index, use in enumerate(same) if index == 0 or repr(use.value) != repr(same[index - 1].value)]  # values may be arrays or scales
        shown += [(use, use.instant if len(changes) > 1 else None) for use in changes]
    return shown


def _explanations(run: BudgetRun) -> list[dict[str, Any]]:
    system = tax_benefit_system()
    found = []
    for name, heading in EXPLAINED:
        explanation = run.explanations[name]
        variable = system.variables[name]
        laws = variable.reference if isinstance(variable.reference, list) else [variable.reference] if variable.reference else []
        parameters = []
        for use, since in _value_changes(explanation.parameters):
            shown = official_sources(use.sources)
            linked = next((source for source in shown if source.href), None)
            parameters.append(
                {
                    "name": _parameter_name(use.name),
                    "path": use.name,
                    "value": _parameter_value(use.name, use.value),
                    "since": _("vanaf %(date)s") % {"date": long_date(datetime.date.fromisoformat(since))} if since else None,
                    "source": linked.title if linked else shown[0].title if shown else "",
                    "href": linked.href if linked else None,
                    "provisional": translated(use.provisional) if use.provisional else None,
                }
            )
        found.append({"variable": name, "heading": _(heading), "label": _(variable.label), "laws": laws, "parameters": parameters})
    return found


def _day_headings(household, index: int, name: str) -> tuple[str, str]:
    """"Als Sanne een dag meer werkt" for a named partner; "Als u …" / "Als uw partner …" otherwise (no names in the form)."""
    if household.partners[index].naam:
        return _("Als %(name)s een dag meer werkt") % {"name": name}, _("Als %(name)s een dag minder werkt") % {"name": name}
    if index == 0:
        return _("Als u een dag meer werkt"), _("Als u een dag minder werkt")
    return _("Als uw partner een dag meer werkt"), _("Als uw partner een dag minder werkt")


def _in_sentence(household, index: int, names: list[str]) -> str:
    """A partner inside a sentence: the name, or "u" / "uw partner" in lower case."""
    if household.partners[index].naam:
        return names[index]
    return _("u") if index == 0 else _("uw partner")


def page_names(household) -> list[str]:
    """How the page calls the partners: their names where given (CLI and API files), else "U" and "Uw partner"."""
    default = [_("U"), _("Uw partner")]
    return [partner.naam or default[index] for index, partner in enumerate(household.partners)]


def _separation(run: BudgetRun, names: list[str]) -> dict[str, Any]:
    separation = analysis.separation(run, run.current)
    partners = range(len(names))

    def row(label: str, values: list[float], variable: str | None = None, always: bool = False):
        return (label, [euro(v, sign=variable == "sign") for v in values], variable) if always or any(abs(v) >= 0.005 for v in values) else None

    rows = [
        row(_("Netto inkomen"), separation.netto_per_maand, always=True),
        row(_("Kinderbijslag"), separation.kinderbijslag_per_maand),
        row(_("Kindgebonden budget"), separation.kindgebonden_budget_per_maand),
        row(_("waarvan alleenstaande-ouderkop"), separation.alleenstaande_ouderkop_per_maand),
        row(_("Huurtoeslag"), separation.huurtoeslag_per_maand),
        row(_("Kinderopvangtoeslag"), separation.kinderopvangtoeslag_per_maand),
        row(_("Kinderalimentatie (+ krijgt, − betaalt)"), separation.kinderalimentatie_per_maand, "sign"),
        row(_("Partneralimentatie (+ krijgt, − betaalt)"), separation.partneralimentatie_per_maand, "sign"),
    ]
    return {
        "names": names,
        "children_with": None if separation.kinderen_bij is None else _in_sentence(run.household, separation.kinderen_bij, names),
        "co_parenting": run.household.scheiding is not None and run.household.scheiding.kinderen_wonen_bij == "co-ouderschap",
        "rows": [(label, values) for label, values, _variable in filter(None, rows)],
        "disposable": [euro(v) for v in separation.besteedbaar_per_maand],
        "independent": [separation.economisch_zelfstandig[p] for p in partners],
        "below_bijstand": [separation.onder_bijstandsniveau[p] for p in partners],
        "threshold": euro(separation.grens_economische_zelfstandigheid_per_maand),
        "bijstand": euro(separation.bijstand_alleenstaande_per_maand),
    }


def context(run: BudgetRun, show_all: bool) -> dict[str, Any]:
    household, names, now, current = run.household, page_names(run.household), run.now, run.current
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
                "in_sentence": _in_sentence(household, p, names),
                "days": run.splits[current][p],
                "gross": month(run.gross[current, p]),
                "profit": month(now["winst_uit_onderneming"][current, p]),  # issue 16
                "benefits": month(now["uitkeringen"][current, p]),  # issue 16
                "business_days": household.partners[p].days_vary_business(),  # issue 16: a day more is a day in the business
                "tax": month(now["inkomstenbelasting"][current, p]),
                "net": month(now["netto_inkomen"][current, p]),
                "independent": bool(now["economisch_zelfstandig"][current, p]),
                "distance": month(now["economische_zelfstandigheid_afstand"][current, p], sign=True),
                "pension": euro(now["pensioenopbouw"][current, p]),
                "more": _day(more, True),
                **dict(zip(("more_heading", "less_heading"), _day_headings(household, p, name))),
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
    notes = sorted({translated(reason) for reasons in run.provisional.values() for reason in reasons})
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
        "separation": _separation(run, names) if len(names) == 2 else None,
        "housing_per_month": euro(household.housing_per_month()),
        "housing_row": euro(-household.housing_per_month(), sign=True),
        "after_housing_per_month": euro(float(now["besteedbaar_inkomen"][current]) / 12 - household.housing_per_month()),
        "pays_rent": household.koopwoning is None and household.housing_per_month() > 0,
        "pays_interest": household.koopwoning is not None and household.housing_per_month() > 0,
        "has_profit": bool(np.any(now["winst_uit_onderneming"][current] > 0)),  # issue 16
        "has_benefits": bool(np.any(now["uitkeringen"][current] > 0)),  # issue 16
        "notes": notes,
        "assumptions": [_(assumption) for assumption in run.assumptions],
        "explanations": _explanations(run),
        "provisional_variables": set(run.provisional),
    }
