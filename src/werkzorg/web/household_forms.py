"""Form parts every tool uses to describe a household (werkzorg.household), in plain Dutch (B1).

No names: whatever a form holds may travel in a web address (see household_state), so it asks for none.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from werkzorg.household import MAX_CARE_HOURS_PER_MONTH, NAAR_BEHOEFTE, too_many_care_hours



class AmountField(forms.DecimalField):
    """A number as people in the Netherlands type it: "21,50", "21.50", "1.250" or "€ 10.000,-"."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})

    def to_python(self, value):
        if isinstance(value, str):
            text = value.replace("€", "").replace(" ", "").replace("\u00a0", "").rstrip("-").rstrip(",")
            if "," in text:
                text = text.replace(".", "").replace(",", ".")
            elif re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
                text = text.replace(".", "")
            value = text
        return super().to_python(value)

DAYS = [(str(d), str(d)) for d in range(6)]
def _care_days(days: int) -> str:
    return gettext("%(days)s dagen per week") % {"days": days}


#: Translated when shown, not at import (a lazy text with "%" applied would be fixed in the language of that moment).
CARE_DAYS = [("naar behoefte", _("Als er niemand thuis is")), ("1", _("1 dag per week")), *[(str(d), lazy(_care_days, str)(d)) for d in range(2, 6)]]
CARE_TYPES = [
    ("geen", _("Geen opvang")),
    ("dagopvang", _("Kinderdagverblijf (dagopvang)")),
    ("buitenschoolse_opvang", _("Opvang na school (bso)")),
    ("gastouderopvang", _("Gastouder")),
]


WAGE_PERIODS = [("maand", _("per maand")), ("uur", _("per uur")), ("jaar", _("per jaar, met vakantiegeld"))]
#: The wage period chosen in the form → the field of werkzorg.household.Partner
WAGE_FIELD = {"uur": "uurloon", "maand": "maandloon", "jaar": "jaarloon"}
CHILDREN_WITH = [("0", _("Bij u")), ("1", _("Bij uw partner")), ("co-ouderschap", _("De helft van de week bij ieder (co-ouderschap)"))]
RECEIVER = [("0", _("U")), ("1", _("Uw partner"))]
# --- issue 16: own business, benefits, rent or own home -------------------------------------------------------------
TENURE = [("huur", _("Huurhuis")), ("koop", _("Koophuis"))]
BENEFIT_KINDS = [
    ("", _("Geen uitkering")), ("ww", _("WW")), ("ziektewet", _("Ziektewet")), ("wia", _("WIA (WGA of IVA)")),
    ("anw", _("Anw (nabestaanden)")), ("aow", _("AOW")), ("pensioen", _("Pensioen")),
]
# --- end issue 16 ----------------------------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A cleaned form value as JSON holds it: whole Decimals as int, others as float, dates as ISO text."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


