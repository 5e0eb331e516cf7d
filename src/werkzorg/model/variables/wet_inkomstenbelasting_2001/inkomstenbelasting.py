"""Tax and premiums after credits, limited in the order of the law."""

from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Persoon


class heffingskortingen_verrekend(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Heffingskortingen die met de belasting en premies verrekend worden (nooit meer dan die belasting en premies)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.1_Artikel8.3"

    def formula(persoon, period):
        totaal = (
            persoon("algemene_heffingskorting", period)
            + persoon("arbeidskorting", period)
            + persoon("inkomensafhankelijke_combinatiekorting", period)
        )
        return totaal.clip(max=persoon("box1_belasting_voor_kortingen", period))


class inkomstenbelasting(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Inkomstenbelasting en premies volksverzekeringen box 1 na heffingskortingen (nooit lager dan 0)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk2_Afdeling2.2_Artikel2.10"

    def formula(persoon, period):
        return (persoon("box1_belasting_voor_kortingen", period) - persoon("heffingskortingen_verrekend", period)).clip(min=0)
