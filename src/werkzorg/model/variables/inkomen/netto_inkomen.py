"""Net income and economic independence of each person."""

import numpy as np
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Persoon


class netto_inkomen(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Netto inkomen: loon, winst, Wazo-uitkering, andere uitkeringen en ontvangen partneralimentatie min inkomstenbelasting en premies, plus uitbetaalde heffingskorting"
    documentation = (
        "De inkomensafhankelijke bijdrage Zvw draagt de werkgever (werkgeversheffing); die gaat niet van het loon af. "
        "De nominale zorgpremie aan de verzekeraar is een uitgave en zit hier niet in. De inkomensafhankelijke "
        "bijdrage Zvw die een ondernemer over de winst zelf betaalt, wordt niet gemodelleerd (docs/niet-gemodelleerd.md). "
        "Hypotheekrente is, net als huur, een uitgave: de aftrek ervan zit in de lagere belasting."
    )

    def formula(persoon, period):
        return (
            persoon("bruto_arbeid", period)
            + persoon("uitkeringen", period)
            + persoon("partneralimentatie_ontvangen", period)
            - persoon("inkomstenbelasting", period)
            + persoon("algemene_heffingskorting_uitbetaling", period)
        )


class bruto_arbeid(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Bruto inkomen uit arbeid: het arbeidsinkomen (loon, winst vóór ondernemersaftrek, Ziektewet tijdens het dienstverband, Wazo-uitkering)"

    def formula(persoon, period):
        return persoon("arbeidsinkomen", period)


class netto_arbeidsinkomen(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Netto inkomen uit arbeid: het deel van de belasting dat naar verhouding op het loon drukt gaat eraf"
    reference = "https://jeugdmonitor.cbs.nl/begrippen-en-toelichtingen/Economisch%20zelfstandig"

    def formula(persoon, period):
        loon = persoon("bruto_arbeid", period)  # wage, profit and Wazo benefits (Wet IB art. 8.1 lid 2 d)
        bruto = loon + persoon("uitkeringen", period) + persoon("partneralimentatie_ontvangen", period)
        aandeel_loon = np.divide(loon, bruto, out=np.zeros_like(bruto), where=bruto > 0)
        return loon - aandeel_loon * persoon("inkomstenbelasting", period)


class economische_zelfstandigheid_grens(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Grens voor economische zelfstandigheid (CBS), netto per jaar"
    reference = "https://jeugdmonitor.cbs.nl/begrippen-en-toelichtingen/Economisch%20zelfstandig"

    def formula(persoon, period, parameters):
        return 12 * parameters(period).cbs.economische_zelfstandigheid_grens + 0 * persoon("loon", period)


class economisch_zelfstandig(Variable):
    value_type = bool
    entity = Persoon
    definition_period = YEAR
    label = "Economisch zelfstandig (CBS): netto inkomen uit arbeid ten minste het bijstandsniveau van een alleenstaande"
    reference = "https://jeugdmonitor.cbs.nl/begrippen-en-toelichtingen/Economisch%20zelfstandig"

    def formula(persoon, period):
        return persoon("economische_zelfstandigheid_afstand", period) >= 0


class economische_zelfstandigheid_afstand(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Netto inkomen uit arbeid min de grens voor economische zelfstandigheid, per jaar (negatief: tekort)"
    reference = "https://jeugdmonitor.cbs.nl/begrippen-en-toelichtingen/Economisch%20zelfstandig"

    def formula(persoon, period):
        return persoon("netto_arbeidsinkomen", period) - persoon("economische_zelfstandigheid_grens", period)
