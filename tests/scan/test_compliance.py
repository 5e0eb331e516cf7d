"""The legal-compliance questions of version 2026.2: each flag, the answers that raise it and the article it cites;
"Weet ik niet" gives advice to find out and never a sentence that says what the respondent did not say.

Articles: Wet arbeid en zorg art. 4:1 (calamiteitenverlof met behoud van loon), 5:1 and 5:6 (kortdurend zorgverlof,
at least 70 % of the wage), 5:9 (langdurend zorgverlof); Wet flexibel werken art. 2 (request for hours, times or place
of work; written decision at least one month before the start, otherwise granted; refusal of hours or times only for
a zwaarwegend bedrijfs- of dienstbelang; a request for another place must be considered and a refusal discussed).
"""

import pytest

from tests.scan.helpers import COMPLIANT, all_answers, fill_in
from werkzorg.scan.content import load
from werkzorg.scan.legal import legal_flags

Q = load("2026.2")
GOOD = {**all_answers("3"), **COMPLIANT}


def flags(answers, size="50-249"):
    return {f.code: f for f in legal_flags(Q, {**GOOD, **answers}, size)}


def test_all_as_the_law_asks_raises_no_flag():
    assert flags({}) == {}


@pytest.mark.parametrize(
    ("answers", "code", "article"),
    [
        ({"Q33": "0"}, "calamiteitenverlof", "Wet arbeid en zorg, artikel 4:1"),
        ({"Q33": "1"}, "calamiteitenverlof", "Wet arbeid en zorg, artikel 4:1"),
        ({"Q34": "0"}, "kortdurend_zorgverlof", "Wet arbeid en zorg, artikel 5:1 en 5:6"),
        ({"Q34": "1"}, "kortdurend_zorgverlof", "Wet arbeid en zorg, artikel 5:1 en 5:6"),
        ({"Q35": "0"}, "zorgverlof_verzoek", "Wet arbeid en zorg, hoofdstuk 5 (artikel 5:1 en 5:9)"),
        ({"Q35": "1"}, "zorgverlof_verzoek", "Wet arbeid en zorg, hoofdstuk 5 (artikel 5:1 en 5:9)"),
        ({"Q36": "1"}, "wfw_termijn", "Wet flexibel werken, artikel 2"),
        ({"Q37": "0"}, "wfw_afwijzing", "Wet flexibel werken, artikel 2"),
        ({"Q14": "0"}, "wet_flexibel_werken", "Wet flexibel werken, artikel 2"),  # place of work, Wfw art. 2
        ({"Q13": "0"}, "wet_flexibel_werken", "Wet flexibel werken, artikel 2"),
        ({"Q9": "0"}, "verlofinformatie", "Wet arbeid en zorg, hoofdstuk 4 en 5"),
        ({"Q30": "0"}, "gelijke_behandeling", "Algemene wet gelijke behandeling"),
    ],
)
def test_each_flag_with_the_answers_that_raise_it(answers, code, article):
    found = flags(answers)
    assert list(found) == [code]
    flag = found[code]
    assert flag.legal and not flag.onbekend and flag.questions == tuple(answers) and flag.articles == (article,)


def test_the_wfw_flags_need_ten_employees():
    # under 10 employees the Wfw does not apply: no flag for the written answer, refusal or place of work
    assert flags({"Q36": "0", "Q37": "0", "Q14": "0"}, size="1-9") == {}
    # hours and times not arranged: the small-employer flag (own arrangement)
    assert list(flags({"Q13": "0"}, size="1-9")) == ["flexibel_werken_klein"]


@pytest.mark.parametrize("question", ["Q9", "Q13", "Q14", "Q15", "Q29", "Q30", "Q33", "Q34", "Q35", "Q36", "Q37"])
def test_weet_ik_niet_asks_to_find_out(question):
    (flag,) = flags({question: "?"}).values()
    assert flag.onbekend and flag.questions == (question,)


def test_a_real_no_wins_over_weet_ik_niet():
    flag = flags({"Q13": "0", "Q15": "?"})["wet_flexibel_werken"]
    assert not flag.onbekend and flag.questions == ("Q13",)


@pytest.mark.django_db
def test_weet_ik_niet_never_says_u_gaf_aan(client):
    unknown = {code: ("?" if q.schaal.option("?") else value) for code, value, q in ((q.code, "3", q) for q in Q.questions())}
    page = client.get(fill_in(client, unknown)["Location"]).content.decode()
    assert "U gaf aan" not in page
    assert "Uw antwoorden wijzen erop dat u niet alles doet wat de wet vraagt" not in page
    for text in ["U weet niet of medewerkers calamiteitenverlof krijgen", "U weet niet of medewerkers kortdurend zorgverlof krijgen",
                 "U weet niet wat er gebeurt als een medewerker om zorgverlof vraagt", "U weet niet of verzoeken om andere uren",
                 "U weet niet of bij een afwijzing de reden wordt opgeschreven", "U weet niet of het verlof bij zorg op één plek is uitgelegd",
                 "U weet niet of medewerkers hun werktijden, uren of werkplek kunnen aanpassen", "U weet niet of werving en selectie"]:
        assert text in page, text


@pytest.mark.django_db
def test_a_no_says_what_the_respondent_said_and_cites_the_article(client):
    page = client.get(fill_in(client, {**GOOD, "Q34": "1", "Q14": "0"})["Location"]).content.decode()
    assert "U gaf aan dat medewerkers niet altijd kortdurend zorgverlof krijgen, of niet met ten minste 70 procent van hun loon." in page
    assert "Wet arbeid en zorg, artikel 5:1 en 5:6" in page and "ten minste 70 procent van het loon door" in page
    assert "Ook een andere werkplek, bijvoorbeeld thuis, valt onder de wet." in page
