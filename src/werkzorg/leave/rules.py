"""Each kind of leave as a function of the question: entitlement, dates, pay, deadlines, legal source.

The numbers come from the parameter tree (`wet_arbeid_en_zorg`, maximumdagloon, minimumloon); this module holds only
the date arithmetic the law describes. Durations are in hours per job (leave is a right per employer).

Two languages. Every text a person reads (`naam`, `betaald_door`, `voorwaarden`, `cao`, `uitleg`) is written here in
plain Dutch and plain English side by side, as `Tekst("Dutch …", "English …")` (see `language.py`); dates go in as
`_nl(day)` in the Dutch text and `_en(day)` in the English one. A `Regeling` keeps the Dutch in its fields, exactly
as the JSON contract has always had them, and the English in `Regeling.en` (`{"naam": …, "voorwaarden": [...], …}`);
`regeling.in_language("en")` gives the same regeling with the English texts in the Dutch fields, for display.
English keeps the Dutch legal term on first use with a gloss, as "Geboorteverlof (birth leave)", because that is the
word the employer, UWV and the law use.
"""

from __future__ import annotations

import dataclasses
import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from dateutil.relativedelta import relativedelta

from werkzorg.leave.language import MONTHS_NL, Tekst, date_text, money
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
    #: Until this date the employer may change how the leave is spread (ouderschapsverlof: zwaarwegend belang)
    werkgever_wijzigt_uiterlijk: datetime.date | None = None
    betaald_door: str | None = None
    percentage: float | None = None
    bedrag_per_dag: float | None = None
    bedrag_per_uur: float | None = None
    voorwaarden: list[str] = dataclasses.field(default_factory=list)
    #: What a cao (collective agreement) may change
    cao: str = ""
    uitleg: str = ""
    bron: list[str] = dataclasses.field(default_factory=list)
    #: The English of the text fields: naam, betaald_door, voorwaarden, cao, uitleg (filled from the Tekst values given)
    en: dict[str, Any] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        """The text fields accept a Tekst (Dutch and English): the Dutch stays in the field, the English goes to `en`."""
        english = dict(self.en)
        for name in TEXT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, Tekst):
                setattr(self, name, value.nl)
                if value.en:
                    english[name] = value.en
        if any(isinstance(item, Tekst) for item in self.voorwaarden):
            english["voorwaarden"] = [item.en if isinstance(item, Tekst) else item for item in self.voorwaarden]
            self.voorwaarden = [item.nl if isinstance(item, Tekst) else item for item in self.voorwaarden]
        self.en = english

    def in_language(self, lang: str) -> Regeling:
        """This regeling with its texts in `lang` ('nl' or 'en') in the usual fields; Dutch where English is missing."""
        if lang != "en":
            return self
        return dataclasses.replace(self, **{name: self.en.get(name, getattr(self, name)) for name in (*TEXT_FIELDS, "voorwaarden")})

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        return {key: (value.isoformat() if isinstance(value, datetime.date) else value) for key, value in data.items() if value not in (None, [], "", {})}


#: The text fields with one text each (voorwaarden is a list of texts).
TEXT_FIELDS = ("naam", "betaald_door", "cao", "uitleg")

