"""Forms of the quick scan (profile, one page per theme) and of the carers' support plan (GET, nothing stored)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from werkzorg.scan.profile import PART_TIME, SECTORS, SIZE_CLASSES


def _lazy_label(text: str):
    """Profile labels are marked in werkzorg.scan.profile; translate them when shown."""
    from django.utils.functional import lazy
    from django.utils.translation import gettext

    return lazy(gettext, str)(text)


def _choices(items: dict) -> list[tuple[str, str]]:
    return [(code, _lazy_label(label[0] if isinstance(label, tuple) else label)) for code, label in items.items()]


class ProfileForm(forms.Form):
    sector = forms.ChoiceField(label=_("In welke sector werkt uw organisatie?"), choices=_choices(SECTORS), widget=forms.RadioSelect)
    grootte = forms.ChoiceField(label=_("Hoeveel werknemers heeft uw organisatie?"), choices=_choices(SIZE_CLASSES), widget=forms.RadioSelect)
    deeltijd = forms.ChoiceField(label=_("Welk deel van de werknemers werkt in deeltijd?"), choices=_choices(PART_TIME), widget=forms.RadioSelect)

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
    ("werktijden", _("Andere begin- en eindtijden of een ander rooster")),
    ("thuiswerken", _("Af en toe thuis werken")),
    ("minder_uren", _("Tijdelijk minder uren werken, met een afspraak over terugkeer")),
    ("kortdurend", _("Kortdurend zorgverlof")),
    ("langdurend", _("Langdurend zorgverlof")),
    ("calamiteiten", _("Calamiteitenverlof bij een noodgeval")),
    ("bereikbaar", _("Bereikbaar zijn tijdens het werk voor de persoon voor wie ik zorg")),
    ("taken", _("Taken anders verdelen in het team")),
    ("makelaar", _("Hulp van een mantelzorgmakelaar")),
]


SITUATIONS = [
    ("dementie", _("Mijn naaste heeft dementie")),
    ("kind", _("Ik zorg voor een kind met een beperking of ziekte")),
    ("afstand", _("Mijn naaste woont niet bij mij in de buurt")),
]
SUPPORT = [
    ("respijt", _("Even vrij: iemand die de zorg een tijd overneemt (respijtzorg)")),
    ("geld", _("Geld: wat de zorg kost, of wat ik minder verdien")),
    ("praten", _("Iemand om mee te praten of die met mij meedenkt")),
    ("recht", _("Advies over mijn rechten, bijvoorbeeld als mijn werkgever verlof weigert")),
]


class SupportPlanForm(forms.Form):
    """The "ondersteuningsplan": filled in with POST (nothing about the carer in a URL) and shown for printing or as
    a PDF; never stored."""

    naam = forms.CharField(label=_("Uw naam"), max_length=80, required=False)
    voor_wie = forms.CharField(label=_("Voor wie zorgt u?"), max_length=200, required=False, help_text=_("Bijvoorbeeld: mijn moeder, die dementie heeft."))
    taken = forms.CharField(label=_("Wat doet u aan zorg, en wanneer?"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 4}))
    uren_zorg = forms.IntegerField(label=_("Hoeveel uur per week zorgt u ongeveer?"), min_value=0, max_value=168, required=False)
    uren_werk = forms.DecimalField(label=_("Hoeveel uur per week werkt u?"), min_value=1, max_value=60, decimal_places=1, required=False)
    nodig = forms.MultipleChoiceField(label=_("Wat zou u helpen op het werk?"), choices=NEEDS, widget=forms.CheckboxSelectMultiple, required=False)
    steun = forms.MultipleChoiceField(label=_("Wat zou u helpen buiten het werk?"), choices=SUPPORT, widget=forms.CheckboxSelectMultiple, required=False)
    situatie = forms.MultipleChoiceField(label=_("Past een van deze situaties bij u?"), choices=SITUATIONS, widget=forms.CheckboxSelectMultiple, required=False)
    belasting = forms.IntegerField(label=_("Uw score op de zelftest (0 tot 9)"), min_value=0, max_value=9, required=False)
    afspraken = forms.CharField(label=_("Welke afspraken wilt u maken?"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 4}))
    hulp_buiten_werk = forms.CharField(label=_("Welke hulp buiten het werk regelt u (gemeente, familie, vrijwilligers)?"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 3}))
    evaluatie = forms.DateField(label=_("Wanneer bespreekt u de afspraken opnieuw?"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

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


class PulseForm(forms.Form):
    """The employee pulse: one radio group per statement (field name = item code), numbered, no free text."""

    def __init__(self, *args, **kwargs):
        from werkzorg.scan.pulse import ITEMS, OPTIONS

        super().__init__(*args, **kwargs)
        for number, item in enumerate(ITEMS, start=1):
            label = _lazy_label(item.tekst)
            field = forms.ChoiceField(label=label, choices=[(code, _lazy_label(text)) for code, text, _points in OPTIONS], widget=forms.RadioSelect)
            field.error_messages = {
                "required": _("Vraag %(number)s: kies een antwoord.") % {"number": number},
                "invalid_choice": _("Vraag %(number)s: dit antwoord bestaat niet. Kies een van de antwoorden.") % {"number": number},
            }
            field.number = number
            self.fields[item.code] = field


class SelfCheckForm(forms.Form):
    """The EDIZ self-check: nine statements, five answers each (posted, never stored)."""

    def __init__(self, *args, **kwargs):
        from werkzorg.scan.selfcheck import ITEMS, OPTIONS

        super().__init__(*args, **kwargs)
        for number, (code, text) in enumerate(ITEMS, start=1):
            field = forms.ChoiceField(label=_lazy_label(text), choices=[(value, _lazy_label(label)) for value, label, _points in OPTIONS], widget=forms.RadioSelect)
            field.error_messages = {
                "required": _("Vraag %(number)s: kies een antwoord.") % {"number": number},
                "invalid_choice": _("Vraag %(number)s: dit antwoord bestaat niet. Kies een van de antwoorden.") % {"number": number},
            }
            field.number = number
            self.fields[code] = field
