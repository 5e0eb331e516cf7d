"""The employer quick scan: profile, one page per theme, check, submit (stored in one transaction), report by secret link.

Progress lives in the Django session until the respondent submits; only then are the answers written to the
database, and the report link is shown after the transaction has committed.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.core.cache import cache
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language

from werkzorg.input_errors import InputError
from werkzorg.scan.scoring import check_answers, score
from werkzorg.web.scan.forms import ProfileForm, ThemeForm
from werkzorg.web.scan.models import Answer, QuestionnaireVersion, Submission
from werkzorg.web.scan.report import build_report

SESSION_KEY = "werkgeversscan"


def _active_version() -> QuestionnaireVersion | None:
    return QuestionnaireVersion.objects.filter(status=QuestionnaireVersion.ACTIEF).order_by("-aangemaakt", "-id").first()


def _progress(request: HttpRequest, start: bool = False):
    """(session state, version, questionnaire); a new state on the active version when there is none (or start)."""
    state = request.session.get(SESSION_KEY)
    version = None
    if state and not start:
        version = QuestionnaireVersion.objects.filter(pk=state.get("versie")).first()
    if version is None:
        version = _active_version()
        if version is None:
            return None, None, None
        state = {"versie": version.pk, "profiel": {}, "antwoorden": {}}
    return state, version, version.to_content(get_language() or "nl")


def _save(request: HttpRequest, state: dict) -> None:
    request.session[SESSION_KEY] = state
    request.session.modified = True


def _unavailable(request: HttpRequest) -> HttpResponse:
    return render(request, "scan/niet_beschikbaar.html", status=503)


def start(request: HttpRequest) -> HttpResponse:
    version = _active_version()
    if version is None:
        return _unavailable(request)
    questionnaire = version.to_content(get_language() or "nl")
    state = request.session.get(SESSION_KEY)
    busy = bool(state and (state.get("profiel") or state.get("antwoorden")))
    context = {"questionnaire": questionnaire, "busy": busy, "questions": len(questionnaire.questions()), "resume": reverse("scan:profiel")}
    if busy and state.get("profiel"):
        context["resume"] = reverse("scan:controle")
        session_questionnaire = _progress(request)[2] or questionnaire
        for number, theme in enumerate(session_questionnaire.themas, start=1):
            if any(q.code not in state.get("antwoorden", {}) for q in theme.vragen):
                context["resume"] = reverse("scan:thema", args=[number])
                break
    return render(request, "scan/start.html", context)


def profiel(request: HttpRequest) -> HttpResponse:
    state, version, questionnaire = _progress(request, start=request.method == "GET" and "opnieuw" in request.GET)
    if version is None:
        return _unavailable(request)
    if request.method == "POST":
        form = ProfileForm(request.POST)
        if form.is_valid():
            state["profiel"] = form.cleaned_data
            _save(request, state)
            return redirect("scan:thema", 1)
    else:
        form = ProfileForm(initial=state["profiel"])
        _save(request, state)
    return render(request, "scan/profiel.html", {"form": form, "steps": len(questionnaire.themas) + 2})


def _first_number(questionnaire, index: int) -> int:
    return 1 + sum(len(t.vragen) for t in questionnaire.themas[:index])


def thema(request: HttpRequest, number: int) -> HttpResponse:
    state, version, questionnaire = _progress(request)
    if version is None:
        return _unavailable(request)
    if not 1 <= number <= len(questionnaire.themas):
        return redirect("scan:thema", 1)
    if not state["profiel"]:
        return redirect("scan:profiel")
    theme = questionnaire.themas[number - 1]
    first = _first_number(questionnaire, number - 1)
    if request.method == "POST":
        form = ThemeForm(theme, first, request.POST)
        valid = form.is_valid()
        # keep whatever was answered, also on the way back or with gaps
        given = {q.code: request.POST.get(q.code) for q in theme.vragen if q.schaal.option(request.POST.get(q.code) or "") is not None}
        state["antwoorden"].update(given)
        _save(request, state)
        if "vorige" in request.POST:
            return redirect("scan:thema", number - 1) if number > 1 else redirect("scan:profiel")
        if valid:
            return redirect("scan:thema", number + 1) if number < len(questionnaire.themas) else redirect("scan:controle")
    else:
        form = ThemeForm(theme, first, initial={q.code: state["antwoorden"].get(q.code) for q in theme.vragen})
    return render(request, "scan/thema.html", {"form": form, "theme": theme, "number": number, "count": len(questionnaire.themas), "step": number + 1, "steps": len(questionnaire.themas) + 2})


def _missing(questionnaire, state) -> list[dict]:
    try:
        check_answers(questionnaire, state["antwoorden"])
    except InputError as error:
        where = {}
        for index, theme in enumerate(questionnaire.themas, start=1):
            for offset, question in enumerate(theme.vragen):
                where[question.code] = (index, _first_number(questionnaire, index - 1) + offset)
        return [{"code": e.field, "theme": where[e.field][0], "number": where[e.field][1], "message": e.message_nl if request_language_nl() else e.message_en} for e in error.errors]
    return []


def request_language_nl() -> bool:
    return (get_language() or "nl").startswith("nl")


def controle(request: HttpRequest) -> HttpResponse:
    state, version, questionnaire = _progress(request)
    if version is None:
        return _unavailable(request)
    if not state["profiel"]:
        return redirect("scan:profiel")
    return _check_page(request, state, questionnaire)


def _check_page(request, state, questionnaire, status: int = 200, extra: dict | None = None) -> HttpResponse:
    rows = []
    number = 0
    for index, theme in enumerate(questionnaire.themas, start=1):
        answers = []
        for question in theme.vragen:
            number += 1
            option = question.schaal.option(state["antwoorden"].get(question.code) or "")
            answers.append({"number": number, "question": question, "answer": option.tekst if option else None})
        rows.append({"index": index, "theme": theme, "answers": answers})
    context = {"rows": rows, "missing": _missing(questionnaire, state), "steps": len(questionnaire.themas) + 2, **(extra or {})}
    return render(request, "scan/controle.html", context, status=status)


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "")


def _over_limit(request: HttpRequest) -> bool:
    limit = settings.SCAN_RATE_LIMIT
    if limit <= 0:
        return False
    key = "scan-rate:" + hashlib.sha256(_client_ip(request).encode()).hexdigest()
    cache.add(key, 0, timeout=settings.SCAN_RATE_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=settings.SCAN_RATE_WINDOW)
        count = 1
    return count > limit


def versturen(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return redirect("scan:controle")
    state, version, questionnaire = _progress(request)
    if version is None:
        return _unavailable(request)
    if not state["profiel"] or ProfileForm(state["profiel"]).is_valid() is False:
        return redirect("scan:profiel")
    if _missing(questionnaire, state):
        return _check_page(request, state, questionnaire, status=400)
    if _over_limit(request):
        return _check_page(request, state, questionnaire, status=429, extra={"limited": True})
    answers = {code: value for code, value in state["antwoorden"].items() if questionnaire.question(code)}
    report = score(questionnaire, answers)
    questions = {q.code: q for q in _questions(version)}
    with transaction.atomic():
        submission = Submission.objects.create(
            version=version, sector=state["profiel"]["sector"], grootte=state["profiel"]["grootte"], deeltijd=state["profiel"]["deeltijd"],
            scores=report.scores(), totaal=report.total,
        )
        Answer.objects.bulk_create(
            [Answer(submission=submission, question=questions[code], option=next(o for o in questions[code].schaal.options.all() if o.code == value)) for code, value in answers.items()]
        )
    # committed: only now the link is shown
    del request.session[SESSION_KEY]
    return redirect("scan:rapport", submission.token)


def _questions(version: QuestionnaireVersion):
    from werkzorg.web.scan.models import Question

    return Question.objects.filter(theme__version=version).select_related("schaal").prefetch_related("schaal__options")


def _submission(token: str) -> Submission:
    if len(token) > 64:
        raise Http404
    submission = Submission.objects.select_related("version").filter(token=token).first()
    if submission is None:
        raise Http404
    return submission


def pulse_report(submission, context: dict, absolute) -> dict:
    from werkzorg.web.scan.pulse import report_context

    names = {item["result"].code: item["result"].naam for item in context["themes"]}
    return report_context(submission, context["report"].scores(), names, absolute)


def rapport(request: HttpRequest, token: str) -> HttpResponse:
    try:
        submission = _submission(token)
    except Http404:
        return render(request, "scan/onbekend.html", status=404)
    context = build_report(submission)
    context.update(pulse_report(submission, context, request.build_absolute_uri))
    context["pdf_url"] = reverse("scan:rapport_pdf", args=[token])
    context["link"] = request.build_absolute_uri(reverse("scan:rapport", args=[token]))
    response = render(request, "scan/rapport.html", context)
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "same-origin"  # never sent to other sites; "no-referrer" would make browsers post Origin: null, which CSRF refuses
    return response


def rapport_pdf(request: HttpRequest, token: str) -> HttpResponse:
    try:
        submission = _submission(token)
    except Http404:
        return render(request, "scan/onbekend.html", status=404)
    from werkzorg.web.budget.pdf import PdfUnavailable, render_pdf

    context = build_report(submission)
    context.update(pulse_report(submission, context, request.build_absolute_uri))
    context["pdf"] = True
    html = render_to_string("scan/rapport.html", context, request=request)
    try:
        document = render_pdf(html)
    except PdfUnavailable:
        return render(request, "budget/geen_pdf.html", {"print_url": reverse("scan:rapport", args=[token])}, status=503)
    response = HttpResponse(document, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="quickscan-zorgvriendelijk-werkgeverschap.pdf"'
    return response


@staff_member_required
def export_csv(request: HttpRequest) -> HttpResponse:
    from werkzorg.web.scan.export import write_csv

    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="werkgeversscan-export.csv"'
    write_csv(response)
    return response


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form came back without a valid CSRF token (e.g. cookies blocked or an old page): say so in plain words."""
    return render(request, "scan/csrf.html", status=403)
