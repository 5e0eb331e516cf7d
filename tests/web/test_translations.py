"""The English translation: the .po file is the source (docs/translations.md), complete, and English pages show no Dutch.

`makemessages` is Django's own extraction (it needs Debian's gettext, installed by the Makefile); the tests run it on
a copy of the sources so that a Dutch text added to a template or a `_()` call without its English fails here.
"""

import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.test import override_settings

import werkzorg
from tests.web.test_pages import follow_steps
from werkzorg.web import household_state as state

SOURCES = Path(werkzorg.__file__).parent
PO = SOURCES / "web" / "locale" / "en" / "LC_MESSAGES" / "django.po"


def test_every_dutch_msgid_has_its_english():
    catalog = polib.pofile(str(PO))
    assert catalog.untranslated_entries() == [] and catalog.fuzzy_entries() == [] and catalog.obsolete_entries() == []
    assert len(catalog) > 900


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="Debian's gettext is not installed (make installs it)")
def test_the_po_file_holds_every_text_of_the_sources(tmp_path, monkeypatch):
    """makemessages over a copy of the sources adds no new msgid and makes none obsolete."""
    copy = tmp_path / "werkzorg"
    shutil.copytree(SOURCES, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo", "static"))
    locale = copy / "web" / "locale"
    monkeypatch.chdir(copy)
    with override_settings(LOCALE_PATHS=[locale]):
        call_command("makemessages", locale=["en"], no_location=True, verbosity=0)
    extracted = polib.pofile(str(locale / "en" / "LC_MESSAGES" / "django.po"))
    missing = [entry.msgid for entry in extracted.untranslated_entries()]
    stale = [entry.msgid for entry in extracted.obsolete_entries()]
    assert missing == [], f"Dutch texts without English (run `make messages`, then write the msgstr): {missing}"
    assert stale == [], f"msgids no longer in the sources (run `make messages`): {stale}"


def _dutch_texts() -> list[str]:
    """Dutch msgids long enough to be recognised on a page and different from their English."""
    catalog = polib.pofile(str(PO))
    return [entry.msgid for entry in catalog if len(entry.msgid) >= 25 and entry.msgstr != entry.msgid and "%" not in entry.msgid]


def _visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).replace("&nbsp;", " ").split())


def _english_pages(client) -> dict[str, str]:
    _, data = follow_steps(client)
    h = state.encode(data)
    paths = ["/en/", "/en/budget/", f"/en/budget/uitkomst/?h={h}", f"/en/budget/uitkomst/?h={h}&print=1&bijlage=1",
             "/en/verlof/", f"/en/verlof/plan/?h={h}", f"/en/werk/rekenen/?h={h}", "/en/werk/drempels/", "/en/werkgever/", "/en/mantelzorg/"]
    return {path: client.get(path).content.decode() for path in paths}


@pytest.mark.django_db
def test_english_pages_show_no_dutch_text(client):
    texts = _dutch_texts()
    untranslated = {}
    for path, html in _english_pages(client).items():
        visible = _visible_text(html)
        found = [text for text in texts if " ".join(text.split()) in visible]
        if found:
            untranslated[path] = found
    assert untranslated == {}
