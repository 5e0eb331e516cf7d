"""Browser test: the interactive API docs (django-ninja's own Swagger UI files, no CDN) work under the strict
Content-Security-Policy: the page fixture fails the test on any CSP violation."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_api_docs_render_under_the_csp(page, live_server):
    page.goto(live_server.url + "/api/v1/docs")
    page.wait_for_selector(".opblock", timeout=15_000)
    assert "/api/v1/budget" in page.content()
