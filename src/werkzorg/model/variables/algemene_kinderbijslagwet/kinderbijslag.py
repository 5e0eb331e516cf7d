"""Kinderbijslag (AKW): an amount per child per quarter, by age on the first day of the quarter."""

import numpy as np
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Huishouden, Persoon
from werkzorg.model.helpers import age_on, is_born_on_or_before, quarter_starts


def telt_voor_kinderbijslag(geboren: np.ndarray, is_kind: np.ndarray, kwartaal_start) -> np.ndarray:
    """A child counts in a quarter if it belongs to the household, is born on or before its first day and is under 18 then.

    The kindgebonden budget follows the same rule: it exists for children for whom kinderbijslag is paid.
    """
    return is_kind & is_born_on_or_before(geboren, kwartaal_start) & (age_on(geboren, kwartaal_start) < 18)


def kinderbijslag_kwartaal(geboren: np.ndarray, is_kind: np.ndarray, kwartaal_start, p) -> np.ndarray:
    """Amount for one quarter, by age on the first day of the quarter."""
    leeftijd = age_on(geboren, kwartaal_start)
    bedrag = np.select([leeftijd < 6, leeftijd < 12], [p.bedrag_0_tot_6, p.bedrag_6_tot_12], p.bedrag_12_tot_18)
    return np.where(telt_voor_kinderbijslag(geboren, is_kind, kwartaal_start), bedrag, 0.0)


class kinderbijslag_per_kind(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Kinderbijslag voor dit kind over het jaar (som van de vier kwartalen)"
    reference = "https://wetten.overheid.nl/BWBR0002368/2026-01-01#HoofdstukII_Paragraaf3_Artikel12"
    documentation = (
        "Recht bestaat voor een kind dat op de eerste dag van het kwartaal tot het huishouden behoort en jonger is dan 18. "
        "De voorwaarden voor kinderen van 16 en 17 (school of weinig inkomen) worden als vervuld aangenomen."
    )

    def formula(persoon, period, parameters):
        geboren = persoon("geboortedatum_getal", period)
        is_kind = persoon("is_kind", period)
        return sum(
            kinderbijslag_kwartaal(geboren, is_kind, start, parameters(start.isoformat()).algemene_kinderbijslagwet)
            for start in quarter_starts(period.start.year)
        )


class kinderbijslag(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Kinderbijslag per jaar voor alle kinderen van het huishouden"
    reference = "https://wetten.overheid.nl/BWBR0002368/2026-01-01#HoofdstukII_Paragraaf3_Artikel12"

    def formula(huishouden, period):
        return huishouden.sum(huishouden.members("kinderbijslag_per_kind", period), role=Huishouden.KIND)
