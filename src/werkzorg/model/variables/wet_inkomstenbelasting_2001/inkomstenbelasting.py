"""Tax and premiums after credits, limited in the order of the law."""

from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Persoon


def _verrekend(persoon, period, credits_before: list[str], credit: str):
    """What is left of the tax after the credits that come before it in the law, limits this credit."""
    rest = persoon("box1_belasting_voor_kortingen", period)
    for earlier in credits_before:
        rest = rest - persoon(f"{earlier}_verrekend", period)
    return persoon(credit, period).clip(max=rest.clip(min=0))


class algemene_heffingskorting_verrekend(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Verrekende algemene heffingskorting (ten hoogste de belasting en premies)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.1_Artikel8.3"

    def formula(persoon, period):
        return _verrekend(persoon, period, [], "algemene_heffingskorting")


class arbeidskorting_verrekend(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Verrekende arbeidskorting (na de algemene heffingskorting)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.1_Artikel8.3"

    def formula(persoon, period):
        return _verrekend(persoon, period, ["algemene_heffingskorting"], "arbeidskorting")


class inkomensafhankelijke_combinatiekorting_verrekend(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Verrekende inkomensafhankelijke combinatiekorting (na de algemene heffingskorting en de arbeidskorting)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.1_Artikel8.3"

    def formula(persoon, period):
        return _verrekend(persoon, period, ["algemene_heffingskorting", "arbeidskorting"], "inkomensafhankelijke_combinatiekorting")


class ouderenkorting_verrekend(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Verrekende ouderenkorting (na de algemene heffingskorting, de arbeidskorting en de IACK)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.1_Artikel8.3"

    def formula(persoon, period):
        return _verrekend(persoon, period, ["algemene_heffingskorting", "arbeidskorting", "inkomensafhankelijke_combinatiekorting"], "ouderenkorting")


class heffingskortingen_verrekend(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Heffingskortingen die met de belasting en premies verrekend worden, in de volgorde van de wet (nooit meer dan die belasting en premies)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk8_Afdeling8.1_Artikel8.3"

    def formula(persoon, period):
        return (
            persoon("algemene_heffingskorting_verrekend", period)
            + persoon("arbeidskorting_verrekend", period)
            + persoon("inkomensafhankelijke_combinatiekorting_verrekend", period)
            + persoon("ouderenkorting_verrekend", period)
        )


class inkomstenbelasting(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Inkomstenbelasting en premies volksverzekeringen box 1 na heffingskortingen (nooit lager dan 0)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk2_Afdeling2.2_Artikel2.10"

    def formula(persoon, period):
        return (persoon("box1_belasting_voor_kortingen", period) - persoon("heffingskortingen_verrekend", period)).clip(min=0)
