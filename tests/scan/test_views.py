"""The quick scan pages with the Django test client: the flow, bad input, CSRF, rate limit, report, PDF, export, admin."""

import csv
import io
import re

import pytest
from django.core.management import call_command
from django.test import Client, override_settings

from tests.scan.helpers import ACTIVE, COMPLIANT, PROFILE, all_answers, fill_in
from werkzorg.web.scan.models import Answer, Question, QuestionnaireVersion, Submission, Tip

pytestmark = pytest.mark.django_db


def test_an_hr_manager_completes_the_scan_and_gets_the_report(client):
    page = client.get("/werkgever/").content.decode()
    assert "Quickscan zorgvriendelijk werkgeverschap" in page and "37 vragen in 9 thema" in page
    response = fill_in(client)
    assert response.status_code == 302
    token = response["Location"].split("/")[-2]
    assert len(token) >= 32  # secrets.token_urlsafe(24): 32 characters
    submission = Submission.objects.get(token=token)
    assert submission.answers.count() == 37
    # every answer 2 of 3: every theme 8 of 12 → 66.67 → 67 (Op weg); reversed Q21/Q22 "Eens" (2) → 3 − 2 = 1, so
    # cultuur = 1 + 1 + 2 + 2 = 6 of 12 → 50
    assert submission.scores["visie"] == 67 and submission.scores["cultuur"] == 50
    report = client.get(response["Location"]).content.decode()
    assert "Wat u het eerst doet" in report and "Snel te doen" in report and "Uw sterke punten" in report
    assert report.count('role="img"') == 9 and "<title id=\"thema-1-title\">" in report
    assert "ten minste 10 werkgevers" in report  # no benchmark yet
    # progress is gone from the session once submitted
    assert "werkgeversscan" not in client.session
    assert "Verder waar u was" not in client.get("/werkgever/").content.decode()


def test_progress_is_kept_in_the_session(client):
    client.post("/werkgever/profiel/", PROFILE)
    client.post("/werkgever/thema/1/", {"Q1": "3", "Q2": "3", "Q3": "3", "Q4": "3"})
    page = client.get("/werkgever/").content.decode()
    assert "Verder waar u was" in page and 'href="/werkgever/thema/2/"' in page  # theme 1 is done: continue at 2
    page = client.get("/werkgever/thema/1/").content.decode()
    assert re.search(r'name="Q1" value="3"[^>]*checked', page)
    assert Submission.objects.count() == 0  # nothing stored before submitting


