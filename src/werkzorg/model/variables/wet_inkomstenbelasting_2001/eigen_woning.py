"""The own home in box 1: eigenwoningforfait (art. 3.112), deductible mortgage interest (art. 3.120), the Wet Hillen
deduction for little or no mortgage debt (art. 3.123a), and who of the fiscal partners declares the result."""

import numpy as np
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Huishouden, Persoon

WET_IB = "https://wetten.overheid.nl/BWBR0011353/2026-01-01"


class woz_waarde(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "WOZ-waarde van de eigen woning (hoofdverblijf) voor het jaar; 0 bij een huurwoning"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.6_Paragraaf3.6.3_Artikel3.112"


class hypotheekrente(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Betaalde rente op de eigenwoningschuld per jaar (aftrekbare kosten eigen woning)"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.6_Paragraaf3.6.4_Artikel3.120"


class eigenwoningforfait(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Eigenwoningforfait: een percentage van de WOZ-waarde naar de tabel van art. 3.112, op hele euro's naar beneden"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.6_Paragraaf3.6.3_Artikel3.112"

    def formula(huishouden, period, parameters):
        p = parameters(period).wet_inkomstenbelasting_2001.eigen_woning
        woz = huishouden("woz_waarde", period)
        gewoon = p.forfait_percentages.calc(woz) * woz
        villa = p.villa_basisbedrag + p.villa_percentage * (woz - p.villagrens)
        return np.floor(np.where(woz > p.villagrens, villa, gewoon) + 1e-6)


class hillen_aftrek(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Aftrek wegens geen of geringe eigenwoningschuld (Wet Hillen): het afbouwpercentage van wat het forfait boven de rente uitkomt"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.6_Paragraaf3.6.5_Artikel3.123a"
    documentation = "Op hele euro's afgerond zoals het rekenvoorbeeld van Vereniging Eigen Huis (€ 700 × 23/30 = € 537)."

    def formula(huishouden, period, parameters):
        percentage = parameters(period).wet_inkomstenbelasting_2001.eigen_woning.hillen_percentage
        verschil = (huishouden("eigenwoningforfait", period) - huishouden("hypotheekrente", period)).clip(min=0)
        return np.round(percentage * verschil)


class saldo_eigen_woning(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Belastbare inkomsten uit eigen woning van het huishouden: forfait min rente min Hillen-aftrek (negatief: een aftrek)"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.6_Paragraaf3.6.1_Artikel3.110"

    def formula(huishouden, period):
        return huishouden("eigenwoningforfait", period) - huishouden("hypotheekrente", period) - huishouden("hillen_aftrek", period)


class aandeel_eigen_woning(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "/1"
    label = "Deel van de inkomsten uit eigen woning dat deze partner aangeeft (fiscale partners kiezen vrij; het model geeft alles aan wie het meeste inkomen heeft)"
    reference = f"{WET_IB}#Hoofdstuk2_Afdeling2.3_Artikel2.17"
    documentation = (
        "Art. 2.17: fiscale partners mogen gezamenlijke inkomensbestanddelen, zoals de inkomsten uit eigen woning, "
        "naar keuze verdelen. Het model rekent het hele saldo toe aan de partner met het hoogste inkomen vóór de eigen "
        "woning (bij gelijk inkomen de eerste); dat is de gebruikelijke keuze omdat de aftrek dan het meest oplevert. "
        "Een opgegeven aandeel gaat voor."
    )

    def formula(persoon, period):
        huishouden = persoon.huishouden
        is_partner = persoon("is_partner", period)
        inkomen = np.where(is_partner, persoon("inkomen_voor_eigen_woning", period), -np.inf)
        hoogste = huishouden.max(inkomen, role=Huishouden.PARTNER)
        positie = huishouden.members_position
        eerste_hoogste = huishouden.min(np.where(is_partner & (inkomen == hoogste), positie, np.iinfo(np.int32).max), role=Huishouden.PARTNER)
        return np.where(is_partner & (positie == eerste_hoogste), 1.0, 0.0)


class aftrek_eigen_woning(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Aftrek eigen woning van deze persoon: zijn deel van rente + Hillen-aftrek − eigenwoningforfait (negatief: een bijtelling)"
    reference = [f"{WET_IB}#Hoofdstuk3_Afdeling3.6", f"{WET_IB}#Hoofdstuk2_Afdeling2.3_Artikel2.17"]

    def formula(persoon, period):
        return -persoon("aandeel_eigen_woning", period) * persoon.huishouden("saldo_eigen_woning", period)
