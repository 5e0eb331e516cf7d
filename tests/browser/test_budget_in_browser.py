"""Browser tests: a parent fills in the budget tool on a phone-sized screen in Debian's Chromium (Playwright),
the numbers on the result page equal the engine's, every page passes axe-core without serious or critical
violations, and the form works with the keyboard alone."""

import pytest

from tests.browser.accessibility import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fill_household(page, base_url):
    page.goto(base_url + "/")
    assert_accessible(page)
    page.get_by_role("link", name="Begin met rekenen").click()
    assert_accessible(page)
    page.get_by_label("Voor welk jaar wilt u rekenen?").select_option("2026")
    page.get_by_label("Met mijn partner").check()
    page.get_by_label("Hoeveel kinderen wonen bij u?").select_option("1")
    page.get_by_role("button", name="Verder").click()

    assert "Stap 2 van 4" in page.content()
    assert_accessible(page)
    page.locator("#id_p0-leeftijd").fill("35")
    page.locator("#id_p0-loon").fill("24,00")
    page.locator("#id_p0-loon_per_1").check()  # per uur
    page.locator("#id_p0-dagen_per_week_3").check()
    page.locator("#id_p1-leeftijd").fill("37")
    page.locator("#id_p1-loon").fill("3.726,67")  # per maand (the default): € 21,50 × 40 h × 52 / 12
    page.locator("#id_p1-dagen_per_week_5").check()
    page.get_by_role("button", name="Verder").click()

    assert "Kinderen en opvang" in page.content()
    assert_accessible(page)
    page.locator("#id_k0-leeftijd").fill("2")
    page.get_by_label("Kinderdagverblijf (dagopvang)").check()
    page.locator("#id_k0-uurprijs").fill("11,40")
    page.locator("#id_k0-uren_per_dag").fill("10")
    page.get_by_role("button", name="Verder").click()

    assert "Wonen en spaargeld" in page.content()
    assert_accessible(page)
    page.locator("#id_huur_per_maand").fill("925")
    page.get_by_role("button", name="Verder").click()


def test_a_parent_fills_in_the_tool_on_a_phone(page, live_server):
    from werkzorg.budget.engine import run
    from werkzorg.budget.report import euro
    from werkzorg.household import parse_household

    fill_household(page, live_server.url)
    assert "Wat u overhoudt" in page.content()
    assert_accessible(page)
    household = parse_household(
        {
            "jaar": 2026,
            "partners": [
                {"leeftijd": 35, "uurloon": 24, "uren_per_dag": 8, "dagen_per_week": 3, "pensioen": {"premie_percentage": 0}},
                {"leeftijd": 37, "maandloon": 3726.67, "uren_per_dag": 8, "dagen_per_week": 5, "pensioen": {"premie_percentage": 0}},
            ],
            "kinderen": [{"leeftijd": 2, "opvang": {"soort": "dagopvang", "uurprijs": 11.4, "uren_per_dag": 10, "dagen": "naar behoefte"}}],
            "huur_per_maand": 925,
            "vermogen": 0,
        }
    )
    result = run(household)
    expected = euro(result.now["besteedbaar_inkomen"][result.current] / 12)
    assert page.locator("p.lead strong").inner_text() == f"{expected} per maand"
    # The page is usable on a narrow screen: nothing wider than the viewport except scrollable tables.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1


def test_keyboard_only(page, live_server):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")  # logo
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    while "Begin met rekenen" not in focused:
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.textContent")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Stap 1 van 4" in page.content()
    page.focus("#id_jaar")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "volwassenen"
    page.keyboard.press("Space")
    for _ in range(10):  # on to the "Verder" button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "verder":
            break
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Stap 2 van 4" in page.content()
    # Focus is always visible: the focused element gets an outline.
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


def test_english_and_error_pages_are_accessible(page, live_server):
    from werkzorg.web import household_state as state

    family = {
        "jaar": 2026,
        "partners": [{"naam": "Ann", "leeftijd": 35, "uurloon": 24, "dagen_per_week": 3}, {"naam": "Bo", "leeftijd": 37, "uurloon": 21.5, "dagen_per_week": 5}],
        "kinderen": [{"leeftijd": 2, "opvang": {"soort": "dagopvang", "uurprijs": 11.4, "uren_per_dag": 10}}],
    }
    for path in [
        f"/en/budget/uitkomst/?h={state.encode(family)}",
        "/en/",
        "/budget/uitkomst/?h=kapot",
        f"/budget/uitkomst/?h={state.encode({'jaar': 2026, 'partners': [{'leeftijd': 30}]})}",
        f"/budget/werk/?h={state.encode({'jaar': 2026, 'volwassenen': 1})}&verder=1",
    ]:
        page.goto(live_server.url + path)
        assert_accessible(page)


def test_leave_finder_pages_are_accessible(page, live_server):
    page.goto(live_server.url + "/verlof/")
    assert_accessible(page)
    page.get_by_label("Uw partner krijgt een baby").check()
    page.get_by_role("button", name="Verder").click()
    assert_accessible(page)
    page.locator("#id_uren_per_week").fill("36")
    page.locator("#id_uitgerekende_datum").fill("2026-07-01")
    page.get_by_role("button", name="Laat zien wat past").click()
    assert "dit verlof past bij u" in page.content()
    assert_accessible(page)
    # From the answer to a leave plan: fill in the missing age and wage, see the months, and the page stays accessible.
    page.get_by_role("link", name="Maak een verlofplan").click()
    assert_accessible(page)
    page.locator("#id_p0-leeftijd").fill("34")
    page.get_by_label("per jaar, met vakantiegeld").check()
    page.locator("#id_p0-loon").fill("48.000")
    page.get_by_role("button", name="Reken uit").click()
    assert "Uw verlof, maand voor maand" in page.content()
    assert_accessible(page)
