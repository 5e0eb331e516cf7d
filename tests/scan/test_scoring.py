"""Scoring of the quick scan, per theme, with the expected numbers worked out by hand from the rules in
werkzorg/scan/scoring.py (theme score = 100 × points ÷ maximum points, half up; every theme has 4 questions on a
0–3 scale, so the maximum is 12)."""

from fractions import Fraction

import pytest

from werkzorg.input_errors import InputError
from werkzorg.scan import benchmark
from werkzorg.scan.content import load
from werkzorg.scan.legal import leave_facts, legal_flags
from werkzorg.scan.scoring import round_half_up, score

Q = load("2026.1")

# Option codes are the points on the scale ("?" = Weet ik niet). On scale S: 0 Helemaal oneens … 3 Helemaal eens.
MIXED = {
    # visie: 3 + 2 + 1 + 0 = 6 of 12 → 50 → Op weg (40 ≤ 50 < 70)
    "Q1": "3", "Q2": "2", "Q3": "1", "Q4": "0",
    # zicht: 3 + 3 + 2 + 0 (Weet ik niet) = 8 of 12 → 66.67 → 67 → Op weg; 1 of 4 unknown (25 %, not more)
    "Q5": "3", "Q6": "3", "Q7": "2", "Q8": "?",
    # verlof: 0 + 1 + 0 + 0 = 1 of 12 → 8.33 → 8 → Startend; Q9 = 0 → legal flag "verlofinformatie"
    "Q9": "0", "Q10": "1", "Q11": "0", "Q12": "0",
    # flexibiliteit: 3 + 3 + 3 + 3 = 12 of 12 → 100 → Zorgvriendelijk
    "Q13": "3", "Q14": "3", "Q15": "3", "Q16": "3",
    # leidinggevenden: 0 (?) + 0 (?) + 1 + 2 = 3 of 12 → 25 → Startend; 2 of 4 unknown (50 % > 25 %) → signal
    "Q17": "?", "Q18": "?", "Q19": "1", "Q20": "2",
    # cultuur: Q21 and Q22 reversed: Helemaal eens (3) → 3 − 3 = 0, Oneens (1) → 3 − 1 = 2; then Eens 2, Helemaal eens 3
    #          0 + 2 + 2 + 3 = 7 of 12 → 58.33 → 58 → Op weg
    "Q21": "3", "Q22": "1", "Q23": "2", "Q24": "3",
    # ondersteuning: 2 + 2 + 1 + 1 = 6 of 12 → 50 → Op weg
    "Q25": "2", "Q26": "2", "Q27": "1", "Q28": "1",
    # gelijke_kansen: 3 + 0 + 3 + 3 = 9 of 12 → 75 → Zorgvriendelijk; Q30 = 0 → legal flag "gelijke_behandeling"
    "Q29": "3", "Q30": "0", "Q31": "3", "Q32": "3",
}
EXPECTED = {"visie": (50, "op_weg"), "zicht": (67, "op_weg"), "verlof": (8, "startend"), "flexibiliteit": (100, "zorgvriendelijk"),
            "leidinggevenden": (25, "startend"), "cultuur": (58, "op_weg"), "ondersteuning": (50, "op_weg"), "gelijke_kansen": (75, "zorgvriendelijk")}


def mixed_report(size="50-249", answers=MIXED):
    return score(Q, answers, legal_flags(Q, answers, size))


@pytest.mark.parametrize("theme", list(EXPECTED))
def test_score_and_level_per_theme(theme):
    result = mixed_report().theme(theme)
    assert (result.score, result.level.code) == EXPECTED[theme]


def test_points_per_question_reverse_and_unknown():
    report = mixed_report()
    assert report.theme("cultuur").points == {"Q21": 0, "Q22": 2, "Q23": 2, "Q24": 3}
    assert report.theme("zicht").unknown == 1 and report.theme("zicht").points["Q8"] == 0
    assert report.theme("leidinggevenden").unknown == 2


def test_total_is_the_mean_of_the_themes():
    # (50 + 67 + 8 + 100 + 25 + 58 + 50 + 75) / 8 = 433 / 8 = 54.125 → 54 → Op weg
    report = mixed_report()
    assert report.total == 54 and report.level.code == "op_weg"


def test_improvements_put_legal_flags_first_then_the_lowest():
    # flagged: verlof (8) and gelijke_kansen (75), in score order; then the lowest other theme: leidinggevenden (25)
    report = mixed_report()
    assert [i.result.code for i in report.improvements] == ["verlof", "gelijke_kansen", "leidinggevenden"]
    verlof = report.improvements[0]
    assert verlof.snel == Q.themas[2].tips["startend"]["snel"] and verlof.structureel == Q.themas[2].tips["startend"]["structureel"]
    assert report.improvements[1].snel == Q.themas[7].tips["zorgvriendelijk"]["snel"]


