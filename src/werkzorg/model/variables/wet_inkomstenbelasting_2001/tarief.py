"""Box 1 tax and premiums volksverzekeringen, before tax credits.

The combined rates of art. 2.10 / 2.10a include the premiums in the first bracket. The Belastingdienst computes the
tax per bracket and the premiums separately, each rounded down to whole euros (as its aangifte program shows); doing
the same keeps results equal to the official output to the euro.
"""

import numpy as np
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Persoon
from werkzorg.model.helpers import select_computed


def tax_and_premiums(scale, income: np.ndarray, premium_rate: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Tax (per bracket, each rounded down) and premiums (over the first bracket, rounded down) for one rate scale."""
    thresholds = list(scale.thresholds) + [np.inf]
    first_bracket = np.minimum(income, thresholds[1]).clip(min=0)
    premiums = np.floor(premium_rate * first_bracket + 1e-3)
    tax = np.zeros_like(income)
    for index, rate in enumerate(scale.rates):
        part = (np.minimum(income, thresholds[index + 1]) - thresholds[index]).clip(min=0)
        tax_rate = rate - premium_rate if index == 0 else rate
        tax = tax + np.floor(tax_rate * part + 1e-3)
    return tax, premiums


class premie_percentage_volksverzekeringen(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "/1"
    label = "Premiepercentage volksverzekeringen (AOW alleen beneden de AOW-leeftijd, Anw, Wlz)"
    reference = "https://wetten.overheid.nl/BWBR0009037/2026-01-01"

    def formula(persoon, period, parameters):
        p = parameters(period).wet_financiering_sociale_verzekeringen.premies_volksverzekeringen
        aow = persoon("heeft_aow_leeftijd", period)
        return np.where(aow, 0.0, p.aow) + p.anw + p.wlz


def _by_scale(persoon, period, parameters, part: int) -> np.ndarray:
    """Tax (part 0) or premiums (part 1) by the scale that applies: below AOW age, from AOW age born from 1946,
    from AOW age born before 1946. Each scale is computed only for the persons it applies to, and only for a
    positive income (on an income of 0 or less tax and premiums are 0, as `tax_and_premiums` also gives)."""
    tarief = parameters(period).wet_inkomstenbelasting_2001.tarief
    inkomen = persoon("belastbaar_inkomen_box1", period).astype(float)
    premie = persoon("premie_percentage_volksverzekeringen", period).astype(float)
    aow = persoon("heeft_aow_leeftijd", period)
    voor_1946 = persoon("is_geboren_voor_1946", period)
    positief = inkomen > 0

    def by(scale):
        return lambda rows: tax_and_premiums(scale, inkomen[rows], premie[rows])[part]

    return select_computed(
        [positief & aow & voor_1946, positief & aow, positief],
        [by(tarief.schijven_aow_geboren_voor_1946), by(tarief.schijven_aow_geboren_vanaf_1946), by(tarief.schijven)],
        len(inkomen),
    )


class belasting_box1(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Inkomstenbelasting box 1 zonder premies, vóór heffingskortingen (per schijf afgerond naar beneden)"
    reference = [
        "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk2_Afdeling2.2_Artikel2.10",
        "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk2_Afdeling2.2_Artikel2.10a",
    ]

    def formula(persoon, period, parameters):
        return _by_scale(persoon, period, parameters, 0)


class premies_volksverzekeringen(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Premies volksverzekeringen (AOW, Anw, Wlz) over het inkomen in de eerste schijf, afgerond naar beneden"
    reference = "https://wetten.overheid.nl/BWBR0009037/2026-01-01"

    def formula(persoon, period, parameters):
        return _by_scale(persoon, period, parameters, 1)


class box1_belasting_voor_kortingen(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Inkomstenbelasting en premies volksverzekeringen box 1, vóór heffingskortingen"
    reference = [
        "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk2_Afdeling2.2_Artikel2.10",
        "https://wetten.overheid.nl/BWBR0009037/2026-01-01",
    ]

    def formula(persoon, period):
        return persoon("belasting_box1", period) + persoon("premies_volksverzekeringen", period) + persoon("tariefsaanpassing", period)


class aftrekposten_tegen_basistarief(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Grondslagverminderende posten: ondernemersaftrek, MKB-winstvrijstelling (bij positieve winst na ondernemersaftrek), de aftrekbare kosten eigen woning (de rente, eigen deel) en de persoonsgebonden aftrek"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk2_Afdeling2.2_Artikel2.10"
    documentation = "Art. 2.10 lid 3 (en 2.10a lid 3): onderdelen a, b, d en e; de terbeschikkingstellingsvrijstelling (c) wordt niet gemodelleerd."

    def formula(persoon, period):
        winst_na_aftrek = persoon("winst_uit_onderneming", period) - persoon("ondernemersaftrek", period)
        rente = persoon("aandeel_eigen_woning", period) * persoon.huishouden("hypotheekrente", period)
        return (
            persoon("ondernemersaftrek", period)
            + np.where(winst_na_aftrek > 0, persoon("mkb_winstvrijstelling", period), 0.0)
            + rente
            + persoon("partneralimentatie_betaald", period)
        )


class tariefsaanpassing(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Tariefsaanpassing: wie grondslagverminderende posten heeft, betaalt het verschil tussen het toptarief en het maximale aftrektarief over het deel van die posten dat in de hoogste schijf zou vallen"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk2_Afdeling2.2_Artikel2.10"
    documentation = (
        "Art. 2.10 lid 2 (en 2.10a lid 2): de belasting wordt verhoogd met 11,94 % (2026; 2025: 12,02 %) van het bedrag "
        "waarmee het belastbare inkomen uit werk en woning plus de posten de grens van de hoogste schijf te boven gaat, "
        "doch ten hoogste 11,94 % van de posten."
    )

    def formula(persoon, period, parameters):
        wet = parameters(period).wet_inkomstenbelasting_2001
        posten = persoon("aftrekposten_tegen_basistarief", period)
        inkomen = persoon("belastbaar_inkomen_box1", period).astype(float) + posten
        aow = persoon("heeft_aow_leeftijd", period)
        voor_1946 = persoon("is_geboren_voor_1946", period)

        def extra(scale):
            grens, tarief = scale.thresholds[-1], scale.rates[-1] - wet.tariefsaanpassing.maximaal_aftrektarief
            return lambda rows: np.floor(tarief * np.minimum((inkomen[rows] - grens).clip(min=0), posten[rows]) + 1e-3).clip(min=0)

        schalen = wet.tarief
        # Only for persons with posts (without them the increase is 0: the rate difference is positive).
        heeft_posten = posten > 0
        return select_computed(
            [heeft_posten & aow & voor_1946, heeft_posten & aow, heeft_posten],
            [extra(schalen.schijven_aow_geboren_voor_1946), extra(schalen.schijven_aow_geboren_vanaf_1946), extra(schalen.schijven)],
            len(posten),
        )
