"""The household as people describe it (not an OpenFisca situation), with errors that name the field in Dutch and English.

A household file, YAML or JSON:

    jaar: 2026
    partners:
      - naam: Sanne
        geboortedatum: 1991-04-12        # or leeftijd: 35
        uurloon: 24.50                   # gross per hour, without holiday pay; or jaarloon at the hours below
        uren_per_dag: 8
        dagen_per_week: 4                # 0 to 5
        pensioen:                        # optional; without it: a pension scheme, no own premium, default accrual
          deelnemer: true                # false: no pension scheme at this employer
          premie_percentage: 7.5         # own premium, % of (wage − franchise × part-time factor)
          opbouwpercentage: 1.75         # optional; default: the model's illustrative rate
          voltijd_uren_per_week: 40      # optional, default 40
    kinderen:
      - naam: Noor
        geboortedatum: 2023-06-01        # or leeftijd: 2
        opvang:                          # optional
          soort: dagopvang               # dagopvang | buitenschoolse_opvang | gastouderopvang
          uurprijs: 11.40
          uren_per_dag: 10
          dagen: naar behoefte           # or a fixed number of days a week, 0 to 5
    huur_per_maand: 925                  # optional
    vermogen: 0                          # optional, savings and investments on 1 January
"""

from __future__ import annotations

import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from werkzorg.input_errors import FieldError, InputError, pydantic_field_error
from werkzorg.model import MODELLED_YEARS

#: Bad household description (kept under this name for the budget tool's callers).
BudgetInputError = InputError

NAAR_BEHOEFTE = "naar behoefte"
FULL_TIME_HOURS = 40.0


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Pensioen(_Strict):
    deelnemer: bool = Field(True, description="Bouwt pensioen op bij de werkgever (participates in an employer pension scheme)")
    premie_percentage: Annotated[float, Field(ge=0, le=50, description="Eigen pensioenpremie in % van (loon − franchise × deeltijdfactor) (own premium, %)")] = 0.0
    opbouwpercentage: Annotated[float | None, Field(ge=0, le=5, description="Opbouw per jaar in % van de pensioengrondslag; leeg: het illustratieve percentage van het model (accrual rate, %)")] = None
    voltijd_uren_per_week: Annotated[float, Field(gt=0, le=60, description="Voltijduren bij de werkgever, voor de deeltijdfactor (full-time hours)")] = FULL_TIME_HOURS


class EenLeeftijd(_Strict):
    """A person described by a date of birth or by an age: exactly one of the two."""

    @model_validator(mode="after")
    def _one_age(self):
        if (self.geboortedatum is None) == (self.leeftijd is None):
            raise ValueError("geboortedatum|geef geboortedatum of leeftijd (één van beide)|give geboortedatum or leeftijd (one of them)")
        return self


class Partner(EenLeeftijd):
    naam: Annotated[str, Field(min_length=1, max_length=40)] | None = None
    geboortedatum: datetime.date | None = Field(None, description="Geboortedatum (date of birth); of leeftijd")
    leeftijd: Annotated[int, Field(ge=15, le=100, description="Leeftijd in het gekozen jaar (age); of geboortedatum")] | None = None
    uurloon: Annotated[float, Field(ge=0, le=1000, description="Bruto uurloon zonder vakantiegeld (gross hourly wage without holiday pay)")] | None = None
    jaarloon: Annotated[float, Field(ge=0, le=2_000_000, description="Bruto jaarloon met vakantiegeld bij de opgegeven dagen en uren (gross yearly wage incl. holiday pay at the days and hours given)")] | None = None
    uren_per_dag: Annotated[float, Field(gt=0, le=24, description="Uren per werkdag (hours per working day)")] = 8.0
    dagen_per_week: Annotated[int, Field(ge=0, le=5, description="Werkdagen per week nu, 0 tot 5 (working days a week now)")]
    pensioen: Pensioen = Pensioen()

    @model_validator(mode="after")
    def _one_wage(self) -> "Partner":
        if (self.uurloon is None) == (self.jaarloon is None):
            raise ValueError("uurloon|geef uurloon of jaarloon (één van beide)|give uurloon or jaarloon (one of them)")
        if self.jaarloon is not None and self.dagen_per_week == 0:
            raise ValueError("jaarloon|bij 0 werkdagen is het uurloon niet af te leiden; geef uurloon|with 0 working days the hourly wage cannot be derived; give uurloon")
        return self


