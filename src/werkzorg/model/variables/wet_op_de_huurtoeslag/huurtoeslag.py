"""Huurtoeslag (Wet op de huurtoeslag): the 2025 system and the simplified system from 1 January 2026."""

import numpy as np
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Huishouden
from werkzorg.model.helpers import awir_bedrag

WET = "https://wetten.overheid.nl/BWBR0008659/2026-01-01"


class servicekosten_per_maand(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Servicekosten per maand die voor de huurtoeslag meetellen (energie gemeenschappelijke ruimten, schoonmaak, huismeester, dienstruimten)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2025-01-01#Hoofdstuk1_Artikel5"


class huurtoeslag_aantal_personen(Variable):
    value_type = int
    entity = Huishouden
    definition_period = YEAR
    label = "Aantal personen in het huishouden van de huurder (partners en kinderen)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2026-01-01#Hoofdstuk1_Artikel2"

    def formula(huishouden, period):
        return huishouden.nb_persons()


class huurtoeslag_rekeninkomen(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Rekeninkomen: toetsingsinkomen van huurder en partner plus het inkomen van kinderen boven de vrijstelling"
    reference = "https://wetten.overheid.nl/BWBR0018472/2026-01-01#Hoofdstuk2_Paragraaf2.1_Artikel7"

    def formula(huishouden, period, parameters):
        vrijstelling = parameters(period).algemene_wet_inkomensafhankelijke_regelingen.vrijgesteld_inkomen_kind
        inkomen_kind = huishouden.members("verzamelinkomen", period)
        jong = huishouden.members("leeftijd", period) < 23
        telt = np.where(jong, (inkomen_kind - vrijstelling).clip(min=0), inkomen_kind)
        return huishouden("toetsingsinkomen", period) + huishouden.sum(telt, role=Huishouden.KIND)


class huurtoeslag_maximale_huurgrens(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Maximale huurgrens voor dit huishouden (hoog als iemand de leeftijdsgrens heeft bereikt of er een kind woont)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2026-01-01#Hoofdstuk3_Artikel13"

    def formula(huishouden, period, parameters):
        p = parameters(period).wet_op_de_huurtoeslag
        volwassen = huishouden.any(huishouden.members("leeftijd", period) >= p.leeftijdsgrens_jongeren)
        hoog = volwassen | (huishouden("aantal_kinderen", period) > 0)
        return np.where(hoog, p.maximale_huurgrens, p.maximale_huurgrens_jongeren)


class huurtoeslag_rekenhuur(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Rekenhuur per maand: kale huur plus de servicekosten die meetellen (vanaf 2026 alleen de kale huur)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2026-01-01#Hoofdstuk1_Artikel5"

    def formula(huishouden, period, parameters):
        maximum = parameters(period).wet_op_de_huurtoeslag.maximum_servicekosten_per_maand
        service = huishouden("servicekosten_per_maand", period).clip(min=0, max=maximum)
        return huishouden("huur_per_maand", period).clip(min=0) + service


class huurtoeslag_basishuur(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Basishuur per maand: het deel van de huur dat het huishouden zelf betaalt"
    reference = [WET, "https://wetten.overheid.nl/BWBR0049106/2026-01-01"]

    def formula_2025(huishouden, period, parameters):
        """2025: the normhuur rises with income as a·Y² + b·Y (rounded up to cents) above the minimum-inkomensijkpunt."""
        p = parameters(period).wet_op_de_huurtoeslag
        meer = huishouden("huurtoeslag_aantal_personen", period) > 1
        inkomen = huishouden("huurtoeslag_rekeninkomen", period)
        minimum = p.normhuur.minimum - np.where(meer, p.normhuur.verlaging_meerpersoons, p.normhuur.verlaging_eenpersoons)
        ijkpunt = np.where(meer, p.minimum_inkomensijkpunt.meerpersoons, p.minimum_inkomensijkpunt.eenpersoons)
        a = np.where(meer, p.normhuur.factor_a_meerpersoons, p.normhuur.factor_a_eenpersoons)
        b = np.where(meer, p.normhuur.factor_b_meerpersoons, p.normhuur.factor_b_eenpersoons)
        kwadratisch = np.ceil(np.round((a * inkomen**2 + b * inkomen) * 100, 6)) / 100
        normhuur = np.where(inkomen <= ijkpunt, minimum, kwadratisch)
        return normhuur - p.verlaging_eigen_bijdrage

    def formula_2026(huishouden, period, parameters):
        """2026: one fixed basishuur per household type; income works through the linear afbouw instead."""
        p = parameters(period).wet_op_de_huurtoeslag
        meer = huishouden("huurtoeslag_aantal_personen", period) > 1
        verlaging = np.where(meer, p.normhuur.verlaging_meerpersoons, p.normhuur.verlaging_eenpersoons)
        return p.normhuur.minimum - verlaging - p.verlaging_eigen_bijdrage


class huurtoeslag(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Huurtoeslag per jaar (twaalf keer het maandbedrag, afgerond op hele euro's naar beneden)"
    reference = [WET, "https://wetten.overheid.nl/BWBR0008763/2026-01-01", "https://wetten.overheid.nl/BWBR0018472/2026-01-01#Hoofdstuk2_Paragraaf2.1_Artikel7"]
    documentation = (
        "100 % van de rekenhuur boven de basishuur tot de kwaliteitskortingsgrens, 65 % tot de aftoppingsgrens, 40 % daarboven; "
        "vanaf 2026 min (rekeninkomen − ijkpunt) × afbouwpercentage / 12. Aangenomen: geen medebewoners behalve kinderen, "
        "iedereen ingeschreven op het adres, geen uitzondering van art. 13 lid 2."
    )

    def formula(huishouden, period, parameters):
        p = parameters(period).wet_op_de_huurtoeslag
        awir = parameters(period).algemene_wet_inkomensafhankelijke_regelingen
        personen = huishouden("huurtoeslag_aantal_personen", period)
        meer = personen > 1
        rekenhuur = huishouden("huurtoeslag_rekenhuur", period)
        huurgrens = huishouden("huurtoeslag_maximale_huurgrens", period)
        basishuur = huishouden("huurtoeslag_basishuur", period)
        kwaliteitskortingsgrens = p.kwaliteitskortingsgrens
        aftoppingsgrens = np.where(personen >= 3, p.aftoppingsgrens.drie_of_meer_personen, p.aftoppingsgrens.een_of_twee_personen)
        huur = np.minimum(rekenhuur, huurgrens)
        bedrag = (
            (np.minimum(huur, kwaliteitskortingsgrens) - basishuur).clip(min=0)
            + p.percentage_tot_aftoppingsgrens * (np.minimum(huur, aftoppingsgrens) - np.maximum(kwaliteitskortingsgrens, basishuur)).clip(min=0)
            + p.percentage_boven_aftoppingsgrens * (huur - np.maximum(aftoppingsgrens, basishuur)).clip(min=0)
        )
        ijkpunt = np.where(meer, p.minimum_inkomensijkpunt.meerpersoons, p.minimum_inkomensijkpunt.eenpersoons)
        afbouw = np.where(meer, p.afbouwpercentage.meerpersoons, p.afbouwpercentage.eenpersoons)
        bedrag = bedrag - (huishouden("huurtoeslag_rekeninkomen", period) - ijkpunt).clip(min=0) * afbouw / 12
        per_maand = np.floor(np.round(bedrag.clip(min=0), 6))

        partner = huishouden("heeft_toeslagpartner", period)
        vermogensgrens = np.where(partner, awir.vermogensgrens_huurtoeslag.met_toeslagpartner, awir.vermogensgrens_huurtoeslag.alleenstaande)
        meerderjarig = huishouden.any(huishouden.members("leeftijd", period) >= 18, role=Huishouden.PARTNER)
        recht = (huishouden("vermogen", period) <= vermogensgrens) & meerderjarig
        recht = recht & ~(p.maximale_huurgrens_is_voorwaarde & (rekenhuur > huurgrens))
        minimum = awir.minimum_jaarbedrag
        return awir_bedrag(np.where(recht, 12 * per_maand, 0.0), minimum)
