"""English complete: every English page and result shows no Dutch sentence, whatever produced the text (the .po,
a capability folder's `Tekst`, parameter metadata, a questionnaire's JSON); every rule text has its English.

tests/web/test_translations.py checks the .po; this test cannot be fooled by a text that never went through the .po.
The detector and its allow-list: tests/web/english_pages.py.
"""

import re
from urllib.parse import parse_qs, urlparse

import pytest
from django.test import Client

from tests.route.test_route_pages import fatima_result
from tests.scan.helpers import COMPLIANT, all_answers
from tests.web import english_pages as detector
from tests.web.test_pages import follow_steps
from tests.web.test_separation_persona import walk_to_the_separation_view
from tests.web.test_verlof_plan import COUPLE, URL as PLAN_URL
from werkzorg.scan import pulse, selfcheck
from werkzorg.scan.content import load
from werkzorg.web import household_state as state
from werkzorg.web.scan.models import Pulse

LEAVE = {"situatie": "geboorte_partner", "verder": "1", "uren_per_week": "36", "jaarloon": "48.000", "uitgerekende_datum": "2026-07-01"}
CARE = {"situatie": "zorg_naaste", "verder": "1", "uren_per_week": "32", "jaarloon": "40.000"}


def _scan_report(client) -> str:
    """The employer fills in the quick scan in English and opens the employee pulse; five employees answer."""
    answers = {**all_answers("1"), **COMPLIANT}
    assert client.post("/en/werkgever/profiel/", {"sector": "zorg_welzijn", "grootte": "50-249", "deeltijd": "50-74"}).status_code == 302
    for number, theme in enumerate(load().themas, start=1):
        assert client.post(f"/en/werkgever/thema/{number}/", {q.code: answers[q.code] for q in theme.vragen}).status_code == 302
    report = client.post("/en/werkgever/versturen/")["Location"]
    assert client.post(f"{report}peiling/").status_code == 302
    return report


def english_pages(client) -> dict[str, str]:
    """Path → HTML (or text) of every English page and result, with realistic households."""
    pages: dict[str, str] = {}

    def get(path, **params):
        response = client.get(path, params)
        assert response.status_code == 200, (path, response.status_code)
        pages[path + ("?" + "&".join(params) if params else "")] = response.content.decode()

    def post(path, data, name=None):
        response = client.post(path, data)
        assert response.status_code == 200, (path, response.status_code)
        pages[name or path] = response.content.decode()

    # budget: the steps, the result, all splits, print view with appendix, separation
    _, data = follow_steps(client)
    h = state.encode(data)
    for path in ("/en/", "/en/budget/"):
        get(path)
    get("/en/budget/werk/", h=h)
    get("/en/budget/kinderen/", h=h)
    get("/en/budget/wonen/", h=h)
    get("/en/budget/uitkomst/", h=h)
    get("/en/budget/uitkomst/", h=h, alle="1")
    get("/en/budget/uitkomst/", h=h, print="1", bijlage="1")
    get("/en/budget/uit-elkaar/", h=h)
    separated = walk_to_the_separation_view(client)
    get("/en/budget/uitkomst/", h=separated)
    # leave: start, questions, the answer for an expecting partner and a carer, a letter, the plan
    get("/en/verlof/")
    get("/en/verlof/vragen/", situatie="geboorte_partner")
    for name, answers in (("birth", LEAVE), ("care", CARE)):
        q = parse_qs(urlparse(client.get("/en/verlof/vragen/", answers)["Location"]).query)["q"][0]
        get("/en/verlof/uitkomst/", q=q)
        page = pages[f"/en/verlof/uitkomst/?q"]
        pages[f"/en/verlof/uitkomst/ ({name})"] = pages.pop("/en/verlof/uitkomst/?q")
        for action in re.findall(r'<form method="post" action="(/en/verlof/brief/\d+/)"', page):
            # the letter to send is Dutch (it goes to the employer); its English version is what an English reader reads
            assert "Beste werkgever" in client.post(action, {"q": q, "formaat": "tekst"}).content.decode()
            pages[f"{action} ({name}, English version)"] = client.post(action, {"q": q, "formaat": "vertaling"}).content.decode()
    get("/en/verlof/plan/")
    post("/en" + PLAN_URL, COUPLE, "/en/verlof/plan/ (result)")
    # route: start, the calculation for Fatima, barriers and the step plan
    get("/en/werk/")
    _, pages["/en/werk/rekenen/uitkomst/ (Fatima)"] = fatima_result(client, "/en")
    get("/en/werk/drempels/")
    response = client.get("/en/werk/drempels/?drempel=kinderopvang&drempel=taal&drempel=mantelzorg&drempel=gezondheid&klaar=1")
    pages["/en/werk/drempels/ (plan)"] = response.content.decode()
    # employer quick scan: start, profile, themes, report with the pulse, an employee's pulse page
    get("/en/werkgever/")
    report = _scan_report(client)
    pages["/en/werkgever/rapport/"] = client.get(report).content.decode()
    link = Pulse.objects.get().token
    get(f"/en/werkgever/peiling/{link}/")
    # carers: home, conversation guide, self-check and its result, support plan, help near you
    for path in ("/en/mantelzorg/", "/en/mantelzorg/gesprek/", "/en/mantelzorg/zelftest/", "/en/mantelzorg/plan/", "/en/mantelzorg/hulp/"):
        get(path)
    get("/en/mantelzorg/hulp/", gemeente="GM0363")
    post("/en/mantelzorg/zelftest/", {code: "ja" for code, _text in selfcheck.ITEMS}, "/en/mantelzorg/zelftest/ (result)")
    plan = {"maak": "1", "naam": "Fatima", "voor_wie": "My father", "uren_zorg": "10", "nodig": ["thuiswerken", "langdurend", "kortdurend"],
            "steun": ["geld"], "situatie": ["dementie"], "evaluatie": "2027-03-01"}
    post("/en/mantelzorg/plan/", plan, "/en/mantelzorg/plan/ (plan)")
    # microsimulation
    get("/en/microsimulatie/")
    return pages


@pytest.mark.django_db
def test_show(client):
    found = {}
    for path, html in english_pages(client).items():
        dutch = detector.dutch_sentences(html, is_html="<" in html[:200])
        if dutch:
            found[path] = dutch
    for path, dutch in found.items():
        print("==", path)
        for s in dict.fromkeys(dutch):
            print("   ", s[:200])
    assert not found
