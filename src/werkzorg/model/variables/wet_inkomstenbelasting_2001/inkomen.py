"""Income concepts of the Wet IB 2001 that the model needs: arbeidsinkomen and verzamelinkomen."""

from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Persoon


class arbeidsinkomen(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Arbeidsinkomen: loon uit dienstbetrekking en uitkeringen op grond van de Wet arbeid en zorg (winst uit onderneming wordt niet gemodelleerd)"
    reference = [
        "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.1_Artikel8.1",
        "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.1_Artikel8.2",
    ]
    documentation = "Art. 8.1 lid 2 onderdeel d: Wazo-uitkeringen tellen als arbeidsinkomen."

    def formula(persoon, period):
        return persoon("loon", period) + persoon("wazo_uitkering", period)


class belastbaar_inkomen_box1(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Belastbaar inkomen uit werk en woning (box 1): inkomen min persoonsgebonden aftrek (betaalde partneralimentatie), afgerond op hele euro's naar beneden"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk3_Afdeling3.1_Artikel3.1"

    def formula(persoon, period):
        inkomen = (
            persoon("loon", period) + persoon("wazo_uitkering", period) + persoon("belastbare_uitkering", period)
            + persoon("partneralimentatie_ontvangen", period)
        )
        return (inkomen - persoon("partneralimentatie_betaald", period)).clip(min=0) // 1


class verzamelinkomen(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Verzamelinkomen (box 1; box 2 en box 3 worden niet gemodelleerd)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk2_Afdeling2.3_Artikel2.18"

    def formula(persoon, period):
        return persoon("belastbaar_inkomen_box1", period)
