"""The route pages: what working more yields from bijstand (for her, and compact for a counsellor), and the barrier
check with a personal step plan. GET forms only: the state is in the URL, nothing is stored.

The calculation takes two steps, like the budget tool: the situation (with the number of children), then each child
and its care. The household travels as `?h=` (the shared household state, werkzorg.web.household_state — the budget
tool links here with it), the route's own options as `?r=` in the same encoding. Neither holds names or free text.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from typing import Any

import numpy as np
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from werkzorg.household import MAX_CHILDREN, Partner
from werkzorg.input_errors import FieldError, InputError
from werkzorg.model import MODELLED_YEARS, tax_benefit_system
from werkzorg.route.charts import income_chart
from werkzorg.route.projection import project
from werkzorg.route.report import FIRST_PHASE, RULES, summary
from werkzorg.route.schema import DEFAULT_HOURS, age_on, birth_date, default_start, parse_route
from werkzorg.web import household_state as state
from werkzorg.web.engine_texts import translated
from werkzorg.web.household_forms import ChildForm, plain
from werkzorg.web.number_filters import active, euro, number, short_number
from werkzorg.web.route.barriers import BARRIERS, BY_CODE, FIRST_STEP, MONEY_ICON, Barrier
from werkzorg.web.route.forms import BarrierForm, SituationForm

PARTS = [
    ("netto_loon", gettext_noop("Netto loon")), ("bijstand", gettext_noop("Bijstand")), ("vrijlating", gettext_noop("Vrijlating")), ("zorgtoeslag", gettext_noop("Zorgtoeslag")),
    ("huurtoeslag", gettext_noop("Huurtoeslag")), ("kindgebonden_budget", gettext_noop("Kindgebonden budget")), ("kinderbijslag", gettext_noop("Kinderbijslag")),
    ("kinderopvangtoeslag", gettext_noop("Kinderopvangtoeslag")), ("kinderopvang_kosten", gettext_noop("Kosten kinderopvang")), ("besteedbaar", gettext_noop("Wat u overhoudt")),
]
#: The budget tool's own keys in the shared state (not part of the household description).
STATE_META = ("volwassenen", "aantal_kinderen")
#: The web's own key in the route options: the hours of the job offer (also in `uren`).
OFFER = "aanbod_uren"
CARE_NAMES = {
    "geen": gettext_noop("Geen opvang"), "dagopvang": gettext_noop("Kinderdagverblijf (dagopvang)"),
    "buitenschoolse_opvang": gettext_noop("Opvang na school (bso)"), "gastouderopvang": gettext_noop("Gastouder"),
}


def start(request: HttpRequest) -> HttpResponse:
    plan_icon = '<path d="M9 6h11"/><path d="M9 12h11"/><path d="M9 18h11"/><path d="M4 6l1 1 2-2"/><path d="M4 12l1 1 2-2"/><path d="M4 18l1 1 2-2"/>'
    return render(request, "route/start.html", {"money_icon": MONEY_ICON, "plan_icon": plan_icon})


def _hours_label(hours: float) -> str:
    return _("Niet werken") if hours == 0 else _("%(hours)s uur per week") % {"hours": short_number(hours)}


# --- the state in the URL -------------------------------------------------------------------------------------------

def _url(name: str, household: dict[str, Any], options: dict[str, Any], **extra: str) -> str:
    query = "&".join([f"h={state.encode(household)}", f"r={state.encode(options)}", *[f"{k}={v}" for k, v in extra.items()]])
    return f"{reverse(name)}?{query}"


def _load(request: HttpRequest) -> tuple[dict[str, Any], dict[str, Any]] | HttpResponse:
    try:
        return _household_only(state.decode(request.GET.get("h"))), state.decode(request.GET.get("r"))
    except state.BadState:
        return render(request, "route/onleesbaar.html", status=400)


def _household_only(data: dict[str, Any]) -> dict[str, Any]:
    """What the route reads from a shared household: ages, working day, children and care, housing. Never a name."""
    found: dict[str, Any] = {key: data[key] for key in ("jaar", "huur_per_maand", "servicekosten_per_maand", "vermogen", *STATE_META) if key in data}
    people = []
    for person in data.get("partners") or []:
        if isinstance(person, dict):
            people.append({key: person[key] for key in ("leeftijd", "geboortedatum", "uren_per_dag", "dagen_per_week", "uurloon", "maandloon", "jaarloon") if key in person})
    if people:
        found["partners"] = people
    children = []
    for child in data.get("kinderen") or []:
        if isinstance(child, dict):
            children.append({key: child[key] for key in ("leeftijd", "geboortedatum", "opvang") if key in child})
    found["kinderen"] = children
    return found


def _age_in(person: dict[str, Any], jaar: Any, year: int) -> int | None:
    """A person's age on 1 January of `year`, from an age in `jaar` or a date of birth; None if unknown."""
    try:
        if person.get("leeftijd") is not None:
            return int(person["leeftijd"]) + year - int(jaar if jaar is not None else year)
        if person.get("geboortedatum"):
            return age_on(datetime.date.fromisoformat(str(person["geboortedatum"])), datetime.date(year, 1, 1))
    except (TypeError, ValueError):
        return None
    return None