#: Texts that several regelingen share.
EMPLOYER = Tekst("werkgever", "your employer")
UWV_VIA_EMPLOYER = Tekst("UWV (via de werkgever)", "UWV (through your employer)")
NO_REFUSAL = Tekst("De werkgever mag het verlof niet weigeren.", "Your employer may not refuse this leave.")
CAO_NOT_WORSE = Tekst("Een cao mag niets in uw nadeel afwijken.", "A cao (collective labour agreement) may not make this worse for you.")


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
    weeks, days, extra = dates.bevallingsverlof_dagen // 7, dates.bevallingsverlof_dagen % 7, dates.ziekenhuis_verlenging_dagen
    and_days = f" and {_n(days, 'day')}" if days else ""
    voorwaarden = [
        Tekst(
            f"Het zwangerschapsverlof begint tussen {_nl(dates.vroegst)} en {_nl(dates.uiterlijk)}; u kiest zelf de dag.",
            f"Your zwangerschapsverlof (pregnancy leave) starts between {_en(dates.vroegst)} and {_en(dates.uiterlijk)}; you choose the day.",
        ),
        Tekst(
            f"Het bevallingsverlof duurt {weeks} weken en {days} dagen na de geboorte",
            f"Your bevallingsverlof (maternity leave) lasts {_n(weeks, 'week')}{and_days} after the birth",
        )
        + (Tekst(f", plus {extra} dagen omdat uw kind in het ziekenhuis lag.", f", plus {_n(extra, 'day')} because your child was in hospital.") if extra else "."),
        Tekst(
            "De eerste 6 weken na de geboorte neemt u aaneen; de rest mag u spreiden over ten hoogste "
            f"{p.spreiden_max_weken} weken. Vraag dat uiterlijk {p.spreiden_aanvragen_weken_na_start} weken na de start van het bevallingsverlof; "
            f"de werkgever antwoordt binnen {p.spreiden_werkgever_antwoord_weken} weken.",
            f"You take the first 6 weeks after the birth in one go; you may spread the rest over at most {p.spreiden_max_weken} weeks. "
            f"Ask for this no later than {_n(p.spreiden_aanvragen_weken_na_start, 'week')} after your maternity leave starts; "
            f"your employer answers within {_n(p.spreiden_werkgever_antwoord_weken, 'week')}.",
        ),
        NO_REFUSAL,
    ]
    if question.ziek_voor_verlof_dagen:
        sick = question.ziek_voor_verlof_dagen
        voorwaarden.append(Tekst(
            f"{sick} ziektedagen vóór de start tellen als zwangerschapsverlof.",
            f"{sick} sick {'day' if sick == 1 else 'days'} before the start {'counts' if sick == 1 else 'count'} as pregnancy leave.",
        ))
    return Regeling(
        code="zwangerschaps_en_bevallingsverlof",
        naam=Tekst("Zwangerschaps- en bevallingsverlof", "Zwangerschaps- en bevallingsverlof (pregnancy and maternity leave)"),
        weken=round(total_days / 7, 2),
        dagen=total_days,
        van=start,
        tot=dates.bevallingsverlof_tot,
        aanvragen_uiterlijk=start - p.melden_weken_voor * WEEK,
        betaald_door=UWV_VIA_EMPLOYER,
        percentage=p.uitkering_percentage,
        bedrag_per_dag=benefit_per_day(question, start, p.uitkering_percentage),
        voorwaarden=voorwaarden,
        uitleg=Tekst(
            "Meld de ingangsdatum aan uw werkgever, met de zwangerschapsverklaring van de verloskundige of arts. Meld de geboorte binnen 2 dagen.",
            "Tell your employer the start date, with the pregnancy statement (zwangerschapsverklaring) from your midwife or doctor. "
            "Report the birth within 2 days.",
        ),
        cao=Tekst(
            "Een cao mag niets in uw nadeel afwijken; vaak vult de cao het loon boven het maximumdagloon aan.",
            "A cao (collective labour agreement) may not make this worse for you; often the cao tops up your pay above the maximum "
            "daily wage (maximumdagloon).",
        ),
        bron=[f"{WAZO}#Hoofdstuk3", "https://www.uwv.nl/nl/zwanger/zwangerschapsverlof-bevallingsverlof"],
    )


def zwangerschapsuitkering_zelfstandige(question: VerlofVraag) -> Regeling:
    """ZEZ: the same leave dates, a benefit of at most the minimum wage, applied for via Mijn UWV."""
    p = law(question).zwangerschaps_en_bevallingsverlof
    dates = pregnancy_dates(question)
    start = min(dates.start, dates.birth + DAY) if question.geboortedatum else dates.start
    full = question.uren_vorig_jaar_zelfstandig is not None and question.uren_vorig_jaar_zelfstandig >= p.zez_volledig_vanaf_uren
    amount = (
        Tekst("het volle minimumloon", "the full minimum wage") if full
        else Tekst(
            f"het minimumloon als u vorig jaar ten minste {p.zez_volledig_vanaf_uren} uur als zelfstandige werkte; anders hangt het af van uw winst van vorig jaar",
            f"the minimum wage if you worked at least {p.zez_volledig_vanaf_uren} hours as a self-employed person last year; "
            "otherwise it depends on your profit of last year",
        )
    )
    from_week = question.uitgerekende_datum - (40 - p.zez_aanvragen_vanaf_week) * WEEK
    return Regeling(
        code="zwangerschapsuitkering_zelfstandige",
        naam=Tekst(
            "Zwangerschaps- en bevallingsuitkering voor zelfstandigen (ZEZ)",
            "Zwangerschaps- en bevallingsuitkering voor zelfstandigen (ZEZ): pregnancy and maternity benefit for the self-employed",
        ),
        weken=round(((dates.bevallingsverlof_tot - start).days + 1) / 7, 2),
        dagen=(dates.bevallingsverlof_tot - start).days + 1,
        van=start,
        tot=dates.bevallingsverlof_tot,
        aanvragen_uiterlijk=start - p.zez_aanvragen_weken_voor * WEEK,
        betaald_door=Tekst("UWV", "UWV"),
        voorwaarden=[
            Tekst(f"U krijgt ten hoogste 100 % van het minimumloon: {amount.nl}.", f"You get at most 100% of the minimum wage: {amount.en}."),
            Tekst(
                f"Aanvragen via Mijn UWV vanaf week {p.zez_aanvragen_vanaf_week} van de zwangerschap (rond {_nl(from_week)}), met de zwangerschapsverklaring.",
                f"Apply through Mijn UWV from week {p.zez_aanvragen_vanaf_week} of your pregnancy (around {_en(from_week)}), "
                "with the pregnancy statement (zwangerschapsverklaring).",
            ),
            Tekst("Te laat aangevraagd? UWV betaalt tot ten hoogste 1 jaar terug.", "Applied too late? UWV pays at most 1 year back."),
        ],
        cao="",
        uitleg=Tekst("Vraag de uitkering zelf aan bij UWV (Mijn UWV).", "Apply for the benefit yourself at UWV (Mijn UWV)."),
        bron=[f"{WAZO}#Hoofdstuk3", "https://ondernemersplein.kvk.nl/zwangerschapsuitkering-voor-zelfstandigen-zez/"],
    )


