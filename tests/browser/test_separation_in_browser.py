"""Browser test (issue 12 persona): on a phone, a mother fills in the budget tool for her family of four, then asks
what happens if they separate with the children living with her. The figures are checked by hand in
tests/web/test_separation_persona.py (kinderbijslag € 219,02 and alleenstaande-ouderkop € 284,67 a month)."""

import pytest

from tests.browser.accessibility import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_mother_sees_what_separation_means_with_the_children(page, live_server):
    page.goto(live_server.url + "/budget/")
    page.get_by_label("Voor welk jaar wilt u rekenen?").select_option("2026")
    page.get_by_label("Met mijn partner").check()
    page.get_by_label("Hoeveel kinderen wonen bij u?").select_option("2")
    page.get_by_role("button", name="Verder").click()

    page.locator("#id_p0-leeftijd").fill("36")
    page.locator("#id_p0-loon").fill("16")
    page.locator("#id_p0-loon_per_1").check()  # per uur
    page.locator("#id_p0-dagen_per_week_3").check()
    page.locator("#id_p1-leeftijd").fill("38")
    page.locator("#id_p1-loon").fill("4.333,33")  # per maand
    page.locator("#id_p1-dagen_per_week_5").check()
    page.get_by_role("button", name="Verder").click()

    page.locator("#id_k0-leeftijd").fill("3")
    page.locator("#id_k0-opvang_1").check()  # dagopvang
    page.locator("#id_k0-uurprijs").fill("10")
    page.locator("#id_k0-uren_per_dag").fill("9")
    page.locator("#id_k1-leeftijd").fill("9")
    page.get_by_role("button", name="Verder").click()

    page.locator("#id_huur_per_maand").fill("850")
    page.get_by_role("button", name="Verder").click()
    assert "Wat u overhoudt" in page.content()
    assert "Na de huur en servicekosten" in page.content()  # before and after housing costs

    page.get_by_role("link", name="Kies bij wie de kinderen wonen en vul de alimentatie in").click()
    assert_accessible(page)
    page.get_by_label("Bij u", exact=True).check()
    page.locator("#id_kinderalimentatie_per_maand").fill("400")
    page.get_by_role("button", name="Verder").click()

    table = page.locator("#uit-elkaar ~ .table-wrap table").first
    section = page.locator("section[aria-labelledby=uit-elkaar]")
    assert "De kinderen wonen bij u" in section.inner_text()
    kinderbijslag = section.locator("tr", has=page.locator("th", has_text="Kinderbijslag")).locator("td")
    assert kinderbijslag.all_inner_texts() == ["€\u00a0219", "€\u00a00"]
    head = section.locator("tr", has=page.locator("th", has_text="waarvan alleenstaande-ouderkop")).locator("td")
    assert head.all_inner_texts() == ["€\u00a0285", "€\u00a00"]
    assert table.count() == 1
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"] + 1
