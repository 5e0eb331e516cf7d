"""The leave finder pages: choose what is happening, answer a few questions, see every leave that fits, get the letters."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from werkzorg.input_errors import InputError
from werkzorg.leave import letters
from werkzorg.leave.finder import find
from werkzorg.leave.language import date_text, language
from werkzorg.leave.report import SITUATIONS, amount_text, how_much_text, situation_text
from werkzorg.leave.schema import parse_question
from werkzorg.web.budget import state
from werkzorg.web.verlof.forms import QuestionForm, SituationForm


def start(request: HttpRequest) -> HttpResponse:
    form = SituationForm(request.GET if "situatie" in request.GET else None)
    if form.is_bound and form.is_valid():
        return redirect(f"{reverse('verlof:vragen')}?situatie={form.cleaned_data['situatie']}")
    return render(request, "verlof/start.html", {"form": form})


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def vragen(request: HttpRequest) -> HttpResponse:
    situation = request.GET.get("situatie")
    if situation not in SITUATIONS:
        return redirect("verlof:start")
    bound = "verder" in request.GET
    lang = language(get_language())
    form = QuestionForm(situation, request.GET if bound else None)
    if bound and form.is_valid():
        data = {"situatie": situation, **{k: _plain(v) for k, v in form.cleaned_data.items() if v not in (None, "", False)}}
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
        data = state.decode(request.GET.get("q"))
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
                "letter_url": f"{reverse('verlof:brief', args=[index])}?q={encoded}" if letters.needs_letter(regeling) else None,
            }
        )
    return render(request, "verlof/uitkomst.html", {"title": situation_text(question.situatie, lang), "items": items, "change_url": f"{reverse('verlof:vragen')}?situatie={question.situatie}"})


def brief(request: HttpRequest, index: int) -> HttpResponse:
    """The request letter for the index-th regeling: Markdown by default, PDF with ?formaat=pdf."""
    data, question = _question(request)
    if question is None:
        return render(request, "budget/onleesbaar.html", status=400)
    found = find(question)
    if not 0 <= index < len(found) or not letters.needs_letter(found[index]):
        return render(request, "budget/onleesbaar.html", status=404)
    text = letters.letter(question, found[index], question.naam)
    name = f"brief-{found[index].code}"
    if request.GET.get("formaat") == "pdf":
        from django.template.loader import render_to_string

        from werkzorg.web.budget.pdf import PdfUnavailable, render_pdf

        html = render_to_string("verlof/brief.html", {"paragraphs": text.split("\n\n"), "title": _("Brief")})
        try:
            response = HttpResponse(render_pdf(html), content_type="application/pdf")
        except PdfUnavailable:
            response = HttpResponse(text, content_type="text/markdown; charset=utf-8")
            name += ".md"
        else:
            name += ".pdf"
    else:
        response = HttpResponse(text, content_type="text/markdown; charset=utf-8")
        name += ".md"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
