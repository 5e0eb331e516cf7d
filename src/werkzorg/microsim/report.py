"""Write the outputs: tables as CSV and Parquet, charts as SVG (drawn on the server), a short Markdown report and,
if WeasyPrint and Pango are available, a PDF of it."""

from __future__ import annotations

import csv
from collections.abc import Callable
from html import escape

from markupsafe import Markup
from pathlib import Path

from werkzorg.formatting import euro, language, number, percent
from werkzorg.microsim.targets import PUBLISHED_INDEPENDENCE
from werkzorg.translation import translator, untranslated

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


def bar_chart(title: str, categories: list[str], series: dict[str, list[float]], unit: str = "%", percent: bool = True, lang: str = "nl", chart_id: str = "grafiek") -> Markup:
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
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 90}" height="{height}" role="img" aria-labelledby="{chart_id}-t {chart_id}-d" font-family="sans-serif" font-size="12">',
        f'<title id="{chart_id}-t">{escape(title)}</title><desc id="{chart_id}-d">'
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


def charts(tables: dict[str, list[dict]], scenarios: list[str], translate: Callable[[str], str] = untranslated, lang: str = "nl") -> dict[str, str]:
    """The report's charts; `translate` (gettext on the web pages) gives their texts in the page's language and `lang`
    its number format (the report passes werkzorg.translation's translator for its language). The category words are listed for makemessages in
    web/engine_texts.py."""
    _ = translate
    out = {}
    rows = tables["zelfstandigheid_huishouden"]
    categories = [f"{_(r['geslacht'])}, {_(r['huishouden'].replace('_', ' '))}" for r in rows]
    out["zelfstandigheid"] = bar_chart(_("Aandeel economisch zelfstandig (18 jaar tot AOW-leeftijd)"), categories, {s: [r[f"aandeel_{s}"] for r in rows] for s in scenarios}, lang=lang, chart_id="zelfstandigheid")
    reforms = scenarios[1:]
    if reforms:
        deciles = tables["decielen"]
        out["winnaars_verliezers"] = bar_chart(
            _("Huishoudens die er meer dan 1 %% op vooruit of achteruit gaan (%(reform)s)") % {"reform": reforms[0]},
            [_("deciel %(n)s") % {"n": r["deciel"]} for r in deciles],
            {_("vooruit > 1 %"): [r[f"wint_1pct_{reforms[0]}"] for r in deciles], _("achteruit > 1 %"): [-r[f"verliest_1pct_{reforms[0]}"] for r in deciles]},
            lang=lang,
            chart_id="winnaars_verliezers",
        )
        budget = [r for r in tables["budget"] if any(abs(r.get(f"kosten_{s}_mln") or 0) > 0.05 for s in reforms)]
        if budget:
            out["kosten"] = bar_chart(_("Kosten voor de overheid per regeling (€ mln per jaar)"), [_(r["instrument"].replace("_", " ")) for r in budget], {s: [r.get(f"kosten_{s}_mln") or 0.0 for r in budget] for s in reforms}, unit="mln", percent=False, lang=lang, chart_id="kosten")
    pressure = [r for r in tables["marginale_druk_tweede_verdiener"] if r["tweede_verdiener"] == "alle"]
    labels = [k for k in pressure[0] if k not in ("scenario", "tweede_verdiener", "huishoudens", "mediaan")] if pressure else []
    if pressure:
        out["marginale_druk"] = bar_chart(_("Marginale druk van de tweede verdiener bij een extra werkdag"), labels, {r["scenario"]: [r[k] for k in labels] for r in pressure}, lang=lang, chart_id="marginale_druk")
    return out


def gettext_noop(text: str) -> str:
    """Marks a Dutch text for makemessages (its English in the .po) where it is kept, to be translated when shown."""
    return text


#: The report's texts used inside f-strings below, marked here for makemessages (it cannot read into an f-string).
IN_F_STRINGS = [
    gettext_noop("Gedrag: de aanname"),
    gettext_noop("Bron"),
    gettext_noop("Microsimulatie"),
    gettext_noop("Economisch zelfstandig, vrouwen"),
    gettext_noop("Economisch zelfstandig, mannen"),
    gettext_noop("Huishoudens erop vooruit"),
    gettext_noop("erop achteruit"),
    gettext_noop("Economische zelfstandigheid"),
    gettext_noop("Besteedbaar inkomen per deciel"),
    gettext_noop("Winnaars en verliezers"),
    gettext_noop("Budget per regeling (€ mln per jaar)"),
    gettext_noop("Kosten"),
    gettext_noop("Marginale druk van de tweede verdiener"),
    gettext_noop("Marginale druk"),
    gettext_noop("Laag inkomen en ongelijkheid"),
    gettext_noop("Lage-inkomensgrens"),
]