def overgang_bevallingsverlof(question: VerlofVraag, job: Baan) -> Regeling:
    """Wazo art. 3:1a: the mother died at or after the birth; the partner takes over the rest of her bevallingsverlof."""
    p = law(question).zwangerschaps_en_bevallingsverlof
    birth = question.geboortedatum
    return Regeling(
        code="overgang_bevallingsverlof",
        naam=Tekst("Bevallingsverlof na overlijden van de moeder", "Bevallingsverlof (maternity leave) after the death of the mother"),
        werkgever=job.werkgever,
        weken=float(p.bevallingsverlof_minimum_weken),
        van=birth + DAY,
        tot=birth + p.bevallingsverlof_minimum_weken * WEEK,
        betaald_door=Tekst("werkgever (die het loon terugkrijgt van UWV)", "your employer (who gets the pay back from UWV)"),
        percentage=1.0,
        voorwaarden=[
            Tekst(
                "U krijgt het bevallingsverlof dat de moeder nog had, met doorbetaling van uw loon; ten minste de 10 weken na de geboorte.",
                "You get the maternity leave the mother still had left, and you keep getting your pay; at least the 10 weeks after the birth.",
            ),
            Tekst(
                "U was met de moeder getrouwd of geregistreerd partner, of u heeft het kind erkend; er is een geboorteakte.",
                "You were married to the mother or her registered partner, or you have legally recognised the child; there is a birth certificate.",
            ),
            Tekst(
                "De werkgever mag het verlof niet weigeren. Hij vraagt het loon binnen 6 weken na het verlof terug bij UWV.",
                "Your employer may not refuse this leave. Your employer asks UWV for the pay back within 6 weeks after the leave.",
            ),
        ],
        cao=CAO_NOT_WORSE,
        uitleg=Tekst(
            f"Meld het binnen {p.overgang_melden_dagen} dagen aan uw werkgever, met de geboorteakte en de overlijdensakte.",
            f"Tell your employer within {_n(p.overgang_melden_dagen, 'day')}, with the birth certificate and the death certificate.",
        ),
        bron=[f"{WAZO}#Hoofdstuk3"],
    )


# --- partner -----------------------------------------------------------------------------------------------------------


def geboorteverlof(question: VerlofVraag, job: Baan) -> Regeling:
    birth = _birth(question)
    p = law(question).geboorteverlof
    return Regeling(
        code="geboorteverlof",
        naam=Tekst("Geboorteverlof", "Geboorteverlof (birth leave)"),
        werkgever=job.werkgever,
        uren=p.maal_weekuren * job.uren_per_week,
        weken=float(p.maal_weekuren),
        van=birth,
        tot=birth + p.periode_weken * WEEK,
        betaald_door=EMPLOYER,
        percentage=p.loon_percentage,
        voorwaarden=[
            Tekst(
                f"Op te nemen binnen {p.periode_weken} weken na de geboorte, in één keer of verspreid.",
                f"Take it within {_n(p.periode_weken, 'week')} after the birth, all at once or spread out.",
            ),
            Tekst(
                "U bent de partner van de moeder (getrouwd, geregistreerd of samenwonend) of u erkent het kind.",
                "You are the mother's partner (married, registered or living together) or you legally recognise the child.",
            ),
            NO_REFUSAL,
        ],
        uitleg=Tekst(
            "Vertel uw werkgever vooraf, of zo snel mogelijk na de geboorte, wanneer u het verlof opneemt. Mondeling mag.",
            "Tell your employer beforehand, or as soon as possible after the birth, when you take the leave. You may just say it; "
            "it does not have to be in writing.",
        ),
        cao=Tekst(
            "Sinds 1 juli 2019 heeft iedereen ten minste één werkweek met volledig loon; een cao mag dat niet verslechteren.",
            "Since 1 July 2019 everyone has at least one working week with full pay; a cao (collective labour agreement) may not make that worse.",
        ),
        bron=[f"{WAZO}#Hoofdstuk4", "https://www.rijksoverheid.nl/onderwerpen/geboorteverlof-en-partnerverlof"],
    )


