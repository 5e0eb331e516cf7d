"""The leave finder pages: choose what is happening, answer a few questions, see every leave that fits, get the letters."""

from __future__ import annotations

import datetime
import math
from urllib.parse import urlencode
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from werkzorg.budget.charts import bar_chart
from werkzorg.input_errors import InputError
from werkzorg.leave.income import income_effect, parse_plan
from werkzorg.leave import letters
from werkzorg.leave.finder import find
from werkzorg.leave.language import date_text, language
from werkzorg.leave.report import MONTH_NAMES, MONTH_NAMES_EN, SITUATIONS, amount_text, how_much_text, situation_text
from werkzorg.leave.schema import parse_question
from werkzorg.model import MODELLED_YEARS, tax_benefit_system
from werkzorg.web import household_state as state
from werkzorg.web.budget import forms as budget_forms
from werkzorg.web.household_forms import plain
from werkzorg.web.number_filters import active, euro
from werkzorg.web.verlof.forms import (
    LEAVE_ROWS, PLAN_YEARS, LetterForm, PlanForms, PlanStartForm, QuestionForm, SituationForm, household_year, partner_labels,
)


def start(request: HttpRequest) -> HttpResponse:
    form = SituationForm(request.GET if "situatie" in request.GET else None)
    if form.is_bound and form.is_valid():
        return redirect(f"{reverse('verlof:vragen')}?situatie={form.cleaned_data['situatie']}")
    return render(request, "verlof/start.html", {"form": form})


def vragen(request: HttpRequest) -> HttpResponse:
    situation = request.GET.get("situatie")
    if situation not in SITUATIONS:
        return redirect("verlof:start")
    bound = "verder" in request.GET
    lang = language(get_language())
    form = QuestionForm(situation, request.GET if bound else None)
    if bound and form.is_valid():
        data = {"situatie": situation, **{k: plain(v) for k, v in form.cleaned_data.items() if v not in (None, "", False)}}
        try:
            parse_question(data)
        except InputError as error:
            for problem in error.errors:
                field = problem.field.split(".")[0]
                form.add_error(field if field in form.fields else None, problem.message_en if lang == "en" else problem.message_nl)
        else:
            return redirect(f"{reverse('verlof:uitkomst')}?q={state.encode(data)}")
    return render(request, "verlof/vragen.html", {"form": form, "situation": situation, "title": situation_text(situation, lang)})


def _question(request: HttpRequest):
    try:
        data = state.decode(request.POST.get("q") if request.method == "POST" else request.GET.get("q"))
        return data, parse_question(data)
    except (state.BadState, InputError):
        return None, None


def uitkomst(request: HttpRequest) -> HttpResponse:
    data, question = _question(request)
    if question is None:
        return render(request, "budget/onleesbaar.html", status=400)
    encoded = state.encode(data)
    lang = language(get_language())  # the rule texts in the page's language; letters stay Dutch (they go to the employer)
    items = []
    for index, found in enumerate(find(question)):
        regeling = found.in_language(lang)
        items.append(
            {
                "regeling": regeling,
                "how_much": how_much_text(regeling, lang),
                "when": " – ".join(date_text(d, lang) for d in (regeling.van, regeling.tot) if d),
                "amount": amount_text(regeling, lang),
                "ask_by": date_text(regeling.aanvragen_uiterlijk, lang) if regeling.aanvragen_uiterlijk else "",
                "decide_by": date_text(regeling.werkgever_beslist_uiterlijk, lang) if regeling.werkgever_beslist_uiterlijk else "",
                "change_by": date_text(regeling.werkgever_wijzigt_uiterlijk, lang) if regeling.werkgever_wijzigt_uiterlijk else "",
                "letter_url": reverse("verlof:brief", args=[index]) if letters.needs_letter(regeling) else None,
                "late": bool(regeling.aanvragen_uiterlijk and regeling.aanvragen_uiterlijk < budget_forms.today()),
            }
        )
    return render(
        request,
        "verlof/uitkomst.html",
        {"title": situation_text(question.situatie, lang), "items": items, "q": encoded, "letter_form": LetterForm(), "change_url": f"{reverse('verlof:vragen')}?situatie={question.situatie}",
         "plan_url": plan_link(question, [item["regeling"] for item in items]), "budget_url": budget_link(question)},
    )


