"""`make run` before the web app exists: compute one example household and show it as tables."""

from __future__ import annotations

import copy
import json

from rich.console import Console
from rich.table import Table

from werkzorg.formatting import euro
from werkzorg.model import SITUATION_EXAMPLES_DIR
from werkzorg.model.calculation import calculate

EXAMPLE = SITUATION_EXAMPLES_DIR / "gezin_met_twee_kinderen.json"

PERSON_ROWS = [
    ("loon", "Brutoloon"),
    ("box1_belasting_voor_kortingen", "Belasting en premies vóór kortingen"),
    ("algemene_heffingskorting", "Algemene heffingskorting"),
    ("arbeidskorting", "Arbeidskorting"),
    ("inkomensafhankelijke_combinatiekorting", "Inkomensafhankelijke combinatiekorting"),
    ("inkomstenbelasting", "Te betalen belasting en premies"),
    ("netto_inkomen", "Netto inkomen"),
    ("economische_zelfstandigheid_afstand", "Boven (+) of onder (−) de grens economische zelfstandigheid"),
    ("economisch_zelfstandig", "Economisch zelfstandig"),
]
HOUSEHOLD_ROWS = [
    ("netto_inkomen_partners", "Netto inkomen samen"),
    ("zorgtoeslag", "Zorgtoeslag"),
    ("huurtoeslag", "Huurtoeslag"),
    ("kindgebonden_budget", "Kindgebonden budget"),
    ("kinderbijslag", "Kinderbijslag"),
    ("kinderopvangtoeslag", "Kinderopvangtoeslag"),
    ("kinderopvang_kosten", "Kosten kinderopvang"),
    ("besteedbaar_inkomen", "Besteedbaar inkomen"),
]


def example_situation(year: int) -> dict:
    """The example household, moved to the requested year, with every shown value asked for (null)."""
    text = EXAMPLE.read_text(encoding="utf-8").replace('"2026"', f'"{year}"')
    situation = json.loads(text)
    for person_id, person in situation["personen"].items():
        if person_id in situation["huishoudens"]["gezin"]["partners"]:
            for variable, _ in PERSON_ROWS:
                person.setdefault(variable, {str(year): None})
    for variable, _ in HOUSEHOLD_ROWS:
        situation["huishoudens"]["gezin"][variable] = {str(year): None}
    return situation


def _euro(value) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return euro(value)


def run_demo(console: Console, year: int) -> None:
    situation = example_situation(year)
    result = calculate(copy.deepcopy(situation))
    people = result.situation["personen"]
    household = result.situation["huishoudens"]["gezin"]
    partners = household["partners"]
    period = str(year)

    console.print(f"\n[bold]Werkzorg — voorbeeldberekening {year}[/]")
    console.print("Twee werkende ouders (32 en 36 uur), Noor (2) naar de dagopvang, Daan (7) naar de bso, huur € 925 per maand.\n")
    table = Table(title="Per ouder, per jaar", title_justify="left")
    table.add_column("")
    for person_id in partners:
        table.add_column(person_id.capitalize(), justify="right")
    for variable, label in PERSON_ROWS:
        row = []
        for person_id in partners:
            value = people[person_id][variable][period]
            mark = " *" if f"personen.{person_id}.{variable}.{period}" in result.provisional else ""
            row.append(_euro(value) + mark)
        table.add_row(label, *row)
    console.print(table)

    table = Table(title="Huishouden", title_justify="left")
    table.add_column("")
    table.add_column("Per jaar", justify="right")
    table.add_column("Per maand", justify="right")
    for variable, label in HOUSEHOLD_ROWS:
        value = household[variable][period]
        mark = " *" if f"huishoudens.gezin.{variable}.{period}" in result.provisional else ""
        table.add_row(label, _euro(value) + mark, _euro(value / 12))
    console.print(table)
    reasons = sorted({reason for reasons in result.provisional.values() for reason in reasons})
    if reasons:
        console.print("[yellow]* Voorlopig[/]: deze uitkomst hangt af van een waarde die geen officiële bron bevestigt:")
        for reason in reasons:
            console.print(f"  - {reason}")
    console.print("\nUitleg per bedrag met wetsartikelen: [bold]werkzorg calculate --explain <situatie.json>[/]")
