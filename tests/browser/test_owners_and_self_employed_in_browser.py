"""Browser tests (issue 16): a homeowner couple with a mortgage and a self-employed mother fill in the budget tool on a
phone-sized screen; the result equals the engine's numbers, every page passes axe-core, nothing scrolls sideways at
360 px."""

import pytest

from tests.browser.accessibility import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _start(page, base_url):
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(base_url + "/budget/")
    page.get_by_label("Voor welk jaar wilt u rekenen?").select_option("2026")
    page.get_by_label("Met mijn partner").check()
    page.get_by_label("Hoeveel kinderen wonen bij u?").select_option("1")
    page.get_by_role("button", name="Verder").click()


def _child(page):
    page.locator("#id_k0-leeftijd").fill("2")
    page.get_by_label("Kinderdagverblijf (dagopvang)").check()
    page.locator("#id_k0-uurprijs").fill("10")
    page.locator("#id_k0-uren_per_dag").fill("10")
    page.locator("#id_k0-dagen").select_option("3")
    page.get_by_role("button", name="Verder").click()


def _partner(page, prefix, age, hourly, days):
    page.locator(f"#id_{prefix}-leeftijd").fill(age)
    if hourly:
        page.locator(f"#id_{prefix}-loon").fill(hourly)
        page.locator(f"#id_{prefix}-loon_per_1").check()  # per uur
    page.locator(f"#id_{prefix}-dagen_per_week_{days}").check()


def _fits(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= 360 + 1


def test_a_homeowner_couple_on_a_phone(page, live_server):
    from werkzorg.budget.engine import run
    from werkzorg.budget.report import euro
    from werkzorg.household import parse_household

    _start(page, live_server.url)
    _partner(page, "p0", "35", "25", 4)
    _partner(page, "p1", "36", "30", 5)
    page.get_by_role("button", name="Verder").click()
    _child(page)

    assert "Woont u in een huurhuis of een koophuis?" in page.content()
    assert_accessible(page)
    _fits(page)
    page.get_by_role("radio", name="Koophuis").check()
    page.locator("#id_woz_waarde").fill("400.000")
    page.locator("#id_hypotheekrente_per_jaar").fill("12.000")
    page.get_by_role("button", name="Verder").click()

    assert "Wat u overhoudt" in page.content()
    assert_accessible(page)
    household = parse_household({
        "jaar": 2026,
        "partners": [{"leeftijd": 35, "uurloon": 25, "dagen_per_week": 4}, {"leeftijd": 36, "uurloon": 30, "dagen_per_week": 5}],
        "kinderen": [{"leeftijd": 2, "opvang": {"soort": "dagopvang", "uurprijs": 10, "uren_per_dag": 10, "dagen": 3}}],
        "koopwoning": {"woz_waarde": 400000, "hypotheekrente_per_jaar": 12000},
    })
    result = run(household)
    expected = euro(result.now["besteedbaar_inkomen"][result.current] / 12)
    assert page.locator("p.lead strong").inner_text() == f"{expected} per maand"
    assert "Na de rente (€&nbsp;1.000 per maand" in page.content()


def test_a_self_employed_mother_on_a_phone_and_a_missing_number_of_hours(page, live_server):
    _start(page, live_server.url)
    _partner(page, "p0", "35", None, 4)
    page.locator("#id_p0-winst").fill("40.000")
    _partner(page, "p1", "36", "30", 5)
    page.get_by_role("button", name="Verder").click()

    # No hours in the business: the form names the field and keeps the step.
    error = page.locator("#id_p0-uren_bedrijf-fout")
    assert "zelfstandigenaftrek" in error.inner_text()
    assert_accessible(page)
    _fits(page)
    page.locator("#id_p0-uren_bedrijf").fill("32")
    page.get_by_role("button", name="Verder").click()
    _child(page)
    page.locator("#id_huur_per_maand").fill("900")
    page.get_by_role("button", name="Verder").click()

    assert "Winst uit eigen bedrijf" in page.content()
    assert_accessible(page)
    _fits(page)
