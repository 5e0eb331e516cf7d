"""Write the outputs: tables as CSV and Parquet, charts as SVG (drawn on the server), a short Markdown report and,
if WeasyPrint and Pango are available, a PDF of it."""

from __future__ import annotations

import csv
from collections.abc import Callable
from html import escape

from markupsafe import Markup
from pathlib import Path

from werkzorg.formatting import euro, number, percent
from werkzorg.microsim.targets import PUBLISHED_INDEPENDENCE

COLOURS = ["#1d5396", "#c2410c", "#15803d", "#7e22ce", "#a16207"]


#: A CSV cell starting with one of these is read as a formula by spreadsheet programs (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """A text cell a spreadsheet shows as text: formula-like text gets a leading apostrophe (OWASP's advice)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_tables(tables: dict[str, list[dict]], directory: Path) -> list[Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in tables.items():
        if not rows:
            continue
        columns = list(dict.fromkeys(key for row in rows for key in row))
        with (directory / f"{name}.csv").open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow([csv_safe(c) for c in columns])
            writer.writerows([csv_safe(row.get(c)) for c in columns] for row in rows)
        table = pa.table({c: [row.get(c) for row in rows] for c in columns})
        pq.write_table(table, directory / f"{name}.parquet")
        written += [directory / f"{name}.csv", directory / f"{name}.parquet"]
    return written


def _number(value: float, digits: int = 0, lang: str = "nl") -> str:
    return number(value, lang, digits)


def _pct(value: float | None, digits: int = 1, lang: str = "nl") -> str:
    return "–" if value is None else percent(value, lang, digits)


def bar_chart(title: str, categories: list[str], series: dict[str, list[float]], unit: str = "%", percent: bool = True, lang: str = "nl") -> Markup:
    """Grouped horizontal bars, one group per category, one bar per series; accessible (title, desc, text labels).
    `lang`: the language of the numbers (werkzorg.formatting)."""
    bar, gap, left, width = 14, 10, 230, 420
    height = 50 + len(categories) * (len(series) * bar + gap) + 20 * len(series)
    values = [v for vs in series.values() for v in vs]
    high = max([abs(v) for v in values] + [1e-9])
    low = min(values + [0.0])
    scale = width / (high - min(low, 0) if low < 0 else high)
    zero = left + (-low * scale if low < 0 else 0)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 90}" height="{height}" role="img" aria-labelledby="t d" font-family="sans-serif" font-size="12">',
        f'<title id="t">{escape(title)}</title><desc id="d">'
        + escape(f"{title}: " + "; ".join(f"{c}: " + ", ".join(f"{s} {series[s][i]:.3g}" for s in series) for i, c in enumerate(categories)))
        + "</desc>",
        f'<text x="4" y="18" font-size="14" font-weight="bold">{escape(title)}</text>',
    ]
    y = 34
    for i, category in enumerate(categories):
        parts.append(f'<text x="{left - 6}" y="{y + bar * len(series) / 2 + 4}" text-anchor="end">{escape(category)}</text>')
        for j, (name, vs) in enumerate(series.items()):
            v = vs[i]
            x0, x1 = sorted((zero, zero + v * scale))
            label = _pct(v, lang=lang) if percent else _number(v, lang=lang) + (f" {unit}" if unit else "")
            parts.append(f'<rect x="{x0:.1f}" y="{y}" width="{max(x1 - x0, 0.5):.1f}" height="{bar - 2}" fill="{COLOURS[j % len(COLOURS)]}"><title>{escape(name)}: {escape(label)}</title></rect>')
            parts.append(f'<text x="{x1 + 4:.1f}" y="{y + bar - 3}" font-size="12">{escape(label)}</text>')
            y += bar
        y += gap
    for j, name in enumerate(series):
        parts.append(f'<rect x="{left}" y="{y + 4 + 18 * j}" width="12" height="12" fill="{COLOURS[j % len(COLOURS)]}"/><text x="{left + 18}" y="{y + 14 + 18 * j}">{escape(name)}</text>')
    parts.append("</svg>")
    # Every text in `parts` went through escape() above, so the result is safe markup by construction: templates show
    # it without |safe (markupsafe's Markup is what Django's autoescaping recognises as already escaped).
    return Markup("\n".join(parts))


def _same(text: str) -> str:
    return text


