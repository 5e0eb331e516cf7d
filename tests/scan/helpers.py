"""Shared steps for the quick scan tests: fill in the scan with the Django test client."""

from werkzorg.scan.content import load

PROFILE = {"sector": "zorg_welzijn", "grootte": "50-249", "deeltijd": "50-74"}


def all_answers(value: str = "2") -> dict[str, str]:
    return {q.code: value for q in load("2026.1").questions()}


def fill_in(client, answers=None, profile=PROFILE):
    answers = answers or all_answers()
    assert client.post("/werkgever/profiel/", profile).status_code == 302
    for number, theme in enumerate(load("2026.1").themas, start=1):
        response = client.post(f"/werkgever/thema/{number}/", {q.code: answers[q.code] for q in theme.vragen})
        assert response.status_code == 302, response.content.decode()[:2000]
    return client.post("/werkgever/versturen/")
