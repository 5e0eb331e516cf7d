"""The forms of the route pages: plain GET forms, so the state lives in the URL and nothing is stored."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from werkzorg.web.route.barriers import BARRIERS

OPVANG = [
    ("geen", _("Geen kinderopvang")),
    ("dagopvang", _("Kinderdagverblijf (dagopvang)")),
    ("buitenschoolse_opvang", _("Buitenschoolse opvang (bso)")),
    ("gastouderopvang", _("Gastouder")),
]


class RouteForm(forms.Form):
    leeftijd = forms.IntegerField(label=_("Hoe oud bent u?"), min_value=21, max_value=66)
    medisch_urenbeperkt = forms.BooleanField(label=_("UWV heeft vastgesteld dat ik door ziekte of beperking minder uren kan werken"), required=False)
    partner = forms.BooleanField(label=_("Ik woon samen of ben getrouwd"), required=False)
    partner_leeftijd = forms.IntegerField(label=_("Hoe oud is uw partner?"), min_value=21, max_value=66, required=False)
    partner_in_traject = forms.BooleanField(label=_("Mijn partner volgt een traject naar werk"), required=False)
    traject_uren = forms.DecimalField(label=_("Volgt u een traject naar werk of een cursus van de gemeente? Hoeveel uur per week? (leeg: nee)"), min_value=0, max_value=40, decimal_places=1, required=False)
    kind_leeftijd = forms.IntegerField(label=_("Hoe oud is uw jongste kind? (leeg: geen kinderen)"), min_value=0, max_value=17, required=False)
    opvang = forms.ChoiceField(label=_("Welke kinderopvang gebruikt u als u werkt?"), choices=OPVANG, initial="geen", widget=forms.RadioSelect)
    uurprijs = forms.DecimalField(label=_("Prijs van de opvang per uur, in euro"), min_value=0, max_value=50, decimal_places=2, required=False)
    aanbod_uren = forms.DecimalField(label=_("Hoeveel uur per week is de baan die u kunt krijgen? (leeg: we vergelijken 8, 16, 24 en 32 uur)"), min_value=1, max_value=60, decimal_places=1, required=False)
    uurloon = forms.DecimalField(label=_("Bruto uurloon van de baan, in euro (leeg: het minimumloon)"), min_value=1, max_value=200, decimal_places=2, required=False)
    huur = forms.DecimalField(label=_("Huur per maand, in euro (leeg: geen huurtoeslag)"), min_value=0, max_value=5000, decimal_places=2, required=False)
    andere_kostendelers = forms.IntegerField(label=_("Hoeveel andere volwassenen (21 jaar of ouder) wonen bij u?"), min_value=0, max_value=10, initial=0, required=False)

    def clean(self):
        data = super().clean()
        if data.get("partner") and data.get("partner_leeftijd") is None:
            self.add_error("partner_leeftijd", _("Vul de leeftijd van uw partner in."))
        if data.get("opvang") not in (None, "geen"):
            if data.get("kind_leeftijd") is None:
                self.add_error("kind_leeftijd", _("Vul de leeftijd van uw kind in."))
            if data.get("uurprijs") is None:
                self.add_error("uurprijs", _("Vul de prijs per uur in."))
        return data

    def route(self) -> dict:
        data = self.cleaned_data
        route: dict = {"aanvrager": {"leeftijd": data["leeftijd"]}}
        if data.get("partner"):
            route["partner"] = {"leeftijd": data["partner_leeftijd"]}
            route["partner_in_traject"] = bool(data.get("partner_in_traject"))
        if data.get("kind_leeftijd") is not None:
            kind: dict = {"leeftijd": data["kind_leeftijd"]}
            if data.get("opvang") not in (None, "geen"):
                kind["opvang"] = {"soort": data["opvang"], "uurprijs": float(data["uurprijs"])}
            route["kinderen"] = [kind]
        if data.get("medisch_urenbeperkt"):
            route["medisch_urenbeperkt"] = True
        if data.get("traject_uren"):
            route["traject_uren_per_week"] = float(data["traject_uren"])
        if data.get("aanbod_uren") is not None:
            route["uren"] = sorted({8.0, 16.0, 24.0, 32.0, float(data["aanbod_uren"])})
        if data.get("uurloon") is not None:
            route["uurloon"] = float(data["uurloon"])
        if data.get("huur") is not None:
            route["huur_per_maand"] = float(data["huur"])
        if data.get("andere_kostendelers"):
            route["andere_kostendelers"] = data["andere_kostendelers"]
        return route


class BarrierForm(forms.Form):
    drempel = forms.MultipleChoiceField(
        label=_("Wat maakt werken moeilijk voor u? Kies alles wat past."),
        choices=[(b.code, b.question) for b in BARRIERS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
