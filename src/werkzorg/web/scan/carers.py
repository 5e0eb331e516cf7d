"""Pages for working mantelzorgers: what you can arrange, a conversation guide, a printable support plan (GET only)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from werkzorg.input_errors import InputError
from werkzorg.leave.finder import find
from werkzorg.leave.schema import parse_question
from werkzorg.scan.legal import leave_facts
from werkzorg.web.scan.forms import NEEDS, SupportPlanForm

EXAMPLE_HOURS = 36


def home(request: HttpRequest) -> HttpResponse:
    hours = request.GET.get("uren") or str(EXAMPLE_HOURS)
    error = None
    try:
        question = parse_question({"situatie": "zorg_naaste", "uren_per_week": hours.replace(",", ".")})
    except InputError as problem:
        error = problem.errors[0]
        question = parse_question({"situatie": "zorg_naaste", "uren_per_week": EXAMPLE_HOURS})
    leave = [r for r in find(question) if r.code in ("kortdurend_zorgverlof", "langdurend_zorgverlof")]
    hours_value = question.jobs()[0].uren_per_week
    return render(request, "mantelzorg/home.html", {"leave": leave, "hours": f"{hours_value:g}", "error": error, "facts": leave_facts(question.peildatum)})


def gesprek(request: HttpRequest) -> HttpResponse:
    return render(request, "mantelzorg/gesprek.html", {"facts": leave_facts()})


def plan(request: HttpRequest) -> HttpResponse:
    bound = "maak" in request.GET
    form = SupportPlanForm(request.GET if bound else None)
    if bound and form.is_valid():
        needs = [str(label) for code, label in NEEDS if code in form.cleaned_data["nodig"]]
        return render(request, "mantelzorg/plan_print.html", {"plan": form.cleaned_data, "needs": needs, "edit_url": request.get_full_path().replace("maak=1", "")})
    return render(request, "mantelzorg/plan.html", {"form": form}, status=400 if bound else 200)