class Opvang(_Strict):
    soort: Literal["dagopvang", "buitenschoolse_opvang", "gastouderopvang"] = Field(description="Soort kinderopvang (type of childcare)")
    uurprijs: Annotated[float, Field(ge=0, le=50, description="Uurprijs van de opvang (hourly price)")]
    uren_per_dag: Annotated[float, Field(gt=0, le=24, description="Uren opvang per opvangdag (hours of care per day of care)")]
    dagen: int | Literal["naar behoefte"] = Field(NAAR_BEHOEFTE, description="Vaste dagen per week (0-5), of 'naar behoefte': de dagen dat geen ouder thuis is (fixed days, or as needed)")

    @field_validator("dagen")
    @classmethod
    def _days_in_week(cls, value: Any) -> Any:
        if isinstance(value, int) and not 0 <= value <= 5:
            raise ValueError("|kies 0 tot 5 dagen of 'naar behoefte'|choose 0 to 5 days or 'naar behoefte'")
        return value


class Kind(EenLeeftijd):
    naam: Annotated[str, Field(min_length=1, max_length=40)] | None = None
    geboortedatum: datetime.date | None = Field(None, description="Geboortedatum (date of birth); of leeftijd")
    leeftijd: Annotated[int, Field(ge=0, le=17, description="Leeftijd op 1 januari van het jaar (age); of geboortedatum")] | None = None
    opvang: Opvang | None = None


class Huishouden(_Strict):
    jaar: int = Field(description="Het jaar waarvoor gerekend wordt (year)")
    partners: Annotated[list[Partner], Field(min_length=1, max_length=2)]
    kinderen: list[Kind] = []
    huur_per_maand: Annotated[float, Field(ge=0, le=10_000, description="Kale huur per maand; 0 bij een koopwoning (rent per month)")] = 0.0
    vermogen: Annotated[float, Field(ge=0, le=100_000_000, description="Spaargeld en beleggingen op 1 januari, samen (savings and investments)")] = 0.0

    @field_validator("jaar")
    @classmethod
    def _modelled_year(cls, value: int) -> int:
        if value not in MODELLED_YEARS:
            years = ", ".join(map(str, MODELLED_YEARS))
            raise ValueError(f"|het model rekent met de jaren {years}|the model covers the years {years}")
        return value

    @model_validator(mode="after")
    def _children_born(self) -> "Huishouden":
        for index, kind in enumerate(self.kinderen):
            if kind.geboortedatum is not None and kind.geboortedatum.year > self.jaar:
                raise ValueError(f"kinderen[{index}].geboortedatum|het kind is na {self.jaar} geboren|the child is born after {self.jaar}")
        return self

    def partner_names(self) -> list[str]:
        return [p.naam or f"Partner {i + 1}" for i, p in enumerate(self.partners)]

    def child_names(self) -> list[str]:
        return [k.naam or f"Kind {i + 1}" for i, k in enumerate(self.kinderen)]


def parse_household(data: Any) -> Huishouden:
    """Validate a household description; raise BudgetInputError naming every bad field."""
    if not isinstance(data, dict):
        raise BudgetInputError([FieldError("(huishouden)", "verwacht een beschrijving met jaar, partners en kinderen", "expected a description with jaar, partners and kinderen")])
    try:
        return Huishouden.model_validate(data)
    except ValidationError as error:
        found = list(dict.fromkeys(pydantic_field_error(item) for item in error.errors()))
        raise BudgetInputError(found) from None


def json_schema() -> dict[str, Any]:
    """The household description as JSON Schema (docs/huishouden.schema.json)."""
    schema = Huishouden.model_json_schema()
    schema["title"] = "Werkzorg huishouden (budget tool)"
    schema["description"] = "Een huishouden zoals mensen het beschrijven; zie docs/budget.md."
    return schema
