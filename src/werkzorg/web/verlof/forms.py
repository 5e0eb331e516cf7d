"""The leave finder's questions, in plain Dutch; each situation shows only the questions it needs."""

from __future__ import annotations

import re

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from werkzorg.leave.report import situation_choices
from werkzorg.model import MODELLED_YEARS, YEARS
from werkzorg.household import MAX_CHILDREN
from werkzorg.web.household_forms import AmountField, ChildForm, HousingForm, PartnerForm, plain

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


# --- the leave plan: the household (shared forms), then the leave, on one page posted ----------------------------------

LEAVE_ROWS = 6
PLAN_LEAVE = [
    ("", _("—")),
    ("bevallingsverlof", _("Zwangerschaps- en bevallingsverlof (100 %, UWV)")),
    ("geboorteverlof", _("Geboorteverlof voor de partner (1 week, werkgever betaalt)")),
    ("aanvullend_geboorteverlof", _("Aanvullend geboorteverlof (70 %, UWV)")),
    ("betaald_ouderschapsverlof", _("Betaald ouderschapsverlof (70 %, UWV)")),
    ("ouderschapsverlof", _("Ouderschapsverlof, onbetaald")),
    ("adoptieverlof", _("Adoptie- of pleegzorgverlof (100 %, UWV)")),
    ("langdurend_zorgverlof", _("Langdurend zorgverlof, onbetaald")),
]


#: A leave may start in the year after the last modelled one: the wages are then those of the last modelled year, and
#: the answer says which year the model does not know yet.
PLAN_YEARS = tuple(y for y in YEARS if y <= MODELLED_YEARS[-1] + 1)


def plan_year_choices() -> list[tuple[int, str]]:
    """Newest first; a year whose amounts are not all published yet says so (as in the budget tool)."""
    return [(y, str(y) if y in MODELLED_YEARS else _("%(year)s (nog niet alle bedragen bekend)") % {"year": y}) for y in reversed(PLAN_YEARS)]


def household_year(leave_year: int) -> int:
    """The year the household's wages are stated in: the leave's year, or the last modelled year before it."""
    return min(leave_year, MODELLED_YEARS[-1])


class PlanStartForm(forms.Form):
    """Step 1: who lives in the house. The number of children decides how many child forms step 2 shows."""

    jaar = forms.TypedChoiceField(label=_("In welk jaar begint het verlof?"), choices=lambda: plan_year_choices(), coerce=int, initial=MODELLED_YEARS[-1])
    volwassenen = forms.TypedChoiceField(
        label=_("Met wie woont u in huis?"),
        choices=[(1, _("Ik woon alleen met de kinderen, of alleen")), (2, _("Met mijn partner"))], coerce=int, widget=forms.RadioSelect,
    )
    kinderen = forms.IntegerField(
        label=_("Hoeveel kinderen? Tel een kind dat nog komt mee."), min_value=0, max_value=MAX_CHILDREN, initial=1,
        error_messages={"max_value": _("Ten hoogste %(limit_value)s kinderen."), "min_value": _("Vul 0 of meer kinderen in.")},
    )


