"""Show a budget comparison: a Rich report in plain Dutch for people, and JSON for programs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from rich.console import Console
from rich.table import Table

from werkzorg.budget import analysis
from werkzorg.budget.engine import YEARS_AHEAD, BudgetRun
from werkzorg.formatting import euro
from werkzorg.translation import translator, untranslated


def _split_text(run: BudgetRun, split: tuple[int, ...], _: Callable[[str], str] = untranslated) -> str:
    names = run.household.partner_names()
    return ", ".join(f"{name} " + (_("%(n)s dag") if days == 1 else _("%(n)s dagen")) % {"n": days} for name, days in zip(names, split))


def _money(yearly: float) -> dict[str, float]:
    return {"per_jaar": round(float(yearly), 2), "per_maand": round(float(yearly) / 12, 2)}


def scenario_json(run: BudgetRun, s: int) -> dict[str, Any]:
    now, names = run.now, run.household.partner_names()
    current = run.current
    partners = []
    for p, name in enumerate(names):
        partners.append(
            {
                "naam": name,
                "dagen_per_week": run.splits[s][p],
                "bruto_loon": _money(run.gross[s, p]),
                "eigen_pensioenpremie": _money(run.pension_premium[s, p]),
                "belasting_en_premies": _money(now["inkomstenbelasting"][s, p]),
                "netto_inkomen": _money(now["netto_inkomen"][s, p]),
                "economisch_zelfstandig": bool(now["economisch_zelfstandig"][s, p]),
                "afstand_tot_grens_economische_zelfstandigheid": _money(now["economische_zelfstandigheid_afstand"][s, p]),
                "pensioenopbouw_per_jaar": round(float(now["pensioenopbouw"][s, p]), 2),
                "winst_uit_onderneming": _money(now["winst_uit_onderneming"][s, p]),
                "ondernemersaftrek_en_mkb_winstvrijstelling": _money(
                    now["zelfstandigenaftrek"][s, p] + now["startersaftrek"][s, p] + now["mkb_winstvrijstelling"][s, p]
                ),
                "uitkeringen": _money(now["uitkeringen"][s, p]),
                "aftrek_eigen_woning": _money(now["aftrek_eigen_woning"][s, p]),
            }
        )
    costs, benefit = float(now["kinderopvang_kosten"][s]), float(now["kinderopvangtoeslag"][s])
    return {
        "dagen": list(run.splits[s]),
        "is_huidige_verdeling": s == current,
        "opvangdagen_per_kind": run.care_days[s],
        "partners": partners,
        "zorgtoeslag": _money(now["zorgtoeslag"][s]),
        "huurtoeslag": _money(now["huurtoeslag"][s]),
        "kindgebonden_budget": _money(now["kindgebonden_budget"][s]),
        "kinderopvangtoeslag": _money(benefit),
        "kinderbijslag": _money(now["kinderbijslag"][s]),
        "kinderopvang_kosten": _money(costs),
        "kinderopvang_eigen_bijdrage": _money(costs - benefit),
        "besteedbaar_inkomen": _money(now["besteedbaar_inkomen"][s]),
        "verschil_met_huidige_verdeling": _money(now["besteedbaar_inkomen"][s] - now["besteedbaar_inkomen"][current]),
        "beide_economisch_zelfstandig": bool(analysis.both_independent(run)[s]),
        "kinderopvangtoeslag_onbekend": bool(now["kinderopvangtoeslag_onbekend"][s]),
        "toetsingsinkomen": _money(now["toetsingsinkomen"][s]),
        "eigenwoningforfait": _money(now["eigenwoningforfait"][s]),
    }


def _extra_day_json(day: analysis.ExtraDay | None) -> dict[str, Any] | None:
    if day is None:
        return None
    return {
        "van": list(day.van),
        "naar": list(day.naar),
        "bruto_erbij": _money(day.bruto_erbij),
        "besteedbaar_erbij": _money(day.besteedbaar_erbij),
        "marginale_druk": round(day.marginale_druk, 4) if day.bruto_erbij else None,
        "effect_op_besteedbaar_inkomen": {name: _money(value) for name, value in day.onderdelen.items()},
        "kliffen": day.kliffen,
    }


def to_json(run: BudgetRun, all_splits: bool = True) -> dict[str, Any]:
    household, names = run.household, run.household.partner_names()
    order = analysis.ranking(run)
    shown = order if all_splits else [run.current, *analysis.best_alternatives(run)]
    ten = {str(tuple(run.splits[s])): _ten_json(run, s) for s in [run.current, *analysis.best_alternatives(run)]}
    separation = analysis.separation(run, run.current)
    return {
        "jaar": household.jaar,
        "partners": names,
        "kinderen": household.child_names(),
        "huidige_verdeling": scenario_json(run, run.current),
        "verdelingen": [scenario_json(run, s) for s in shown],
        "rangorde": [list(run.splits[s]) for s in order],
        "extra_werkdag": {name: _extra_day_json(analysis.extra_day(run, run.current, p)) for p, name in enumerate(names)},
        "dag_minder": {name: _extra_day_json(_day_less(run, p)) for p, name in enumerate(names)},
        "tien_jaar": ten,
        "uit_elkaar": _separation_json(separation, names),
        "voorlopig": run.provisional,
        "aannames": run.assumptions,
    }


SEPARATION_MONEY = (
    "netto_per_maand", "besteedbaar_per_maand", "kinderbijslag_per_maand", "kindgebonden_budget_per_maand",
    "alleenstaande_ouderkop_per_maand", "huurtoeslag_per_maand", "kinderopvangtoeslag_per_maand",
    "kinderalimentatie_per_maand", "partneralimentatie_per_maand",
)


def _separation_json(separation: analysis.Separation, names: list[str]) -> dict[str, Any]:
    """Per former partner: income, the children's money where they live, alimony (+ received, − paid), verdicts."""
    per_partner = {
        name: {
            **{key: round(getattr(separation, key)[p], 2) for key in SEPARATION_MONEY},
            "economisch_zelfstandig": separation.economisch_zelfstandig[p],
            "onder_bijstandsniveau": separation.onder_bijstandsniveau[p],
        }
        for p, name in enumerate(names)
    }
    return {
        "kinderen_wonen_bij": None if separation.kinderen_bij is None else names[separation.kinderen_bij],
        "per_partner": per_partner,
        "netto_per_maand": dict(zip(names, [round(x, 2) for x in separation.netto_per_maand])),
        "economisch_zelfstandig": dict(zip(names, separation.economisch_zelfstandig)),
        "grens_economische_zelfstandigheid_per_maand": round(separation.grens_economische_zelfstandigheid_per_maand, 2),
        "bijstand_alleenstaande_per_maand": round(separation.bijstand_alleenstaande_per_maand, 2),
    }


