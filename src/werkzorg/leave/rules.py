"""Each kind of leave as a function of the question: entitlement, dates, pay, deadlines, legal source.

The numbers come from the parameter tree (`wet_arbeid_en_zorg`, maximumdagloon, minimumloon); this module holds only
the date arithmetic the law describes. Durations are in hours per job (leave is a right per employer).
"""

from __future__ import annotations

import dataclasses
import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from dateutil.relativedelta import relativedelta

from werkzorg.leave.schema import Baan, VerlofVraag
from werkzorg.model import MODELLED_YEARS, tax_benefit_system

DAY = datetime.timedelta(days=1)
WEEK = datetime.timedelta(weeks=1)
WAZO = "https://wetten.overheid.nl/BWBR0013008/2026-01-01"


@dataclasses.dataclass
class Regeling:
    code: str
    naam: str
    werkgever: str | None = None
    uren: float | None = None
    weken: float | None = None
    dagen: int | None = None
    van: datetime.date | None = None
    tot: datetime.date | None = None
    aanvragen_uiterlijk: datetime.date | None = None
    werkgever_beslist_uiterlijk: datetime.date | None = None
    betaald_door: str | None = None
    percentage: float | None = None
    bedrag_per_dag: float | None = None
    bedrag_per_uur: float | None = None
    voorwaarden: list[str] = dataclasses.field(default_factory=list)
    #: What a cao (collective agreement) may change
    cao: str = ""
    uitleg: str = ""
    bron: list[str] = dataclasses.field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        return {key: (value.isoformat() if isinstance(value, datetime.date) else value) for key, value in data.items() if value not in (None, [], "")}


def parameters(on: datetime.date):
    return tax_benefit_system().get_parameters_at_instant(on.isoformat())


def law(question: VerlofVraag):
    """The leave rules as in force on the question's peildatum."""
    return parameters(question.peildatum).wet_arbeid_en_zorg


def benefit_per_day(question: VerlofVraag, on: datetime.date, share: float) -> float | None:
    """UWV benefit per day: share × daily wage (year's wage ÷ 261), the daily wage capped at the maximumdagloon in force
    when the leave starts (the peildatum if the start lies outside the years the model has amounts for)."""
    if question.jaarloon is None:
        return None
    last_known = datetime.date(MODELLED_YEARS[-1], 12, 31)
    on = on if question.peildatum <= on <= last_known else question.peildatum
    p = parameters(on).wet_financiering_sociale_verzekeringen
    daily = question.jaarloon / p.dagen_per_jaar
    return cents(share * min(daily, p.maximumdagloon))


