"""Issue 14: the year people get. From 1 October the next year is offered; a year whose amounts are not all published
is offered with that said, refused with the laws that lack amounts, and never computed with last year's amounts."""

import datetime
from urllib.parse import parse_qs, urlparse

import pytest

from werkzorg.web import household_state as state
from werkzorg.web.budget import forms as budget_forms

FAMILY = {
    "jaar": 2025,
    "partners": [{"leeftijd": 35, "uurloon": 24, "dagen_per_week": 3}, {"leeftijd": 37, "uurloon": 21.5, "dagen_per_week": 5}],
    "kinderen": [{"geboortedatum": "2022-01-15"}],
}


def on(monkeypatch, day: datetime.date) -> None:
    monkeypatch.setattr(budget_forms, "today", lambda: day)


def test_in_december_the_next_year_is_offered_and_said_to_be_incomplete(client, monkeypatch):
    on(monkeypatch, datetime.date(2026, 12, 5))
    page = client.get("/budget/").content.decode()
    assert "2027 (nog niet alle bedragen bekend)" in page
    assert '<option value="2026" selected>2026</option>' in page  # the newest year that computes is preselected
    response = client.get("/budget/", {"verder": "1", "jaar": "2027", "volwassenen": "1", "kinderen": "0"})
    assert response.status_code == 200
    assert "Voor 2027 zijn nog niet alle bedragen gepubliceerd" in response.content.decode()


def test_before_october_next_year_is_not_offered(client, monkeypatch):
    on(monkeypatch, datetime.date(2026, 6, 1))
    assert "2027" not in client.get("/budget/").content.decode()


def test_the_api_refuses_an_unpublished_year_naming_what_is_missing(client):
    body = {**FAMILY, "jaar": 2027}
    response = client.post("/api/v1/budget", body, content_type="application/json")
    assert response.status_code == 422
    problem = response.json()
    assert [e["field"] for e in problem["errors"]] == ["jaar"]
    assert "nog niet alle bedragen gepubliceerd" in problem["errors"][0]["message"] and "kies 2026" in problem["errors"][0]["message"]


@pytest.mark.parametrize("path", ["/budget/uitkomst/", "/en/budget/uitkomst/"])
def test_the_result_says_next_year_is_not_known_yet(client, monkeypatch, path):
    on(monkeypatch, datetime.date(2026, 12, 5))
    page = client.get(path, {"h": state.encode({**FAMILY, "jaar": 2026})}).content.decode()
    assert ("Wat verandert er voor u in 2027?" in page and "Werkzorg rekent niet met geschatte bedragen" in page) or (
        "What changes for you in 2027?" in page and "does not calculate with estimated amounts" in page
    )


def test_the_result_compares_this_year_with_next_year(client, monkeypatch):
    """A 2025 household seen in October 2025: 2026 is offered, so the page compares. Kinderbijslag for a child in the
    0–6 band all year (AKW art. 12; SVB), two quarters at the 1 January and two at the 1 July amount:
    2025: 2 × € 286,45 + 2 × € 291,49 = € 1.155,88 → € 96,32 a month;
    2026: 2 × € 295,07 + 2 × € 298,40 = € 1.186,94 → € 98,91 a month; difference + € 2,59.
    The page shows whole euros: € 96, € 99, +€ 3."""
    on(monkeypatch, datetime.date(2025, 10, 1))
    page = client.get("/budget/uitkomst/", {"h": state.encode(FAMILY)}).content.decode()
    section = page[page.index('id="volgend-jaar"'):page.index('id="andere-tools"')]
    assert "Wat verandert er voor u in 2026?" in section
    assert "<th scope=\"row\">Kinderbijslag</th><td>€\u00a096</td><td>€\u00a099</td><td>+€\u00a03</td>" in section
