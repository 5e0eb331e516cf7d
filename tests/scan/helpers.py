"""Shared steps for the quick scan tests: fill in the scan (the active version, ACTIVE) with the Django test client."""

from werkzorg.scan.content import load

#: The active questionnaire version: 2026.3 is 2026.2 with "Heeft u" for "Hebt u" (one choice of form, issue 15).
ACTIVE = "2026.3"
PROFILE = {"sector": "zorg_welzijn", "grootte": "50-249", "deeltijd": "50-74"}


def _nearest(question, value: str) -> str:
    """The option `value` when the question's scale has it; on the compliance scales (0, 1, 3, ?) "2" becomes "1"."""
    if question.schaal.option(value) is not None:
        return value
    return max((o.code for o in question.schaal.opties if not o.weet_niet and o.score <= int(value)), key=int)


def all_answers(value: str = "2") -> dict[str, str]:
    return {q.code: _nearest(q, value) for q in load().questions()}


def fill_in(client, answers=None, profile=PROFILE):
    answers = answers or all_answers()
    assert client.post("/werkgever/profiel/", profile).status_code == 302
    for number, theme in enumerate(load().themas, start=1):
        response = client.post(f"/werkgever/thema/{number}/", {q.code: answers[q.code] for q in theme.vragen})
        assert response.status_code == 302, response.content.decode()[:2000]
    return client.post("/werkgever/versturen/")

#: The compliance questions (version 2026.2 on) answered as the law asks: no legal flag from them.
COMPLIANT = {code: "3" for code in ("Q33", "Q34", "Q35", "Q36", "Q37")}
