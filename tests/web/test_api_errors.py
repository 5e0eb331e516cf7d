"""Every API answer is JSON: unknown paths and wrong methods get problem+json, the empty body names the endpoint's
input, and OpenAPI documents the error responses of every operation."""

import pytest

pytestmark = pytest.mark.django_db


def test_an_unknown_api_path_is_problem_json(client):
    for path in ("/api/v1/bestaat-niet", "/api/v1/budget/extra", "/api/v2/budget"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response["Content-Type"] == "application/problem+json"
        assert response.json()["status"] == 404


def test_a_wrong_method_is_problem_json(client):
    response = client.get("/api/v1/budget")
    assert response.status_code == 405
    assert response["Content-Type"] == "application/problem+json"
    assert "POST" in response["Allow"]
    assert client.delete("/api/v1/microsim/taken/abc")["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize(("path", "name"), [("/api/v1/budget", "(huishouden)"), ("/api/v1/route", "(route)"), ("/api/v1/verlof", "(situatie)"), ("/api/v1/verlofplan", "(verlofplan)"), ("/api/v1/berekening", "(situatie)"), ("/api/v1/microsim/taken", "(taak)")])
def test_an_empty_body_names_the_endpoints_input(client, path, name):
    response = client.post(path, "", content_type="application/json")
    assert response.status_code == 422
    assert response.json()["errors"][0] == {"field": name, "message": "de aanvraag is leeg: stuur een JSON-object", "message_en": "the request is empty: send a JSON object"}


def test_openapi_documents_the_error_responses(client):
    spec = client.get("/api/v1/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            codes = set(operation["responses"])
            expected = {"404"} | ({"400", "413", "422"} if method == "post" else set()) | ({"429"} if path.endswith("/microsim/taken") else set())
            assert expected <= codes, (method, path, codes)
            for code in expected:
                assert "application/problem+json" in operation["responses"][code]["content"], (method, path, code)
    assert "Problem" in spec["components"]["schemas"]


def test_a_situation_is_bounded(client):
    """A budget on work per request: the audit's kind of request (thousands of persons in 256 kB) is refused at once."""
    persons = {f"p{i}": {"loon": {"2026": 30000}, "inkomstenbelasting": {"2026": None}} for i in range(31)}
    households = {f"h{i}": {"partners": [f"p{i}"]} for i in range(31)}
    response = client.post("/api/v1/berekening", {"personen": persons, "huishoudens": households}, content_type="application/json")
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "personen"
    assert "hoogstens 30" in response.json()["errors"][0]["message"]