def charts(tables: dict[str, list[dict]], scenarios: list[str], translate: Callable[[str], str] = _same, lang: str = "nl") -> dict[str, str]:
    """The report's charts; `translate` (gettext on the web pages) gives their texts in the page's language and `lang`
    its number format; the files and the PDF report keep the Dutch. The category words are listed for makemessages in
    web/engine_texts.py."""
    _ = translate
    out = {}
    rows = tables["zelfstandigheid_huishouden"]
    categories = [f"{_(r['geslacht'])}, {_(r['huishouden'].replace('_', ' '))}" for r in rows]
    out["zelfstandigheid"] = bar_chart(_("Aandeel economisch zelfstandig (18 jaar tot AOW-leeftijd)"), categories, {s: [r[f"aandeel_{s}"] for r in rows] for s in scenarios}, lang=lang)
    reforms = scenarios[1:]
    if reforms:
        deciles = tables["decielen"]
        out["winnaars_verliezers"] = bar_chart(
            _("Huishoudens die er meer dan 1 %% op vooruit of achteruit gaan (%(reform)s)") % {"reform": reforms[0]},
            [_("deciel %(n)s") % {"n": r["deciel"]} for r in deciles],
            {_("vooruit > 1 %"): [r[f"wint_1pct_{reforms[0]}"] for r in deciles], _("achteruit > 1 %"): [-r[f"verliest_1pct_{reforms[0]}"] for r in deciles]},
            lang=lang,
        )
        budget = [r for r in tables["budget"] if any(abs(r.get(f"kosten_{s}_mln") or 0) > 0.05 for s in reforms)]
        if budget:
            out["kosten"] = bar_chart(_("Kosten voor de overheid per regeling (€ mln per jaar)"), [_(r["instrument"].replace("_", " ")) for r in budget], {s: [r.get(f"kosten_{s}_mln") or 0.0 for r in budget] for s in reforms}, unit="mln", percent=False, lang=lang)
    pressure = [r for r in tables["marginale_druk_tweede_verdiener"] if r["tweede_verdiener"] == "alle"]
    labels = [k for k in pressure[0] if k not in ("scenario", "tweede_verdiener", "huishoudens", "mediaan")] if pressure else []
    if pressure:
        out["marginale_druk"] = bar_chart(_("Marginale druk van de tweede verdiener bij een extra werkdag"), labels, {r["scenario"]: [r[k] for k in labels] for r in pressure}, lang=lang)
    return out


def behaviour_lines(tables: dict[str, list[dict]]) -> list[str]:
    """The behavioural scenarios' assumption (values, source, limits) and how many hours changed, as Markdown."""
    from werkzorg.microsim.behaviour import explanation

    rows = tables.get("gedrag") or []
    if not rows:
        return []
    lines = ["## Gedrag: de aanname", "", md(explanation(rows[0])), ""]
    if rows[0].get("link"):
        lines += [f"Bron: <{rows[0]['link']}>", ""]
    header = ["scenario", "tweede verdieners meer uren", "minder uren", "gemiddelde verandering (uur per week)", "extra uren per week (totaal)"]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        change = ("+" if r["gemiddelde_verandering_uren"] >= 0 else "") + _number(r["gemiddelde_verandering_uren"], 2)
        lines.append("| " + " | ".join([md(r["scenario"]), _number(r["tweede_verdieners_meer_uren"]), _number(r["tweede_verdieners_minder_uren"]), change, _number(r["extra_uren_per_week"])]) + " |")
    lines.append("")
    return lines


MARKDOWN_SPECIAL = set("\\`*_{}[]()<>#+-.!|~&")


def md(text) -> str:
    """User text (a reform's name) as literal Markdown text: every character Markdown could read as markup escaped."""
    return "".join("\\" + c if c in MARKDOWN_SPECIAL else c for c in " ".join(str(text).split()))


