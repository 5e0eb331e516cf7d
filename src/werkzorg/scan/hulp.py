"""Help near the carer: the gemeente (whose Wmo desk supports carers) found by name or CBS code, from the CBS list of
gemeenten shipped with the app (`data/gemeenten-<year>.json`, with its reference date and source).

Source: CBS, "Gemeentelijke indeling op 1 januari 2026" (file "Gemeenten alfabetisch 2026": 342 gemeenten, with
GM code, name and province). Refresh with `manage.py hulp_vernieuwen <file.csv>` from the CBS file saved as CSV.

Not shipped: a 4-digit postcode → gemeente table (no official PC4 register file was found in a source we can use),
and each gemeente's own Wmo page (the report points to the Register van Overheidsorganisaties for contact data).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import unicodedata
from pathlib import Path

DATA = Path(__file__).parent / "data"
#: The Register van Overheidsorganisaties: every gemeente with its address, telephone number and website.
REGISTER = "https://organisaties.overheid.nl/Gemeenten/"
#: Names people use that differ from the CBS name.
ALIASES = {"den haag": "GM0518", "the hague": "GM0518"}
#: The CBS file's columns, in order: Gemeentecode, GemeentecodeGM, Gemeentenaam, Provinciecode, ProvinciecodePV, Provincienaam.
CBS_COLUMNS = ("Gemeentecode", "GemeentecodeGM", "Gemeentenaam", "Provinciecode", "ProvinciecodePV", "Provincienaam")


@dataclasses.dataclass(frozen=True)
class Gemeente:
    code: str
    naam: str
    provincie: str


@dataclasses.dataclass(frozen=True)
class Register:
    peildatum: str
    bron: str
    bron_url: str
    gemeenten: tuple[Gemeente, ...]

    def by_code(self, code: str) -> Gemeente | None:
        code = code.strip().upper()
        if code.isdigit():
            code = "GM" + code.zfill(4)
        return next((g for g in self.gemeenten if g.code == code), None)

    def find(self, query: str) -> list[Gemeente]:
        """Gemeenten matching a name (case, accents and the CBS suffix such as "(L.)" ignored) or a code."""
        query = (query or "").strip()[:80]
        if not query:
            return []
        found = self.by_code(query) if query.upper().startswith("GM") or query.isdigit() else None
        if found:
            return [found]
        key = normalise(query)
        if key in ALIASES:
            return [self.by_code(ALIASES[key])]
        exact = [g for g in self.gemeenten if normalise(g.naam) == key]
        return exact or [g for g in self.gemeenten if normalise(_bare(g.naam)) == key]


def normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().replace("-", " ").split())


def _bare(name: str) -> str:
    """"Bergen (NH.)" → "Bergen": the CBS adds the province to names that occur twice."""
    return name.split(" (")[0]


def files() -> list[Path]:
    return sorted(DATA.glob("gemeenten-*.json"))


@functools.cache
def load(path: Path | None = None) -> Register:
    """The newest shipped list (or the given file)."""
    path = path or files()[-1]
    data = json.loads(path.read_text(encoding="utf-8"))
    gemeenten = tuple(Gemeente(g["code"], g["naam"], g["provincie"]) for g in data["gemeenten"])
    return Register(data["peildatum"], data["bron"], data["bron_url"], gemeenten)


def from_cbs_rows(rows: list[list[str]]) -> list[dict]:
    """The gemeenten from the rows of the CBS file "Gemeenten alfabetisch <year>" (header and notes skipped):
    rows whose first column is the numeric code and whose second is the GM code."""
    found = []
    for row in rows:
        cells = [c.strip() for c in row]
        if len(cells) >= 6 and cells[0].isdigit() and cells[1].startswith("GM"):
            found.append({"code": cells[1], "naam": cells[2], "provincie": cells[5]})
    if not found:
        raise ValueError("geen regels met een gemeentecode (GM…) gevonden; is dit het CBS-bestand 'Gemeenten alfabetisch'?")
    codes = [g["code"] for g in found]
    if len(set(codes)) != len(codes):
        raise ValueError("een gemeentecode komt twee keer voor")
    return found
