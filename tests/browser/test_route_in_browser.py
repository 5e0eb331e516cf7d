"""Browser tests of the route pages: a single mother on bijstand with children of 3 and 7 and a job offer of 16 hours does
the barrier check and the calculation on a phone-sized screen in Debian's Chromium; every page passes axe-core
(WCAG 2.1 AA) without serious or critical violations; the barrier check works with the keyboard alone."""

import pytest

from tests.browser.accessibility import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_barrier_check_gives_a_step_plan(page, live_server):
    page.goto(live_server.url + "/werk/")
    assert_accessible(page)
    page.get_by_role("link", name="Wat houdt mij tegen? Maak uw stappenplan").click()
    assert_accessible(page)
    page.get_by_label("Ik heb geen kinderopvang, of ik kan die niet betalen.").check()
    page.get_by_label("Ik zorg voor iemand. Niemand neemt de zorg even van mij over.").check()
    page.get_by_role("button", name="Maak mijn stappenplan").click()
    assert "drempel=kinderopvang" in page.url  # the state is in the URL; nothing is stored
    assert page.get_by_role("heading", name="Uw stappenplan").is_visible()
    text = page.content()
    assert "Wet kinderopvang art. 1.6" in text and "Wmo-loket" in text
    assert_accessible(page)


def test_barrier_check_with_the_keyboard_only(page, live_server):
    page.goto(live_server.url + "/werk/drempels/")
    page.keyboard.press("Tab")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.value") == "taal":
            break
    page.keyboard.press("Space")
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "BUTTON":
            break
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Taalhuis" in page.content()


def test_fatima_two_children_sees_her_months(page, live_server):
    """Fatima, 29, children of 3 and 7, kale huur € 720, 16 hours at the minimum wage from March 2026.

    Hand arithmetic (see tests/route/test_fatima.py): minimum wage € 14,71, from July 2026 € 14,99; bijstand
    1.401,50 − (1.101,48 − 0,25 × 1.101,48) = € 575,39; kindgebonden budget (2 × 2.580 + 3.416) / 12 = € 714,67;
    kinderbijslag € 295,07 / 3 = € 98,36 and € 358,30 / 3 = € 119,43 a month, from July € 298,40 / 3 = € 99,47.
    """
    page.goto(live_server.url + "/werk/rekenen/")
    assert_accessible(page)
    page.get_by_label("Hoe oud bent u?").fill("29")
    page.get_by_label("Hoeveel kinderen wonen bij u?").select_option("2")
    page.get_by_label("In welke maand begint u met werken?").select_option("3")
    page.get_by_label("In welk jaar?").fill("2026")
    page.get_by_label("Hoeveel uur per week is de baan die u kunt krijgen? (leeg: we vergelijken 8, 16, 24 en 32 uur)").fill("16")
    page.get_by_label("Kale huur per maand, zonder servicekosten, in euro (leeg: geen huurtoeslag)").fill("720")
    page.get_by_role("button", name="Verder").click()
    assert_accessible(page)
    page.locator("#id_k0-leeftijd").fill("3")
    page.locator("#id_k0-opvang_1").check()
    page.locator("#id_k0-uurprijs").fill("10,25")
    page.locator("#id_k1-leeftijd").fill("7")
    page.locator("#id_k1-opvang_2").check()
    page.locator("#id_k1-uurprijs").fill("9,50")
    page.get_by_role("button", name="Reken uit").click()
    assert "/werk/rekenen/uitkomst/" in page.url and "Fatima" not in page.url
    assert page.get_by_text("Werkt u 16 uur per week?").count() == 1
    assert page.locator("svg[role=img]").count() == 1
    page.get_by_text("Per maand in delen, bij 16 uur per week").click()
    march = page.locator("#per-maand tr", has_text="1 (03-2026)").inner_text()
    july = page.locator("#per-maand tr", has_text="5 (07-2026)").inner_text()
    assert "€\u00a014,71" in march and "€\u00a0575,39" in march and "€\u00a0714,67" in march
    assert "€\u00a014,99" in july
    page.get_by_text("Kind 2 (7 jaar)").click()
    assert page.get_by_role("cell", name="€\u00a0119,43").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # no sideways scrolling at phone width
    assert_accessible(page)
    page.get_by_role("link", name="Korte versie om af te drukken (voor consulenten)").click()
    assert_accessible(page)


def test_english_route_pages_are_accessible(page, live_server):
    for path in ("/en/werk/", "/en/werk/drempels/?drempel=taal&klaar=1", "/en/werk/rekenen/"):
        page.goto(live_server.url + path)
        assert_accessible(page)
