"""The leave finder in English: every text a regeling can carry exists in plain English next to the Dutch.

The questions in tests/leave/cases.py (and every example in examples/verlof/) reach every branch of rules.py, so
every text the finder can write is checked here.
"""

import datetime
import re

import pytest

from tests.leave.cases import questions
from werkzorg.leave.finder import answer, find
from werkzorg.leave.language import Tekst, date_text, money
from werkzorg.leave.report import SITUATIONS, amount_text, how_much_text, situation_choices
from werkzorg.leave.rules import TEXT_FIELDS, Regeling
from werkzorg.leave.schema import parse_question

ALL_CODES = {
    "zwangerschaps_en_bevallingsverlof", "zwangerschapsuitkering_zelfstandige", "overgang_bevallingsverlof", "geboorteverlof",
    "aanvullend_geboorteverlof", "adoptieverlof", "pleegzorgverlof", "ouderschapsverlof", "betaald_ouderschapsverlof",
    "kortdurend_zorgverlof", "langdurend_zorgverlof", "calamiteitenverlof", "flexibel_werken",
}
#: Texts that are the same in both languages because they are a name.
SAME_IN_BOTH = {"UWV"}
#: Dutch legal names that English keeps (the word the employer and UWV use); removed before looking for Dutch words.
LEGAL_NAMES = ["Wet flexibel werken", "Mijn UWV", "Zwangerschaps- en bevallingsverlof", "Zwangerschaps- en bevallingsuitkering voor zelfstandigen",
               "Calamiteiten- en ander kort verzuimverlof", "Aanvullend geboorteverlof", "Betaald ouderschapsverlof", "Kortdurend zorgverlof",
               "Langdurend zorgverlof"]
#: Common Dutch words that never occur in English.
DUTCH_WORDS = {"u", "uw", "het", "de", "een", "niet", "mag", "moet", "kan", "bij", "naar", "ook", "dat", "zijn", "heeft", "heeft", "werkgever",
               "weken", "dagen", "uur", "loon", "aanvragen", "tot", "na", "voor", "vanaf", "binnen", "keer", "onbetaald", "niemand", "wordt", "en",
               "van", "met", "zo", "als", "geen", "dag", "maanden", "jaar"}


def all_regelingen() -> list[tuple[str, Regeling]]:
    return [(name, regeling) for name, data in questions().items() for regeling in find(parse_question(data))]


def dutch_words_in(english: str) -> set[str]:
    text = re.sub(r"\([^)]*\)", " ", english)  # glosses and legal terms in brackets
    for name in LEGAL_NAMES:
        text = text.replace(name, " ")
    words = {word.lower() for word in re.findall(r"[A-Za-zÀ-ÿ]+", text)}
    return words & DUTCH_WORDS


def test_the_cases_reach_every_kind_of_leave():
    assert {regeling.code for _, regeling in all_regelingen()} == ALL_CODES


@pytest.mark.parametrize(("case", "regeling"), all_regelingen(), ids=lambda v: v if isinstance(v, str) else v.code)
def test_every_text_has_plain_english(case, regeling):
    for field in TEXT_FIELDS:
        dutch = getattr(regeling, field)
        if not dutch:
            continue
        english = regeling.en.get(field)
        assert english, f"{case} {regeling.code}: no English for {field}"
        assert english != dutch or english in SAME_IN_BOTH, f"{case} {regeling.code}: {field} is still Dutch: {english}"
        assert not dutch_words_in(english), f"{case} {regeling.code}: Dutch words {dutch_words_in(english)} in {field}: {english}"
    english = regeling.en.get("voorwaarden", [])
    assert len(english) == len(regeling.voorwaarden), f"{case} {regeling.code}: voorwaarden"
    for nl, en in zip(regeling.voorwaarden, english):
        assert en and en != nl, f"{case} {regeling.code}: voorwaarde still Dutch: {en}"
        assert not dutch_words_in(en), f"{case} {regeling.code}: Dutch words {dutch_words_in(en)} in: {en}"
        assert not re.search(r"\b\d+ (januari|februari|maart|mei|juni|juli|augustus|oktober)\b", en), en