@require_http_methods(["GET", "POST"])
def brief(request: HttpRequest, index: int) -> HttpResponse:
    """The request letter for the index-th regeling: text by default, PDF with formaat=pdf.

    The page posts the form with the writer's name, so the name is in no web address; a GET gives the letter with
    a blank to fill in.
    """
    data, question = _question(request)
    if question is None:
        return render(request, "budget/onleesbaar.html", status=400)
    found = find(question)
    if not 0 <= index < len(found) or not letters.needs_letter(found[index]):
        return render(request, "budget/onleesbaar.html", status=404)
    form = LetterForm(request.POST if request.method == "POST" else request.GET)
    form.is_valid()
    writer = form.cleaned_data.get("naam") or question.naam
    text = letters.letter(question, found[index], writer)
    name = f"brief-{found[index].code}"
    if form.cleaned_data.get("formaat") == "vertaling":  # the English version, to read; the Dutch one goes to the employer
        text, name = letters.letter(question, found[index], writer, lang="en"), f"letter-{found[index].code}-english"
    if form.cleaned_data.get("formaat") == "pdf":
        from django.template.loader import render_to_string

        from werkzorg.web.budget.pdf import PdfUnavailable, render_pdf

        html = render_to_string("verlof/brief.html", {"paragraphs": text.split("\n\n"), "title": _("Brief")})
        try:
            response = HttpResponse(render_pdf(html), content_type="application/pdf")
        except PdfUnavailable:
            response = HttpResponse(text, content_type="text/plain; charset=utf-8")
            name += ".txt"
        else:
            name += ".pdf"
    else:
        response = HttpResponse(text, content_type="text/plain; charset=utf-8")
        name += ".txt"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


# --- the leave plan --------------------------------------------------------------------------------------------------

#: Leave in the finder's answer → leave in a plan (the paid or unpaid kinds that change the month's income).
PLANNED = {
    "zwangerschaps_en_bevallingsverlof": "bevallingsverlof",
    "aanvullend_geboorteverlof": "aanvullend_geboorteverlof",
    "betaald_ouderschapsverlof": "betaald_ouderschapsverlof",
    "adoptieverlof": "adoptieverlof",
    "pleegzorgverlof": "adoptieverlof",
    "langdurend_zorgverlof": "langdurend_zorgverlof",
}
#: Situations in which working fewer hours (not a leave with a benefit) is the question: the budget tool answers it.
FEWER_HOURS = ("aanpassing_arbeidsduur", "ouderschap", "zorg_naaste")


def plan_link(question, regelingen) -> str | None:
    """A plan page pre-filled from the finder's answer: the asker's wage and hours, the child, and the paid leave in the
    year of the birth, one period after the other. No names: the household and the leave travel encoded in the link.
    None where no leave changes the month's income."""
    birth = question.geboortedatum or question.uitgerekende_datum
    year = (birth or question.start_verlof or question.peildatum).year
    if year not in PLAN_YEARS:
        return None
    hours = sum(job.uren_per_week for job in question.jobs())
    days = _days_a_week(hours)
    partner: dict[str, Any] = {"dagen_per_week": days, "uren_per_dag": round(hours / days, 1)}
    if question.jaarloon:
        partner["jaarloon"] = round(question.jaarloon)
    household: dict[str, Any] = {"jaar": household_year(year), "partners": [partner], "kinderen": [{"geboortedatum": birth.isoformat()}] if birth else []}
    leave: dict[str, str] = {}
    row, free_from = 0, None
    seen = set()
    for regeling in regelingen:
        kind = PLANNED.get(regeling.code)
        if kind is None or kind in seen or regeling.van is None or row >= LEAVE_ROWS:
            continue
        seen.add(kind)
        start = max(regeling.van, free_from) if free_from else regeling.van
        weeks = regeling.weken or (regeling.uren or 0) / hours
        if start.year not in (year, year + 1) or not weeks:
            continue
        leave |= {f"r{row}_verlof": kind, f"r{row}_partner": "0", f"r{row}_van": start.isoformat(), f"r{row}_weken": f"{weeks:g}"}
        free_from = start + datetime.timedelta(weeks=weeks)
        row += 1
    if row == 0:
        return None
    query = {"jaar": year, "volwassenen": 1, "kinderen": len(household["kinderen"]), "h": state.encode(household), "v": state.encode(leave)}
    return f"{reverse('verlof:plan')}?{urlencode(query)}"


