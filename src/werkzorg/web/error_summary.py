"""`{% error_summary forms %}`: the error summary of the NL Design System / GOV.UK pattern, at the top of a form page.

A box with every error as a link to its field; `static/werkzorg/werkzorg.js` moves the focus to it when the page
opens (no inline script under the CSP); without JavaScript the box still shows first. Registered as a template builtin.
"""

from __future__ import annotations

from django import forms as django_forms
from django import template

register = template.Library()


def _forms(value) -> list[django_forms.BaseForm]:
    """A form, a list of forms, or (legend, form) pairs as the step pages pass them."""
    if isinstance(value, django_forms.BaseForm):
        return [value]
    found = []
    for item in value or []:
        form = item[-1] if isinstance(item, (tuple, list)) else item
        if isinstance(form, django_forms.BaseForm):
            found.append(form)
    return found


@register.inclusion_tag("_error_summary.html")
def error_summary(value) -> dict:
    items = []
    for form in _forms(value):
        if not form.is_bound:
            continue
        for error in form.non_field_errors():
            items.append((None, error))
        for field in form:
            for error in field.errors:
                items.append((f"#{field.id_for_label}" if field.id_for_label else None, f"{field.label}: {error}"))
    return {"items": items}
