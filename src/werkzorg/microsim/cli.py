"""`werkzorg microsim generate|run|compare`: the population microsimulation on the command line."""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from werkzorg.formatting import euro, number, percent
from werkzorg.input_errors import InputError

app = typer.Typer(help="Microsimulation of all Dutch households: make a population, run reforms over it.", no_args_is_help=True)
console = Console()
errors = Console(stderr=True)
EXIT_BAD_INPUT = 2

DEFAULT_POPULATION = Path("var/microsim/populatie")
DEFAULT_CACHE = Path("var/microsim/cache")
DEFAULT_OUT = Path("var/microsim/uitvoer")
DEFAULT_HOUSEHOLDS = 500_000


def _fail(error: InputError) -> None:
    for item in error.errors:
        errors.print(f"[bold red]Fout[/] in [bold]{item.field}[/]: {item.message_nl}", highlight=False, soft_wrap=True)
        errors.print(f"Error in {item.field}: {item.message_en}", highlight=False, style="dim", soft_wrap=True)
    raise typer.Exit(EXIT_BAD_INPUT)


def _progress(quiet: bool) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=errors, disable=quiet, transient=False)


def _generate(households: int, seed: int, year: int, out: Path, quiet: bool):
    from werkzorg.microsim import population as pop
    from werkzorg.microsim.calibration import calibrated_population

    with _progress(quiet) as progress:
        population = calibrated_population(households, seed=seed, year=year, progress=progress)
    pop.write(population, out)
    return population.compacted()


