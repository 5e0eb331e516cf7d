"""The employee pulse pages: the employer opens and closes it from the report (POST), employees answer at a second
secret link (no login, nothing that identifies them), and the report sets their view beside the employer's own.

Stored per response: the option per statement and the month. A browser that answered gets a mark in its session, so
the same browser does not count twice; nothing else about the employee is kept (no IP address, no time, no text).
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from werkzorg.scan import pulse as rules
from werkzorg.web.scan.forms import PulseForm
from werkzorg.web.scan.models import Pulse, PulseResponse, Submission

SESSION_PREFIX = "peiling-ingevuld-"


def _submission(token: str) -> Submission | None:
    return Submission.objects.filter(token=token).first() if len(token) <= 64 else None


def _pulse(token: str) -> Pulse | None:
    return Pulse.objects.select_related("submission").filter(token=token).first() if len(token) <= 64 else None


def _page(request: HttpRequest, template: str, context: dict | None = None, status: int = 200) -> HttpResponse:
    """An employee page: not indexed, no referrer (the link is secret), with the minimum for the footer."""
    response = render(request, template, {"pulse_minimum": rules.MINIMUM, **(context or {})}, status=status)
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "same-origin"  # never sent to other sites; "no-referrer" would make browsers post Origin: null, which CSRF refuses
    return response


@require_POST
def open_pulse(request: HttpRequest, token: str) -> HttpResponse:
    """The employer asks for the employees' link (once; a second click keeps the same link)."""
    submission = _submission(token)
    if submission is None:
        return render(request, "scan/onbekend.html", status=404)
    Pulse.objects.get_or_create(submission=submission)
    return redirect(reverse("scan:rapport", args=[token]) + "#peiling")


@require_POST
def close_pulse(request: HttpRequest, token: str) -> HttpResponse:
    submission = _submission(token)
    if submission is None:
        return render(request, "scan/onbekend.html", status=404)
    Pulse.objects.filter(submission=submission).update(gesloten=True)
    return redirect(reverse("scan:rapport", args=[token]) + "#peiling")


def answer(request: HttpRequest, token: str) -> HttpResponse:
    """The employees' page: nine statements on one page, then a thank-you."""
    pulse = _pulse(token)
    if pulse is None:
        return _page(request, "scan/peiling_onbekend.html", status=404)
    if pulse.gesloten:
        return _page(request, "scan/peiling_gesloten.html", status=410)
    key = SESSION_PREFIX + str(pulse.pk)
    done = request.session.get(key)
    if done:
        request.session[key] = "ja"  # "net": just answered (the thank-you); "ja": came back to the link
        return _page(request, "scan/peiling_bedankt.html", {"again": done == "ja"})
    if request.method == "POST":
        form = PulseForm(request.POST)
        if form.is_valid():
            answers = rules.clean(form.cleaned_data)
            with transaction.atomic():
                locked = Pulse.objects.select_for_update().get(pk=pulse.pk)
                if locked.gesloten or locked.responses.count() >= rules.MAXIMUM_RESPONSES:
                    return _page(request, "scan/peiling_gesloten.html", status=410)
                PulseResponse.objects.create(pulse=locked, antwoorden=answers, maand=f"{datetime.date.today():%Y-%m}")
            request.session[key] = "net"
            return redirect("scan:peiling", token)
        status = 400
    else:
        form, status = PulseForm(), 200
    return _page(request, "scan/peiling.html", {"form": form, "count": len(rules.ITEMS)}, status=status)


def report_context(submission, employer_scores: dict[str, int], theme_names: dict[str, str], link) -> dict:
    """What the report shows about the pulse: nothing but the count until MINIMUM responses, then the comparison."""
    pulse = Pulse.objects.filter(submission=submission).first()
    if pulse is None:
        return {"pulse": None, "pulse_minimum": rules.MINIMUM}
    responses = list(pulse.responses.values_list("antwoorden", flat=True))
    employees = rules.aggregate(responses)
    comparison = [
        {"theme": theme_names.get(c.theme, c.theme), "employer": c.employer, "employees": c.employees, "gap": c.gap, "gap_abs": abs(c.gap)}
        for c in rules.compare(employer_scores, employees or {})
    ]
    return {
        "pulse": pulse,
        "pulse_count": len(responses),
        "pulse_minimum": rules.MINIMUM,
        "pulse_link": link(reverse("scan:peiling", args=[pulse.token])),
        "pulse_shown": employees is not None,
        "pulse_comparison": comparison,
    }
