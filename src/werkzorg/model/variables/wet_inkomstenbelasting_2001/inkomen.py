"""Income concepts of the Wet IB 2001 that the model needs: arbeidsinkomen and verzamelinkomen."""

from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Persoon


class arbeidsinkomen(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Arbeidsinkomen: loon, winst uit onderneming (vóór ondernemersaftrek en MKB-winstvrijstelling), Ziektewet tijdens het dienstverband en Wazo-uitkeringen"
    reference = [
        "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.1_Artikel8.1",
        "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.1_Artikel8.2",
    ]
    documentation = (
        "Art. 8.1 lid 1 onderdeel e (versie 1-1-2026): wat met tegenwoordige arbeid is genoten als winst uit een of meer "
        "ondernemingen, loon en resultaat uit werkzaamheden; 'winst' is de winst vóór ondernemersaftrek en "
        "MKB-winstvrijstelling (die maken er 'belastbare winst' van, art. 3.2). Lid 2 onderdeel c: Ziektewet-uitkeringen "
        "zolang het dienstverband niet is beëindigd; onderdeel d: Wazo-uitkeringen. Andere uitkeringen (WW, Ziektewet "
        "na het dienstverband, WIA, Anw, AOW) niet."
    )

    def formula(persoon, period):
        return (
            persoon("loon", period) + persoon("wazo_uitkering", period) + persoon("winst_uit_onderneming", period)
            + persoon("ziektewet_uitkering_in_dienst", period)
        )


class inkomen_voor_eigen_woning(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Inkomen uit werk (loon, winst, Wazo), uitkeringen en ontvangen partneralimentatie, vóór eigen woning en persoonsgebonden aftrek"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk3_Afdeling3.1_Artikel3.1"

    def formula(persoon, period):
        werk = persoon("loon", period) + persoon("wazo_uitkering", period) + persoon("ziektewet_uitkering_in_dienst", period)
        return werk + persoon("belastbare_winst", period) + persoon("uitkeringen", period) + persoon("partneralimentatie_ontvangen", period)


class belastbaar_inkomen_box1(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Belastbaar inkomen uit werk en woning (box 1): inkomen min aftrek eigen woning min persoonsgebonden aftrek (betaalde partneralimentatie), afgerond op hele euro's naar beneden"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk3_Afdeling3.1_Artikel3.1"
    documentation = "Een negatief inkomen (verlies) wordt niet gemodelleerd: het model rekent dan met 0."

    def formula(persoon, period):
        inkomen = persoon("inkomen_voor_eigen_woning", period) - persoon("aftrek_eigen_woning", period)
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
