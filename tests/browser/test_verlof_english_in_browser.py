"""Browser test: the leave finder in English (/en/verlof/) in Debian's Chromium, axe-checked, with English rule texts."""

import pytest

from tests.browser.accessibility import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_leave_finder_in_english_is_accessible(page, live_server):
    page.goto(live_server.url + "/en/verlof/")
    assert_accessible(page)
    page.get_by_label("Your partner is having a baby").check()
    page.get_by_role("button", name="Next").click()
    assert page.locator("h1").inner_text() == "Your partner is having a baby"
    assert_accessible(page)
    page.locator("#id_uren_per_week").fill("36")
    page.locator("#id_uitgerekende_datum").fill("2026-07-01")
    page.get_by_role("button", name="Show what fits").click()
    content = page.content()
    assert "this leave fits you" in content and "Geboorteverlof (birth leave)" in content
    assert "Your employer may not refuse this leave." in content and "De werkgever mag" not in content
    assert page.locator("html").get_attribute("lang") == "en"
    assert_accessible(page)
