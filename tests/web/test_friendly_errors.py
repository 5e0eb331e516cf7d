"""A wrong address gets a plain page in the site's style (also under `make run`, DEBUG on); a server error too;
the icon exists for every page."""

import pytest
from django.test import override_settings


@pytest.mark.parametrize("debug", [True, False])
@pytest.mark.parametrize("prefix, text", [("", "Deze pagina bestaat niet"), ("/en", "This page does not exist")])
def test_a_wrong_address_gets_the_friendly_page(client, debug, prefix, text):
    with override_settings(DEBUG=debug):
        response = client.get(f"{prefix}/bestaat-niet/")
    page = response.content.decode()
    assert response.status_code == 404 and text in page and "Traceback" not in page and "URLconf" not in page


def test_the_api_keeps_its_problem_json(client):
    with override_settings(DEBUG=True):
        response = client.get("/api/v1/bestaat-niet")
    assert response.status_code == 404 and response["Content-Type"].startswith("application/problem+json")


def test_the_server_error_page_is_plain(client):
    from django.template.loader import render_to_string

    page = render_to_string("500.html")
    assert "Er ging iets mis" in page and "Something went wrong" in page and "<script" not in page


def test_the_icon(client):
    assert 'rel="icon"' in client.get("/").content.decode()
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert client.get(response["Location"]).status_code == 200
