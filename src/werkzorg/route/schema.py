"""The situation of someone on bijstand as people describe it, with errors that name the field in Dutch and English.

A route file, JSON or YAML:

    {
      "start": "2026-01",                 # first month of the job (YYYY-MM); default: January of the last modelled year
      "aanvrager": {"leeftijd": 30},       # or "geboortedatum": "1996-04-12"
      "partner": null,                     # or {"leeftijd": 33}: married or living together
      "kinderen": [
        {"leeftijd": 3, "opvang": {"soort": "dagopvang", "uurprijs": 10.50}}
      ],
      "uurloon": 14.71,                    # gross per hour without holiday pay; default: the minimum wage (21+)
      "uren": [8, 16, 24, 32],             # hours a week to compare with working 0 hours
      "uren_per_werkdag": 8,
      "huur_per_maand": 750,               # rent that counts for huurtoeslag; 0: no huurtoeslag
      "andere_kostendelers": 0,            # other adults (21+) sharing the home: kostendelersnorm
      "partner_in_traject": false,         # the partner follows a re-integration route (Wko art. 1.6: childcare benefit)
      "traject_uren_per_week": 0,          # hours a week she follows a route to work (course, re-integration)
      "medisch_urenbeperkt": false         # UWV found a medical limit on hours: 15 % vrijlating without end date
    }
"""

from __future__ import annotations

import datetime
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from werkzorg.household import EenLeeftijd
from werkzorg.input_errors import FieldError, InputError, pydantic_field_error
from werkzorg.model import MODELLED_YEARS

MONTHS = 36
DEFAULT_HOURS = (8, 16, 24, 32)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Persoon(EenLeeftijd):
    geboortedatum: datetime.date | None = Field(None, description="Geboortedatum (date of birth); of leeftijd")
    leeftijd: Annotated[int, Field(ge=18, le=80, description="Leeftijd in de eerste maand (age in the first month); of geboortedatum")] | None = None


class Opvang(_Strict):
    soort: Literal["dagopvang", "buitenschoolse_opvang", "gastouderopvang"] = Field(description="Soort kinderopvang (type of childcare)")
    uurprijs: Annotated[float, Field(ge=0, le=50, description="Uurprijs van de opvang (hourly price)")]
    uren_per_dag: Annotated[float, Field(gt=0, le=24, description="Uren opvang per werkdag; leeg: werkuren per dag + 1 uur reistijd, bso 4 uur (hours of care per working day)")] | None = None


class Kind(EenLeeftijd):
    geboortedatum: datetime.date | None = Field(None, description="Geboortedatum (date of birth); of leeftijd")
    leeftijd: Annotated[int, Field(ge=0, le=17, description="Leeftijd in de eerste maand (age in the first month); of geboortedatum")] | None = None
    opvang: Opvang | None = None


