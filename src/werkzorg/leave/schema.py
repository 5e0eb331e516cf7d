"""What the user tells the leave finder: the situation and its dates and hours (the JSON contract of issue 5).

Names are stable; add freely. Bad input raises `LeaveInputError`, naming the field in Dutch and English.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from werkzorg.input_errors import FieldError, pydantic_field_error
from werkzorg.model import MODELLED_YEARS
from werkzorg.input_errors import InputError as LeaveInputError

#: Dates further from the peildatum than this are refused (a child under 8 is at most 8 years back).
MAX_YEARS_AWAY = 9

Situatie = Literal[
    "zwangerschap", "geboorte_partner", "adoptie", "pleegzorg", "zorg_naaste", "calamiteit", "ouderschap", "aanpassing_arbeidsduur"
]


class Baan(BaseModel):
    model_config = ConfigDict(extra="forbid")
    werkgever: Annotated[str, Field(min_length=1, max_length=80)]
    uren_per_week: Annotated[float, Field(gt=0, le=60)]


class VerlofVraag(BaseModel):
    model_config = ConfigDict(extra="forbid")

    peildatum: datetime.date = Field(default_factory=datetime.date.today, description="De datum waarop de regels gelden (vandaag)")
    situatie: Situatie
    uren_per_week: Annotated[float, Field(gt=0, le=60)] | list[Baan]
    jaarloon: Annotated[float, Field(ge=0, le=2_000_000)] | None = Field(None, description="Bruto jaarloon met vakantiegeld (SV-loon), voor de bedragen")
    uitgerekende_datum: datetime.date | None = None
    start_verlof: datetime.date | None = None
    geboortedatum: datetime.date | None = Field(None, description="Geboortedatum van het kind (of de datum van de komst bij adoptie en pleegzorg)")
    meerling: bool = False
    ziek_voor_verlof_dagen: Annotated[int, Field(ge=0, le=70)] = 0
    ziekenhuisopname_kind_dagen: Annotated[int, Field(ge=0, le=400)] = 0
    opgenomen_ouderschapsverlof_uren: Annotated[float, Field(ge=0, le=2000)] = 0
    nieuwe_uren_per_week: Annotated[float, Field(gt=0, le=60)] | None = None
    gewenste_ingangsdatum: datetime.date | None = None
    werkgever_aantal_werknemers: Annotated[int, Field(ge=1)] | None = None
    maanden_in_dienst: Annotated[float, Field(ge=0, le=600)] | None = None
    moeder_overleden: bool = Field(False, description="Geboorte partner: de moeder is bij of na de bevalling overleden")
    zelfstandige: bool = Field(False, description="Zwangerschap: u werkt als zelfstandige (ZEZ)")
    uren_vorig_jaar_zelfstandig: Annotated[float, Field(ge=0, le=8784)] | None = None
    naam: Annotated[str, Field(min_length=1, max_length=80)] | None = Field(None, description="Uw naam, voor de brief (wordt niet bewaard)")

    @model_validator(mode="after")
    def _dates_in_range(self) -> "VerlofVraag":
        if self.peildatum.year not in MODELLED_YEARS:
            years = ", ".join(map(str, MODELLED_YEARS))
            raise ValueError(f"peildatum|de regels zijn bekend voor de jaren {years}|the rules are known for the years {years}")
        for name in ("uitgerekende_datum", "start_verlof", "geboortedatum", "gewenste_ingangsdatum"):
            value = getattr(self, name)
            if value is not None and abs((value - self.peildatum).days) > MAX_YEARS_AWAY * 366:
                raise ValueError(f"{name}|deze datum ligt meer dan {MAX_YEARS_AWAY} jaar van de peildatum|this date is more than {MAX_YEARS_AWAY} years from the peildatum")
        return self

    @model_validator(mode="after")
    def _dates_the_situation_needs(self) -> "VerlofVraag":
        needs = {
            "zwangerschap": ["uitgerekende_datum"],
            "geboorte_partner": [],
            "adoptie": ["geboortedatum"],
            "pleegzorg": ["geboortedatum"],
            "ouderschap": ["geboortedatum"],
            "aanpassing_arbeidsduur": ["gewenste_ingangsdatum"],
        }.get(self.situatie, [])
        for name in needs:
            if getattr(self, name) is None:
                raise ValueError(f"{name}|deze datum is nodig bij de situatie '{self.situatie}'|this date is needed for the situation '{self.situatie}'")
        if self.moeder_overleden and self.geboortedatum is None:
            raise ValueError("geboortedatum|geef de geboortedatum van het kind|give the child's date of birth")
        if self.situatie == "geboorte_partner" and self.geboortedatum is None and self.uitgerekende_datum is None:
            raise ValueError("geboortedatum|geef de geboortedatum of de uitgerekende datum|give the date of birth or the due date")
        if self.start_verlof and self.uitgerekende_datum and self.situatie == "zwangerschap" and self.start_verlof > self.uitgerekende_datum:
            raise ValueError("start_verlof|het verlof begint vóór de uitgerekende datum|the leave starts before the due date")
        return self

    def jobs(self) -> list[Baan]:
        if isinstance(self.uren_per_week, list):
            return self.uren_per_week
        return [Baan(werkgever="uw werkgever", uren_per_week=self.uren_per_week)]


def parse_question(data: Any) -> VerlofVraag:
    if not isinstance(data, dict):
        raise LeaveInputError([FieldError("(vraag)", "verwacht een object met situatie, uren_per_week en data", "expected an object with situatie, uren_per_week and dates")])
    try:
        return VerlofVraag.model_validate(data)
    except ValidationError as error:
        found = {}
        for item in error.errors():  # a union (hours, or a list of jobs) reports each branch: keep one message per field
            problem = pydantic_field_error(item)
            found.setdefault(problem.field, problem)
        raise LeaveInputError(list(found.values())) from None
