"""The leave finder's answer for people: per regeling what you get, when, what it pays and by when to ask."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from werkzorg.budget.report import euro
from werkzorg.leave.rules import Regeling, _nl
from werkzorg.leave.schema import VerlofVraag

SITUATIONS = {
    "zwangerschap": "U bent zwanger",
    "geboorte_partner": "Uw partner krijgt een baby",
    "adoptie": "U adopteert een kind",
    "pleegzorg": "U neemt een pleegkind op",
    "zorg_naaste": "Iemand in uw omgeving heeft zorg nodig",
    "calamiteit": "Er gebeurt iets onverwachts",
    "ouderschap": "U wilt meer tijd voor uw kind",
    "aanpassing_arbeidsduur": "U wilt andere uren, werktijden of een andere werkplek",
}


def _amount(regeling: Regeling) -> str:
    if regeling.bedrag_per_dag is not None:
        return f"€ {regeling.bedrag_per_dag:,.2f} per dag".replace(",", "X").replace(".", ",").replace("X", ".")
    if regeling.bedrag_per_uur is not None:
        return f"€ {regeling.bedrag_per_uur:,.2f} per uur".replace(",", "X").replace(".", ",").replace("X", ".")
    if regeling.percentage is not None:
        return "onbetaald" if regeling.percentage == 0 else f"{regeling.percentage:.0%} van uw loon"
    return ""


def _how_much(regeling: Regeling) -> str:
    if regeling.code == "zwangerschaps_en_bevallingsverlof":
        return f"{regeling.dagen} dagen ({regeling.weken:g} weken)"
    if regeling.uren is not None:
        return f"{regeling.uren:g} uur"
    return "zo lang als nodig"


def print_leave(console: Console, question: VerlofVraag, regelingen: list[Regeling]) -> None:
    console.print(f"\n[bold]{SITUATIONS[question.situatie]}: dit verlof past bij u[/]")
    for regeling in regelingen:
        title = regeling.naam + (f" — {regeling.werkgever}" if regeling.werkgever and regeling.werkgever != "uw werkgever" else "")
        table = Table(title=title, title_justify="left", show_header=False)
        table.add_column("", style="bold")
        table.add_column("", overflow="fold")
        table.add_row("Hoeveel", _how_much(regeling))
        if regeling.van or regeling.tot:
            table.add_row("Wanneer", " tot en met ".join(_nl(d) for d in (regeling.van, regeling.tot) if d))
        table.add_row("Betaald door", regeling.betaald_door or "")
        amount = _amount(regeling)
        if amount:
            table.add_row("Wat u krijgt", amount)
        if regeling.aanvragen_uiterlijk:
            table.add_row("Aanvragen uiterlijk", _nl(regeling.aanvragen_uiterlijk))
        if regeling.werkgever_beslist_uiterlijk:
            table.add_row("Werkgever beslist uiterlijk", _nl(regeling.werkgever_beslist_uiterlijk))
        table.add_row("Hoe aanvragen", regeling.uitleg)
        table.add_row("Goed om te weten", "\n".join(f"• {v}" for v in regeling.voorwaarden))
        table.add_row("Bron", "\n".join(regeling.bron))
        console.print(table)


MONTH_NAMES = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def print_plan(console: Console, plan, effect) -> None:
    names = plan.huishouden.partner_names()
    console.print(f"\n[bold]Verlofplan {plan.huishouden.jaar}: wat het per maand betekent[/]")
    table = Table(title="Per maand", title_justify="left")
    table.add_column("Maand")
    for name in names:
        table.add_column(f"Loon {name}", justify="right")
        table.add_column(f"Uitkering {name}", justify="right")
        table.add_column(f"Netto {name}", justify="right")
    with_care = any(any(month.kinderopvang_uren) for month in effect.maanden)
    if with_care:
        table.add_column("Opvang (uur)", justify="right")
    table.add_column("Over", justify="right")
    for month in effect.maanden:
        cells = []
        for p in range(len(names)):
            cells += [euro(month.bruto_loon[p]), euro(month.uitkering[p]), euro(month.netto[p])]
        if with_care:
            cells.append(f"{sum(month.kinderopvang_uren):.0f}")
        table.add_row(MONTH_NAMES[month.maand - 1], *cells, euro(month.besteedbaar))
    console.print(table)
    difference = effect.besteedbaar_met_verlof - effect.besteedbaar_zonder_verlof
    console.print(
        f"Over het hele jaar houdt u {euro(effect.besteedbaar_met_verlof)} over, {euro(difference, sign=True)} "
        f"tegenover {euro(effect.besteedbaar_zonder_verlof)} zonder verlof."
    )
    for name in effect.toeslagen_met_verlof:
        before, after = effect.toeslagen_zonder_verlof[name], effect.toeslagen_met_verlof[name]
        if round(before) != round(after):
            console.print(f"  {name.replace('_', ' ').capitalize()}: {euro(before)} → {euro(after)} per jaar.")
    console.print("Loon is bruto met vakantiegeld; de uitkering komt van UWV (70 % of 100 % van het dagloon, ten hoogste het maximumdagloon).")
