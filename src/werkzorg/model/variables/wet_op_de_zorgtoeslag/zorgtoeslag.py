"""Zorgtoeslag (Wet op de zorgtoeslag art. 2; Awir art. 7 vermogenstoets and the € 24 minimum)."""

import numpy as np
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Huishouden
from werkzorg.model.helpers import awir_bedrag


class zorgtoeslag_normpremie(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Normpremie: het deel van de standaardpremie dat het huishouden zelf draagt"
    reference = "https://wetten.overheid.nl/BWBR0018451/2026-01-01#Artikel2"

    def formula(huishouden, period, parameters):
        p = parameters(period).wet_op_de_zorgtoeslag
        partner = huishouden("heeft_toeslagpartner", period)
        percentage = np.where(partner, p.normpremie_percentage_partner, p.normpremie_percentage_alleenstaande)
        boven_drempel = (huishouden("toetsingsinkomen", period) - p.drempelinkomen).clip(min=0)
        return percentage * p.drempelinkomen + p.afbouwpercentage * boven_drempel


class zorgtoeslag(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Zorgtoeslag per jaar"
    reference = [
        "https://wetten.overheid.nl/BWBR0018451/2026-01-01#Artikel2",
        "https://wetten.overheid.nl/BWBR0018472/2026-01-01#Hoofdstuk2_Paragraaf2.1_Artikel7",
    ]
    documentation = "Aanvrager en toeslagpartner moeten 18 jaar of ouder zijn; beiden zijn verzekerd (Zvw)."

    def formula(huishouden, period, parameters):
        p = parameters(period)
        partner = huishouden("heeft_toeslagpartner", period)
        aantal_verzekerden = np.where(partner, 2, 1)
        bedrag = aantal_verzekerden * p.wet_op_de_zorgtoeslag.standaardpremie - huishouden("zorgtoeslag_normpremie", period)
        volwassen = huishouden.all(huishouden.members("leeftijd", period) >= 18, role=Huishouden.PARTNER)
        recht = volwassen & huishouden("voldoet_aan_vermogenstoets", period)
        bedrag = np.where(recht, bedrag, 0.0).clip(min=0)
        return awir_bedrag(bedrag, p.algemene_wet_inkomensafhankelijke_regelingen.minimum_jaarbedrag)


class voldoet_aan_vermogenstoets(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = YEAR
    label = "Vermogen niet boven de vermogensgrens van de Awir (zorgtoeslag en kindgebonden budget)"
    reference = "https://wetten.overheid.nl/BWBR0018472/2026-01-01#Hoofdstuk2_Paragraaf2.1_Artikel7"

    def formula(huishouden, period, parameters):
        grens = parameters(period).algemene_wet_inkomensafhankelijke_regelingen.vermogensgrens
        partner = huishouden("heeft_toeslagpartner", period)
        return huishouden("vermogen", period) <= np.where(partner, grens.met_toeslagpartner, grens.alleenstaande)
