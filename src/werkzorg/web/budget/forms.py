"""The first step of the budget form: the year, the adults and the number of children (the other steps are shared)."""

from __future__ import annotations

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from werkzorg.model import MODELLED_YEARS
from werkzorg.model.years import complete_year, offered_years


def today() -> datetime.date:
    """Today: which years are offered follows from it (werkzorg.model.years). Tests replace it."""
    return datetime.date.today()


def year_choices() -> list[tuple[int, str]]:
    """The years offered now, newest first; a year whose amounts are not all published yet says so."""
    return [
        (year, str(year) if year in MODELLED_YEARS else _("%(year)s (nog niet alle bedragen bekend)") % {"year": year})
        for year in reversed(offered_years(today()))
    ]


class HouseholdForm(forms.Form):
    jaar = forms.TypedChoiceField(label=_("Voor welk jaar wilt u rekenen?"), choices=year_choices, coerce=int)
    volwassenen = forms.TypedChoiceField(
        label=_("Met wie woont u in huis?"),
        choices=[(1, _("Ik woon alleen met de kinderen, of alleen")), (2, _("Met mijn partner"))],
        coerce=int,
        widget=forms.RadioSelect,
    )
    kinderen = forms.TypedChoiceField(label=_("Hoeveel kinderen wonen bij u?"), choices=[(n, str(n)) for n in range(7)], coerce=int)

    def clean_jaar(self):
        year = self.cleaned_data["jaar"]
        if year not in MODELLED_YEARS:
            raise forms.ValidationError(
                _("Voor %(year)s zijn nog niet alle bedragen gepubliceerd. Kies %(complete)s; zodra de bedragen bekend zijn, rekent werkzorg ook met %(year)s.")
                % {"year": year, "complete": complete_year(today())}
            )
        return year
