"""The microsimulation page: a policymaker picks (or writes) a reform; the run goes on in the background and the page
follows it (it reloads itself every few seconds, no JavaScript needed) until the outputs are there."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from werkzorg.input_errors import InputError
from werkzorg.microsim import jobs, report, workbench
from werkzorg.microsim.behaviour import cited, explanation
from werkzorg.microsim.reform import parse
from werkzorg.web.client import client_key, too_many
from werkzorg.web.microsim.tasks import JobsFull, submit
from werkzorg.web import number_filters


def directory() -> Path:
    return Path(settings.MICROSIM_DIR)


def _message(error) -> str:
    return f"{error.field}: {error.message_en if get_language() == 'en' else error.message_nl}"


def _busy(full: JobsFull) -> str:
    if full.per_client:
        return _("U heeft al het hoogste aantal berekeningen lopen. Wacht tot er een klaar is.")
    return _("Er lopen nu te veel berekeningen.")


SLOTS = tuple(f"r{n}" for n in range(1, workbench.MAX_REFORMS + 1))


def _link(query: dict[str, list[str]]) -> str:
    """The page's query string holding the reforms: the share link. A search word never goes into a link (free text
    stays out of URLs and logs: the search form is sent with POST)."""
    data = QueryDict(mutable=True)
    for slot in SLOTS:
        items = [item for item in query.get(slot, []) if item]
        if items:
            data.setlist(slot, items)
    return "?" + data.urlencode(safe="@:[]*=") if data else "?"


def _number(text: str) -> float | None:
    """A number as people type it: 4000, 4.000, 4000,50, 0,96 or 0.96 (None if it is none)."""
    text = text.strip().replace(" ", "").replace("\u00a0", "").replace("€", "").replace("%", "")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text):
        text = text.replace(".", "")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if abs(value) < 1e12 else None


def _display(hit, value) -> str:
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    if not isinstance(value, (int, float)):
        return str(value)
    if hit is not None and _is_rate(hit):
        return number_filters.percent(value, None)
    return number_filters.number(value, None)


def _is_rate(hit) -> bool:
    return hit.unit == "/1" or hit.path.endswith(".rate")


def _slots(query, examples, year, hits_by_path):
    """Each reform slot as shown on the page: its changes (readable), remove links, and errors."""
    slots = []
    for number, slot in enumerate(SLOTS, start=1):
        items = list(query.get(slot, []))
        rows = []
        for i, item in enumerate(items):
            rest = {k: list(v) for k, v in query.items()}
            rest[slot] = items[:i] + items[i + 1 :]
            path, _sep, tail = item.partition("@")
            date, _sep, value = tail.partition("=")
            hit = hits_by_path.get(path)
            if item.startswith(workbench.EXAMPLE_PREFIX):
                name = item[len(workbench.EXAMPLE_PREFIX) :]
                label = f"{_('Voorbeeld')}: {name}" + (f" ({examples[name].describe(get_language())})" if name in examples else "")
                shown = ""
            else:
                label = (hit.label_en if get_language() == "en" else hit.label_nl) if hit else path
                try:
                    shown = _display(hit, workbench._value(value))
                except ValueError:
                    shown = value
            later = bool(date[:4].isdigit() and int(date[:4]) > year)
            rows.append({"label": label, "path": path, "date": date, "value": shown, "remove": _link(rest), "later": later})
        slots.append({"number": number, "slot": slot, "rows": rows})
    return slots


def workbench_context(request: HttpRequest, examples) -> dict:
    """Search the parameter tree and build up to three reforms in the link (GET only: nothing is stored)."""
    year = jobs.YEAR
    query = {slot: request.GET.getlist(slot)[: workbench.MAX_CHANGES] for slot in SLOTS}
    q = request.POST.get("q", "")[: workbench.MAX_QUERY] if request.method == "POST" else ""
    hits = workbench.search(q, year) if q.strip() else []
    english = get_language() == "en"
    hits_by_path = {h.path: h for h in workbench.parameters(year)}
    shown = []
    for hit in hits:
        shown.append(
            {
                "path": hit.path,
                "label": hit.label_en if english else hit.label_nl,
                "other_label": hit.label_nl if english else hit.label_en,
                "law": hit.law,
                "rate": _is_rate(hit),
                "current": None if hit.current is None else {"start": hit.current.start, "value": _display(hit, hit.current.value), "sources": hit.current.sources, "provisional": hit.current.provisional},
                "future": [{"start": v.start, "value": _display(hit, v.value), "sources": v.sources, "provisional": v.provisional} for v in hit.future],
            }
        )
    link = _link(query)
    return {"q": q, "hits": shown, "searched": bool(q.strip()), "slots": _slots(query, examples, year, hits_by_path), "link": link, "share": request.build_absolute_uri(request.path + link), "year": year, "default_date": f"{year}-01-01", "reform_state": [(slot, item) for slot in SLOTS for item in query[slot]], "any_reform": any(query[slot] for slot in SLOTS)}


def add_change(request: HttpRequest) -> HttpResponse | list[str]:
    """GET ?pad=…&datum=…&waarde=…&naar=r1 (+ the link's reforms): the link with this change added, or errors."""
    query = {slot: request.GET.getlist(slot)[: workbench.MAX_CHANGES] for slot in SLOTS}
    slot = request.GET.get("naar", "r1")
    errors = []
    if slot not in SLOTS:
        errors.append(_("Hervorming: kies 1, 2 of 3."))
    hits = {h.path: h for h in workbench.parameters(jobs.YEAR)}
    path = request.GET.get("pad", "")
    hit = hits.get(path)
    if hit is None:
        errors.append(_("Parameter: onbekend; zoek hem opnieuw."))
    date = request.GET.get("datum", "")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        errors.append(_("Datum: schrijf de datum als 2026-01-01."))
    value = _number(request.GET.get("waarde", ""))
    if value is None:
        errors.append(_("Nieuwe waarde: vul een getal in, bijvoorbeeld 4000 of 0,96."))
    if errors:
        return errors
    if _is_rate(hit):
        value = value / 100
    if isinstance(hit.current.value if hit.current else 0, int) and not _is_rate(hit) and float(value).is_integer():
        value = int(value)
    items = [item for item in query[slot] if not item.startswith(workbench.EXAMPLE_PREFIX)]
    items = [item for item in items if not item.startswith(f"{path}@{date}=")] + [workbench.change_text(path, date, value)]
    query[slot] = items
    return redirect(reverse("microsim:start") + _link(query))


def choose_example(request: HttpRequest, examples) -> HttpResponse | None:
    slot = request.GET.get("naar", "r1")
    name = request.GET.get("voorbeeld", "")
    if slot not in SLOTS or name not in examples:
        return None
    query = {s: request.GET.getlist(s)[: workbench.MAX_CHANGES] for s in SLOTS}
    query[slot] = [workbench.EXAMPLE_PREFIX + name]
    return redirect(reverse("microsim:start") + _link(query))


def _messages(error: InputError) -> list[str]:
    return [_message(e) for e in error.errors]


def start(request: HttpRequest) -> HttpResponse:
    examples = jobs.example_reforms()
    errors: list[str] = []
    if request.method == "GET" and "pad" in request.GET:
        added = add_change(request)
        if not isinstance(added, list):
            return added
        errors += added
    if request.method == "GET" and "voorbeeld" in request.GET:
        chosen_example = choose_example(request, examples)
        if chosen_example is not None:
            return chosen_example
        errors.append(_("Voorbeeld: kies er een uit de lijst."))
    searching = request.method == "POST" and "q" in request.POST
    # The behavioural scenario is on unless a run form was sent without its box ticked (a box not ticked is not sent).
    behaviour = request.method != "POST" or searching or request.POST.get("gedrag") == "1"
    if request.method == "POST" and not searching and any(slot in request.POST for slot in SLOTS):
        try:
            specs = workbench.reforms_from_link({slot: request.POST.getlist(slot) for slot in SLOTS}, examples)
        except InputError as error:
            errors += _messages(error)
            specs = []
        if not specs and not errors:
            errors.append(_("Voeg eerst een wijziging of een voorbeeld toe aan een hervorming."))
        if not errors:
            try:
                job_id = submit(specs, client_key(request), behaviour=behaviour)
            except JobsFull as full:
                return too_many(request, full.retry_after, _busy(full))
            return redirect("microsim:taak", job_id=job_id)
    chosen = request.POST.get("hervorming", next(iter(examples), ""))
    text = request.POST.get("eigen", "")
    if request.method == "POST" and not searching and not any(slot in request.POST for slot in SLOTS):
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
                job_id = submit(spec, client_key(request), behaviour=behaviour)
            except JobsFull as full:
                return too_many(request, full.retry_after, _busy(full))
            return redirect("microsim:taak", job_id=job_id)
    described = {name: spec.describe(get_language()) for name, spec in examples.items()}
    context = {"examples": examples, "described": described, "chosen": chosen, "text": text, "errors": errors, "households": settings.MICROSIM_HOUSEHOLDS, "behaviour": behaviour, "cited": cited()}
    context.update(workbench_context(request, examples))
    return render(request, "microsim/start.html", context, status=422 if errors else 200)


def result_context(tables: dict, names: list[str]) -> dict:
    """The outcome of a job with one to three reforms, side by side with the baseline. Shares stay fractions (0.686):
    the template writes them as percentages in the page's language (`|percent`, werkzorg.web.number_filters)."""
    headlines = [dict(row) for row in tables.get("samenvatting", [])]
    deciles = [{"deciel": r["deciel"], "cells": [{"verschil": r[f"verschil_{n}"], "wint": r[f"wint_1pct_{n}"], "verliest": r[f"verliest_1pct_{n}"]} for n in names]} for r in tables["decielen"]]
    budget = [{"instrument": _(r["instrument"].replace("_", " ")), "basis": r["basis_mln"], "kosten": [r.get(f"kosten_{n}_mln") for n in names]} for r in tables["budget"]]
    independence = [
        {"geslacht": _(r["geslacht"]), "huishouden": _(r["huishouden"].replace("_", " ")), "basis": r["aandeel_basis"], "hervormingen": [r[f"aandeel_{n}"] for n in names]}
        for r in tables["zelfstandigheid_huishouden"]
    ]
    poverty = [
        {"scenario": r["scenario"], "personen": r["personen_laag_inkomen"], "aandeel": r["aandeel_personen_laag_inkomen"], "kinderen": r["aandeel_kinderen_laag_inkomen"], "gini": r["gini"]}
        for r in tables.get("armoede_ongelijkheid", [])
    ]
    winners = [{**r, "vooruit": r["aandeel_personen_vooruit"], "achteruit": r["aandeel_personen_achteruit"]} for r in tables.get("winnaars_verliezers", [])]
    responses = tables.get("gedrag") or []
    behaviour = {"text": explanation(responses[0], english=get_language() == "en"), "link": responses[0]["link"], "rows": responses} if responses else None
    return {"names": names, "headlines": headlines, "headline": headlines[0] if headlines else None, "deciles": deciles, "budget": budget, "independence": independence, "poverty": poverty, "winners": winners, "behaviour": behaviour}


def taak(request: HttpRequest, job_id: str) -> HttpResponse:
    state = jobs.status(directory(), job_id)
    if state is None:
        raise Http404
    reforms = state.get("hervormingen") or [state["hervorming"]]
    names = state.get("scenarios") or reforms  # each reform, then its behavioural scenario when there is one
    context = {"state": state, "name": ", ".join(reforms), "job_id": job_id}
    if state["status"] == "klaar":
        tables = state["uitkomst"]
        context.update(result_context(tables, names))
        folder = directory() / "taken" / job_id / "tabellen"
        context["downloads"] = [name for name in tables if (folder / f"{name}.csv").exists()]
        context["pdf"] = report.pdf_path(folder.parent, get_language()).exists()
        # Drawn again from the tables (cheap), not read back from the stored SVG files: the markup on the page is made
        # here, with every text escaped (microsim.report.bar_chart), never trusted from storage.
        context["charts"] = report.charts(tables, ["basis", *names], _, number_filters.active())
    response = render(request, "microsim/taak.html", context)
    if state["status"] in ("wachten", "bezig"):
        response["Refresh"] = "2"  # the browser reloads the page: progress without JavaScript
    return response


def rapport(request: HttpRequest, job_id: str) -> FileResponse:
    """The report of a finished job as PDF (WeasyPrint, written by the job) in the page's language: /en/… gives the
    English report."""
    state = jobs.status(directory(), job_id)
    path = report.pdf_path(directory() / "taken" / job_id, get_language())
    if state is None or state.get("status") != "klaar" or not path.exists():
        raise Http404
    filename = "microsimulation-report.pdf" if get_language() == "en" else "microsimulatie-rapport.pdf"
    return FileResponse(path.open("rb"), as_attachment=True, filename=filename, content_type="application/pdf")


DOWNLOAD_TYPES = {"csv": "text/csv; charset=utf-8", "parquet": "application/vnd.apache.parquet"}


def tabel(request: HttpRequest, job_id: str, naam: str, soort: str) -> FileResponse:
    """One table of a finished job as CSV or Parquet (written by the job; names checked against its tables)."""
    state = jobs.status(directory(), job_id)
    if state is None or state.get("status") != "klaar" or soort not in DOWNLOAD_TYPES or naam not in state["uitkomst"] or not naam.isidentifier():
        raise Http404
    path = directory() / "taken" / job_id / "tabellen" / f"{naam}.{soort}"
    if not path.exists():
        raise Http404
    return FileResponse(path.open("rb"), as_attachment=True, filename=f"microsimulatie-{naam}.{soort}", content_type=DOWNLOAD_TYPES[soort])
