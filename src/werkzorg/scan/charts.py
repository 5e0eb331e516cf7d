"""One SVG bar per theme: the score on a 0–100 scale with the level bands, and the benchmark mean when there is one.

Readable without JavaScript and in the PDF; `role="img"` with a title and description (the report also gives the
numbers in a table). Texts go through `translate` (the web passes Django's gettext).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from markupsafe import Markup

# Band colours (light, for the background) and the bar colour: dark enough for 4.5:1 against white text.
BANDS = ["#fde2e1", "#fff2cc", "#e2f0d9"]
BAR = "#1d5396"
MARK = "#111111"


def _same(text: str) -> str:
    return text


def theme_bar(ident: str, name: str, score: int, levels: list[tuple[int, str]], mean: int | None = None, translate: Callable[[str], str] = _same) -> str:
    """`levels` are (vanaf, naam) pairs in order; `ident` makes the title/desc ids unique on the page."""
    _ = translate
    width, left, right, top, bar = 560, 10, 10, 8, 30
    inner = width - left - right
    height = top + bar + 44 + (18 if mean is not None else 0)

    def x(value: float) -> float:
        return left + inner * max(0, min(100, value)) / 100

    description = _("Score %(score)s van 100.") % {"score": score}
    if mean is not None:
        description += " " + _("Gemiddelde van vergelijkbare werkgevers: %(mean)s.") % {"mean": mean}
    title = _("Score voor %(theme)s") % {"theme": name}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" aria-labelledby="{ident}-title {ident}-desc" class="chart scan-bar">',
        f'<title id="{ident}-title">{escape(title)}</title><desc id="{ident}-desc">{escape(description)}</desc>',
    ]
    bounds = [v for v, _n in levels] + [100]
    for index, (start, label) in enumerate(levels):
        x0, x1 = x(start), x(bounds[index + 1])
        parts.append(f'<rect x="{x0:.1f}" y="{top}" width="{x1 - x0:.1f}" height="{bar}" fill="{BANDS[min(index, len(BANDS) - 1)]}"/>')
        parts.append(f'<text x="{(x0 + x1) / 2:.1f}" y="{top + bar + 18}" text-anchor="middle" class="tick">{escape(label)}</text>')
    parts.append(f'<rect x="{left}" y="{top + 8}" width="{x(score) - left:.1f}" height="{bar - 16}" fill="{BAR}"/>')
    parts.append(f'<text x="{min(x(score) + 6, width - 40):.1f}" y="{top + bar - 9}" class="cell">{score}</text>')
    if mean is not None:
        parts.append(f'<line x1="{x(mean):.1f}" x2="{x(mean):.1f}" y1="{top - 4}" y2="{top + bar + 4}" stroke="{MARK}" stroke-width="3" stroke-dasharray="4 2"/>')
        parts.append(f'<text x="{left}" y="{height - 6}" class="note">{escape(_("Stippellijn: gemiddelde van vergelijkbare werkgevers"))} ({mean})</text>')
    parts.append(f'<text x="{left}" y="{top + bar + 38}" class="note">0</text><text x="{width - right}" y="{top + bar + 38}" text-anchor="end" class="note">100</text>')
    parts.append("</svg>")
    # Every text went through escape() and the numbers are integers: safe markup by construction, shown without |safe.
    return Markup("".join(parts))
