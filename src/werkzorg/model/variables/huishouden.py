"""Inputs and joint quantities of the household (the Awir 'toeslagpartners' and their children)."""

from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Huishouden


class aantal_partners(Variable):
    value_type = int
    entity = Huishouden
    definition_period = YEAR
    label = "Aantal partners (aanvrager en toeslagpartner)"

    def formula(huishouden, period):
        return huishouden.nb_persons(Huishouden.PARTNER)


class heeft_toeslagpartner(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = YEAR
    label = "Heeft een toeslagpartner"
    reference = "https://wetten.overheid.nl/BWBR0018472/2026-01-01#Hoofdstuk1_Artikel3"

    def formula(huishouden, period):
        return huishouden("aantal_partners", period) >= 2


class toetsingsinkomen(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Gezamenlijk toetsingsinkomen (verzamelinkomen van aanvrager en toeslagpartner)"
    reference = "https://wetten.overheid.nl/BWBR0018472/2026-01-01#Hoofdstuk2_Paragraaf2.1_Artikel8"

    def formula(huishouden, period):
        return huishouden.sum(huishouden.members("verzamelinkomen", period), role=Huishouden.PARTNER)


class vermogen(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Gezamenlijk vermogen op 1 januari (rendementsgrondslag box 3)"
    reference = "https://wetten.overheid.nl/BWBR0018472/2026-01-01#Hoofdstuk2_Paragraaf2.1_Artikel7"


class huur_per_maand(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Kale huur per maand (zonder servicekosten; die staan apart in servicekosten_per_maand)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2026-01-01#HoofdstukI_Paragraaf1_Artikel5"


class aantal_kinderen(Variable):
    value_type = int
    entity = Huishouden
    definition_period = YEAR
    label = "Aantal kinderen in het huishouden"

    def formula(huishouden, period):
        return huishouden.nb_persons(Huishouden.KIND)