def test_strengths_are_the_two_highest_other_themes():
    # not improvements and at least 40: visie 50, zicht 67, flexibiliteit 100, cultuur 58, ondersteuning 50
    assert [t.code for t in mixed_report().strengths] == ["flexibiliteit", "zicht"]


def test_flags():
    report = mixed_report()
    assert [(f.code, f.theme, f.questions) for f in report.flags if f.legal] == [("verlofinformatie", "verlof", ("Q9",)), ("gelijke_behandeling", "gelijke_kansen", ("Q30",))]
    signals = [(f.code, f.theme, f.params.get("aantal")) for f in report.flags if not f.legal]
    assert signals == [("onvoldoende_zicht", "leidinggevenden", 2)]


def test_flexible_work_flag_depends_on_size_class():
    answers = {**MIXED, "Q13": "0"}  # flexibiliteit becomes 0 + 3 + 3 + 3 = 9 of 12 → 75
    facts = leave_facts()
    # Wfw art. 2: the law applies from 10 employees (parameter wet_flexibel_werken.min_werknemers)
    assert facts["wfw_min_werknemers"] == 10
    big = [f for f in mixed_report("10-49", answers).flags if f.theme == "flexibiliteit"]
    small = [f for f in mixed_report("1-9", answers).flags if f.theme == "flexibiliteit"]
    assert [(f.code, f.questions) for f in big] == [("wet_flexibel_werken", ("Q13",))]
    assert [f.code for f in small] == ["flexibel_werken_klein"]
    assert mixed_report("10-49", answers).theme("flexibiliteit").score == 75


def test_leave_facts_come_from_the_parameters():
    facts = leave_facts()
    # Wazo art. 5:1 (2 × weekly hours, at least 70 %), 5:9 (6 × weekly hours), per 12 months
    assert (facts["kortdurend_maal"], facts["kortdurend_procent"], facts["langdurend_maal"], facts["periode_maanden"]) == (2, 70, 6, 12)


def test_everything_arranged():
    best = {q.code: str(q.schaal.maximum if not q.omgekeerd else 0) for q in Q.questions()}
    report = score(Q, best, legal_flags(Q, best, "250+"))
    assert report.total == 100 and report.improvements == ()
    assert [t.code for t in report.strengths] == ["visie", "zicht"]  # all 100: questionnaire order
    assert [f.code for f in report.flags] == ["klaar_voor_erkenning"]


def test_missing_and_unknown_answers_name_the_question():
    answers = dict(MIXED)
    del answers["Q7"]
    answers["Q21"] = "?"  # scale S has no "Weet ik niet"
    with pytest.raises(InputError) as error:
        score(Q, answers)
    assert [e.field for e in error.value.errors] == ["Q7", "Q21"]
    assert "Helpt u medewerkers zichzelf te herkennen als mantelzorger" in error.value.errors[0].message_nl


def test_round_half_up():
    assert round_half_up(Fraction(125, 2)) == 63  # 62.5 → 63
    assert round_half_up(Fraction(100, 12)) == 8  # 8.33 → 8
    assert round_half_up(Fraction(800, 12)) == 67  # 66.67 → 67


def test_benchmark_needs_ten_others_and_shows_only_means():
    others = [{"visie": 10 * i, "zicht": 50} for i in range(9)]
    assert benchmark.compare(others) is None
    others.append({"visie": 90, "zicht": 50, "verlof": 40})
    result = benchmark.compare(others)
    # visie: (0 + 10 + … + 80 + 90) / 10 = 450 / 10 = 45 (a multiple of 5); verlof has only 1 score (< 10): left out
    assert result.count == 10 and result.means == {"visie": 45, "zicht": 50}
    assert (result.position("visie", 50), result.position("zicht", 50), result.position("visie", 20), result.position("verlof", 20)) == ("hoger", "gelijk", "lager", None)


def test_benchmark_is_coarse_so_one_new_submission_cannot_be_worked_out():
    ten = [{"visie": 41} for _ in range(10)]
    # mean 41 → rounded to the nearest multiple of 5: 41 / 5 = 8.2 → 8 → 40
    assert benchmark.compare(ten).means == {"visie": 40}
    # one more submission of 60: mean (410 + 60) / 11 = 42.73 → 42.73 / 5 = 8.55 → 9 → 45; count shown stays "at least 10"
    eleven = benchmark.compare(ten + [{"visie": 60}])
    assert eleven.means == {"visie": 45} and eleven.count_shown == 10
    assert benchmark.compare(ten * 2 + [{"visie": 1}]).count_shown == 20  # 21 → 20
