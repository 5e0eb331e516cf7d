"""The English of the web's texts outside Django: for the command line (`--taal en`) and the microsimulation report.

The web translates with Django's gettext and the catalogue `web/locale/en/LC_MESSAGES/django.po` (the source of truth,
docs/translations.md). The CLI and the report job have no request and no active language, so they read the same
catalogue here, with polib (a dependency already): the same Dutch msgid gives the same English as on the web page.
Fuzzy and empty entries are left out, as compilemessages leaves them out of the `.mo`.

    _ = translator("en")
    _("Zorgtoeslag")                 'Healthcare allowance'
    _("%(days)s dagen: %(amount)s")  '%(days)s days: %(amount)s'   (fill in after translating, as with gettext)

A text the catalogue does not have (a provisional note an engine made from the parameter metadata) gets its English
from the metadata (`provenance.in_english`, as `web.engine_texts.translated` does on the web), else stays as it is.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

#: The web's catalogue of English texts (Dutch msgids); read here without Django.
CATALOGUE = Path(__file__).resolve().parent / "web" / "locale" / "en" / "LC_MESSAGES" / "django.po"


def untranslated(text: str) -> str:
    """The translate function of the Dutch texts: each text as it is (the tools write Dutch)."""
    return text


@functools.lru_cache(maxsize=1)
def catalogue() -> dict[str, str]:
    """Dutch msgid → English msgstr, for every translated entry of the catalogue."""
    import polib

    return {entry.msgid: entry.msgstr for entry in polib.pofile(str(CATALOGUE)) if entry.translated() and not entry.obsolete}


def english(text: str) -> str:
    """A Dutch text of the tools in English: the catalogue, then the parameter metadata; else unchanged."""
    found = catalogue().get(text)
    if found:
        return found
    from werkzorg.model.provenance import in_english

    return in_english(text)


def translator(lang: str | None) -> Callable[[str], str]:
    """The function that gives a tool's Dutch texts in `lang` ("en"; anything else: Dutch, the texts as they are)."""
    from werkzorg.formatting import language

    return english if language(lang) == "en" else untranslated
