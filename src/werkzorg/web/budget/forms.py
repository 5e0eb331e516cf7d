"""The first step of the budget form: the year, the adults and the number of children (the other steps are shared)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from werkzorg.model import MODELLED_YEARS


class HouseholdForm(forms.Form):
    jaar = forms.TypedChoiceField(label=_("Voor welk jaar wilt u rekenen?"), choices=[(y, str(y)) for y in reversed(MODELLED_YEARS)], coerce=int)
    volwassenen = forms.TypedChoiceField(
        label=_("Met hoeveel volwassenen woont u samen in huis?"),
        choices=[(1, _("Ik woon alleen met de kinderen, of alleen")), (2, _("Met mijn partner"))],
        coerce=int,
        widget=forms.RadioSelect,
    )
    kinderen = forms.TypedChoiceField(label=_("Hoeveel kinderen wonen bij u?"), choices=[(n, str(n)) for n in range(7)], coerce=int)
