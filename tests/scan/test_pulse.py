"""The employee pulse: scoring against hand arithmetic, the threshold of 5, the comparison beside the employer's own
answers (largest gap first), closing, no double counting from one browser, and the export without free text."""

import io

import pytest
from django.core.management import call_command
from django.test import Client

from tests.scan.helpers import COMPLIANT, all_answers, fill_in
from werkzorg.scan import pulse
from werkzorg.web.scan.models import Pulse, PulseResponse, Submission

ALL_AGREE = {item.code: "2" for item in pulse.ITEMS}  # "Eens" everywhere


def test_scoring_by_hand():
    # 5 responses on P1 (visie): 3, 2, 2, 1, ? → 4 answered (< 5): theme left out; P4: 3, 3, 2, 2, 0 = 10 of 15 → 66.67 → 67
    # P7 (cultuur, reversed): "Helemaal eens" (3) → 0, "Oneens" (1) → 2: 0 + 2 + 2 + 2 + 2 = 8 of 15 → 53.33 → 53
    rows = [("3", "3", "3"), ("2", "3", "1"), ("2", "2", "1"), ("1", "2", "1"), ("?", "0", "1")]
    responses = [{**ALL_AGREE, "P1": p1, "P4": p4, "P7": p7} for p1, p4, p7 in rows]
    scores = pulse.aggregate(responses)
    assert "visie" not in scores and scores["flexibiliteit"] == 67 and scores["cultuur"] == 53
    assert scores["verlof"] == 67  # "Eens" (2) five times: 10 of 15
    assert pulse.aggregate(responses[:4]) is None  # 4 responses: nothing


def test_comparison_puts_the_largest_gap_first():
    found = pulse.compare({"verlof": 80, "cultuur": 50, "zicht": 40}, {"verlof": 30, "cultuur": 60, "zicht": 40})
    assert [(c.theme, c.gap) for c in found] == [("verlof", -50), ("cultuur", 10), ("zicht", 0)]


def test_clean_names_the_missing_item():
    with pytest.raises(ValueError, match="P3"):
        pulse.clean({**ALL_AGREE, "P3": "9"})


@pytest.mark.django_db
def test_employer_opens_the_pulse_and_sees_the_comparison_from_five(client):
    report = fill_in(client, {**all_answers("3"), **COMPLIANT})["Location"]
    token = report.split("/")[-2]
    assert "Maak een link voor uw medewerkers" in client.get(report).content.decode()
    assert client.get(f"/werkgever/rapport/{token}/peiling/").status_code == 405  # POST only
    assert client.post(f"/werkgever/rapport/{token}/peiling/").status_code == 302
    link = Pulse.objects.get().token
    assert len(link) >= 32 and link != token
    for number in range(4):
        employee = Client()
        page = employee.get(f"/werkgever/peiling/{link}/")
        assert page.status_code == 200 and page["Referrer-Policy"] == "same-origin"
        assert employee.post(f"/werkgever/peiling/{link}/", ALL_AGREE).status_code == 302
    page = client.get(report).content.decode()
    assert "Aantal antwoorden van medewerkers: 4." in page and "De uitkomst ziet u vanaf 5 antwoorden" in page
    assert "Uw medewerkers zeggen" not in page
    Client().post(f"/werkgever/peiling/{link}/", ALL_AGREE)
    page = client.get(report).content.decode()
    # the employer answered "3" everywhere: 100 per theme (cultuur: reversed Q21/Q22 "Helemaal eens" → 0 + 0 + 3 + 3
    # = 6 of 12 → 50); employees "Eens" everywhere: 67, cultuur P7 reversed 3 − 2 = 1 → 33
    assert "Aantal antwoorden van medewerkers: 5." in page and "Uw medewerkers zeggen" in page
    table = page.split("U zegt, uw medewerkers zeggen")[1].split("</table>")[0]
    rows = [r for r in table.split("<tr>")[2:]]
    assert "Visie, beleid en borging</th><td>100</td><td>67</td><td>33 lager" in rows[0]
    assert any("Cultuur en loopbaan</th><td>50</td><td>33</td><td>17 lager" in r for r in rows)
    assert "Cultuur en loopbaan" in rows[-1]  # smallest gap last


@pytest.mark.django_db
def test_a_browser_counts_once_and_a_closed_pulse_takes_no_answers(client):
    report = fill_in(client)["Location"]
    token = report.split("/")[-2]
    client.post(f"/werkgever/rapport/{token}/peiling/")
    link = Pulse.objects.get().token
    employee = Client()
    employee.post(f"/werkgever/peiling/{link}/", ALL_AGREE)
    assert "Bedankt voor uw antwoorden" in employee.get(f"/werkgever/peiling/{link}/").content.decode()
    again = employee.post(f"/werkgever/peiling/{link}/", ALL_AGREE)
    assert "al ingevuld" in again.content.decode() and PulseResponse.objects.count() == 1
    # a missing answer is named on the page; nothing stored
    page = Client().post(f"/werkgever/peiling/{link}/", {k: v for k, v in ALL_AGREE.items() if k != "P5"})
    assert page.status_code == 400 and "Vraag 5: kies een antwoord." in page.content.decode() and PulseResponse.objects.count() == 1
    client.post(f"/werkgever/rapport/{token}/peiling/sluiten/")
    assert Client().get(f"/werkgever/peiling/{link}/").status_code == 410
    assert Client().post(f"/werkgever/peiling/{link}/", ALL_AGREE).status_code == 410 and PulseResponse.objects.count() == 1
    assert "De peiling is gesloten" in client.get(report).content.decode()
    assert Client().get("/werkgever/peiling/onbekend/").status_code == 404


@pytest.mark.django_db
def test_stored_response_holds_only_options_and_month(client):
    report = fill_in(client)["Location"]
    client.post(report + "peiling/")
    link = Pulse.objects.get().token
    Client().post(f"/werkgever/peiling/{link}/", {**ALL_AGREE, "naam": "Fatima", "P1": "3"})
    response = PulseResponse.objects.get()
    assert set(response.antwoorden) == {item.code for item in pulse.ITEMS} and response.antwoorden["P1"] == "3"
    assert len(response.maand) == 7 and "Fatima" not in str(response.__dict__)


@pytest.mark.django_db
def test_export_for_researchers(client, tmp_path):
    report = fill_in(client)["Location"]
    client.post(report + "peiling/")
    link = Pulse.objects.get().token
    Client().post(f"/werkgever/peiling/{link}/", {**ALL_AGREE, "P7": "3"})
    out = tmp_path / "peilingen.csv"
    call_command("scan_export", "--peilingen", "--uitvoer", str(out), stderr=io.StringIO())
    lines = out.read_text().splitlines()
    assert lines[0] == "peiling,maand,sector,grootte,deeltijd," + ",".join(f"vraag_{i.code}" for i in pulse.ITEMS)
    # P7 reversed: "Helemaal eens" (3) → 0; others "Eens" → 2
    assert lines[1].endswith(",2,2,2,2,2,2,0,2,2") and link not in out.read_text()
    assert Submission.objects.get().token not in out.read_text()