def _ten_json(run: BudgetRun, s: int) -> dict[str, Any]:
    ten = analysis.ten_years(run, s)
    names = run.household.partner_names()
    return {
        "dagen": list(run.splits[s]),
        "besteedbaar_inkomen_totaal": round(ten.besteedbaar_totaal, 2),
        "besteedbaar_inkomen_per_jaar": [round(x, 2) for x in ten.per_jaar],
        "netto_inkomen_totaal": dict(zip(names, [round(x, 2) for x in ten.netto_per_partner])),
        "pensioenopbouw_totaal": dict(zip(names, [round(x, 2) for x in ten.pensioen_per_partner])),
    }


def _day_less(run: BudgetRun, partner: int) -> analysis.ExtraDay | None:
    days = list(run.splits[run.current])
    if days[partner] == 0:
        return None
    days[partner] -= 1
    return analysis.extra_day(run, run.splits.index(tuple(days)), partner)


def _yes(value, _: Callable[[str], str]) -> str:
    return _("ja") if value else _("nee")


def print_report(console: Console, run: BudgetRun, all_splits: bool = False, lang: str = "nl") -> None:
    """The comparison for people, in Dutch or (`lang="en"`, `werkzorg budget --taal en`) in the web's English
    (werkzorg.translation); amounts per language (werkzorg.formatting)."""
    _ = translator(lang)
    household, names, now = run.household, run.household.partner_names(), run.now
    current = run.current
    independent = analysis.both_independent(run)
    single = len(names) == 1
    console.print(f"\n[bold]{_('Werk en zorg verdelen')} — {household.jaar}[/]")
    what = _("na belasting, met toeslagen en kinderbijslag, min de kosten van de kinderopvang") if household.kinderen else _("na belasting en met toeslagen")
    console.print(
        _("Nu: %(split)s. Er blijft %(amount)s per maand over %(what)s.")
        % {"split": _split_text(run, run.splits[current], _), "amount": f"[bold]{euro(now['besteedbaar_inkomen'][current] / 12, lang)}[/]", "what": what}
    )

    title = _("Alle verdelingen, de meeste over eerst") if all_splits else _("Uw verdeling en de beste andere verdelingen")
    caption = _("Per naam: werkdagen per week.") + (" " + _("Opvang: dagen kinderopvang per week.") if household.kinderen else "")
    table = Table(title=title, title_justify="left", caption=caption, caption_justify="left")
    for name in names:
        table.add_column(name, justify="center")
    if household.kinderen:
        table.add_column(_("Opvang"), justify="center")
    table.add_column(_("Over per maand"), justify="right")
    table.add_column(_("Verschil"), justify="right")
    table.add_column(_("Zelfstandig") if single else _("Beiden zelfstandig"), justify="center")
    rows = analysis.ranking(run) if all_splits else [current, *analysis.best_alternatives(run)]
    for s in rows:
        cells = [str(d) for d in run.splits[s]]
        if household.kinderen:
            cells.append(str(max(run.care_days[s]) if run.care_days[s] else 0))
        difference = now["besteedbaar_inkomen"][s] - now["besteedbaar_inkomen"][current]
        cells += [euro(now["besteedbaar_inkomen"][s] / 12, lang), _("nu") if s == current else euro(difference / 12, lang, sign=True), _yes(independent[s], _)]
        table.add_row(*cells, style="bold" if s == current else None)
    console.print(table)
    console.print("  " + _("Zelfstandig: economisch zelfstandig volgens het CBS (eigen netto inkomen uit werk minstens het bijstandsniveau)."))

    table = Table(title=_("Per persoon, per maand (nu)"), title_justify="left")
    table.add_column("")
    for name in names:
        table.add_column(name, justify="right")
    for label, values, sign in [
        (_("Bruto loon (met vakantiegeld)"), run.gross[current] / 12, False),
        (_("Belasting en premies"), now["inkomstenbelasting"][current] / 12, False),
        (_("Netto inkomen"), now["netto_inkomen"][current] / 12, False),
        (_("Boven (+) of onder (−) de grens economische zelfstandigheid"), now["economische_zelfstandigheid_afstand"][current] / 12, True),
    ]:
        table.add_row(label, *[euro(v, lang, sign=sign) for v in values])
    table.add_row(_("Economisch zelfstandig"), *[_yes(v, _) for v in now["economisch_zelfstandig"][current]])
    table.add_row(_("Pensioenopbouw per jaar (schatting)"), *[euro(v, lang) for v in now["pensioenopbouw"][current]])
    console.print(table)

    table = Table(title=_("Huishouden, per maand (nu)"), title_justify="left")
    table.add_column("")
    table.add_column(_("Bedrag"), justify="right")
    for label, name in [(_("Zorgtoeslag"), "zorgtoeslag"), (_("Huurtoeslag"), "huurtoeslag"), (_("Kindgebonden budget"), "kindgebonden_budget"), (_("Kinderbijslag"), "kinderbijslag"), (_("Kinderopvangtoeslag"), "kinderopvangtoeslag")]:
        table.add_row(label, euro(now[name][current] / 12, lang))
    table.add_row(_("Kosten kinderopvang"), euro(-now["kinderopvang_kosten"][current] / 12, lang))
    table.add_row(f"[bold]{_('Over (besteedbaar inkomen)')}[/]", f"[bold]{euro(now['besteedbaar_inkomen'][current] / 12, lang)}[/]")
    console.print(table)

    for p, name in enumerate(names):
        day = analysis.extra_day(run, current, p)
        if day is not None:
            _print_day(console, day, _("Als %(name)s een dag meer werkt") % {"name": name}, more=True, lang=lang)
        else:
            less = _day_less(run, p)
            if less is not None:
                _print_day(console, less, _("Als %(name)s een dag minder werkt") % {"name": name}, more=False, lang=lang)

    _print_ten_years(console, run, lang)
    separation = analysis.separation(run, current)
    if not single:
        _print_separation(console, separation, names, run.household.child_names(), lang)
        console.print(
            "  "
            + _("Grens economische zelfstandigheid: %(line)s per maand; bijstand voor een alleenstaande: %(bijstand)s per maand.")
            % {"line": euro(separation.grens_economische_zelfstandigheid_per_maand, lang), "bijstand": euro(separation.bijstand_alleenstaande_per_maand, lang)}
        )

    notes = sorted({_(reason) for reasons in run.provisional.values() for reason in reasons})
    if np.any(now["kinderopvangtoeslag_onbekend"]):
        notes.append(_("Voor sommige verdelingen is de kinderopvangtoeslag onbekend (tabel 2025 boven € 50.811 niet gevonden); daar is hij als € 0 gerekend."))
    if notes or run.assumptions:
        console.print(f"\n[yellow]{_('Let op')}[/]")
        for note in notes:
            console.print(f"  - {_('Voorlopig')}: {note}")
        for assumption in run.assumptions:
            console.print(f"  - {_('Aanname')}: {_(assumption)}")
    console.print("\n" + _("Alle bedragen volgen uit de wetsregels van werkzorg; zie %(command)s voor de bronnen.") % {"command": "[bold]werkzorg calculate --explain[/]"})


