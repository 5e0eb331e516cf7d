"""One SVG bar per theme: the score on a 0–100 scale with the level bands, and the benchmark mean when there is one.

Readable without JavaScript and in the PDF; `role="img"` with a title and description (the report also gives the
numbers in a table). Texts go through `translate` (the web passes Django's gettext).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from markupsafe import Markup

from werkzorg.translation import untranslated

# Band colours (light, for the background) and the bar colour: dark enough for 4.5:1 against white text.
BANDS = ["#fde2e1", "#fff2cc", "#e2f0d9"]
BAR = "#1d5396"
MARK = "#111111"
#: Room a score ("100") takes at the chart's text size, in viewBox units.
SCORE_WIDTH = 44


def theme_bar(ident: str, name: str, score: int, levels: list[tuple[int, str]], mean: int | None = None, translate: Callable[[str], str] = untranslated) -> str:
    """`levels` are (vanaf, naam) pairs in order; `ident` makes the title/desc ids unique on the page.

    Drawn 400 units wide so that its 20-unit text stays at least 12 px on a 320 px phone (werkzorg.css): "0" and "100"
    above the bar, the level names below it on two alternating rows (the first from the left edge, the last to the
    right edge) so that long names ("Zorgvriendelijk", "Care-friendly") never run into each other, and the benchmark
    note on two lines."""
    _ = translate
    width, left, right, top, bar, row = 400, 10, 10, 28, 30, 22
    inner = width - left - right
    note = _("Stippellijn: gemiddelde van vergelijkbare werkgevers") + f" ({mean})" if mean is not None else ""
    lines = _two_lines(note) if note else []
    height = top + bar + 2 * row + 8 + row * len(lines)

    def x(value: float) -> float:
        return left + inner * max(0, min(100, value)) / 100

    description = _("Score %(score)s van 100.") % {"score": score}
    if mean is not None:
        description += " " + _("Gemiddelde van vergelijkbare werkgevers: %(mean)s.") % {"mean": mean}
    title = _("Score voor %(theme)s") % {"theme": name}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" aria-labelledby="{ident}-title {ident}-desc" class="chart scan-bar">',
        f'<title id="{ident}-title">{escape(title)}</title><desc id="{ident}-desc">{escape(description)}</desc>',
        f'<text x="{left}" y="{top - 8}" class="note">0</text><text x="{width - right}" y="{top - 8}" text-anchor="end" class="note">100</text>',
    ]
    bounds = [v for v, _n in levels] + [100]
    for index, (start, label) in enumerate(levels):
        x0, x1 = x(start), x(bounds[index + 1])
        parts.append(f'<rect x="{x0:.1f}" y="{top}" width="{x1 - x0:.1f}" height="{bar}" fill="{BANDS[min(index, len(BANDS) - 1)]}"/>')
        if index == 0:
            anchor, at = "start", x0
        elif index == len(levels) - 1:
            anchor, at = "end", x1
        else:
            anchor, at = "middle", (x0 + x1) / 2
        y = top + bar + row * (1 + index % 2) - 4
        parts.append(f'<text x="{at:.1f}" y="{y}" text-anchor="{anchor}" class="tick">{escape(label)}</text>')
    parts.append(f'<rect x="{left}" y="{top + 3}" width="{x(score) - left:.1f}" height="{bar - 6}" fill="{BAR}"/>')
    if x(score) + 6 + SCORE_WIDTH <= width - right:  # beside the bar's end
        parts.append(f'<text x="{x(score) + 6:.1f}" y="{top + bar - 8}" class="cell">{score}</text>')
    else:  # a high score: in white inside the bar's end (never dark text on the dark bar)
        parts.append(f'<text x="{x(score) - 6:.1f}" y="{top + bar - 8}" text-anchor="end" fill="#ffffff" class="cell">{score}</text>')
    if mean is not None:
        parts.append(f'<line x1="{x(mean):.1f}" x2="{x(mean):.1f}" y1="{top - 4}" y2="{top + bar + 4}" stroke="{MARK}" stroke-width="3" stroke-dasharray="4 2"/>')
        for number, line in enumerate(lines):
            parts.append(f'<text x="{left}" y="{top + bar + 2 * row + row * (number + 1)}" class="note">{escape(line)}</text>')
    parts.append("</svg>")
    # Every text went through escape() and the numbers are integers: safe markup by construction, shown without |safe.
    return Markup("".join(parts))


def _two_lines(text: str) -> list[str]:
    """A note in two lines, broken at the space nearest the middle (one line when it has no space)."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return [text]
    middle = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return [text[:middle], text[middle + 1:]]
