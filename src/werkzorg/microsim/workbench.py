"""The reform workbench: find a parameter by its label (Dutch or English, or its law's name), see its values and
sources, and write reforms as short text that fits in a share link.

A reform in a link is a list of changes `path@date=value` (for instance
`wet_inkomstenbelasting_2001.heffingskortingen.inkomensafhankelijke_combinatiekorting.maximum@2026-01-01=4000`) or one
example by name (`voorbeeld:kinderopvang-96`). The link holds the reform itself: no name, no free text, no id of a
stored row. Every change is checked by `reform.parse`, so a wrong path or value is named like in a reform file.
"""

from __future__ import annotations

import dataclasses
import datetime
import re

from openfisca_core.parameters import Parameter, ParameterNode, ParameterScale

from werkzorg.input_errors import FieldError, InputError
from werkzorg.microsim.reform import ReformSpec, parse

#: At most this many reforms run side by side with the baseline, and this many changes each.
MAX_REFORMS = 3
MAX_CHANGES = 20
MAX_QUERY = 80
MAX_HITS = 25
EXAMPLE_PREFIX = "voorbeeld:"
#: Official sources a user may see (the law and official publications; never code repositories or blogs).
OFFICIAL_HOSTS = ("wetten.overheid.nl", "officielebekendmakingen.nl", "belastingdienst.nl", "rijksoverheid.nl", "rijksfinancien.nl", "cbs.nl", "uwv.nl", "svb.nl", "toeslagen.nl", "zoek.officielebekendmakingen.nl")
_CHANGE = re.compile(r"^(?P<path>[a-z0-9_.]+(?:\.brackets\[(?:\*|\d+)\]\.(?:amount|rate|threshold))?)@(?P<date>\d{4}-\d{2}-\d{2})=(?P<value>-?\d{1,12}(?:\.\d{1,8})?|true|false)$")


@dataclasses.dataclass(frozen=True)
class Value:
    start: str
    value: object
    sources: tuple[str, ...]
    provisional: str | None = None


@dataclasses.dataclass(frozen=True)
class Hit:
    """A parameter (or one bracket value of a table) that can be changed."""

    path: str
    label_nl: str
    label_en: str
    law: str
    unit: str
    current: Value | None
    future: tuple[Value, ...]
    #: For a table row: the table's label and the row number; None for a single value.
    table: str | None = None


def _official(reference) -> list[str]:
    """The parts of a reference a user may see: law citations and links to official sites."""
    if not reference:
        return []
    if isinstance(reference, list):
        return [text for item in reference for text in _official(item)]
    if isinstance(reference, dict):
        href = str(reference.get("href") or "")
        title = str(reference.get("title") or "")
        if href and any(host in href for host in OFFICIAL_HOSTS):
            return [f"{title} — {href}" if title else href]
        return []
    # A value's own reference: "Wet IB 2001 art. 8.14a lid 2, versie 1-1-2026 (wetten.overheid.nl/…; copies)": the
    # citation before the parenthesis is the law; what follows are where it was checked (not shown).
    citation = re.split(r" \(|;", str(reference), maxsplit=1)[0].strip()
    return [citation] if citation else []


def _values(parameter: Parameter, year: int) -> tuple[Value | None, tuple[Value, ...]]:
    """The value in force on 1 January of `year` and every later dated value, with their sources."""
    instant = f"{year}-01-01"
    values = sorted(parameter.values_list, key=lambda v: v.instant_str)
    current = None
    future = []
    for v in values:
        meta = v.metadata or {}
        item = Value(v.instant_str, v.value, tuple(_official(meta.get("reference"))), meta.get("provisional"))
        if v.instant_str <= instant:
            current = item
        else:
            future.append(item)
    return current, tuple(future)


def _label(node, fallback: str) -> tuple[str, str]:
    metadata = getattr(node, "metadata", {}) or {}
    nl = (getattr(node, "description", None) or fallback).strip()
    return nl, str(metadata.get("label_en") or nl).strip()


def parameters(year: int) -> list[Hit]:
    """Every changeable value in the parameter tree, with labels, the law's name and values from `year` on."""
    from werkzorg.model import tax_benefit_system

    hits: list[Hit] = []
    root = tax_benefit_system().parameters
    for law_name, law in root.children.items():
        law_label = re.split(r" \(|,", (getattr(law, "description", None) or law_name).strip(), maxsplit=1)[0]
        _walk(law, law_name, law_label, year, hits)
    return hits


