"""The projection in words (plain Dutch, B1: short sentences) and as rows, for the CLI, the API and the web pages.

Texts go through `translate` (the web passes Django's gettext; the CLI and the API keep the Dutch).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from werkzorg.formatting import euro, number
from werkzorg.formatting import hours as hours_text
from werkzorg.route.projection import CHILD_OUTPUTS, OUTPUTS, Projection
from werkzorg.translation import untranslated

#: Working more "yields little" below this many euros per extra hour worked (our own line, not a legal one).
LITTLE_PER_HOUR = 2.0
FIRST_PHASE = 6  # art. 31 lid 2 onder n: at most six months


def phases(p: Projection) -> list[tuple[int, int]]:
    """(first, last) month indexes: the six months of the general vrijlating and the rest."""
    return [(0, FIRST_PHASE - 1), (FIRST_PHASE, len(p.months) - 1)]


def trap_months(p: Projection) -> dict[int, dict[str, list[int]]]:
    """Per option (index ≥ 1): the months where working costs money, and where it yields little per hour."""
    gain, per_hour = p.gain(), p.gain_per_hour()
    found = {}
    for option in range(1, len(p.hours)):
        loss = [int(m) for m in np.flatnonzero(gain[option] <= 0)]
        little = [int(m) for m in np.flatnonzero((gain[option] > 0) & (per_hour[option] < LITTLE_PER_HOUR))]
        found[option] = {"kost_geld": loss, "weinig": little}
    return found


def summary(p: Projection, translate: Callable[[str], str] = untranslated, lang: str = "nl") -> dict[str, list[str]]:
    """Sentences in plain Dutch, grouped: now, per number of hours, the poverty trap, what breaks it, childcare.

    `translate` gives the texts in the reader's language (the web passes Django's gettext), `lang` the amounts."""
    _ = translate

    def money(value: float) -> str:
        return euro(value, lang)

    def _hours(value: float) -> str:
        return hours_text(value, lang)

    v = p.values
    now = v["besteedbaar"][0]
    out: dict[str, list[str]] = {"nu": [], "uren": [], "armoedeval": [], "uitweg": [], "kinderopvang": []}
    out["nu"].append(_("Nu werkt u niet. U heeft dan ongeveer %(amount)s per maand om van te leven.") % {"amount": money(now[0])})
    out["nu"].append(_("Dat is uw bijstand van %(bijstand)s plus toeslagen en kinderbijslag.") % {"bijstand": money(v["bijstand"][0][0])})
    (a0, a1), (b0, b1) = phases(p)
    gain = p.gain()
    for option in range(1, len(p.hours)):
        first, later = float(np.mean(v["besteedbaar"][option][a0:a1 + 1])), float(np.mean(v["besteedbaar"][option][b0:b1 + 1]))
        out["uren"].append(
            _("Werkt u %(hours)s uur per week? Dan heeft u de eerste 6 maanden ongeveer %(amount)s per maand. Dat is %(gain)s meer dan nu.")
            % {"hours": _hours(p.hours[option]), "amount": money(first), "gain": money(float(np.mean(gain[option][a0:a1 + 1])))}
        )
        out["uren"].append(
            _("Daarna heeft u ongeveer %(amount)s per maand. Dat is %(gain)s meer dan nu.")
            % {"amount": money(later), "gain": money(float(np.mean(gain[option][b0:b1 + 1])))}
        )
    for option, months in trap_months(p).items():
        if months["kost_geld"]:
            out["armoedeval"].append(
                _("Let op: werkt u %(hours)s uur, dan heeft u in %(count)s van de %(total)s maanden niet meer geld dan zonder werk.")
                % {"hours": _hours(p.hours[option]), "count": len(months["kost_geld"]), "total": len(p.months)}
            )
        elif len(months["weinig"]) > 0:
            out["armoedeval"].append(
                _("Werkt u %(hours)s uur, dan levert elk gewerkt uur in %(count)s van de %(total)s maanden minder dan € 2 op.")
                % {"hours": _hours(p.hours[option]), "count": len(months["weinig"]), "total": len(p.months)}
            )
    for option in range(2, len(p.hours)):
        fewer = int(np.sum(v["besteedbaar"][option] < v["besteedbaar"][option - 1] - 0.5))
        if fewer:
            out["armoedeval"].append(
                _("Werkt u %(hours)s uur in plaats van %(fewer_hours)s uur, dan heeft u in %(count)s maanden minder geld.")
                % {"hours": _hours(p.hours[option]), "fewer_hours": _hours(p.hours[option - 1]), "count": fewer}
            )
    if out["armoedeval"]:
        out["armoedeval"].append(_("Dat komt doordat de gemeente uw loon van de bijstand aftrekt. Alleen de vrijlating mag u houden."))
    else:
        out["armoedeval"].append(_("Werken levert u in elke maand meer op dan niet werken."))
    if p.exit_hours is not None:
        out["uitweg"].append(
            _("Vanaf ongeveer %(hours)s uur per week is uw netto loon hoger dan de bijstandsnorm van %(norm)s. Dan heeft u geen bijstand meer nodig.")
            % {"hours": p.exit_hours, "norm": money(v["bijstandsnorm"][0][0])}
        )
    elif not any(np.all(v["bijstand"][o][FIRST_PHASE:] == 0) for o in range(1, len(p.hours))):
        out["uitweg"].append(_("Bij deze uren blijft u bijstand houden. Meer uren of een hoger uurloon helpt u uit de bijstand."))
    independent = [o for o in range(1, len(p.hours)) if np.all(p.economisch_zelfstandig[o])]
    if independent:
        out["uitweg"].append(
            _("Vanaf %(hours)s uur verdient u genoeg om economisch zelfstandig te zijn: netto minstens %(line)s per maand.")
            % {"hours": _hours(p.hours[independent[0]]), "line": money(p.zelfstandigheid_grens[0])}
        )
    last_r = v["vrijlating"][:, -1]
    if np.any(last_r > 0):
        out["uitweg"].append(_("Na 36 maanden stopt de vrijlating. Dan krijgt u tot %(amount)s per maand minder bijstand.") % {"amount": money(float(np.max(last_r)))})
    out["uitweg"].append(_("Vraag de gemeente of u ook een premie, een individuele inkomenstoeslag of hulp bij de eigen bijdrage voor kinderopvang kunt krijgen."))
    if np.any(v["kinderopvang_kosten"] > 0):
        if v["kinderopvang_kosten"][0][0] > 0:
            cost, kot = v["kinderopvang_kosten"][0][0], v["kinderopvangtoeslag"][0][0]
            out["kinderopvang"].append(
                _("Tijdens uw traject kost kinderopvang %(cost)s per maand. U krijgt %(kot)s kinderopvangtoeslag. U betaalt zelf %(own)s.")
                % {"cost": money(cost), "kot": money(kot), "own": money(cost - kot)}
            )
        for option in range(1, len(p.hours)):
            cost, kot = v["kinderopvang_kosten"][option][0], v["kinderopvangtoeslag"][option][0]
            if cost > 0:
                out["kinderopvang"].append(
                    _("Bij %(hours)s uur kost kinderopvang %(cost)s per maand. U krijgt %(kot)s kinderopvangtoeslag. U betaalt zelf %(own)s.")
                    % {"hours": _hours(p.hours[option]), "cost": money(cost), "kot": money(kot), "own": money(cost - kot)}
                )
        out["kinderopvang"].append(_("Vraag kinderopvangtoeslag aan bij de Belastingdienst, uiterlijk 3 maanden na de maand waarin de opvang begint."))
        out["kinderopvang"].append(_("Volgt u een traject naar werk van de gemeente? Dan kunt u ook kinderopvangtoeslag krijgen. Vraag de gemeente om hulp bij de eigen bijdrage."))
    elif p.route.kinderen:
        out["kinderopvang"].append(_("U heeft geen kinderopvang ingevuld. Zonder opvang rekent de tool geen kosten en geen kinderopvangtoeslag."))
    return out


def as_dict(p: Projection) -> dict[str, Any]:
    """Everything for programs: inputs echoed, per option per month, traps, sentences, assumptions, sources."""
    months = [day.strftime("%Y-%m") for day in p.months]
    traps = trap_months(p)
    options = []
    for option, hours in enumerate(p.hours):
        rows = []
        for m, month in enumerate(months):
            row = {"maand": month, "maandnummer": m + 1}
            row.update({name: float(p.values[name][option][m]) for name in OUTPUTS})
            row["kinderen"] = [
                {"opvang": str(p.care_types[m][c]) if hours else "geen", **{name: float(p.per_child[name][option][m][c]) for name in CHILD_OUTPUTS}}
                for c in range(len(p.route.kinderen))
            ]
            row["geschat"] = p.months[m] > p.last_modelled_month
            row["verschil_met_niet_werken"] = round(float(p.gain()[option][m]), 2)
            row["economisch_zelfstandig"] = bool(p.economisch_zelfstandig[option][m])
            rows.append(row)
        entry = {
            "uren_per_week": hours,
            "totaal_36_maanden": round(float(np.sum(p.values["besteedbaar"][option])), 2),
            "verschil_36_maanden": round(float(np.sum(p.gain()[option])), 2),
            "maanden": rows,
        }
        if option:
            entry["armoedeval"] = {
                "maanden_niet_meer_dan_zonder_werk": [months[m] for m in traps[option]["kost_geld"]],
                "maanden_minder_dan_2_euro_per_uur": [months[m] for m in traps[option]["weinig"]],
            }
        options.append(entry)
    return {
        "huishouden": p.route.kind(),
        "eerste_maand": months[0],
        "opties": options,
        "samenvatting": summary(p),
        "aannames": p.assumptions,
        "voorlopig": p.provisional,
        "uren_zonder_bijstand": p.exit_hours,
        "regels": RULES,
    }


def gettext_noop(text: str) -> str:
    """Marks a rule text for makemessages; the web pages translate it with gettext (the JSON and CLI keep the Dutch)."""
    return text


#: The rules behind the numbers, with where to read them.
RULES = [
    {"regel": gettext_noop("Bijstandsnorm alleenstaande (ouder) en gehuwden"), "bron": "Participatiewet art. 21", "href": "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Hoofdstuk3_Paragraaf3.2_Artikel21"},
    {"regel": gettext_noop("Kostendelersnorm"), "bron": "Participatiewet art. 22a", "href": "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Hoofdstuk3_Paragraaf3.2_Artikel22a"},
    {"regel": gettext_noop("Inkomstenvrijlating 25 % (6 maanden) en 12,5 % voor alleenstaande ouders (30 maanden)"), "bron": "Participatiewet art. 31 lid 2 onder n en r, lid 5", "href": "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Hoofdstuk3_Paragraaf3.4_Artikel31"},
    {"regel": gettext_noop("Vrijlating 15 % bij een medische urenbeperking, zonder einddatum"), "bron": "Participatiewet art. 31 lid 2 onder y", "href": "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Hoofdstuk3_Paragraaf3.4_Artikel31"},
    {"regel": gettext_noop("Netto inkomsten tellen mee"), "bron": "Participatiewet art. 32", "href": "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Hoofdstuk3_Paragraaf3.4_Artikel32"},
    {"regel": gettext_noop("Kinderopvangtoeslag, ook voor wie een traject naar werk volgt"), "bron": "Wet kinderopvang art. 1.6 en 1.7", "href": "https://wetten.overheid.nl/BWBR0017017/2026-01-01#Hoofdstuk1_Afdeling2_Paragraaf1_Artikel1.6"},
    {"regel": gettext_noop("Toetsingsinkomen voor de toeslagen (bijstand telt bruto mee)"), "bron": "Awir art. 8", "href": "https://wetten.overheid.nl/BWBR0018472/2026-01-01#Hoofdstuk2_Paragraaf2.1_Artikel8"},
    {"regel": gettext_noop("Economisch zelfstandig"), "bron": "CBS", "href": "https://jeugdmonitor.cbs.nl/begrippen-en-toelichtingen/Economisch%20zelfstandig"},
]


def print_route(console, p: Projection, lang: str = "nl") -> None:
    """Rich output for people: the sentences, then a table of what is left per month in months 1, 6, 7, 12, 24, 36.
    `lang`: Dutch, or English (`werkzorg route --taal en`) with the web's English (werkzorg.translation)."""
    from rich.table import Table

    from werkzorg.translation import translator

    _ = translator(lang)
    text = summary(p, _, lang)
    titles = {"nu": _("Nu"), "uren": _("Als u gaat werken"), "armoedeval": _("Waar werken weinig oplevert"), "uitweg": _("Wat helpt"), "kinderopvang": _("Kinderopvang")}
    for key, lines in text.items():
        if lines:
            console.print(f"[bold]{titles[key]}[/]")
            for line in lines:
                console.print(f"  {line}", highlight=False)
    shown = [m for m in (0, 5, 6, 11, 23, 35) if m < len(p.months)]
    table = Table(title=_("Wat u per maand heeft (na kosten kinderopvang)"))
    table.add_column(_("Uren per week"))
    for m in shown:
        table.add_column(_("Maand %(n)s") % {"n": m + 1} + f"\n{p.months[m]:%m-%Y}", justify="right")
    for option, hours in enumerate(p.hours):
        table.add_row(hours_text(hours, lang), *[euro(p.values['besteedbaar'][option][m], lang) for m in shown])
    console.print(table)
    # At 80 columns: the parts as rows and the hours as columns, so that every amount fits on one line.
    detail = Table(title=_("Maand 1 in delen, per aantal uren per week"))
    detail.add_column("")
    for hours in p.hours:
        detail.add_column(_("%(hours)s uur") % {"hours": hours_text(hours, lang)}, justify="right", no_wrap=True)
    names = [("netto_loon", _("Netto loon")), ("bijstand", _("Bijstand")), ("vrijlating", _("Vrijlating")), ("zorgtoeslag", _("Zorgtoeslag")),
             ("huurtoeslag", _("Huurtoeslag")), ("kindgebonden_budget", _("Kindgebonden budget")), ("kinderbijslag", _("Kinderbijslag")),
             ("kinderopvangtoeslag", _("Kinderopvangtoeslag")), ("kinderopvang_kosten", _("Kosten opvang"))]
    for name, label in names:
        detail.add_row(label, *[euro(p.values[name][option][0], lang) for option in range(len(p.hours))])
    console.print(detail)
    if p.route.kinderen:
        option = p.hours.index(16.0) if 16.0 in p.hours else 1
        children = Table(title=_("Per kind in maand 1 en 7, bij %(hours)s uur per week (bedragen in euro)") % {"hours": hours_text(p.hours[option], lang)})
        labels = [_("Kind,\nmaand"), _("Kinder-\nbijslag"), _("Opvang"), _("Uren"), _("Kosten"), _("Kinderopvang-\ntoeslag")]
        for i, label in enumerate(labels):
            children.add_column(label, justify="left" if i in (0, 2) else "right", no_wrap=True)
        for c in range(len(p.route.kinderen)):
            for m in (0, 6):
                used = p.per_child["opvang_uren"][option][m][c] > 0
                children.add_row(
                    f"{c + 1}, {p.months[m]:%m-%Y}", number(p.per_child['kinderbijslag'][option][m][c], lang, digits=2),
                    _(CARE_NAMES.get(str(p.care_types[m][c]), str(p.care_types[m][c]))) if used else _("geen"), number(p.per_child['opvang_uren'][option][m][c], lang, digits=1),
                    number(p.per_child['kinderopvang_kosten'][option][m][c], lang, digits=2), number(p.per_child['kinderopvangtoeslag'][option][m][c], lang, digits=2),
                )
        console.print(children)
    for line in p.assumption_lines(_, lang):
        console.print(f"[dim]{_('Aanname')}: {line}[/]", highlight=False)
    for line in p.provisional:
        console.print(f"[yellow]{_('Voorlopig')}:[/] {_(line)}", highlight=False)


#: The kinds of childcare (the model's codes) as the CLI writes them.
CARE_NAMES = {"dagopvang": gettext_noop("dagopvang"), "buitenschoolse_opvang": gettext_noop("buitenschoolse opvang"), "gastouderopvang": gettext_noop("gastouderopvang")}
#: Texts used inside f-strings above, marked here for makemessages.
IN_F_STRINGS = [gettext_noop("Aanname"), gettext_noop("Voorlopig")]
