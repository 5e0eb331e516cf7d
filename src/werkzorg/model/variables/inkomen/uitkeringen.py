"""Benefits by kind. Each is taxed in box 1 as (former) wages or a periodic payment; none counts as arbeidsinkomen for
the arbeidskorting and the IACK (Wet IB 2001 art. 8.1 lid 1 e and lid 2 name only wage, profit, overige werkzaamheden,
the Ziektewet during employment — `ziektewet_uitkering_in_dienst` — and the Wazo benefits, `wazo_uitkering`)."""

from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Persoon

WET_IB = "https://wetten.overheid.nl/BWBR0011353/2026-01-01"
ARTIKEL_8_1 = f"{WET_IB}#Hoofdstuk8_Afdeling8.1_Artikel8.1"


class ww_uitkering(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "WW-uitkering (UWV) per jaar, bruto; belast in box 1; telt niet als arbeidsinkomen (art. 8.1)"
    reference = ["https://wetten.overheid.nl/BWBR0004045/2026-01-01", ARTIKEL_8_1]


class ziektewet_uitkering(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Ziektewet-uitkering na het einde van het dienstverband (vangnet, UWV; loondoorbetaling door de werkgever bij ziekte is loon) per jaar, bruto; belast in box 1; telt niet als arbeidsinkomen (art. 8.1)"
    reference = ["https://wetten.overheid.nl/BWBR0001888/2026-01-01", ARTIKEL_8_1]


class ziektewet_uitkering_in_dienst(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Ziektewet-uitkering per jaar zolang het dienstverband niet is beëindigd (bijvoorbeeld bij ziekte door zwangerschap); telt als arbeidsinkomen (art. 8.1 lid 2 c)"
    reference = ["https://wetten.overheid.nl/BWBR0001888/2026-01-01", f"{WET_IB}#Hoofdstuk8_Afdeling8.1_Artikel8.1"]


class wia_uitkering(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "WIA-uitkering (WGA of IVA, UWV) per jaar, bruto; belast in box 1; telt niet als arbeidsinkomen (art. 8.1)"
    reference = ["https://wetten.overheid.nl/BWBR0019057/2026-01-01", ARTIKEL_8_1]


class anw_uitkering(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Anw-uitkering (nabestaanden, SVB) per jaar, bruto; belast in box 1; telt niet als arbeidsinkomen (art. 8.1)"
    reference = ["https://wetten.overheid.nl/BWBR0008490/2026-01-01", ARTIKEL_8_1]


class aow_uitkering(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "AOW-pensioen (SVB) per jaar, bruto; belast in box 1; telt niet als arbeidsinkomen (art. 8.1)"
    reference = ["https://wetten.overheid.nl/BWBR0002221/2026-01-01", ARTIKEL_8_1]


class pensioen_uitkering(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Ouderdomspensioen of lijfrente-uitkering per jaar, bruto; belast in box 1; telt niet als arbeidsinkomen (art. 8.1)"
    reference = [f"{WET_IB}#Hoofdstuk3_Afdeling3.3_Artikel3.81", ARTIKEL_8_1]


class uitkeringen(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Belastbare uitkeringen samen die geen arbeidsinkomen zijn: WW, Ziektewet, WIA, Anw, AOW, pensioen en de algemene belastbare uitkering"
    reference = f"{WET_IB}#Hoofdstuk8_Afdeling8.1_Artikel8.1"

    def formula(persoon, period):
        return sum(
            persoon(name, period)
            for name in ("belastbare_uitkering", "ww_uitkering", "ziektewet_uitkering", "wia_uitkering", "anw_uitkering", "aow_uitkering", "pensioen_uitkering")
        )