def _start_of(options: dict[str, Any]) -> tuple[int, int]:
    text = str(options.get("start") or "")
    if re.fullmatch(r"(19|20|21)\d{2}-(0[1-9]|1[0-2])", text):
        return int(text[:4]), int(text[5:])
    day = default_start()
    return day.year, day.month


def _route_data(household: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    return {**{k: v for k, v in options.items() if k != OFFER}, "huishouden": {k: v for k, v in household.items() if k not in STATE_META}}


# --- errors at the field they are about ------------------------------------------------------------------------------

_SITUATION_FIELDS = {
    "start": "start_jaar", "uurloon": "uurloon", "uren": "aanbod_uren", "traject_uren_per_week": "traject_uren",
    "andere_kostendelers": "andere_kostendelers", "medisch_urenbeperkt": "medisch_urenbeperkt", "partner_in_traject": "partner_in_traject",
    "huishouden.huur_per_maand": "huur", "huishouden.servicekosten_per_maand": "servicekosten", "huishouden.kinderen": "aantal_kinderen",
    "huishouden.partners[0].uren_per_dag": "uren_per_dag",
}
_CHILD_FIELDS = {"leeftijd": "leeftijd", "geboortedatum": "leeftijd", "opvang": "opvang", "opvang.soort": "opvang", "opvang.uurprijs": "uurprijs", "opvang.uren_per_dag": "uren_per_dag", "opvang.dagen": "dagen"}


def _place(field: str) -> tuple[int | None, str | None]:
    """Where a field of the route description is asked: (None, situation field) or (child index, child field)."""
    child = re.fullmatch(r"huishouden\.kinderen\[(\d+)\]\.?(.*)", field)
    if child:
        return int(child.group(1)), _CHILD_FIELDS.get(child.group(2), "leeftijd")
    if field.startswith("huishouden.partners[1]"):
        return None, "partner_leeftijd"
    if field.startswith("huishouden.partners[0]") and field not in _SITUATION_FIELDS:
        return None, "leeftijd"
    for prefix, name in _SITUATION_FIELDS.items():
        if field == prefix or field.startswith(prefix + "[") or field.startswith(prefix + "."):
            return None, name
    return None, None


def _message(error: FieldError) -> str:
    return error.message_en if get_language() == "en" else error.message_nl


def _label(error: FieldError) -> str:
    child, name = _place(error.field)
    if child is not None:
        return _("Kind %(number)s") % {"number": child + 1} + " — " + str(ChildForm.base_fields[name].label)
    if name is not None:
        return str(SituationForm.base_fields[name].label)
    return error.field


def _errors_on(situation: SituationForm | None, children: list[ChildForm], error: InputError) -> list[str]:
    """Put each error on its field; return those that belong to another step, with the field's question."""
    elsewhere = []
    for problem in error.errors:
        child, name = _place(problem.field)
        if child is not None and child < len(children):
            children[child].add_error(name, _message(problem))
        elif child is None and situation is not None and name is not None:
            situation.add_error(name, _message(problem))
        else:
            elsewhere.append(f"{_label(problem)}: {_message(problem)}")
    return elsewhere


# --- step 1: the situation --------------------------------------------------------------------------------------------

def _situation_initial(household: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    year, month = _start_of(options)
    jaar = household.get("jaar", year)
    people = household.get("partners") or []
    initial: dict[str, Any] = {
        "start_maand": month, "start_jaar": year, "aantal_kinderen": len(household.get("kinderen") or []),
        "huur": household.get("huur_per_maand") or None, "servicekosten": household.get("servicekosten_per_maand") or None,
        "uurloon": options.get("uurloon"), "aanbod_uren": options.get(OFFER), "traject_uren": options.get("traject_uren_per_week"),
        "andere_kostendelers": options.get("andere_kostendelers", 0), "medisch_urenbeperkt": options.get("medisch_urenbeperkt", False),
        "partner_in_traject": options.get("partner_in_traject", False),
    }
    if people:
        initial["leeftijd"] = _age_in(people[0], jaar, year)
        initial["uren_per_dag"] = people[0].get("uren_per_dag", 8)
        wage = _hourly_wage(people[0], year)
        if initial["uurloon"] is None and wage:
            initial["uurloon"] = wage  # the wage from the budget tool: what she would earn
    if len(people) > 1:
        initial["partner"] = True
        initial["partner_leeftijd"] = _age_in(people[1], jaar, year)
    return initial


def _hourly_wage(person: dict[str, Any], year: int) -> float | None:
    """The gross hourly wage of a partner from the shared household (hourly, monthly or yearly), rounded to the cent."""
    fields = ("leeftijd", "uren_per_dag", "dagen_per_week", "uurloon", "maandloon", "jaarloon")
    try:
        partner = Partner.model_validate({key: person[key] for key in fields if key in person})
    except ValueError:
        return None
    known = year if year in MODELLED_YEARS else MODELLED_YEARS[-1]
    holiday = tax_benefit_system().get_parameters_at_instant(f"{known}-01-01").wet_minimumloon.vakantiebijslag_percentage
    wage = round(partner.hourly_wage(holiday), 2)
    return wage if wage > 0 else None


def _save_situation(household: dict[str, Any], values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    year = values["start_jaar"]
    jaar = household.get("jaar")
    shift = year - jaar if isinstance(jaar, int) else 0
    children = []
    for child in (household.get("kinderen") or [])[: values["aantal_kinderen"]]:
        child = dict(child)
        if isinstance(child.get("leeftijd"), int):
            child["leeftijd"] = max(0, child["leeftijd"] + shift)
        children.append(child)
    partners = [{"leeftijd": values["leeftijd"], "uren_per_dag": plain(values["uren_per_dag"])}]
    if values.get("partner"):
        partners.append({"leeftijd": values["partner_leeftijd"]})
    new = {
        "jaar": year, "volwassenen": len(partners), "aantal_kinderen": values["aantal_kinderen"], "partners": partners, "kinderen": children,
        "huur_per_maand": plain(values.get("huur") or 0), "servicekosten_per_maand": plain(values.get("servicekosten") or 0),
    }
    if household.get("vermogen"):
        new["vermogen"] = household["vermogen"]
    options: dict[str, Any] = {"start": f"{year}-{values['start_maand']:02d}"}
    offer = values.get("aanbod_uren")
    if offer is not None:
        options[OFFER] = plain(offer)
        options["uren"] = sorted({*DEFAULT_HOURS, plain(offer)})
    if values.get("uurloon") is not None:
        options["uurloon"] = plain(values["uurloon"])
    if values.get("traject_uren"):
        options["traject_uren_per_week"] = plain(values["traject_uren"])
    if values.get("andere_kostendelers"):
        options["andere_kostendelers"] = values["andere_kostendelers"]
    if values.get("medisch_urenbeperkt"):
        options["medisch_urenbeperkt"] = True
    if values.get("partner") and values.get("partner_in_traject"):
        options["partner_in_traject"] = True
    return new, options


def rekenen(request: HttpRequest) -> HttpResponse:
    loaded = _load(request)
    if isinstance(loaded, HttpResponse):
        return loaded
    household, options = loaded
    submitted = "verder" in request.GET
    form = SituationForm(request.GET if submitted else None, initial=_situation_initial(household, options))
    if submitted and form.is_valid():
        household, options = _save_situation(household, form.cleaned_data)
        if household["kinderen"] or household["aantal_kinderen"]:
            return redirect(_url("route:kinderen", household, options))
        try:
            parse_route(_route_data(household, options))
        except InputError as error:
            _errors_on(form, [], error)
        else:
            return redirect(_url("route:uitkomst", household, options))
    steps = 2 if (household.get("kinderen") or (submitted and form.cleaned_data.get("aantal_kinderen"))) else 1
    return render(request, "route/stap.html", {
        "title": _("Uw situatie"), "forms": [("", form)], "h": state.encode(household), "r": state.encode(options),
        "step": 1, "steps": steps, "previous": None, "intro": True,
    })


# --- step 2: each child -----------------------------------------------------------------------------------------------

def _child_initial(child: dict[str, Any], jaar: int) -> dict[str, Any]:
    care = child.get("opvang") if isinstance(child.get("opvang"), dict) else {}
    return {**ChildForm.initial_from({**child, "opvang": care}), "leeftijd": _age_in(child, jaar, jaar)}


def kinderen(request: HttpRequest) -> HttpResponse:
    loaded = _load(request)
    if isinstance(loaded, HttpResponse):
        return loaded
    household, options = loaded
    count = household.get("aantal_kinderen") or len(household.get("kinderen") or [])
    count = count if isinstance(count, int) and 0 <= count <= MAX_CHILDREN else 0
    if not count or "jaar" not in household:
        return redirect(_url("route:rekenen", household, options))
    household["aantal_kinderen"] = count
    saved = household.get("kinderen") or []
    submitted = "verder" in request.GET
    forms = [
        (_("Kind %(number)s") % {"number": i + 1},
         ChildForm(request.GET if submitted else None, prefix=f"k{i}", initial=_child_initial(saved[i], household["jaar"]) if i < len(saved) else {}))
        for i in range(count)
    ]
    other_steps: list[str] = []
    if submitted and all(form.is_valid() for _, form in forms):
        household["kinderen"] = [ChildForm.household_part(form.cleaned_data) for _, form in forms]
        try:
            parse_route(_route_data(household, options))
        except InputError as error:
            other_steps = _errors_on(None, [form for _, form in forms], error)
        else:
            return redirect(_url("route:uitkomst", household, options))
    return render(request, "route/stap.html", {
        "title": _("Kinderen en opvang"), "forms": forms, "h": state.encode(household), "r": state.encode(options),
        "step": 2, "steps": 2, "previous": _url("route:rekenen", household, options), "errors": other_steps,
    })


# --- the result ----------------------------------------------------------------------------------------------------

def uitkomst(request: HttpRequest) -> HttpResponse:
    loaded = _load(request)
    if isinstance(loaded, HttpResponse):
        return loaded
    household, options = loaded
    change = _url("route:rekenen", household, options)
    try:
        route = parse_route(_route_data(household, options))
    except InputError as error:
        errors = [f"{_label(problem)}: {_message(problem)}" for problem in error.errors]
        return render(request, "route/fouten.html", {"errors": errors, "change_url": change}, status=400)
    p = project(route)
    context = _result(p, options)
    context["change_url"] = change
    context["children_url"] = _url("route:kinderen", household, options) if route.kinderen else None
    compact = request.GET.get("weergave") == "compact"
    context["compact_url"] = _url("route:uitkomst", household, options, weergave="compact")
    context["full_url"] = _url("route:uitkomst", household, options)
    return render(request, "route/compact.html" if compact else "route/rekenen.html", context)


def _detail_option(p, options: dict[str, Any]) -> int:
    """The option shown month by month: the job offer's hours, else 16 hours, else the first number of hours."""
    for wanted in (options.get(OFFER), 16):
        if isinstance(wanted, (int, float)) and float(wanted) in p.hours:
            return p.hours.index(float(wanted))
    return 1


def _cents(amount: float) -> str:
    """An amount to the cent in the page's language: € 1.101,48 / € 1,101.48."""
    return euro(amount, cents=True)


def _month_label(p, m: int) -> str:
    day = p.months[m]
    return day.strftime("%m-%Y") + (" *" if day > p.last_modelled_month else "")


def _result(p, options: dict[str, Any]) -> dict:
    labels = [_hours_label(h) for h in p.hours]
    months = [{"number": m + 1, "label": _month_label(p, m), "values": [euro(p.values["besteedbaar"][o][m]) for o in range(len(p.hours))]} for m in range(len(p.months))]
    phase_rows = []
    for name, label in PARTS:
        first = [euro(float(np.mean(p.values[name][o][:FIRST_PHASE]))) for o in range(len(p.hours))]
        later = [euro(float(np.mean(p.values[name][o][FIRST_PHASE:]))) for o in range(len(p.hours))]
        phase_rows.append({"label": _(label), "first": first, "later": later, "total": name == "besteedbaar"})
    option = _detail_option(p, options)
    v = p.values
    detail = [
        {
            "label": _month_label(p, m), "number": m + 1,
            "cells": [_cents(v["uurloon"][option][m]),
                      *[_cents(v[name][option][m]) for name in ("netto_loon", "bijstand", "kindgebonden_budget", "kinderbijslag")],
                      _cents(v["kinderopvang_kosten"][option][m] - v["kinderopvangtoeslag"][option][m]), _cents(v["besteedbaar"][option][m])],
        }
        for m in range(len(p.months))
    ]
    children = []
    for c, child in enumerate(p.route.kinderen):
        born = birth_date(child, p.route.huishouden.jaar)
        rows = [
            {
                "label": _month_label(p, m), "number": m + 1,
                "care": _(CARE_NAMES[str(p.care_types[m][c])]) if p.per_child["opvang_uren"][option][m][c] > 0 else _("Geen opvang"),
                "cells": [_cents(p.per_child["kinderbijslag"][option][m][c]), number(p.per_child['opvang_uren'][option][m][c], 1),
                          _cents(p.per_child["kinderopvang_kosten"][option][m][c]), _cents(p.per_child["kinderopvangtoeslag"][option][m][c])],
            }
            for m in range(len(p.months))
        ]
        children.append({"number": c + 1, "age": age_on(born, p.months[0]), "rows": rows})
    return {
        "p": p,
        "labels": labels,
        "summary": summary(p, _, active()),
        "chart": income_chart(p, _, active()),
        "months": months,
        "phase_rows": phase_rows,
        "rules": [{**rule, "regel": _(rule["regel"])} for rule in RULES],  # in the view: a template's {% translate %} of a variable doubles a "%"
        "provisional": [translated(reason) for reason in p.provisional],
        "first_month": p.months[0].strftime("%m-%Y"),
        "assumptions": p.assumption_lines(_, active()),
        "detail": detail,
        "detail_label": _hours_label(p.hours[option]),
        "children": children,
        "estimated": p.months[-1] > p.last_modelled_month,
    }


def _translated_barrier(barrier: Barrier) -> Barrier:
    """A barrier's texts in the page's language, translated here: a template's {% translate variable %} doubles a "%"
    ("15 % van uw loon") and then finds no English."""
    return dataclasses.replace(
        barrier, question=_(barrier.question), steps=tuple(_(step) for step in barrier.steps), where=_(barrier.where), rules=tuple(_(rule) for rule in barrier.rules)
    )


def drempels(request: HttpRequest) -> HttpResponse:
    bound = "klaar" in request.GET
    form = BarrierForm(request.GET if bound else None)
    plan = None
    if bound and form.is_valid():
        plan = [_translated_barrier(BY_CODE[code]) for code in form.cleaned_data["drempel"]]
    return render(request, "route/drempels.html", {"form": form, "plan": plan, "first_step": _(FIRST_STEP), "bound": bound, "boxes": list(zip(form["drempel"], BARRIERS)), "money_icon": MONEY_ICON})
