"""Pages for working mantelzorgers: leave facts from the leave finder, conversation guide, support plan (not stored)."""

import pytest

from werkzorg.scan import selfcheck
from werkzorg.web.scan.models import Submission

pytestmark = pytest.mark.django_db


def test_what_a_carer_can_arrange(client):
    page = client.get("/mantelzorg/").content.decode()
    assert "Kortdurend zorgverlof" in page and "Langdurend zorgverlof" in page
    # 36 hours a week (the example): kortdurend 2 × 36 = 72 hours, langdurend 6 × 36 = 216 hours (Wazo art. 5:1, 5:9)
    assert "Tot 72 uur in 12 maanden" in page and "Tot 216 uur in 12 maanden" in page
    assert "/verlof/?situatie=zorg_naaste" in page and "respijtzorg" in page and "Mantelzorgwaardering" in page
    page = client.get("/mantelzorg/", {"uren": "24"}).content.decode()
    assert "Tot 48 uur in 12 maanden" in page  # 2 × 24


def test_bad_hours_give_a_message_not_an_error(client):
    response = client.get("/mantelzorg/", {"uren": "veel"})
    page = response.content.decode()
    assert response.status_code == 200 and "Uren per week:" in page and "Tot 72 uur" in page


def test_conversation_guide(client):
    page = client.get("/mantelzorg/gesprek/").content.decode()
    assert "Tijdens het gesprek" in page and "tot 2 keer mijn uren per week, ten minste 70 procent doorbetaald" in page


def test_support_plan_is_posted_printed_and_not_stored(client, django_assert_num_queries):
    assert client.get("/mantelzorg/plan/").status_code == 200
    data = {"maak": "1", "naam": "Fatima", "voor_wie": "Mijn vader", "uren_zorg": "10", "nodig": ["thuiswerken", "langdurend"], "steun": ["geld"],
            "situatie": ["dementie"], "evaluatie": "2027-03-01"}
    with django_assert_num_queries(0):
        response = client.post("/mantelzorg/plan/", data)
    page = response.content.decode()
    assert response.status_code == 200 and "Fatima" in page and "Mijn vader" in page and "Af en toe thuis werken" in page and "1 maart 2027" in page
    assert response["Cache-Control"] == "no-store"
    # tailored: long-term care leave is unpaid, money (pgb), dementia (casemanager), the national lines
    assert "Dit verlof is onbetaald" in page and "persoonsgebonden budget" in page and "casemanager dementie" in page and "juridischloket.nl" in page
    # the buttons to change the plan or get the PDF post the plan back in hidden fields: no link carries it
    assert 'method="post"' in page and 'type="hidden" name="naam" value="Fatima"' in page and "?naam=" not in page
    assert Submission.objects.count() == 0
    # back to the form, filled in
    again = client.post("/mantelzorg/plan/", {**{k: v for k, v in data.items() if k != "maak"}, "aanpassen": "1"}).content.decode()
    assert 'value="Fatima"' in again and "Maak het plan" in again


def test_a_plan_in_the_query_string_is_ignored(client):
    response = client.get("/mantelzorg/plan/", {"maak": "1", "naam": "Fatima", "voor_wie": "Mijn moeder (81), dementie"})
    assert response.status_code == 302 and response["Location"] == "/mantelzorg/plan/"
    page = client.get(response["Location"]).content.decode()
    assert "Fatima" not in page and 'method="post"' in page


def test_support_plan_pdf(client):
    response = client.post("/mantelzorg/plan/", {"pdf": "1", "naam": "Fatima", "nodig": ["kortdurend"]})
    if response.status_code == 200:
        assert response["Content-Type"] == "application/pdf" and response.content[:4] == b"%PDF"
        assert response["Cache-Control"] == "no-store"
    else:  # no Pango on this machine: the friendly fallback page
        assert response.status_code == 503 and "printversie" in response.content.decode()


def test_support_plan_bad_input(client):
    response = client.post("/mantelzorg/plan/", {"maak": "1", "uren_zorg": "500", "evaluatie": "gisteren", "belasting": "12"})
    page = response.content.decode()
    assert response.status_code == 400
    assert "&#x27;Hoeveel uur per week zorgt u ongeveer?&#x27; is te hoog." in page
    assert "Vul bij &#x27;Wanneer bespreekt u de afspraken opnieuw?&#x27; een geldige waarde in." in page
    assert "&#x27;Uw score op de zelftest (0 tot 9)&#x27; is te hoog." in page


def test_carers_page_says_long_term_leave_is_unpaid_and_points_to_help(client):
    page = client.get("/mantelzorg/").content.decode()
    assert "Let op: langdurend zorgverlof is onbetaald." in page and "casemanager dementie" in page and "persoonsgebonden budget" in page
    assert "https://www.mantelzorg.nl/" in page and "https://www.alzheimer-nederland.nl/" in page and "https://www.juridischloket.nl/" in page
    assert "/mantelzorg/zelftest/" in page


def test_english(client):
    for path in ["/en/mantelzorg/", "/en/mantelzorg/gesprek/", "/en/mantelzorg/plan/", "/en/mantelzorg/zelftest/"]:
        assert client.get(path).status_code == 200
    page = client.get("/en/mantelzorg/").content.decode()
    assert "long-term care leave is unpaid" in page
    page = client.post("/en/mantelzorg/zelftest/", {code: "ja" for code, _text in selfcheck.ITEMS}).content.decode()
    assert "You score 9 out of 9." in page
