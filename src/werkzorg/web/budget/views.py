"""The budget tool pages: four short steps, then the result. The household travels in the URL (see state.py)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from werkzorg.budget import analysis
from werkzorg.budget.engine import run
from werkzorg.household import parse_household
from werkzorg.input_errors import InputError
from werkzorg.budget import charts
from werkzorg.web import household_state as state
from werkzorg.web.budget import results
from werkzorg.budget import jaarvergelijking
from werkzorg.model.years import complete_year, offered_years
from werkzorg.web.budget import forms as budget_forms
from werkzorg.web.budget.forms import HouseholdForm
from werkzorg.web.household_forms import ChildForm, HousingForm, PartnerForm, SeparationForm
from werkzorg.web.number_filters import active as active_language

STEPS = ["budget:huishouden", "budget:werk", "budget:kinderen", "budget:wonen", "budget:uitkomst"]
META = ("volwassenen", "aantal_kinderen")


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "budget/home.html")


def _url(name: str, data: dict[str, Any], **extra: str) -> str:
    query = "&".join([f"h={state.encode(data)}", *[f"{k}={v}" for k, v in extra.items()]])
    return f"{reverse(name)}?{query}"


def _load(request: HttpRequest) -> dict[str, Any] | HttpResponse:
    try:
        return state.decode(request.GET.get("h"))
    except state.BadState:
        return render(request, "budget/onleesbaar.html", status=400)


def _next(step: str, data: dict[str, Any]) -> str:
    order = STEPS[STEPS.index(step) + 1 :]
    if not data.get("aantal_kinderen"):
        order = [name for name in order if name != "budget:kinderen"]
    return _url(order[0], data)


def _previous(step: str, data: dict[str, Any]) -> str | None:
    index = STEPS.index(step)
    if index == 0:
        return None
    order = STEPS[:index]
    if not data.get("aantal_kinderen"):
        order = [name for name in order if name != "budget:kinderen"]
    return _url(order[-1], data)


def _step(request: HttpRequest, step: str, title: str, build, save, after: str | None = None) -> HttpResponse:
    """One step of the form: show it, or read it, update the household and go on (to `after` if given)."""
    data = _load(request)
    if isinstance(data, HttpResponse):
        return data
    submitted = "verder" in request.GET
    forms = build(data, request.GET if submitted else None)
    if submitted and all(form.is_valid() for _, form in forms):
        save(data, [form.cleaned_data for _, form in forms])
        return redirect(_url(after, data) if after else _next(step, data))
    in_order = step in STEPS
    return render(
        request,
        "budget/stap.html",
        {"title": title, "forms": forms, "h": state.encode(data),
         "previous": _previous(step, data) if in_order else _url("budget:uitkomst", data),
         "step": STEPS.index(step) + 1 if in_order else None, "steps": 4},
    )


def huishouden(request: HttpRequest) -> HttpResponse:
    def build(data, bound):
        initial = {"jaar": data.get("jaar") or complete_year(budget_forms.today()), "volwassenen": data.get("volwassenen", 2), "kinderen": data.get("aantal_kinderen", 0)}
        return [("", HouseholdForm(bound, initial=initial))]

    def save(data, cleaned):
        (values,) = cleaned
        data["jaar"], data["volwassenen"], data["aantal_kinderen"] = values["jaar"], values["volwassenen"], values["kinderen"]
        data["partners"] = (data.get("partners") or [])[: values["volwassenen"]]
        data["kinderen"] = (data.get("kinderen") or [])[: values["kinderen"]]

    return _step(request, "budget:huishouden", _("Wie wonen er in uw huis?"), build, save)


def werk(request: HttpRequest) -> HttpResponse:
    def build(data, bound):
        partners = data.get("partners") or []
        forms = []
        for index in range(data.get("volwassenen", 1)):
            saved = partners[index] if index < len(partners) else {}
            label = _("U") if index == 0 else _("Uw partner")
            forms.append((label, PartnerForm(bound, prefix=f"p{index}", initial=PartnerForm.initial_from(saved))))
        return forms

    def save(data, cleaned):
        data["partners"] = [PartnerForm.household_part(values) for values in cleaned]

    return _step(request, "budget:werk", _("Werk en loon"), build, save)


def kinderen(request: HttpRequest) -> HttpResponse:
    def build(data, bound):
        children = data.get("kinderen") or []
        forms = []
        for index in range(data.get("aantal_kinderen", 0)):
            saved = children[index] if index < len(children) else {}
            forms.append((_("Kind %(number)s") % {"number": index + 1}, ChildForm(bound, prefix=f"k{index}", initial=ChildForm.initial_from(saved))))
        return forms

    def save(data, cleaned):
        data["kinderen"] = [ChildForm.household_part(values) for values in cleaned]

    return _step(request, "budget:kinderen", _("Kinderen en opvang"), build, save)


def wonen(request: HttpRequest) -> HttpResponse:
    def build(data, bound):
        return [("", HousingForm(bound, initial=HousingForm.initial_from(data)))]

    def save(data, cleaned):
        (values,) = cleaned
        data.pop("koopwoning", None)  # issue 16: rent or own home, whichever was chosen last
        data.update(HousingForm.household_part(values))

    return _step(request, "budget:wonen", _("Wonen en spaargeld"), build, save)


def scheiding(request: HttpRequest) -> HttpResponse:
    """Optional: where the children would live and the alimony, for the "if you separate" view; back to the result."""

    def build(data, bound):
        return [("", SeparationForm(bound, initial=SeparationForm.initial_from(data.get("scheiding"))))]

    def save(data, cleaned):
        (values,) = cleaned
        data["scheiding"] = SeparationForm.household_part(values)

    return _step(request, "budget:scheiding", _("Als u uit elkaar gaat"), build, save, after="budget:uitkomst")


def household_from_state(data: dict[str, Any]):
    return parse_household({key: value for key, value in data.items() if key not in META}, wages=True)


def _result_context(request: HttpRequest, data: dict[str, Any], for_print: bool) -> dict[str, Any] | HttpResponse:
    try:
        household = household_from_state(data)
    except InputError as error:
        return render(request, "budget/fouten.html", {"errors": error.errors, "start": _url("budget:huishouden", data)}, status=400)
    result = run(household)
    show_all = request.GET.get("alle") == "1"
    context = results.context(result, show_all)
    context.update(
        {
            "h": state.encode(data),
            "change_url": _url("budget:huishouden", data),
            "share_url": request.build_absolute_uri(_url("budget:uitkomst", data)),
            "all_url": _url("budget:uitkomst", data, alle="1"),
            "pdf_url": _url("budget:pdf", data),
            "print_url": _url("budget:uitkomst", data, print="1"),
            "separation_url": _url("budget:scheiding", data),
            "next_year": _next_year(household, result),
            "leave_plan_url": f"{reverse('verlof:plan')}?h={state.encode(data)}",
            "route_url": f"{reverse('route:rekenen')}?h={state.encode(data)}",
            "heatmap": charts.disposable_income_chart(result, _, results.page_names(household), active_language()),
            "bars": charts.scenario_bars(result, context["row_indices"], _, active_language()),
            "show_all": show_all,
            "print": for_print,
            # The print view and PDF are the result and its explanation in a few pages; every amount with its
            # source is an optional appendix (?bijlage=1).
            "appendix": request.GET.get("bijlage") == "1",
            "appendix_pdf_url": _url("budget:pdf", data, bijlage="1"),
            "appendix_print_url": _url("budget:uitkomst", data, print="1", bijlage="1"),
        }
    )
    return context


def _next_year(household, result) -> dict[str, Any] | None:
    """"Wat verandert er voor u in <next year>": the same household under next year's rules, once that year is offered."""
    later = household.jaar + 1
    if later not in offered_years(budget_forms.today()):
        return None
    comparison = jaarvergelijking.compare_years(household, later, earlier=result)
    return {
        "year": later,
        "missing": bool(comparison.missing),
        "rows": [
            (_(jaarvergelijking.LABELS[row.name]), results.month(row.earlier), results.month(row.later), results.month(row.difference, sign=True))
            for row in comparison.rows
        ],
    }


def uitkomst(request: HttpRequest) -> HttpResponse:
    data = _load(request)
    if isinstance(data, HttpResponse):
        return data
    context = _result_context(request, data, request.GET.get("print") == "1")
    if isinstance(context, HttpResponse):
        return context
    return render(request, "budget/uitkomst.html", context)


def pdf(request: HttpRequest) -> HttpResponse:
    """The result page as a PDF (WeasyPrint), with the same chart and tables."""
    data = _load(request)
    if isinstance(data, HttpResponse):
        return data
    context = _result_context(request, data, for_print=True)
    if isinstance(context, HttpResponse):
        return context
    from werkzorg.web.budget.pdf import PdfUnavailable, render_pdf

    html = render(request, "budget/uitkomst.html", context).content.decode()
    try:
        document = render_pdf(html)
    except PdfUnavailable:
        return render(request, "budget/geen_pdf.html", {"print_url": context["print_url"]}, status=503)
    response = HttpResponse(document, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="werkzorg-uitkomst.pdf"'
    return response


__all__ = ["analysis", "home", "huishouden", "kinderen", "uitkomst", "werk", "wonen"]
