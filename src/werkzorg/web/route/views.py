"""The route pages: what working more yields from bijstand (for her, and compact for a counsellor), and the barrier
check with a personal step plan. GET forms only: the state is in the URL, nothing is stored."""

from __future__ import annotations

import numpy as np
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from werkzorg.budget.report import euro
from werkzorg.input_errors import InputError
from werkzorg.route.charts import income_chart
from werkzorg.route.projection import project
from werkzorg.route.report import FIRST_PHASE, RULES, summary
from werkzorg.route.schema import parse_route
from werkzorg.web.route.barriers import BARRIERS, BY_CODE, FIRST_STEP, MONEY_ICON
from werkzorg.web.route.forms import BarrierForm, RouteForm

PARTS = [
    ("netto_loon", gettext_noop("Netto loon")), ("bijstand", gettext_noop("Bijstand")), ("vrijlating", gettext_noop("Vrijlating")), ("zorgtoeslag", gettext_noop("Zorgtoeslag")),
    ("huurtoeslag", gettext_noop("Huurtoeslag")), ("kindgebonden_budget", gettext_noop("Kindgebonden budget")), ("kinderbijslag", gettext_noop("Kinderbijslag")),
    ("kinderopvangtoeslag", gettext_noop("Kinderopvangtoeslag")), ("kinderopvang_kosten", gettext_noop("Kosten kinderopvang")), ("besteedbaar", gettext_noop("Wat u overhoudt")),
]


def start(request: HttpRequest) -> HttpResponse:
    plan_icon = '<path d="M9 6h11"/><path d="M9 12h11"/><path d="M9 18h11"/><path d="M4 6l1 1 2-2"/><path d="M4 12l1 1 2-2"/><path d="M4 18l1 1 2-2"/>'
    return render(request, "route/start.html", {"money_icon": MONEY_ICON, "plan_icon": plan_icon})


def _hours_label(hours: float) -> str:
    return _("Niet werken") if hours == 0 else _("%(hours)s uur per week") % {"hours": f"{hours:g}"}


def rekenen(request: HttpRequest) -> HttpResponse:
    bound = "leeftijd" in request.GET
    form = RouteForm(request.GET if bound else None)
    context: dict = {"form": form}
    if bound and form.is_valid():
        try:
            p = project(parse_route(form.route()))
        except InputError as error:
            for problem in error.errors:
                form.add_error(None, f"{problem.field}: {problem.message_nl}")
        else:
            context.update(_result(p))
    template = "route/compact.html" if request.GET.get("weergave") == "compact" and "p" in context else "route/rekenen.html"
    return render(request, template, context)


def _result(p) -> dict:
    labels = [_hours_label(h) for h in p.hours]
    months = [{"number": m + 1, "label": day.strftime("%m-%Y"), "values": [euro(p.values["besteedbaar"][o][m]) for o in range(len(p.hours))]} for m, day in enumerate(p.months)]
    phase_rows = []
    for name, label in PARTS:
        first = [euro(float(np.mean(p.values[name][o][:FIRST_PHASE]))) for o in range(len(p.hours))]
        later = [euro(float(np.mean(p.values[name][o][FIRST_PHASE:]))) for o in range(len(p.hours))]
        phase_rows.append({"label": _(label), "first": first, "later": later, "total": name == "besteedbaar"})
    return {
        "p": p,
        "labels": labels,
        "summary": summary(p, _),
        "chart": income_chart(p, _),
        "months": months,
        "phase_rows": phase_rows,
        "rules": RULES,
        "first_month": p.months[0].strftime("%m-%Y"),
        "assumptions": [_(text) % values for text, values in p.assumption_texts],
    }


def drempels(request: HttpRequest) -> HttpResponse:
    bound = "klaar" in request.GET
    form = BarrierForm(request.GET if bound else None)
    plan = None
    if bound and form.is_valid():
        plan = [BY_CODE[code] for code in form.cleaned_data["drempel"]]
    return render(request, "route/drempels.html", {"form": form, "plan": plan, "first_step": FIRST_STEP, "bound": bound, "boxes": list(zip(form["drempel"], BARRIERS)), "money_icon": MONEY_ICON})
