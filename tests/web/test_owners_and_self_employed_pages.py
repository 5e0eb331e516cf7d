"""Issue 16 personas through the budget pages: a homeowner couple with a mortgage and a self-employed mother next to an
employed partner; the form asks "huur of koop" and names the field on bad input.

Expected amounts: the engine for the same household (the engine's numbers are hand-checked in
tests/budget/test_owners_and_self_employed.py against the Dienst Toeslagen KOT table 2026).
"""

from urllib.parse import parse_qs, urlparse

from werkzorg.budget.engine import run
from werkzorg.budget.report import euro
from werkzorg.web import household_state as state
from werkzorg.web.budget.views import household_from_state


def _h(response) -> str:
    return parse_qs(urlparse(response["Location"]).query)["h"][0]


def _to_housing_step(client, work: dict) -> str:
    response = client.get("/budget/", {"verder": "1", "jaar": "2026", "volwassenen": "2", "kinderen": "1"})
    response = client.get("/budget/werk/", {"h": _h(response), "verder": "1", **work})
    assert response.status_code == 302, response.content.decode()[:3000]
    children = {"h": _h(response), "verder": "1", "k0-leeftijd": "2", "k0-opvang": "dagopvang", "k0-uurprijs": "10", "k0-uren_per_dag": "10", "k0-dagen": "3"}
    response = client.get("/budget/kinderen/", children)
    assert response.status_code == 302
    return _h(response)


EMPLOYEES = {
    "p0-leeftijd": "35", "p0-loon": "25", "p0-loon_per": "uur", "p0-uren_per_dag": "8", "p0-dagen_per_week": "4", "p0-pensioenpremie": "0",
    "p1-leeftijd": "36", "p1-loon": "30", "p1-loon_per": "uur", "p1-uren_per_dag": "8", "p1-dagen_per_week": "5", "p1-pensioenpremie": "0",
}


def test_the_housing_step_asks_rent_or_own_home(client):
    h = _to_housing_step(client, EMPLOYEES)
    page = client.get("/budget/wonen/", {"h": h}).content.decode()
    assert "Woont u in een huurhuis of een koophuis?" in page and "WOZ-waarde" in page and "hypotheekrente" in page


def test_a_homeowner_couple_sees_more_kinderopvangtoeslag_and_what_is_left_after_interest(client):
    h = _to_housing_step(client, EMPLOYEES)
    response = client.get("/budget/wonen/", {"h": h, "verder": "1", "woning": "koop", "woz_waarde": "400.000", "hypotheekrente_per_jaar": "12000", "vermogen": "0"})
    assert response.status_code == 302 and response["Location"].startswith("/budget/uitkomst/")
    data = state.decode(_h(response))
    assert data["koopwoning"] == {"woz_waarde": 400000, "hypotheekrente_per_jaar": 12000} and data["huur_per_maand"] == 0
    page = client.get("/budget/uitkomst/", {"h": _h(response)}).content.decode()
    result = run(household_from_state(data))
    assert result.now["kinderopvangtoeslag"][result.current] == 11248  # 72,10 % × € 1.300 × 12, see the engine test
    assert euro(result.now["kinderopvangtoeslag"][result.current] / 12) in page
    assert "Na de rente (€\u00a01.000 per maand; aflossen telt hier niet mee)" in page


def test_bad_home_input_is_named_in_the_form(client):
    h = _to_housing_step(client, EMPLOYEES)
    response = client.get("/budget/wonen/", {"h": h, "verder": "1", "woning": "koop", "hypotheekrente_per_jaar": "20000", "hypotheekschuld": "10000", "vermogen": "0"})
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="id_woz_waarde-fout"' in page and "Vul de WOZ-waarde van uw huis in." in page
    assert 'id="id_hypotheekrente_per_jaar-fout"' in page and "hoger dan de hele hypotheekschuld" in page
    response = client.get("/budget/wonen/", {"h": h, "verder": "1", "woning": "koop", "woz_waarde": "-5", "vermogen": "0"})
    assert 'id="id_woz_waarde-fout"' in response.content.decode()


def test_a_self_employed_mother_next_to_an_employed_partner(client):
    work = {
        **EMPLOYEES, "p0-loon": "", "p0-winst": "40000", "p0-uren_bedrijf": "32",
    }
    h = _to_housing_step(client, work)
    response = client.get("/budget/wonen/", {"h": h, "verder": "1", "woning": "huur", "huur_per_maand": "900", "vermogen": "0"})
    data = state.decode(_h(response))
    assert data["partners"][0]["onderneming"] == {"winst_per_jaar": 40000, "uren_per_week": 32, "starter": False}
    assert "uurloon" not in data["partners"][0]
    page = client.get("/budget/uitkomst/", {"h": _h(response)}).content.decode()
    result = run(household_from_state(data))
    assert result.now["netto_inkomen"][result.current][0] == 39352  # hand-checked in the engine test
    assert '<th scope="row">Winst</th>' in page  # her extra day is a day in her business
    assert f"<strong>{euro(result.now['besteedbaar_inkomen'][result.current] / 12)} per maand</strong>" in page


def test_profit_without_hours_is_named_in_the_form(client):
    response = client.get("/budget/", {"verder": "1", "jaar": "2026", "volwassenen": "1", "kinderen": "0"})
    work = {"h": _h(response), "verder": "1", "p0-leeftijd": "35", "p0-loon_per": "uur", "p0-uren_per_dag": "8", "p0-dagen_per_week": "4", "p0-winst": "30000"}
    page = client.get("/budget/werk/", work).content.decode()
    assert 'id="id_p0-uren_bedrijf-fout"' in page and "zelfstandigenaftrek" in page


def test_a_partner_on_wia_who_works_a_day_and_one_on_benefit_only(client):
    response = client.get("/budget/", {"verder": "1", "jaar": "2026", "volwassenen": "2", "kinderen": "0"})
    work = {
        "h": _h(response), "verder": "1",
        "p0-leeftijd": "40", "p0-loon": "20", "p0-loon_per": "uur", "p0-uren_per_dag": "8", "p0-dagen_per_week": "1",
        "p0-uitkering_soort": "wia", "p0-uitkering_per_maand": "1.500",
        "p1-leeftijd": "41", "p1-loon_per": "uur", "p1-uren_per_dag": "8", "p1-dagen_per_week": "0",
        "p1-uitkering_soort": "ww", "p1-uitkering_per_maand": "1200",
    }
    response = client.get("/budget/werk/", work)
    assert response.status_code == 302, response.content.decode()[:3000]
    response = client.get("/budget/wonen/", {"h": _h(response), "verder": "1", "huur_per_maand": "700", "vermogen": "0"})
    data = state.decode(_h(response))
    assert data["partners"][0]["uitkeringen_per_maand"] == {"wia": 1500}
    assert data["partners"][1]["uitkeringen_per_maand"] == {"ww": 1200} and "uurloon" not in data["partners"][1]
    page = client.get("/budget/uitkomst/", {"h": _h(response)}).content.decode()
    assert "Uitkering of pensioen, bruto" in page and "€\u00a01.500" in page


def test_a_benefit_amount_without_its_kind_is_named(client):
    response = client.get("/budget/", {"verder": "1", "jaar": "2026", "volwassenen": "1", "kinderen": "0"})
    work = {"h": _h(response), "verder": "1", "p0-leeftijd": "35", "p0-loon_per": "uur", "p0-uren_per_dag": "8", "p0-dagen_per_week": "0", "p0-uitkering_per_maand": "900"}
    page = client.get("/budget/werk/", work).content.decode()
    assert 'id="id_p0-uitkering_soort-fout"' in page
