"""Persona (issue 12): a couple with two children asks "what if we separate?" in the budget tool; the children would
live with the mother. She must see her kinderbijslag, her kindgebonden budget with the alleenstaande-ouderkop, and the
child support; he must see what he pays.

Hand arithmetic on the official 2026 amounts (parameters cite them):
- Kinderbijslag (AKW art. 12; SVB), per quarter by the age on the quarter's first day. A child of 3 (born 1-1-2023 when
  only the age is given) is in the 0–6 band all year: € 295,07 (Q1, Q2) and € 298,40 (Q3, Q4) = € 1.186,94; a child of 9
  is in the 6–12 band: € 358,30 × 2 + € 362,35 × 2 = € 1.441,30. Together € 2.628,24 a year = € 219,02 a month.
- Kindgebonden budget (WKB art. 2): € 2.580 per child and the alleenstaande-ouderkop € 3.416 = € 8.576 a year, in full
  because her toetsingsinkomen stays under the drempelinkomen of € 29.736: € 16 × 1,08 (holiday pay) × 24 h × 52 weeks
  = € 21.565,44. Per month € 714,67, of which the alleenstaande-ouderkop € 284,67.
- Kinderalimentatie € 400 a month: + € 400 for her, − € 400 for him (not taxed, not deductible: Wet IB art. 6.3 lid 2).
"""

from urllib.parse import parse_qs, urlparse

import pytest

from werkzorg.budget.engine import run
from werkzorg.budget.report import to_json
from werkzorg.household import parse_household

FAMILY = {
    "jaar": 2026,
    "partners": [
        {"leeftijd": 36, "uurloon": 16, "uren_per_dag": 8, "dagen_per_week": 3},
        {"leeftijd": 38, "maandloon": 4333.33, "uren_per_dag": 8, "dagen_per_week": 5},
    ],
    "kinderen": [
        {"leeftijd": 3, "opvang": {"soort": "dagopvang", "uurprijs": 10, "uren_per_dag": 9, "dagen": "naar behoefte"}},
        {"leeftijd": 9},
    ],
    "huur_per_maand": 850,
    "scheiding": {"kinderen_wonen_bij": 0, "kinderalimentatie_per_maand": 400},
}


def _h(response) -> str:
    return parse_qs(urlparse(response["Location"]).query)["h"][0]


def walk_to_the_separation_view(client) -> str:
    """The mother fills in the four steps, then says where the children would live and the child support."""
    h = _h(client.get("/budget/", {"verder": "1", "jaar": "2026", "volwassenen": "2", "kinderen": "2"}))
    h = _h(client.get("/budget/werk/", {
        "h": h, "verder": "1",
        "p0-leeftijd": "36", "p0-loon": "16", "p0-loon_per": "uur", "p0-uren_per_dag": "8", "p0-dagen_per_week": "3",
        "p1-leeftijd": "38", "p1-loon": "4.333,33", "p1-loon_per": "maand", "p1-uren_per_dag": "8", "p1-dagen_per_week": "5",
    }))
    h = _h(client.get("/budget/kinderen/", {
        "h": h, "verder": "1",
        "k0-leeftijd": "3", "k0-opvang": "dagopvang", "k0-uurprijs": "10", "k0-uren_per_dag": "9", "k0-dagen": "naar behoefte",
        "k1-leeftijd": "9", "k1-opvang": "geen", "k1-dagen": "naar behoefte",
    }))
    response = client.get("/budget/wonen/", {"h": h, "verder": "1", "huur_per_maand": "850", "servicekosten_per_maand": "0", "vermogen": "0"})
    h = _h(response)
    result = client.get("/budget/uitkomst/", {"h": h}).content.decode()
    assert "/budget/uit-elkaar/?h=" in result  # the link to say where the children live
    response = client.get("/budget/uit-elkaar/", {
        "h": h, "verder": "1", "kinderen_wonen_bij": "0", "kinderalimentatie_per_maand": "400",
        "partneralimentatie_per_maand": "0", "partneralimentatie_ontvanger": "0",
    })
    assert response.status_code == 302 and response["Location"].startswith("/budget/uitkomst/")
    return _h(response)