def aanvullend_geboorteverlof(question: VerlofVraag, job: Baan) -> Regeling:
    birth = _birth(question)
    p = law(question).aanvullend_geboorteverlof
    start = question.start_verlof or birth + WEEK
    return Regeling(
        code="aanvullend_geboorteverlof",
        naam=Tekst("Aanvullend geboorteverlof", "Aanvullend geboorteverlof (additional birth leave)"),
        werkgever=job.werkgever,
        uren=p.maal_weekuren * job.uren_per_week,
        weken=float(p.maal_weekuren),
        van=birth + WEEK,
        tot=birth + relativedelta(months=p.periode_maanden),
        aanvragen_uiterlijk=start - p.melden_weken_voor * WEEK,
        betaald_door=UWV_VIA_EMPLOYER,
        percentage=p.uitkering_percentage,
        bedrag_per_dag=benefit_per_day(question, start, p.uitkering_percentage),
        voorwaarden=[
            Tekst("Eerst neemt u het geboorteverlof op.", "First you take your geboorteverlof (birth leave)."),
            Tekst(
                f"In hele weken, ten hoogste {p.maal_weekuren} keer uw uren per week en {p.max_werkdagen} werkdagen, "
                f"binnen {p.periode_maanden} maanden na de geboorte.",
                f"In whole weeks, at most {p.maal_weekuren} times your weekly hours and {p.max_werkdagen} working days, "
                f"within {_n(p.periode_maanden, 'month')} after the birth.",
            ),
            Tekst(
                f"De werkgever mag het verlof niet weigeren, maar mag het tot {p.wijzigen_tot_weken_voor} weken voor de start anders "
                "inroosteren als het bedrijf anders in ernstige problemen komt.",
                f"Your employer may not refuse this leave, but may change when you take it until {_n(p.wijzigen_tot_weken_voor, 'week')} "
                "before the start, if the business would otherwise get into serious trouble.",
            ),
        ],
        uitleg=Tekst(
            f"Vraag het schriftelijk aan, ten minste {p.melden_weken_voor} weken voor de start: de startdatum, het aantal weken en hoe u het spreidt.",
            f"Ask for it in writing, at least {_n(p.melden_weken_voor, 'week')} before the start: the start date, the number of weeks "
            "and how you spread them.",
        ),
        cao=Tekst(
            "Een cao of uw werkgever kan de uitkering aanvullen tot uw volle loon.",
            "A cao (collective labour agreement) or your employer can top up the benefit to your full pay.",
        ),
        bron=[f"{WAZO}#Hoofdstuk4", "https://www.rijksoverheid.nl/onderwerpen/geboorteverlof-en-partnerverlof/vraag-en-antwoord/aanvullend-geboorteverlof-aanvragen"],
    )


# --- adoptie en pleegzorg -----------------------------------------------------------------------------------------------