#: The groups of the tables as the report writes them (the tables keep their data keys: geen_kind, 0_3, …).
GROUP_NAMES = {
    "geen_kind": gettext_noop("geen kind"), "0_3": gettext_noop("0 tot 4 jaar"), "4_11": gettext_noop("4 tot 12 jaar"),
    "12_17": gettext_noop("12 tot 18 jaar"), "18_plus": gettext_noop("18 jaar en ouder"), "alle": gettext_noop("alle"),
}

#: The English of the notes werkzorg.microsim.outputs writes in Dutch (CONFIDENCE_NOTES, LOW_INCOME_SOURCE), by key.
NOTES_EN = {
    "bron": "CBS, low-income threshold (€ 13,500 a year for a single person, price level 2021; CBS news release 2023/49)",
    "armoede": (
        "Threshold: the CBS low-income threshold at 2021 prices (the latest werkzorg found), not adjusted to the prices "
        "of the year calculated; the share is therefore too low. The population has no students, no people in "
        "institutions, no income from wealth and no alimony; CBS leaves out households with an income of less than a year."
    ),
    "gini": (
        "Gini of the standardised disposable income of persons (CBS equivalence factors). The population has no income "
        "from wealth and few very high incomes: inequality is lower than in the CBS figures."
    ),
    "winnaars_verliezers": "Better or worse off: the household's disposable income goes up or down by more than € 0.50 a year.",
}


def _note(key: str, lang: str) -> str:
    from werkzorg.microsim.outputs import CONFIDENCE_NOTES, LOW_INCOME_SOURCE

    if language(lang) == "en":
        return NOTES_EN[key]
    return LOW_INCOME_SOURCE if key == "bron" else CONFIDENCE_NOTES[key]


def _group(value, _: Callable[[str], str]) -> str:
    """A group of a table (vrouw, paar_met_kinderen, 0_3, alle) as a reader reads it."""
    text = str(value)
    return _(GROUP_NAMES.get(text, text.replace("_", " ")))


def _scenario(name: str, _: Callable[[str], str]) -> str:
    """A scenario's name as Markdown text; the baseline in the report's language."""
    return _("Basis") if name == "basis" else md(name)


def _row(cells) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: list[str]) -> list[str]:
    return [_row(header), "|" + "---|" * len(header)]


def behaviour_lines(tables: dict[str, list[dict]], lang: str = "nl") -> list[str]:
    """The behavioural scenarios' assumption (values, source, limits) and how many hours changed, as Markdown."""
    from werkzorg.microsim.behaviour import explanation

    _ = translator(lang)
    rows = tables.get("gedrag") or []
    if not rows:
        return []
    lines = [f"## {_('Gedrag: de aanname')}", "", md(explanation(rows[0], english=language(lang) == "en")), ""]
    if rows[0].get("link"):
        lines += [f"{_('Bron')}: <{rows[0]['link']}>", ""]
    lines += _table([_("Scenario"), _("Tweede verdieners met meer uren"), _("Met minder uren"), _("Gemiddelde verandering (uur per week)"), _("Extra uren per week (totaal)")])
    for r in rows:
        change = ("+" if r["gemiddelde_verandering_uren"] >= 0 else "") + _number(r["gemiddelde_verandering_uren"], 2, lang)
        lines.append(_row([md(r["scenario"]), _number(r["tweede_verdieners_meer_uren"], lang=lang), _number(r["tweede_verdieners_minder_uren"], lang=lang), change, _number(r["extra_uren_per_week"], lang=lang)]))
    lines.append("")
    return lines


MARKDOWN_SPECIAL = set("\\`*_{}[]()<>#+-.!|~&")


def md(text) -> str:
    """User text (a reform's name) as literal Markdown text: every character Markdown could read as markup escaped."""
    return "".join("\\" + c if c in MARKDOWN_SPECIAL else c for c in " ".join(str(text).split()))


