"""Browser test: the interactive API docs (django-ninja's own Swagger UI files, no CDN) work under the strict
Content-Security-Policy: the page fixture fails the test on any CSP violation. And they are accessible (axe-core, WCAG
2.1 AA: no serious or critical violation) in every state a visitor reaches with them, not only as first drawn."""

import pytest

from tests.browser.accessibility import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_api_docs_render_under_the_csp(page, live_server):
    page.goto(live_server.url + "/api/v1/docs")
    page.wait_for_selector(".opblock", timeout=15_000)
    assert "/api/v1/budget" in page.content()


def test_the_api_docs_are_accessible_when_used(page, live_server):
    """Open an operation, "Try it out", send the example and read the response: axe after each step (an operation's
    button holds no link, every text box and copy button has a name, scrolling boxes take the keyboard focus)."""
    page.goto(live_server.url + "/api/v1/docs")
    page.wait_for_selector(".opblock", timeout=15_000)
    assert page.locator("html").get_attribute("lang") == "en"
    assert_accessible(page)
    page.locator("#operations-budget-werkzorg_web_api_budget .opblock-summary-control").click()
    page.wait_for_selector(".try-out__btn", timeout=15_000)
    assert_accessible(page)
    page.locator(".try-out__btn").first.click()
    page.wait_for_selector("textarea.body-param__text", timeout=15_000)
    assert page.locator("textarea.body-param__text").first.get_attribute("aria-label") == "Request body (JSON)"
    assert_accessible(page)
    page.locator(".execute").first.click()
    page.wait_for_selector(".live-responses-table", timeout=30_000)
    assert_accessible(page)
