"""Pages for working mantelzorgers: leave facts from the leave finder, conversation guide, support plan (not stored)."""

import pytest

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


def test_support_plan_is_printed_and_not_stored(client, django_assert_num_queries):
    assert client.get("/mantelzorg/plan/").status_code == 200
    query = {"maak": "1", "naam": "Fatima", "voor_wie": "Mijn vader", "uren_zorg": "10", "nodig": ["thuiswerken", "kortdurend"], "evaluatie": "2027-03-01"}
    with django_assert_num_queries(0):
        response = client.get("/mantelzorg/plan/", query)
    page = response.content.decode()
    assert response.status_code == 200 and "Fatima" in page and "Mijn vader" in page and "Af en toe thuis werken" in page and "1 maart 2027" in page
    assert Submission.objects.count() == 0


def test_support_plan_bad_input(client):
    response = client.get("/mantelzorg/plan/", {"maak": "1", "uren_zorg": "500", "evaluatie": "gisteren"})
    page = response.content.decode()
    assert response.status_code == 400
    assert "&#x27;Hoeveel uur per week zorgt u ongeveer?&#x27; is te hoog." in page
    assert "Vul bij &#x27;Wanneer bespreekt u de afspraken opnieuw?&#x27; een geldige waarde in." in page


def test_english(client):
    for path in ["/en/mantelzorg/", "/en/mantelzorg/gesprek/", "/en/mantelzorg/plan/"]:
        assert client.get(path).status_code == 200
