"""The leave finder's answer for people: per regeling what you get, when, what it pays and by when to ask."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from werkzorg.formatting import euro
from werkzorg.leave.language import Tekst, date_text, language, money
from werkzorg.leave.rules import Regeling
from werkzorg.leave.schema import VerlofVraag

SITUATIONS = {
    "zwangerschap": Tekst("U bent zwanger", "You are pregnant"),
    "geboorte_partner": Tekst("Uw partner krijgt een baby", "Your partner is having a baby"),
    "adoptie": Tekst("U adopteert een kind", "You are adopting a child"),
    "pleegzorg": Tekst("U neemt een pleegkind op", "You are taking in a foster child"),
    "zorg_naaste": Tekst("Iemand in uw omgeving heeft zorg nodig", "Someone close to you needs care"),
    "calamiteit": Tekst("Er gebeurt iets onverwachts", "Something unexpected happens"),
    "ouderschap": Tekst("U wilt meer tijd voor uw kind", "You want more time for your child"),
    "aanpassing_arbeidsduur": Tekst("U wilt andere uren, werktijden of een andere werkplek", "You want other hours, working times or another place of work"),
}

#: The labels of the command line's table, per language.
LABELS = {
    "fits": Tekst("dit verlof past bij u", "this leave fits you"),
    "how_much": Tekst("Hoeveel", "How much"),
    "when": Tekst("Wanneer", "When"),
    "until": Tekst(" tot en met ", " up to and including "),
    "paid_by": Tekst("Betaald door", "Paid by"),
    "amount": Tekst("Wat u krijgt", "What you get"),
    "ask_by": Tekst("Aanvragen uiterlijk", "Ask no later than"),
    "decide_by": Tekst("Werkgever beslist uiterlijk", "Employer decides no later than"),
    "change_by": Tekst("Werkgever mag de spreiding wijzigen tot", "Employer may change how it is spread until"),
    "how": Tekst("Hoe aanvragen", "How to ask"),
    "know": Tekst("Goed om te weten", "Good to know"),
    "source": Tekst("Bron", "Source"),
}


def situation_text(situation: str, lang: str = "nl") -> str:
    """The title of a situation ('U bent zwanger' / 'You are pregnant')."""
    return SITUATIONS[situation].get(lang)


def situation_choices(lang: str | None = "nl") -> list[tuple[str, str]]:
    """(code, title) per situation in the language `lang` ('nl', 'en' or a code such as 'en-gb'), for a choice list."""
    chosen = language(lang)
    return [(code, text.get(chosen)) for code, text in SITUATIONS.items()]


def amount_text(regeling: Regeling, lang: str = "nl") -> str:
    """What the leave pays: € 140,00 per dag / € 140.00 a day, 70% van uw loon / 70% of your pay, onbetaald / unpaid."""
    en = lang == "en"
    if regeling.bedrag_per_dag is not None:
        return f"{money(regeling.bedrag_per_dag, lang)} {'a day' if en else 'per dag'}"
    if regeling.bedrag_per_uur is not None:
        return f"{money(regeling.bedrag_per_uur, lang)} {'an hour' if en else 'per uur'}"
    if regeling.percentage is not None:
        if regeling.percentage == 0:
            return "unpaid" if en else "onbetaald"
        return f"{regeling.percentage:.0%} {'of your pay' if en else 'van uw loon'}"
    return ""


def how_much_text(regeling: Regeling, lang: str = "nl") -> str:
    """How much leave: 112 dagen (16 weken) / 112 days (16 weeks), 180 uur / 180 hours, zo lang als nodig / as long as needed."""
    en = lang == "en"
    if regeling.code == "zwangerschaps_en_bevallingsverlof":
        return f"{regeling.dagen} days ({regeling.weken:g} weeks)" if en else f"{regeling.dagen} dagen ({regeling.weken:g} weken)"
    if regeling.uren is not None:
        return f"{regeling.uren:g} {'hours' if en else 'uur'}"
    return "as long as needed" if en else "zo lang als nodig"


def print_leave(console: Console, question: VerlofVraag, regelingen: list[Regeling], lang: str = "nl") -> None:
    label = {key: text.get(lang) for key, text in LABELS.items()}
    console.print(f"\n[bold]{situation_text(question.situatie, lang)}: {label['fits']}[/]")
    for original in regelingen:
        regeling = original.in_language(lang)
        title = regeling.naam + (f" — {regeling.werkgever}" if regeling.werkgever and regeling.werkgever != "uw werkgever" else "")
        table = Table(title=title, title_justify="left", show_header=False)
        table.add_column("", style="bold")
        table.add_column("", overflow="fold")
        table.add_row(label["how_much"], how_much_text(regeling, lang))
        if regeling.van or regeling.tot:
            table.add_row(label["when"], label["until"].join(date_text(d, lang) for d in (regeling.van, regeling.tot) if d))
        table.add_row(label["paid_by"], regeling.betaald_door or "")
        amount = amount_text(regeling, lang)
        if amount:
            table.add_row(label["amount"], amount)
        if regeling.aanvragen_uiterlijk:
            table.add_row(label["ask_by"], date_text(regeling.aanvragen_uiterlijk, lang))
        if regeling.werkgever_beslist_uiterlijk:
            table.add_row(label["decide_by"], date_text(regeling.werkgever_beslist_uiterlijk, lang))
        if regeling.werkgever_wijzigt_uiterlijk:
            table.add_row(label["change_by"], date_text(regeling.werkgever_wijzigt_uiterlijk, lang))
        table.add_row(label["how"], regeling.uitleg)
        table.add_row(label["know"], "\n".join(f"• {v}" for v in regeling.voorwaarden))
        table.add_row(label["source"], "\n".join(regeling.bron))
        console.print(table)


MONTH_NAMES = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MONTH_NAMES_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


PLAN_LABELS = {
    "title": Tekst("Verlofplan {years}: wat het per maand betekent", "Leave plan {years}: what it means per month"),
    "per_month": Tekst("Per maand", "Per month"),
    "month": Tekst("Maand", "Month"),
    "wage": Tekst("Loon", "Wage"),
    "benefit": Tekst("Uitkering", "Benefit"),
    "net": Tekst("Netto", "Net"),
    "care": Tekst("Opvang (uur)", "Childcare (hours)"),
    "left": Tekst("Over", "Left"),
    "year_title": Tekst("Het jaar {year} zoals de Belastingdienst het rekent", "The year {year} as the Belastingdienst computes it"),
    "arbeidsinkomen": Tekst("Arbeidsinkomen (loon + Wazo-uitkering)", "Arbeidsinkomen (wage + Wazo benefit)"),
    "arbeidskorting": Tekst("Arbeidskorting", "Arbeidskorting (employed person's tax credit)"),
    "iack": Tekst("Inkomensafhankelijke combinatiekorting", "Inkomensafhankelijke combinatiekorting (IACK, working parent's tax credit)"),
    "ahk": Tekst("Algemene heffingskorting", "Algemene heffingskorting (general tax credit)"),
    "tax": Tekst("Inkomstenbelasting en premies", "Income tax and contributions"),
    "net_year": Tekst("Netto per jaar", "Net a year"),
    "without": Tekst("zonder verlof", "without leave"),
    "year": Tekst(
        "Over {years} houdt u {with_leave} over, {difference} tegenover {without} zonder verlof.",
        "Over {years} you have {with_leave} left, {difference} compared with {without} without leave.",
    ),
    "per_year": Tekst("per jaar", "a year"),
    "care_booked": Tekst("De opvang loopt door tijdens het verlof: u houdt de plaats en betaalt ervoor.", "Childcare continues during the leave: you keep the place and pay for it."),
    "care_follows": Tekst(
        "Opvang 'als er niemand thuis is' volgt de dagen dat een ouder met verlof thuis is; vaste dagen blijven geboekt.",
        "Childcare 'when nobody is home' follows the days a parent on leave is home; fixed days stay booked.",
    ),
    "care_start": Tekst("De opvang van {child} begint op {date}.", "Childcare for {child} starts on {date}."),
    "note": Tekst(
        "Loon is bruto met vakantiegeld; de uitkering komt van UWV (70 % of 100 % van het dagloon, ten hoogste het "
        "maximumdagloon) en telt als arbeidsinkomen. Belasting en toeslagen zijn over elk kalenderjaar berekend; netto per "
        "maand is het deel van het jaar. Wat uw werkgever en UWV per maand inhouden kan anders zijn: de aanslag over het "
        "jaar verrekent het verschil.",
        "Wage is gross with holiday pay; the benefit comes from UWV (70 % or 100 % of the daily wage, at most the maximum "
        "daily wage) and counts as arbeidsinkomen. Tax and toeslagen are computed on each calendar year; the net a month "
        "is that month's part of the year. What your employer and UWV withhold each month may differ: the assessment "
        "over the year settles the difference.",
    ),
}


def print_plan(console: Console, plan, effect, lang: str = "nl") -> None:
    label = {key: text.get(lang) for key, text in PLAN_LABELS.items()}

    def amount(value: float | None, sign: bool = False) -> str:
        """Whole euros: € 65.703 in Dutch, € 65,703 in English; a dash where the year is not modelled."""
        return "—" if value is None else euro(value, lang, sign=sign)

    months = MONTH_NAMES_EN if lang == "en" else MONTH_NAMES
    names = plan.huishouden.partner_names()
    years = [y.jaar for y in effect.jaren]
    span = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
    console.print(f"\n[bold]{label['title'].format(years=span)}[/]")
    # At 80 columns: one table per partner and one for the household, so that every amount fits on one line.
    def month_name(month) -> str:
        return f"{months[month.maand - 1]} {month.jaar}"

    for p, name in enumerate(names):
        table = Table(title=f"{label['per_month']}: {name}", title_justify="left")
        table.add_column(label["month"], no_wrap=True)
        for column in ("wage", "benefit", "net"):
            table.add_column(label[column], justify="right", no_wrap=True)
        for month in effect.maanden:
            table.add_row(month_name(month), amount(month.bruto_loon[p]), amount(month.uitkering[p]), amount(month.netto[p] if month.netto else None))
        console.print(table)
    with_care = any(any(month.kinderopvang_uren) for month in effect.maanden)
    table = Table(title=label["per_month"], title_justify="left")
    table.add_column(label["month"], no_wrap=True)
    if with_care:
        table.add_column(label["care"], justify="right", no_wrap=True)
    table.add_column(label["left"], justify="right", no_wrap=True)
    for month in effect.maanden:
        care = [f"{sum(month.kinderopvang_uren):.0f}"] if with_care else []
        table.add_row(month_name(month), *care, amount(month.besteedbaar))
    console.print(table)
    for year in effect.jaren:
        if not year.gemodelleerd:
            console.print(f"[bold]{year.jaar}[/]: {year.melding[1 if lang == 'en' else 0]}")
            continue
        detail = Table(title=label["year_title"].format(year=year.jaar), title_justify="left")
        detail.add_column("", overflow="fold")
        for name in names:
            detail.add_column(name, justify="right", no_wrap=True)
            detail.add_column(f"{name}\n({label['without']})", justify="right", no_wrap=True)
        for key, field in (("arbeidsinkomen", "arbeidsinkomen"), ("arbeidskorting", "arbeidskorting"), ("iack", "inkomensafhankelijke_combinatiekorting"),
                           ("ahk", "algemene_heffingskorting"), ("tax", "inkomstenbelasting"), ("net_year", "netto_inkomen")):
            cells = []
            for with_leave, without in zip(year.partners_met_verlof, year.partners_zonder_verlof):
                cells += [amount(getattr(with_leave, field)), amount(getattr(without, field))]
            detail.add_row(label[key], *cells)
        console.print(detail)
        for text in year.uitleg:
            console.print(f"  {names[text['partner']]}: {text[lang]}")
        for name in year.toeslagen_met_verlof:
            before, after = year.toeslagen_zonder_verlof[name], year.toeslagen_met_verlof[name]
            if round(before) != round(after):
                console.print(f"  {name.replace('_', ' ').capitalize()} {year.jaar}: {amount(before)} → {amount(after)} {label['per_year']}.")
    modelled = [str(y.jaar) for y in effect.jaren if y.gemodelleerd]
    if modelled:
        difference = effect.besteedbaar_met_verlof - effect.besteedbaar_zonder_verlof
        console.print(label["year"].format(years=", ".join(modelled), with_leave=amount(effect.besteedbaar_met_verlof), difference=amount(difference, sign=True),
                                           without=amount(effect.besteedbaar_zonder_verlof)))
    children = [k.naam or f"{'Child' if lang == 'en' else 'Kind'} {i + 1}" for i, k in enumerate(plan.huishouden.kinderen)]
    for child, start in zip(children, effect.opvang_vanaf):
        if start is not None:
            console.print(label["care_start"].format(child=child, date=date_text(start, lang)))
    console.print(label["care_follows"] if effect.opvang_volgt_verlof else label["care_booked"])
    console.print(label["note"])
