"""After a wrong answer the focus is on the error summary; its link takes a keyboard user to the field (no inline script:
the page fixture fails on any Content-Security-Policy report)."""

import pytest

from tests.browser.accessibility import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_focus_moves_to_the_error_summary_and_its_link_to_the_field(page, live_server):
    page.goto(live_server.url + "/budget/")
    page.get_by_label("Voor welk jaar wilt u rekenen?").select_option("2026")
    page.get_by_label("Met mijn partner").check()
    page.get_by_role("button", name="Verder").click()
    page.locator("#id_p0-leeftijd").fill("300")
    page.get_by_role("button", name="Verder").click()
    page.wait_for_load_state("load")
    assert page.evaluate("document.activeElement.className") == "error-summary"
    assert_accessible(page)
    page.keyboard.press("Tab")
    link = page.evaluate("document.activeElement.getAttribute('href')")
    assert link.startswith("#id_p")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == link[1:]