@app.command()
def generate(
    households: Annotated[int, typer.Option("--households", "-n", min=100, help="Number of households in the file (their weights add up to all 8.37 M Dutch households).")] = DEFAULT_HOUSEHOLDS,
    seed: Annotated[int, typer.Option(help="Random seed: the same seed gives the same population.")] = 2026,
    year: Annotated[int, typer.Option(help="Year of the rules and of the ages.")] = 2026,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for households.parquet and persons.parquet.")] = DEFAULT_POPULATION,
    as_json: Annotated[bool, typer.Option("--json", help="Print the calibration as JSON.")] = False,
) -> None:
    """Generate a synthetic population, calibrate its weights to the published totals, write it as Parquet."""
    from werkzorg.microsim.calibration import calibration_table
    from werkzorg.microsim.run import compute
    from werkzorg.model import MODELLED_YEARS

    if year not in MODELLED_YEARS:
        _fail(InputError([_field("year", f"kies een jaar uit {MODELLED_YEARS}", f"choose a year from {MODELLED_YEARS}")]))
    start = time.perf_counter()
    population = _generate(households, seed, year, out, as_json)
    huurtoeslag = compute(population, ["huurtoeslag"])["huurtoeslag"]
    rows = calibration_table(population, huurtoeslag)
    if as_json:
        print(json.dumps({"population": str(out), "households": population.n_households, "persons": population.n_persons, "seconds": round(time.perf_counter() - start, 2), "calibration": rows}, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"Kalibratie: {number(population.n_households)} huishoudens, {number(population.n_persons)} personen → {out}")
    for column in ("doel", "gepubliceerd", "gewogen", "verschil", "bron"):
        table.add_column(column, justify="right" if column in ("gepubliceerd", "gewogen", "verschil") else "left")
    for row in rows:
        table.add_row(row["target"], number(row['published']), number(row['weighted']), ("+" if row["difference"] >= 0 else "") + percent(row["difference"], digits=3), row["source"])
    console.print(table)


def _field(field, nl, en):
    from werkzorg.input_errors import FieldError

    return FieldError(field, nl, en)


def _load_population(path: Path, households: int, seed: int, year: int, quiet: bool):
    from werkzorg.microsim import population as pop

    if not (path / "households.parquet").exists():
        if not quiet:
            errors.print(f"Geen populatie in {path}: ik maak er een ({number(households)} huishoudens, seed {seed}).")
        return _generate(households, seed, year, path, quiet)
    try:
        return pop.read(path, model_only=True)
    except InputError as error:
        _fail(error)


@contextlib.contextmanager
def _client(scheduler: Optional[str], dask: bool, workers: int):
    if not scheduler and not dask:
        yield None
        return
    from distributed import Client

    from werkzorg.microsim.run import local_cluster, warm_up

    if scheduler:
        with Client(scheduler) as client:
            client.run(warm_up)
            yield client
    else:
        with local_cluster(workers) as cluster, Client(cluster) as client:
            client.run(warm_up)
            yield client


def _check_language(taal: str) -> None:
    if taal not in ("nl", "en"):
        _fail(InputError([_field("--taal", "kies nl of en", "choose nl or en")]))


def _execute(reform_files: list[Path], population_dir: Path, out: Path, cache: Path, no_cache: bool, chunk_size: int, scheduler, dask: bool, workers: int, extra_hours: float, pdf: bool, as_json: bool, households: int, seed: int, year: int, elasticity: Optional[float] = None, without_behaviour: bool = False, taal: str = "nl") -> None:
    from werkzorg.microsim import behaviour, outputs, reform, report, run

    _check_language(taal)

    try:
        specs = [reform.load(path) for path in reform_files]
    except InputError as error:
        _fail(error)
    names = [s.name for s in specs]
    if len(set(names)) != len(names) or "basis" in names:
        _fail(InputError([_field("naam", "elke hervorming heeft een eigen naam (niet 'basis')", "every reform needs its own name (not 'basis')")]))
    timings = {}
    start = time.perf_counter()
    population = _load_population(population_dir, households, seed, year, as_json)
    timings["populatie_s"] = time.perf_counter() - start
    # Behaviour needs every second earner's marginal pressure; without it a systematic sample is enough.
    assumption = behaviour.choose(elasticity, without_behaviour) if specs else None
    every = 1 if assumption else run.default_marginal_every(population.n_households)
    options = {"chunk_size": chunk_size, "extra_hours": extra_hours, "marginal_every": every}
    with _client(scheduler, dask, workers) as client, _progress(as_json) as progress:
        options["client"] = client

        def bar(description):
            task = progress.add_task(description, total=None)
            return lambda done, total: progress.update(task, completed=done, total=total)

        start = time.perf_counter()
        base_results, cached = run.baseline(population, None if no_cache else cache, on_chunk=bar("basis"), **options)
        timings["basis_s"] = time.perf_counter() - start
        results, responses = [], []
        for spec in specs:
            start = time.perf_counter()
            results.append(run.run(population, spec, on_chunk=bar(spec.name), **options))
            timings[f"{spec.name}_s"] = time.perf_counter() - start
            if assumption:
                start = time.perf_counter()
                name = assumption.scenario(spec.name)
                scenario, response = behaviour.respond(population, base_results, results[-1], spec, assumption, on_chunk=bar(name), **options)
                results.append(scenario)
                responses.append(response)
                timings[f"{name}_s"] = time.perf_counter() - start
    tables = outputs.all_tables(population, base_results, results)
    if responses:
        tables["gedrag"] = responses
    out.mkdir(parents=True, exist_ok=True)
    files = report.write_tables(tables, out / "tabellen")
    meta = {
        "year": population.year,
        "households": population.n_households,
        "weighted_households": float(population.households["weight"].sum()),
        "seed": population.metadata.get("seed"),
        "population_hash": population.digest(),
        "model_version": run.model_version(),
    }
    # The one name for the behaviour in JSON and the report (the option is --uurelasticiteit): null when off.
    meta["elasticity"] = {**assumption.row(), "label": assumption.label, "toelichting": behaviour.explanation(assumption.row())} if assumption else None
    written = report.write_report(tables, ["basis", *[r.spec.name for r in results]], meta, out, pdf=pdf, lang=taal)
    summary = {
        "population": str(population_dir),
        **meta,
        "baseline_from_cache": cached,
        "dask": bool(client),
        "timings_s": {k: round(v, 2) for k, v in timings.items()},
        "outputs": sorted(str(p) for p in [*files, *written.values()]),
        "samenvatting": tables.get("samenvatting", []),
    }
    if as_json:
        summary["tabellen"] = tables
        print(json.dumps(summary, ensure_ascii=False, indent=2, default=float))
        return
    _print_summary(tables, [r.spec.name for r in results], summary, out, taal)
    if taal == "en":
        console.print(f"English report (Markdown{', PDF' if 'pdf' in written else ''}) and its charts in {report.report_directory(out, 'en')}", highlight=False)


def _timings(timings: dict[str, float], lang: str = "nl") -> str:
    """{'populatie_s': 1.234, 'basis_s': 5.6} → 'populatie 1,2 s, basis 5,6 s' (Dutch decimal comma)."""
    return ", ".join(f"{name.removesuffix('_s')} {number(seconds, lang, digits=1)} s" for name, seconds in timings.items())


def _signed(value: float, lang: str = "nl") -> str:
    """A change in a number of people: +1.234, -56, 0."""
    text = number(value, lang)
    return f"+{text}" if round(value) > 0 else text


def _print_summary(tables, names, summary, out: Path, lang: str = "nl") -> None:
    from werkzorg.translation import translator

    _ = translator(lang)
    console.print(
        _("Populatie: %(households)s huishoudens (gewogen %(weighted)s); basis %(baseline)s; tijden %(timings)s")
        % {"households": number(summary["households"], lang), "weighted": number(summary["weighted_households"], lang),
           "baseline": _("uit de cache") if summary["baseline_from_cache"] else _("berekend"), "timings": _timings(summary["timings_s"], lang)},
        highlight=False,
    )
    if names:
        title = _("Wat de hervorming doet voor alle Nederlandse huishoudens")
        table = Table(title=title + (" " + _("('+ gedrag': met urenreactie van tweede verdieners)") if summary.get("elasticity") else ""))
        for i, column in enumerate((_("hervorming"), _("zelfstandig vrouwen"), _("zelfstandig mannen"), _("vooruit (hh)"), _("achteruit (hh)"), _("netto kosten"))):
            table.add_column(column, justify="left" if i == 0 else "right")
        for row in tables["samenvatting"]:
            table.add_row(
                row["hervorming"],
                f"{number(100 * row['zelfstandig_vrouwen_basis'], lang, digits=1)} → {percent(row['zelfstandig_vrouwen_hervorming'], lang, digits=1)} ({_signed(row['extra_zelfstandige_vrouwen'], lang)})",
                f"{number(100 * row['zelfstandig_mannen_basis'], lang, digits=1)} → {percent(row['zelfstandig_mannen_hervorming'], lang, digits=1)} ({_signed(row['extra_zelfstandige_mannen'], lang)})",
                number(row['huishoudens_erop_vooruit'], lang),
                number(row['huishoudens_erop_achteruit'], lang),
                _("%(amount)s mln") % {"amount": euro(row['netto_kosten_mln'], lang)},
            )
        console.print(table)
        for row in tables["samenvatting"]:
            if row.get("toelichting"):
                from werkzorg.microsim.report import _zero_effect

                console.print(f"{row['hervorming']}: {_zero_effect(row['toelichting'], lang)}", style="yellow", highlight=False)
        if summary.get("elasticity"):
            from werkzorg.microsim.behaviour import explanation

            console.print(explanation(summary["elasticity"], english=lang == "en"), style="dim", highlight=False, soft_wrap=True)
        else:
            console.print(
                _("Statische raming: uren en lonen blijven gelijk, dus economische zelfstandigheid (netto inkomen uit werk) verandert alleen als de hervorming de belasting op werk verandert. Zonder --zonder-gedrag komt er per hervorming een scenario '+ gedrag (CPB)' bij waarin tweede verdieners hun uren aanpassen; de tabel marginale_druk_tweede_verdiener toont de prikkel."),
                style="dim",
            )
        deciles = Table(title=_("Per deciel (gestandaardiseerd besteedbaar inkomen): gemiddeld verschil en aandeel winnaars > 1 %%") % {})
        deciles.add_column(_("deciel"), justify="right")
        for name in names:
            deciles.add_column(_("%(name)s: € per jaar") % {"name": name}, justify="right")
            deciles.add_column(_("vooruit > 1 %"), justify="right")
        for row in tables["decielen"]:
            cells = [str(row["deciel"])]
            for name in names:
                cells += [number(row[f'verschil_{name}'], lang), percent(row[f'wint_1pct_{name}'], lang, digits=1)]
            deciles.add_row(*cells)
        console.print(deciles)
    from werkzorg.microsim.outputs import LOW_INCOME_PRICE_YEAR

    poverty = Table(title=_("Laag inkomen (CBS-grens, prijspeil %(year)s) en ongelijkheid") % {"year": LOW_INCOME_PRICE_YEAR})
    for i, column in enumerate((_("scenario"), _("personen laag inkomen"), _("aandeel personen"), _("aandeel kinderen"), "Gini")):
        poverty.add_column(column, justify="left" if i == 0 else "right")
    for row in tables.get("armoede_ongelijkheid", []):
        children = row["aandeel_kinderen_laag_inkomen"]
        poverty.add_row(row["scenario"], number(row['personen_laag_inkomen'], lang), percent(row['aandeel_personen_laag_inkomen'], lang, digits=1), "–" if children is None else percent(children, lang, digits=1), number(row['gini'], lang, digits=3))
    console.print(poverty)
    if lang == "nl":
        console.print(f"Tabellen (CSV, Parquet), grafieken (SVG) en rapport.md in {out}", highlight=False)
    else:  # the English report and charts: printed by _execute; the tables keep their Dutch column names (data keys)
        console.print(f"Tables (CSV, Parquet; column names are data keys, in Dutch) in {out / 'tabellen'}", highlight=False)


#: The options `run` and `compare` share (type, flag and help), so both commands stay alike.
PopulationOption = Annotated[Path, typer.Option("--population", "-p", help="Population folder (made if missing).")]
OutOption = Annotated[Path, typer.Option("--out", "-o", help="Folder for tables, charts and report.")]
CacheOption = Annotated[Path, typer.Option(help="Folder for the cached baseline.")]
NoCacheOption = Annotated[bool, typer.Option("--no-cache", help="Always compute the baseline.")]
ChunkOption = Annotated[int, typer.Option(min=1, help="Households per chunk (bounds memory).")]
SchedulerOption = Annotated[Optional[str], typer.Option(help="Address of a Dask scheduler, e.g. tcp://10.0.0.5:8786.")]
DaskOption = Annotated[bool, typer.Option("--dask", help="Run on a local Dask cluster (LocalCluster).")]
WorkersOption = Annotated[int, typer.Option(min=1, help="Workers of the local Dask cluster.")]
ExtraHoursOption = Annotated[float, typer.Option(min=0, help="Extra weekly hours of the second earner for the marginal pressure.")]
ElasticityOption = Annotated[Optional[float], typer.Option("--uurelasticiteit", min=0, max=2, help="Your own hours elasticity of every second earner to their marginal net wage, instead of the cited default (CPB: women 0.5, men 0.1); 0 = no behavioural scenario.")]
NoBehaviourOption = Annotated[bool, typer.Option("--zonder-gedrag", help="No scenario '<reform> + gedrag (CPB)': static results only.")]
PdfOption = Annotated[bool, typer.Option("--pdf", help="Also write rapport.pdf (WeasyPrint); with --taal en en/report.pdf.")]
TaalOption = Annotated[str, typer.Option("--taal", help="Language of the report: nl (rapport.md in the output folder) or en (report.md in its subfolder en/). Tables keep their Dutch column names (data keys).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print everything as JSON.")]
HouseholdsOption = Annotated[int, typer.Option(help="Size of a population made on the fly.")]
SeedOption = Annotated[int, typer.Option(help="Seed of a population made on the fly.")]
YearOption = Annotated[int, typer.Option(help="Year of a population made on the fly.")]


@app.command("run")
def run_command(
    reform: Annotated[Optional[list[Path]], typer.Option("--reform", "-r", help="Reform file (YAML/JSON); repeat for more reforms. Without: the baseline only.")] = None,
    population: PopulationOption = DEFAULT_POPULATION,
    out: OutOption = DEFAULT_OUT,
    cache: CacheOption = DEFAULT_CACHE,
    no_cache: NoCacheOption = False,
    chunk_size: ChunkOption = 125_000,
    scheduler: SchedulerOption = None,
    dask: DaskOption = False,
    workers: WorkersOption = 2,
    extra_hours: ExtraHoursOption = 8.0,
    elasticity: ElasticityOption = None,
    without_behaviour: NoBehaviourOption = False,
    pdf: PdfOption = False,
    taal: TaalOption = "nl",
    as_json: JsonOption = False,
    households: HouseholdsOption = DEFAULT_HOUSEHOLDS,
    seed: SeedOption = 2026,
    year: YearOption = 2026,
) -> None:
    """Run the baseline (cached) and the reforms over the population; write tables, charts and a report."""
    _execute(list(reform or []), population, out, cache, no_cache, chunk_size, scheduler, dask, workers, extra_hours, pdf, as_json, households, seed, year, elasticity, without_behaviour, taal)


@app.command()
def compare(
    reforms: Annotated[list[Path], typer.Argument(help="Two or more reform files, compared with the baseline and each other.")],
    population: PopulationOption = DEFAULT_POPULATION,
    out: OutOption = DEFAULT_OUT,
    cache: CacheOption = DEFAULT_CACHE,
    no_cache: NoCacheOption = False,
    chunk_size: ChunkOption = 125_000,
    scheduler: SchedulerOption = None,
    dask: DaskOption = False,
    workers: WorkersOption = 2,
    extra_hours: ExtraHoursOption = 8.0,
    elasticity: ElasticityOption = None,
    without_behaviour: NoBehaviourOption = False,
    pdf: PdfOption = False,
    taal: TaalOption = "nl",
    as_json: JsonOption = False,
    households: HouseholdsOption = DEFAULT_HOUSEHOLDS,
    seed: SeedOption = 2026,
    year: YearOption = 2026,
) -> None:
    """Compare several reforms side by side on the same population (one baseline)."""
    _execute(list(reforms), population, out, cache, no_cache, chunk_size, scheduler, dask, workers, extra_hours, pdf, as_json, households, seed, year, elasticity, without_behaviour, taal)
