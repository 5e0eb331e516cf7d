"""Inputs that describe a person, and their age."""

import datetime

from openfisca_core.periods import ETERNITY, YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Huishouden, Persoon
from werkzorg.model.helpers import age_in_months_on, age_on, date_numbers


class geboortedatum(Variable):
    value_type = datetime.date
    default_value = datetime.date(1980, 1, 1)
    entity = Persoon
    definition_period = ETERNITY
    label = "Geboortedatum"


class geboortedatum_getal(Variable):
    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    label = "Geboortedatum als getal JJJJMMDD (voor snelle leeftijdsberekening)"

    def formula(persoon, period):
        return date_numbers(persoon("geboortedatum", period))


class leeftijd(Variable):
    value_type = int
    entity = Persoon
    definition_period = YEAR
    label = "Leeftijd op 1 januari"

    def formula(persoon, period):
        return age_on(persoon("geboortedatum_getal", period), period.start.date)


class loon(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Fiscaal loon uit dienstbetrekking per jaar, inclusief vakantiegeld, na aftrek van de eigen pensioenpremie"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk3_Afdeling3.3"


class uren_per_week(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "hour"
    label = "Gewerkte uren per week (contracturen)"


class belastbare_uitkering(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Belastbare uitkering per jaar (bijvoorbeeld WW of een UWV-uitkering bij verlof); telt niet als arbeidsinkomen"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk3_Afdeling3.7"


class wazo_uitkering(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Uitkering op grond van de Wet arbeid en zorg per jaar (zwangerschaps-, bevallings-, geboorte-, ouderschaps- of adoptieverlof); telt als arbeidsinkomen"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.1_Artikel8.1"
    documentation = (
        "Wet IB 2001 art. 8.1 lid 2 onderdeel d: tot het arbeidsinkomen wordt tevens gerekend: uitkeringen op grond "
        "van de Wet arbeid en zorg en aanvullingen daarop door de werkgever. Zo tellen ze mee voor de arbeidskorting "
        "(art. 8.11) en de inkomensafhankelijke combinatiekorting (art. 8.14a)."
    )


class heeft_aow_leeftijd(Variable):
    value_type = bool
    entity = Persoon
    definition_period = YEAR
    label = "Heeft bij het begin van het jaar de AOW-leeftijd bereikt"
    reference = "https://wetten.overheid.nl/BWBR0002221/2026-01-01#HoofdstukII_Paragraaf1_Artikel7a"
    documentation = (
        "Wie in de loop van het jaar de AOW-leeftijd bereikt, rekent het model het hele jaar als jonger dan de "
        "AOW-leeftijd (zie docs/niet-gemodelleerd.md)."
    )

    def formula(persoon, period, parameters):
        months = age_in_months_on(persoon("geboortedatum_getal", period), period.start.date)
        return months >= parameters(period).algemene_ouderdomswet.aow_leeftijd_in_maanden


class is_geboren_voor_1946(Variable):
    value_type = bool
    entity = Persoon
    definition_period = YEAR
    label = "Geboren vóór 1 januari 1946 (eigen tariefschijf)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk2_Afdeling2.2_Artikel2.10a"

    def formula(persoon, period):
        return persoon("geboortedatum_getal", period) < 19460101


class is_partner(Variable):
    value_type = bool
    entity = Persoon
    definition_period = YEAR
    label = "Is aanvrager of partner in het huishouden (geen kind)"

    def formula(persoon, period):
        return persoon.has_role(Huishouden.PARTNER)


class is_kind(Variable):
    value_type = bool
    entity = Persoon
    definition_period = YEAR
    label = "Is kind in het huishouden"

    def formula(persoon, period):
        return persoon.has_role(Huishouden.KIND)
