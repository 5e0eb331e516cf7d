"""Charts of a budget comparison as SVG: one drawing for the web page, the PDF and the command line (PNG).

Readable without JavaScript, printable, with a text alternative. A chart is a function of the budget run; texts go
through `translate` (the web passes Django's gettext; the command line keeps the Dutch).
"""

from __future__ import annotations

from html import escape

import numpy as np
from markupsafe import Markup
from collections.abc import Callable

from werkzorg.budget.engine import BudgetRun
from werkzorg.formatting import euro, number
from werkzorg.translation import untranslated

# A sequential blue scale (light to dark) with enough contrast for the text drawn on it.
SCALE = ["#e8f1fb", "#c9ddf3", "#a3c4e9", "#79a8dc", "#4f89cc", "#2f6db5", "#1d5396", "#123c72"]


def _colour(value: float, low: float, high: float) -> tuple[str, str]:
    share = 0.0 if high <= low else (value - low) / (high - low)
    index = min(len(SCALE) - 1, int(share * len(SCALE)))
    return SCALE[index], "#ffffff" if index >= 5 else "#111111"  # at least 4.5:1 contrast either way


def disposable_income_chart(run: BudgetRun, translate: Callable[[str], str] = untranslated, names: list[str] | None = None, lang: str = "nl") -> str:
    """A 6 × 6 grid (couples) or six bars (single parents) of disposable income per month by working days.

    `names`: how the partners are called on the axes (default: their names, or Partner 1 and 2); `lang`: the language
    of the amounts (werkzorg.formatting), as `translate` is of the texts."""
    _ = translate
    income = run.now["besteedbaar_inkomen"] / 12
    names = names or run.household.partner_names()
    low, high = float(np.min(income)), float(np.max(income))
    title = _("Wat u per maand overhoudt bij elke verdeling van werkdagen")
    if len(names) == 1:
        return _bars(run, income, title, _, lang)
    cell, left, top = 64, 110, 40
    width, height = left + 6 * cell + 10, top + 6 * cell + 78
    best = int(np.argmax(income))
    description = _(
        "Raster van %(a)s (kolommen, 0 tot 5 dagen) tegen %(b)s (rijen, 0 tot 5 dagen). Nu (%(now_a)s en %(now_b)s dagen): "
        "%(now)s. Het meeste: %(best)s bij %(best_a)s en %(best_b)s dagen."
    ) % {
        "a": names[0], "b": names[1], "now_a": run.splits[run.current][0], "now_b": run.splits[run.current][1],
        "now": euro(income[run.current], lang), "best": euro(income[best], lang), "best_a": run.splits[best][0], "best_b": run.splits[best][1],
    }
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" aria-labelledby="chart-title chart-desc" class="chart">',
        f'<title id="chart-title">{escape(title)}</title><desc id="chart-desc">{escape(description)}</desc>',
        f'<text x="{left + 3 * cell}" y="{top - 14}" text-anchor="middle" class="axis">{escape(names[0])}: {escape(_("werkdagen per week"))}</text>',
        f'<text x="18" y="{top + 3 * cell}" text-anchor="middle" class="axis" transform="rotate(-90 18 {top + 3 * cell})">{escape(names[1])}: {escape(_("werkdagen"))}</text>',
    ]
    for s, (a, b) in enumerate(run.splits):
        x, y = left + a * cell, top + b * cell
        fill, ink = _colour(float(income[s]), low, high)
        stroke = ' stroke="#000" stroke-width="4"' if s == run.current else ' stroke="#fff" stroke-width="1"'
        parts.append(f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" fill="{fill}"{stroke}/>')
        parts.append(f'<text x="{x + cell / 2}" y="{y + cell / 2 + 5}" text-anchor="middle" fill="{ink}" class="cell">{escape(_short(income[s], lang))}</text>')
    for d in range(6):
        parts.append(f'<text x="{left + d * cell + cell / 2}" y="{top + 6 * cell + 20}" text-anchor="middle" class="tick">{d}</text>')
        parts.append(f'<text x="{left - 10}" y="{top + d * cell + cell / 2 + 5}" text-anchor="end" class="tick">{d}</text>')
    first, second = _("Zwarte rand: uw verdeling nu."), _("Bedragen per maand, × € 1.000.")
    parts.append(f'<text x="{left}" y="{height - 30}" class="note">{escape(first)}</text>')
    parts.append(f'<text x="{left}" y="{height - 10}" class="note">{escape(second)}</text>')
    parts.append("</svg>")
    # Every text in `parts` went through escape(), so this is safe markup by construction: templates show it without |safe.
    return Markup("".join(parts))


def _short(value: float, lang: str) -> str:
    """Thousands of euros with one decimal: 5,7 / 5.7."""
    return number(value / 1000, lang, 1)


def bar_chart(labels: list[str], values: list[float], highlight: int, title: str, description: str, chart_id: str, lang: str = "nl") -> str:
    """Horizontal bars with the amount beside each; the bar at `highlight` (the current split) is dark."""
    row, left, top, length = 42, 110, 10, 300
    width, height = left + length + 110, top + len(labels) * row + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" class="chart">',
        f'<title id="{chart_id}-title">{escape(title)}</title><desc id="{chart_id}-desc">{escape(description)}</desc>',
    ]
    top_value = max(max(values), 1.0)
    for position, (label, value) in enumerate(zip(labels, values)):
        y = top + position * row
        bar = length * max(0.0, value) / top_value
        fill = "#123c72" if position == highlight else "#79a8dc"
        parts.append(f'<text x="{left - 10}" y="{y + 26}" text-anchor="end" class="tick">{escape(label)}</text>')
        parts.append(f'<rect x="{left}" y="{y + 7}" width="{bar:.1f}" height="{row - 14}" fill="{fill}"/>')
        parts.append(f'<text x="{left + bar + 8:.1f}" y="{y + 26}" class="cell">{escape(euro(value, lang))}</text>')
    parts.append("</svg>")
    # Every text in `parts` went through escape(), so this is safe markup by construction: templates show it without |safe.
    return Markup("".join(parts))