def markdown(tables: dict[str, list[dict]], scenarios: list[str], meta: dict, chart_files: dict[str, str]) -> str:
    base = scenarios[0]
    reforms = scenarios[1:]
    lines = [f"# Microsimulatie {meta.get('year', '')}: {', '.join(md(s) for s in reforms) if reforms else 'basis'}", ""]
    lines += [
        f"Populatie: {_number(meta['households'])} huishoudens in het bestand, gewogen naar {_number(meta['weighted_households'])} Nederlandse huishoudens "
        f"(seed {meta.get('seed', '–')}, populatie-hash {meta['population_hash']}, modelversie {meta['model_version']}). "
        "Statische raming: uren en lonen veranderen niet door de hervorming (behalve in de tabel marginale druk en in de "
        "scenario's '+ gedrag'), dus economische zelfstandigheid (netto inkomen uit *werk*) verandert alleen als de hervorming "
        "de belasting op werk verandert. "
        + ("" if tables.get("gedrag") else "Deze berekening heeft geen scenario met gedrag (uitgezet). ")
        + "Zie docs/microsim.md.",
        "",
    ]
    lines += behaviour_lines(tables)
    for row in tables.get("samenvatting", []):
        n = row["hervorming"]
        lines += [
            f"## {md(n)}",
            "",
            f"- Economisch zelfstandig, vrouwen: {_pct(row['zelfstandig_vrouwen_basis'])} → {_pct(row['zelfstandig_vrouwen_hervorming'])} ({_number(row['extra_zelfstandige_vrouwen'])} vrouwen erbij)",
            f"- Economisch zelfstandig, mannen: {_pct(row['zelfstandig_mannen_basis'])} → {_pct(row['zelfstandig_mannen_hervorming'])} ({_number(row['extra_zelfstandige_mannen'])} mannen erbij)",
            f"- Huishoudens erop vooruit: {_number(row['huishoudens_erop_vooruit'])}; erop achteruit: {_number(row['huishoudens_erop_achteruit'])}",
            f"- Netto kosten voor de overheid: {euro(row['netto_kosten_mln'])} mln per jaar",
            *([f"- {row['toelichting']}"] if row.get("toelichting") else []),
            "",
        ]
    lines += ["## Economische zelfstandigheid", "", f"CBS 2024 ter vergelijking: vrouwen {_pct(PUBLISHED_INDEPENDENCE['vrouw'], 0)}, mannen {_pct(PUBLISHED_INDEPENDENCE['man'], 0)} (15 jaar tot AOW-leeftijd, niet in opleiding).", ""]
    for key, group in (("zelfstandigheid_huishouden", "huishouden"), ("zelfstandigheid_jongste_kind", "jongste_kind")):
        header = ["geslacht", group, "personen"] + [f"aandeel {md(s)}" for s in scenarios]
        lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        for r in tables[key]:
            lines.append("| " + " | ".join([r["geslacht"], r[group], _number(r["personen"])] + [_pct(r[f"aandeel_{s}"]) for s in scenarios]) + " |")
        lines.append("")
    if "zelfstandigheid" in chart_files:
        lines += [f"![Economische zelfstandigheid]({chart_files['zelfstandigheid']})", ""]
    lines += poverty_lines(tables)
    lines += ["## Besteedbaar inkomen per deciel", "", "Decielen van het gestandaardiseerde besteedbaar inkomen in de basis (huishoudens, gewogen).", ""]
    header = ["deciel", f"gemiddeld {md(base)}"] + [x for s in reforms for x in (f"verschil {md(s)}", "vooruit > 1 %", "vooruit > 5 %", "achteruit > 1 %", "achteruit > 5 %")]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in tables["decielen"]:
        cells = [str(r["deciel"]), euro(r["besteedbaar_basis"])]
        for s in reforms:
            cells += [euro(r[f"verschil_{s}"]), _pct(r[f"wint_1pct_{s}"]), _pct(r[f"wint_5pct_{s}"]), _pct(r[f"verliest_1pct_{s}"]), _pct(r[f"verliest_5pct_{s}"])]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    if "winnaars_verliezers" in chart_files:
        lines += [f"![Winnaars en verliezers]({chart_files['winnaars_verliezers']})", ""]
    lines += ["## Budget per regeling (€ mln per jaar)", ""]
    header = ["regeling", md(base), "gepubliceerd"] + [f"kosten {md(s)}" for s in reforms]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in tables["budget"]:
        cells = [r["instrument"], "–" if r["basis_mln"] is None else _number(r["basis_mln"]), "–" if r["gepubliceerd_mln"] is None else _number(r["gepubliceerd_mln"])]
        cells += [_number(r.get(f"kosten_{s}_mln") or 0.0) for s in reforms]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "Gepubliceerd: begroting 2024 (1e suppletoire); zorgtoeslag 2021. Het model rekent met de regels van het gesimuleerde jaar; verschillen worden uitgelegd in docs/microsim.md.", ""]
    if "kosten" in chart_files:
        lines += [f"![Kosten]({chart_files['kosten']})", ""]
    lines += ["## Marginale druk van de tweede verdiener", "", "Eén werkdag (8 uur per week) meer voor de partner met het laagste loon, bij gelijk uurloon en meer opvanguren.", ""]
    rows = tables["marginale_druk_tweede_verdiener"]
    if rows:
        labels = [k for k in rows[0] if k not in ("scenario", "tweede_verdiener", "huishoudens", "mediaan")]
        header = ["scenario", "tweede verdiener", "mediaan", *labels]
        lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        for r in rows:
            lines.append("| " + " | ".join([md(r["scenario"]), r["tweede_verdiener"], _pct(r["mediaan"])] + [_pct(r[k]) for k in labels]) + " |")
        lines.append("")
    if "marginale_druk" in chart_files:
        lines += [f"![Marginale druk]({chart_files['marginale_druk']})", ""]
    return "\n".join(lines)


