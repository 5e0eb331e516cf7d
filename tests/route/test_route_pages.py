"""The route pages work without JavaScript: GET forms in two steps, results in the page, nothing stored.

Fatima (29, children of 3 and 7, kale huur € 720, 16 hours at the minimum wage from March 2026) goes through the
form; the figures are the hand arithmetic of test_fatima.py on official amounts:
bijstand € 575,39 (March), € 577,62 (July), € 437,32 (September); minimum wage € 14,71 until June, € 14,99 from July;
kindgebonden budget (2 × € 2.580 + € 3.416) / 12 = € 714,67; kinderbijslag per month € 295,07 / 3 = € 98,36 and
€ 358,30 / 3 = € 119,43, from July € 298,40 / 3 = € 99,47 and € 362,35 / 3 = € 120,78.
"""

import datetime
import re
from urllib.parse import parse_qs, urlparse

import pytest

from werkzorg.model import MODELLED_YEARS
from werkzorg.route import schema
from werkzorg.web import household_state as state

SITUATION = "verder=1&leeftijd=29&aantal_kinderen=2&start_maand=3&start_jaar=2026&aanbod_uren=16&uren_per_dag=8&huur=720"
CHILDREN = (
    "verder=1&k0-leeftijd=3&k0-opvang=dagopvang&k0-uurprijs=10,25&k0-dagen=naar+behoefte"
    "&k1-leeftijd=7&k1-opvang=buitenschoolse_opvang&k1-uurprijs=9,50&k1-dagen=naar+behoefte"
)


def _hidden(html: str) -> str:
    """The h and r of a step page's form, as a query string."""
    found = []
    for name in ("h", "r"):
        value = re.search('name="' + name + '" value="([^"]+)"', html).group(1)
        found.append(f"{name}={value}")
    return "&".join(found)


def fatima_result(client, prefix=""):
    response = client.get(f"{prefix}/werk/rekenen/?{SITUATION}")
    assert response.status_code == 302, response.content.decode()
    step_two = client.get(response["Location"])
    assert step_two.status_code == 200
    response = client.get(f"{prefix}/werk/rekenen/kinderen/?{_hidden(step_two.content.decode())}&{CHILDREN}")
    assert response.status_code == 302, response.content.decode()
    result = client.get(response["Location"])
    assert result.status_code == 200
    return response["Location"], result.content.decode()


def test_start_page(client):
    response = client.get("/werk/")
    assert response.status_code == 200
    assert "Wat levert werken mij op?" in response.content.decode()


def test_fatima_sees_both_children_the_minimum_wage_and_the_bijstand(client):
    url, html = fatima_result(client)
    assert "Nu werkt u niet" in html and "<svg" in html and "Alle 36 maanden" in html and "Participatiewet art. 31" in html
    detail = html[html.index('id="tabel-3"'):]
    rows = re.findall(r"<tr><th scope=\"row\">(\d+) \(([^)]+)\)</th>(.*?)</tr>", detail)
    cells = {int(n): re.findall(r"<td class=\"num\">([^<]+)</td>", body) for n, _, body in rows[:36]}
    # columns: hourly wage, net wage, bijstand, kindgebonden budget, kinderbijslag, own share of care, left over
    assert cells[1][:5] == ["€\u00a014,71", "€\u00a01.101,48", "€\u00a0575,39", "€\u00a0714,67", "€\u00a0217,79"]
    assert cells[4][0] == "€\u00a014,71"  # June 2026
    assert cells[5][:5] == ["€\u00a014,99", "€\u00a01.122,45", "€\u00a0577,62", "€\u00a0714,67", "€\u00a0220,25"]  # July 2026
    assert cells[7][2] == "€\u00a0437,32"  # September: 12,5 % vrijlating for single parents
    first_child = html[html.index('id="kind-1"'):html.index('id="kind-2"')]
    second_child = html[html.index('id="kind-2"'):]
    assert "€\u00a098,36" in first_child and "€\u00a099,47" in first_child and "Kinderdagverblijf (dagopvang)" in first_child
    assert "€\u00a0119,43" in second_child and "€\u00a0120,78" in second_child and "Opvang na school (bso)" in second_child
    assert "€\u00a0799,50" in first_child and "€\u00a0767,52" in first_child and "€\u00a0329,33" in second_child and "€\u00a0316,16" in second_child