def _print_day(console: Console, day: analysis.ExtraDay, title: str, more: bool, lang: str = "nl") -> None:
    """`day` always describes one day more; for one day less the signs are turned around."""
    _ = translator(lang)
    sign = 1 if more else -1
    console.print(f"\n[bold]{title}[/]")
    if more and day.bruto_erbij:
        kept = max(0, round(100 * (1 - day.marginale_druk)))
        console.print("  " + _("Van elke euro die er bruto bij komt, blijft %(cents)s cent over.") % {"cents": kept})
    table = Table(show_header=False, title=_("Per maand"), title_justify="left")
    table.add_column("")
    table.add_column("", justify="right")
    table.add_row(_("Bruto loon"), euro(sign * day.bruto_erbij / 12, lang, sign=True))
    for name, value in sorted(day.onderdelen.items(), key=lambda item: -abs(item[1])):
        table.add_row(_(name), euro(sign * value / 12, lang, sign=True))
    table.add_row(f"[bold]{_('Over (besteedbaar inkomen)')}[/]", f"[bold]{euro(sign * day.besteedbaar_erbij / 12, lang, sign=True)}[/]")
    console.print(table)
    for cliff in day.kliffen:
        console.print(f"  [red]![/] {_(cliff)}")


def _print_ten_years(console: Console, run: BudgetRun, lang: str = "nl") -> None:
    _ = translator(lang)
    names = run.household.partner_names()
    title = _("%(years)s jaar vooruit (regels en prijzen van %(year)s, kinderen worden ouder)") % {"years": YEARS_AHEAD, "year": run.household.jaar}
    table = Table(title=title, title_justify="left")
    table.add_column(_("Dagen") + " " + " / ".join(names))
    table.add_column(_("Samen over"), justify="right")
    for name in names:
        table.add_column(_("Netto %(name)s") % {"name": name}, justify="right")
    for name in names:
        table.add_column(_("Pensioen %(name)s") % {"name": name}, justify="right")
    for s in [run.current, *analysis.best_alternatives(run, count=2)]:
        ten = analysis.ten_years(run, s)
        label = " / ".join(str(d) for d in run.splits[s]) + (f" ({_('nu')})" if s == run.current else "")
        table.add_row(
            label,
            euro(ten.besteedbaar_totaal, lang),
            *[euro(v, lang) for v in ten.netto_per_partner],
            *[euro(v, lang) for v in ten.pensioen_per_partner],
        )
    console.print()
    console.print(table)
    console.print("  " + _("Alles opgeteld over 10 jaar. Pensioen: het ouderdomspensioen per jaar dat erbij komt (schatting)."))


