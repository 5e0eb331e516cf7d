"""Algemene heffingskorting (art. 8.10) and its payment to a non-earning partner born before 1963 (art. 8.9)."""

import numpy as np
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Huishouden, Persoon


class algemene_heffingskorting(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Algemene heffingskorting (wettelijk bedrag, op hele euro's naar boven afgerond zoals de Belastingdienst, vóór beperking tot de verschuldigde belasting)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.2_Artikel8.10"

    def formula(persoon, period, parameters):
        p = parameters(period).wet_inkomstenbelasting_2001.heffingskortingen.algemene_heffingskorting
        aow = persoon("heeft_aow_leeftijd", period)
        maximum = np.where(aow, p.maximum_aow, p.maximum)
        afbouw = np.where(aow, p.afbouwpercentage_aow, p.afbouwpercentage)
        boven_afbouwpunt = (persoon("verzamelinkomen", period) - p.afbouwpunt).clip(min=0)
        return np.ceil((maximum - afbouw * boven_afbouwpunt).clip(min=0) - 1e-3)


class algemene_heffingskorting_uitbetaling(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Uitbetaalde algemene heffingskorting aan een partner met weinig inkomen, geboren vóór 1963"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.1_Artikel8.9"
    documentation = (
        "Het deel van de eigen algemene heffingskorting dat de partner niet zelf kan verrekenen, wordt uitbetaald tot "
        "het bedrag dat de andere partner na diens eigen kortingen nog aan belasting en premies verschuldigd is."
    )

    def formula(persoon, period, parameters):
        p = parameters(period).wet_inkomstenbelasting_2001.heffingskortingen.algemene_heffingskorting
        geboortejaar = persoon("geboortedatum_getal", period) // 10000
        huishouden = persoon.huishouden  # projects group results back onto each member
        is_partner = persoon("is_partner", period)
        heeft_partner = huishouden("heeft_toeslagpartner", period)
        onverrekend = (persoon("algemene_heffingskorting", period) - persoon("box1_belasting_voor_kortingen", period)).clip(min=0)
        resterend = persoon("inkomstenbelasting", period)
        resterend_partners = huishouden.sum(resterend, role=Huishouden.PARTNER)
        resterend_andere_partner = resterend_partners - resterend
        recht = is_partner & heeft_partner & (geboortejaar < p.uitbetaling_geboren_voor_jaar)
        return np.where(recht, np.minimum(onverrekend, resterend_andere_partner), 0.0)
