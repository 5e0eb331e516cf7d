"""Numbers, amounts, percentages and dates as a Dutch or an English reader writes them: one formatter for every tool.

    euro(1797.4)                    '€ 1.797'        euro(1797.4, "en")              '€ 1,797'
    euro(-509, sign=True)           '−€ 509'         euro(509, "en", sign=True)      '+€ 509'
    euro(1101.48, cents=True)       '€ 1.101,48'     euro(1101.48, "en", cents=True)  '€ 1,101.48'
    number(348468)                  '348.468'        number(0.2315, "en", 3)         '0.232'
    percent(0.6914, digits=1)       '69,1 %'         percent(0.6914, "en", 1)        '69.1%'
    date(datetime.date(2026, 3, 3)) '3 maart 2026'   date(…, "en")                   '3 March 2026'

The separators, the place of the percent sign and the month names come from the Unicode CLDR through Babel (the same
data Django's own localisation is built from): Dutch as written in the Netherlands (nl_NL), English as written in
Europe (en_GB: "3 March 2026", not "March 3, 2026"). Babel needs no Django settings, so the capability folders, the
CLI and the PDF use it as the web pages do; the web passes the request's language (`django.utils.translation.
get_language()`) and templates use the filters in `werkzorg.web.number_filters` (`{{ value|euro }}`).

Three house rules on top of CLDR, the same in both languages:
- "€" is followed by a non-breaking space, so that it never ends a line apart from its amount (issue 15);
- a negative amount starts with a real minus sign before the "€" ("−€ 509"), not "€ -509";
- rounding is Python's own (`round()` for whole euros, `format()` for decimals) on the float as given, so a Dutch
  amount reads exactly as it did before this module existed.
"""

from __future__ import annotations

import datetime
import functools
from typing import Literal

from babel.dates import format_date
from babel.numbers import get_decimal_symbol, get_group_symbol

Lang = Literal["nl", "en"]

#: The CLDR locale of each language of the tools.
LOCALES: dict[str, str] = {"nl": "nl_NL", "en": "en_GB"}
NBSP = "\u00a0"
MINUS = "\u2212"


def language(code: str | None) -> Lang:
    """'en' for any English language code (en, en-gb, en_US, …), else 'nl' (the tools' own language)."""
    return "en" if (code or "").lower().startswith("en") else "nl"


@functools.cache
def _separators(lang: Lang) -> tuple[str, str]:
    """The language's (thousands separator, decimal sign) from CLDR: (".", ",") in Dutch, (",", ".") in English."""
    locale = LOCALES[lang]
    return get_group_symbol(locale=locale), get_decimal_symbol(locale=locale)


def _grouped(digits_text: str, lang: str | None) -> str:
    """A non-negative number already rounded to text ("1101.48") with the language's separators ("1.101,48").
    Groups of three, as CLDR's pattern "#,##0" for both languages; the symbols are looked up once per language (a
    result page writes some 400 numbers)."""
    group, decimal = _separators(language(lang))
    whole, _, decimals = digits_text.partition(".")
    grouped = f"{int(whole):,}".replace(",", group)
    return grouped + (decimal + decimals if decimals else "")


def number(value: float, lang: str | None = "nl", digits: int | None = 0) -> str:
    """A number with thousands separators and `digits` decimals: 348.468 / 348,468; 0,232 / 0.232. `digits=None`:
    as many decimals as the value has (a parameter's value: 0,0817 / 0.0817), float noise beyond ten dropped."""
    text = f"{float(value):.{10 if digits is None else digits}f}"
    if digits is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    negative = text.startswith("-") and float(text) != 0  # no "-0" or "-0,0"
    return ("-" if negative else "") + _grouped(text.lstrip("-"), lang)


def euro(value: float, lang: str | None = "nl", *, sign: bool = False, cents: bool = False) -> str:
    """An amount in euros: whole euros (€ 1.797 / € 1,797), or to the cent with `cents` (€ 1.101,48 / € 1,101.48);
    `sign` writes a plus before a positive amount (a difference). Negative: −€ 509."""
    if cents:
        text = f"{abs(float(value)):.2f}"
        negative, positive = round(float(value), 2) < 0, round(float(value), 2) > 0
    else:
        rounded = round(float(value))
        text, negative, positive = str(abs(rounded)), rounded < 0, rounded > 0
    prefix = MINUS if negative else ("+" if sign and positive else "")
    return f"{prefix}€{NBSP}{_grouped(text, lang)}"


def percent(fraction: float, lang: str | None = "nl", digits: int | None = 0) -> str:
    """A share as a percentage: 0.6914 → 69,1 % (Dutch writes a space before "%") / 69.1% (English does not)."""
    text = number(100 * float(fraction), lang, digits)
    return f"{text}%" if language(lang) == "en" else f"{text} %"


def date(day: datetime.date, lang: str | None = "nl") -> str:
    """A date in words: 3 maart 2026 / 3 March 2026."""
    return format_date(day, "d MMMM y", locale=LOCALES[language(lang)])


def hours(value: float, lang: str | None = "nl") -> str:
    """A number of hours or days as short as it can be written: 12,5 / 12.5; 16 (no ",0")."""
    text = f"{float(value):g}"
    return text.replace(".", ",") if language(lang) == "nl" else text
