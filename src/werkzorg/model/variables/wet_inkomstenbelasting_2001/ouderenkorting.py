"""Ouderenkorting (art. 8.17 Wet IB 2001)."""

import numpy as np
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Persoon


class ouderenkorting(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Ouderenkorting vanaf de AOW-leeftijd: het maximum, min 15 % van het verzamelinkomen boven het afbouwpunt (wettelijk bedrag, op hele euro's naar boven afgerond, vóór beperking tot de verschuldigde belasting)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.2_Artikel8.17"
    documentation = (
        "De wet geeft de korting aan wie aan het eind van het jaar de AOW-leeftijd heeft; het model gebruikt de AOW-leeftijd "
        "bij het begin van het jaar (zie docs/niet-gemodelleerd.md). De alleenstaande-ouderenkorting wordt niet gemodelleerd."
    )

    def formula(persoon, period, parameters):
        p = parameters(period).wet_inkomstenbelasting_2001.heffingskortingen.ouderenkorting
        boven = (persoon("verzamelinkomen", period) - p.afbouwpunt).clip(min=0)
        bedrag = (p.maximum - p.afbouwpercentage * boven).clip(min=0)
        return np.ceil(np.where(persoon("heeft_aow_leeftijd", period), bedrag, 0.0) - 1e-3)