def test_no_names_or_free_text_in_the_address(client):
    url, _ = fatima_result(client)
    query = parse_qs(urlparse(url).query)
    assert set(query) == {"h", "r"}
    household = state.decode(query["h"][0])
    assert household["kinderen"][1] == {"leeftijd": 7, "opvang": {"soort": "buitenschoolse_opvang", "uurprijs": 9.5, "dagen": "naar behoefte"}}
    assert "naam" not in str(household)


def test_the_budget_tools_household_prefills_the_form(client, monkeypatch):
    monkeypatch.setattr(schema, "today", lambda: datetime.date(2026, 2, 20))
    budget = {
        "jaar": 2026, "volwassenen": 1, "aantal_kinderen": 2,
        "partners": [{"naam": "Fatima", "leeftijd": 29, "uurloon": 14.71, "uren_per_dag": 8, "dagen_per_week": 0}],
        "kinderen": [{"naam": "Amira", "leeftijd": 3, "opvang": {"soort": "dagopvang", "uurprijs": 10.25, "dagen": "naar behoefte"}},
                     {"leeftijd": 7, "opvang": {"soort": "buitenschoolse_opvang", "uurprijs": 9.5, "dagen": "naar behoefte"}}],
        "huur_per_maand": 720, "vermogen": 0,
    }
    html = client.get(f"/werk/rekenen/?h={state.encode(budget)}").content.decode()
    assert 'name="leeftijd" value="29"' in html and 'name="huur" value="720"' in html
    assert '<option value="3" selected>' in html  # March: the month after "today"
    assert "Fatima" not in html and "Amira" not in html
    form = re.search(r'name="h" value="([^"]+)"', html).group(1)
    assert "naam" not in str(state.decode(form))
    response = client.get(f"/werk/rekenen/?h={form}&r={state.encode({})}&verder=1&leeftijd=29&aantal_kinderen=2&start_maand=3&start_jaar=2026&uren_per_dag=8&huur=720&uurloon=14,71")
    step_two = client.get(response["Location"]).content.decode()
    assert 'name="k0-uurprijs" value="10.25"' in step_two and 'value="buitenschoolse_opvang" id="id_k1-opvang_2" required checked' in step_two


def test_start_month_outside_the_modelled_years_is_refused_at_the_field(client):
    year = MODELLED_YEARS[-1] + 1
    html = client.get(f"/werk/rekenen/?verder=1&leeftijd=29&aantal_kinderen=0&start_maand=1&start_jaar={year}&uren_per_dag=8").content.decode()
    assert 'id="id_start_jaar-fout" role="alert"' in html and f"Voor {year} kan de rekenhulp nog niet rekenen" in html


def test_care_above_230_hours_names_the_childs_field(client):
    response = client.get(f"/werk/rekenen/?{SITUATION}")
    step_two = client.get(response["Location"]).content.decode()
    bad = CHILDREN.replace("k0-dagen=naar+behoefte", "k0-dagen=naar+behoefte&k0-uren_per_dag=12")
    html = client.get(f"/werk/rekenen/kinderen/?{_hidden(step_two)}&{bad}").content.decode()
    assert 'id="id_k0-uren_per_dag-fout" role="alert"' in html and "230" in html


def test_more_than_12_children_is_refused(client):
    html = client.get("/werk/rekenen/?verder=1&leeftijd=29&aantal_kinderen=13&start_maand=3&start_jaar=2026&uren_per_dag=8").content.decode()
    assert 'id="id_aantal_kinderen-fout" role="alert"' in html


def test_a_broken_link_is_refused_plainly(client):
    response = client.get("/werk/rekenen/uitkomst/?h=nonsense!!&r=")
    assert response.status_code == 400 and "Deze link kunnen we niet lezen" in response.content.decode()


def test_a_result_link_with_bad_data_names_the_field(client):
    household = {"jaar": 2026, "partners": [{"leeftijd": 29}], "kinderen": [{"leeftijd": 3}] * 13}
    response = client.get(f"/werk/rekenen/uitkomst/?h={state.encode(household)}&r={state.encode({'start': '2026-03'})}")
    assert response.status_code == 400 and "Hoeveel kinderen wonen bij u?" in response.content.decode()


