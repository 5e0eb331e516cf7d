"""The forms of the route pages: plain GET forms in two steps (the situation, then each child), so the state lives in
the URL (`?h=` the shared household, `?r=` the route's own options) and nothing is stored. No names, no free text."""

from __future__ import annotations

from django import forms
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _

from werkzorg.household import MAX_CHILDREN
from werkzorg.model import MODELLED_YEARS
from werkzorg.route.schema import modelled_years_text
from werkzorg.web.household_forms import AmountField
from werkzorg.web.route.barriers import BARRIERS


class SituationForm(forms.Form):
    leeftijd = forms.IntegerField(label=_("Hoe oud bent u?"), min_value=21, max_value=66)
    medisch_urenbeperkt = forms.BooleanField(label=_("UWV heeft vastgesteld dat ik door ziekte of beperking minder uren kan werken"), required=False)
    partner = forms.BooleanField(label=_("Ik woon samen of ben getrouwd"), required=False)
    partner_leeftijd = forms.IntegerField(label=_("Hoe oud is uw partner?"), min_value=21, max_value=66, required=False)
    partner_in_traject = forms.BooleanField(label=_("Mijn partner volgt een traject naar werk"), required=False)
    aantal_kinderen = forms.TypedChoiceField(label=_("Hoeveel kinderen wonen bij u?"), choices=[(n, str(n)) for n in range(MAX_CHILDREN + 1)], coerce=int, initial=0)
    start_maand = forms.TypedChoiceField(label=_("In welke maand begint u met werken?"), choices=list(MONTHS.items()), coerce=int)
    start_jaar = forms.IntegerField(label=_("In welk jaar?"), min_value=2000, max_value=2100)
    aanbod_uren = AmountField(label=_("Hoeveel uur per week is de baan die u kunt krijgen? (leeg: we vergelijken 8, 16, 24 en 32 uur)"), min_value=1, max_value=60, decimal_places=1, required=False)
    uurloon = AmountField(label=_("Bruto uurloon van de baan, in euro (leeg: het minimumloon van elke maand)"), min_value=1, max_value=200, decimal_places=2, required=False)
    uren_per_dag = AmountField(label=_("Hoeveel uur werkt u op een werkdag?"), min_value=1, max_value=12, decimal_places=1, initial=8)
    traject_uren = AmountField(label=_("Volgt u een traject naar werk of een cursus van de gemeente? Hoeveel uur per week? (leeg: nee)"), min_value=0, max_value=40, decimal_places=1, required=False)
    huur = AmountField(label=_("Kale huur per maand, zonder servicekosten, in euro (leeg: geen huurtoeslag)"), min_value=0, max_value=10000, decimal_places=2, required=False)
    servicekosten = AmountField(label=_("Servicekosten per maand die meetellen voor de huurtoeslag, in euro (leeg: geen)"), min_value=0, max_value=1000, decimal_places=2, required=False)
    andere_kostendelers = forms.IntegerField(label=_("Hoeveel andere volwassenen (21 jaar of ouder) wonen bij u?"), min_value=0, max_value=10, initial=0, required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["start_jaar"].help_text = _("De rekenhulp kent de bedragen van %(years)s.") % {"years": modelled_years_text()}

    def clean(self):
        data = super().clean()
        if data.get("partner") and data.get("partner_leeftijd") is None:
            self.add_error("partner_leeftijd", _("Vul de leeftijd van uw partner in."))
        year = data.get("start_jaar")
        if year is not None and year not in MODELLED_YEARS:
            self.add_error(
                "start_jaar",
                _("Voor %(year)s kan de rekenhulp nog niet rekenen: de bedragen voor dat jaar zijn nog niet bekend. Kies een maand in %(years)s.")
                % {"year": year, "years": modelled_years_text()},
            )
        return data


class BarrierForm(forms.Form):
    drempel = forms.MultipleChoiceField(
        label=_("Wat maakt werken moeilijk voor u? Kies alles wat past."),
        choices=[(b.code, _(b.question)) for b in BARRIERS],  # gettext_noop in barriers.py: translated here, lazily
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