class PlanChildForm(ChildForm):
    """A child with an age, or a date of birth or due date (a baby still to come), and when its care starts."""

    geboortedatum = forms.DateField(label=_("Of: geboortedatum, of de uitgerekende datum als het kind nog komt"), widget=DateInput, required=False)
    opvang_vanaf = forms.DateField(
        label=_("Vanaf wanneer gaat dit kind naar de opvang? (leeg: nu al; een baby: na het laatste verlof van een hele week)"), widget=DateInput, required=False,
    )
    field_order = ["leeftijd", "geboortedatum", "opvang", "uurprijs", "uren_per_dag", "dagen", "opvang_vanaf"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["leeftijd"].required = False
        self.fields["leeftijd"].label = _("Leeftijd (op 1 januari)")

    def clean(self):
        data = super().clean()
        if data.get("leeftijd") is None and data.get("geboortedatum") is None:
            self.add_error("leeftijd", _("Vul de leeftijd of de geboortedatum in."))
        return data

    @staticmethod
    def initial_from(child: dict) -> dict:
        return ChildForm.initial_from(child) | ({"geboortedatum": child["geboortedatum"]} if child.get("geboortedatum") else {})

    @staticmethod
    def household_part(values: dict) -> dict:
        child = ChildForm.household_part(values)
        if values.get("geboortedatum"):
            child.pop("leeftijd")
            child["geboortedatum"] = values["geboortedatum"].isoformat()
        return child


class LeaveForm(forms.Form):
    """The leave: up to six periods (who, which leave, from, weeks, hours a week), and how childcare follows it."""

    opvang_volgt_verlof = forms.BooleanField(
        label=_("Opvang 'als er niemand thuis is' volgt de dagen dat een ouder met verlof thuis is. Zonder vinkje blijft de opvang geboekt zoals nu: u houdt de plaats en betaalt ervoor."),
        required=False,
    )

    def __init__(self, partners: list[str], *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        who = [(str(i), name) for i, name in enumerate(partners)]
        for r in range(LEAVE_ROWS):
            self.fields[f"r{r}_verlof"] = forms.ChoiceField(label=_("Verlof"), choices=PLAN_LEAVE, required=False)
            self.fields[f"r{r}_partner"] = forms.ChoiceField(label=_("Wie"), choices=who, required=False)
            self.fields[f"r{r}_van"] = forms.DateField(label=_("Vanaf"), widget=DateInput, required=False)
            self.fields[f"r{r}_weken"] = AmountField(label=_("Weken"), min_value=0.1, max_value=52, decimal_places=1, required=False)
            self.fields[f"r{r}_uren_per_week"] = AmountField(label=_("Uur per week (leeg: alle uren)"), min_value=1, max_value=60, decimal_places=1, required=False)

    def option_fields(self) -> list:
        return [self["opvang_volgt_verlof"]]

    def rows(self) -> list[list]:
        return [[self[f"r{r}_{name}"] for name in ("verlof", "partner", "van", "weken", "uren_per_week")] for r in range(LEAVE_ROWS)]

    def rows_used(self) -> list[int]:
        """The rows with a leave chosen: plan[i] of the Verlofplan is row rows_used()[i] of the form."""
        return [r for r in range(LEAVE_ROWS) if self.cleaned_data.get(f"r{r}_verlof")]

    def clean(self):
        data = super().clean()
        for r in range(LEAVE_ROWS):
            if data.get(f"r{r}_verlof"):
                for name in ("van", "weken"):
                    if data.get(f"r{r}_{name}") in (None, ""):
                        self.add_error(f"r{r}_{name}", _("Vul dit in voor dit verlof."))
        return data

    def plan_part(self) -> dict:
        data = self.cleaned_data
        plan = []
        for r in self.rows_used():
            period = {"partner": int(data.get(f"r{r}_partner") or 0), "verlof": data[f"r{r}_verlof"], "van": data[f"r{r}_van"].isoformat(), "weken": float(data[f"r{r}_weken"])}
            if data.get(f"r{r}_uren_per_week") is not None:
                period["uren_per_week"] = float(data[f"r{r}_uren_per_week"])
            plan.append(period)
        return {"plan": plan, "opvang_volgt_verlof": bool(data.get("opvang_volgt_verlof"))}


def partner_labels(adults: int) -> list[str]:
    """How the page names the partners ("U", "Uw partner"): the shared forms ask no names."""
    return [str(_("U")) if i == 0 else str(_("Uw partner")) for i in range(adults)]


class PlanForms:
    """Step 2: every form of the plan page, bound together; builds the Verlofplan JSON and puts its errors back."""

    def __init__(self, year: int, adults: int, children: int, data=None, initial: dict | None = None) -> None:
        initial = initial or {}
        self.year = household_year(year)
        partners = initial.get("partners") or []
        kids = initial.get("kinderen") or []
        self.partners = [PartnerForm(data, prefix=f"p{i}", initial=PartnerForm.initial_from(partners[i] if i < len(partners) else {})) for i in range(adults)]
        self.children = [PlanChildForm(data, prefix=f"k{i}", initial=PlanChildForm.initial_from(kids[i] if i < len(kids) else {})) for i in range(children)]
        self.housing = HousingForm(data, prefix="w", initial=HousingForm.initial_from(initial))
        self.leave = LeaveForm(partner_labels(adults), data, prefix="v", initial=initial.get("verlof") or {})

    def legends(self) -> list[tuple[str, forms.Form]]:
        found = list(zip(partner_labels(len(self.partners)), self.partners))
        found += [(_("Kind %(number)s") % {"number": i + 1}, form) for i, form in enumerate(self.children)]
        return found + [(_("Wonen en spaargeld"), self.housing)]

    def all(self) -> list[forms.Form]:
        return [*self.partners, *self.children, self.housing, self.leave]

    def is_valid(self) -> bool:
        return all([form.is_valid() for form in self.all()])

    def plan_data(self) -> dict:
        household = {
            "jaar": self.year,
            "partners": [PartnerForm.household_part(form.cleaned_data) for form in self.partners],
            "kinderen": [PlanChildForm.household_part(form.cleaned_data) for form in self.children],
            **HousingForm.household_part(self.housing.cleaned_data),
        }
        starts = [{"kind": i, "vanaf": plain(form.cleaned_data["opvang_vanaf"])} for i, form in enumerate(self.children) if form.cleaned_data.get("opvang_vanaf")]
        return {"huishouden": household, **self.leave.plan_part(), "opvang_vanaf": starts}

    def add_error(self, field: str, message: str) -> None:
        """Put a Verlofplan error on the form field it names (plan[1].weken → the leave row it came from)."""
        form, name = self._field(field)
        form.add_error(name if name in form.fields else None, message)

    def _field(self, field: str) -> tuple[forms.Form, str | None]:
        if found := re.match(r"plan\[(\d+)\]\.(\w+)", field):
            return self.leave, f"r{self.leave.rows_used()[int(found[1])]}_{found[2]}"
        if found := re.match(r"huishouden\.partners\[(\d+)\]\.(\w+)", field):
            name = "loon" if found[2] in ("uurloon", "maandloon", "jaarloon") else found[2]
            return self.partners[int(found[1])], name
        if found := re.match(r"huishouden\.kinderen\[(\d+)\](?:\.opvang)?\.(\w+)", field):
            return self.children[int(found[1])], found[2]
        if found := re.match(r"opvang_vanaf\[(\d+)\]", field):
            starts = [i for i, form in enumerate(self.children) if form.cleaned_data.get("opvang_vanaf")]
            return self.children[starts[int(found[1])]], "opvang_vanaf"
        name = field.removeprefix("huishouden.")
        return self.housing, name if name in self.housing.fields else None


class LetterForm(forms.Form):
    """The name for a request letter: posted with the download, so it never appears in a web address or a log."""

    naam = forms.CharField(label=_("Uw naam, voor de brief (mag leeg; wij bewaren niets)"), max_length=80, required=False)
    #: tekst / pdf: the Dutch letter to send; vertaling: the same letter in English, to read (offered on English pages)
    formaat = forms.ChoiceField(choices=[("tekst", "tekst"), ("pdf", "pdf"), ("vertaling", "vertaling")], required=False)
