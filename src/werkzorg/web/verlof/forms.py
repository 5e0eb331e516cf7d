"""The leave finder's questions, in plain Dutch; each situation shows only the questions it needs."""

from __future__ import annotations

import re

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from werkzorg.leave.report import situation_choices
from werkzorg.model import MODELLED_YEARS
from werkzorg.web.household_forms import CARE_DAYS, CARE_TYPES, AmountField

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
COMMON = ["uren_per_week", "jaarloon"]


class SituationForm(forms.Form):
    situatie = forms.ChoiceField(label=_("Wat gebeurt er?"), choices=lambda: situation_choices(get_language()), widget=forms.RadioSelect)


class DateInput(forms.DateInput):
    input_type = "date"


class QuestionForm(forms.Form):
    uren_per_week = AmountField(label=_("Hoeveel uur per week werkt u volgens uw contract?"), min_value=1, max_value=60, decimal_places=1)
    jaarloon = AmountField(label=_("Bruto jaarloon met vakantiegeld (€), voor de bedragen (mag leeg)"), min_value=0, max_value=2_000_000, decimal_places=0, required=False)
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
        self.order_fields(["uren_per_week", *FIELDS[situation], "jaarloon"])


# --- the leave plan: what a first-year plan does to the household's money ------------------------------------------

PLAN_ROWS = 4
PLAN_LEAVE = [
    ("", _("—")),
    ("bevallingsverlof", _("Zwangerschaps- en bevallingsverlof (100 %, UWV)")),
    ("aanvullend_geboorteverlof", _("Aanvullend geboorteverlof (70 %, UWV)")),
    ("betaald_ouderschapsverlof", _("Betaald ouderschapsverlof (70 %, UWV)")),
    ("ouderschapsverlof", _("Ouderschapsverlof, onbetaald")),
    ("adoptieverlof", _("Adoptie- of pleegzorgverlof (100 %, UWV)")),
    ("langdurend_zorgverlof", _("Langdurend zorgverlof, onbetaald")),
]
WHO = [("0", _("Partner 1")), ("1", _("Partner 2"))]


