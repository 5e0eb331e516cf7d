"""The carer's self-check against the published scoring of the EDIZ (Pot, Van Dyck & Deeg 1995): nine statements,
"Min of meer", "Ja" and "Ja!" score 1, "Nee!" and "Nee" score 0, the scale score is the sum (0–9)."""

import pytest

from werkzorg.scan import selfcheck
from werkzorg.web.scan.models import Submission

CODES = [code for code, _text in selfcheck.ITEMS]


def test_nine_statements_five_answers():
    assert len(CODES) == 9 and [label for _c, label, _p in selfcheck.OPTIONS] == ["Nee!", "Nee", "Min of meer", "Ja", "Ja!"]


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        (["nee!"] * 9, 0),
        (["nee"] * 9, 0),
        (["ja!"] * 9, 9),
        (["min_of_meer"] * 9, 9),  # "min of meer" counts as 1 in the published scoring
        # 1 (ja) + 0 (nee) + 1 (min of meer) + 0 (nee!) + 1 (ja!) + 0 + 0 + 1 (ja) + 0 = 4
        (["ja", "nee", "min_of_meer", "nee!", "ja!", "nee", "nee!", "ja", "nee"], 4),
    ],
)
def test_published_scoring(answers, expected):
    assert selfcheck.score(dict(zip(CODES, answers))).score == expected


def test_advice_follows_the_statements_agreed_with():
    result = selfcheck.score({**{c: "nee" for c in CODES}, "E2": "ja", "E9": "ja!"})
    assert result.agreed == ("E2", "E9") and result.advice == ("werk", "druk")
    assert selfcheck.score({c: "nee" for c in CODES}).advice == ()


def test_a_missing_answer_is_named():
    with pytest.raises(ValueError, match="E5"):
        selfcheck.score({c: "ja" for c in CODES if c != "E5"})


@pytest.mark.django_db
def test_the_self_check_page_posts_scores_and_stores_nothing(client, django_assert_num_queries):
    page = client.get("/mantelzorg/zelftest/").content.decode()
    assert 'method="post"' in page and "Mijn zelfstandigheid komt in de knel." in page
    answers = {**{c: "nee" for c in CODES}, "E2": "ja", "E7": "min_of_meer", "E9": "ja!"}
    with django_assert_num_queries(0):
        response = client.post("/mantelzorg/zelftest/", answers)
    page = response.content.decode()
    assert response.status_code == 200 and "U scoort 3 van 9." in page
    assert "U voelt zich erg onder druk staan" in page and "Werk en zorg combineren valt niet mee" in page and "U komt weinig aan uzelf toe" not in page
    assert "Langdurend zorgverlof is onbetaald" in page and 'name="belasting" value="3"' in page
    assert Submission.objects.count() == 0
    # from the result to the plan: the score is carried in a posted hidden field
    plan = client.post("/mantelzorg/plan/", {"belasting": "3"}).content.decode()
    assert 'name="belasting" value="3"' in plan
    missing = client.post("/mantelzorg/zelftest/", {c: "ja" for c in CODES if c != "E4"})
    assert missing.status_code == 400 and "Vraag 4: kies een antwoord." in missing.content.decode()