def _bars(run: BudgetRun, income: np.ndarray, title: str, _: Callable[[str], str], lang: str) -> str:
    """Single parent: one bar per number of working days."""
    labels = [f"{days} {_('dag') if days == 1 else _('dagen')}" for (days,) in run.splits]
    description = "; ".join(_("%(days)s dagen: %(amount)s") % {"days": d[0], "amount": euro(v, lang)} for d, v in zip(run.splits, income))
    return bar_chart(labels, [float(v) for v in income], run.current, title, description, "chart", lang)


def scenario_bars(run: BudgetRun, rows: list[int], translate: Callable[[str], str] = untranslated, lang: str = "nl") -> str:
    """Horizontal bars of disposable income per month for the splits shown in the table (current one dark)."""
    _ = translate
    income = run.now["besteedbaar_inkomen"] / 12
    labels = [" / ".join(str(d) for d in run.splits[s]) for s in rows]
    description = "; ".join(f"{label}: {euro(income[s], lang)}" for label, s in zip(labels, rows))
    title = _("Wat u per maand overhoudt bij elke verdeling in de tabel")
    highlight = rows.index(run.current) if run.current in rows else -1
    return bar_chart(labels, [float(income[s]) for s in rows], highlight, title, description, "bars", lang)


def to_png(svg: str, scale: float = 2.0) -> bytes:
    """Rasterise a chart (vl-convert's bundled SVG renderer; no browser, no network)."""
    import vl_convert

    return vl_convert.svg_to_png(_with_inline_style(svg), scale=scale)


def _with_inline_style(svg: str) -> str:
    """Outside the web page there is no stylesheet: put the text styles into the SVG."""
    style = (
        "<style>text{font-family:'DejaVu Sans',Arial,sans-serif}.axis,.tick{font-size:20px;fill:#1a1a1a}.axis{font-weight:600}"
        ".cell{font-size:20px;font-weight:600}.note{font-size:20px;fill:#4a4a4a}</style>"
    )
    return str(svg).replace('class="chart">', 'class="chart">' + style, 1)