def test_compact_view_for_counsellors(client):
    url, _ = fatima_result(client)
    html = client.get(url + "&weergave=compact").content.decode()
    assert "Samenvatting: werken vanuit de bijstand" in html


def test_without_children_one_step(client):
    response = client.get("/werk/rekenen/?verder=1&leeftijd=40&aantal_kinderen=0&start_maand=1&start_jaar=2026&uren_per_dag=8")
    assert response.status_code == 302 and "/werk/rekenen/uitkomst/" in response["Location"]
    html = client.get(response["Location"]).content.decode()
    assert "Werkt u 16 uur per week?" in html


def test_the_offered_hours_are_compared_too(client):
    response = client.get("/werk/rekenen/?verder=1&leeftijd=40&aantal_kinderen=0&start_maand=1&start_jaar=2026&uren_per_dag=8&aanbod_uren=20")
    html = client.get(response["Location"]).content.decode()
    assert "Werkt u 20 uur per week?" in html and "Werkt u 16 uur per week?" in html


def test_barrier_plan(client):
    html = client.get("/werk/drempels/?drempel=kinderopvang&drempel=taal&klaar=1").content.decode()
    assert "Uw stappenplan" in html and "Taalhuis" in html and "art. 1.6" in html


def test_english(client):
    html = client.get("/en/werk/drempels/?drempel=mantelzorg&klaar=1").content.decode()
    assert "Your step plan" in html


def test_english_calculation_page(client):
    _, html = fatima_result(client, "/en")
    assert "You are not working now." in html
    assert "Gross hourly wage: the minimum wage of each month, without holiday pay: €\u00a014.71 (03-2026), €\u00a014.99 (07-2026)." in html  # English amounts (issue 15)
    assert "Child 1 (3 years)" in html


@pytest.mark.parametrize(
    "household, options",
    [
        ({"jaar": "x", "partners": ["x", {"leeftijd": [1]}], "kinderen": [{"leeftijd": "a", "opvang": 5}], "aantal_kinderen": 99}, {"aanbod_uren": "abc", "start": 7}),
        ({"jaar": 2026, "partners": [{"leeftijd": 29}], "kinderen": [{"leeftijd": 3}]}, {"start": "0000-01", "aanbod_uren": "x"}),
        ([1, 2], {"onbekend": True}),
    ],
)
def test_crafted_links_never_break_the_pages(client, household, options):
    query = f"h={state.encode(household) if isinstance(household, dict) else state.encode({'x': household})}&r={state.encode(options)}"
    for path in ("/werk/rekenen/", "/werk/rekenen/kinderen/", "/werk/rekenen/uitkomst/"):
        response = client.get(f"{path}?{query}")
        assert response.status_code in (200, 302, 400), (path, response.status_code)


def test_from_the_budget_result_to_the_route(client, monkeypatch):
    """The budget tool's link "Wat als ik vanuit de bijstand ga werken?" carries the household: the form is filled in."""
    monkeypatch.setattr(schema, "today", lambda: datetime.date(2026, 2, 20))
    budget = {
        "jaar": 2026, "volwassenen": 1, "aantal_kinderen": 2,
        "partners": [{"leeftijd": 29, "uurloon": 14.71, "uren_per_dag": 8, "dagen_per_week": 0}],
        "kinderen": [{"leeftijd": 3, "opvang": {"soort": "dagopvang", "uurprijs": 10.25, "dagen": "naar behoefte"}},
                     {"leeftijd": 7, "opvang": {"soort": "buitenschoolse_opvang", "uurprijs": 9.5, "dagen": "naar behoefte"}}],
        "huur_per_maand": 720, "servicekosten_per_maand": 0, "vermogen": 0,
    }
    result = client.get(f"/budget/uitkomst/?h={state.encode(budget)}")
    assert result.status_code == 200, result.content.decode()[:500]
    link = re.search(r'href="(/werk/rekenen/\?h=[^"]+)"', result.content.decode()).group(1)
    html = client.get(link.replace("&amp;", "&")).content.decode()
    assert 'name="leeftijd" value="29"' in html and 'name="huur" value="720"' in html and 'name="uurloon" value="14.71"' in html
    assert '<option value="2" selected>' in html  # two children
