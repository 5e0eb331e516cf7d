"""What each number of hours leaves per month, month by month, as an accessible SVG line chart (server-side).

The chart has a title and a description (role="img"); the same numbers are in the table next to it.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import numpy as np
from markupsafe import Markup

from werkzorg.formatting import euro, hours
from werkzorg.route.projection import Projection
from werkzorg.translation import untranslated

#: Colour-blind-safe (after Okabe-Ito, darkened to at least 3:1 on white, WCAG 1.4.11); lines also differ in dash pattern.
COLOURS = ["#000000", "#0072B2", "#C24E00", "#007A5A", "#AA3377", "#6B5900", "#4B0092"]
DASHES = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4"]


def income_chart(p: Projection, translate: Callable[[str], str] = untranslated, lang: str = "nl") -> str:
    """`translate` gives the texts in the reader's language (the web passes Django's gettext), `lang` the amounts."""
    _ = translate
    values = p.values["besteedbaar"]
    n = len(p.months)
    left, right, top, bottom = 70, 150, 40, 50
    width, height = 760, 360
    plot_w, plot_h = width - left - right, height - top - bottom
    low = float(np.floor(np.min(values) / 250) * 250)
    high = float(np.ceil(np.max(values) / 250) * 250)
    if high <= low:
        high = low + 250

    def x(month: int) -> float:
        return left + plot_w * month / max(1, n - 1)

    def y(amount: float) -> float:
        return top + plot_h * (1 - (amount - low) / (high - low))

    title = _("Wat u per maand heeft, 36 maanden lang")
    labels = [_("Niet werken") if h == 0 else _("%(hours)s uur per week") % {"hours": hours(h, lang)} for h in p.hours]
    description = "; ".join(
        _("%(label)s: van %(first)s in maand 1 tot %(last)s in maand %(n)s") % {"label": label, "first": euro(row[0], lang), "last": euro(row[-1], lang), "n": n}
        for label, row in zip(labels, values)
    )
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" aria-labelledby="route-chart-title route-chart-desc" class="route-chart" font-family="DejaVu Sans, Arial, sans-serif">',
        f'<title id="route-chart-title">{escape(title)}</title>',
        f'<desc id="route-chart-desc">{escape(description)}</desc>',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
    ]
    step = 250 if high - low <= 2000 else 500
    amount = low
    while amount <= high + 1e-6:
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(amount):.1f}" y2="{y(amount):.1f}" stroke="#d0d0d0"/>')
        parts.append(f'<text x="{left - 6}" y="{y(amount) + 4:.1f}" text-anchor="end" font-size="13" fill="#222">{escape(euro(amount, lang))}</text>')
        amount += step
    for month in range(0, n, 6):
        parts.append(f'<line x1="{x(month):.1f}" x2="{x(month):.1f}" y1="{top}" y2="{top + plot_h}" stroke="#eeeeee"/>')
        parts.append(f'<text x="{x(month):.1f}" y="{top + plot_h + 18}" text-anchor="middle" font-size="13" fill="#222">{month + 1}</text>')
    parts.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 10}" text-anchor="middle" font-size="13" fill="#222">{escape(_("Maand"))}</text>')
    parts.append(f'<line x1="{x(5.5):.1f}" x2="{x(5.5):.1f}" y1="{top}" y2="{top + plot_h}" stroke="#555" stroke-dasharray="3 3"/>')
    parts.append(f'<text x="{x(5.5) + 4:.1f}" y="{top - 8}" font-size="13" fill="#222">{escape(_("na 6 maanden: minder vrijlating"))}</text>')
    for index, (label, row) in enumerate(zip(labels, values)):
        colour, dash = COLOURS[index % len(COLOURS)], DASHES[index % len(DASHES)]
        points = " ".join(f"{x(m):.1f},{y(float(v)):.1f}" for m, v in enumerate(row))
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2.5"{dash_attr} points="{points}"/>')
        legend_y = top + 18 * index + 10
        parts.append(f'<line x1="{left + plot_w + 12}" x2="{left + plot_w + 38}" y1="{legend_y}" y2="{legend_y}" stroke="{colour}" stroke-width="2.5"{dash_attr}/>')
        parts.append(f'<text x="{left + plot_w + 44}" y="{legend_y + 4}" font-size="13" fill="#222">{escape(label)}</text>')
    parts.append("</svg>")
    # Every text in `parts` went through escape(), so this is safe markup by construction: templates show it without |safe.
    return Markup("\n".join(parts))