class PartnerForm(forms.Form):
    leeftijd = forms.IntegerField(label=_("Leeftijd"), min_value=15, max_value=100)
    loon = AmountField(label=_("Bruto loon, zonder vakantiegeld (€), zoals op uw loonstrook (leeg als u niet in loondienst werkt)"), min_value=0, max_value=200_000, decimal_places=2, required=False)
    loon_per = forms.ChoiceField(label=_("Dit loon is"), choices=WAGE_PERIODS, initial="maand", widget=forms.RadioSelect)
    uren_per_dag = AmountField(label=_("Hoeveel uur werkt u op een werkdag?"), min_value=1, max_value=24, decimal_places=1, initial=8)
    dagen_per_week = forms.TypedChoiceField(label=_("Hoeveel dagen per week werkt u nu?"), choices=DAYS, coerce=int, widget=forms.RadioSelect)
    pensioenpremie = AmountField(
        label=_("Eigen pensioenpremie in procent (staat op uw loonstrook; weet u het niet, laat dan 0 staan)"),
        min_value=0, max_value=50, decimal_places=2, initial=0, required=False,
    )
    # --- issue 16: own business and benefits ---
    winst = AmountField(label=_("Eigen bedrijf (zzp): winst per jaar (€), vóór aftrekposten; leeg als u geen eigen bedrijf heeft"), min_value=0, max_value=2_000_000, decimal_places=0, required=False)
    uren_bedrijf = AmountField(label=_("Eigen bedrijf: uren per week in uw bedrijf"), min_value=0, max_value=100, decimal_places=1, required=False)
    starter = forms.BooleanField(label=_("Eigen bedrijf: ik ben de laatste vijf jaar begonnen (startersaftrek)"), required=False)
    uitkering_soort = forms.ChoiceField(label=_("Krijgt u een uitkering of pensioen?"), choices=BENEFIT_KINDS, required=False)
    uitkering_per_maand = AmountField(label=_("Bruto uitkering of pensioen per maand (€)"), min_value=0, max_value=50_000, decimal_places=2, required=False)
    # --- end issue 16 ---

    def clean(self):
        data = super().clean()
        # --- issue 16 ---
        if data.get("loon") is None and not data.get("winst") and not data.get("uitkering_per_maand"):
            self.add_error("loon", _("Vul uw loon in, of de winst van uw bedrijf, of uw uitkering."))
        if data.get("winst") and data.get("uren_bedrijf") is None:
            self.add_error("uren_bedrijf", _("Vul de uren per week in uw bedrijf in. Daarvan hangt af of u zelfstandigenaftrek krijgt."))
        if data.get("winst") and data.get("loon") is None and data.get("dagen_per_week") == 0:
            self.add_error("dagen_per_week", _("Hoeveel dagen per week werkt u in uw bedrijf? Kies 1 tot 5."))
        if data.get("uitkering_per_maand") and not data.get("uitkering_soort"):
            self.add_error("uitkering_soort", _("Kies welke uitkering u krijgt."))
        # --- end issue 16 ---
        if data.get("loon_per") in ("maand", "jaar") and data.get("dagen_per_week") == 0 and data.get("loon"):
            self.add_error("loon_per", _("Werkt u nu 0 dagen? Vul dan het loon per uur in."))
        if data.get("loon_per") == "uur" and data.get("loon") is not None and data["loon"] > 1000:
            self.add_error("loon", _("Een loon per uur is hoogstens € 1.000."))
        return data

    @staticmethod
    def initial_from(partner: dict[str, Any]) -> dict[str, Any]:
        period = next((key for key, field in WAGE_FIELD.items() if partner.get(field) is not None), "maand")
        return {
            "leeftijd": partner.get("leeftijd"), "loon": partner.get(WAGE_FIELD[period]), "loon_per": period,
            "uren_per_dag": partner.get("uren_per_dag", 8), "dagen_per_week": partner.get("dagen_per_week"),
            "pensioenpremie": (partner.get("pensioen") or {}).get("premie_percentage", 0),
            **_business_initial(partner),
        }

    @staticmethod
    def household_part(values: dict[str, Any]) -> dict[str, Any]:
        """The cleaned form as a partner of werkzorg.household (no name)."""
        partner = {
            "leeftijd": values["leeftijd"],
            "uren_per_dag": plain(values["uren_per_dag"]),
            "dagen_per_week": values["dagen_per_week"],
            "pensioen": {"premie_percentage": plain(values.get("pensioenpremie") or 0)},
        }
        if values.get("loon") is not None:
            partner[WAGE_FIELD[values["loon_per"]]] = plain(values["loon"])
        return {**partner, **_business_part(values)}


# --- issue 16: own business and benefits in the partner form ---
def _business_initial(partner: dict[str, Any]) -> dict[str, Any]:
    business = partner.get("onderneming") or {}
    benefits = {kind: amount for kind, amount in (partner.get("uitkeringen_per_maand") or {}).items() if amount}
    kind = next(iter(benefits), "")
    return {
        "winst": business.get("winst_per_jaar"), "uren_bedrijf": business.get("uren_per_week"), "starter": business.get("starter", False),
        "uitkering_soort": kind, "uitkering_per_maand": benefits.get(kind),
    }


def _business_part(values: dict[str, Any]) -> dict[str, Any]:
    part: dict[str, Any] = {}
    if values.get("winst"):
        part["onderneming"] = {"winst_per_jaar": plain(values["winst"]), "uren_per_week": plain(values.get("uren_bedrijf") or 0), "starter": bool(values.get("starter"))}
    if values.get("uitkering_soort") and values.get("uitkering_per_maand"):
        part["uitkeringen_per_maand"] = {values["uitkering_soort"]: plain(values["uitkering_per_maand"])}
    return part
