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


def from_dict(data: dict) -> Questionnaire:
    """A questionnaire from the JSON form (the fixture file, or `export` of the database copy)."""
    scales = {
        s["code"]: Scale(s["code"], s["naam"], tuple(Option(o["code"], o["tekst"], int(o["score"]), bool(o.get("weet_niet", False))) for o in s["opties"]))
        for s in data["schalen"]
    }
    themes = []
    for t in data["themas"]:
        questions = tuple(Question(q["code"], q["tekst"], scales[q["schaal"]], bool(q.get("omgekeerd", False)), q.get("toelichting", "")) for q in t["vragen"])
        tips = {level: {kind: tuple(texts.get(kind, ())) for kind in TIP_KINDS} for level, texts in t.get("tips", {}).items()}
        themes.append(Theme(t["code"], t["naam"], t.get("uitleg", ""), questions, tips))
    levels = tuple(Level(n["code"], n["naam"], int(n["vanaf"]), n.get("betekenis", "")) for n in data["niveaus"])
    return Questionnaire(data["versie"], data["titel"], data.get("inleiding", ""), levels, tuple(themes))


def fixture_files() -> list[Path]:
    return sorted(FIXTURES.glob("*.json"))


def read_fixture(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def load(version: str | None = None) -> Questionnaire:
    """A questionnaire version from its fixture file (the newest when no version is given)."""
    files = fixture_files()
    path = files[-1] if version is None else FIXTURES / f"{version}.json"
    return from_dict(read_fixture(path))
