"""Dutch and English for the leave finder: a text in both languages, dates and euro amounts per language.

Every text a person reads is written in both languages where it is made (in `rules.py`), as
`Tekst("Dutch …", "English …")`. Dutch is the first language of the project and of the JSON contract; the English is
plain English (B1) that keeps the Dutch legal term where the reader needs it to talk to an employer or UWV, as
"geboorteverlof (birth leave)".
"""

from __future__ import annotations

import dataclasses
import datetime
from werkzorg import formatting
from werkzorg.formatting import Lang, language  # noqa: F401 (the leave finder's names for them)

LANGUAGES: tuple[Lang, ...] = ("nl", "en")

MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]


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


def date_text(day: datetime.date, lang: str = "nl") -> str:
    """3 maart 2026 / 3 March 2026 (werkzorg.formatting)."""
    return formatting.date(day, lang)


def money(amount: float, lang: str = "nl") -> str:
    """An amount in euros with cents: € 1.234,56 in Dutch, € 1,234.56 in English (werkzorg.formatting)."""
    return formatting.euro(amount, lang, cents=True)
