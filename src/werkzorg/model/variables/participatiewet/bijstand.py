"""Algemene bijstand (Participatiewet) per kalendermaand: norm, kostendelersnorm, inkomstenvrijlating, uitkering.

Bijstand is a monthly right: the gemeente sets the norm for the month, counts the month's net income (art. 32) and
pays the difference (art. 19 lid 1). The vrijlatingen of art. 31 lid 2 n and r are per month and time-limited, so
these variables have `definition_period = MONTH`. What month of the vrijlating a person is in is history (the
gemeente keeps count), so it is an input (`inkomstenvrijlating_maand`); `werkzorg.route.projection` sets it month by
month. Norms here are for 21 years up to the AOW age (art. 21, 22a); other ages are flagged by
`bijstand_leeftijd_buiten_model` and not computed.
"""

import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from werkzorg.model.entities import Huishouden, Persoon
from werkzorg.model.helpers import age_in_months_on, age_on, round_half_up

PW = "https://wetten.overheid.nl/BWBR0015703/2026-01-01"
ART_21 = f"{PW}#Hoofdstuk3_Paragraaf3.2_Artikel21"
ART_22A = f"{PW}#Hoofdstuk3_Paragraaf3.2_Artikel22a"
ART_31 = f"{PW}#Hoofdstuk3_Paragraaf3.4_Artikel31"
ART_32 = f"{PW}#Hoofdstuk3_Paragraaf3.4_Artikel32"


