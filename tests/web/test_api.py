"""The REST API: same numbers as the engine and the CLI, and problem+json naming the field for every bad input."""

import json

import pytest

from werkzorg.budget.engine import run
from werkzorg.budget.report import to_json
from werkzorg.household import parse_household

PROBLEM = "application/problem+json"
GOOD = {
    "personen": {"anna": {"geboortedatum": "1970-04-12", "loon": {"2025": 45000}, "inkomstenbelasting": {"2025": None}}},
    "huishoudens": {"h": {"partners": ["anna"], "zorgtoeslag": {"2025": None}}},
}
FAMILY = {
    "jaar": 2026,
    "partners": [{"naam": "Sanne", "leeftijd": 35, "uurloon": 24, "dagen_per_week": 3}, {"naam": "Mehmet", "leeftijd": 37, "uurloon": 21.5, "dagen_per_week": 5}],
    "kinderen": [{"leeftijd": 2, "opvang": {"soort": "dagopvang", "uurprijs": 11.4, "uren_per_dag": 10}}],
    "huur_per_maand": 925,
}


def post(client, path, body, raw=None):
    return client.post(path, data=raw if raw is not None else json.dumps(body), content_type="application/json")


def test_berekening_fills_in_the_situation(client):
    response = post(client, "/api/v1/berekening", GOOD)
    assert response.status_code == 200
    data = response.json()
    # Belastingdienst OLA IH2025 tc_2025_013: single, born 12-4-1970, wage € 45.000 → € 8.735.
    assert data["personen"]["anna"]["inkomstenbelasting"]["2025"] == 8735
    assert data["huishoudens"]["h"]["zorgtoeslag"]["2025"] == 0


def test_budget_gives_the_same_numbers_as_the_engine(client):
    response = post(client, "/api/v1/budget", FAMILY)
    assert response.status_code == 200, response.content
    expected = json.loads(json.dumps(to_json(run(parse_household(FAMILY)), all_splits=True)))
    assert response.json() == expected
    assert len(response.json()["verdelingen"]) == 36


def test_parameter_values_and_sources(client):
    data = client.get("/api/v1/parameters/wet_op_de_zorgtoeslag.standaardpremie").json()
    assert [v["waarde"] for v in data["waarden"]] == [2112, 2119]
    assert all(v["bronnen"] for v in data["waarden"])
    node = client.get("/api/v1/parameters/wet_op_de_zorgtoeslag").json()
    assert "standaardpremie" in node["onderdelen"]


def test_openapi_describes_the_three_endpoints(client):
    spec = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/berekening", "/api/v1/budget", "/api/v1/parameters/{pad}"} <= set(spec["paths"])


@pytest.mark.parametrize(
    ("path", "body", "status", "field"),
    [
        ("/api/v1/berekening", {"personen": {"a": {"loon": {"2025": "veel"}}}, "huishoudens": {"h": {"partners": ["a"]}}}, 422, "personen.a.loon.2025"),
        ("/api/v1/berekening", {"personen": {"a": {"salaris": {"2025": 1}}}, "huishoudens": {"h": {"partners": ["a"]}}}, 422, "personen.a.salaris"),
        ("/api/v1/berekening", {"personen": {"a": {}, "b": {}, "c": {}}, "huishoudens": {"h": {"partners": ["a", "b", "c"]}}}, 422, "huishoudens.h.partners"),
        ("/api/v1/berekening", {"personen": {"a": {"loon": {"2019": 1}}}, "huishoudens": {"h": {"partners": ["a"]}}}, 422, "personen.a.loon.2019"),
        ("/api/v1/berekening", [1, 2], 422, None),
        ("/api/v1/budget", {**FAMILY, "jaar": 2030}, 422, "jaar"),
        ("/api/v1/budget", {**FAMILY, "partners": []}, 422, "partners"),
        ("/api/v1/budget", {**FAMILY, "partners": [{"leeftijd": 30, "uurloon": -1, "dagen_per_week": 3}]}, 422, "partners[0].uurloon"),
        ("/api/v1/budget", {**FAMILY, "partners": [{"leeftijd": 30, "dagen_per_week": 3}]}, 422, "partners[0].uurloon"),
        ("/api/v1/budget", {**FAMILY, "huur_per_maand": "veel"}, 422, "huur_per_maand"),
        ("/api/v1/budget", {**FAMILY, "kinderen": [{"leeftijd": 2, "opvang": {"soort": "creche", "uurprijs": 1, "uren_per_dag": 1}}]}, 422, "kinderen[0].opvang.soort"),
        ("/api/v1/budget", "niet eens een object", 422, None),
        # Issue 12: bounds of the one household description.
        ("/api/v1/budget", {**FAMILY, "kinderen": [{"leeftijd": 5}] * 13}, 422, "kinderen"),
        ("/api/v1/budget", {**FAMILY, "kinderen": [{"geboortedatum": "2027-03-01"}]}, 422, "kinderen[0].geboortedatum"),
        ("/api/v1/budget", {**FAMILY, "kinderen": [{"leeftijd": 1, "opvang": {"soort": "dagopvang", "uurprijs": 9, "uren_per_dag": 12, "dagen": 5}}]}, 422, "kinderen[0].opvang.uren_per_dag"),
        ("/api/v1/budget", {**FAMILY, "scheiding": {"partneralimentatie_per_maand": -1}}, 422, "scheiding.partneralimentatie_per_maand"),
        ("/api/v1/budget", {**FAMILY, "partners": [{"leeftijd": 30, "uurloon": True, "dagen_per_week": 3}]}, 422, "partners[0].uurloon"),
    ],
)
def test_bad_input_is_problem_json_naming_the_field(client, path, body, status, field):
    response = post(client, path, body)
    assert response.status_code == status, response.content
    assert response["Content-Type"] == PROBLEM
    problem = response.json()
    assert problem["status"] == status and problem["title"]
    if field:
        assert field in [error["field"] for error in problem["errors"]]


def test_malformed_json_is_400(client):
    response = post(client, "/api/v1/budget", None, raw='{"jaar": ')
    assert response.status_code == 400 and response["Content-Type"] == PROBLEM
    response = post(client, "/api/v1/berekening", None, raw="{bad")
    assert response.status_code == 400 and response["Content-Type"] == PROBLEM


def test_unknown_parameter_is_404_problem(client):
    response = client.get("/api/v1/parameters/bestaat.niet")
    assert response.status_code == 404 and response["Content-Type"] == PROBLEM


def test_request_size_is_limited(client):
    huge = {"personen": {f"p{i}": {"loon": {"2025": 1}} for i in range(20000)}, "huishoudens": {}}
    response = post(client, "/api/v1/berekening", huge)
    assert response.status_code == 413 and response["Content-Type"] == PROBLEM


def test_api_docs_load_nothing_from_the_internet(client):
    """Nothing is downloaded at run time: the Swagger UI comes from the app's own static files."""
    page = client.get("/api/v1/docs").content.decode()
    assert "swagger-ui-bundle.js" in page and "https://" not in page
