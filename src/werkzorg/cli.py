"""The `werkzorg` command line: calculate a situation, explain a result, show a parameter, run the demo."""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.tree import Tree

from werkzorg.formatting import number

app = typer.Typer(
    help="Werkzorg: Nederlandse belastingen en toeslagen als code (Dutch tax and benefit rules as code).",
    no_args_is_help=True,
    add_completion=False,
)
console = Console()
errors = Console(stderr=True)

EXIT_BAD_INPUT = 2


def _fail(field: str, message_nl: str, message_en: str) -> None:
    from werkzorg.input_errors import FieldError, InputError

    _fail_all(InputError([FieldError(field, message_nl, message_en)]))


def _read_bytes(source: str) -> bytes:
    """A file, or standard input for "-"; a file that cannot be read ends with the reason, exit code 2."""
    from werkzorg.input_reader import MAX_BYTES

    try:
        if source == "-":
            return sys.stdin.buffer.read(MAX_BYTES + 1)
        with open(source, "rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except OSError as error:
        _fail(source, f"het bestand kan niet gelezen worden ({error.strerror})", f"the file cannot be read ({error.strerror})")


def _read(source: str, reader) -> Any:
    """Read with werkzorg.input_reader (the API's rules: size, encoding, nesting); bad input ends with exit code 2."""
    from werkzorg.input_errors import InputError

    try:
        return reader(_read_bytes(source), "(json)" if reader.__name__ == "parse_json" else "(yaml)")
    except InputError as error:
        _fail_all(error)


def _fail_all(error) -> None:
    """Every problem of an InputError, Dutch then English, and exit code 2. The field and message may hold the user's
    own text, so they are printed as text, never as rich markup."""
    from rich.markup import escape

    for item in error.errors:
        errors.print(f"[bold red]Fout[/] in [bold]{escape(item.field)}[/]: {escape(item.message_nl)}", highlight=False)
        errors.print(f"Error in {escape(item.field)}: {escape(item.message_en)}", highlight=False, style="dim")
    raise typer.Exit(EXIT_BAD_INPUT)


def _read_json(source: str) -> Any:
    from werkzorg.input_reader import parse_json

    return _read(source, parse_json)


def _read_yaml(source: str) -> Any:
    """A file (or standard input for "-") of YAML or JSON; bad input ends with the reason, exit code 2."""
    from werkzorg.input_reader import parse_yaml

    return _read(source, parse_yaml)


def _check_language(taal: str) -> None:
    if taal not in ("nl", "en"):
        _fail("--taal", "kies nl of en", "choose nl or en")


def _today() -> datetime.date:
    """Today; the year people get follows from it (werkzorg.model.years)."""
    return datetime.date.today()


def _money(value: Any) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, (int, float)):
        return number(value, digits=2)
    return str(value)