# --- end issue 16 ---


class ChildForm(forms.Form):
    leeftijd = forms.IntegerField(label=_("Leeftijd"), min_value=0, max_value=17)
    opvang = forms.ChoiceField(label=_("Welke opvang?"), choices=CARE_TYPES, widget=forms.RadioSelect, initial="geen")
    uurprijs = AmountField(label=_("Prijs per uur (€)"), min_value=0, max_value=50, decimal_places=2, required=False)
    uren_per_dag = AmountField(label=_("Uren opvang per dag (leeg: uw werkdag plus 1 uur; bso 4 uur)"), min_value=1, max_value=24, decimal_places=1, required=False)
    dagen = forms.ChoiceField(label=_("Hoeveel dagen?"), choices=CARE_DAYS, initial="naar behoefte")

    def clean(self):
        data = super().clean()
        if data.get("opvang") not in (None, "geen") and data.get("uurprijs") in (None, ""):
            self.add_error("uurprijs", _("Vul dit in als uw kind naar de opvang gaat."))
        days = data.get("dagen")
        hours = data.get("uren_per_dag")
        if hours and days and too_many_care_hours(float(hours), days):
            self.add_error("uren_per_dag", _("Dat is meer dan %(most)s uur opvang per maand. Kijk de uren per dag na.") % {"most": MAX_CARE_HOURS_PER_MONTH})
        return data

    @staticmethod
    def initial_from(child: dict[str, Any]) -> dict[str, Any]:
        care = child.get("opvang") or {}
        return {
            "leeftijd": child.get("leeftijd"), "opvang": care.get("soort", "geen"), "uurprijs": care.get("uurprijs"),
            "uren_per_dag": care.get("uren_per_dag"), "dagen": str(care.get("dagen", NAAR_BEHOEFTE)),
        }

    @staticmethod
    def household_part(values: dict[str, Any]) -> dict[str, Any]:
        """The cleaned form as a child of werkzorg.household (no name)."""
        child: dict[str, Any] = {"leeftijd": values["leeftijd"]}
        if values["opvang"] != "geen":
            days = values["dagen"]
            child["opvang"] = {"soort": values["opvang"], "uurprijs": plain(values["uurprijs"]), "dagen": days if days == NAAR_BEHOEFTE else int(days)}
            if values.get("uren_per_dag"):
                child["opvang"]["uren_per_dag"] = plain(values["uren_per_dag"])
        return child


