"""Inkomensafhankelijke combinatiekorting (IACK, art. 8.14a Wet IB 2001)."""

import numpy as np
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Huishouden, Persoon
from werkzorg.model.helpers import age_on, is_born_on_or_before


class heeft_kind_onder_12(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = YEAR
    label = "Er hoort een kind bij het huishouden dat op 1 januari jonger is dan 12 jaar (IACK)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.2_Artikel8.14a"

    def formula(huishouden, period, parameters):
        grens = parameters(period).wet_inkomstenbelasting_2001.heffingskortingen.inkomensafhankelijke_combinatiekorting.leeftijdsgrens_kind
        geboren = huishouden.members("geboortedatum_getal", period)
        jong = (age_on(geboren, period.start.date) < grens) & is_born_on_or_before(geboren, period.start.date)
        return huishouden.any(jong, role=Huishouden.KIND)


class co_ouder_kind_onder_12(Variable):
    value_type = bool
    entity = Persoon
    definition_period = YEAR
    label = "Co-ouderschap: een kind jonger dan 12 verblijft ten minste 156 dagen van het jaar in elk van beide huishoudens (ook bij de ouder bij wie het niet staat ingeschreven)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.2_Artikel8.14a"
    documentation = (
        "Art. 8.14a lid 1, tweede volzin (versie 1-1-2026): verblijft een kind in de huishoudens van beide ouders "
        "(co-ouderschap), dan behoort het voor de IACK tot beide huishoudens als het ten minste 156 dagen van het jaar "
        "in elk van beide verblijft (ongeveer drie dagen per week)."
    )


class is_minstverdienende_partner(Variable):
    value_type = bool
    entity = Persoon
    definition_period = YEAR
    label = "Heeft geen partner, of het laagste arbeidsinkomen van beide partners (bij gelijk inkomen: de oudste)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.2_Artikel8.14a"

    def formula(persoon, period):
        huishouden = persoon.huishouden  # projects group results back onto each member
        is_partner = persoon("is_partner", period)
        eigen = persoon("arbeidsinkomen", period)
        partner_inkomen = np.where(is_partner, eigen, 0.0)
        ander = huishouden.sum(partner_inkomen, role=Huishouden.PARTNER) - eigen
        geboren = persoon("geboortedatum_getal", period)
        oudste_geboren = huishouden.min(np.where(is_partner, geboren, np.iinfo(np.int64).max), role=Huishouden.PARTNER)
        heeft_partner = huishouden("heeft_toeslagpartner", period)
        positie = persoon.huishouden.members_position
        eerste_partner_positie = huishouden.min(np.where(is_partner, positie, np.iinfo(np.int32).max), role=Huishouden.PARTNER)
        gelijk = eigen == ander
        oudste = geboren == oudste_geboren
        even_oud = huishouden.all(np.where(is_partner, geboren == oudste_geboren, True), role=Huishouden.PARTNER)
        wint_gelijkspel = oudste & (~even_oud | (positie == eerste_partner_positie))
        return is_partner & (~heeft_partner | (eigen < ander) | (gelijk & wint_gelijkspel))


class inkomensafhankelijke_combinatiekorting(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Inkomensafhankelijke combinatiekorting (wettelijk bedrag, op hele euro's naar boven afgerond zoals de Belastingdienst, vóór beperking tot de verschuldigde belasting)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.2_Artikel8.14a"
    documentation = (
        "Aangenomen wordt dat elk kind in het huishouden ten minste zes maanden op het adres van de ouder staat "
        "ingeschreven. De IACK voor wie de AOW-leeftijd heeft bereikt wordt niet gemodelleerd (zie docs/niet-gemodelleerd.md)."
    )

    def formula(persoon, period, parameters):
        p = parameters(period).wet_inkomstenbelasting_2001.heffingskortingen.inkomensafhankelijke_combinatiekorting
        inkomen = persoon("arbeidsinkomen", period)
        kind = persoon.huishouden("heeft_kind_onder_12", period) | persoon("co_ouder_kind_onder_12", period)
        recht = kind & persoon("is_minstverdienende_partner", period) & (inkomen > p.drempel)
        recht = recht & ~persoon("heeft_aow_leeftijd", period)
        bedrag = np.minimum(p.opbouwpercentage * (inkomen - p.drempel), p.maximum)
        return np.ceil(np.where(recht, bedrag, 0.0) - 1e-3)