class Route(_Strict):
    start: str | None = Field(None, description="Eerste maand van het werk, JJJJ-MM (first month of the job)")
    aanvrager: Persoon
    partner: Persoon | None = None
    kinderen: Annotated[list[Kind], Field(max_length=8)] = []
    uurloon: Annotated[float, Field(gt=0, le=200, description="Bruto uurloon zonder vakantiegeld (gross hourly wage without holiday pay)")] | None = None
    uren: Annotated[list[Annotated[float, Field(gt=0, le=60)]], Field(min_length=1, max_length=6, description="Uren per week om te vergelijken (hours a week)")] = list(DEFAULT_HOURS)
    uren_per_werkdag: Annotated[float, Field(gt=0, le=12, description="Uren per werkdag (hours per working day)")] = 8.0
    huur_per_maand: Annotated[float, Field(ge=0, le=5_000, description="Huur per maand die meetelt voor huurtoeslag (rent per month)")] = 0.0
    andere_kostendelers: Annotated[int, Field(ge=0, le=10, description="Andere volwassenen (21+) in de woning die kosten delen (other adults sharing the home)")] = 0
    partner_in_traject: bool = Field(False, description="De partner volgt een traject naar werk (partner follows a route to work)")
    medisch_urenbeperkt: bool = Field(False, description="UWV heeft vastgesteld dat de aanvrager medisch urenbeperkt is: 15 % vrijlating zonder einddatum (medical limit on hours)")
    traject_uren_per_week: Annotated[float, Field(ge=0, le=40, description="Uren per week in een traject naar werk of een cursus van de gemeente, naast of zonder werk (hours a week in a route to work)")] = 0.0

    @field_validator("start")
    @classmethod
    def _month(cls, value: str | None) -> str | None:
        if value is None:
            return value
        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
            raise ValueError("|verwacht een maand als 2026-01|expected a month like 2026-01")
        if int(value[:4]) not in MODELLED_YEARS:
            years = ", ".join(map(str, MODELLED_YEARS))
            raise ValueError(f"|de eerste maand moet in {years} liggen|the first month must be in {years}")
        return value

    @field_validator("uren")
    @classmethod
    def _distinct(cls, value: list[float]) -> list[float]:
        return sorted(set(value))

    @model_validator(mode="after")
    def _ages(self) -> "Route":
        start = self.start_date()
        for name, person in (("aanvrager", self.aanvrager), ("partner", self.partner)):
            if person is None:
                continue
            born = birth_date(person, start)
            age = _age(born, start)
            if age < 21:
                raise ValueError(f"{name}|bijstand voor jongeren onder 21 rekent deze tool niet|bijstand under 21 is not covered")
            if _age(born, _add_months(start, MONTHS - 1)) >= 67:
                raise ValueError(f"{name}|bereikt binnen drie jaar de AOW-leeftijd; dat rekent deze tool niet|reaches the AOW age within three years; not covered")
        for index, kind in enumerate(self.kinderen):
            if birth_date(kind, start) > start:
                raise ValueError(f"kinderen[{index}].geboortedatum|het kind is na de eerste maand geboren|the child is born after the first month")
            if _age(birth_date(kind, start), start) > 17:
                raise ValueError(f"kinderen[{index}].geboortedatum|het kind is in de eerste maand 18 of ouder|the child is 18 or older in the first month")
        return self

    def start_date(self) -> datetime.date:
        if self.start is None:
            return datetime.date(MODELLED_YEARS[-1], 1, 1)
        return datetime.date(int(self.start[:4]), int(self.start[5:7]), 1)

    def kind(self) -> str:
        """alleenstaande | alleenstaande_ouder | met_partner"""
        if self.partner is not None:
            return "met_partner"
        return "alleenstaande_ouder" if self.kinderen else "alleenstaande"


def _add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def _age(born: datetime.date, on: datetime.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def birth_date(person: Persoon | Kind, start: datetime.date) -> datetime.date:
    """A given age means that age in the first month: born on the first day of that month, that many years ago."""
    if person.geboortedatum is not None:
        return person.geboortedatum
    return start.replace(year=start.year - person.leeftijd)


add_months = _add_months
age_on = _age


def parse_route(data: Any) -> Route:
    """Validate a route description; raise InputError naming every bad field."""
    if not isinstance(data, dict):
        raise InputError([FieldError("(route)", "verwacht een beschrijving met aanvrager, kinderen en uurloon", "expected a description with aanvrager, kinderen and uurloon")])
    try:
        return Route.model_validate(data)
    except ValidationError as error:
        found = list(dict.fromkeys(pydantic_field_error(item) for item in error.errors()))
        for i, item in enumerate(found):
            if item.field == "(huishouden)":
                found[i] = FieldError("(route)", item.message_nl, item.message_en)
        raise InputError(found) from None


def json_schema() -> dict[str, Any]:
    schema = Route.model_json_schema()
    schema["title"] = "Werkzorg route naar werk"
    schema["description"] = "Iemand in de bijstand die (meer) gaat werken; zie docs/route.md."
    return schema
