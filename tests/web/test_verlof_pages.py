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
    answers = {"situatie": "geboorte_partner", "verder": "1", "uren_per_week": "36", "jaarloon": "48.000", "uitgerekende_datum": "2026-07-01"}
    response = client.get("/verlof/vragen/", answers)
    assert response.status_code == 302
    q = parse_qs(urlparse(response["Location"]).query)["q"][0]
    page = client.get("/verlof/uitkomst/", {"q": q}).content.decode()
    expected = find(parse_question(state.decode(q)))
    assert page.count('class="card"') == len(expected)
    assert "Aanvullend geboorteverlof" in page and "180 uur" in page and "wetten.overheid.nl/BWBR0013008" in page
    # The letter is a posted form: the writer's name is in no web address (issue 12/13: no names in GET URLs).
    action = re.search(r'<form method="post" action="(/verlof/brief/\d+/)"', page).group(1)
    assert "naam=" not in page and "?q=" not in action
    letter = client.post(action, {"q": q, "naam": "Joris", "formaat": "tekst"})
    assert letter.status_code == 200 and "Joris" in letter.content.decode() and "artikel 4:2a" in letter.content.decode()
    pdf = client.post(action, {"q": q, "naam": "Joris", "formaat": "pdf"})
    assert pdf.status_code == 200 and pdf.content[:4] in (b"%PDF", b"Jori")
    blank = client.get(action, {"q": q})  # without a name: a blank to fill in
    assert blank.status_code == 200 and "[invullen]" in blank.content.decode()


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


def test_a_working_carer_gets_a_plan_and_the_budget_tool(client):
    """Zorg voor een naaste: langdurend zorgverlof (unpaid, 6 × 32 = 192 hours = 6 weeks) is pre-filled in a plan without
    children; fewer hours go to the budget tool with the hourly wage without holiday pay: 40.000 / 1,08 / (32 × 52) = € 22,26."""
    answers = {"situatie": "zorg_naaste", "verder": "1", "uren_per_week": "32", "jaarloon": "40000", "start_verlof": "2026-03-02"}
    q = parse_qs(urlparse(client.get("/verlof/vragen/", answers)["Location"]).query)["q"][0]
    page = client.get("/verlof/uitkomst/", {"q": q}).content.decode()
    link = re.search(r'href="(/verlof/plan/\?[^"]+)"', page).group(1).replace("&amp;", "&")
    query = parse_qs(urlparse(link).query)
    leave = state.decode(query["v"][0])
    assert leave["r0_verlof"] == "langdurend_zorgverlof" and leave["r0_weken"] == "6" and query["kinderen"] == ["0"]
    budget = re.search(r'href="(/budget/\?h=[^"]+)"', page).group(1)
    household = state.decode(parse_qs(urlparse(budget).query)["h"][0])
    assert household["partners"] == [{"uurloon": 22.26, "uren_per_dag": 8.0, "dagen_per_week": 4}]
    posted = {"p0-leeftijd": "50", "p0-loon_per": "jaar", "p0-loon": "40000", "p0-uren_per_dag": "8", "p0-dagen_per_week": "4",
              "w-huur_per_maand": "0", "w-vermogen": "0", "bereken": "1"} | {f"v-{key}": value for key, value in leave.items()}
    result = client.post(link, posted).content.decode()
    assert "Uw verlof, maand voor maand" in result and "Opvang (uur)" not in result


def test_english_texts_with_a_percent_sign_are_translated(client):
    """Django looks a literal % in {% translate %} up as %%: the catalogue must hold that form (the plan page's note)."""
    posted = {"p0-leeftijd": "32", "p0-loon_per": "jaar", "p0-loon": "42000", "p0-uren_per_dag": "8", "p0-dagen_per_week": "4",
              "k0-geboortedatum": "2026-03-10", "k0-opvang": "geen", "k0-dagen": "naar behoefte", "w-huur_per_maand": "0", "w-vermogen": "0",
              "v-r0_verlof": "bevallingsverlof", "v-r0_partner": "0", "v-r0_van": "2026-02-01", "v-r0_weken": "16", "bereken": "1"}
    page = client.post("/en/verlof/plan/?jaar=2026&volwassenen=1&kinderen=1", posted).content.decode()
    assert "The UWV benefit is 100 % or 70 % of your daily wage" in page