def adoptie_of_pleegzorgverlof(question: VerlofVraag, job: Baan) -> Regeling:
    arrival = question.geboortedatum
    p = law(question).adoptie_en_pleegzorgverlof
    van, tot = arrival - p.venster_voor_weken * WEEK, arrival + p.venster_na_weken * WEEK
    start = question.start_verlof or arrival
    name = Tekst("Adoptieverlof", "Adoptieverlof (adoption leave)") if question.situatie == "adoptie" else Tekst("Pleegzorgverlof", "Pleegzorgverlof (foster care leave)")
    return Regeling(
        code="adoptieverlof" if question.situatie == "adoptie" else "pleegzorgverlof",
        naam=name,
        werkgever=job.werkgever,
        uren=p.weken * job.uren_per_week,
        weken=float(p.weken),
        van=van,
        tot=tot,
        aanvragen_uiterlijk=start - p.melden_weken_voor * WEEK,
        betaald_door=UWV_VIA_EMPLOYER,
        percentage=p.uitkering_percentage,
        bedrag_per_dag=benefit_per_day(question, start, p.uitkering_percentage),
        voorwaarden=[
            Tekst(
                f"Binnen de periode van {p.venster_voor_weken} weken vóór tot {p.venster_na_weken} weken na de komst van het kind; "
                f"wilt u alle {p.weken} weken, begin dan uiterlijk op {_nl(tot - p.weken * WEEK)}.",
                f"Within the period from {_n(p.venster_voor_weken, 'week')} before to {_n(p.venster_na_weken, 'week')} after the child arrives; "
                f"if you want all {p.weken} weeks, start no later than {_en(tot - p.weken * WEEK)}.",
            ),
            Tekst(
                "Beide ouders hebben elk recht op dit verlof. Komen er meer kinderen tegelijk, dan één keer.",
                "Both parents each have a right to this leave. If more children come at the same time, you get it once.",
            ),
            Tekst(
                "Spreiden mag; alleen dat kan de werkgever weigeren bij een zwaarwegend bedrijfsbelang.",
                "You may spread the leave; only the spreading can be refused by your employer, and only for a very serious business "
                "reason (zwaarwegend bedrijfsbelang).",
            ),
        ],
        uitleg=Tekst(
            f"Vraag het ten minste {p.melden_weken_voor} weken voor de start aan, met de bewijsstukken (verklaring adoptie of pleegcontract).",
            f"Ask for it at least {_n(p.melden_weken_voor, 'week')} before the start, with the proof (the adoption statement or the foster care contract).",
        ),
        cao=CAO_NOT_WORSE,
        bron=[f"{WAZO}#Hoofdstuk3", "https://www.uwv.nl/nl/adoptie-pleegzorg"],
    )


# --- ouderschapsverlof --------------------------------------------------------------------------------------------------


def ouderschapsverlof(question: VerlofVraag, job: Baan) -> Regeling:
    birth = _birth(question)
    p = law(question).ouderschapsverlof
    total = p.maal_weekuren * job.uren_per_week
    remaining = max(0.0, total - question.opgenomen_ouderschapsverlof_uren)
    voorwaarden = [Tekst(
        f"Tot uw kind {p.leeftijd_kind} jaar is. U bepaalt zelf hoe u het opneemt: hele of halve dagen, in blokken.",
        f"Until your child is {p.leeftijd_kind} years old. You decide how you take it: whole or half days, in blocks.",
    )]
    if question.nieuwe_uren_per_week and question.opgenomen_ouderschapsverlof_uren:
        weeks_left = remaining / job.uren_per_week
        remaining = weeks_left * question.nieuwe_uren_per_week
        voorwaarden.append(Tekst(
            f"Omdat uw uren veranderen: {weeks_left:g} weken over, bij {question.nieuwe_uren_per_week:g} uur per week is dat {remaining:g} uur.",
            f"Because your hours change: {_n(weeks_left, 'week')} left; at {_n(question.nieuwe_uren_per_week, 'hour')} a week "
            f"that is {_n(remaining, 'hour')}.",
        ))
    start = question.start_verlof or question.gewenste_ingangsdatum
    return Regeling(
        code="ouderschapsverlof",
        naam=Tekst("Ouderschapsverlof", "Ouderschapsverlof (parental leave)"),
        werkgever=job.werkgever,
        uren=round(remaining, 2),
        weken=round(remaining / (question.nieuwe_uren_per_week or job.uren_per_week), 2),
        van=birth,
        tot=birth + relativedelta(years=p.leeftijd_kind) - DAY,
        aanvragen_uiterlijk=(start - relativedelta(months=p.melden_maanden_voor)) if start else None,
        werkgever_wijzigt_uiterlijk=(start - p.wijzigen_tot_weken_voor * WEEK) if start else None,
        betaald_door=Tekst("niemand (onbetaald), behalve het betaalde deel in het eerste jaar", "nobody (unpaid), except the paid part in the first year"),
        percentage=0.0,
        voorwaarden=voorwaarden + [Tekst(
            f"De werkgever mag niet weigeren; bij een zwaarwegend belang mag hij tot {p.wijzigen_tot_weken_voor} weken voor de start de spreiding wijzigen.",
            f"Your employer may not refuse; for a very serious business reason the employer may change how the leave is spread, "
            f"until {_n(p.wijzigen_tot_weken_voor, 'week')} before the start.",
        )],
        uitleg=Tekst(
            f"Vraag het schriftelijk aan, ten minste {p.melden_maanden_voor} maanden voor de start: de periode, het aantal uren per week en de verdeling over de week.",
            f"Ask for it in writing, at least {_n(p.melden_maanden_voor, 'month')} before the start: the period, the number of hours a week "
            "and how they are spread over the week.",
        ),
        cao=Tekst(
            "Een cao kan enkele punten anders regelen (zoals de termijn van aanvragen) en soms een deel doorbetalen; de 26 weken blijven.",
            "A cao (collective labour agreement) can change some points (such as how early you must ask) and sometimes pays part of it; "
            "the 26 weeks stay.",
        ),
        bron=[f"{WAZO}#Hoofdstuk6", "https://www.rijksoverheid.nl/onderwerpen/ouderschapsverlof"],
    )