@app.command()
def calculate(
    situation: Annotated[str, typer.Argument(help="OpenFisca situation as JSON file, or - for standard input; null marks what to compute.")],
    explain: Annotated[bool, typer.Option("--explain", help="Show how each value was computed and the legal source of each parameter.")] = False,
    year: Annotated[Optional[int], typer.Option(help="Year for values given without a period.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="With --explain: print the explanation as JSON too.")] = False,
) -> None:
    """Fill in the values marked null in SITUATION and print the situation as JSON."""
    from werkzorg.model.calculation import calculate as run
    from werkzorg.model.situation import SituationError

    data = _read_json(situation)
    try:
        result = run(data, default_year=year, explain=explain)
    except SituationError as error:
        _fail(error.field, error.message_nl, error.message_en)
    output = dict(result.situation)
    if result.provisional:
        output["voorlopig"] = result.provisional
    if explain and not as_json:
        _print_explanations(result)
        return
    if explain:
        output["uitleg"] = {key: _explanation_json(item) for key, item in result.explanations.items()}
    print(json.dumps(output, ensure_ascii=False, indent=2))


def _explanation_json(explanation) -> dict:
    return {
        "parameters": [
            {
                "naam": use.name,
                "datum": use.instant,
                "waarde": use.value if isinstance(use.value, (int, float, str, list, bool)) else str(use.value),
                "bronnen": [str(source) for source in use.sources],
                "voorlopig": use.provisional,
            }
            for use in explanation.parameters
        ],
        "invoer": explanation.inputs,
    }


def _print_explanations(result) -> None:
    from werkzorg.model import tax_benefit_system

    system = tax_benefit_system()
    for key, explanation in result.explanations.items():
        plural, entity_id, variable, period = key.split(".")
        value = result.situation[plural][entity_id][variable][period]
        label = system.variables[variable].label
        tree = Tree(f"[bold]{variable}[/] van [bold]{entity_id}[/] in {period} = [bold cyan]{_money(value)}[/]\n[dim]{label}[/]")
        focus = result.focus[key]
        _add_children(tree, f"{variable}@{period}", explanation, system, focus, set())
        console.print(tree)
        if key in result.provisional:
            for reason in result.provisional[key]:
                console.print(f"  [yellow]Voorlopig:[/] {reason}")
        console.print("[bold]Gebruikte parameters en hun bronnen[/]")
        for use in explanation.parameters:
            shown = use.value if isinstance(use.value, (int, float, str, list)) else _scale_text(use.value)
            console.print(f"• [bold]{use.name}[/] ({use.instant}) = {shown}", soft_wrap=True, highlight=False)
            for source in _key_sources(use.sources):
                console.print(f"    {source}", soft_wrap=True, highlight=False, style="dim")
            if use.provisional:
                console.print(f"    [yellow]Voorlopig: {use.provisional}[/]", soft_wrap=True)
        console.print()


def _key_sources(found) -> list:
    """The value's own source, and the first one with a link (usually the law article)."""
    if not found:
        return []
    linked = next((source for source in found if source.href), None)
    return list(dict.fromkeys([found[0]] + ([linked] if linked else [])))


def _scale_text(scale) -> str:
    try:
        return "; ".join(f"vanaf {t:g}: {r:g}" for t, r in zip(scale.thresholds, getattr(scale, "rates", getattr(scale, "amounts", []))))
    except Exception:  # noqa: BLE001 - a display fallback only
        return str(scale)


def _value_text(node: str, explanation, system, focus) -> str:
    values = explanation.values.get(node)
    variable = system.variables.get(node.split("@")[0])
    if values is None or variable is None:
        return ""
    if hasattr(values, "decode"):
        values = values.decode_to_str()
    if variable.entity.key == "huishouden":
        return f" = [cyan]{_money(_plain(values[focus.household]))}[/]"
    shown = [f"{_money(_plain(values[index]))} ({name})" for name, index in focus.persons.items()]
    return " = [cyan]" + ", ".join(shown) + "[/]"


def _plain(value):
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float):
        return round(value, 2)
    return value


def _add_children(tree: Tree, node: str, explanation, system, focus, seen: set) -> None:
    for child in explanation.children.get(node, []):
        name = child.split("@")[0]
        if child in seen:
            tree.add(f"[dim]{name}{_value_text(child, explanation, system, focus)} (zie boven)[/]")
            continue
        seen.add(child)
        variable = system.variables.get(name)
        label = f"\n[dim]{variable.label}[/]" if variable is not None else ""
        branch = tree.add(f"{name}{_value_text(child, explanation, system, focus)}{label}")
        _add_children(branch, child, explanation, system, focus, seen)


@app.command()
def budget(
    household: Annotated[str, typer.Argument(help="Household description as YAML or JSON (see examples/), or - for standard input.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print everything as JSON.")] = False,
    show_all: Annotated[bool, typer.Option("--all", help="Show all splits of the working week, not only the best.")] = False,
    chart: Annotated[Optional[Path], typer.Option("--grafiek", help="Also write the chart of money left per split: .svg or .png.")] = None,
    compare: Annotated[bool, typer.Option("--vergelijk", help="Show the household's year and the next side by side (what changes next year).")] = False,
    taal: Annotated[str, typer.Option("--taal", help="Language of the tables: nl (Dutch) or en (English). The JSON keeps its Dutch keys and texts.")] = "nl",
) -> None:
    """Compare every way to divide 0-5 working days per partner: money left, economic independence, pension."""
    _check_language(taal)
    from werkzorg.budget.engine import run
    from werkzorg.budget.report import print_report, to_json
    from werkzorg.household import parse_household
    from werkzorg.input_errors import InputError

    data = _read_yaml(household)
    try:
        parsed = parse_household(data, wages=True)
    except InputError as error:
        _fail_all(error)
    if compare:
        from werkzorg.budget import jaarvergelijking

        comparison = jaarvergelijking.compare_years(parsed)
        if as_json:
            print(json.dumps(jaarvergelijking.to_json(comparison), ensure_ascii=False, indent=2))
        else:
            jaarvergelijking.print_comparison(console, comparison, lang=taal)
        return
    result = run(parsed)
    if chart is not None:
        _write_chart(result, chart)
    if as_json:
        print(json.dumps(to_json(result, all_splits=True), ensure_ascii=False, indent=2))
    else:
        print_report(console, result, all_splits=show_all, lang=taal)


@app.command()
def verlof(
    situation: Annotated[str, typer.Argument(help="The situation as JSON (or YAML), or - for standard input; see docs/verlof.md.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the list of regelingen as JSON.")] = False,
    letters_dir: Annotated[Optional[Path], typer.Option("--brieven", help="Write a request letter (plain text, Dutch) for each leave that needs one into this folder; with --taal en also its English translation, to read.")] = None,
    taal: Annotated[str, typer.Option("--taal", help="Language of the table: nl (Dutch) or en (English). The JSON has both; the letters to send are always Dutch.")] = "nl",
) -> None:
    """Which leave fits a situation: how much, what it pays, by when to ask (the leave finder)."""
    _check_language(taal)

    from werkzorg.input_errors import InputError
    from werkzorg.leave.finder import answer, find
    from werkzorg.leave.report import print_leave
    from werkzorg.leave.schema import parse_question

    data = _read_yaml(situation)
    try:
        question = parse_question(data)
    except InputError as error:
        _fail_all(error)
    regelingen = find(question)
    if letters_dir is not None:
        from werkzorg.leave.letters import letter, needs_letter

        letters_dir.mkdir(parents=True, exist_ok=True)
        for regeling in filter(needs_letter, regelingen):
            suffix = f"-{regeling.werkgever}" if regeling.werkgever and regeling.werkgever != "uw werkgever" else ""
            path = letters_dir / f"brief-{regeling.code}{suffix}.txt".replace(" ", "-")
            path.write_text(letter(question, regeling, question.naam), encoding="utf-8")
            errors.print(f"Letter written (Dutch, to send): {path}" if taal == "en" else f"Brief geschreven: {path}", style="dim")
            if taal == "en":  # the same letter in English, to read: the Dutch one goes to the employer
                english = path.with_name(path.stem.replace("brief-", "letter-", 1) + "-english.txt")
                english.write_text(letter(question, regeling, question.naam, lang="en"), encoding="utf-8")
                errors.print(f"English translation, to read: {english}", style="dim")
    if as_json:
        print(json.dumps(answer(question), ensure_ascii=False, indent=2))
    else:
        print_leave(console, question, regelingen, lang=taal)


@app.command()
def verlofplan(
    plan_file: Annotated[str, typer.Argument(help="A household and its leave plan as YAML or JSON (see examples/verlof/verlofplan.yaml).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print everything as JSON.")] = False,
    taal: Annotated[str, typer.Option("--taal", help="Language of the table: nl (Dutch) or en (English).")] = "nl",
) -> None:
    """Month by month, what a leave plan does to wage, UWV benefit, net income, childcare and what is left; each calendar year as the Belastingdienst computes it."""
    from werkzorg.input_errors import InputError
    from werkzorg.leave.income import income_effect, parse_plan
    from werkzorg.leave.report import print_plan

    _check_language(taal)
    data = _read_yaml(plan_file)
    try:
        plan = parse_plan(data)
    except InputError as error:
        _fail_all(error)
    effect = income_effect(plan)
    if as_json:
        print(json.dumps(effect.to_json(), ensure_ascii=False, indent=2))
    else:
        print_plan(console, plan, effect, lang=taal)


def _write_chart(result, path: Path) -> None:
    from werkzorg.budget.charts import disposable_income_chart, to_png

    svg = disposable_income_chart(result)
    if path.suffix.lower() == ".svg":
        path.write_text(svg, encoding="utf-8")
    elif path.suffix.lower() == ".png":
        path.write_bytes(to_png(svg))
    else:
        _fail("--grafiek", "gebruik een bestandsnaam op .svg of .png", "use a file name ending in .svg or .png")
    errors.print(f"Grafiek geschreven: {path}", style="dim")


@app.command()
def route(
    route_file: Annotated[str, typer.Argument(help="The household (as for every tool), the start month, the job offer and the hours to compare, as JSON (or YAML), or - for standard input; see docs/route.md.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print every option and month as JSON.")] = False,
    taal: Annotated[str, typer.Option("--taal", help="Language of the text and tables: nl (Dutch) or en (English). The JSON keeps its Dutch keys and texts.")] = "nl",
) -> None:
    """What working 8, 16, 24 or 32 hours yields from bijstand, month by month for 36 months."""
    _check_language(taal)
    from werkzorg.input_errors import InputError
    from werkzorg.route.projection import project
    from werkzorg.route.report import as_dict, print_route
    from werkzorg.route.schema import parse_route

    data = _read_yaml(route_file)
    try:
        situation = parse_route(data)
    except InputError as error:
        _fail_all(error)
    projection = project(situation)
    if as_json:
        print(json.dumps(as_dict(projection), ensure_ascii=False, indent=2))
    else:
        print_route(console, projection, lang=taal)


@app.command()
def demo(year: Annotated[Optional[int], typer.Option(help="Year of the demo calculation (default: the newest complete year people get).")] = None) -> None:
    """Compute an example household: two working parents and two young children in childcare."""
    from werkzorg.demo import run_demo
    from werkzorg.model import YEARS
    from werkzorg.model.years import complete_year, default_year

    if year is not None and year not in YEARS:
        _fail("--year", f"kies een jaar uit {', '.join(map(str, YEARS))}", f"choose a year from {', '.join(map(str, YEARS))}")
    if year is None:
        year, wanted = complete_year(_today()), default_year(_today())
        if wanted != year:
            errors.print(f"Voor {wanted} zijn nog niet alle bedragen bekend (werkzorg parameters ontbreekt {wanted}); de demo rekent met {year}.", highlight=False)
    from werkzorg.model.situation import SituationError

    try:
        run_demo(console, year)
    except SituationError as error:
        _fail(error.field, error.message_nl, error.message_en)


@app.command()
def parameter(name: Annotated[str, typer.Argument(help="Dotted parameter path, e.g. wet_op_de_zorgtoeslag.standaardpremie")]) -> None:
    """Show a parameter's dated values and their sources."""
    from werkzorg.model.provenance import find_parameter, provisional_reason, sources

    try:
        found = find_parameter(name)
    except (KeyError, AttributeError):
        _fail(name, "onbekende parameter", "unknown parameter")
    console.print(f"[bold]{name}[/]: {getattr(found, 'description', '') or ''}")
    values = getattr(found, "values_list", None)
    if values is None:
        console.print("[dim](een knooppunt of schaal; zie het YAML-bestand)[/]")
        return
    table = Table()
    table.add_column("Vanaf")
    table.add_column("Waarde")
    table.add_column("Bron")
    for value in reversed(values):
        note = provisional_reason(name, value.instant_str)
        text = "\n".join(str(s) for s in sources(name, value.instant_str)[:2]) + (f"\n[yellow]Voorlopig: {note}[/]" if note else "")
        table.add_row(value.instant_str, str(value.value), text)
    console.print(table)


from werkzorg.microsim.cli import app as _microsim_app  # noqa: E402

app.add_typer(_microsim_app, name="microsim")

from werkzorg.parameters_cli import app as _parameters_app  # noqa: E402

app.add_typer(_parameters_app, name="parameters")


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
