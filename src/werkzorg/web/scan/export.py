"""Aggregate data for researchers: one row per submission, without the report link, exact time or any free text.

Columns: version, month submitted, profile codes, total, the score per theme (by theme code) and the points per
question (by question code; reversed questions already turned, "Weet ik niet" as "?"). Columns are the union over
all versions; a question a version does not have stays empty.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from fractions import Fraction

from werkzorg.scan import benchmark
from werkzorg.scan.scoring import round_half_up


def rows():
    from werkzorg.web.scan.models import Answer, Submission

    submissions = list(Submission.objects.select_related("version").order_by("ingediend", "id"))
    answers = defaultdict(dict)
    for answer in Answer.objects.select_related("question", "option", "option__scale").iterator():
        option, question = answer.option, answer.question
        maximum = max(o.score for o in option.scale.options.all()) if question.omgekeerd else None
        value = "?" if option.weet_niet else str(maximum - option.score if question.omgekeerd else option.score)
        answers[answer.submission_id][question.code] = value
    theme_codes = sorted({code for s in submissions for code in s.scores})
    question_codes = sorted({code for a in answers.values() for code in a}, key=lambda c: (len(c), c))
    header = ["versie", "maand", "sector", "grootte", "deeltijd", "totaal", *[f"thema_{c}" for c in theme_codes], *[f"vraag_{c}" for c in question_codes]]
    yield header
    for s in submissions:
        yield [
            s.version.versie, f"{s.ingediend:%Y-%m}", s.sector, s.grootte, s.deeltijd, s.totaal,
            *[s.scores.get(c, "") for c in theme_codes], *[answers[s.pk].get(c, "") for c in question_codes],
        ]


def _write(handle, table) -> int:
    """Write a header and rows as CSV; return the number of rows below the header."""
    writer = csv.writer(handle)
    count = -1
    for row in table:
        writer.writerow(row)
        count += 1
    return count


def write_csv(handle) -> int:
    return _write(handle, rows())


def statistics(minimum: int = benchmark.MINIMUM) -> dict:
    """Counts, and mean theme scores overall and per sector × size class; a group under `minimum` shows no means."""
    from werkzorg.web.scan.models import Submission

    groups = defaultdict(list)
    everything = []
    for sector, size, scores, total in Submission.objects.values_list("sector", "grootte", "scores", "totaal"):
        groups[(sector, size)].append((scores, total))
        everything.append((scores, total))

    def summary(items):
        if len(items) < minimum:
            return {"aantal": len(items), "verborgen": True}
        codes = sorted({c for scores, _t in items for c in scores})
        means = {c: round_half_up(Fraction(sum(s[c] for s, _t in items if c in s), sum(1 for s, _t in items if c in s))) for c in codes}
        return {"aantal": len(items), "totaal": round_half_up(Fraction(sum(t for _s, t in items), len(items))), "themas": means}

    return {
        "minimum": minimum,
        "alle": summary(everything),
        "groepen": [{"sector": sector, "grootte": size, **summary(items)} for (sector, size), items in sorted(groups.items())],
    }


def pulse_rows():
    """One row per employee response: a pulse number (not its link), month, the employer's profile codes and the
    points per statement (reversed statements already turned, "Weet ik niet" as "?"). No free text exists."""
    from werkzorg.scan import pulse
    from werkzorg.web.scan.models import PulseResponse

    yield ["peiling", "maand", "sector", "grootte", "deeltijd", *[f"vraag_{item.code}" for item in pulse.ITEMS]]
    for response in PulseResponse.objects.select_related("pulse__submission").order_by("pulse_id", "maand", "id"):
        submission = response.pulse.submission
        points = [pulse.item_points(item, response.antwoorden.get(item.code, "?")) for item in pulse.ITEMS]
        yield [response.pulse_id, response.maand, submission.sector, submission.grootte, submission.deeltijd, *["?" if p is None else p for p in points]]


def write_pulse_csv(handle) -> int:
    return _write(handle, pulse_rows())