def test_missing_answers_are_named_on_the_page(client):
    page = client.post("/werkgever/profiel/", {"sector": "zorg_welzijn"}).content.decode()
    assert "Kies een antwoord bij &#x27;Hoeveel werknemers heeft uw organisatie?&#x27;" in page
    client.post("/werkgever/profiel/", PROFILE)
    response = client.post("/werkgever/thema/2/", {"Q5": "1", "Q6": "9", "Q7": "1"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Vraag 6: dit antwoord bestaat niet bij" in page and "Vraag 8: kies een antwoord bij" in page and "bedrijfsarts" in page
    # submitting with gaps: the check page lists what is missing, with a link to the question, and stores nothing
    response = client.post("/werkgever/versturen/")
    page = response.content.decode()
    assert response.status_code == 400 and "Nog niet alles is ingevuld" in page and "#vraag-Q1" in page
    assert Submission.objects.count() == 0
    assert client.get("/werkgever/versturen/").status_code == 302  # GET: back to the check page, no error page


def test_csrf_is_required():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/werkgever/profiel/", PROFILE)
    assert response.status_code == 403 and "Dit formulier is verlopen" in response.content.decode()


@override_settings(SCAN_RATE_LIMIT=1)
def test_rate_limit_per_client(client):
    from django.core.cache import cache

    cache.clear()
    assert fill_in(client).status_code == 302
    response = fill_in(client)
    assert response.status_code == 429 and "Wacht even" in response.content.decode()
    assert Submission.objects.count() == 1
    cache.clear()


def test_unknown_report_link(client):
    response = client.get("/werkgever/rapport/niet-bestaand/")
    assert response.status_code == 404 and "Dit rapport kunnen we niet vinden" in response.content.decode()
    assert client.get("/werkgever/rapport/" + "x" * 100 + "/").status_code == 404


def test_legal_flags_on_the_report(client):
    answers = {**all_answers("2"), **COMPLIANT, "Q9": "0", "Q15": "0", "Q29": "0"}
    page = client.get(fill_in(client, answers)["Location"]).content.decode()
    assert "Verlof bij zorg: medewerkers kennen hun rechten mogelijk niet" in page
    # the first improvement (verlof, legal flag) names its lowest-scoring question: Q9 (0 points)
    first = page.split('class="improvements"')[1].split("</li>\n")[0]
    assert "Hier valt het meeste te winnen" in first and "Staan calamiteitenverlof, kortdurend en langdurend zorgverlof" in first
    assert "kortdurend zorgverlof: tot 2 keer de uren per week in 12 maanden, met ten minste 70 procent van het loon" in page
    assert "Wet flexibel werken: verzoeken om andere uren, werktijden of werkplek" in page and "Algemene wet gelijke behandeling" in page


def test_benchmark_only_with_ten_comparable_submissions(client):
    version = QuestionnaireVersion.objects.get(versie=ACTIVE)
    for i in range(9):
        Submission.objects.create(version=version, scores={"visie": 40}, totaal=40, **PROFILE)
    Submission.objects.create(version=version, scores={"visie": 90}, totaal=90, sector="onderwijs", grootte="50-249", deeltijd="0-24")
    location = fill_in(client)["Location"]
    assert "Gemiddelde vergelijkbare werkgevers" not in client.get(location).content.decode()  # 9 comparable + 1 other sector
    Submission.objects.create(version=version, scores={"visie": 50}, totaal=50, **PROFILE)
    page = client.get(location).content.decode()
    # 10 others: visie (9 × 40 + 50) / 10 = 41 → nearest multiple of 5: 40; own visie 67 → higher
    assert "Vergeleken met ten minste 10 andere werkgevers" in page and "Hoger dan het gemiddelde van vergelijkbare werkgevers (40)" in page


def test_pdf_fallback_without_pango(client, monkeypatch):
    from werkzorg.web.budget import pdf

    def unavailable(html):
        raise pdf.PdfUnavailable("cannot load library 'libpango-1.0-0'")

    monkeypatch.setattr(pdf, "render_pdf", unavailable)
    location = fill_in(client)["Location"]
    response = client.get(location + "pdf/")
    assert response.status_code == 503 and "Een pdf maken lukt nu niet" in response.content.decode() and location in response.content.decode()


def test_pdf_download(client):
    response = client.get(fill_in(client)["Location"] + "pdf/")
    if response.status_code == 200:
        assert response["Content-Type"] == "application/pdf" and response.content[:4] == b"%PDF"
    else:  # no Pango on this machine: the friendly fallback page
        assert response.status_code == 503 and "printversie" in response.content.decode()


def test_english_pages(client):
    assert "Quick scan for care-friendly employers" in client.get("/en/werkgever/").content.decode()
    location = fill_in(client, {**all_answers("2"), "Q9": "0"})["Location"]
    page = client.get("/en" + location).content.decode()
    assert "What to do first" in page and "short-term care leave: up to 2 times the weekly hours in 12 months" in page
    # the questionnaire content in English too (texts from the fixture's *_en fields)
    assert "Leave and arrangements" in page and "(50 · On the way)" in page and "Inform all employees once a year about leave for care." in page
    fresh = Client()
    fresh.post("/en/werkgever/profiel/", PROFILE)
    assert "Has the board stated care-friendly employment as a goal" in fresh.get("/en/werkgever/thema/1/").content.decode()


def test_export_is_staff_only_and_has_no_link_or_free_text(client, admin_client):
    token = fill_in(client)["Location"].split("/")[-2]
    assert client.get("/werkgever/export.csv").status_code == 302  # to the admin login
    response = admin_client.get("/werkgever/export.csv")
    text = response.content.decode()
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:6] == ["versie", "maand", "sector", "grootte", "deeltijd", "totaal"]
    assert "thema_visie" in rows[0] and "vraag_Q32" in rows[0] and len(rows) == 2
    assert token not in text
    # reversed question exported as points: "Eens" (2) on Q21 → 1
    assert rows[1][rows[0].index("vraag_Q21")] == "1"


def test_management_commands(client, tmp_path):
    for _ in range(2):
        fill_in(Client())
    out = tmp_path / "export.csv"
    call_command("scan_export", "--uitvoer", str(out))
    assert len(out.read_text().splitlines()) == 3
    text = io.StringIO()
    call_command("scan_statistiek", "--minimum", "2", stdout=text)
    assert "Ingevulde scans: 2" in text.getvalue() and "visie" in text.getvalue()
    text = io.StringIO()
    call_command("scan_statistiek", stdout=text)  # fewer than 10: no means
    assert "te weinig om te tonen" in text.getvalue()


def test_a_content_editor_changes_a_tip_and_a_question(admin_client, client):
    version = QuestionnaireVersion.objects.get(versie=ACTIVE)
    tip = Tip.objects.filter(theme__version=version, theme__code="verlof", niveau="startend", soort="snel").first()
    page = admin_client.get(f"/beheer/scan/tip/{tip.pk}/change/")
    assert page.status_code == 200
    response = admin_client.post(f"/beheer/scan/tip/{tip.pk}/change/", {"theme": tip.theme.pk, "niveau": "startend", "soort": "snel", "tekst": "Nieuwe tip van de redactie.", "volgorde": 0})
    assert response.status_code == 302
    answers = {**all_answers("0")}
    assert "Nieuwe tip van de redactie." in client.get(fill_in(client, answers)["Location"]).content.decode()

    # the version now has a submission: its questions are frozen, so the editor copies it and edits the copy
    question = Question.objects.get(theme__version=version, code="Q1")
    assert admin_client.post(f"/beheer/scan/question/{question.pk}/change/", {}).status_code == 403
    admin_client.post("/beheer/scan/questionnaireversion/", {"action": "copy", "_selected_action": [version.pk]})
    copy = QuestionnaireVersion.objects.get(status="concept")
    new_question = Question.objects.get(theme__version=copy, code="Q1")
    response = admin_client.post(
        f"/beheer/scan/question/{new_question.pk}/change/",
        {"theme": new_question.theme.pk, "code": "Q1", "volgorde": 0, "tekst": "Heeft de directie werk en zorg tot doel gemaakt?", "toelichting": "", "schaal": new_question.schaal.pk},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    admin_client.post("/beheer/scan/questionnaireversion/", {"action": "activate", "_selected_action": [copy.pk]})
    fresh = Client()
    fresh.post("/werkgever/profiel/", PROFILE)
    assert "Heeft de directie werk en zorg tot doel gemaakt?" in fresh.get("/werkgever/thema/1/").content.decode()
    # the old report is unchanged: it still shows the old question text
    old = Submission.objects.get(version=version)
    assert "Heeft de directie zorgvriendelijk werkgeverschap als doel uitgesproken" in client.get(f"/werkgever/rapport/{old.token}/").content.decode()
    assert Answer.objects.filter(submission=old).count() == 37


def test_database_vendor():
    """test_postgres.py reruns this module against a real PostgreSQL server and sets the expected vendor."""
    import os

    from django.db import connection

    assert connection.vendor == os.environ.get("WERKZORG_EXPECT_DB_VENDOR", connection.vendor)


def test_admin_pages_render(admin_client, client):
    fill_in(client)
    version = QuestionnaireVersion.objects.get(versie=ACTIVE)
    theme = version.themes.first()
    for path in ["questionnaireversion", "theme", "question", "scale", "tip", "submission"]:
        assert admin_client.get(f"/beheer/scan/{path}/").status_code == 200
    assert admin_client.get(f"/beheer/scan/questionnaireversion/{version.pk}/change/").status_code == 200
    page = admin_client.get(f"/beheer/scan/theme/{theme.pk}/change/")
    assert page.status_code == 200 and "Q1" in page.content.decode()
    submission = Submission.objects.get()
    assert submission.token not in admin_client.get(f"/beheer/scan/submission/{submission.pk}/change/").content.decode()


def test_a_frozen_version_gets_no_new_questions(admin_client, client):
    fill_in(client)
    version = QuestionnaireVersion.objects.get(versie=ACTIVE)
    theme, scale = version.themes.first(), version.scales.first()
    response = admin_client.post("/beheer/scan/question/add/", {"theme": theme.pk, "code": "Q99", "volgorde": 9, "tekst": "Nieuw?", "toelichting": "", "schaal": scale.pk})
    assert response.status_code == 200 and "heeft al ingevulde scans" in response.content.decode()
    assert not Question.objects.filter(code="Q99").exists()
    old = Submission.objects.get()
    assert client.get(f"/werkgever/rapport/{old.token}/").status_code == 200


def test_an_editor_with_only_a_staff_login_can_change_a_tip(client, monkeypatch):
    monkeypatch.setenv("SCAN_EDITOR_PASSWORD", "lang-genoeg-wachtwoord")
    call_command("scan_redacteur", "redactie", "--wachtwoord-uit-omgeving", "SCAN_EDITOR_PASSWORD", stdout=io.StringIO())
    editor = Client()
    assert editor.login(username="redactie", password="lang-genoeg-wachtwoord")
    tip = Tip.objects.filter(theme__code="visie", niveau="startend", soort="structureel").first()
    response = editor.post(f"/beheer/scan/tip/{tip.pk}/change/", {"theme": tip.theme.pk, "niveau": "startend", "soort": "structureel", "tekst": "Tip van de redacteur.", "tekst_en": "", "volgorde": 0})
    assert response.status_code == 302
    assert Tip.objects.get(pk=tip.pk).tekst == "Tip van de redacteur."
    assert editor.get("/beheer/auth/user/").status_code == 403  # nothing else
    assert editor.get("/werkgever/export.csv").status_code == 200  # staff may download the aggregate export
