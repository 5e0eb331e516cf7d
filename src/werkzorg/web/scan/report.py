"""The report of one submission: recomputed from its answers and its (frozen) questionnaire version."""

from __future__ import annotations

import re

from django.urls import Resolver404, resolve, translate_url
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _

from werkzorg.scan import benchmark, charts
from werkzorg.scan.legal import leave_facts, legal_flags
from werkzorg.scan.profile import PART_TIME, SECTORS, SIZE_CLASSES
from werkzorg.scan.scoring import score


#: A page of this site named in a tip's text, as "(/verlof/)".
_PAGE = re.compile(r"\((/[a-z0-9/-]*/)\)")


def linked(tip: str) -> SafeString:
    """A tip (editors' text, escaped) whose mentions of a page of this site, "(/verlof/)", become links to that page in
    the report's language (/en/verlof/ on an English report)."""
    language = get_language() or "nl"
    parts = _PAGE.split(tip)  # text, path, text, path, …, text
    pieces = [(parts[0], "", "")]
    for path, text in zip(parts[1::2], parts[2::2]):
        with override("nl"):  # tips name the Dutch path (no language prefix)
            try:
                resolve(path)
            except Resolver404:
                pieces.append((f"({path})", "", text))
                continue
            pieces.append(("", translate_url(path, language), text))
    return format_html_join(
        "", "{}{}{}", ((before, format_html('(<a href="{}">{}</a>)', href, href) if href else "", after) for before, href, after in pieces)
    )


def comparable_scores(submission) -> list[dict[str, int]]:
    from werkzorg.web.scan.models import Submission

    return list(Submission.objects.filter(sector=submission.sector, grootte=submission.grootte).exclude(pk=submission.pk).values_list("scores", flat=True))


def build_report(submission) -> dict:
    questionnaire = submission.version.to_content(get_language() or "nl")
    answers = submission.answers_dict()
    on = submission.ingediend.date()
    report = score(questionnaire, answers, legal_flags(questionnaire, answers, submission.grootte, on))
    bench = benchmark.compare(comparable_scores(submission))
    levels = [(level.vanaf, level.naam) for level in sorted(questionnaire.niveaus, key=lambda level: level.vanaf)]
    themes = []
    for index, result in enumerate(report.themes, start=1):
        mean = bench.means.get(result.code) if bench else None
        details = []
        for question in result.theme.vragen:
            option = question.schaal.option(answers[question.code])
            details.append({"question": question, "answer": option.tekst, "points": result.points[question.code], "maximum": question.schaal.maximum})
        themes.append(
            {
                "result": result,
                "mean": mean,
                "position": bench.position(result.code, result.score) if bench else None,
                "chart": charts.theme_bar(f"thema-{index}", result.naam, result.score, levels, mean, translate=_),
                "details": details,
                "flags": [f for f in report.flags if f.theme == result.code],
            }
        )
    improvements = []
    for item in report.improvements:
        lowest = min(item.result.points.values())
        low = [q.tekst for q in item.result.theme.vragen if item.result.points[q.code] == lowest and lowest < q.schaal.maximum]
        improvements.append({"item": item, "low": low[:2], "snel": [linked(t) for t in item.snel], "structureel": [linked(t) for t in item.structureel]})
    return {
        "submission": submission,
        "report": report,
        "improvements": improvements,
        "themes": themes,
        "benchmark": bench,
        "minimum": benchmark.MINIMUM,
        "legal": [f for f in report.flags if f.legal and not f.onbekend],
        "legal_unknown": [f for f in report.flags if f.legal and f.onbekend],
        "signals": [f for f in report.flags if not f.legal],
        "facts": leave_facts(on),
        "sector": _(SECTORS.get(submission.sector, submission.sector)),
        "size": _(SIZE_CLASSES[submission.grootte][0]) if submission.grootte in SIZE_CLASSES else submission.grootte,
        "part_time": _(PART_TIME.get(submission.deeltijd, submission.deeltijd)),
    }