def markdown(tables: dict[str, list[dict]], scenarios: list[str], meta: dict, chart_files: dict[str, str], lang: str = "nl") -> str:
    """The report in Dutch (`lang="nl"`) or English: the same tables, texts from the web's catalogue (werkzorg.translation)."""
    _ = translator(lang)
    base = scenarios[0]
    reforms = scenarios[1:]
    title = ", ".join(md(s) for s in reforms) if reforms else _("Basis")
    lines = [f"# {_('Microsimulatie')} {meta.get('year', '')}: {title}", ""]
    lines += [
        _("Populatie: %(households)s huishoudens in het bestand, gewogen naar %(weighted)s Nederlandse huishoudens (seed %(seed)s, populatie-hash %(hash)s, modelversie %(version)s).")
        % {"households": _number(meta["households"], lang=lang), "weighted": _number(meta["weighted_households"], lang=lang), "seed": meta.get("seed", "–"), "hash": meta["population_hash"], "version": meta["model_version"]}
        + " "
        + _("Statische raming: uren en lonen veranderen niet door de hervorming (behalve in de tabel marginale druk en in de scenario's '+ gedrag'), dus economische zelfstandigheid (netto inkomen uit werk) verandert alleen als de hervorming de belasting op werk verandert.")
        + " "
        + ("" if tables.get("gedrag") else _("Deze berekening heeft geen scenario met gedrag (uitgezet).") + " ")
        + _("Zie docs/microsim.md."),
        "",
    ]
    lines += behaviour_lines(tables, lang)
    for row in tables.get("samenvatting", []):
        n = row["hervorming"]
        lines += [
            f"## {md(n)}",
            "",
            f"- {_('Economisch zelfstandig, vrouwen')}: {_pct(row['zelfstandig_vrouwen_basis'], lang=lang)} → {_pct(row['zelfstandig_vrouwen_hervorming'], lang=lang)} ("
            + _("%(n)s vrouwen erbij") % {"n": _number(row["extra_zelfstandige_vrouwen"], lang=lang)} + ")",
            f"- {_('Economisch zelfstandig, mannen')}: {_pct(row['zelfstandig_mannen_basis'], lang=lang)} → {_pct(row['zelfstandig_mannen_hervorming'], lang=lang)} ("
            + _("%(n)s mannen erbij") % {"n": _number(row["extra_zelfstandige_mannen"], lang=lang)} + ")",
            f"- {_('Huishoudens erop vooruit')}: {_number(row['huishoudens_erop_vooruit'], lang=lang)}; {_('erop achteruit')}: {_number(row['huishoudens_erop_achteruit'], lang=lang)}",
            "- " + _("Netto kosten voor de overheid: %(amount)s mln per jaar") % {"amount": euro(row["netto_kosten_mln"], lang)},
            *([f"- {_zero_effect(row['toelichting'], lang)}"] if row.get("toelichting") else []),
            "",
        ]
    lines += [
        f"## {_('Economische zelfstandigheid')}",
        "",
        _("CBS 2024 ter vergelijking: vrouwen %(women)s, mannen %(men)s (15 jaar tot AOW-leeftijd, niet in opleiding).")
        % {"women": _pct(PUBLISHED_INDEPENDENCE["vrouw"], 0, lang), "men": _pct(PUBLISHED_INDEPENDENCE["man"], 0, lang)},
        "",
    ]
    for key, group, heading in (("zelfstandigheid_huishouden", "huishouden", _("Huishouden")), ("zelfstandigheid_jongste_kind", "jongste_kind", _("Jongste kind"))):
        lines += _table([_("Geslacht"), heading, _("Personen")] + [_("aandeel %(scenario)s") % {"scenario": _scenario(s, _)} for s in scenarios])
        for r in tables[key]:
            lines.append(_row([_group(r["geslacht"], _), _group(r[group], _), _number(r["personen"], lang=lang)] + [_pct(r[f"aandeel_{s}"], lang=lang) for s in scenarios]))
        lines.append("")
    if "zelfstandigheid" in chart_files:
        lines += [f"![{_('Economische zelfstandigheid')}]({chart_files['zelfstandigheid']})", ""]
    lines += poverty_lines(tables, lang)
    lines += [f"## {_('Besteedbaar inkomen per deciel')}", "", _("Decielen van het gestandaardiseerde besteedbaar inkomen in de basis (huishoudens, gewogen)."), ""]
    header = [_("Deciel"), _("gemiddeld %(scenario)s") % {"scenario": _scenario(base, _)}]
    header += [x for s in reforms for x in (_("verschil %(scenario)s") % {"scenario": md(s)}, _("vooruit > 1 %"), _("vooruit > 5 %"), _("achteruit > 1 %"), _("achteruit > 5 %"))]
    lines += _table(header)
    for r in tables["decielen"]:
        cells = [str(r["deciel"]), euro(r["besteedbaar_basis"], lang)]
        for s in reforms:
            cells += [euro(r[f"verschil_{s}"], lang), _pct(r[f"wint_1pct_{s}"], lang=lang), _pct(r[f"wint_5pct_{s}"], lang=lang), _pct(r[f"verliest_1pct_{s}"], lang=lang), _pct(r[f"verliest_5pct_{s}"], lang=lang)]
        lines.append(_row(cells))
    lines.append("")
    if "winnaars_verliezers" in chart_files:
        lines += [f"![{_('Winnaars en verliezers')}]({chart_files['winnaars_verliezers']})", ""]
    lines += [f"## {_('Budget per regeling (€ mln per jaar)')}", ""]
    lines += _table([_("Regeling"), _scenario(base, _), _("gepubliceerd")] + [_("kosten %(scenario)s") % {"scenario": md(s)} for s in reforms])
    for r in tables["budget"]:
        cells = [_group(r["instrument"], _), "–" if r["basis_mln"] is None else _number(r["basis_mln"], lang=lang), "–" if r["gepubliceerd_mln"] is None else _number(r["gepubliceerd_mln"], lang=lang)]
        cells += [_number(r.get(f"kosten_{s}_mln") or 0.0, lang=lang) for s in reforms]
        lines.append(_row(cells))
    lines += ["", _("Gepubliceerd: begroting 2024 (1e suppletoire); zorgtoeslag 2021. Het model rekent met de regels van het gesimuleerde jaar; verschillen worden uitgelegd in docs/microsim.md."), ""]
    if "kosten" in chart_files:
        lines += [f"![{_('Kosten')}]({chart_files['kosten']})", ""]
    lines += [f"## {_('Marginale druk van de tweede verdiener')}", "", _("Eén werkdag (8 uur per week) meer voor de partner met het laagste loon, bij gelijk uurloon en meer opvanguren."), ""]
    rows = tables["marginale_druk_tweede_verdiener"]
    if rows:
        labels = [k for k in rows[0] if k not in ("scenario", "tweede_verdiener", "huishoudens", "mediaan")]
        lines += _table([_("Scenario"), _("tweede verdiener"), _("mediaan"), *[_pressure_band(k, lang) for k in labels]])
        for r in rows:
            lines.append(_row([_scenario(r["scenario"], _), _group(r["tweede_verdiener"], _), _pct(r["mediaan"], lang=lang)] + [_pct(r[k], lang=lang) for k in labels]))
        lines.append("")
    if "marginale_druk" in chart_files:
        lines += [f"![{_('Marginale druk')}]({chart_files['marginale_druk']})", ""]
    return "\n".join(lines)


