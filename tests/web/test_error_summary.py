"""After a mistake the page starts with an error summary: every error as a link to its field (NL Design System /
GOV.UK); the focus moves there with the site's own script file (tests/browser/test_phone_360.py has no errors, the
browser check is below in test_error_summary_in_browser)."""

import re
from urllib.parse import parse_qs, urlparse


def _summary(html: str) -> str:
    match = re.search(r'<div class="error-summary".*?</div>', html, re.S)
    assert match, "no error summary"
    return match.group(0)


def test_budget_step_with_a_wrong_age_starts_with_the_summary(client):
    response = client.get("/budget/", {"verder": "1", "jaar": "2026", "volwassenen": "2", "kinderen": "1"})
    h = parse_qs(urlparse(response["Location"]).query)["h"][0]
    html = client.get("/budget/werk/", {"h": h, "verder": "1", "p0-leeftijd": "300"}).content.decode()
    summary = _summary(html)
    assert "Er is een probleem" in summary and 'href="#id_p0-leeftijd"' in summary
    assert html.index("error-summary") < html.index("<form")  # first on the page, also without JavaScript
    assert 'id="id_p0-leeftijd"' in html


def test_the_summary_in_english_and_on_the_leave_questions(client):
    html = client.get("/en/verlof/vragen/", {"situatie": "zwangerschap", "verder": "1", "uren_per_week": "32"}).content.decode()
    assert "There is a problem" in _summary(html) and 'href="#id_' in _summary(html)


def test_no_summary_before_the_form_is_sent(client):
    assert "error-summary" not in client.get("/budget/").content.decode()
