"""The questionnaire as content: themes, questions, answer scales, levels and tips, in one version.

Versions live as JSON files in `vragenlijsten/` (seeded into the database by `manage.py scan_laden`); the database
copy is what editors change in the admin. Both become the same `Questionnaire` object, which scoring uses.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

FIXTURES = Path(__file__).parent / "vragenlijsten"
TIP_KINDS = ("snel", "structureel")


@dataclasses.dataclass(frozen=True)
class Option:
    code: str
    tekst: str
    score: int
    weet_niet: bool = False


@dataclasses.dataclass(frozen=True)
class Scale:
    code: str
    naam: str
    opties: tuple[Option, ...]

    @property
    def maximum(self) -> int:
        return max(o.score for o in self.opties)

    def option(self, code: str) -> Option | None:
        return next((o for o in self.opties if o.code == code), None)


@dataclasses.dataclass(frozen=True)
class Question:
    code: str
    tekst: str
    schaal: Scale
    omgekeerd: bool = False
    toelichting: str = ""


@dataclasses.dataclass(frozen=True)
class Level:
    code: str
    naam: str
    vanaf: int
    betekenis: str


@dataclasses.dataclass(frozen=True)
class Theme:
    code: str
    naam: str
    uitleg: str
    vragen: tuple[Question, ...]
    #: tips[level code][kind] -> list of texts; kind is "snel" (quick win) or "structureel"
    tips: dict[str, dict[str, tuple[str, ...]]]


@dataclasses.dataclass(frozen=True)
class Questionnaire:
    versie: str
    titel: str
    inleiding: str
    niveaus: tuple[Level, ...]
    themas: tuple[Theme, ...]

    def questions(self) -> list[Question]:
        return [q for t in self.themas for q in t.vragen]

    def question(self, code: str) -> Question | None:
        return next((q for q in self.questions() if q.code == code), None)

    def level(self, score: float) -> Level:
        ordered = sorted(self.niveaus, key=lambda level: level.vanaf)
        found = ordered[0]
        for level in ordered:
            if score >= level.vanaf:
                found = level
        return found


def _text(item: dict, key: str, language: str) -> str:
    """The text in the language asked for: `key_en` for English when it is filled in, else the Dutch `key`."""
    if language.startswith("en") and item.get(f"{key}_en"):
        return item[f"{key}_en"]
    return item.get(key, "")


def from_dict(data: dict, language: str = "nl") -> Questionnaire:
    """A questionnaire from the JSON form (the fixture file, or `to_dict` of the database copy), with its texts in
    `language` ("nl", or "en" where English texts exist; Dutch otherwise). Codes and points never depend on it."""
    lang = language or "nl"
    scales = {
        s["code"]: Scale(s["code"], _text(s, "naam", lang), tuple(Option(o["code"], _text(o, "tekst", lang), int(o["score"]), bool(o.get("weet_niet", False))) for o in s["opties"]))
        for s in data["schalen"]
    }
    themes = []
    for t in data["themas"]:
        questions = tuple(Question(q["code"], _text(q, "tekst", lang), scales[q["schaal"]], bool(q.get("omgekeerd", False)), _text(q, "toelichting", lang)) for q in t["vragen"])
        dutch = t.get("tips", {})
        english = t.get("tips_en", {}) if lang.startswith("en") else {}
        tips = {}
        for level, texts in dutch.items():
            tips[level] = {}
            for kind in TIP_KINDS:
                nl_texts = list(texts.get(kind, ()))
                en_texts = list(english.get(level, {}).get(kind, ()))
                tips[level][kind] = tuple((en_texts[i] if i < len(en_texts) and en_texts[i] else text) for i, text in enumerate(nl_texts))
        themes.append(Theme(t["code"], _text(t, "naam", lang), _text(t, "uitleg", lang), questions, tips))
    levels = tuple(Level(n["code"], _text(n, "naam", lang), int(n["vanaf"]), _text(n, "betekenis", lang)) for n in data["niveaus"])
    return Questionnaire(data["versie"], _text(data, "titel", lang), _text(data, "inleiding", lang), levels, tuple(themes))


def fixture_files() -> list[Path]:
    return sorted(FIXTURES.glob("*.json"))


def read_fixture(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def load(version: str | None = None, language: str = "nl") -> Questionnaire:
    """A questionnaire version from its fixture file (the newest when no version is given)."""
    files = fixture_files()
    path = files[-1] if version is None else FIXTURES / f"{version}.json"
    return from_dict(read_fixture(path), language)