class HousingForm(forms.Form):
    woning = forms.ChoiceField(label=_("Woont u in een huurhuis of een koophuis?"), choices=TENURE, initial="huur", widget=forms.RadioSelect, required=False)
    huur_per_maand = AmountField(label=_("Bij huur: kale huur per maand (€), zonder servicekosten"), min_value=0, max_value=10000, decimal_places=2, initial=0, required=False)
    servicekosten_per_maand = AmountField(
        label=_("Bij huur: servicekosten per maand (€) voor schoonmaak, licht en de huismeester van gedeelde ruimten (staat op uw huurspecificatie; anders 0)"),
        min_value=0, max_value=1000, decimal_places=2, initial=0, required=False,
    )
    woz_waarde = AmountField(label=_("Bij een koophuis: WOZ-waarde (€), staat op de aanslag van de gemeente"), min_value=0, max_value=50_000_000, decimal_places=0, required=False)
    hypotheekrente_per_jaar = AmountField(label=_("Bij een koophuis: betaalde hypotheekrente per jaar (€), staat op het jaaroverzicht van uw hypotheek; 0 zonder hypotheek"), min_value=0, max_value=1_000_000, decimal_places=2, required=False)
    hypotheekschuld = AmountField(label=_("Weet u de rente per jaar niet? Vul dan de hypotheekschuld in (€)"), min_value=0, max_value=20_000_000, decimal_places=0, required=False)
    rente_percentage = AmountField(label=_("en de rente in procent per jaar"), min_value=0, max_value=20, decimal_places=3, required=False)
    vermogen = AmountField(label=_("Spaargeld en beleggingen samen (€)"), min_value=0, max_value=100_000_000, decimal_places=0, initial=0)

    RENT_FIELDS = ("huur_per_maand", "servicekosten_per_maand")
    HOME_FIELDS = ("woz_waarde", "hypotheekrente_per_jaar", "hypotheekschuld", "rente_percentage")

    def clean(self):
        data = super().clean()
        if data.get("woning") != "koop":
            return data
        if data.get("woz_waarde") is None:
            self.add_error("woz_waarde", _("Vul de WOZ-waarde van uw huis in."))
        interest, debt, rate = data.get("hypotheekrente_per_jaar"), data.get("hypotheekschuld"), data.get("rente_percentage")
        if interest is None and debt and rate is None:
            self.add_error("rente_percentage", _("Vul ook het rentepercentage in, of de rente per jaar."))
        if interest is not None and debt is not None and interest > debt:
            self.add_error("hypotheekrente_per_jaar", _("De rente per jaar is hoger dan de hele hypotheekschuld. Kijk de bedragen na."))
        return data

    @classmethod
    def initial_from(cls, household: dict[str, Any]) -> dict[str, Any]:
        home = household.get("koopwoning") or {}
        return {
            "woning": "koop" if home else "huur", "vermogen": household.get("vermogen", 0),
            **{name: household.get(name, 0) for name in cls.RENT_FIELDS}, **{name: home.get(name) for name in cls.HOME_FIELDS},
        }

    @classmethod
    def household_part(cls, values: dict[str, Any]) -> dict[str, Any]:
        """Rent or an own home (the caller drops an earlier `koopwoning` first)."""
        part: dict[str, Any] = {"vermogen": plain(values.get("vermogen") or 0)}
        if values.get("woning") == "koop":
            part.update({name: 0 for name in cls.RENT_FIELDS})
            part["koopwoning"] = {name: plain(values[name]) for name in cls.HOME_FIELDS if values.get(name) is not None}
        else:
            part.update({name: plain(values.get(name) or 0) for name in cls.RENT_FIELDS})
        return part


class SeparationForm(forms.Form):
    """What the "if you separate" view assumes: where the children live and the alimony (werkzorg.household.Scheiding)."""

    kinderen_wonen_bij = forms.ChoiceField(label=_("Bij wie wonen de kinderen dan?"), choices=CHILDREN_WITH, initial="0", widget=forms.RadioSelect, required=False)
    kinderalimentatie_per_maand = AmountField(label=_("Kinderalimentatie per maand (€), betaald door de ouder bij wie de kinderen niet wonen"), min_value=0, max_value=10_000, decimal_places=2, initial=0, required=False)
    partneralimentatie_per_maand = AmountField(label=_("Partneralimentatie per maand (€)"), min_value=0, max_value=50_000, decimal_places=2, initial=0, required=False)
    partneralimentatie_ontvanger = forms.ChoiceField(label=_("Wie krijgt de partneralimentatie?"), choices=RECEIVER, initial="0", widget=forms.RadioSelect, required=False)

    @staticmethod
    def initial_from(terms: dict[str, Any] | None) -> dict[str, Any]:
        terms = terms or {}
        return {
            "kinderen_wonen_bij": str(terms.get("kinderen_wonen_bij", 0)),
            "kinderalimentatie_per_maand": terms.get("kinderalimentatie_per_maand", 0),
            "partneralimentatie_per_maand": terms.get("partneralimentatie_per_maand", 0),
            "partneralimentatie_ontvanger": str(terms.get("partneralimentatie_ontvanger", 0)),
        }

    @staticmethod
    def household_part(values: dict[str, Any]) -> dict[str, Any]:
        where = values.get("kinderen_wonen_bij") or "0"
        return {
            "kinderen_wonen_bij": where if where == "co-ouderschap" else int(where),
            "kinderalimentatie_per_maand": plain(values.get("kinderalimentatie_per_maand") or 0),
            "partneralimentatie_per_maand": plain(values.get("partneralimentatie_per_maand") or 0),
            "partneralimentatie_ontvanger": int(values.get("partneralimentatie_ontvanger") or 0),
        }