def betaald_ouderschapsverlof(question: VerlofVraag, job: Baan) -> Regeling | None:
    birth = _birth(question)
    p = law(question).ouderschapsverlof
    end = birth + relativedelta(months=p.betaald_periode_maanden) - DAY
    if question.peildatum > end:
        return None
    start = question.start_verlof or question.gewenste_ingangsdatum
    return Regeling(
        code="betaald_ouderschapsverlof",
        naam=Tekst("Betaald ouderschapsverlof", "Betaald ouderschapsverlof (paid parental leave)"),
        werkgever=job.werkgever,
        uren=p.betaald_maal_weekuren * job.uren_per_week,
        weken=float(p.betaald_maal_weekuren),
        van=birth,
        tot=end,
        aanvragen_uiterlijk=(start - relativedelta(months=p.melden_maanden_voor)) if start else None,
        betaald_door=Tekst("UWV (achteraf, via de werkgever)", "UWV (afterwards, through your employer)"),
        percentage=p.betaald_uitkering_percentage,
        bedrag_per_dag=benefit_per_day(question, start or question.peildatum, p.betaald_uitkering_percentage),
        voorwaarden=[
            Tekst(
                f"Het deel van het ouderschapsverlof dat u in het eerste jaar opneemt, ten hoogste {p.betaald_maal_weekuren} keer uw uren per week.",
                f"The part of your ouderschapsverlof (parental leave) that you take in the first year, at most {p.betaald_maal_weekuren} times "
                "your weekly hours.",
            ),
            Tekst("UWV betaalt achteraf; de werkgever hoeft niets voor te schieten.", "UWV pays afterwards; your employer does not have to pay anything in advance."),
        ],
        uitleg=Tekst(
            f"Spreek de weken af met uw werkgever, ten minste {p.melden_maanden_voor} maanden voor de eerste verlofdag; de werkgever vraagt de uitkering aan.",
            f"Agree the weeks with your employer, at least {_n(p.melden_maanden_voor, 'month')} before the first day of leave; "
            "your employer applies for the benefit.",
        ),
        cao=Tekst("Een cao of uw werkgever kan de uitkering aanvullen.", "A cao (collective labour agreement) or your employer can top up the benefit."),
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
        naam=Tekst("Kortdurend zorgverlof", "Kortdurend zorgverlof (short-term care leave)"),
        werkgever=job.werkgever,
        uren=p.kortdurend_maal_weekuren * job.uren_per_week,
        van=start,
        tot=start + relativedelta(months=p.periode_maanden) - DAY,
        betaald_door=EMPLOYER,
        percentage=p.kortdurend_loon_percentage,
        bedrag_per_uur=hourly,
        voorwaarden=[
            Tekst(
                f"Ten hoogste {p.kortdurend_maal_weekuren} keer uw uren per week in {p.periode_maanden} maanden, gerekend vanaf de eerste verlofdag.",
                f"At most {p.kortdurend_maal_weekuren} times your weekly hours in {_n(p.periode_maanden, 'month')}, counted from the first day of leave.",
            ),
            Tekst(
                f"U krijgt ten minste {p.kortdurend_loon_percentage:.0%} van uw loon, en ten minste het minimumloon ({money(minimum, 'nl')} per uur).",
                f"You get at least {p.kortdurend_loon_percentage:.0%} of your pay, and at least the minimum wage ({money(minimum, 'en')} an hour).",
            ),
            Tekst(
                "Voor een zieke naaste die uw zorg nodig heeft: kind, partner, ouder, broer of zus, huisgenoot of iemand die u goed kent.",
                "For someone close to you who is ill and needs your care: a child, partner, parent, brother or sister, housemate or someone "
                "you know well.",
            ),
            Tekst(
                "De werkgever mag alleen weigeren bij een zwaarwegend bedrijfsbelang, vóór de start. Een cao kan andere afspraken maken.",
                "Your employer may only refuse for a very serious business reason (zwaarwegend bedrijfsbelang), and only before the start. "
                "A cao can set other rules.",
            ),
        ],
        uitleg=Tekst("Meld het vooraf, of zo snel mogelijk, met de reden.", "Tell your employer beforehand, or as soon as possible, and give the reason."),
        cao=Tekst(
            "Een cao of afspraak met de ondernemingsraad mag andere regels maken, ook in uw nadeel.",
            "A cao (collective labour agreement) or an agreement with the works council (ondernemingsraad) may set other rules, "
            "even rules that are worse for you.",
        ),
        bron=[f"{WAZO}#Hoofdstuk5", "https://www.rijksoverheid.nl/onderwerpen/zorgverlof"],
    )


