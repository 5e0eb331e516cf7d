"""Alimony after a separation: partneralimentatie is taxed for the receiver and deductible for the payer;
kinderalimentatie is neither (it is for the child), but it moves money between the two households."""

from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Huishouden, Persoon

WET_IB = "https://wetten.overheid.nl/BWBR0011353/2026-01-01"


class partneralimentatie_ontvangen(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Ontvangen partneralimentatie per jaar (belast in box 1 als periodieke uitkering; geen arbeidsinkomen)"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.7_Paragraaf3.7.1_Artikel3.101"


class partneralimentatie_betaald(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Betaalde partneralimentatie per jaar (persoonsgebonden aftrek: onderhoudsverplichting, gaat van het inkomen in box 1 af)"
    reference = [f"{WET_IB}#Hoofdstuk6_Afdeling6.2_Artikel6.3", f"{WET_IB}#Hoofdstuk3_Afdeling3.1_Artikel3.1"]


class kinderalimentatie_ontvangen(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Ontvangen kinderalimentatie per jaar (niet belast)"
    reference = f"{WET_IB}#Hoofdstuk6_Afdeling6.2_Artikel6.3"


class kinderalimentatie_betaald(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Betaalde kinderalimentatie per jaar (niet aftrekbaar: art. 6.3 lid 2 sluit onderhoud van kinderen onder 21 uit)"
    reference = f"{WET_IB}#Hoofdstuk6_Afdeling6.2_Artikel6.3"


class alimentatie_saldo(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Kinderalimentatie ontvangen min kinder- en partneralimentatie betaald (ontvangen partneralimentatie zit al in het netto inkomen)"

    def formula(huishouden, period):
        partners = Huishouden.PARTNER
        return (
            huishouden.sum(huishouden.members("kinderalimentatie_ontvangen", period), role=partners)
            - huishouden.sum(huishouden.members("kinderalimentatie_betaald", period), role=partners)
            - huishouden.sum(huishouden.members("partneralimentatie_betaald", period), role=partners)
        )