def _pressure_band(label: str, lang: str) -> str:
    """A band of marginal pressure ("40–50 %", a data key) as the language writes a percentage: "40–50%" in English."""
    return label.replace(" %", "%") if language(lang) == "en" else label


def _zero_effect(text: str, lang: str) -> str:
    """Why a reform changes nothing (werkzorg.microsim.outputs.zero_effect_explanation); in English the web page's text."""
    if language(lang) != "en":
        return text
    return translator(lang)(
        "Deze hervorming verandert voor geen enkel huishouden in de populatie iets. Geen huishouden is in de situatie die "
        "de hervorming verandert (bijvoorbeeld: alle ouders met kinderopvang in de populatie werken al), of de gewijzigde "
        "datum valt buiten het rekenjaar. Dat zegt iets over de synthetische populatie, niet per se over Nederland."
    )


def poverty_lines(tables: dict[str, list[dict]], lang: str = "nl") -> list[str]:
    """The section on low income and inequality, with what the population cannot show."""
    _ = translator(lang)
    rows = tables.get("armoede_ongelijkheid", [])
    if not rows:
        return []
    lines = [f"## {_('Laag inkomen en ongelijkheid')}", "", f"{_('Lage-inkomensgrens')}: {_note('bron', lang)}. {_note('armoede', lang)}", ""]
    lines += _table([_("Scenario"), _("personen met laag inkomen"), _("Aandeel personen"), _("Aandeel kinderen"), "Gini"])
    for r in rows:
        children = r["aandeel_kinderen_laag_inkomen"]
        lines.append(_row([_scenario(r["scenario"], _), _number(r["personen_laag_inkomen"], lang=lang), _pct(r["aandeel_personen_laag_inkomen"], lang=lang), _pct(children, lang=lang), _number(r["gini"], 3, lang)]))
    lines += ["", _note("gini", lang), ""]
    winners = tables.get("winnaars_verliezers", [])
    if winners:
        lines += _table([_("Hervorming"), _("Personen erop vooruit"), _("Personen erop achteruit"), _("gelijk"), _("Gemiddelde winst per huishouden (euro)"), _("Gemiddeld verlies per huishouden (euro)")])
        for r in winners:
            lines.append(_row([md(r["hervorming"]), _number(r["personen_erop_vooruit"], lang=lang), _number(r["personen_erop_achteruit"], lang=lang), _number(r["personen_gelijk"], lang=lang), euro(r["gemiddelde_winst_huishouden"], lang), euro(r["gemiddeld_verlies_huishouden"], lang)]))
        lines += ["", _note("winnaars_verliezers", lang), ""]
    return lines


