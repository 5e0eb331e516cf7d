"""`werkzorg parameters ontbreekt JAAR`: what the yearly update still has to add, grouped by law, with where it is published."""

from __future__ import annotations

import json
from itertools import groupby
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(help="De parameters per jaar: wat ontbreekt nog (the parameters per year: what is still missing).", no_args_is_help=True)
EXIT_BAD_INPUT = 2
FIRST_YEAR, LAST_YEAR = 2000, 2100
FREQUENCY_TEXT = {"jaarlijks": "elk jaar, 1 januari", "halfjaarlijks": "1 januari en 1 juli"}


def _laws(year: int) -> list[dict]:
    from werkzorg.model import tax_benefit_system
    from werkzorg.model.years import missing_parameters

    parameters = tax_benefit_system().parameters
    laws = []
    for law, items in groupby(missing_parameters(year), key=lambda item: item.law):
        items = list(items)
        laws.append({
            "wet": law,
            "omschrijving": parameters.children[law].description or law,
            "publicatie": items[0].publication,
            "parameters": [
                {"naam": item.name, "nodig_vanaf": item.needed_from, "nieuwste_waarde_vanaf": item.newest, "update": item.update}
                for item in items
            ],
        })
    return laws


@app.command()
def ontbreekt(
    jaar: Annotated[int, typer.Argument(help="Het jaar, bijvoorbeeld 2028 (the year).")],
    as_json: Annotated[bool, typer.Option("--json", help="Als JSON (as JSON).")] = False,
) -> None:
    """Elke parameter zonder waarde voor JAAR, per wet, met waar de nieuwe waarde gepubliceerd wordt."""
    console = Console()
    if not FIRST_YEAR <= jaar <= LAST_YEAR:
        errors = Console(stderr=True)
        errors.print(f"[bold red]Fout[/] in [bold]jaar[/]: kies een jaar van {FIRST_YEAR} tot en met {LAST_YEAR}", highlight=False)
        errors.print(f"Error in jaar: choose a year from {FIRST_YEAR} to {LAST_YEAR}", highlight=False, style="dim")
        raise typer.Exit(EXIT_BAD_INPUT)
    laws = _laws(jaar)
    if as_json:
        typer.echo(json.dumps({"jaar": jaar, "ontbreekt": laws}, ensure_ascii=False, indent=2))
        return
    if not laws:
        console.print(f"Voor {jaar} ontbreekt niets: elke parameter die jaarlijks vernieuwd wordt heeft een waarde.")
        return
    count = sum(len(law["parameters"]) for law in laws)
    console.print(f"[bold]Voor {jaar} ontbreken {count} waarden[/] (zie docs/jaarlijkse-update.md).")
    for law in laws:
        table = Table(title=law["omschrijving"], title_justify="left", show_lines=False, expand=False)
        table.add_column("Parameter", overflow="fold", ratio=3)
        table.add_column("Nodig vanaf", no_wrap=True)
        table.add_column("Nu t/m", no_wrap=True)
        prefix = law["wet"] + "."
        for item in law["parameters"]:
            table.add_row(item["naam"].removeprefix(prefix), item["nodig_vanaf"], item["nieuwste_waarde_vanaf"] or "-")
        table.caption = f"Gepubliceerd in: {law['publicatie']}"
        table.caption_justify = "left"
        console.print(table)