def _print_separation(console: Console, separation: analysis.Separation, names: list[str], children: list[str], lang: str = "nl") -> None:
    _ = translator(lang)
    where = "" if separation.kinderen_bij is None else "; " + _("de kinderen wonen bij %(name)s") % {"name": names[separation.kinderen_bij]}
    console.print(f"\n[bold]{_('Als jullie uit elkaar gaan')}[/] (" + _("ieder een eigen huishouden, met het loon van nu") + f"{where})")
    table = Table(show_header=True, header_style="bold", box=None)
    table.add_column(_("Per maand"))
    for name in names:
        table.add_column(name, justify="right", no_wrap=True)
    rows = [
        (_("Netto inkomen"), "netto_per_maand"), (_("Kinderbijslag"), "kinderbijslag_per_maand"),
        (_("Kindgebonden budget"), "kindgebonden_budget_per_maand"), ("  " + _("waarvan alleenstaande-ouderkop"), "alleenstaande_ouderkop_per_maand"),
        (_("Huurtoeslag"), "huurtoeslag_per_maand"), (_("Kinderopvangtoeslag"), "kinderopvangtoeslag_per_maand"),
        (_("Kinderalimentatie (+ krijgt, − betaalt)"), "kinderalimentatie_per_maand"),
        (_("Partneralimentatie (+ krijgt, − betaalt)"), "partneralimentatie_per_maand"),
        (_("Besteedbaar inkomen"), "besteedbaar_per_maand"),
    ]
    for label, key in rows:
        values = getattr(separation, key)
        if key != "netto_per_maand" and key != "besteedbaar_per_maand" and not any(abs(v) >= 0.005 for v in values):
            continue
        table.add_row(label, *[euro(v, lang) for v in values])
    table.add_row(_("Economisch zelfstandig"), *[_yes(ok, _) for ok in separation.economisch_zelfstandig])
    table.add_row(_("Onder bijstandsniveau"), *[_yes(low, _) for low in separation.onder_bijstandsniveau])
    console.print(table)


def gettext_noop(text: str) -> str:
    """Marks a text for makemessages (the English in the web's .po)."""
    return text


#: Texts used inside f-strings above, marked here for makemessages (it cannot read into an f-string).
IN_F_STRINGS = [
    gettext_noop("Werk en zorg verdelen"), gettext_noop("Over (besteedbaar inkomen)"), gettext_noop("Let op"),
    gettext_noop("Voorlopig"), gettext_noop("Aanname"), gettext_noop("nu"), gettext_noop("Als jullie uit elkaar gaan"),
]