def langdurend_zorgverlof(question: VerlofVraag, job: Baan) -> Regeling:
    p = law(question).zorgverlof
    start = question.start_verlof
    return Regeling(
        code="langdurend_zorgverlof",
        naam=Tekst("Langdurend zorgverlof", "Langdurend zorgverlof (long-term care leave)"),
        werkgever=job.werkgever,
        uren=p.langdurend_maal_weekuren * job.uren_per_week,
        van=start,
        tot=(start + relativedelta(months=p.periode_maanden) - DAY) if start else None,
        aanvragen_uiterlijk=(start - p.langdurend_melden_weken_voor * WEEK) if start else None,
        werkgever_beslist_uiterlijk=(start - p.langdurend_weigeren_uiterlijk_weken_voor * WEEK) if start else None,
        betaald_door=Tekst("niemand (onbetaald, tenzij uw cao iets regelt)", "nobody (unpaid, unless your cao arranges something)"),
        percentage=0.0,
        voorwaarden=[
            Tekst(
                f"Ten hoogste {p.langdurend_maal_weekuren} keer uw uren per week in {p.periode_maanden} maanden.",
                f"At most {p.langdurend_maal_weekuren} times your weekly hours in {_n(p.periode_maanden, 'month')}.",
            ),
            Tekst(
                "Voor een naaste die levensbedreigend ziek is, of langere tijd ziek of hulpbehoevend.",
                "For someone close to you who is so ill that their life is in danger, or who is ill or needs help for a longer time.",
            ),
            Tekst(
                f"Weigeren mag alleen bij een zwaarwegend bedrijfsbelang, uiterlijk {p.langdurend_weigeren_uiterlijk_weken_voor} week voor de start; anders gaat het verlof in zoals gevraagd.",
                f"Your employer may only refuse for a very serious business reason (zwaarwegend bedrijfsbelang), no later than "
                f"{_n(p.langdurend_weigeren_uiterlijk_weken_voor, 'week')} before the start; otherwise the leave starts as you asked.",
            ),
        ],
        uitleg=Tekst(
            f"Vraag het schriftelijk aan, ten minste {p.langdurend_melden_weken_voor} weken voor de start: de reden, voor wie, de start, de omvang en de spreiding.",
            f"Ask for it in writing, at least {_n(p.langdurend_melden_weken_voor, 'week')} before the start: the reason, for whom, the start, "
            "how many hours and how they are spread.",
        ),
        cao=Tekst(
            "Een cao of afspraak met de ondernemingsraad mag andere regels maken, ook in uw nadeel; soms wordt een deel doorbetaald.",
            "A cao (collective labour agreement) or an agreement with the works council (ondernemingsraad) may set other rules, "
            "even rules that are worse for you; sometimes part of your pay continues.",
        ),
        bron=[f"{WAZO}#Hoofdstuk5", "https://www.rijksoverheid.nl/onderwerpen/zorgverlof"],
    )


def calamiteitenverlof(question: VerlofVraag, job: Baan, reason: Tekst, on: datetime.date | None = None) -> Regeling:
    return Regeling(
        code="calamiteitenverlof",
        naam=Tekst("Calamiteiten- en ander kort verzuimverlof", "Calamiteiten- en ander kort verzuimverlof (emergency and other short leave)"),
        werkgever=job.werkgever,
        van=on or question.start_verlof or question.peildatum,
        betaald_door=EMPLOYER,
        percentage=1.0,
        voorwaarden=[
            reason,
            Tekst(
                "Zo kort als nodig om een eerste oplossing te vinden: uren tot enkele dagen. De werkgever mag een redelijk verzoek niet weigeren.",
                "As short as needed to find a first solution: from a few hours to a few days. Your employer may not refuse a reasonable request.",
            ),
        ],
        uitleg=Tekst(
            "Meld het vooraf, of zo snel mogelijk (bijvoorbeeld telefonisch), met de reden en hoe lang u weg bent.",
            "Tell your employer beforehand, or as soon as possible (for example by phone), with the reason and how long you will be away.",
        ),
        cao=Tekst(
            "Een cao of afspraak met de ondernemingsraad kan de betaling anders regelen.",
            "A cao (collective labour agreement) or an agreement with the works council (ondernemingsraad) can arrange the pay differently.",
        ),
        bron=[f"{WAZO}#Hoofdstuk4"],
    )


