"""Profit from a business (winst uit onderneming): ondernemersaftrek (zelfstandigenaftrek and startersaftrek, with the
urencriterium) and the MKB-winstvrijstelling. The profit itself (before these) is arbeidsinkomen (art. 8.1 lid 1 e)."""

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
    label = "Zelfstandigenaftrek bij het urencriterium, zonder de verhoging voor starters (de helft vanaf de AOW-leeftijd; niet meer dan de winst, behalve voor starters)"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.2_Paragraaf3.2.5_Artikel3.76"
    documentation = (
        "Art. 3.76 lid 2: het bedrag beneden de AOW-leeftijd; lid 4: 50 % vanaf de AOW-leeftijd; lid 5: niet meer dan "
        "de winst, behalve voor wie recht heeft op de verhoging voor starters (lid 3). Het deel boven de winst "
        "('niet gerealiseerde zelfstandigenaftrek', lid 5–7) schuift door naar latere jaren; dat wordt niet gemodelleerd."
    )

    def formula(persoon, period, parameters):
        p = parameters(period).wet_inkomstenbelasting_2001.ondernemer
        factor = np.where(persoon("heeft_aow_leeftijd", period), p.zelfstandigenaftrek_factor_aow, 1.0)
        bedrag = factor * p.zelfstandigenaftrek
        winst = persoon("winst_uit_onderneming", period).clip(min=0)
        begrensd = np.where(persoon("is_starter", period), bedrag, np.minimum(bedrag, winst))
        return np.where(persoon("voldoet_aan_urencriterium", period), begrensd, 0.0)


class startersaftrek(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Startersaftrek: verhoging van de zelfstandigenaftrek voor starters met het urencriterium (de helft vanaf de AOW-leeftijd)"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.2_Paragraaf3.2.5_Artikel3.76"
    documentation = "Art. 3.76 lid 3 (verhoging met € 2.123) en lid 4 (50 % vanaf de AOW-leeftijd); niet begrensd op de winst (lid 5)."

    def formula(persoon, period, parameters):
        p = parameters(period).wet_inkomstenbelasting_2001.ondernemer
        factor = np.where(persoon("heeft_aow_leeftijd", period), p.zelfstandigenaftrek_factor_aow, 1.0)
        recht = persoon("is_starter", period) & persoon("voldoet_aan_urencriterium", period)
        return np.where(recht, factor * p.startersaftrek, 0.0)


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
    label = "MKB-winstvrijstelling: 12,7 % van de winst na ondernemersaftrek (in centen; negatief bij een verlies, dat dan kleiner wordt)"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.2_Paragraaf3.2.6_Artikel3.79a"
    documentation = "Geldt voor elke ondernemer, ook zonder urencriterium. Het belastbare inkomen wordt op hele euro's afgerond."

    def formula(persoon, period, parameters):
        percentage = parameters(period).wet_inkomstenbelasting_2001.ondernemer.mkb_winstvrijstelling
        return percentage * (persoon("winst_uit_onderneming", period) - persoon("ondernemersaftrek", period))


class belastbare_winst(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Belastbare winst uit onderneming: winst min ondernemersaftrek min MKB-winstvrijstelling (negatief: een verlies, dat met ander inkomen in box 1 verrekend wordt)"
    reference = f"{WET_IB}#Hoofdstuk3_Afdeling3.2_Paragraaf3.2.1_Artikel3.2"
    documentation = "Een verlies in box 1 dat groter is dan het andere inkomen schuift in de wet door naar andere jaren; het model rekent dan met 0."

    def formula(persoon, period):
        return persoon("winst_uit_onderneming", period) - persoon("ondernemersaftrek", period) - persoon("mkb_winstvrijstelling", period)