def _days_a_week(hours: float) -> int:
    """Working days for weekly hours, assuming days of at most 8 hours (36 hours: 5 days of 7,2)."""
    return min(5, max(1, math.ceil(hours / 8)))


def budget_link(question) -> str | None:
    """The budget tool's first step, pre-filled with the asker's year, hourly wage and hours: what fewer hours yield."""
    if question.situatie not in FEWER_HOURS or not question.jaarloon:
        return None
    year = (question.gewenste_ingangsdatum or question.start_verlof or question.peildatum).year
    if year not in MODELLED_YEARS:
        return None
    hours = sum(job.uren_per_week for job in question.jobs())
    days = _days_a_week(hours)
    holiday_pay = tax_benefit_system().get_parameters_at_instant(f"{year}-01-01").wet_minimumloon.vakantiebijslag_percentage
    hourly = question.jaarloon / (1 + holiday_pay) / (hours * 52)
    partner = {"uurloon": round(hourly, 2), "uren_per_dag": round(hours / days, 1), "dagen_per_week": days}
    return f"{reverse('budget:huishouden')}?h={state.encode({'jaar': year, 'volwassenen': 1, 'partners': [partner]})}"


def plan(request: HttpRequest) -> HttpResponse:
    """A leave plan for the whole household and what it does to each month's income (nothing is stored).

    Step 1 (GET) asks how many adults and children; step 2 shows the shared household forms and the leave, and is
    posted, so names never appear in a web address. `?h=` (from the budget tool) and `?v=` (from the leave finder)
    pre-fill the forms.
    """
    try:
        household = state.decode(request.GET.get("h"))
        leave = state.decode(request.GET.get("v"))
    except state.BadState:
        return render(request, "budget/onleesbaar.html", status=400)
    counted = {"jaar", "volwassenen", "kinderen"} <= set(request.GET)
    start = PlanStartForm(request.GET if counted else None, initial=_start_initial(household))
    if not (counted and start.is_valid()):
        return render(request, "verlof/plan.html", {"start": start, "h": request.GET.get("h", "")})
    counts = start.cleaned_data
    posted = request.method == "POST"
    forms = PlanForms(counts["jaar"], counts["volwassenen"], counts["kinderen"], request.POST if posted else None,
                      initial={**household, "verlof": leave})
    context: dict[str, Any] = {"forms": forms, "change_url": f"{reverse('verlof:plan')}?{urlencode({'h': request.GET.get('h', '')})}"}
    if posted and forms.is_valid():
        english = get_language() == "en"
        try:
            verlofplan = parse_plan(forms.plan_data())
        except InputError as error:
            for problem in error.errors:
                forms.add_error(problem.field, problem.message_en if english else problem.message_nl)
        else:
            context |= _plan_result(verlofplan, income_effect(verlofplan))
    return render(request, "verlof/plan.html", context)


def _start_initial(household: dict[str, Any]) -> dict[str, Any]:
    """Step 1 pre-filled from a household (the budget tool's `?h=`): its year, adults and children."""
    initial = {
        "volwassenen": household.get("volwassenen") or len(household.get("partners") or []) or 2,
        "kinderen": household.get("aantal_kinderen", len(household.get("kinderen") or [])) if household else 1,
        "jaar": household.get("jaar") if household.get("jaar") in MODELLED_YEARS else MODELLED_YEARS[-1],
    }
    return initial


