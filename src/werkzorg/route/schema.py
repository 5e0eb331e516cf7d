"""The route to work: the household (werkzorg.household, the one description every tool uses) and the job offer.

A route file, JSON or YAML:

    {
      "start": "2026-03",                  # first month of the job (YYYY-MM); default: next month
      "huishouden": {                      # the shared household description (docs/huishouden.schema.json)
        "jaar": 2026,                      # ages (leeftijd) are on 1 January of this year
        "partners": [{"leeftijd": 29, "uren_per_dag": 8}],   # the first partner takes the job; a second partner: a couple
        "kinderen": [
          {"leeftijd": 3, "opvang": {"soort": "dagopvang", "uurprijs": 10.25}},
          {"leeftijd": 7, "opvang": {"soort": "buitenschoolse_opvang", "uurprijs": 9.50}}
        ],
        "huur_per_maand": 720,             # kale huur
        "servicekosten_per_maand": 0
      },
      "uurloon": null,                     # gross per hour of the job offer without holiday pay; empty: the minimum
                                           # wage (21+) of each month
      "uren": [8, 16, 24, 32],             # hours a week to compare with working 0 hours
      "andere_kostendelers": 0,            # other adults (21+) sharing the home: kostendelersnorm
      "partner_in_traject": false,         # the partner follows a re-integration route (Wko art. 1.6: childcare benefit)
      "traject_uren_per_week": 0,          # hours a week she follows a route to work (course, re-integration)
      "medisch_urenbeperkt": false         # UWV found a medical limit on hours: 15 % vrijlating without end date
    }

The hours of a working day are the first partner's `uren_per_dag` (default 8). A partner who works is not what this
tool computes (bijstand for a couple where one partner works more): `dagen_per_week` of the second partner must be 0.
"""

from __future__ import annotations

import datetime
import math
import re
from typing import Annotated, Any

from pydantic import Field, ValidationError, field_validator, model_validator

from werkzorg.household import MAX_CARE_HOURS_PER_MONTH, NAAR_BEHOEFTE, WEEKS_PER_MONTH, Huishouden, Kind, Partner, Strict
from werkzorg.formatting import hours
from werkzorg.input_errors import FieldError, InputError, pydantic_field_error
from werkzorg.model import MODELLED_YEARS

MONTHS = 36
DEFAULT_HOURS = (8, 16, 24, 32)
AOW_AGE = 67


def today() -> datetime.date:
    """Today's date; tests replace this function to fix "today"."""
    return datetime.date.today()


def next_month(day: datetime.date | None = None) -> datetime.date:
    """The first day of the month after `day` (default: today)."""
    day = day or today()
    return add_months(day.replace(day=1), 1)


def default_start(day: datetime.date | None = None) -> datetime.date:
    """The start month people get: next month, or — when next month's amounts are not published yet (December before
    a year is modelled) — the last month the model knows, so the default never asks for unpublished amounts."""
    return min(next_month(day), datetime.date(MODELLED_YEARS[-1], 12, 1))


def month_text(day: datetime.date) -> str:
    return day.strftime("%Y-%m")


def modelled_years_text() -> str:
    return ", ".join(map(str, MODELLED_YEARS))


