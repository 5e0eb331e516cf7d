"""Forms of the quick scan (profile, one page per theme) and of the carers' support plan (GET, nothing stored)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkzorg.scan.profile import PART_TIME, SECTORS, SIZE_CLASSES


def _choices(items: dict) -> list[tuple[str, str]]:
    return [(code, gettext_lazy(label[0] if isinstance(label, tuple) else label)) for code, label in items.items()]


class ProfileForm(forms.Form):
    sector = forms.ChoiceField(label=gettext_lazy("In welke sector werkt uw organisatie?"), choices=_choices(SECTORS), widget=forms.RadioSelect)
    grootte = forms.ChoiceField(label=gettext_lazy("Hoeveel werknemers heeft uw organisatie?"), choices=_choices(SIZE_CLASSES), widget=forms.RadioSelect)
    deeltijd = forms.ChoiceField(label=gettext_lazy("Welk deel van de werknemers werkt in deeltijd?"), choices=_choices(PART_TIME), widget=forms.RadioSelect)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.error_messages = {
                "required": _("Kies een antwoord bij '%(question)s'.") % {"question": field.label},
                "invalid_choice": _("Dit antwoord bestaat niet bij '%(question)s'. Kies een van de antwoorden.") % {"question": field.label},
            }


class ThemeForm(forms.Form):
    """One radio group per question of a theme; the field name is the question code."""

    def __init__(self, theme, first_number: int, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.numbers = {}
        for offset, question in enumerate(theme.vragen):
            number = first_number + offset
            self.numbers[question.code] = number
            field = forms.ChoiceField(label=question.tekst, choices=[(o.code, o.tekst) for o in question.schaal.opties], widget=forms.RadioSelect, help_text=question.toelichting)
            field.error_messages = {
                "required": _("Vraag %(number)s: kies een antwoord bij '%(question)s'.") % {"number": number, "question": question.tekst},
                "invalid_choice": _("Vraag %(number)s: dit antwoord bestaat niet bij '%(question)s'. Kies een van de antwoorden.") % {"number": number, "question": question.tekst},
            }
            field.number = number
            self.fields[question.code] = field


NEEDS = [
    ("werktijden", gettext_lazy("Andere begin- en eindtijden of een ander rooster")),
    ("thuiswerken", gettext_lazy("Af en toe thuis werken")),
    ("minder_uren", gettext_lazy("Tijdelijk minder uren werken, met een afspraak over terugkeer")),
    ("kortdurend", gettext_lazy("Kortdurend zorgverlof")),
    ("langdurend", gettext_lazy("Langdurend zorgverlof")),
    ("calamiteiten", gettext_lazy("Calamiteitenverlof bij een noodgeval")),
    ("bereikbaar", gettext_lazy("Bereikbaar zijn tijdens het werk voor de persoon voor wie ik zorg")),
    ("taken", gettext_lazy("Taken anders verdelen in het team")),
    ("makelaar", gettext_lazy("Hulp van een mantelzorgmakelaar")),
]


class SupportPlanForm(forms.Form):
    """The "ondersteuningsplan": filled in with GET and shown for printing; never stored."""

    naam = forms.CharField(label=gettext_lazy("Uw naam"), max_length=80, required=False)
    voor_wie = forms.CharField(label=gettext_lazy("Voor wie zorgt u?"), max_length=200, required=False, help_text=gettext_lazy("Bijvoorbeeld: mijn moeder, die dementie heeft."))
    taken = forms.CharField(label=gettext_lazy("Wat doet u aan zorg, en wanneer?"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 4}))
    uren_zorg = forms.IntegerField(label=gettext_lazy("Hoeveel uur per week zorgt u ongeveer?"), min_value=0, max_value=168, required=False)
    uren_werk = forms.DecimalField(label=gettext_lazy("Hoeveel uur per week werkt u?"), min_value=1, max_value=60, decimal_places=1, required=False)
    nodig = forms.MultipleChoiceField(label=gettext_lazy("Wat zou u helpen op het werk?"), choices=NEEDS, widget=forms.CheckboxSelectMultiple, required=False)
    afspraken = forms.CharField(label=gettext_lazy("Welke afspraken wilt u maken?"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 4}))
    hulp_buiten_werk = forms.CharField(label=gettext_lazy("Welke hulp buiten het werk regelt u (gemeente, familie, vrijwilligers)?"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 3}))
    evaluatie = forms.DateField(label=gettext_lazy("Wanneer bespreekt u de afspraken opnieuw?"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.error_messages = {
                **field.error_messages,
                "invalid": _("Vul bij '%(question)s' een geldige waarde in.") % {"question": field.label},
                "max_value": _("'%(question)s' is te hoog.") % {"question": field.label},
                "min_value": _("'%(question)s' is te laag.") % {"question": field.label},
                "max_length": _("'%(question)s' is te lang.") % {"question": field.label},
                "invalid_choice": _("Kies bij '%(question)s' een van de mogelijkheden.") % {"question": field.label},
            }
