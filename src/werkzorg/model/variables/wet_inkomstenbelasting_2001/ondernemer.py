"""Profit from a business (winst uit onderneming): ondernemersaftrek (zelfstandigenaftrek and startersaftrek, with the
urencriterium) and the MKB-winstvrijstelling. Profit after these is arbeidsinkomen (art. 8.2)."""

import numpy as np
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Persoon

WET_IB = "https://wetten.overheid.nl/BWBR0011353/2026-01-01"


class winst_uit_onderneming(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Winst uit onderneming per jaar, vóór ondernemersaftrek en MKB-winstvrijstelling (omzet min kosten)"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.2_Paragraaf3.2.1_Artikel3.3"


class uren_onderneming(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "hour"
    label = "Uren per jaar besteed aan de onderneming (voor het urencriterium)"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.2_Paragraaf3.2.1_Artikel3.6"


class is_starter(Variable):
    value_type = bool
    entity = Persoon
    definition_period = YEAR
    label = "Had in de vijf voorgaande jaren ten hoogste twee keer zelfstandigenaftrek en was in een of meer daarvan geen ondernemer (startersaftrek)"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.2_Paragraaf3.2.5_Artikel3.76"


class voldoet_aan_urencriterium(Variable):
    value_type = bool
    entity = Persoon
    definition_period = YEAR
    label = "Voldoet aan het urencriterium: ten minste 1225 uur aan de onderneming, en meer dan de helft van de arbeidstijd (tenzij starter)"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.2_Paragraaf3.2.1_Artikel3.6"
    documentation = (
        "Art. 3.6 lid 1 en 2: de helft-eis geldt niet voor wie in een van de vijf voorgaande jaren geen ondernemer was. "
        "Arbeidstijd in loondienst wordt geschat als de contracturen per week × 52."
    )

    def formula(persoon, period, parameters):
        p = parameters(period).wet_inkomstenbelasting_2001.ondernemer
        uren = persoon("uren_onderneming", period)
        loondienst = 52 * persoon("uren_per_week", period)
        meer_dan_helft = uren > loondienst
        return (uren >= p.urencriterium) & (meer_dan_helft | persoon("is_starter", period))


class zelfstandigenaftrek(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Zelfstandigenaftrek (bij het urencriterium; de helft vanaf de AOW-leeftijd; niet meer dan de winst)"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.2_Paragraaf3.2.5_Artikel3.76"
    documentation = (
        "Art. 3.76 lid 2a: de zelfstandigenaftrek bedraagt ten hoogste de winst (voor wie geen startersaftrek heeft). "
        "Het model begrenst ook bij starters op de winst: een verlies door ondernemersaftrek wordt niet gemodelleerd."
    )

    def formula(persoon, period, parameters):
        p = parameters(period).wet_inkomstenbelasting_2001.ondernemer
        bedrag = np.where(persoon("heeft_aow_leeftijd", period), p.zelfstandigenaftrek_factor_aow * p.zelfstandigenaftrek, p.zelfstandigenaftrek)
        winst = persoon("winst_uit_onderneming", period).clip(min=0)
        return np.where(persoon("voldoet_aan_urencriterium", period), np.minimum(bedrag, winst), 0.0)


class startersaftrek(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Startersaftrek (starters met zelfstandigenaftrek, beneden de AOW-leeftijd; niet meer dan de winst na zelfstandigenaftrek)"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.2_Paragraaf3.2.5_Artikel3.76"

    def formula(persoon, period, parameters):
        p = parameters(period).wet_inkomstenbelasting_2001.ondernemer
        recht = persoon("is_starter", period) & persoon("voldoet_aan_urencriterium", period) & ~persoon("heeft_aow_leeftijd", period)
        rest = (persoon("winst_uit_onderneming", period) - persoon("zelfstandigenaftrek", period)).clip(min=0)
        return np.where(recht, np.minimum(p.startersaftrek, rest), 0.0)


class ondernemersaftrek(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Ondernemersaftrek: zelfstandigenaftrek en startersaftrek (andere onderdelen worden niet gemodelleerd)"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.2_Paragraaf3.2.5_Artikel3.74"

    def formula(persoon, period):
        return persoon("zelfstandigenaftrek", period) + persoon("startersaftrek", period)


class mkb_winstvrijstelling(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "MKB-winstvrijstelling: 12,7 % van de winst na ondernemersaftrek (in centen; het belastbare inkomen wordt op hele euro's afgerond)"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.2_Paragraaf3.2.6_Artikel3.79a"
    documentation = "Geldt voor elke ondernemer, ook zonder urencriterium. Bij verlies wordt het verlies kleiner; het model rekent geen verlies."

    def formula(persoon, period, parameters):
        percentage = parameters(period).wet_inkomstenbelasting_2001.ondernemer.mkb_winstvrijstelling
        grondslag = (persoon("winst_uit_onderneming", period) - persoon("ondernemersaftrek", period)).clip(min=0)
        return percentage * grondslag


class belastbare_winst(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Belastbare winst uit onderneming: winst min ondernemersaftrek min MKB-winstvrijstelling"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.2_Paragraaf3.2.1_Artikel3.2"

    def formula(persoon, period):
        return (
            persoon("winst_uit_onderneming", period) - persoon("ondernemersaftrek", period) - persoon("mkb_winstvrijstelling", period)
        ).clip(min=0)
