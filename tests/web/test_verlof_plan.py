"""The leave plan page (/verlof/plan/) for the expecting couple with a toddler (issue 12), through the web.

Hand arithmetic on official amounts, written out in tests/leave/test_income.py (test_the_expecting_couple_year_computed_on
_the_year): Sanne € 44.064 arbeidsinkomen (wage + 100 % Wazo benefit) → arbeidskorting € 5.656; Mehmet € 37.760,63 with
5 weeks of aanvullend geboorteverlof → arbeidskorting € 5.533 and IACK € 3.032 (Belastingdienst tables 2026); his net
without leave € 36.098 a year = € 3.008 a month. The toddler's day care: 3 days × 10 hours × 52/12 = 130 hours a month,
at € 11,10 an hour (below the 2026 maximum of € 11,23 for dagopvang).
"""

import re

from werkzorg.web import household_state as state

COUNTS = {"jaar": "2026", "volwassenen": "2", "kinderen": "2"}
COUPLE = {
    "p0-leeftijd": "34", "p0-loon_per": "maand", "p0-loon": "3.400", "p0-uren_per_dag": "8", "p0-dagen_per_week": "4", "p0-pensioenpremie": "0",
    "p1-leeftijd": "36", "p1-loon_per": "maand", "p1-loon": "3.000", "p1-uren_per_dag": "9", "p1-dagen_per_week": "4", "p1-pensioenpremie": "0",
    "k0-leeftijd": "2", "k0-opvang": "dagopvang", "k0-uurprijs": "11,10", "k0-uren_per_dag": "10", "k0-dagen": "3",
    "k1-geboortedatum": "2026-07-01", "k1-opvang": "dagopvang", "k1-uurprijs": "11,10", "k1-uren_per_dag": "10", "k1-dagen": "3",
    "w-huur_per_maand": "1100", "w-vermogen": "0",
    "v-r0_verlof": "bevallingsverlof", "v-r0_partner": "0", "v-r0_van": "2026-05-21", "v-r0_weken": "16",
    "v-r1_verlof": "geboorteverlof", "v-r1_partner": "1", "v-r1_van": "2026-07-01", "v-r1_weken": "1",
    "v-r2_verlof": "aanvullend_geboorteverlof", "v-r2_partner": "1", "v-r2_van": "2026-09-10", "v-r2_weken": "5",
    "bereken": "1",
}
URL = "/verlof/plan/?jaar=2026&volwassenen=2&kinderen=2"


def _month_rows(page: str) -> dict[str, list[str]]:
    """The month table: 'jan 2026' → its cells."""
    rows = {}
    for label, cells in re.findall(r'<tr><th scope="row">(\w+ \d{4})</th>(.*?)</tr>', page):
        rows[label] = re.findall(r"<td>(.*?)</td>", cells)
    return rows


def test_step_one_asks_for_the_household_and_step_two_is_posted(client):
    page = client.get("/verlof/plan/").content.decode()
    assert "Hoeveel kinderen?" in page and 'method="get"' in page
    step2 = client.get("/verlof/plan/", COUNTS).content.decode()
    assert 'method="post"' in step2 and "csrfmiddlewaretoken" in step2
    for prefix in ("p0", "p1", "k0", "k1"):
        assert f'name="{prefix}-leeftijd"' in step2
    assert 'name="k2-leeftijd"' not in step2 and 'name="p0-loon_per"' in step2 and 'name="k1-opvang_vanaf"' in step2