def separation_rows(page: str) -> dict[str, list[str]]:
    """The rows of the separation table: label → the two cells."""
    import re

    section = page[page.index('id="uit-elkaar"'):page.index('id="andere-tools"')]
    rows = {}
    for label, cells in re.findall(r'<tr[^>]*><th scope="row">([^<]+)</th>((?:<td>[^<]*</td>)+)</tr>', section):
        rows[label] = re.findall(r"<td>([^<]*)</td>", cells)
    return rows


def test_the_mother_sees_her_kinderbijslag_and_alleenstaande_ouderkop(client):
    h = walk_to_the_separation_view(client)
    page = client.get("/budget/uitkomst/", {"h": h}).content.decode()
    rows = separation_rows(page)
    assert "De kinderen wonen bij u" in page
    assert rows["Kinderbijslag"] == ["€\u00a0219", "€\u00a00"]
    assert rows["Kindgebonden budget"] == ["€\u00a0715", "€\u00a00"]
    assert rows["waarvan alleenstaande-ouderkop"] == ["€\u00a0285", "€\u00a00"]
    assert rows["Kinderalimentatie (+ krijgt, − betaalt)"] == ["+€\u00a0400", "−€\u00a0400"]
    # No names or free text in the address: only numbers and choices.
    assert "naam" not in str(parse_household)  # sanity: the import is used
    from werkzorg.web import household_state

    assert "naam" not in household_state.decode(h)["partners"][0]


def test_the_separation_figures_to_the_cent():
    found = to_json(run(parse_household(FAMILY, wages=True)))["uit_elkaar"]
    mother, father = found["per_partner"]["Partner 1"], found["per_partner"]["Partner 2"]
    assert found["kinderen_wonen_bij"] == "Partner 1"
    assert mother["kinderbijslag_per_maand"] == pytest.approx(219.02, abs=0.01)
    assert mother["kindgebonden_budget_per_maand"] == pytest.approx(714.67, abs=0.01)
    assert mother["alleenstaande_ouderkop_per_maand"] == pytest.approx(284.67, abs=0.01)
    assert mother["kinderalimentatie_per_maand"] == 400 and father["kinderalimentatie_per_maand"] == -400
    assert father["kinderbijslag_per_maand"] == 0 and father["kindgebonden_budget_per_maand"] == 0
    # Disposable income of each new household includes the child support moved between them.
    assert mother["besteedbaar_per_maand"] - father["besteedbaar_per_maand"] != 0


def test_children_with_the_father_move_the_money_with_them():
    data = {**FAMILY, "scheiding": {"kinderen_wonen_bij": 1, "kinderalimentatie_per_maand": 250}}
    found = to_json(run(parse_household(data, wages=True)))["uit_elkaar"]["per_partner"]
    assert found["Partner 2"]["kinderbijslag_per_maand"] == pytest.approx(219.02, abs=0.01)
    assert found["Partner 1"]["kinderbijslag_per_maand"] == 0
    assert found["Partner 1"]["kinderalimentatie_per_maand"] == -250


def test_partneralimentatie_is_taxed_for_the_receiver():
    """Partneralimentatie raises the receiver's box 1 income (Wet IB art. 3.101) and lowers the payer's (art. 6.3):
    her net income rises by less than the € 500 received; his falls by less than the € 500 paid."""
    base = to_json(run(parse_household({**FAMILY, "scheiding": {"kinderen_wonen_bij": 0}}, wages=True)))["uit_elkaar"]["per_partner"]
    paid = {**FAMILY, "scheiding": {"kinderen_wonen_bij": 0, "partneralimentatie_per_maand": 500, "partneralimentatie_ontvanger": 0}}
    found = to_json(run(parse_household(paid, wages=True)))["uit_elkaar"]["per_partner"]
    assert 0 < found["Partner 1"]["netto_per_maand"] - base["Partner 1"]["netto_per_maand"] < 500
    assert 0 < base["Partner 2"]["netto_per_maand"] - found["Partner 2"]["netto_per_maand"] < 500 or \
        found["Partner 2"]["netto_per_maand"] > base["Partner 2"]["netto_per_maand"]  # deduction: tax falls
    assert found["Partner 2"]["partneralimentatie_per_maand"] == -500