def poverty_lines(tables: dict[str, list[dict]]) -> list[str]:
    """The section on low income and inequality, with what the population cannot show."""
    from werkzorg.microsim.outputs import CONFIDENCE_NOTES, LOW_INCOME_SOURCE

    rows = tables.get("armoede_ongelijkheid", [])
    if not rows:
        return []
    lines = ["## Laag inkomen en ongelijkheid", "", f"Lage-inkomensgrens: {LOW_INCOME_SOURCE}. {CONFIDENCE_NOTES['armoede']}", ""]
    lines += ["| scenario | personen met laag inkomen | aandeel personen | aandeel kinderen | Gini |", "|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {md(r['scenario'])} | {_number(r['personen_laag_inkomen'])} | {_pct(r['aandeel_personen_laag_inkomen'])} | {_pct(r['aandeel_kinderen_laag_inkomen'])} | {_number(r['gini'], 3)} |")
    lines += ["", CONFIDENCE_NOTES["gini"], ""]
    winners = tables.get("winnaars_verliezers", [])
    if winners:
        lines += ["| hervorming | personen erop vooruit | erop achteruit | gelijk | gemiddelde winst (huishouden) | gemiddeld verlies |", "|---|---|---|---|---|---|"]
        for r in winners:
            lines.append(f"| {md(r['hervorming'])} | {_number(r['personen_erop_vooruit'])} | {_number(r['personen_erop_achteruit'])} | {_number(r['personen_gelijk'])} | {euro(r['gemiddelde_winst_huishouden'])} | {euro(r['gemiddeld_verlies_huishouden'])} |")
        lines += ["", CONFIDENCE_NOTES["winnaars_verliezers"], ""]
    return lines


def write_report(tables: dict[str, list[dict]], scenarios: list[str], meta: dict, directory: Path, pdf: bool = False) -> dict[str, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = {}
    chart_files = {}
    for name, svg in charts(tables, scenarios).items():
        path = directory / f"{name}.svg"
        path.write_text(svg, encoding="utf-8")
        chart_files[name] = path.name
        written[name] = path
    text = markdown(tables, scenarios, meta, chart_files)
    (directory / "rapport.md").write_text(text, encoding="utf-8")
    written["rapport"] = directory / "rapport.md"
    if pdf:
        path = write_pdf(text, directory)
        if path:
            written["pdf"] = path
    return written


def pdf_html(text: str) -> str:
    """The Markdown report as the HTML page WeasyPrint prints: no raw HTML from the Markdown (user text is escaped as
    Markdown too, see md)."""
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark", {"html": False}).enable("table").render(text)
    style = "<style>body{font-family:sans-serif;font-size:10pt} table{border-collapse:collapse} td,th{border:1px solid #999;padding:2px 4px} img{max-width:100%}</style>"
    return f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>Microsimulatie</title>{style}</head><body>{body}</body></html>"


def write_pdf(text: str, directory: Path) -> Path | None:
    """The Markdown report as PDF (WeasyPrint); None when WeasyPrint or Pango is missing. WeasyPrint may read only the
    report's own files (the charts), never another file or a URL."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError):
        return None
    path = directory / "rapport.pdf"
    HTML(string=pdf_html(text), base_url=str(directory), url_fetcher=_own_files(directory)).write_pdf(path)
    return path


def _own_files(directory: Path):
    """A WeasyPrint URL fetcher that serves files inside `directory` (the charts) and refuses everything else."""
    import mimetypes
    from urllib.parse import unquote, urlparse

    from weasyprint.urls import URLFetcher, URLFetcherResponse

    root = Path(directory).resolve()

    class OwnFiles(URLFetcher):
        def fetch(self, url, headers=None):
            parsed = urlparse(url)
            path = Path(unquote(parsed.path)).resolve()
            if parsed.scheme != "file" or root not in path.parents or not path.is_file():
                raise ValueError(f"not a file of this report: {url}")
            return URLFetcherResponse(url, body=path.read_bytes(), headers={"Content-Type": mimetypes.guess_type(path.name)[0] or "application/octet-stream"})

    return OwnFiles()
