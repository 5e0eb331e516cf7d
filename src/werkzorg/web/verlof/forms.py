"""The leave finder's questions, in plain Dutch; each situation shows only the questions it needs."""

from __future__ import annotations

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from werkzorg.leave.report import situation_choices
from werkzorg.web.budget.forms import AmountField

#: The fields each situation asks for, in order.
FIELDS = {
    "zwangerschap": ["uitgerekende_datum", "start_verlof", "meerling", "ziek_voor_verlof_dagen", "geboortedatum", "ziekenhuisopname_kind_dagen"],
    "geboorte_partner": ["uitgerekende_datum", "geboortedatum", "start_verlof"],
    "adoptie": ["geboortedatum", "start_verlof"],
    "pleegzorg": ["geboortedatum", "start_verlof"],
    "zorg_naaste": ["start_verlof", "werkgever_aantal_werknemers", "maanden_in_dienst"],
    "calamiteit": [],
    "ouderschap": ["geboortedatum", "start_verlof", "opgenomen_ouderschapsverlof_uren", "nieuwe_uren_per_week"],
    "aanpassing_arbeidsduur": ["gewenste_ingangsdatum", "nieuwe_uren_per_week", "werkgever_aantal_werknemers", "maanden_in_dienst"],
}
COMMON = ["uren_per_week", "jaarloon", "naam"]


class SituationForm(forms.Form):
    situatie = forms.ChoiceField(label=_("Wat gebeurt er?"), choices=lambda: situation_choices(get_language()), widget=forms.RadioSelect)


class DateInput(forms.DateInput):
    input_type = "date"


class QuestionForm(forms.Form):
    uren_per_week = AmountField(label=_("Hoeveel uur per week werkt u volgens uw contract?"), min_value=1, max_value=60, decimal_places=1)
    jaarloon = AmountField(label=_("Bruto jaarloon met vakantiegeld (€), voor de bedragen (mag leeg)"), min_value=0, max_value=2_000_000, decimal_places=0, required=False)
    naam = forms.CharField(label=_("Uw naam, voor de brief (mag leeg; wij bewaren niets)"), max_length=80, required=False)
    uitgerekende_datum = forms.DateField(label=_("Uitgerekende datum"), widget=DateInput, required=False)
    geboortedatum = forms.DateField(label=_("Geboortedatum van het kind (of de dag dat het kind komt)"), widget=DateInput, required=False)
    start_verlof = forms.DateField(label=_("Wanneer wilt u het verlof laten beginnen? (mag leeg)"), widget=DateInput, required=False)
    meerling = forms.BooleanField(label=_("Een tweeling of meer"), required=False)
    ziek_voor_verlof_dagen = forms.IntegerField(label=_("Dagen ziek in de weken vóór het verlof (mag leeg)"), min_value=0, max_value=70, required=False)
    ziekenhuisopname_kind_dagen = forms.IntegerField(label=_("Dagen dat de baby in het ziekenhuis lag (mag leeg)"), min_value=0, max_value=400, required=False)
    opgenomen_ouderschapsverlof_uren = AmountField(label=_("Al opgenomen ouderschapsverlof in uren (mag leeg)"), min_value=0, max_value=2000, decimal_places=1, required=False)
    nieuwe_uren_per_week = AmountField(label=_("Hoeveel uur per week wilt u gaan werken? (mag leeg)"), min_value=1, max_value=60, decimal_places=1, required=False)
    gewenste_ingangsdatum = forms.DateField(label=_("Vanaf welke datum?"), widget=DateInput, required=False)
    werkgever_aantal_werknemers = forms.IntegerField(label=_("Hoeveel mensen werken er bij uw werkgever? (mag leeg)"), min_value=1, required=False)
    maanden_in_dienst = forms.IntegerField(label=_("Hoeveel maanden werkt u er al? (mag leeg)"), min_value=0, max_value=600, required=False)

    def __init__(self, situation: str, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        keep = set(COMMON) | set(FIELDS[situation])
        for name in list(self.fields):
            if name not in keep:
                del self.fields[name]
        self.order_fields(["uren_per_week", *FIELDS[situation], "jaarloon", "naam"])