class Route(Strict):
    start: str | None = Field(None, description="Eerste maand van het werk, JJJJ-MM; leeg: volgende maand (first month of the job; default next month)")
    huishouden: Huishouden = Field(description="Het huishouden (werkzorg.household): de eerste partner gaat werken (the household; the first partner takes the job)")
    uurloon: Annotated[float, Field(gt=0, le=200, description="Bruto uurloon van de baan zonder vakantiegeld; leeg: het minimumloon (21+) van elke maand (gross hourly wage of the job offer)")] | None = None
    uren: Annotated[list[Annotated[float, Field(gt=0, le=60)]], Field(min_length=1, max_length=6, description="Uren per week om te vergelijken (hours a week)")] = list(DEFAULT_HOURS)
    andere_kostendelers: Annotated[int, Field(ge=0, le=10, description="Andere volwassenen (21+) in de woning die kosten delen (other adults sharing the home)")] = 0
    partner_in_traject: bool = Field(False, description="De partner volgt een traject naar werk (partner follows a route to work)")
    medisch_urenbeperkt: bool = Field(False, description="UWV heeft vastgesteld dat de aanvrager medisch urenbeperkt is: 15 % vrijlating zonder einddatum (medical limit on hours)")
    traject_uren_per_week: Annotated[float, Field(ge=0, le=40, description="Uren per week in een traject naar werk of een cursus van de gemeente, naast of zonder werk (hours a week in a route to work)")] = 0.0

    @field_validator("start")
    @classmethod
    def _month(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"(19|20|21)\d{2}-(0[1-9]|1[0-2])", value):
            raise ValueError("|verwacht een maand als 2026-03|expected a month like 2026-03")
        return value

    @field_validator("uren")
    @classmethod
    def _distinct(cls, value: list[float]) -> list[float]:
        return sorted(set(value))

    @model_validator(mode="after")
    def _fits(self) -> "Route":
        if self.start is None:
            self.start = month_text(default_start())
        start = self.start_date()
        if start.year not in MODELLED_YEARS:
            years = modelled_years_text()
            raise ValueError(
                f"start|voor {self.start} kan de rekenhulp nog niet rekenen: de bedragen voor {start.year} zijn nog niet bekend. Kies een maand in {years}"
                f"|the tool cannot compute {self.start} yet: the amounts for {start.year} are not known. Choose a month in {years}"
            )
        household = self.huishouden
        for index, person in enumerate(household.partners):
            born = birth_date(person, household.jaar)
            if age_on(born, start) < 21:
                raise ValueError(f"huishouden.partners[{index}].leeftijd|bijstand voor jongeren onder 21 rekent deze tool niet|bijstand under 21 is not covered")
            if age_on(born, add_months(start, MONTHS - 1)) >= AOW_AGE:
                raise ValueError(f"huishouden.partners[{index}].leeftijd|bereikt binnen drie jaar de AOW-leeftijd; dat rekent deze tool niet|reaches the AOW age within three years; not covered")
        if len(household.partners) > 1 and household.partners[1].dagen_per_week > 0:
            raise ValueError("huishouden.partners[1].dagen_per_week|de rekenhulp rekent met een partner zonder werk (bijstand voor u samen); geef 0|the tool assumes a partner without work (bijstand for the couple); give 0")
        for index, child in enumerate(household.kinderen):
            born = birth_date(child, household.jaar)
            if born > start:
                raise ValueError(f"huishouden.kinderen[{index}].geboortedatum|het kind is na de eerste maand ({self.start}) geboren|the child is born after the first month ({self.start})")
            if age_on(born, start) > 17:
                raise ValueError(f"huishouden.kinderen[{index}].geboortedatum|het kind is in de eerste maand 18 of ouder|the child is 18 or older in the first month")
            most = self.most_care_hours(child)
            if most > MAX_CARE_HOURS_PER_MONTH + 1e-9:
                worked = max(self.uren)
                raise ValueError(
                    f"huishouden.kinderen[{index}].opvang.uren_per_dag|bij {hours(worked)} uur werk per week wordt dit {most:.0f} uur opvang per maand; "
                    f"dat is meer dan {MAX_CARE_HOURS_PER_MONTH}. Geef minder uren per dag"
                    f"|at {hours(worked, 'en')} hours of work a week this is {most:.0f} hours of care a month, more than {MAX_CARE_HOURS_PER_MONTH}; give fewer hours a day"
                )
        return self

    def start_date(self) -> datetime.date:
        start = self.start or month_text(default_start())
        return datetime.date(int(start[:4]), int(start[5:7]), 1)

    @property
    def applicant(self) -> Partner:
        return self.huishouden.partners[0]

    @property
    def partner(self) -> Partner | None:
        return self.huishouden.partners[1] if len(self.huishouden.partners) > 1 else None

    @property
    def kinderen(self) -> list[Kind]:
        return self.huishouden.kinderen

    @property
    def hours_per_working_day(self) -> float:
        return self.applicant.uren_per_dag

    def care_days(self, child: Kind, hours_a_week: float) -> int:
        """Days of care a week when she works `hours_a_week` (plus any route to work): the working days, or the fixed days."""
        away = hours_a_week + self.traject_uren_per_week
        if child.opvang is None or away <= 0:
            return 0
        if child.opvang.dagen != NAAR_BEHOEFTE:
            return int(child.opvang.dagen)
        return min(5, math.ceil(away / self.hours_per_working_day - 1e-9))

    def most_care_hours(self, child: Kind) -> float:
        """The most hours of care a month over the hours compared (as entered: before a move to bso)."""
        if child.opvang is None:
            return 0.0
        per_day = child.opvang.hours_per_day(self.hours_per_working_day)
        return max(self.care_days(child, hours) for hours in self.uren) * per_day * WEEKS_PER_MONTH

    def kind(self) -> str:
        """alleenstaande | alleenstaande_ouder | met_partner"""
        if self.partner is not None:
            return "met_partner"
        return "alleenstaande_ouder" if self.kinderen else "alleenstaande"


def add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def age_on(born: datetime.date, on: datetime.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def birth_date(person: Partner | Kind, year: int) -> datetime.date:
    """A given age is the age on 1 January of the household's year (as every tool reads it): born on 1 January."""
    if person.geboortedatum is not None:
        return person.geboortedatum
    return datetime.date(year - person.leeftijd, 1, 1)


def _in_household(field: str) -> str:
    """Errors raised inside the household name their field from the household; say it is the household of the route."""
    if field.startswith(("partners", "kinderen", "jaar", "huur_per_maand", "servicekosten_per_maand", "vermogen", "scheiding")):
        return f"huishouden.{field}"
    return field


def parse_route(data: Any) -> Route:
    """Validate a route description; raise InputError naming every bad field."""
    if not isinstance(data, dict):
        raise InputError([FieldError("(route)", "verwacht een beschrijving met start, huishouden en uren", "expected a description with start, huishouden and uren")])
    try:
        return Route.model_validate(data)
    except ValidationError as error:
        found = []
        for item in error.errors():
            problem = pydantic_field_error(item)
            field = "(route)" if problem.field == "(huishouden)" else _in_household(problem.field)
            found.append(FieldError(field, problem.message_nl, problem.message_en))
        raise InputError(list(dict.fromkeys(found))) from None


def json_schema() -> dict[str, Any]:
    schema = Route.model_json_schema()
    schema["title"] = "Werkzorg route naar werk"
    schema["description"] = "Iemand in de bijstand die (meer) gaat werken: het huishouden (huishouden.schema.json) en de baan; zie docs/route.md."
    return schema
