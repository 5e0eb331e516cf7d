"""Kindgebonden budget (Wet op het kindgebonden budget art. 2), computed per month and summed over the year."""

import numpy as np
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Huishouden
from werkzorg.model.helpers import awir_bedrag, age_on, month_starts, quarter_starts
from werkzorg.model.variables.algemene_kinderbijslagwet.kinderbijslag import telt_voor_kinderbijslag


class kindgebonden_budget_maximum(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Kindgebonden budget vóór inkomensafbouw: bedragen per kind, leeftijdsverhogingen en alleenstaande-ouderkop"
    reference = "https://wetten.overheid.nl/BWBR0022751/2026-01-01#Artikel2"
    documentation = (
        "Berekend per maand (1/12 van de jaarbedragen) met de leeftijd op de eerste dag van de maand. Een kind telt mee "
        "in de maanden van een kwartaal waarvoor kinderbijslag bestaat: geboren op of vóór de eerste dag van het "
        "kwartaal en dan jonger dan 18."
    )

    def formula(huishouden, period, parameters):
        p = parameters(period).wet_op_het_kindgebonden_budget
        is_kind = huishouden.members("is_kind", period)
        geboren = huishouden.members("geboortedatum_getal", period)
        alleenstaand = ~huishouden("heeft_toeslagpartner", period)
        totaal = np.zeros(huishouden.count)
        for maand in month_starts(period.start.year):
            kwartaal = maand.replace(month=3 * ((maand.month - 1) // 3) + 1)
            telt = telt_voor_kinderbijslag(geboren, is_kind, kwartaal)
            leeftijd = age_on(geboren, maand)
            per_kind = p.bedrag_per_kind + np.select(
                [(leeftijd >= 12) & (leeftijd < 16), leeftijd >= 16], [p.verhoging_12_tot_16, p.verhoging_16_17], 0.0
            )
            kinderen = huishouden.sum(np.where(telt, per_kind, 0.0))
            heeft_kind = huishouden.any(telt)
            alo_kop = np.where(alleenstaand & heeft_kind, p.alleenstaande_ouderkop, 0.0)
            totaal += (kinderen + alo_kop) / 12
        return totaal


class kindgebonden_budget_maanden(Variable):
    value_type = int
    entity = Huishouden
    definition_period = YEAR
    label = "Aantal maanden in het jaar met een kind waarvoor kinderbijslag bestaat"
    reference = "https://wetten.overheid.nl/BWBR0022751/2026-01-01#Artikel2"

    def formula(huishouden, period):
        is_kind = huishouden.members("is_kind", period)
        geboren = huishouden.members("geboortedatum_getal", period)
        maanden = np.zeros(huishouden.count, dtype=int)
        for kwartaal in quarter_starts(period.start.year):
            maanden += 3 * huishouden.any(telt_voor_kinderbijslag(geboren, is_kind, kwartaal))
        return maanden


class kindgebonden_budget(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Kindgebonden budget per jaar"
    reference = [
        "https://wetten.overheid.nl/BWBR0022751/2026-01-01#Artikel2",
        "https://wetten.overheid.nl/BWBR0018472/2026-01-01#Hoofdstuk2_Paragraaf2.1_Artikel7",
    ]

    def formula(huishouden, period, parameters):
        p = parameters(period)
        kgb = p.wet_op_het_kindgebonden_budget
        partner = huishouden("heeft_toeslagpartner", period)
        drempel = kgb.drempelinkomen + np.where(partner, kgb.verhoging_drempelinkomen_partner, 0.0)
        maanden = huishouden("kindgebonden_budget_maanden", period)
        afbouw = kgb.afbouwpercentage * (huishouden("toetsingsinkomen", period) - drempel).clip(min=0) * maanden / 12
        maximum = huishouden("kindgebonden_budget_maximum", period)
        bedrag = np.where(huishouden("voldoet_aan_vermogenstoets", period), maximum - afbouw, 0.0).clip(min=0)
        return awir_bedrag(bedrag, p.algemene_wet_inkomensafhankelijke_regelingen.minimum_jaarbedrag)
