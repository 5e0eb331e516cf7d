"""Check an OpenFisca situation before it reaches the engine, so bad input gets one clear message naming the field.

The engine's own errors are correct but technical (a stack of KeyErrors or a NumPy cast error). `check_situation`
finds the first problem and raises `SituationError` with the field's path, a Dutch message and an English one.
It also normalises what people write: a plain value instead of `{period: value}`, and `leeftijd` instead of
`geboortedatum`.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import math
import re
from typing import Any

from openfisca_core.indexed_enums import Enum

from werkzorg.model import YEARS, tax_benefit_system

ENTITY_KEYS = {"personen": "persoon", "huishoudens": "huishouden"}
ROLES = {"partners": 2, "kinderen": None}
NON_NEGATIVE_UNITS = {"currency-EUR", "hour"}
MAXIMUM = {"uren_per_week": 168.0, "kinderopvang_uren_per_maand": 744.0}
#: Top-level keys the CLI adds to its output; accepted on input so output can be fed back in.
RESERVED_KEYS = {"voorlopig"}


@dataclasses.dataclass
class SituationError(Exception):
    """Bad input: `field` is the path of the offending value, e.g. `personen.anna.uren_per_week.2025`."""

    field: str
    message_nl: str
    message_en: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message_nl} ({self.message_en})"


@dataclasses.dataclass
class CheckedSituation:
    situation: dict[str, Any]
    years: list[int]
    #: (plural, entity id, variable, period) for each value to compute (given as null)
    requested: list[tuple[str, str, str, str]]


def _fail(field: str, nl: str, en: str) -> None:
    raise SituationError(field, nl, en)


def _year_of(period: str, field: str) -> int:
    match = re.fullmatch(r"(\d{4})(-\d{2})?(-\d{2})?", str(period))
    if match is None:
        _fail(field, f"'{period}' is geen periode; gebruik een jaar zoals 2026", f"'{period}' is not a period; use a year such as 2026")
    year = int(match.group(1))
    if year not in YEARS:
        years = ", ".join(str(y) for y in YEARS)
        _fail(field, f"het jaar {year} valt buiten het model (jaren: {years})", f"the year {year} is not covered by the model (years: {years})")
    return year


def _check_value(variable, value: Any, field: str) -> Any:
    """The value converted to what the engine expects, or a SituationError."""
    if value is None:
        return None
    if variable.value_type is bool:
        if not isinstance(value, bool):
            _fail(field, "verwacht ja of nee (true of false)", "expected true or false")
        return value
    if variable.value_type in (float, int):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            _fail(field, f"verwacht een getal, niet {value!r}", f"expected a number, not {value!r}")
        if not math.isfinite(value):
            _fail(field, "verwacht een eindig getal", "expected a finite number")
        if variable.unit in NON_NEGATIVE_UNITS and value < 0:
            _fail(field, "mag niet negatief zijn", "must not be negative")
        maximum = MAXIMUM.get(variable.name)
        if maximum is not None and value > maximum:
            _fail(field, f"is meer dan het maximum van {maximum:g}", f"is more than the maximum of {maximum:g}")
        return value
    if variable.value_type is datetime.date:
        try:
            return datetime.date.fromisoformat(str(value)).isoformat()
        except ValueError:
            _fail(field, f"verwacht een datum als 2020-05-31, niet {value!r}", f"expected a date like 2020-05-31, not {value!r}")
    if variable.value_type is Enum:
        names = [item.name for item in variable.possible_values]
        if value not in names:
            _fail(field, f"kies uit {', '.join(names)}", f"choose one of {', '.join(names)}")
        return value
    return value


def _check_entity(plural: str, entity_id: str, data: Any, default_year: int | None, requested: list, years: set) -> dict:
    system = tax_benefit_system()
    path = f"{plural}.{entity_id}"
    if not isinstance(data, dict):
        _fail(path, "verwacht een object met variabelen", "expected an object of variables")
    checked: dict[str, Any] = {}
    for name, values in data.items():
        field = f"{path}.{name}"
        if plural == "huishoudens" and name in ROLES:
            checked[name] = values
            continue
        if plural == "personen" and name == "leeftijd" and "geboortedatum" not in data:
            name, values = "geboortedatum", _age_to_birth_date(values, field, default_year)
            field = f"{path}.geboortedatum"
        variable = system.variables.get(name)
        if variable is None:
            _fail(field, f"onbekende variabele '{name}'", f"unknown variable '{name}'")
        if variable.entity.key != ENTITY_KEYS[plural]:
            _fail(field, f"'{name}' hoort bij {variable.entity.plural}, niet bij {plural}", f"'{name}' belongs to {variable.entity.plural}, not {plural}")
        if variable.definition_period == "eternity":
            checked[name] = {"ETERNITY": _check_value(variable, _eternal_value(values), field)}
            continue
        if not isinstance(values, dict):
            if default_year is None:
                _fail(field, "geef een jaar, zoals {\"2026\": ...}", "give a year, such as {\"2026\": ...}")
            values = {str(default_year): values}
        periods = {}
        for period, value in values.items():
            years.add(_year_of(period, f"{field}.{period}"))
            periods[str(period)] = _check_value(variable, value, f"{field}.{period}")
            if value is None:
                requested.append((plural, entity_id, name, str(period)))
        checked[name] = periods
    return checked


def _eternal_value(values: Any) -> Any:
    if isinstance(values, dict):
        return values.get("ETERNITY", next(iter(values.values()), None))
    return values


def _age_to_birth_date(values: Any, field: str, default_year: int | None) -> str:
    """`leeftijd: 34` in year Y becomes a birth date of 1 January Y−34, so the person is 34 throughout Y."""
    if isinstance(values, dict):
        if len(values) != 1:
            _fail(field, "geef de leeftijd voor één jaar", "give the age for one year")
        (period, age), = values.items()
        year = _year_of(period, f"{field}.{period}")
    else:
        age, year = values, default_year
        if year is None:
            _fail(field, "geef een jaar bij de leeftijd of gebruik geboortedatum", "give a year with the age, or use geboortedatum")
    if isinstance(age, bool) or not isinstance(age, int) or not 0 <= age <= 120:
        _fail(field, "verwacht een leeftijd in hele jaren (0 tot 120)", "expected an age in whole years (0 to 120)")
    return datetime.date(year - age, 1, 1).isoformat()


def check_situation(situation: Any, default_year: int | None = None) -> CheckedSituation:
    """Validate and normalise an OpenFisca situation; raise SituationError naming the first bad field."""
    if not isinstance(situation, dict):
        _fail("(situatie)", "verwacht een JSON-object met personen en huishoudens", "expected a JSON object with personen and huishoudens")
    for key in situation:
        if key not in ENTITY_KEYS and key not in RESERVED_KEYS:
            _fail(key, f"onbekend onderdeel '{key}'; gebruik personen en huishoudens", f"unknown section '{key}'; use personen and huishoudens")
    personen = situation.get("personen")
    if not isinstance(personen, dict) or not personen:
        _fail("personen", "geef ten minste één persoon", "give at least one person")
    huishoudens = situation.get("huishoudens")
    if not isinstance(huishoudens, dict) or not huishoudens:
        _fail("huishoudens", "geef ten minste één huishouden", "give at least one household")

    years: set[int] = set()
    if default_year is None:
        default_year = _single_year(situation)
    requested: list = []
    checked = {
        "personen": {pid: _check_entity("personen", pid, data, default_year, requested, years) for pid, data in personen.items()},
        "huishoudens": {hid: _check_entity("huishoudens", hid, data, default_year, requested, years) for hid, data in huishoudens.items()},
    }
    _check_roles(checked)
    if default_year is not None:
        years.add(default_year)
    return CheckedSituation(copy.deepcopy(checked), sorted(years), requested)


def _single_year(situation: dict) -> int | None:
    found = set()
    for plural in ENTITY_KEYS:
        for data in (situation.get(plural) or {}).values():
            for values in (data.values() if isinstance(data, dict) else []):
                if isinstance(values, dict):
                    found.update(str(p)[:4] for p in values if re.fullmatch(r"\d{4}.*", str(p)))
    return int(found.pop()) if len(found) == 1 else None


def _check_roles(checked: dict) -> None:
    seen: dict[str, str] = {}
    for hid, household in checked["huishoudens"].items():
        for role, maximum in ROLES.items():
            members = household.get(role, [])
            field = f"huishoudens.{hid}.{role}"
            if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
                _fail(field, "verwacht een lijst met namen van personen", "expected a list of person names")
            if maximum is not None and len(members) > maximum:
                _fail(field, f"een huishouden heeft ten hoogste {maximum} partners, niet {len(members)}", f"a household has at most {maximum} partners, not {len(members)}")
            for member in members:
                if member not in checked["personen"]:
                    _fail(field, f"'{member}' staat niet bij personen", f"'{member}' is not listed under personen")
                if member in seen:
                    _fail(field, f"'{member}' staat al in huishouden '{seen[member]}'", f"'{member}' is already in household '{seen[member]}'")
                seen[member] = hid
        if not household.get("partners"):
            _fail(f"huishoudens.{hid}.partners", "geef ten minste één partner (de aanvrager)", "give at least one partner (the applicant)")
    for pid in checked["personen"]:
        if pid not in seen:
            _fail(f"personen.{pid}", f"'{pid}' hoort bij geen enkel huishouden", f"'{pid}' belongs to no household")
