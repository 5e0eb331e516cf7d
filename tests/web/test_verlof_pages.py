"""The leave finder pages: choose the situation, answer the questions, see what fits, download a letter."""

import re
from urllib.parse import parse_qs, urlparse

from werkzorg.leave.finder import find
from werkzorg.leave.schema import parse_question
from werkzorg.web import household_state as state


def test_partner_flow_shows_every_leave_and_a_letter(client):
    assert "Welk verlof past bij u?" in client.get("/verlof/").content.decode()
    response = client.get("/verlof/", {"situatie": "geboorte_partner"})
    assert response["Location"] == "/verlof/vragen/?situatie=geboorte_partner"
    answers = {"situatie": "geboorte_partner", "verder": "1", "uren_per_week": "36", "jaarloon": "48.000", "uitgerekende_datum": "2026-07-01", "naam": "Joris"}
    response = client.get("/verlof/vragen/", answers)
    assert response.status_code == 302
    q = parse_qs(urlparse(response["Location"]).query)["q"][0]
    page = client.get("/verlof/uitkomst/", {"q": q}).content.decode()
    expected = find(parse_question(state.decode(q)))
    assert page.count('class="card"') == len(expected)
    assert "Aanvullend geboorteverlof" in page and "180 uur" in page and "wetten.overheid.nl/BWBR0013008" in page
    link = re.search(r'href="(/verlof/brief/\d+/\?q=[^"]+)"', page).group(1)
    letter = client.get(link)
    assert letter.status_code == 200 and "Joris" in letter.content.decode() and "artikel 4:2a" in letter.content.decode()
    pdf = client.get(link + "&formaat=pdf")
    assert pdf.status_code == 200 and pdf.content[:4] in (b"%PDF", b"Jori")


def test_missing_date_is_named_on_the_form(client):
    page = client.get("/verlof/vragen/", {"situatie": "zwangerschap", "verder": "1", "uren_per_week": "32"}).content.decode()
    assert 'class="error"' in page and "uitgerekende" in page.lower()


def test_unknown_situation_and_damaged_link(client):
    assert client.get("/verlof/vragen/", {"situatie": "verhuizen"}).status_code == 302
    assert client.get("/verlof/uitkomst/", {"q": "kapot"}).status_code == 400
    assert client.get("/en/verlof/").status_code == 200


def test_plan_page_from_the_finder_is_prefilled_without_names(client):
    """The finder's answer links to a plan pre-filled with the paid leave (step 2 directly); the link holds no name."""
    answers = {"situatie": "geboorte_partner", "verder": "1", "uren_per_week": "36", "jaarloon": "48.000", "uitgerekende_datum": "2026-07-01", "naam": "Joris"}
    q = parse_qs(urlparse(client.get("/verlof/vragen/", answers)["Location"]).query)["q"][0]
    page = client.get("/verlof/uitkomst/", {"q": q}).content.decode()
    link = re.search(r'href="(/verlof/plan/\?[^"]+)"', page).group(1).replace("&amp;", "&")
    query = parse_qs(urlparse(link).query)
    household, leave = state.decode(query["h"][0]), state.decode(query["v"][0])
    assert "Joris" not in str(household) + str(leave)
    # Aanvullend geboorteverlof from a week after the birth (5 weeks), then the 9 paid weeks of ouderschapsverlof.
    assert leave["r0_verlof"] == "aanvullend_geboorteverlof" and leave["r0_van"] == "2026-07-08" and leave["r0_weken"] == "5"
    assert leave["r1_verlof"] == "betaald_ouderschapsverlof" and leave["r1_van"] == "2026-08-12" and leave["r1_weken"] == "9"
    assert household["partners"][0]["jaarloon"] == 48000 and household["partners"][0]["dagen_per_week"] == 5
    form_page = client.get(link).content.decode()
    assert 'value="48000"' in form_page and "2026-07-08" in form_page and 'method="post"' in form_page