def cents(amount: float) -> float:
    """Round to cents the commercial way (half up), as amounts on a payslip are."""
    return float(Decimal(repr(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _birth(question: VerlofVraag) -> datetime.date:
    return question.geboortedatum or question.uitgerekende_datum


# --- zwangerschap ---------------------------------------------------------------------------------------------------


@dataclasses.dataclass
class PregnancyDates:
    vroegst: datetime.date
    uiterlijk: datetime.date
    start: datetime.date
    birth: datetime.date
    zwangerschapsverlof_dagen: int
    bevallingsverlof_dagen: int
    ziekenhuis_verlenging_dagen: int

    @property
    def bevallingsverlof_tot(self) -> datetime.date:
        return self.birth + (self.bevallingsverlof_dagen + self.ziekenhuis_verlenging_dagen) * DAY


def pregnancy_dates(question: VerlofVraag) -> PregnancyDates:
    """Wazo art. 3:1 as UWV applies it.

    Dates before the birth count back from the day after the due date. Sick days in the window before the chosen start
    count as zwangerschapsverlof. Bevallingsverlof = the minimum (10 weeks) + the days zwangerschapsverlof fell short
    of its maximum, counted up to the due date or the earlier birth. A child in hospital for more than 7 days extends it.
    """
    p = law(question).zwangerschaps_en_bevallingsverlof
    reference_day = question.uitgerekende_datum + DAY
    earliest_weeks = p.start_vroegst_weken_meerling if question.meerling else p.start_vroegst_weken
    latest_weeks = p.start_uiterlijk_weken_meerling if question.meerling else p.start_uiterlijk_weken
    vroegst, uiterlijk = reference_day - earliest_weeks * WEEK, reference_day - latest_weeks * WEEK
    start = question.start_verlof or uiterlijk
    effective_start = max(vroegst, start - question.ziek_voor_verlof_dagen * DAY)
    birth = question.geboortedatum or question.uitgerekende_datum
    counted_until = min(birth, question.uitgerekende_datum)
    taken = max(0, (counted_until - effective_start).days + 1)
    maximum = earliest_weeks * 7
    bevallingsverlof = p.bevallingsverlof_minimum_weken * 7 + max(0, maximum - taken)
    extension = 0
    if question.ziekenhuisopname_kind_dagen > p.ziekenhuis_drempel_dagen:
        extension = question.ziekenhuisopname_kind_dagen - p.ziekenhuis_drempel_dagen
        extension -= bevallingsverlof - p.bevallingsverlof_minimum_weken * 7
        extension = int(min(max(0, extension), p.ziekenhuis_verlenging_max_weken * 7))
    return PregnancyDates(vroegst, uiterlijk, start, birth, taken, int(bevallingsverlof), extension)


def zwangerschaps_en_bevallingsverlof(question: VerlofVraag) -> Regeling:
    p = law(question).zwangerschaps_en_bevallingsverlof
    dates = pregnancy_dates(question)
    start = min(dates.start, dates.birth + DAY) if question.geboortedatum else dates.start
    total_days = (dates.bevallingsverlof_tot - start).days + 1
    voorwaarden = [
        f"Het zwangerschapsverlof begint tussen {_nl(dates.vroegst)} en {_nl(dates.uiterlijk)}; u kiest zelf de dag.",
        f"Het bevallingsverlof duurt {dates.bevallingsverlof_dagen // 7} weken en {dates.bevallingsverlof_dagen % 7} dagen na de geboorte"
        + (f", plus {dates.ziekenhuis_verlenging_dagen} dagen omdat uw kind in het ziekenhuis lag." if dates.ziekenhuis_verlenging_dagen else "."),
        "De eerste 6 weken na de geboorte neemt u aaneen; de rest mag u spreiden over ten hoogste "
        f"{p.spreiden_max_weken} weken. Vraag dat uiterlijk {p.spreiden_aanvragen_weken_na_start} weken na de start van het bevallingsverlof; "
        f"de werkgever antwoordt binnen {p.spreiden_werkgever_antwoord_weken} weken.",
        "De werkgever mag het verlof niet weigeren.",
    ]
    if question.ziek_voor_verlof_dagen:
        voorwaarden.append(f"{question.ziek_voor_verlof_dagen} ziektedagen vóór de start tellen als zwangerschapsverlof.")
    return Regeling(
        code="zwangerschaps_en_bevallingsverlof",
        naam="Zwangerschaps- en bevallingsverlof",
        weken=round(total_days / 7, 2),
        dagen=total_days,
        van=start,
        tot=dates.bevallingsverlof_tot,
        aanvragen_uiterlijk=start - p.melden_weken_voor * WEEK,
        betaald_door="UWV (via de werkgever)",
        percentage=p.uitkering_percentage,
        bedrag_per_dag=benefit_per_day(question, start, p.uitkering_percentage),
        voorwaarden=voorwaarden,
        uitleg="Meld de ingangsdatum aan uw werkgever, met de zwangerschapsverklaring van de verloskundige of arts. Meld de geboorte binnen 2 dagen.",
        cao="Een cao mag niets in uw nadeel afwijken; vaak vult de cao het loon boven het maximumdagloon aan.",
        bron=[f"{WAZO}#Hoofdstuk3", "https://www.uwv.nl/nl/zwanger/zwangerschapsverlof-bevallingsverlof"],
    )


def zwangerschapsuitkering_zelfstandige(question: VerlofVraag) -> Regeling:
    """ZEZ: the same leave dates, a benefit of at most the minimum wage, applied for via Mijn UWV."""
    p = law(question).zwangerschaps_en_bevallingsverlof
    dates = pregnancy_dates(question)
    start = min(dates.start, dates.birth + DAY) if question.geboortedatum else dates.start
    full = question.uren_vorig_jaar_zelfstandig is not None and question.uren_vorig_jaar_zelfstandig >= p.zez_volledig_vanaf_uren
    amount = (
        "het volle minimumloon" if full
        else f"het minimumloon als u vorig jaar ten minste {p.zez_volledig_vanaf_uren} uur als zelfstandige werkte; anders hangt het af van uw winst van vorig jaar"
    )
    from_week = question.uitgerekende_datum - (40 - p.zez_aanvragen_vanaf_week) * WEEK
    return Regeling(
        code="zwangerschapsuitkering_zelfstandige",
        naam="Zwangerschaps- en bevallingsuitkering voor zelfstandigen (ZEZ)",
        weken=round(((dates.bevallingsverlof_tot - start).days + 1) / 7, 2),
        dagen=(dates.bevallingsverlof_tot - start).days + 1,
        van=start,
        tot=dates.bevallingsverlof_tot,
        aanvragen_uiterlijk=start - p.zez_aanvragen_weken_voor * WEEK,
        betaald_door="UWV",
        voorwaarden=[
            f"U krijgt ten hoogste 100 % van het minimumloon: {amount}.",
            f"Aanvragen via Mijn UWV vanaf week {p.zez_aanvragen_vanaf_week} van de zwangerschap (rond {_nl(from_week)}), met de zwangerschapsverklaring.",
            "Te laat aangevraagd? UWV betaalt tot ten hoogste 1 jaar terug.",
        ],
        cao="",
        uitleg="Vraag de uitkering zelf aan bij UWV (Mijn UWV).",
        bron=[f"{WAZO}#Hoofdstuk3", "https://ondernemersplein.kvk.nl/zwangerschapsuitkering-voor-zelfstandigen-zez/"],
    )


def overgang_bevallingsverlof(question: VerlofVraag, job: Baan) -> Regeling:
    """Wazo art. 3:1a: the mother died at or after the birth; the partner takes over the rest of her bevallingsverlof."""
    p = law(question).zwangerschaps_en_bevallingsverlof
    birth = question.geboortedatum
    return Regeling(
        code="overgang_bevallingsverlof",
        naam="Bevallingsverlof na overlijden van de moeder",
        werkgever=job.werkgever,
        weken=float(p.bevallingsverlof_minimum_weken),
        van=birth + DAY,
        tot=birth + p.bevallingsverlof_minimum_weken * WEEK,
        betaald_door="werkgever (die het loon terugkrijgt van UWV)",
        percentage=1.0,
        voorwaarden=[
            "U krijgt het bevallingsverlof dat de moeder nog had, met doorbetaling van uw loon; ten minste de 10 weken na de geboorte.",
            "U was met de moeder getrouwd of geregistreerd partner, of u hebt het kind erkend; er is een geboorteakte.",
            "De werkgever mag het verlof niet weigeren. Hij vraagt het loon binnen 6 weken na het verlof terug bij UWV.",
        ],
        cao="Een cao mag niets in uw nadeel afwijken.",
        uitleg=f"Meld het binnen {p.overgang_melden_dagen} dagen aan uw werkgever, met de geboorteakte en de overlijdensakte.",
        bron=[f"{WAZO}#Hoofdstuk3"],
    )


# --- partner -----------------------------------------------------------------------------------------------------------


def geboorteverlof(question: VerlofVraag, job: Baan) -> Regeling:
    birth = _birth(question)
    p = law(question).geboorteverlof
    return Regeling(
        code="geboorteverlof",
        naam="Geboorteverlof",
        werkgever=job.werkgever,
        uren=p.maal_weekuren * job.uren_per_week,
        weken=float(p.maal_weekuren),
        van=birth,
        tot=birth + p.periode_weken * WEEK,
        betaald_door="werkgever",
        percentage=p.loon_percentage,
        voorwaarden=[
            f"Op te nemen binnen {p.periode_weken} weken na de geboorte, in één keer of verspreid.",
            "U bent de partner van de moeder (getrouwd, geregistreerd of samenwonend) of u erkent het kind.",
            "De werkgever mag het verlof niet weigeren.",
        ],
        uitleg="Vertel uw werkgever vooraf, of zo snel mogelijk na de geboorte, wanneer u het verlof opneemt. Mondeling mag.",
        cao="Sinds 1 juli 2019 heeft iedereen ten minste één werkweek met volledig loon; een cao mag dat niet verslechteren.",
        bron=[f"{WAZO}#Hoofdstuk4", "https://www.rijksoverheid.nl/onderwerpen/geboorteverlof-en-partnerverlof"],
    )


def aanvullend_geboorteverlof(question: VerlofVraag, job: Baan) -> Regeling:
    birth = _birth(question)
    p = law(question).aanvullend_geboorteverlof
    start = question.start_verlof or birth + WEEK
    return Regeling(
        code="aanvullend_geboorteverlof",
        naam="Aanvullend geboorteverlof",
        werkgever=job.werkgever,
        uren=p.maal_weekuren * job.uren_per_week,
        weken=float(p.maal_weekuren),
        van=birth + WEEK,
        tot=birth + relativedelta(months=p.periode_maanden),
        aanvragen_uiterlijk=start - p.melden_weken_voor * WEEK,
        betaald_door="UWV (via de werkgever)",
        percentage=p.uitkering_percentage,
        bedrag_per_dag=benefit_per_day(question, start, p.uitkering_percentage),
        voorwaarden=[
            "Eerst neemt u het geboorteverlof op.",
            f"In hele weken, ten hoogste {p.maal_weekuren} keer uw uren per week en {p.max_werkdagen} werkdagen, "
            f"binnen {p.periode_maanden} maanden na de geboorte.",
            f"De werkgever mag het verlof niet weigeren, maar mag het tot {p.wijzigen_tot_weken_voor} weken voor de start anders "
            "inroosteren als het bedrijf anders in ernstige problemen komt.",
        ],
        uitleg=f"Vraag het schriftelijk aan, ten minste {p.melden_weken_voor} weken voor de start: de startdatum, het aantal weken en hoe u het spreidt.",
        cao="Een cao of uw werkgever kan de uitkering aanvullen tot uw volle loon.",
        bron=[f"{WAZO}#Hoofdstuk4", "https://www.rijksoverheid.nl/onderwerpen/geboorteverlof-en-partnerverlof/vraag-en-antwoord/aanvullend-geboorteverlof-aanvragen"],
    )


# --- adoptie en pleegzorg -----------------------------------------------------------------------------------------------


def adoptie_of_pleegzorgverlof(question: VerlofVraag, job: Baan) -> Regeling:
    arrival = question.geboortedatum
    p = law(question).adoptie_en_pleegzorgverlof
    van, tot = arrival - p.venster_voor_weken * WEEK, arrival + p.venster_na_weken * WEEK
    start = question.start_verlof or arrival
    name = "Adoptieverlof" if question.situatie == "adoptie" else "Pleegzorgverlof"
    return Regeling(
        code="adoptieverlof" if question.situatie == "adoptie" else "pleegzorgverlof",
        naam=name,
        werkgever=job.werkgever,
        uren=p.weken * job.uren_per_week,
        weken=float(p.weken),
        van=van,
        tot=tot,
        aanvragen_uiterlijk=start - p.melden_weken_voor * WEEK,
        betaald_door="UWV (via de werkgever)",
        percentage=p.uitkering_percentage,
        bedrag_per_dag=benefit_per_day(question, start, p.uitkering_percentage),
        voorwaarden=[
            f"Binnen de periode van {p.venster_voor_weken} weken vóór tot {p.venster_na_weken} weken na de komst van het kind; "
            f"wilt u alle {p.weken} weken, begin dan uiterlijk op {_nl(tot - p.weken * WEEK)}.",
            "Beide ouders hebben elk recht op dit verlof. Komen er meer kinderen tegelijk, dan één keer.",
            "Spreiden mag; alleen dat kan de werkgever weigeren bij een zwaarwegend bedrijfsbelang.",
        ],
        uitleg=f"Vraag het ten minste {p.melden_weken_voor} weken voor de start aan, met de bewijsstukken (verklaring adoptie of pleegcontract).",
        cao="Een cao mag niets in uw nadeel afwijken.",
        bron=[f"{WAZO}#Hoofdstuk3", "https://www.uwv.nl/nl/adoptie-pleegzorg"],
    )


# --- ouderschapsverlof --------------------------------------------------------------------------------------------------


def ouderschapsverlof(question: VerlofVraag, job: Baan) -> Regeling:
    birth = _birth(question)
    p = law(question).ouderschapsverlof
    total = p.maal_weekuren * job.uren_per_week
    remaining = max(0.0, total - question.opgenomen_ouderschapsverlof_uren)
    voorwaarden = [f"Tot uw kind {p.leeftijd_kind} jaar is. U bepaalt zelf hoe u het opneemt: hele of halve dagen, in blokken."]
    if question.nieuwe_uren_per_week and question.opgenomen_ouderschapsverlof_uren:
        weeks_left = remaining / job.uren_per_week
        remaining = weeks_left * question.nieuwe_uren_per_week
        voorwaarden.append(f"Omdat uw uren veranderen: {weeks_left:g} weken over, bij {question.nieuwe_uren_per_week:g} uur per week is dat {remaining:g} uur.")
    start = question.start_verlof
    return Regeling(
        code="ouderschapsverlof",
        naam="Ouderschapsverlof",
        werkgever=job.werkgever,
        uren=round(remaining, 2),
        weken=round(remaining / (question.nieuwe_uren_per_week or job.uren_per_week), 2),
        van=birth,
        tot=birth + relativedelta(years=p.leeftijd_kind) - DAY,
        aanvragen_uiterlijk=(start - relativedelta(months=p.melden_maanden_voor)) if start else None,
        betaald_door="niemand (onbetaald), behalve het betaalde deel in het eerste jaar",
        percentage=0.0,
        voorwaarden=voorwaarden + [f"De werkgever mag niet weigeren; bij een zwaarwegend belang mag hij tot {p.wijzigen_tot_weken_voor} weken voor de start de spreiding wijzigen."],
        uitleg=f"Vraag het schriftelijk aan, ten minste {p.melden_maanden_voor} maanden voor de start: de periode, het aantal uren per week en de verdeling over de week.",
        cao="Een cao kan enkele punten anders regelen (zoals de termijn van aanvragen) en soms een deel doorbetalen; de 26 weken blijven.",
        bron=[f"{WAZO}#Hoofdstuk6", "https://www.rijksoverheid.nl/onderwerpen/ouderschapsverlof"],
    )


def betaald_ouderschapsverlof(question: VerlofVraag, job: Baan) -> Regeling | None:
    birth = _birth(question)
    p = law(question).ouderschapsverlof
    end = birth + relativedelta(months=p.betaald_periode_maanden) - DAY
    if question.peildatum > end:
        return None
    start = question.start_verlof
    return Regeling(
        code="betaald_ouderschapsverlof",
        naam="Betaald ouderschapsverlof",
        werkgever=job.werkgever,
        uren=p.betaald_maal_weekuren * job.uren_per_week,
        weken=float(p.betaald_maal_weekuren),
        van=birth,
        tot=end,
        aanvragen_uiterlijk=(start - relativedelta(months=p.melden_maanden_voor)) if start else None,
        betaald_door="UWV (achteraf, via de werkgever)",
        percentage=p.betaald_uitkering_percentage,
        bedrag_per_dag=benefit_per_day(question, start or question.peildatum, p.betaald_uitkering_percentage),
        voorwaarden=[
            f"Het deel van het ouderschapsverlof dat u in het eerste jaar opneemt, ten hoogste {p.betaald_maal_weekuren} keer uw uren per week.",
            "UWV betaalt achteraf; de werkgever hoeft niets voor te schieten.",
        ],
        uitleg=f"Spreek de weken af met uw werkgever, ten minste {p.melden_maanden_voor} maanden voor de eerste verlofdag; de werkgever vraagt de uitkering aan.",
        cao="Een cao of uw werkgever kan de uitkering aanvullen.",
        bron=[f"{WAZO}#Hoofdstuk6", "https://www.uwv.nl/nl/betaald-ouderschapsverlof"],
    )


# --- zorg en calamiteiten -----------------------------------------------------------------------------------------------


def kortdurend_zorgverlof(question: VerlofVraag, job: Baan) -> Regeling:
    p = law(question).zorgverlof
    minimum = parameters(question.peildatum).wet_minimumloon.minimumuurloon
    hourly = None
    if question.jaarloon is not None:
        hourly = cents(max(p.kortdurend_loon_percentage * question.jaarloon / (52 * job.uren_per_week), minimum))
    start = question.start_verlof or question.peildatum
    return Regeling(
        code="kortdurend_zorgverlof",
        naam="Kortdurend zorgverlof",
        werkgever=job.werkgever,
        uren=p.kortdurend_maal_weekuren * job.uren_per_week,
        van=start,
        tot=start + relativedelta(months=p.periode_maanden) - DAY,
        betaald_door="werkgever",
        percentage=p.kortdurend_loon_percentage,
        bedrag_per_uur=hourly,
        voorwaarden=[
            f"Ten hoogste {p.kortdurend_maal_weekuren} keer uw uren per week in {p.periode_maanden} maanden, gerekend vanaf de eerste verlofdag.",
            f"U krijgt ten minste {p.kortdurend_loon_percentage:.0%} van uw loon, en ten minste het minimumloon (€ {minimum:.2f} per uur).",
            "Voor een zieke naaste die uw zorg nodig heeft: kind, partner, ouder, broer of zus, huisgenoot of iemand die u goed kent.",
            "De werkgever mag alleen weigeren bij een zwaarwegend bedrijfsbelang, vóór de start. Een cao kan andere afspraken maken.",
        ],
        uitleg="Meld het vooraf, of zo snel mogelijk, met de reden.",
        cao="Een cao of afspraak met de ondernemingsraad mag andere regels maken, ook in uw nadeel.",
        bron=[f"{WAZO}#Hoofdstuk5", "https://www.rijksoverheid.nl/onderwerpen/zorgverlof"],
    )


def langdurend_zorgverlof(question: VerlofVraag, job: Baan) -> Regeling:
    p = law(question).zorgverlof
    start = question.start_verlof
    return Regeling(
        code="langdurend_zorgverlof",
        naam="Langdurend zorgverlof",
        werkgever=job.werkgever,
        uren=p.langdurend_maal_weekuren * job.uren_per_week,
        van=start,
        tot=(start + relativedelta(months=p.periode_maanden) - DAY) if start else None,
        aanvragen_uiterlijk=(start - p.langdurend_melden_weken_voor * WEEK) if start else None,
        werkgever_beslist_uiterlijk=(start - p.langdurend_weigeren_uiterlijk_weken_voor * WEEK) if start else None,
        betaald_door="niemand (onbetaald, tenzij uw cao iets regelt)",
        percentage=0.0,
        voorwaarden=[
            f"Ten hoogste {p.langdurend_maal_weekuren} keer uw uren per week in {p.periode_maanden} maanden.",
            "Voor een naaste die levensbedreigend ziek is, of langere tijd ziek of hulpbehoevend.",
            f"Weigeren mag alleen bij een zwaarwegend bedrijfsbelang, uiterlijk {p.langdurend_weigeren_uiterlijk_weken_voor} week voor de start; anders gaat het verlof in zoals gevraagd.",
        ],
        uitleg=f"Vraag het schriftelijk aan, ten minste {p.langdurend_melden_weken_voor} weken voor de start: de reden, voor wie, de start, de omvang en de spreiding.",
        cao="Een cao of afspraak met de ondernemingsraad mag andere regels maken, ook in uw nadeel; soms wordt een deel doorbetaald.",
        bron=[f"{WAZO}#Hoofdstuk5", "https://www.rijksoverheid.nl/onderwerpen/zorgverlof"],
    )


def calamiteitenverlof(question: VerlofVraag, job: Baan, reason: str, on: datetime.date | None = None) -> Regeling:
    return Regeling(
        code="calamiteitenverlof",
        naam="Calamiteiten- en ander kort verzuimverlof",
        werkgever=job.werkgever,
        van=on or question.start_verlof or question.peildatum,
        betaald_door="werkgever",
        percentage=1.0,
        voorwaarden=[reason, "Zo kort als nodig om een eerste oplossing te vinden: uren tot enkele dagen. De werkgever mag een redelijk verzoek niet weigeren."],
        uitleg="Meld het vooraf, of zo snel mogelijk (bijvoorbeeld telefonisch), met de reden en hoe lang u weg bent.",
        cao="Een cao of afspraak met de ondernemingsraad kan de betaling anders regelen.",
        bron=[f"{WAZO}#Hoofdstuk4"],
    )


# --- flexibel werken ----------------------------------------------------------------------------------------------------


def flexibel_werken(question: VerlofVraag, job: Baan) -> Regeling:
    start = question.gewenste_ingangsdatum or question.peildatum + relativedelta(months=2)
    p = law(question).wet_flexibel_werken
    voorwaarden = [
        "U vraagt om meer of minder uren, andere werktijden of een andere werkplek.",
        f"Hebt u {p.opnieuw_na_jaren} jaar geleden al een verzoek gedaan, dan kan een nieuw verzoek pas daarna.",
    ]
    applies = True
    if question.werkgever_aantal_werknemers is not None and question.werkgever_aantal_werknemers < p.min_werknemers:
        applies = False
        voorwaarden.insert(0, f"Uw werkgever heeft minder dan {p.min_werknemers} werknemers: de Wet flexibel werken geldt niet; de werkgever moet een eigen regeling hebben (kijk in uw cao).")
    months = p.min_dienst_weken * 12 / 52
    if question.maanden_in_dienst is not None and question.maanden_in_dienst < months:
        applies = False
        voorwaarden.insert(0, f"U moet op de ingangsdatum ten minste {p.min_dienst_weken} weken (een half jaar) in dienst zijn.")
    if applies:
        voorwaarden.append("Minder of meer uren en andere werktijden mag de werkgever alleen weigeren bij een zwaarwegend bedrijfsbelang; een andere werkplek moet hij serieus overwegen en een weigering uitleggen.")
    return Regeling(
        code="flexibel_werken",
        naam="Verzoek om andere uren, werktijden of werkplek (Wet flexibel werken)",
        werkgever=job.werkgever,
        uren=question.nieuwe_uren_per_week,
        van=start,
        aanvragen_uiterlijk=start - relativedelta(months=p.aanvragen_maanden_voor),
        werkgever_beslist_uiterlijk=start - relativedelta(months=p.beslissen_maanden_voor),
        voorwaarden=voorwaarden,
        uitleg="Vraag het schriftelijk aan (brief of e-mail) met de gewenste ingangsdatum en uren of werkplek. Beslist de werkgever niet op tijd, dan gaat uw verzoek door zoals gevraagd.",
        cao="Een cao kan op enkele punten afwijken; bij een werkgever met minder dan 10 werknemers regelt de cao of de werkgever het zelf.",
        bron=["https://wetten.overheid.nl/BWBR0011173/2026-01-01", "https://ondernemersplein.kvk.nl/flexibel-werken/"],
    )


MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]


def _nl(day: datetime.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