def _plan_result(verlofplan, effect) -> dict[str, Any]:
    english = get_language() == "en"
    household = verlofplan.huishouden
    names = [p.naam or label for p, label in zip(household.partners, partner_labels(len(household.partners)))]
    months = MONTH_NAMES_EN if english else MONTH_NAMES
    rows = [
        {
            "maand": f"{months[m.maand - 1]} {m.jaar}",
            "cells": [euro(x) if x is not None else "—" for p in range(len(names)) for x in (m.bruto_loon[p], m.uitkering[p], m.netto[p] if m.netto else None)],
            "opvang": f"{sum(m.kinderopvang_uren):.0f}",
            "over": m.besteedbaar,
        }
        for m in effect.maanden
    ]
    title = _("Wat u elke maand overhoudt met dit verlofplan")
    charted = [row for row in rows if row["over"] is not None]
    description = "; ".join(f"{row['maand']}: {euro(row['over'])}" for row in charted)
    chart = bar_chart([row["maand"] for row in charted], [row["over"] for row in charted], -1, title, description, "plan", active()) if charted else ""
    for row in rows:
        row["over"] = euro(row["over"]) if row["over"] is not None else "—"
    years = [_year_view(year, names, english) for year in effect.jaren]
    children = [k.naam or _("Kind %(number)s") % {"number": i + 1} for i, k in enumerate(household.kinderen)]
    starts = [{"kind": child, "vanaf": date_text(start, "en" if english else "nl")} for child, start in zip(children, effect.opvang_vanaf) if start]
    modelled = [str(y.jaar) for y in effect.jaren if y.gemodelleerd]
    return {
        "effect": effect, "names": names, "rows": rows, "chart": chart, "years": years, "starts": starts, "modelled": ", ".join(modelled),
        "with_care": any(sum(m.kinderopvang_uren) for m in effect.maanden),
        "with_leave": euro(effect.besteedbaar_met_verlof), "without_leave": euro(effect.besteedbaar_zonder_verlof),
        "difference": euro(effect.besteedbaar_met_verlof - effect.besteedbaar_zonder_verlof, sign=True),
    }


#: The year's credits and tax per partner, in the order the Belastingdienst's aanslag lists them.
YEAR_ROWS = [
    ("arbeidsinkomen", gettext_noop("Arbeidsinkomen: loon en uitkering van UWV bij verlof")),
    ("arbeidskorting", gettext_noop("Arbeidskorting")),
    ("inkomensafhankelijke_combinatiekorting", gettext_noop("Inkomensafhankelijke combinatiekorting")),
    ("algemene_heffingskorting", gettext_noop("Algemene heffingskorting")),
    ("inkomstenbelasting", gettext_noop("Inkomstenbelasting en premies (na kortingen)")),
    ("netto_inkomen", gettext_noop("Netto inkomen over het jaar")),
]


def _year_view(year, names: list[str], english: bool) -> dict[str, Any]:
    if not year.gemodelleerd:
        return {"jaar": year.jaar, "melding": year.melding[1 if english else 0]}
    rows = [
        {"naam": _(label), "cells": [euro(getattr(part, field)) for with_leave, without in zip(year.partners_met_verlof, year.partners_zonder_verlof) for part in (with_leave, without)]}
        for field, label in YEAR_ROWS
    ]
    toeslagen = [
        {"naam": _(name.replace("_", " ")), "zonder": euro(year.toeslagen_zonder_verlof[name]), "met": euro(year.toeslagen_met_verlof[name])}
        for name in year.toeslagen_met_verlof
        if round(year.toeslagen_zonder_verlof[name]) or round(year.toeslagen_met_verlof[name])
    ]
    return {
        "jaar": year.jaar, "rows": rows, "toeslagen": toeslagen, "names": names, "uitleg": [f"{names[text['partner']]}: {text['en' if english else 'nl']}" for text in year.uitleg],
        "with_leave": euro(year.besteedbaar_met_verlof), "without_leave": euro(year.besteedbaar_zonder_verlof),
    }

