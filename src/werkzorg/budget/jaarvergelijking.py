""""Wat verandert er voor u in 2027": the same household in year Y and year Y+1, side by side.

Only the rules and amounts change: the same wages, the same days, the same ages (birth dates move a year along), the
same rent, childcare and savings. So the difference is what the law does, not what the household does. The split
compared is the household's current one.

A year whose parameters are not all known yet is not computed: the comparison then names what is missing
(`werkzorg.model.years`), it never shows a result built on last year's amounts.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

from rich.console import Console
from rich.table import Table

from werkzorg.budget import engine
from werkzorg.formatting import euro
from werkzorg.household import Huishouden
from werkzorg.model import MODELLED_YEARS
from werkzorg.model.years import missing_in_year

#: What is compared, in the order shown: household outputs of the budget engine (per year), with their Dutch label.
LABELS = {
    "besteedbaar_inkomen": "Besteedbaar inkomen (alles samen)",
    "netto_inkomen_partners": "Netto inkomen uit werk",
    "zorgtoeslag": "Zorgtoeslag",
    "huurtoeslag": "Huurtoeslag",
    "kindgebonden_budget": "Kindgebonden budget",
    "kinderopvangtoeslag": "Kinderopvangtoeslag",
    "kinderbijslag": "Kinderbijslag",
}
ROWS = tuple(LABELS)


@dataclasses.dataclass(frozen=True)
class Row:
    name: str
    earlier: float
    later: float

    @property
    def difference(self) -> float:
        return self.later - self.earlier


@dataclasses.dataclass
class YearComparison:
    earlier_year: int
    later_year: int
    #: empty when the later year cannot be computed yet
    rows: list[Row]
    #: parameter names without a value for the later year (then `rows` is empty)
    missing: list[str]
    #: output → reasons a value (of either year) is provisional
    provisional: dict[str, list[str]]


def _shifted(born: datetime.date | None, years: int) -> datetime.date | None:
    if born is None:
        return None
    try:
        return born.replace(year=born.year + years)
    except ValueError:  # 29 February
        return born.replace(year=born.year + years, day=28)


def same_household_in(household: Huishouden, year: int) -> Huishouden:
    """The household in another year with the same ages: birth dates move along by the difference in years."""
    shift = year - household.jaar

    def moved(person):
        return person.model_copy(update={"geboortedatum": _shifted(person.geboortedatum, shift)})

    return household.model_copy(
        update={"jaar": year, "partners": [moved(p) for p in household.partners], "kinderen": [moved(k) for k in household.kinderen]}
    )


def missing_for_budget(year: int) -> list[str]:
    """Parameters the budget tool uses that have no value for the year yet (empty: the year can be computed)."""
    # The parameters a year uses follow from its dated formulas: the nearest fully modelled year stands in for it.
    traced_year = max([y for y in MODELLED_YEARS if y <= year] or [MODELLED_YEARS[0]])
    names = {use.name for explanation in engine.explanations_for_year(traced_year).values() for use in explanation.parameters}
    return missing_in_year(names, year)


def compare_years(household: Huishouden, later_year: int | None = None, earlier: engine.BudgetRun | None = None) -> YearComparison:
    """The household's current split in its own year and in `later_year` (default: the next year).

    `earlier`: the household's run in its own year, when the caller has it already (the result page does)."""
    earlier_year = household.jaar
    later_year = later_year if later_year is not None else earlier_year + 1
    missing = missing_for_budget(later_year)
    if missing:
        return YearComparison(earlier_year, later_year, [], missing, {})
    earlier = earlier or engine.run(household)
    later = engine.run(same_household_in(household, later_year))
    rows = [Row(name, float(earlier.now[name][earlier.current]), float(later.now[name][later.current])) for name in ROWS]
    provisional: dict[str, list[str]] = {}
    for run in (earlier, later):
        for name, reasons in run.provisional.items():
            if name not in LABELS:
                continue
            provisional.setdefault(name, [])
            provisional[name] += [reason for reason in reasons if reason not in provisional[name]]
    return YearComparison(earlier_year, later_year, rows, [], provisional)


def to_json(comparison: YearComparison) -> dict[str, Any]:
    """The comparison for programs (API, web): per row both years and the difference, per year and per month."""
    return {
        "jaar": comparison.earlier_year,
        "volgend_jaar": comparison.later_year,
        "regels": [
            {
                "naam": row.name,
                "omschrijving": LABELS[row.name],
                "jaar": round(row.earlier, 2),
                "volgend_jaar": round(row.later, 2),
                "verschil_per_jaar": round(row.difference, 2),
                "verschil_per_maand": round(row.difference / 12, 2),
            }
            for row in comparison.rows
        ],
        "ontbreekt": comparison.missing,
        "voorlopig": comparison.provisional,
    }


def print_comparison(console: Console, comparison: YearComparison, lang: str = "nl") -> None:
    """"Wat verandert er voor u in <jaar>": a small table, or what is missing for that year (Dutch or English)."""
    from werkzorg.model.provenance import label_en
    from werkzorg.translation import translator

    _ = translator(lang)
    later = comparison.later_year
    console.print("\n[bold]" + _("Wat verandert er voor u in %(year)s?") % {"year": later} + "[/] " + _("Hetzelfde huishouden, hetzelfde werk; alleen de regels veranderen."))
    if comparison.missing:
        missing = comparison.missing if lang == "nl" else [label_en(name) or name for name in comparison.missing]
        console.print(_("Voor %(year)s zijn nog niet alle bedragen bekend. Dit ontbreekt nog: %(missing)s.") % {"year": later, "missing": "; ".join(missing) if lang != "nl" else ", ".join(missing)})
        return
    table = Table()
    table.add_column("")
    table.add_column(_("%(year)s per jaar") % {"year": comparison.earlier_year}, justify="right")
    table.add_column(_("%(year)s per jaar") % {"year": later}, justify="right")
    table.add_column(_("Verschil per maand"), justify="right")
    for row in comparison.rows:
        mark = " *" if row.name in comparison.provisional else ""
        table.add_row(_(LABELS[row.name]) + mark, euro(row.earlier, lang), euro(row.later, lang), euro(row.difference / 12, lang, sign=True))
    console.print(table)
    if comparison.provisional:
        console.print("* " + _("voorlopig") + ": " + " ".join(dict.fromkeys(_(r) for reasons in comparison.provisional.values() for r in reasons)))
