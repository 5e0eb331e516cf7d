"""Kinderopvangtoeslag (Wet kinderopvang art. 1.7; Besluit kinderopvangtoeslag art. 3, 7, 8a and Bijlage I)."""

import numpy as np
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Huishouden, Persoon
from werkzorg.model.helpers import awir_bedrag

BESLUIT = "https://wetten.overheid.nl/BWBR0017321/2026-01-01"


class SoortKinderopvang(Enum):
    geen = "Geen kinderopvang"
    dagopvang = "Dagopvang (kinderdagverblijf)"
    buitenschoolse_opvang = "Buitenschoolse opvang (bso)"
    gastouderopvang = "Gastouderopvang"


class kinderopvang_soort(Variable):
    value_type = Enum
    possible_values = SoortKinderopvang
    default_value = SoortKinderopvang.geen
    entity = Persoon
    definition_period = YEAR
    label = "Soort kinderopvang van het kind"


class kinderopvang_uren_per_maand(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "hour"
    label = "Afgenomen uren kinderopvang per maand (gemiddeld over het jaar)"


class kinderopvang_uurprijs(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Uurprijs van de kinderopvang"


class voldoet_aan_arbeidseis_kinderopvang(Variable):
    value_type = bool
    entity = Persoon
    definition_period = YEAR
    label = "Werkt (of studeert of volgt een traject) en voldoet zo aan de voorwaarde voor kinderopvangtoeslag"
    reference = "https://wetten.overheid.nl/BWBR0017017/2026-01-01#Hoofdstuk1_Afdeling2_Paragraaf1_Artikel1.6"
    documentation = "Standaard: heeft arbeidsinkomen (loon, winst uit onderneming, Wazo). Studie of traject kan als invoer worden opgegeven."

    def formula(persoon, period):
        return persoon("arbeidsinkomen", period) > 0


class kinderopvang_kosten(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Kosten kinderopvang per jaar (alle afgenomen uren tegen de werkelijke uurprijs)"

    def formula(huishouden, period):
        return huishouden.sum(huishouden.members("kinderopvang_kosten_per_kind", period), role=Huishouden.KIND)


class kinderopvang_kosten_per_kind(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Kosten kinderopvang voor dit kind per jaar (twaalf maandfacturen, in centen afgerond)"

    def formula(persoon, period):
        heeft_opvang = persoon("kinderopvang_soort", period) != SoortKinderopvang.geen
        per_maand = np.round(persoon("kinderopvang_uren_per_maand", period) * persoon("kinderopvang_uurprijs", period), 2)
        kosten = 12 * per_maand
        return np.where(heeft_opvang & persoon("is_kind", period), kosten, 0.0)


class kinderopvangtoeslag_te_vergoeden_kosten_per_maand(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Kosten per maand waarover toeslag bestaat: ten hoogste 230 uur tegen ten hoogste de maximum uurprijs"
    reference = BESLUIT

    def formula(persoon, period, parameters):
        p = parameters(period).wet_kinderopvang.kinderopvangtoeslag
        soort = persoon("kinderopvang_soort", period)
        maximum_uurprijs = np.select(
            [soort == SoortKinderopvang.dagopvang, soort == SoortKinderopvang.buitenschoolse_opvang, soort == SoortKinderopvang.gastouderopvang],
            [p.maximum_uurprijs.dagopvang, p.maximum_uurprijs.buitenschoolse_opvang, p.maximum_uurprijs.gastouderopvang],
            0.0,
        )
        uren = persoon("kinderopvang_uren_per_maand", period).clip(min=0, max=p.maximum_uren_per_maand)
        uurprijs = np.minimum(persoon("kinderopvang_uurprijs", period).clip(min=0), maximum_uurprijs)
        werkelijk = persoon("kinderopvang_kosten_per_kind", period) / 12
        return np.where(persoon("is_kind", period), np.minimum(np.round(uren * uurprijs, 2), werkelijk), 0.0)


class is_eerste_kind_kinderopvang(Variable):
    value_type = bool
    entity = Persoon
    definition_period = YEAR
    label = "Het kind met de meeste opvanguren (bij gelijke uren: de hoogste te vergoeden kosten); krijgt het percentage voor het eerste kind"
    reference = BESLUIT

    def formula(persoon, period, parameters):
        maximum_uren = parameters(period).wet_kinderopvang.kinderopvangtoeslag.maximum_uren_per_maand
        huishouden = persoon.huishouden  # projects group results back onto each member
        is_kind = persoon("is_kind", period)
        uren = persoon("kinderopvang_uren_per_maand", period).clip(min=0, max=maximum_uren)
        kosten = persoon("kinderopvangtoeslag_te_vergoeden_kosten_per_maand", period)
        # Rank by hours, then by cost (cents), then by position: one number per child, largest wins.
        sleutel = np.where(is_kind & (kosten > 0), np.round(uren * 100) * 1e9 + np.round(kosten * 100), -1.0)
        hoogste = huishouden.max(sleutel)
        positie = huishouden.members_position
        eerste_positie = huishouden.min(np.where(sleutel == hoogste, positie, np.iinfo(np.int32).max))
        return is_kind & (kosten > 0) & (sleutel == hoogste) & (positie == eerste_positie)


class kinderopvangtoeslag_percentage(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "/1"
    label = "Percentage van de te vergoeden kosten voor dit kind (Bijlage I; negatief als de tabel onbekend is; 0 voor ouders)"
    reference = BESLUIT

    def formula(persoon, period, parameters):
        p = parameters(period).wet_kinderopvang.kinderopvangtoeslag
        inkomen = persoon.huishouden("toetsingsinkomen", period)
        percentage = np.where(
            persoon("is_eerste_kind_kinderopvang", period),
            p.tabel_eerste_kind.calc(inkomen),
            p.tabel_volgend_kind.calc(inkomen),
        )
        return np.where(persoon("is_kind", period), percentage, 0.0)


class kinderopvangtoeslag_per_kind(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Kinderopvangtoeslag voor dit kind per jaar"
    reference = BESLUIT

    def formula(persoon, period):
        percentage = persoon("kinderopvangtoeslag_percentage", period).clip(min=0)
        per_maand = np.round(percentage * persoon("kinderopvangtoeslag_te_vergoeden_kosten_per_maand", period), 2)
        return 12 * per_maand


class kinderopvangtoeslag_onbekend(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = YEAR
    label = "Kinderopvangtoeslag kan niet berekend worden: het percentage voor dit inkomen staat niet in het model"
    reference = BESLUIT

    def formula(huishouden, period):
        onbekend = (huishouden.members("kinderopvangtoeslag_percentage", period) < 0) & (
            huishouden.members("kinderopvangtoeslag_te_vergoeden_kosten_per_maand", period) > 0
        )
        return huishouden.any(onbekend, role=Huishouden.KIND) & huishouden("heeft_recht_op_kinderopvangtoeslag", period)


class heeft_recht_op_kinderopvangtoeslag(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = YEAR
    label = "Aanvrager en toeslagpartner voldoen beiden aan de arbeidseis"
    reference = "https://wetten.overheid.nl/BWBR0017017/2026-01-01#Hoofdstuk1_Afdeling2_Paragraaf1_Artikel1.6"

    def formula(huishouden, period):
        return huishouden.all(huishouden.members("voldoet_aan_arbeidseis_kinderopvang", period), role=Huishouden.PARTNER)


class kinderopvangtoeslag(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Kinderopvangtoeslag per jaar"
    reference = [BESLUIT, "https://wetten.overheid.nl/BWBR0017017/2026-01-01#Hoofdstuk1_Afdeling2_Paragraaf1_Artikel1.7"]
    documentation = (
        "Per kind: percentage × min(uurprijs, maximum uurprijs) × min(uren, 230) per maand, maal 12, afgerond op hele "
        "euro's (Awir art. 14 lid 4). Alleen als beide "
        "partners werken. Als het percentage voor het inkomen onbekend is, rekent het model 0 en zet het "
        "kinderopvangtoeslag_onbekend."
    )

    def formula(huishouden, period, parameters):
        minimum = parameters(period).algemene_wet_inkomensafhankelijke_regelingen.minimum_jaarbedrag
        totaal = huishouden.sum(huishouden.members("kinderopvangtoeslag_per_kind", period), role=Huishouden.KIND)
        return awir_bedrag(np.where(huishouden("heeft_recht_op_kinderopvangtoeslag", period), totaal, 0.0), minimum)