class netto_inkomsten_uit_arbeid(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Netto inkomsten uit arbeid in de maand, zoals de gemeente ze meetelt (loon na loonheffing)"
    reference = ART_32


class inkomstenvrijlating_maand(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "De hoeveelste maand met inkomsten uit arbeid naast bijstand dit is (1 = eerste maand; 0 = geen)"
    reference = ART_31
    documentation = (
        "Maand 1 tot en met 6: algemene vrijlating (onderdeel n). Maand 7 tot en met 36: vrijlating voor alleenstaande "
        "ouders (onderdeel r, 30 aaneengesloten maanden na de periode van onderdeel n)."
    )


class is_medisch_urenbeperkt(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Medisch urenbeperkt: kan door ziekte of handicap niet meer dan een deel van de normale arbeidsduur werken (vastgesteld door UWV)"
    reference = ART_31


class aantal_andere_kostendelers(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Andere personen van 21 jaar of ouder met hoofdverblijf in dezelfde woning die als kostendeler tellen (niet de partner)"
    reference = ART_22A
    documentation = "Studenten, personen met een commerciële relatie en 18- tot 21-jarigen tellen niet mee (art. 22a lid 4)."


class bijstand_leeftijd_in_maanden(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Leeftijd in maanden op de eerste dag van de maand"

    def formula(persoon, period):
        return age_in_months_on(persoon("geboortedatum_getal", period), period.start.date)


class bijstand_leeftijd_buiten_model(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Een partner is jonger dan 21 of heeft de AOW-leeftijd: die normen zitten niet in het model"
    reference = ART_21

    def formula(huishouden, period, parameters):
        maanden = huishouden.members("bijstand_leeftijd_in_maanden", period)
        aow = parameters(period).algemene_ouderdomswet.aow_leeftijd_in_maanden
        partner = huishouden.members("is_partner", period.this_year)
        buiten = partner & ((maanden < 21 * 12) | (maanden >= aow))
        return huishouden.any(buiten)


class bijstand_aantal_kostendelers(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    label = "Aantal kostendelers (A in art. 22a): de belanghebbende, de partner en de andere kostendelers"
    reference = ART_22A

    def formula(huishouden, period):
        return huishouden("aantal_partners", period.this_year) + huishouden("aantal_andere_kostendelers", period)


class bijstandsnorm(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Bijstandsnorm per maand, inclusief vakantietoeslag (21 jaar tot AOW-leeftijd, met kostendelersnorm)"
    reference = [ART_21, ART_22A]
    documentation = (
        "Zonder andere kostendelers: art. 21 onderdeel a (alleenstaande of alleenstaande ouder) of b (gehuwden). "
        "Met kostendelers: (40 % + A × 30 %) / A × de gehuwdennorm per persoon, voor gehuwden de som voor beiden "
        "(art. 22a), afgerond op centen."
    )

    def formula(huishouden, period, parameters):
        p = parameters(period).participatiewet
        partners = huishouden("aantal_partners", period.this_year)
        kostendelers = np.maximum(huishouden("bijstand_aantal_kostendelers", period), partners)
        gehuwden = p.bijstandsnorm.gehuwden
        zonder = np.where(partners >= 2, gehuwden, p.bijstandsnorm.alleenstaande)
        k = p.kostendelersnorm
        per_persoon = (k.basispercentage + kostendelers * k.percentage_per_kostendeler) / np.maximum(kostendelers, 1) * gehuwden
        met = round_half_up(partners * per_persoon)
        return np.where(kostendelers > partners, met, zonder)


class is_alleenstaande_ouder(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Alleenstaande ouder: één partner met een of meer kinderen in het huishouden"
    reference = f"{PW}#Hoofdstuk1_Artikel4"

    def formula(huishouden, period):
        return (huishouden("aantal_partners", period.this_year) == 1) & (huishouden("aantal_kinderen", period.this_year) > 0)


class heeft_kind_jonger_dan_12_bijstand(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Er is een kind in het huishouden dat op de eerste dag van de maand geboren en jonger dan 12 jaar is"
    reference = ART_31

    def formula(huishouden, period, parameters):
        grens = parameters(period).participatiewet.inkomstenvrijlating.alleenstaande_ouder.leeftijd_kind
        geboren = huishouden.members("geboortedatum_getal", period)
        is_kind = huishouden.members("is_kind", period.this_year)
        dag = period.start.date
        leeftijd = age_on(geboren, dag)
        return huishouden.any(is_kind & (geboren <= dag.year * 10000 + dag.month * 100 + dag.day) & (leeftijd < grens))


class inkomstenvrijlating_algemeen(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Algemene inkomstenvrijlating: 25 % van de netto inkomsten uit arbeid tot het maximum, de eerste zes maanden, vanaf 27 jaar"
    reference = ART_31

    def formula(persoon, period, parameters):
        p = parameters(period).participatiewet.inkomstenvrijlating
        maand = persoon("inkomstenvrijlating_maand", period)
        oud_genoeg = persoon("bijstand_leeftijd_in_maanden", period) >= p.minimumleeftijd * 12
        in_periode = (maand >= 1) & (maand <= p.algemeen.maximale_duur_maanden)
        inkomsten = persoon("netto_inkomsten_uit_arbeid", period).clip(min=0)
        bedrag = np.minimum(round_half_up(p.algemeen.percentage * inkomsten), p.algemeen.maximum)
        return np.where(oud_genoeg & in_periode & persoon("is_partner", period.this_year), bedrag, 0.0)


class inkomstenvrijlating_alleenstaande_ouder(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Vrijlating alleenstaande ouder: 12,5 % tot het maximum, 30 maanden na de algemene vrijlating, kind jonger dan 12, vanaf 27 jaar"
    reference = ART_31

    def formula(persoon, period, parameters):
        p = parameters(period).participatiewet.inkomstenvrijlating
        maand = persoon("inkomstenvrijlating_maand", period)
        eerst = p.algemeen.maximale_duur_maanden
        in_periode = (maand > eerst) & (maand <= eerst + p.alleenstaande_ouder.maximale_duur_maanden)
        oud_genoeg = persoon("bijstand_leeftijd_in_maanden", period) >= p.minimumleeftijd * 12
        ouder = persoon.huishouden("is_alleenstaande_ouder", period) & persoon.huishouden("heeft_kind_jonger_dan_12_bijstand", period)
        inkomsten = persoon("netto_inkomsten_uit_arbeid", period).clip(min=0)
        bedrag = np.minimum(round_half_up(p.alleenstaande_ouder.percentage * inkomsten), p.alleenstaande_ouder.maximum)
        medisch = persoon("is_medisch_urenbeperkt", period)  # onderdeel r: "voor zover onderdeel y ... niet van toepassing is"
        return np.where(in_periode & oud_genoeg & ouder & ~medisch & persoon("is_partner", period.this_year), bedrag, 0.0)


class inkomstenvrijlating_medisch_urenbeperkt(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Vrijlating bij een medische urenbeperking: 15 % tot het maximum, zonder einddatum, als de algemene vrijlating niet geldt"
    reference = ART_31

    def formula(persoon, period, parameters):
        p = parameters(period).participatiewet.inkomstenvrijlating
        maand = persoon("inkomstenvrijlating_maand", period)
        # "tenzij onderdeel n van toepassing is": n runs in months 1-6 from age 27
        algemeen = (maand >= 1) & (maand <= p.algemeen.maximale_duur_maanden) & (persoon("bijstand_leeftijd_in_maanden", period) >= p.minimumleeftijd * 12)
        inkomsten = persoon("netto_inkomsten_uit_arbeid", period).clip(min=0)
        bedrag = np.minimum(round_half_up(p.medisch_urenbeperkt.percentage * inkomsten), p.medisch_urenbeperkt.maximum)
        toepassen = persoon("is_medisch_urenbeperkt", period) & ~algemeen & persoon("is_partner", period.this_year)
        return np.where(toepassen, bedrag, 0.0)


class inkomstenvrijlating(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Vrij te laten inkomsten uit arbeid in de maand (art. 31 lid 2 onderdelen n, r en y)"
    reference = ART_31

    def formula(persoon, period):
        return (
            persoon("inkomstenvrijlating_algemeen", period)
            + persoon("inkomstenvrijlating_alleenstaande_ouder", period)
            + persoon("inkomstenvrijlating_medisch_urenbeperkt", period)
        )


class bijstand_middelen(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Inkomsten die op de bijstand in mindering komen: netto inkomsten uit arbeid van de partners min de vrijlating"
    reference = [ART_31, ART_32]

    def formula(huishouden, period):
        telt = huishouden.members("netto_inkomsten_uit_arbeid", period).clip(min=0) - huishouden.members("inkomstenvrijlating", period)
        return huishouden.sum(telt, role=Huishouden.PARTNER)


class bijstand(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Algemene bijstand per maand, netto: de norm min de middelen, niet minder dan nul"
    reference = [ART_21, ART_31, f"{PW}#Hoofdstuk3_Paragraaf3.1_Artikel19"]
    documentation = (
        "Zonder vermogenstoets, woonkostentoeslag, verlagingen (art. 18) of andere inkomsten dan loon; "
        "0 als een partner buiten 21 jaar tot AOW-leeftijd valt (zie bijstand_leeftijd_buiten_model)."
    )

    def formula(huishouden, period):
        bedrag = np.maximum(0.0, round_half_up(huishouden("bijstandsnorm", period) - huishouden("bijstand_middelen", period)))
        return np.where(huishouden("bijstand_leeftijd_buiten_model", period), 0.0, bedrag)