class PlanForm(forms.Form):
    """One household and up to four periods of leave; all on one page, so it works without JavaScript."""

    jaar = forms.TypedChoiceField(label=_("Jaar"), choices=[(y, str(y)) for y in reversed(MODELLED_YEARS)], coerce=int)
    kind_geboortedatum = forms.DateField(label=_("Geboortedatum van het jongste kind, of de uitgerekende datum (leeg: geen kinderen)"), widget=DateInput, required=False)
    huur_per_maand = AmountField(label=_("Kale huur per maand (€; 0 bij een koopwoning)"), min_value=0, max_value=10_000, decimal_places=2, required=False)
    opvang_soort = forms.ChoiceField(label=_("Kinderopvang na het verlof"), choices=[c for c in CARE_TYPES if c[0] != "buitenschoolse_opvang"], required=False)
    opvang_uurprijs = AmountField(label=_("Uurprijs van de opvang (€)"), min_value=0, max_value=50, decimal_places=2, required=False)
    opvang_uren_per_dag = AmountField(label=_("Uren opvang per dag"), min_value=1, max_value=24, decimal_places=1, required=False)
    opvang_dagen = forms.ChoiceField(label=_("Hoeveel dagen opvang?"), choices=CARE_DAYS, required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for p in range(2):
            optional = p == 1
            self.fields[f"p{p}_naam"] = forms.CharField(label=_("Naam (mag leeg)"), max_length=40, required=False)
            self.fields[f"p{p}_leeftijd"] = forms.IntegerField(label=_("Leeftijd"), min_value=15, max_value=100, required=not optional)
            self.fields[f"p{p}_jaarloon"] = AmountField(
                label=_("Bruto jaarloon met vakantiegeld (€)") if not optional else _("Bruto jaarloon met vakantiegeld (€; leeg als er geen partner is)"),
                min_value=0, max_value=2_000_000, decimal_places=0, required=not optional,
            )
            self.fields[f"p{p}_uren_per_dag"] = AmountField(label=_("Uren per werkdag"), min_value=1, max_value=24, decimal_places=1, required=False)
            self.fields[f"p{p}_dagen_per_week"] = forms.TypedChoiceField(label=_("Werkdagen per week"), choices=[(str(d), str(d)) for d in range(1, 6)], coerce=int, required=False)
        for r in range(PLAN_ROWS):
            self.fields[f"r{r}_verlof"] = forms.ChoiceField(label=_("Verlof"), choices=PLAN_LEAVE, required=False)
            self.fields[f"r{r}_partner"] = forms.ChoiceField(label=_("Wie"), choices=WHO, required=False)
            self.fields[f"r{r}_van"] = forms.DateField(label=_("Vanaf"), widget=DateInput, required=False)
            self.fields[f"r{r}_weken"] = AmountField(label=_("Weken"), min_value=0.1, max_value=52, decimal_places=1, required=False)
            self.fields[f"r{r}_uren_per_week"] = AmountField(label=_("Uur per week (leeg: alle uren)"), min_value=1, max_value=60, decimal_places=1, required=False)

    def household_fields(self) -> list:
        return [self[name] for name in ("jaar", "kind_geboortedatum", "huur_per_maand", "opvang_soort", "opvang_uurprijs", "opvang_uren_per_dag", "opvang_dagen")]

    def partners(self) -> list[tuple[str, list]]:
        """(legend, fields) per partner."""
        legends = [_("Partner 1 (u)"), _("Partner 2 (mag leeg)")]
        return [(legends[p], [self[f"p{p}_{name}"] for name in ("naam", "leeftijd", "jaarloon", "uren_per_dag", "dagen_per_week")]) for p in range(2)]

    def rows(self) -> list[list]:
        return [[self[f"r{r}_{name}"] for name in ("verlof", "partner", "van", "weken", "uren_per_week")] for r in range(PLAN_ROWS)]

    def plan_data(self) -> dict:
        """The cleaned form as the JSON of werkzorg.leave.income.Verlofplan (validated there, not here)."""
        data = self.cleaned_data
        partners = []
        for p in range(2):
            if data.get(f"p{p}_jaarloon") is None:
                continue
            days = data.get(f"p{p}_dagen_per_week") or 5
            partner = {"leeftijd": data.get(f"p{p}_leeftijd"), "jaarloon": float(data[f"p{p}_jaarloon"]), "dagen_per_week": days,
                       "uren_per_dag": float(data.get(f"p{p}_uren_per_dag") or 8)}
            if data.get(f"p{p}_naam"):
                partner["naam"] = data[f"p{p}_naam"]
            partners.append(partner)
        child: dict = {"geboortedatum": data["kind_geboortedatum"].isoformat()} if data.get("kind_geboortedatum") else {}
        if child and data.get("opvang_soort") and data["opvang_soort"] != "geen":
            days = data.get("opvang_dagen") or "naar behoefte"
            child["opvang"] = {
                "soort": data["opvang_soort"],
                "uurprijs": float(data.get("opvang_uurprijs") or 0),
                "uren_per_dag": float(data.get("opvang_uren_per_dag") or 10),
                "dagen": days if days == "naar behoefte" else int(days),
            }
        plan = []
        for r in self.rows_used():
            period = {"partner": int(data.get(f"r{r}_partner") or 0), "verlof": data[f"r{r}_verlof"],
                      "van": data[f"r{r}_van"].isoformat() if data.get(f"r{r}_van") else None,
                      "weken": float(data[f"r{r}_weken"]) if data.get(f"r{r}_weken") is not None else None}
            if data.get(f"r{r}_uren_per_week") is not None:
                period["uren_per_week"] = float(data[f"r{r}_uren_per_week"])
            plan.append(period)
        household = {"jaar": data["jaar"], "partners": partners, "kinderen": [child] if child else [], "huur_per_maand": float(data.get("huur_per_maand") or 0)}
        return {"huishouden": household, "plan": plan}

    def rows_used(self) -> list[int]:
        """The rows with a leave chosen: plan[i] in the Verlofplan is row rows_used()[i] of the form."""
        return [r for r in range(PLAN_ROWS) if self.cleaned_data.get(f"r{r}_verlof")]

    def form_field(self, problem_field: str) -> str | None:
        """The form field for a field path of the Verlofplan (plan[1].weken → the row it came from), or None."""
        if found := re.match(r"plan\[(\d+)\]\.(\w+)", problem_field):
            name = f"r{self.rows_used()[int(found[1])]}_{found[2]}"
            return name if name in self.fields else None
        if found := re.match(r"huishouden\.partners\[(\d+)\]\.(\w+)", problem_field):
            name = f"p{found[1]}_{found[2]}"
            return name if name in self.fields else None
        if found := re.match(r"huishouden\.kinderen\[0\]\.opvang\.(\w+)", problem_field):
            return f"opvang_{found[1]}"
        if problem_field == "huishouden.kinderen[0].geboortedatum":
            return "kind_geboortedatum"
        name = problem_field.removeprefix("huishouden.")
        return name if name in self.fields else None


class LetterForm(forms.Form):
    """The name for a request letter: posted with the download, so it never appears in a web address or a log."""

    naam = forms.CharField(label=_("Uw naam, voor de brief (mag leeg; wij bewaren niets)"), max_length=80, required=False)
    formaat = forms.ChoiceField(choices=[("tekst", "tekst"), ("pdf", "pdf")], required=False)