def test_english_dates_and_amounts_in_the_texts():
    """The ZEZ text names the application week as a date: due 1 July 2026, apply from week 24 = 40 − 24 = 16 weeks before
    the due date (hand arithmetic: 1 July − 112 days = 11 March 2026); the hourly minimum wage in English as € 14.71."""
    regeling = next(r for name, r in all_regelingen() if r.code == "zwangerschapsuitkering_zelfstandige")
    assert "week 24 of your pregnancy (around 11 March 2026)" in regeling.en["voorwaarden"][1] and "week 24 van de zwangerschap (rond 11 maart 2026)" in regeling.voorwaarden[1]
    care = next(r for name, r in all_regelingen() if r.code == "kortdurend_zorgverlof")
    assert re.search(r"minimum wage \(€\s\d+\.\d\d an hour\)", care.en["voorwaarden"][1])


def test_the_json_answer_keeps_dutch_and_adds_english():
    data = {"peildatum": "2026-03-01", "situatie": "geboorte_partner", "uren_per_week": 36, "uitgerekende_datum": "2026-07-01"}
    items = {i["code"]: i for i in answer(parse_question(data))["regelingen"]}
    item = items["geboorteverlof"]
    assert item["naam"] == "Geboorteverlof" and item["betaald_door"] == "werkgever"
    assert item["en"]["naam"] == "Geboorteverlof (birth leave)" and item["en"]["betaald_door"] == "your employer"
    assert set(item["en"]) == {"naam", "betaald_door", "voorwaarden", "cao", "uitleg"}
    assert len(item["en"]["voorwaarden"]) == len(item["voorwaarden"])
    letter = items["aanvullend_geboorteverlof"]["brief"]
    assert "Beste werkgever" in letter and "Datum: 1 maart 2026" in letter  # letters stay Dutch


def test_in_language_puts_english_in_the_fields():
    regeling = Regeling(code="x", naam=Tekst("Geboorteverlof", "Geboorteverlof (birth leave)"), voorwaarden=[Tekst("Ja.", "Yes.")], uitleg="")
    assert regeling.naam == "Geboorteverlof" and regeling.voorwaarden == ["Ja."]
    english = regeling.in_language("en")
    assert english.naam == "Geboorteverlof (birth leave)" and english.voorwaarden == ["Yes."] and english.code == "x"
    assert regeling.in_language("nl") is regeling


def test_tekst_joins_per_language():
    joined = Tekst("a", "b") + "." + Tekst("c", "d")
    assert joined == Tekst("a.c", "b.d") and str(joined) == "a.c"


def test_dates_and_money_per_language():
    day = datetime.date(2026, 3, 3)
    assert (date_text(day, "nl"), date_text(day, "en")) == ("3 maart 2026", "3 March 2026")
    assert (money(1234.56, "nl"), money(1234.56, "en")) == ("€\u00a01.234,56", "€\u00a01,234.56")


def test_amount_and_how_much_per_language():
    paid = Regeling(code="aanvullend_geboorteverlof", naam="", uren=180.0, bedrag_per_dag=1128.74, percentage=0.7)
    assert amount_text(paid) == "€\u00a01.128,74 per dag" and amount_text(paid, "en") == "€\u00a01,128.74 a day"
    assert how_much_text(paid) == "180 uur" and how_much_text(paid, "en") == "180 hours"
    unpaid = Regeling(code="langdurend_zorgverlof", naam="", percentage=0.0)
    assert (amount_text(unpaid), amount_text(unpaid, "en")) == ("onbetaald", "unpaid")
    assert (how_much_text(unpaid), how_much_text(unpaid, "en")) == ("zo lang als nodig", "as long as needed")
    pregnancy = Regeling(code="zwangerschaps_en_bevallingsverlof", naam="", dagen=112, weken=16.0, percentage=1.0)
    assert how_much_text(pregnancy, "en") == "112 days (16 weeks)" and amount_text(pregnancy, "en") == "100% of your pay"


def test_situations_in_both_languages():
    assert dict(situation_choices("en-gb"))["zwangerschap"] == "You are pregnant"
    assert dict(situation_choices("nl"))["zwangerschap"] == "U bent zwanger"
    for text in SITUATIONS.values():
        assert text.nl and text.en and text.nl != text.en
