"""The admin for content editors: a frozen version offers no adding or deleting of scoring content (and says why),
questions are listed in questionnaire order, and `scan_redacteur` works without a terminal."""

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from tests.scan.helpers import ACTIVE, fill_in
from werkzorg.web.scan.models import QuestionnaireVersion

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def editor(monkeypatch):
    monkeypatch.setenv("SCAN_EDITOR_PASSWORD", "lang-genoeg-wachtwoord")
    call_command("scan_redacteur", "redactie", "--wachtwoord-uit-omgeving", "SCAN_EDITOR_PASSWORD", stdout=io.StringIO())
    client = Client()
    assert client.login(username="redactie", password="lang-genoeg-wachtwoord")
    return client


def test_a_frozen_version_offers_no_add_or_delete(client, editor):
    fill_in(client)
    version = QuestionnaireVersion.objects.get(versie=ACTIVE)
    theme = version.themes.get(code="verlof")
    page = editor.get(f"/beheer/scan/theme/{theme.pk}/change/").content.decode()
    assert "heeft al ingevulde scans" in page  # says why
    assert 'id="questions-group"' in page and "questions-TOTAL_FORMS" in page
    assert 'name="questions-0-DELETE"' not in page and 'class="deletelink"' not in page  # no deleting the theme or its questions
    assert 'name="questions-0-tekst"' not in page  # questions read-only
    assert 'name="tips-0-tekst"' in page  # tips stay editable
    assert 'name="questions-__prefix__-tekst"' not in page  # no empty form to add a question
    page = editor.get(f"/beheer/scan/questionnaireversion/{version.pk}/change/").content.decode()
    assert "heeft al ingevulde scans" in page and 'class="deletelink"' not in page
    assert 'name="levels-0-DELETE"' not in page and 'name="themes-0-DELETE"' not in page
    assert 'name="levels-__prefix__-naam"' not in page and 'name="themes-__prefix__-naam"' not in page  # no empty form to add
    assert editor.get(f"/beheer/scan/questionnaireversion/{version.pk}/delete/").status_code == 403
    assert editor.get(f"/beheer/scan/theme/{theme.pk}/delete/").status_code == 403
    # a version without submissions (a concept copy) can still be changed
    concept = QuestionnaireVersion.objects.get(versie="2026.1")
    assert 'name="levels-0-DELETE"' in editor.get(f"/beheer/scan/questionnaireversion/{concept.pk}/change/").content.decode()


def test_questions_are_listed_in_questionnaire_order(editor):
    version = QuestionnaireVersion.objects.get(versie=ACTIVE)
    page = editor.get(f"/beheer/scan/question/?theme__version__id__exact={version.pk}").content.decode()
    codes = re.findall(r'class="field-vraag_code"><a [^>]*>(Q\d+)</a>', page)
    expected = [q.code for t in version.themes.order_by("volgorde") for q in t.questions.order_by("volgorde")]
    assert codes == expected[: len(codes)] and codes[:5] == ["Q1", "Q2", "Q3", "Q4", "Q5"] and len(codes) == 37
    page = editor.get(f"/beheer/scan/question/?theme__version__id__exact={version.pk}&o=1").content.decode()  # sorted on the code column
    assert re.findall(r'class="field-vraag_code"><a [^>]*>(Q\d+)</a>', page)[:10] == expected[:10]


def test_scan_redacteur_without_a_terminal_gives_a_clear_message(monkeypatch):
    monkeypatch.delenv("WERKZORG_REDACTEUR_WACHTWOORD", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal
    with pytest.raises(CommandError, match="geen terminal"):
        call_command("scan_redacteur", "redactie")
    with pytest.raises(CommandError, match="bestaat niet"):
        call_command("scan_redacteur", "redactie", "--wachtwoord-uit-omgeving", "BESTAAT_NIET_X")


def test_scan_redacteur_reads_the_password_from_the_environment(monkeypatch):
    monkeypatch.setenv("WERKZORG_REDACTEUR_WACHTWOORD", "nog-een-lang-wachtwoord")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    call_command("scan_redacteur", "omgeving", stdout=io.StringIO())
    assert Client().login(username="omgeving", password="nog-een-lang-wachtwoord")


def test_scan_redacteur_as_a_process_without_a_terminal(tmp_path):
    """The real command, stdin from /dev/null: exit code 1 with one line of explanation, no traceback."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    env.pop("WERKZORG_REDACTEUR_WACHTWOORD", None)
    manage = [sys.executable, "-m", "django", "scan_redacteur", "redactie", "--settings", os.environ.get("DJANGO_SETTINGS_MODULE", "werkzorg.web.settings")]
    result = subprocess.run(manage, stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 1 and "geen terminal" in result.stderr and "Traceback" not in result.stderr