def test_the_expecting_couple_through_the_web(client):
    page = client.post(URL, COUPLE).content.decode()
    rows = _month_rows(page)
    assert list(rows) == [f"{m} 2026" for m in ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")]
    # Columns: wage, benefit, net for Sanne, the same for Mehmet, childcare hours, what is left.
    care = [int(cells[6]) for cells in rows.values()]
    assert all(hours >= 130 for hours in care)  # the toddler's 130 hours every month, the baby's on top from 15 October
    assert care[:9] == [130] * 9 and care[10:] == [260, 260]
    mehmet_net = [cells[5] for cells in rows.values()]
    assert [net for month, net in zip(rows, mehmet_net) if month not in ("sep 2026", "okt 2026")] == ["€\u00a03.008"] * 10
    sanne_net = {cells[2] for cells in rows.values()}
    assert sanne_net == {"€\u00a03.006"}  # bevallingsverlof at 100 %: gross and net unchanged
    assert rows["jun 2026"][0] == "€\u00a00" and rows["jun 2026"][1] == "€\u00a03.672"  # Sanne's wage becomes UWV benefit
    # The year, as the Belastingdienst computes it.
    year = page[page.index('id="jaar-2026"'):]
    for amount in ("€\u00a044.064", "€\u00a037.761", "€\u00a05.656", "€\u00a05.533", "€\u00a05.555", "€\u00a03.032", "€\u00a036.098"):
        assert amount in year, amount
    assert "De opvang van Kind 2 begint op 15 oktober 2026." in page
    assert "Uw partner: netto over het jaar −€\u00a0668: arbeidsinkomen €\u00a038.880 → €\u00a037.761; arbeidskorting €\u00a05.555 → €\u00a05.533" in page
    assert "aanslag over het jaar verrekent het verschil" in page


def test_no_names_asked_and_none_in_the_address(client):
    """The shared household forms ask no names; the page calls the partners "U" and "Uw partner"."""
    step2 = client.get("/verlof/plan/", COUNTS).content.decode()
    assert "-naam" not in step2
    page = client.post(URL, COUPLE).content.decode()
    assert "Loon U" in page and "Netto Uw partner" in page


def test_prefilled_from_the_budget_tool(client):
    """The budget tool's household (`?h=`) fills in the forms; the toddler is there, the baby is added in step 1."""
    household = {
        "jaar": 2026, "volwassenen": 2, "aantal_kinderen": 1,
        "partners": [{"leeftijd": 34, "uurloon": 19.62, "uren_per_dag": 8, "dagen_per_week": 4}, {"leeftijd": 36, "uurloon": 17.09, "uren_per_dag": 9, "dagen_per_week": 4}],
        "kinderen": [{"leeftijd": 2, "opvang": {"soort": "dagopvang", "uurprijs": 11.1, "uren_per_dag": 10, "dagen": 3}}],
        "huur_per_maand": 1100, "vermogen": 0,
    }
    h = state.encode(household)
    step1 = client.get("/verlof/plan/", {"h": h}).content.decode()
    assert f'value="{h}"' in step1 and re.search(r'name="volwassenen" value="2"[^>]*checked', step1)
    step2 = client.get("/verlof/plan/", {"h": h, "jaar": "2026", "volwassenen": "2", "kinderen": "2"}).content.decode()
    assert 'value="19.62"' in step2 and 'value="17.09"' in step2 and 'value="11.1"' in step2 and 'value="1100"' in step2
    assert re.search(r'name="p0-loon_per" value="uur"[^>]*checked', step2)
    assert client.get("/verlof/plan/", {"h": "kapot"}).status_code == 400


def test_bad_input_names_the_field(client):
    """More than 12 children; care above 230 hours a month (5 days × 11 hours × 52/12 = 238,3)."""
    many = client.get("/verlof/plan/", {"jaar": "2026", "volwassenen": "2", "kinderen": "13"}).content.decode()
    field = many[many.index('id="id_kinderen"'):]
    assert "Ten hoogste 12 kinderen." in field[:400]
    long_days = COUPLE | {"k0-uren_per_dag": "11", "k0-dagen": "5"}
    page = client.post(URL, long_days).content.decode()
    field = page[page.index('id="id_k0-uren_per_dag"'):]
    assert "meer dan 230 uur opvang per maand" in field[:600]
    beyond = COUPLE | {"v-r2_weken": "6"}  # 6 weeks of AGV: more than 5 × 36 = 180 hours
    page = client.post(URL, beyond).content.decode()
    field = page[page.index('id="id_v-r2_weken"'):]
    assert "meer aanvullend geboorteverlof dan het recht" in field[:600]
    missing = client.post(URL, {"bereken": "1"}).content.decode()
    assert missing.count('class="error"') >= 4  # both partners' age and wage at least


def test_the_plan_in_english(client):
    page = client.post("/en" + URL, COUPLE).content.decode()
    assert "The year 2026" in page and "Arbeidskorting" in page and "€\u00a05,656" in page  # English amounts (issue 15)
    assert "Childcare for Child 2 starts on 15 October 2026." in page


def test_a_year_the_model_does_not_know_yet_is_named(client):
    """A baby due 1 March 2027: the leave starts in 2027, the year after the last modelled one (when that year is not
    modelled yet). The page shows the months with wage and benefit and says that 2027's rules are missing."""
    import pytest

    from werkzorg.model import MODELLED_YEARS
    from werkzorg.web.verlof.forms import PLAN_YEARS

    next_year = MODELLED_YEARS[-1] + 1
    if next_year not in PLAN_YEARS:
        pytest.skip(f"{next_year} is not offered (tests/leave/test_income.py covers an unmodelled year)")
    posted = COUPLE | {
        "k1-geboortedatum": f"{next_year}-03-01", "v-r0_van": f"{next_year}-01-18", "v-r1_van": f"{next_year}-03-01",
        "v-r2_van": f"{next_year}-05-10",
    }
    page = client.post(f"/verlof/plan/?jaar={next_year}&volwassenen=2&kinderen=2", posted).content.decode()
    rows = _month_rows(page)
    assert list(rows)[0] == f"jan {next_year}" and len(rows) == 12
    assert f"De regels van {next_year} zitten nog niet in het model" in page
    assert rows[f"mrt {next_year}"][1] != "€\u00a00" and rows[f"mrt {next_year}"][2] == "—"  # benefit shown, no net


def test_from_the_budget_result_to_the_plan(client):
    """The budget result links to /verlof/plan/?h=…: step 1 has the budget's adults and children, step 2 the wages and care."""
    household = {
        "jaar": 2026, "volwassenen": 2, "aantal_kinderen": 1,
        "partners": [{"leeftijd": 34, "maandloon": 3400, "uren_per_dag": 8, "dagen_per_week": 4}, {"leeftijd": 36, "maandloon": 3000, "uren_per_dag": 9, "dagen_per_week": 4}],
        "kinderen": [{"leeftijd": 2, "opvang": {"soort": "dagopvang", "uurprijs": 11.1, "uren_per_dag": 10, "dagen": 3}}],
        "huur_per_maand": 1100, "servicekosten_per_maand": 0, "vermogen": 0,
    }
    result = client.get("/budget/uitkomst/", {"h": state.encode(household)}).content.decode()
    link = re.search(r'<a href="(/verlof/plan/\?h=[^"]+)">Bereken uw verlof met dit huishouden', result).group(1).replace("&amp;", "&")
    step1 = client.get(link).content.decode()
    assert re.search(r'name="volwassenen" value="2"[^>]*checked', step1) and re.search(r'name="kinderen" value="1"', step1)
    h = re.search(r'name="h" value="([^"]+)"', step1).group(1)
    step2 = client.get("/verlof/plan/", {"h": h, "jaar": "2026", "volwassenen": "2", "kinderen": "2"}).content.decode()
    assert 'value="3400"' in step2 and 'value="3000"' in step2 and 'value="11.1"' in step2
    assert re.search(r'name="p0-loon_per" value="maand"[^>]*checked', step2)
