"""Form parts every tool uses to describe a household (werkzorg.household), in plain Dutch (B1).

No names: whatever a form holds may travel in a web address (see household_state), so it asks for none.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkzorg.household import MAX_CARE_HOURS_PER_MONTH, NAAR_BEHOEFTE, WEEKS_PER_MONTH



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
CARE_DAYS = [("naar behoefte", _("Als er niemand thuis is")), ("1", _("1 dag per week")), *[(str(d), _("%(days)s dagen per week") % {"days": d}) for d in range(2, 6)]]
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


def plain(value: Any) -> Any:
    """A cleaned form value as JSON holds it: whole Decimals as int, others as float, dates as ISO text."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


class PartnerForm(forms.Form):
    leeftijd = forms.IntegerField(label=_("Leeftijd"), min_value=15, max_value=100)
    loon = AmountField(label=_("Bruto loon, zonder vakantiegeld (€), zoals op uw loonstrook"), min_value=0, max_value=200_000, decimal_places=2)
    loon_per = forms.ChoiceField(label=_("Dit loon is"), choices=WAGE_PERIODS, initial="maand", widget=forms.RadioSelect)
    uren_per_dag = AmountField(label=_("Hoeveel uur werkt u op een werkdag?"), min_value=1, max_value=24, decimal_places=1, initial=8)
    dagen_per_week = forms.TypedChoiceField(label=_("Hoeveel dagen per week werkt u nu?"), choices=DAYS, coerce=int, widget=forms.RadioSelect)
    pensioenpremie = AmountField(
        label=_("Eigen pensioenpremie in procent (staat op uw loonstrook; weet u het niet, laat dan 0 staan)"),
        min_value=0, max_value=50, decimal_places=2, initial=0, required=False,
    )

    def clean(self):
        data = super().clean()
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
        }

    @staticmethod
    def household_part(values: dict[str, Any]) -> dict[str, Any]:
        """The cleaned form as a partner of werkzorg.household (no name)."""
        return {
            "leeftijd": values["leeftijd"],
            WAGE_FIELD[values["loon_per"]]: plain(values["loon"]),
            "uren_per_dag": plain(values["uren_per_dag"]),
            "dagen_per_week": values["dagen_per_week"],
            "pensioen": {"premie_percentage": plain(values.get("pensioenpremie") or 0)},
        }


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
        if hours and days:
            per_month = float(hours) * (5 if days == NAAR_BEHOEFTE else int(days)) * WEEKS_PER_MONTH
            if per_month > MAX_CARE_HOURS_PER_MONTH:
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
    huur_per_maand = AmountField(label=_("Kale huur per maand (€), zonder servicekosten; 0 als u een koophuis hebt"), min_value=0, max_value=10000, decimal_places=2, initial=0)
    servicekosten_per_maand = AmountField(
        label=_("Servicekosten per maand (€) voor schoonmaak, licht en de huismeester van gedeelde ruimten (staat op uw huurspecificatie; anders 0)"),
        min_value=0, max_value=1000, decimal_places=2, initial=0, required=False,
    )
    vermogen = AmountField(label=_("Spaargeld en beleggingen samen (€)"), min_value=0, max_value=100_000_000, decimal_places=0, initial=0)

    FIELDS = ("huur_per_maand", "servicekosten_per_maand", "vermogen")

    @classmethod
    def initial_from(cls, household: dict[str, Any]) -> dict[str, Any]:
        return {name: household.get(name, 0) for name in cls.FIELDS}

    @classmethod
    def household_part(cls, values: dict[str, Any]) -> dict[str, Any]:
        return {name: plain(values.get(name) or 0) for name in cls.FIELDS}


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
