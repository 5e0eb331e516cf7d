"""Dutch and English for the leave finder: a text in both languages, dates and euro amounts per language.

Every text a person reads is written in both languages where it is made (in `rules.py`), as
`Tekst("Dutch …", "English …")`. Dutch is the first language of the project and of the JSON contract; the English is
plain English (B1) that keeps the Dutch legal term where the reader needs it to talk to an employer or UWV, as
"geboorteverlof (birth leave)".
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import Literal

Lang = Literal["nl", "en"]
LANGUAGES: tuple[Lang, ...] = ("nl", "en")

MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


@dataclasses.dataclass(frozen=True)
class Tekst:
    """One text in Dutch and English. `+` joins two texts (or a text and a string that is the same in both languages)."""

    nl: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.nl

    def __add__(self, other: Tekst | str) -> Tekst:
        other = other if isinstance(other, Tekst) else Tekst(other, other)
        return Tekst(self.nl + other.nl, self.en + other.en)

    def __radd__(self, other: str) -> Tekst:
        return Tekst(other + self.nl, other + self.en)

    def __str__(self) -> str:
        """Dutch, the default language, so that a Tekst put into a Dutch f-string or template reads as before."""
        return self.nl


def language(lang: str | None) -> Lang:
    """'en' for any English language code (en, en-gb, …), else 'nl'."""
    return "en" if (lang or "").lower().startswith("en") else "nl"


def date_text(day: datetime.date, lang: str = "nl") -> str:
    """3 maart 2026 / 3 March 2026."""
    months = MONTHS_EN if lang == "en" else MONTHS_NL
    return f"{day.day} {months[day.month - 1]} {day.year}"


def money(amount: float, lang: str = "nl") -> str:
    """An amount in euros with cents: € 1.234,56 in Dutch, € 1,234.56 in English."""
    text = f"{amount:,.2f}"
    if lang != "en":
        text = text.replace(",", "X").replace(".", ",").replace("X", ".")
    return f"€\u00a0{text}"  # non-breaking: "€" stays with its amount
