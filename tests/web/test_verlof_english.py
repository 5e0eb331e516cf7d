"""The leave finder in English: /en/verlof/ pages, the API's `en` texts and `werkzorg verlof --taal en`."""

import json
from urllib.parse import parse_qs, urlparse

from typer.testing import CliRunner

from werkzorg.cli import app
from werkzorg.web import household_state as state

PARTNER = {"peildatum": "2026-03-01", "situatie": "geboorte_partner", "uren_per_week": 36, "jaarloon": 48000, "uitgerekende_datum": "2026-07-01"}


def test_start_and_questions_in_english(client):
    page = client.get("/en/verlof/").content.decode()
    assert "You are pregnant" in page and "Your partner is having a baby" in page and "U bent zwanger" not in page
    assert "U bent zwanger" in client.get("/verlof/").content.decode()
    page = client.get("/en/verlof/vragen/", {"situatie": "zwangerschap"}).content.decode()
    assert "<h1>You are pregnant</h1>" in page


def test_a_missing_date_is_named_in_english(client):
    page = client.get("/en/verlof/vragen/", {"situatie": "zwangerschap", "verder": "1", "uren_per_week": "32"}).content.decode()
    assert "this date is needed for the situation" in page and "deze datum is nodig" not in page


def test_the_answer_page_in_english(client):
    response = client.get("/en/verlof/vragen/", {"situatie": "geboorte_partner", "verder": "1", "uren_per_week": "36", "uitgerekende_datum": "2026-07-01"})
    assert parse_qs(urlparse(response["Location"]).query)["q"] and response["Location"].startswith("/en/verlof/uitkomst/")
    q = state.encode(PARTNER)  # with a fixed peildatum, so the dates below do not depend on today
    page = client.get("/en/verlof/uitkomst/", {"q": q}).content.decode()
    assert "Your partner is having a baby: this leave fits you" in page
    assert "Geboorteverlof (birth leave)" in page and "Aanvullend geboorteverlof (additional birth leave)" in page
    # Aanvullend geboorteverlof: 5 × 36 h = 180 h (as in tests/web/test_verlof_pages.py), from a week after the birth
    # (1 July + 7 days = 8 July 2026) to 6 months after it (1 January 2027).
    assert "180 hours" in page and "8 July 2026 – 1 January 2027" in page
    # Benefit 70 % of 48,000 / 261 = 183.91 a day → 128.74 (hand arithmetic: 0.7 × 183.908… = 128.74).
    assert "€\u00a0128.74 a day" in page and "UWV (through your employer)" in page
    assert "Your employer may not refuse this leave." in page and "Tell your employer beforehand" in page
    for dutch in ("Vertel uw werkgever", "De werkgever mag het verlof niet weigeren", "uur</dd>", "juli 2026", "per dag"):
        assert dutch not in page, dutch
    dutch_page = client.get("/verlof/uitkomst/", {"q": q}).content.decode()
    assert "Vertel uw werkgever" in dutch_page and "€\u00a0128,74 per dag" in dutch_page and "8 juli 2026 – 1 januari 2027" in dutch_page


def test_the_letter_stays_dutch_on_the_english_page(client):
    q = state.encode(PARTNER)
    page = client.get("/en/verlof/uitkomst/", {"q": q}).content.decode()
    assert "Letter to your employer, in Dutch" in page
    letter = client.get(f"/en/verlof/brief/2/?q={q}").content.decode()
    assert "Beste werkgever" in letter and "aanvullend geboorteverlof" in letter


def test_the_api_gives_english_next_to_dutch(client):
    response = client.post("/api/v1/verlof", data=json.dumps(PARTNER), content_type="application/json")
    assert response.status_code == 200
    item = next(i for i in response.json()["regelingen"] if i["code"] == "geboorteverlof")
    assert item["naam"] == "Geboorteverlof" and item["en"]["naam"] == "Geboorteverlof (birth leave)"
    assert item["en"]["voorwaarden"][-1] == "Your employer may not refuse this leave." and item["voorwaarden"][-1] == "De werkgever mag het verlof niet weigeren."


def test_the_command_line_in_english(tmp_path):
    path = tmp_path / "partner.json"
    path.write_text(json.dumps(PARTNER), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["verlof", str(path), "--taal", "en"])
    assert result.exit_code == 0, result.output
    assert "Your partner is having a baby: this leave fits you" in result.output and "Geboorteverlof (birth leave)" in result.output
    assert "€\u00a0128.74 a day" in result.output and "Betaald door" not in result.output
    assert "Uw partner krijgt een baby" in runner.invoke(app, ["verlof", str(path)]).output
    as_json = json.loads(runner.invoke(app, ["verlof", str(path), "--json", "--taal", "en"]).output)
    assert as_json["regelingen"][0]["naam"].startswith("Calamiteiten") and as_json["regelingen"][0]["en"]["betaald_door"] == "your employer"
    wrong = runner.invoke(app, ["verlof", str(path), "--taal", "fr"])
    assert wrong.exit_code == 2 and "--taal" in wrong.output