def _walk(node, path: str, law: str, year: int, hits: list[Hit]) -> None:
    if isinstance(node, Parameter):
        nl, en = _label(node, path.rsplit(".", 1)[-1].replace("_", " "))
        current, future = _values(node, year)
        hits.append(Hit(path, nl, en, law, str((node.metadata or {}).get("unit", "")), current, future))
    elif isinstance(node, ParameterScale):
        nl, en = _label(node, path.rsplit(".", 1)[-1].replace("_", " "))
        for i, bracket in enumerate(node.brackets):
            for kind in ("threshold", "amount", "rate"):
                parameter = getattr(bracket, kind, None)
                if isinstance(parameter, Parameter):
                    current, future = _values(parameter, year)
                    hits.append(Hit(f"{path}.brackets[{i}].{kind}", f"{nl}, rij {i + 1}: {_KIND_NL[kind]}", f"{en}, row {i + 1}: {kind}", law, "", current, future, table=nl))
    elif isinstance(node, ParameterNode):
        for name, child in node.children.items():
            _walk(child, f"{path}.{name}", law, year, hits)


_KIND_NL = {"threshold": "grens", "amount": "bedrag", "rate": "percentage"}


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^0-9a-zà-ÿ]+", text.lower()) if w]


def search(query: str, year: int, limit: int = MAX_HITS) -> list[Hit]:
    """Parameters whose Dutch or English label, law name or path contains every word of the query."""
    words = _words(query[:MAX_QUERY])
    if not words:
        return []
    found = []
    for hit in parameters(year):
        haystack = " ".join((hit.label_nl, hit.label_en, hit.law, hit.path.replace("_", " "), hit.path)).lower()
        if all(word in haystack for word in words):
            found.append(hit)
    return found[:limit]


def change_text(path: str, date: str, value: object) -> str:
    """One change as it stands in a link: path@date=value."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = format(float(value), "f").rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
    return f"{path}@{date}={text}"


def _value(text: str):
    if text in ("true", "false"):
        return text == "true"
    number = float(text)
    return int(number) if re.fullmatch(r"-?\d+", text) else number


def reform_from_link(items: list[str], number: int, examples: dict[str, ReformSpec]) -> ReformSpec | None:
    """Reform `number` (1..MAX_REFORMS) from its link items; None when it has none. InputError names the field."""
    field = f"r{number}"
    items = [item.strip() for item in items if item.strip()]
    if not items:
        return None
    if len(items) > MAX_CHANGES:
        raise InputError([FieldError(field, f"te veel wijzigingen: hoogstens {MAX_CHANGES}", f"too many changes: at most {MAX_CHANGES}")])
    if items[0].startswith(EXAMPLE_PREFIX):
        name = items[0][len(EXAMPLE_PREFIX) :]
        if len(items) > 1 or name not in examples:
            raise InputError([FieldError(field, "kies een voorbeeld uit de lijst, zonder andere wijzigingen", "choose an example from the list, without other changes")])
        return dataclasses.replace(examples[name], name=name)
    parameters: dict[str, dict[str, object]] = {}
    errors = []
    for item in items:
        match = _CHANGE.match(item)
        if match is None:
            errors.append(FieldError(field, f"geen geldige wijziging: {item[:120]!r} (verwacht pad@2026-01-01=getal)", f"not a valid change: {item[:120]!r} (expected path@2026-01-01=number)"))
            continue
        try:
            datetime.date.fromisoformat(match["date"])
        except ValueError:
            errors.append(FieldError(field, f"geen geldige datum: {match['date']}", f"not a valid date: {match['date']}"))
            continue
        parameters.setdefault(match["path"], {})[match["date"]] = _value(match["value"])
    if errors:
        raise InputError(errors)
    try:
        return parse({"naam": f"hervorming-{number}", "parameters": parameters}, field)
    except InputError as error:
        raise InputError([FieldError(f"{field}.{e.field}", e.message_nl, e.message_en) for e in error.errors]) from None


def reforms_from_link(query: dict[str, list[str]], examples: dict[str, ReformSpec]) -> list[ReformSpec]:
    """Up to MAX_REFORMS reforms from a link's r1, r2, r3 (each a list of changes or one example)."""
    found, errors = [], []
    for number in range(1, MAX_REFORMS + 1):
        try:
            spec = reform_from_link(list(query.get(f"r{number}", [])), number, examples)
        except InputError as error:
            errors += error.errors
            continue
        if spec is not None:
            if spec.name in [s.name for s in found]:  # the same example twice: columns need their own names
                spec = dataclasses.replace(spec, name=f"{spec.name}-{number}")
            found.append(spec)
    if errors:
        raise InputError(errors)
    return found


def after_year(spec: ReformSpec, year: int) -> list[str]:
    """Changes that start after the simulated year (they cannot change a run of `year`)."""
    return [path for path, start, _ in spec.parameters if int(start[:4]) > year]
