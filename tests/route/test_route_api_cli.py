"""POST /api/v1/route and `werkzorg route`: the same numbers as the projection; bad input names the field.

The example is Fatima (see test_fatima.py for the hand arithmetic): March 2026, 16 hours at the minimum wage.
"""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from werkzorg.cli import app

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "route" / "alleenstaande_moeder.json"


def post(client, body):
    return client.post("/api/v1/route", data=json.dumps(body), content_type="application/json")


def test_api_route_gives_36_months_per_option(client):
    response = post(client, json.loads(EXAMPLE.read_text()))
    assert response.status_code == 200, response.content
    data = response.json()
    assert [o["uren_per_week"] for o in data["opties"]] == [0, 8, 16, 24, 32]
    assert len(data["opties"][2]["maanden"]) == 36
    # 16 hours, month 1: 1.401,50 − (1.101,48 − 275,37) = 575,39
    assert data["opties"][2]["maanden"][0]["bijstand"] == pytest.approx(575.39, abs=0.01)
    assert data["eerste_maand"] == "2026-03" and data["samenvatting"]["nu"]


@pytest.mark.parametrize(
    "body, field",
    [
        ({"start": "2026-03", "huishouden": {"jaar": 2026, "partners": [{"leeftijd": 30}]}, "uurloon": "veel"}, "uurloon"),
        ({"start": "2026-03", "huishouden": {"jaar": 2026, "partners": [{"leeftijd": 30}], "kinderen": [{"leeftijd": 3, "opvang": {"soort": "x", "uurprijs": 9}}]}}, "huishouden.kinderen[0].opvang.soort"),
        ({"start": "2026-03"}, "huishouden"),
        ({"start": "2026-03", "huishouden": {"jaar": 2026, "partners": [{"leeftijd": 30}, {"leeftijd": 31, "uurloon": 15, "dagen_per_week": 3}]}}, "huishouden.partners[1].dagen_per_week"),
    ],
)
def test_api_route_bad_input_is_problem_json(client, body, field):
    response = post(client, body)
    assert response.status_code == 422
    assert response["Content-Type"].startswith("application/problem+json")
    assert field in [error["field"] for error in response.json()["errors"]]


def test_cli_route_json():
    result = CliRunner().invoke(app, ["route", str(EXAMPLE), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["opties"][0]["maanden"][0]["bijstand"] == 1401.50


def test_cli_route_table_and_bad_input(tmp_path):
    result = CliRunner().invoke(app, ["route", str(EXAMPLE)])
    assert result.exit_code == 0 and "Kinderopvang" in result.stdout and "Per kind in maand 1 en 7" in result.stdout
    bad = tmp_path / "bad.json"
    bad.write_text('{"start": "2026-03", "huishouden": {"jaar": 2026, "partners": [{"leeftijd": 30}]}, "uren": [0]}')
    result = CliRunner().invoke(app, ["route", str(bad)])
    assert result.exit_code == 2
    assert "uren[0]" in result.output
