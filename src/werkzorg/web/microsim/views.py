"""The microsimulation page: a policymaker picks (or writes) a reform; the run goes on in the background and the page
follows it (it reloads itself every few seconds, no JavaScript needed) until the outputs are there."""

from __future__ import annotations

from pathlib import Path

import yaml
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from werkzorg.input_errors import InputError
from werkzorg.microsim import jobs, report
from werkzorg.microsim.reform import parse
from werkzorg.web.client import client_key, too_many
from werkzorg.web.microsim.tasks import JobsFull, submit


def directory() -> Path:
    return Path(settings.MICROSIM_DIR)


def _message(error) -> str:
    return f"{error.field}: {error.message_en if get_language() == 'en' else error.message_nl}"


def _busy(full: JobsFull) -> str:
    if full.per_client:
        return _("U heeft al het hoogste aantal berekeningen lopen. Wacht tot er een klaar is.")
    return _("Er lopen nu te veel berekeningen.")


def start(request: HttpRequest) -> HttpResponse:
    examples = jobs.example_reforms()
    errors: list[str] = []
    chosen = request.POST.get("hervorming", next(iter(examples), ""))
    text = request.POST.get("eigen", "")
    if request.method == "POST":
        spec = None
        if text.strip():
            try:
                data = yaml.safe_load(text)
                spec = parse(data, "eigen")
                if spec.name == "basis":
                    errors.append("naam: " + _("kies een andere naam dan 'basis'"))
                    spec = None
            except yaml.YAMLError as error:
                errors.append(_("De hervorming is geen geldige YAML: %(fout)s") % {"fout": error})
            except InputError as error:
                errors.extend(_message(e) for e in error.errors)
        elif chosen in examples:
            spec = examples[chosen]
        else:
            errors.append(_("Kies een hervorming."))
        if spec is not None and not errors:
            try:
                job_id = submit(spec, client_key(request))
            except JobsFull as full:
                return too_many(request, full.retry_after, _busy(full))
            return redirect("microsim:taak", job_id=job_id)
    return render(request, "microsim/start.html", {"examples": examples, "chosen": chosen, "text": text, "errors": errors, "households": settings.MICROSIM_HOUSEHOLDS}, status=422 if errors else 200)


def taak(request: HttpRequest, job_id: str) -> HttpResponse:
    state = jobs.status(directory(), job_id)
    if state is None:
        raise Http404
    context = {"state": state, "name": state["hervorming"]}
    if state["status"] == "klaar":
        tables = state["uitkomst"]
        name = state["hervorming"]
        context["headline"] = headline = dict(tables["samenvatting"][0])
        for key in ("zelfstandig_vrouwen_basis", "zelfstandig_vrouwen_hervorming", "zelfstandig_mannen_basis", "zelfstandig_mannen_hervorming"):
            headline[f"{key}_pct"] = 100 * headline[key]
        context["poverty"] = [
            {"scenario": r["scenario"], "personen": r["personen_laag_inkomen"], "aandeel": 100 * r["aandeel_personen_laag_inkomen"], "kinderen": None if r["aandeel_kinderen_laag_inkomen"] is None else 100 * r["aandeel_kinderen_laag_inkomen"], "gini": r["gini"]}
            for r in tables.get("armoede_ongelijkheid", [])
        ]
        context["deciles"] = [
            {"deciel": r["deciel"], "verschil": r[f"verschil_{name}"], "wint": 100 * r[f"wint_1pct_{name}"], "wint5": 100 * r[f"wint_5pct_{name}"], "verliest": 100 * r[f"verliest_1pct_{name}"]}
            for r in tables["decielen"]
        ]
        context["budget"] = [{"instrument": r["instrument"].replace("_", " "), "basis": r["basis_mln"], "kosten": r[f"kosten_{name}_mln"]} for r in tables["budget"]]
        context["independence"] = [
            {"geslacht": r["geslacht"], "huishouden": r["huishouden"].replace("_", " "), "basis": 100 * r["aandeel_basis"], "hervorming": 100 * r[f"aandeel_{name}"]}
            for r in tables["zelfstandigheid_huishouden"]
        ]
        # Drawn again from the tables (cheap), not read back from the stored SVG files: the markup on the page is made
        # here, with every text escaped (microsim.report.bar_chart), never trusted from storage.
        context["charts"] = report.charts(tables, ["basis", name])
    response = render(request, "microsim/taak.html", context)
    if state["status"] in ("wachten", "bezig"):
        response["Refresh"] = "2"  # the browser reloads the page: progress without JavaScript
    return response
