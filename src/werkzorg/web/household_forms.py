"""Form parts every tool uses to describe a household (werkzorg.household), in plain Dutch (B1).

No names: whatever a form holds may travel in a web address (see household_state), so it asks for none.
"""

from __future__ import annotations

import re

from django import forms
from django.utils.translation import gettext_lazy as _



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


class PartnerForm(forms.Form):
    naam = forms.CharField(label=_("Naam (mag ook leeg)"), max_length=40, required=False)
    leeftijd = forms.IntegerField(label=_("Leeftijd"), min_value=15, max_value=100)
    uurloon = AmountField(label=_("Bruto loon per uur, zonder vakantiegeld (€)"), min_value=0, max_value=1000, decimal_places=2)
    uren_per_dag = AmountField(label=_("Hoeveel uur werkt u op een werkdag?"), min_value=1, max_value=24, decimal_places=1, initial=8)
    dagen_per_week = forms.TypedChoiceField(label=_("Hoeveel dagen per week werkt u nu?"), choices=DAYS, coerce=int, widget=forms.RadioSelect)
    pensioenpremie = AmountField(
        label=_("Eigen pensioenpremie in procent (staat op uw loonstrook; weet u het niet, laat dan 0 staan)"),
        min_value=0, max_value=50, decimal_places=2, initial=0, required=False,
    )


class ChildForm(forms.Form):
    naam = forms.CharField(label=_("Naam (mag ook leeg)"), max_length=40, required=False)
    leeftijd = forms.IntegerField(label=_("Leeftijd"), min_value=0, max_value=17)
    opvang = forms.ChoiceField(label=_("Welke opvang?"), choices=CARE_TYPES, widget=forms.RadioSelect, initial="geen")
    uurprijs = AmountField(label=_("Prijs per uur (€)"), min_value=0, max_value=50, decimal_places=2, required=False)
    uren_per_dag = AmountField(label=_("Uren opvang per dag"), min_value=1, max_value=24, decimal_places=1, required=False)
    dagen = forms.ChoiceField(label=_("Hoeveel dagen?"), choices=CARE_DAYS, initial="naar behoefte")

    def clean(self):
        data = super().clean()
        if data.get("opvang") not in (None, "geen"):
            for field in ("uurprijs", "uren_per_dag"):
                if data.get(field) in (None, ""):
                    self.add_error(field, _("Vul dit in als uw kind naar de opvang gaat."))
        return data


class HousingForm(forms.Form):
    huur_per_maand = AmountField(label=_("Kale huur per maand (€); 0 als u een koophuis hebt"), min_value=0, max_value=10000, decimal_places=2, initial=0)
    vermogen = AmountField(label=_("Spaargeld en beleggingen samen (€)"), min_value=0, max_value=100_000_000, decimal_places=0, initial=0)
