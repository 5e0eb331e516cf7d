"""From answers to a report: a score 0–100 and a level per theme, strengths, the three improvements to make first.

Rules (documented in docs/scan.md, hand-computed in tests/scan/test_scoring.py):
- An answer scores its option's points; a reversed question (omgekeerd) scores maximum − points. "Weet ik niet"
  scores 0 in either direction and is counted as not known.
- Theme score = 100 × (sum of points) ÷ (sum of the scales' maximums), rounded half up to a whole number.
- Level = the highest level whose `vanaf` is at most the theme score.
- Total = the unweighted mean of the theme scores, rounded half up.
- Improvements: themes below 100, those with a legal flag first, then the lowest score, then questionnaire order;
  the first three, each with the tips for its level. Strengths: the two highest themes at or above the second
  level's threshold that are not improvements.
"""

from __future__ import annotations

import dataclasses
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from werkzorg.input_errors import FieldError, InputError
from werkzorg.scan.content import Level, Questionnaire, Theme

#: A theme where more than this share of answers is "Weet ik niet" gets the signal "onvoldoende zicht".
UNKNOWN_SHARE = Fraction(1, 4)
#: Themes that match the three criteria of the recognition "Wij werken mantelzorgvriendelijk" (Werk&Mantelzorg).
RECOGNITION_THEMES = ("zicht", "verlof", "leidinggevenden")


def round_half_up(value: Fraction | float) -> int:
    if isinstance(value, Fraction):
        # exact: half up on the fraction itself (no binary rounding error)
        return int((2 * value.numerator + value.denominator) // (2 * value.denominator))
    return int(Decimal(repr(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclasses.dataclass(frozen=True)
class ThemeResult:
    theme: Theme
    score: int
    level: Level
    points: dict[str, int]
    unknown: int

    @property
    def code(self) -> str:
        return self.theme.code

    @property
    def naam(self) -> str:
        return self.theme.naam


@dataclasses.dataclass(frozen=True)
class Improvement:
    result: ThemeResult
    snel: tuple[str, ...]
    structureel: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class Flag:
    """A signal on the report. `code` selects the text (the web pages translate it); `params` fills it in."""

    code: str
    legal: bool
    theme: str
    questions: tuple[str, ...] = ()
    params: dict = dataclasses.field(default_factory=dict)
    sources: tuple[str, ...] = ()
    #: The articles of law the flag rests on (Dutch labels, marked for translation in `scan.legal`).
    articles: tuple[str, ...] = ()
    #: True when the respondent answered "Weet ik niet": the text then says what to find out, never "U gaf aan …".
    onbekend: bool = False


@dataclasses.dataclass(frozen=True)
class Report:
    questionnaire: Questionnaire
    themes: tuple[ThemeResult, ...]
    total: int
    level: Level
    strengths: tuple[ThemeResult, ...]
    improvements: tuple[Improvement, ...]
    flags: tuple[Flag, ...]

    def theme(self, code: str) -> ThemeResult | None:
        return next((t for t in self.themes if t.code == code), None)

    def scores(self) -> dict[str, int]:
        return {t.code: t.score for t in self.themes}


def check_answers(questionnaire: Questionnaire, answers: dict[str, str], questions=None) -> None:
    """Raise InputError naming every question without a (valid) answer."""
    problems = []
    for number, question in enumerate(questions if questions is not None else questionnaire.questions(), start=1):
        value = answers.get(question.code)
        if value in (None, ""):
            problems.append(FieldError(question.code, f"kies een antwoord bij de vraag '{question.tekst}'", f"choose an answer to the question '{question.tekst}'"))
        elif question.schaal.option(str(value)) is None:
            problems.append(FieldError(question.code, f"dit antwoord bestaat niet bij de vraag '{question.tekst}'", f"this answer does not exist for the question '{question.tekst}'"))
    if problems:
        raise InputError(problems)


def question_points(question, option_code: str) -> tuple[int, bool]:
    option = question.schaal.option(option_code)
    if option is None:
        raise InputError([FieldError(question.code, f"dit antwoord bestaat niet bij de vraag '{question.tekst}'", f"this answer does not exist for the question '{question.tekst}'")])
    if option.weet_niet:
        return 0, True
    return (question.schaal.maximum - option.score if question.omgekeerd else option.score), False


def score_theme(questionnaire: Questionnaire, theme: Theme, answers: dict[str, str]) -> ThemeResult:
    points, unknown, maximum = {}, 0, 0
    for question in theme.vragen:
        value, not_known = question_points(question, answers[question.code])
        points[question.code] = value
        unknown += not_known
        maximum += question.schaal.maximum
    score = round_half_up(Fraction(100 * sum(points.values()), maximum)) if maximum else 0
    return ThemeResult(theme, score, questionnaire.level(score), points, unknown)


def improvements(questionnaire: Questionnaire, themes: list[ThemeResult], flags: list[Flag], count: int = 3) -> list[Improvement]:
    flagged = {f.theme for f in flags if f.legal}
    order = {t.code: i for i, t in enumerate(questionnaire.themas)}
    candidates = sorted((t for t in themes if t.score < 100), key=lambda t: (t.code not in flagged, t.score, order[t.code]))
    found = []
    for result in candidates[:count]:
        tips = result.theme.tips.get(result.level.code, {})
        found.append(Improvement(result, tuple(tips.get("snel", ())), tuple(tips.get("structureel", ()))))
    return found


def strengths(questionnaire: Questionnaire, themes: list[ThemeResult], exclude: set[str], count: int = 2) -> list[ThemeResult]:
    levels = sorted(questionnaire.niveaus, key=lambda level: level.vanaf)
    threshold = levels[1].vanaf if len(levels) > 1 else 0
    order = {t.code: i for i, t in enumerate(questionnaire.themas)}
    good = [t for t in themes if t.score >= threshold and t.code not in exclude]
    return sorted(good, key=lambda t: (-t.score, order[t.code]))[:count]


def signals(themes: list[ThemeResult]) -> list[Flag]:
    """Signals that are not legal: too many "Weet ik niet", and ready for the recognition."""
    found = []
    for result in themes:
        answered = len(result.theme.vragen)
        if answered and Fraction(result.unknown, answered) > UNKNOWN_SHARE:
            found.append(Flag("onvoldoende_zicht", False, result.code, params={"aantal": result.unknown, "van": answered, "thema": result.naam}))
    by_code = {t.code: t for t in themes}
    if all(code in by_code for code in RECOGNITION_THEMES) and all(by_code[c].level.code == "zorgvriendelijk" for c in RECOGNITION_THEMES):
        found.append(Flag("klaar_voor_erkenning", False, "", sources=("https://www.werkenmantelzorg.nl/",)))
    return found


def score(questionnaire: Questionnaire, answers: dict[str, str], legal_flags: list[Flag] | None = None) -> Report:
    """The report for complete answers ({question code: option code}); `legal_flags` come from `scan.legal`."""
    check_answers(questionnaire, answers)
    themes = [score_theme(questionnaire, theme, answers) for theme in questionnaire.themas]
    flags = list(legal_flags or []) + signals(themes)
    todo = improvements(questionnaire, themes, flags)
    good = strengths(questionnaire, themes, {i.result.code for i in todo})
    total = round_half_up(Fraction(sum(t.score for t in themes), len(themes))) if themes else 0
    return Report(questionnaire, tuple(themes), total, questionnaire.level(total), tuple(good), tuple(todo), tuple(flags))
