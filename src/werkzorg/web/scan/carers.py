"""Pages for working mantelzorgers: what you can arrange, a conversation guide, a self-check of the load (EDIZ) and a
personal support plan, printable and as a PDF.

The self-check and the plan are POSTed forms: nothing about the carer travels in a URL (so nothing lands in access
logs, proxies or browser history), and nothing is stored. A GET of the plan page shows an empty form, whatever its
query string says.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language

from werkzorg.input_errors import InputError
from werkzorg.leave.finder import find
from werkzorg.leave.language import language
from werkzorg.leave.schema import parse_question
from werkzorg.scan.legal import leave_facts
from werkzorg.scan import hulp, selfcheck
from werkzorg.web.number_filters import short_number
from werkzorg.web.scan.forms import NEEDS, SITUATIONS, SUPPORT, SelfCheckForm, SupportPlanForm

EXAMPLE_HOURS = 36


def home(request: HttpRequest) -> HttpResponse:
    hours = request.GET.get("uren") or str(EXAMPLE_HOURS)
    error = None
    try:
        question = parse_question({"situatie": "zorg_naaste", "uren_per_week": hours.replace(",", ".")})
    except InputError as problem:
        error = problem.errors[0]
        question = parse_question({"situatie": "zorg_naaste", "uren_per_week": EXAMPLE_HOURS})
    lang = language(get_language())  # the leave cards are written in both languages at their source (leave/rules.py)
    leave = [r.in_language(lang) for r in find(question) if r.code in ("kortdurend_zorgverlof", "langdurend_zorgverlof")]
    hours_value = question.jobs()[0].uren_per_week
    return render(request, "mantelzorg/home.html", {"leave": leave, "hours": short_number(hours_value), "error": error, "facts": leave_facts(question.peildatum)})


def gesprek(request: HttpRequest) -> HttpResponse:
    return render(request, "mantelzorg/gesprek.html", {"facts": leave_facts()})


def _private(response: HttpResponse) -> HttpResponse:
    """Pages that show what the carer typed: not cached by proxies or the browser, no referrer."""
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "same-origin"  # never sent to other sites; "no-referrer" would make browsers post Origin: null, which CSRF refuses
    return response


def zelftest(request: HttpRequest) -> HttpResponse:
    """The EDIZ self-check: POSTed, scored with the published scoring, shown once and never stored."""
    if request.method == "POST":
        form = SelfCheckForm(request.POST)
        if form.is_valid():
            result = selfcheck.score(form.cleaned_data)
            context = {"result": result, "facts": leave_facts(), "source": _source()}
            return _private(render(request, "mantelzorg/zelftest_uitslag.html", context))
        return _private(render(request, "mantelzorg/zelftest.html", {"form": form, "source": _source()}, status=400))
    return render(request, "mantelzorg/zelftest.html", {"form": SelfCheckForm(), "source": _source()})


def _source() -> str:
    """The EDIZ reference: a literature reference keeps its Dutch journal title, marked as Dutch for screen readers."""
    return format_html('<cite lang="nl">{}</cite>', selfcheck.SOURCE)


def _labels(choices, chosen) -> list[str]:
    return [str(label) for code, label in choices if code in chosen]


def _plan_context(form: SupportPlanForm) -> dict:
    data = form.cleaned_data
    return {
        "plan": data, "form": form, "facts": leave_facts(),
        "needs": _labels(NEEDS, data["nodig"]), "support": _labels(SUPPORT, data["steun"]), "situations": _labels(SITUATIONS, data["situatie"]),
        "chosen": set(data["nodig"]) | set(data["steun"]) | set(data["situatie"]),
    }


def plan(request: HttpRequest) -> HttpResponse:
    """GET: an empty form. POST with "maak": the printable plan; with "pdf": the plan as a PDF; otherwise (back from
    the plan, or from the self-check) the form filled in with what was posted."""
    if request.method != "POST":
        if request.GET:  # an old link with a plan in it: drop the query string, never echo it
            return redirect(request.path)
        return render(request, "mantelzorg/plan.html", {"form": SupportPlanForm()})
    form = SupportPlanForm(request.POST)
    if "maak" not in request.POST and "pdf" not in request.POST:
        form = SupportPlanForm(initial=form.data.dict() | {k: form.data.getlist(k) for k in ("nodig", "steun", "situatie")}) if form.data else SupportPlanForm()
        return _private(render(request, "mantelzorg/plan.html", {"form": form}))
    if not form.is_valid():
        return _private(render(request, "mantelzorg/plan.html", {"form": form}, status=400))
    context = _plan_context(form)
    if "pdf" in request.POST:
        return _plan_pdf(request, context)
    return _private(render(request, "mantelzorg/plan_print.html", context))


def _plan_pdf(request: HttpRequest, context: dict) -> HttpResponse:
    from werkzorg.web.budget.pdf import PdfUnavailable, render_pdf

    html = render_to_string("mantelzorg/plan_print.html", {**context, "pdf": True}, request=request)
    try:
        document = render_pdf(html)
    except PdfUnavailable:
        return _private(render(request, "budget/geen_pdf.html", {"print_url": reverse("mantelzorg:plan")}, status=503))
    response = HttpResponse(document, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="ondersteuningsplan.pdf"'
    return _private(response)


def hulp_dichtbij(request: HttpRequest) -> HttpResponse:
    """Help near the carer: choose the gemeente where the person you care for lives (a list, not free text, so the
    GET link holds only a CBS code) and see where to go there, with the national lines."""
    register = hulp.load()
    code = request.GET.get("gemeente", "")[:10]
    chosen = register.by_code(code) if code else None
    context = {"register": register, "chosen": chosen, "unknown": bool(code) and chosen is None, "register_url": hulp.REGISTER}
    return render(request, "mantelzorg/hulp.html", context, status=404 if context["unknown"] else 200)
