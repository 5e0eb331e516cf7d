"""Arbeidskorting (art. 8.11 Wet IB 2001)."""

import numpy as np
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Persoon
from werkzorg.model.helpers import piecewise_linear, select_computed


class arbeidskorting(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Arbeidskorting (wettelijk bedrag, op hele euro's naar boven afgerond zoals de Belastingdienst, vóór beperking tot de verschuldigde belasting)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.2_Artikel8.11"

    def formula(persoon, period, parameters):
        p = parameters(period).wet_inkomstenbelasting_2001.heffingskortingen.arbeidskorting
        inkomen = persoon("arbeidsinkomen", period)
        aow = persoon("heeft_aow_leeftijd", period)
        tabel_aow, tabel = p.trajecten_aow, p.trajecten  # both read, as a year without them must be refused
        # Only for persons with work income (the rest get 0), each by the table for their age.
        korting = select_computed(
            [(inkomen > 0) & aow, inkomen > 0],
            [lambda rows: piecewise_linear(tabel_aow, inkomen[rows]), lambda rows: piecewise_linear(tabel, inkomen[rows])],
            len(inkomen),
        )
        return np.ceil(korting.clip(min=0) - 1e-3)
