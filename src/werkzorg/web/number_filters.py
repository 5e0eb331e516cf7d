"""Amounts, numbers, percentages and dates in the language of the request: template filters and the same functions for
views. A thin layer over `werkzorg.formatting` (Babel/CLDR), which takes the language as an argument; here it is the
active language of the request (Django's LocaleMiddleware: Dutch at /, English at /en/).

Registered as a template builtin (settings.TEMPLATES), so every template can write, without {% load %}:

    {{ value|euro }}            € 1.797 / € 1,797          {{ value|euro:"cents" }}   € 1.101,48 / € 1,101.48
    {{ value|euro:"sign" }}     +€ 509 (a difference)      {{ value|number }}         348.468 / 348,468
    {{ value|number:3 }}        0,232 / 0.232              {{ fraction|percent:1 }}   69,1 % / 69.1%
    {{ value|number:"auto" }}   38.441 / 38,441; 0,0817 / 0.0817 (as many decimals as the value has)
    {{ day|long_date }}         3 maart 2026 / 3 March 2026

instead of `floatformat` with a hand-made "€".
"""

from __future__ import annotations

import datetime

from django import template
from django.utils.translation import get_language

from werkzorg import formatting

register = template.Library()


def active() -> formatting.Lang:
    """The language of the request being answered: 'nl' or 'en'."""
    return formatting.language(get_language())


def euro(value: float, *, sign: bool = False, cents: bool = False) -> str:
    return formatting.euro(value, active(), sign=sign, cents=cents)


def number(value: float, digits: int | None = 0) -> str:
    return formatting.number(value, active(), digits)


def percent(fraction: float, digits: int | None = 0) -> str:
    return formatting.percent(fraction, active(), digits)


def short_number(value: float) -> str:
    """Hours or days as short as they can be written: 12,5 / 12.5; 16."""
    return formatting.hours(value, active())


def long_date(day: datetime.date) -> str:
    return formatting.date(day, active())


def _blank(value) -> bool:
    return value is None or value == ""


@register.filter(name="euro")
def euro_filter(value, style: str = "") -> str:
    """{{ value|euro }}, {{ value|euro:"cents" }}, {{ value|euro:"sign" }} or both: {{ value|euro:"sign,cents" }}."""
    if _blank(value):
        return ""
    options = set(style.split(","))
    return euro(float(value), sign="sign" in options, cents="cents" in options)


@register.filter(name="number")
def number_filter(value, digits="0") -> str:
    """{{ value|number }} whole, {{ value|number:2 }} two decimals, {{ value|number:"auto" }} as many as it has."""
    return "" if _blank(value) else number(float(value), None if digits == "auto" else int(digits))


@register.filter(name="percent")
def percent_filter(fraction, digits: int = 0) -> str:
    """A share (0.686) as a percentage in the page's language: 68,6 % / 68.6%."""
    return "" if _blank(fraction) else percent(float(fraction), int(digits))


@register.filter(name="long_date")
def long_date_filter(day) -> str:
    return "" if _blank(day) else long_date(day)
