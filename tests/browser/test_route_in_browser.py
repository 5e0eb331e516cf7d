"""Browser tests of the route pages: a single mother on bijstand with a child of 3 and a job offer of 16 hours does
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


def test_single_mother_16_hours_sees_her_months(page, live_server):
    page.goto(live_server.url + "/werk/rekenen/")
    assert_accessible(page)
    page.get_by_label("Hoe oud bent u?").fill("30")
    page.get_by_label("Hoe oud is uw jongste kind? (leeg: geen kinderen)").fill("3")
    page.get_by_label("Kinderdagverblijf (dagopvang)").check()
    page.get_by_label("Prijs van de opvang per uur, in euro").fill("10.50")
    page.get_by_label("Huur per maand, in euro (leeg: geen huurtoeslag)").fill("750")
    page.get_by_role("button", name="Reken uit").click()
    text = page.content()
    assert "Werkt u 16 uur per week?" in text
    assert "kinderopvangtoeslag" in text
    assert page.locator("svg[role=img]").count() == 1
    assert_accessible(page)
    page.get_by_role("link", name="Korte versie om af te drukken (voor consulenten)").click()
    assert_accessible(page)


def test_english_route_pages_are_accessible(page, live_server):
    for path in ("/en/werk/", "/en/werk/drempels/?drempel=taal&klaar=1", "/en/werk/rekenen/?leeftijd=30&kind_leeftijd=3&opvang=dagopvang&uurprijs=10&huur=700"):
        page.goto(live_server.url + path)
        assert_accessible(page)