# --- flexibel werken ----------------------------------------------------------------------------------------------------


def flexibel_werken(question: VerlofVraag, job: Baan) -> Regeling:
    start = question.gewenste_ingangsdatum or question.peildatum + relativedelta(months=2)
    p = law(question).wet_flexibel_werken
    voorwaarden = [
        Tekst(
            "U vraagt om meer of minder uren, andere werktijden of een andere werkplek.",
            "You ask for more or fewer hours, other working times or another place of work.",
        ),
        Tekst(
            f"Heeft u {p.opnieuw_na_jaren} jaar geleden al een verzoek gedaan, dan kan een nieuw verzoek pas daarna.",
            f"After a request you must wait {_n(p.opnieuw_na_jaren, 'year')} before you can make a new one.",
        ),
    ]
    applies = True
    if question.werkgever_aantal_werknemers is not None and question.werkgever_aantal_werknemers < p.min_werknemers:
        applies = False
        voorwaarden.insert(0, Tekst(
            f"Uw werkgever heeft minder dan {p.min_werknemers} werknemers: de Wet flexibel werken geldt niet; de werkgever moet een eigen regeling hebben (kijk in uw cao).",
            f"Your employer has fewer than {p.min_werknemers} employees: the Wet flexibel werken (Flexible Working Act) does not apply; "
            "your employer must have its own rules (look in your cao, the collective labour agreement).",
        ))
    months = p.min_dienst_weken * 12 / 52
    if question.maanden_in_dienst is not None and question.maanden_in_dienst < months:
        applies = False
        voorwaarden.insert(0, Tekst(
            f"U moet op de ingangsdatum ten minste {p.min_dienst_weken} weken (een half jaar) in dienst zijn.",
            f"On the start date you must have worked for this employer for at least {p.min_dienst_weken} weeks (half a year).",
        ))
    if applies:
        voorwaarden.append(Tekst(
            "Minder of meer uren en andere werktijden mag de werkgever alleen weigeren bij een zwaarwegend bedrijfsbelang; een andere werkplek moet hij serieus overwegen en een weigering uitleggen.",
            "Your employer may only refuse fewer or more hours or other working times for a very serious business reason "
            "(zwaarwegend bedrijfsbelang); a request for another place of work must be considered seriously, and a refusal explained.",
        ))
    return Regeling(
        code="flexibel_werken",
        naam=Tekst(
            "Verzoek om andere uren, werktijden of werkplek (Wet flexibel werken)",
            "Request for other hours, working times or place of work (Wet flexibel werken)",
        ),
        werkgever=job.werkgever,
        uren=question.nieuwe_uren_per_week,
        van=start,
        aanvragen_uiterlijk=start - relativedelta(months=p.aanvragen_maanden_voor),
        werkgever_beslist_uiterlijk=start - relativedelta(months=p.beslissen_maanden_voor),
        voorwaarden=voorwaarden,
        uitleg=Tekst(
            "Vraag het schriftelijk aan (brief of e-mail) met de gewenste ingangsdatum en uren of werkplek. Beslist de werkgever niet op tijd, dan gaat uw verzoek door zoals gevraagd.",
            "Ask in writing (a letter or an e-mail), with the start date you want and the hours or place of work. If your employer does "
            "not decide in time, your request goes ahead as you asked.",
        ),
        cao=Tekst(
            "Een cao kan op enkele punten afwijken; bij een werkgever met minder dan 10 werknemers regelt de cao of de werkgever het zelf.",
            "A cao (collective labour agreement) can differ on some points; if your employer has fewer than 10 employees, the cao or the "
            "employer sets the rules.",
        ),
        bron=["https://wetten.overheid.nl/BWBR0011173/2026-01-01", "https://ondernemersplein.kvk.nl/flexibel-werken/"],
    )


MONTHS = MONTHS_NL


def _nl(day: datetime.date) -> str:
    """3 maart 2026 (kept for callers of the old name; new code uses `language.date_text`)."""
    return date_text(day, "nl")


def _en(day: datetime.date) -> str:
    """3 March 2026."""
    return date_text(day, "en")


def _n(count: float, word: str) -> str:
    """English count with the noun: 1 week, 2 weeks."""
    return f"{count:g} {word if count == 1 else word + 's'}"
