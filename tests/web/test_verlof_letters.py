"""The request letter: plain text (.txt) or PDF, written to the employer only; the result page warns when the date to
ask by has passed (issue 15)."""

import datetime
import re
from urllib.parse import parse_qs, urlparse

from werkzorg.web.budget import forms as budget_forms


def _result(client, due="2026-07-01"):
    answers = {"situatie": "geboorte_partner", "verder": "1", "uren_per_week": "36", "jaarloon": "48.000", "uitgerekende_datum": due}
    q = parse_qs(urlparse(client.get("/verlof/vragen/", answers)["Location"]).query)["q"][0]
    return q, client.get("/verlof/uitkomst/", {"q": q}).content.decode()


def test_the_letter_is_plain_text_without_a_note_to_the_writer(client, monkeypatch):
    monkeypatch.setattr(budget_forms, "today", lambda: datetime.date(2026, 1, 5))
    q, page = _result(client)
    assert "de datum om dit verlof aan te vragen is voorbij" not in page
    action = re.search(r'<form method="post" action="(/verlof/brief/\d+/)"', page).group(1)
    letter = client.post(action, {"q": q, "formaat": "tekst"})
    assert letter["Content-Type"].startswith("text/plain") and letter["Content-Disposition"].endswith('.txt"')
    text = letter.content.decode()
    assert "Beste werkgever" in text and "bij u zijn" not in text and "(Dit verzoek" not in text
    pdf = client.post(action, {"q": q, "formaat": "pdf"})
    assert pdf["Content-Disposition"].endswith(('.pdf"', '.txt"'))


def test_a_warning_when_the_date_to_ask_by_has_passed(client, monkeypatch):
    # Aanvullend geboorteverlof is asked 4 weeks before it starts (Wazo art. 4:2a); in December 2026 every date to ask
    # by for a birth on 1 July 2026 has passed.
    monkeypatch.setattr(budget_forms, "today", lambda: datetime.date(2026, 12, 1))
    _, page = _result(client)
    assert "Let op: de datum om dit verlof aan te vragen is voorbij." in page
    q, _ = _result(client)
    assert "the date to ask for this leave has passed" in client.get("/en/verlof/uitkomst/", {"q": q}).content.decode()