#: The folder (inside the output folder) and file names of the report per language; the Dutch one stays where it was.
REPORT_FOLDERS = {"nl": ".", "en": "en"}
REPORT_NAMES = {"nl": "rapport", "en": "report"}


def report_directory(directory: Path, lang: str = "nl") -> Path:
    """Where the report in `lang` is written: the output folder itself (Dutch) or its subfolder en/ (English)."""
    return Path(directory) / REPORT_FOLDERS[language(lang)]


def pdf_path(directory: Path, lang: str = "nl") -> Path:
    """The report's PDF in `lang`: rapport.pdf, or en/report.pdf."""
    return report_directory(directory, lang) / f"{REPORT_NAMES[language(lang)]}.pdf"


def write_report(tables: dict[str, list[dict]], scenarios: list[str], meta: dict, directory: Path, pdf: bool = False, lang: str = "nl") -> dict[str, Path]:
    """Charts (SVG), the Markdown report and (with `pdf`) its PDF in `lang`: Dutch in `directory` (rapport.md,
    rapport.pdf), English in `directory`/en/ (report.md, report.pdf), each with its own charts."""
    lang = language(lang)
    folder = report_directory(directory, lang)
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    chart_files = {}
    for name, svg in charts(tables, scenarios, translator(lang), lang).items():
        path = folder / f"{name}.svg"
        path.write_text(svg, encoding="utf-8")
        chart_files[name] = path.name
        written[name] = path
    text = markdown(tables, scenarios, meta, chart_files, lang)
    name = REPORT_NAMES[lang]
    (folder / f"{name}.md").write_text(text, encoding="utf-8")
    written["rapport"] = folder / f"{name}.md"
    if pdf:
        path = write_pdf(text, folder, lang)
        if path:
            written["pdf"] = path
    return written


def pdf_html(text: str, lang: str = "nl") -> str:
    """The Markdown report as the HTML page WeasyPrint prints: no raw HTML from the Markdown (user text is escaped as
    Markdown too, see md)."""
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark", {"html": False}).enable("table").render(text)
    style = "<style>body{font-family:sans-serif;font-size:10pt} table{border-collapse:collapse} td,th{border:1px solid #999;padding:2px 4px} img{max-width:100%}</style>"
    lang = language(lang)
    title = translator(lang)("Microsimulatie")
    return f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>{style}</head><body>{body}</body></html>"


def write_pdf(text: str, directory: Path, lang: str = "nl") -> Path | None:
    """The Markdown report as PDF (WeasyPrint); None when WeasyPrint or Pango is missing. WeasyPrint may read only the
    report's own files (the charts), never another file or a URL."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError):
        return None
    path = Path(directory) / f"{REPORT_NAMES[language(lang)]}.pdf"
    HTML(string=pdf_html(text, lang), base_url=str(directory), url_fetcher=_own_files(directory)).write_pdf(path)
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
