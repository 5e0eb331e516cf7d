"""The household as people describe it — one description for every tool (budget, leave plan, route to work).

Not an OpenFisca situation: the words people use, with errors that name the field in Dutch and English. Each tool
reads the parts it needs and may ask for more (the budget tool needs a wage for every partner; the route to work takes
the job offer's wage separately). A household file, YAML or JSON:

    jaar: 2026
    partners:
      - naam: Sanne                      # optional; never put in a web address
        geboortedatum: 1991-04-12        # or leeftijd: 35
        maandloon: 3400                  # gross per month without holiday pay; or uurloon, or jaarloon (with holiday pay)
        uren_per_dag: 8
        dagen_per_week: 4                # 0 to 5
        pensioen:                        # optional; without it: a pension scheme, no own premium, default accrual
          deelnemer: true
          premie_percentage: 7.5
        onderneming:                     # optional: self-employed (zzp), alone or next to a job
          winst_per_jaar: 30000          # profit before ondernemersaftrek and MKB-winstvrijstelling
          uren_per_week: 28              # hours in the business (urencriterium: 1225 a year)
          starter: false                 # startersaftrek
        uitkeringen_per_maand:           # optional: gross benefits a month by kind
          wia: 900                       # ww | ziektewet | wia | anw | aow | pensioen
    kinderen:                            # up to 12
      - geboortedatum: 2024-03-01        # or leeftijd: 2; a child still to be born: its due date (leave plan)
        opvang:                          # optional
          soort: dagopvang               # dagopvang | buitenschoolse_opvang | gastouderopvang
          uurprijs: 11.40
          uren_per_dag: 10               # optional: the working day + 1 hour (bso: 4 hours)
          dagen: 3                       # or "naar behoefte": the days no parent is home
    huur_per_maand: 925                  # kale huur (rent without service costs); 0 for a home owner
    servicekosten_per_maand: 40          # service costs that count for huurtoeslag (cleaning, lighting of shared spaces…)
    koopwoning:                          # instead of rent: an owner-occupied home
      woz_waarde: 350000
      hypotheekrente_per_jaar: 9000      # or hypotheekschuld: 280000 with rente_percentage: 3.8
    vermogen: 0                          # savings and investments on 1 January, together
    scheiding:                           # optional: the "if you separate" view
      kinderen_wonen_bij: 0              # 0: the first partner, 1: the second; "co-ouderschap": half of the week each
      kinderalimentatie_per_maand: 350   # paid by the parent the children do not live with
      partneralimentatie_per_maand: 0
      partneralimentatie_ontvanger: 0    # who receives partneralimentatie
"""

from __future__ import annotations

import datetime
import math
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from werkzorg.formatting import hours
from werkzorg.input_errors import FieldError, InputError, pydantic_field_error
from werkzorg.model import MODELLED_YEARS, YEARS
from werkzorg.model.years import missing_parameters

NAAR_BEHOEFTE = "naar behoefte"
FULL_TIME_HOURS = 40.0
MAX_CHILDREN = 12
#: The kinderopvangtoeslag pays for at most 230 hours a month per child (Besluit kinderopvangtoeslag art. 7); more
#: hours than that in a description is almost always a typing error (a day has 24 hours, a month about 21,7 workdays).
MAX_CARE_HOURS_PER_MONTH = 230
WEEKS_PER_MONTH = 52 / 12
#: Hours of care on a working day when none are given: the working day plus travel (day care, childminder),
#: or after school (bso).
TRAVEL_HOURS = 1.0
BSO_HOURS_PER_DAY = 4.0


def too_many_care_hours(hours_per_day: float, days: int | str) -> bool:
    """More than the 230 hours a month the kinderopvangtoeslag pays for, at the most days the rule allows
    ("naar behoefte": up to 5 a week)."""
    most_days = 5 if days == NAAR_BEHOEFTE else int(days)
    return hours_per_day * most_days * WEEKS_PER_MONTH > MAX_CARE_HOURS_PER_MONTH + 1e-9


class Strict(BaseModel):
    """No unknown fields, no NaN or infinity, and no true/false where a number is asked (JSON `true` is not 1)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, allow_inf_nan=False)

    @field_validator("*", mode="before")
    @classmethod
    def _no_bool_for_numbers(cls, value: Any, info) -> Any:
        if isinstance(value, bool):
            annotation = str(cls.model_fields[info.field_name].annotation)
            if "bool" not in annotation and ("float" in annotation or "int" in annotation):
                raise ValueError("|verwacht een getal, niet waar of onwaar|expected a number, not true or false")
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError("|verwacht een eindig getal|expected a finite number")
        return value


class EenLeeftijd(Strict):
    """A person described by a date of birth or by an age: exactly one of the two."""

    @model_validator(mode="after")
    def _one_age(self):
        if (self.geboortedatum is None) == (self.leeftijd is None):
            raise ValueError("geboortedatum|geef geboortedatum of leeftijd (één van beide)|give geboortedatum or leeftijd (one of them)")
        return self


class Pensioen(Strict):
    deelnemer: bool = Field(True, description="Bouwt pensioen op bij de werkgever (participates in an employer pension scheme)")
    premie_percentage: Annotated[float, Field(ge=0, le=50, description="Eigen pensioenpremie in % van (loon − franchise × deeltijdfactor) (own premium, %)")] = 0.0
    opbouwpercentage: Annotated[float | None, Field(ge=0, le=5, description="Opbouw per jaar in % van de pensioengrondslag; leeg: het illustratieve percentage van het model (accrual rate, %)")] = None
    voltijd_uren_per_week: Annotated[float, Field(gt=0, le=60, description="Voltijduren bij de werkgever, voor de deeltijdfactor (full-time hours)")] = FULL_TIME_HOURS


WAGE_FIELDS = ("uurloon", "maandloon", "jaarloon")
#: Benefits by kind (gross a month) and the model input each becomes (a year).
BENEFIT_INPUTS = {
    "ww": "ww_uitkering", "ziektewet": "ziektewet_uitkering", "wia": "wia_uitkering", "anw": "anw_uitkering",
    "aow": "aow_uitkering", "pensioen": "pensioen_uitkering",
}


class Onderneming(Strict):
    """Profit from a business (zzp): the days of the split vary the business when the partner has no wage."""

    winst_per_jaar: Annotated[float, Field(ge=0, le=2_000_000, description="Winst per jaar vóór zelfstandigenaftrek en MKB-winstvrijstelling (profit a year before deductions)")]
    uren_per_week: Annotated[float, Field(ge=0, le=100, description="Uren per week in de onderneming, voor het urencriterium van 1225 uur per jaar (hours a week in the business)")] | None = None
    starter: bool = Field(False, description="Recht op startersaftrek: in de vijf jaar ervoor ten hoogste twee keer zelfstandigenaftrek (start-up deduction)")

    @model_validator(mode="after")
    def _hours_when_they_matter(self) -> "Onderneming":
        if self.winst_per_jaar > 0 and self.uren_per_week is None:
            raise ValueError(
                "uren_per_week|geef de uren per week in de onderneming: zonder uren is niet te zeggen of u recht heeft op zelfstandigenaftrek (urencriterium, 1225 uur per jaar)"
                "|give the hours a week in the business: without them the urencriterium (1225 hours a year) for the self-employed deduction cannot be checked"
            )
        return self

    def hours_per_year(self) -> float:
        return 52 * (self.uren_per_week or 0.0)


class Uitkeringen(Strict):
    """Gross benefits a month by kind; none of them is arbeidsinkomen (Wet IB 2001 art. 8.1; the Ziektewet after the end of employment)."""

    ww: Annotated[float, Field(ge=0, le=20_000, description="WW-uitkering per maand, bruto (unemployment benefit)")] = 0.0
    ziektewet: Annotated[float, Field(ge=0, le=20_000, description="Ziektewet-uitkering per maand, bruto (sickness benefit)")] = 0.0
    wia: Annotated[float, Field(ge=0, le=20_000, description="WIA-uitkering (WGA of IVA) per maand, bruto (disability benefit)")] = 0.0
    anw: Annotated[float, Field(ge=0, le=20_000, description="Anw-uitkering per maand, bruto (survivor's benefit)")] = 0.0
    aow: Annotated[float, Field(ge=0, le=20_000, description="AOW per maand, bruto (state pension)")] = 0.0
    pensioen: Annotated[float, Field(ge=0, le=50_000, description="Pensioen of lijfrente per maand, bruto (pension)")] = 0.0

    def per_year(self) -> dict[str, float]:
        """Model input → amount a year."""
        return {variable: 12 * getattr(self, field) for field, variable in BENEFIT_INPUTS.items()}


class Partner(EenLeeftijd):
    naam: Annotated[str, Field(min_length=1, max_length=40)] | None = None
    geboortedatum: datetime.date | None = Field(None, description="Geboortedatum (date of birth); of leeftijd")
    leeftijd: Annotated[int, Field(ge=15, le=100, description="Leeftijd in het gekozen jaar (age); of geboortedatum")] | None = None
    uurloon: Annotated[float, Field(ge=0, le=1000, description="Bruto uurloon zonder vakantiegeld (gross hourly wage without holiday pay)")] | None = None
    maandloon: Annotated[float, Field(ge=0, le=200_000, description="Bruto maandloon zonder vakantiegeld bij de opgegeven dagen en uren, zoals op de loonstrook (gross monthly wage without holiday pay)")] | None = None
    jaarloon: Annotated[float, Field(ge=0, le=2_000_000, description="Bruto jaarloon met vakantiegeld bij de opgegeven dagen en uren (gross yearly wage incl. holiday pay at the days and hours given)")] | None = None
    uren_per_dag: Annotated[float, Field(gt=0, le=24, description="Uren per werkdag (hours per working day)")] = 8.0
    dagen_per_week: Annotated[int, Field(ge=0, le=5, description="Werkdagen per week nu, 0 tot 5 (working days a week now)")] = 0
    pensioen: Pensioen = Pensioen()
    onderneming: Onderneming | None = Field(None, description="Eigen onderneming (zzp): winst en uren (self-employed)")
    uitkeringen_per_maand: Uitkeringen | None = Field(None, description="Uitkeringen per maand, bruto, naar soort (benefits a month by kind)")

    @model_validator(mode="after")
    def _one_wage(self) -> "Partner":
        given = [name for name in WAGE_FIELDS if getattr(self, name) is not None]
        if len(given) > 1:
            raise ValueError(f"{given[1]}|geef één loon: uurloon, maandloon of jaarloon|give one wage: uurloon, maandloon or jaarloon")
        if given and given[0] != "uurloon" and self.dagen_per_week == 0:
            raise ValueError(f"{given[0]}|bij 0 werkdagen is het uurloon niet af te leiden; geef uurloon|with 0 working days the hourly wage cannot be derived; give uurloon")
        if not given and self.onderneming is not None and self.onderneming.winst_per_jaar > 0 and self.dagen_per_week == 0:
            raise ValueError("dagen_per_week|geef de dagen per week dat u in uw onderneming werkt (1 tot 5)|give the days a week you work in your business (1 to 5)")
        return self

    def has_wage(self) -> bool:
        return any(getattr(self, name) is not None for name in WAGE_FIELDS)

    def has_income(self) -> bool:
        """A wage, a business or a benefit: something the budget tool can compute with."""
        benefits = self.uitkeringen_per_maand is not None and any(self.uitkeringen_per_maand.per_year().values())
        return self.has_wage() or self.onderneming is not None or benefits

    def days_vary_business(self) -> bool:
        """The splits vary the working days of the job; for a self-employed partner without a wage, the business's."""
        return self.onderneming is not None and not self.has_wage()

    def hours_per_week(self) -> float:
        return self.uren_per_dag * self.dagen_per_week

    def hourly_wage(self, holiday_pay: float) -> float:
        """Gross wage per hour worked, without holiday pay (0 when no wage is given).

        maandloon is spread over the hours of an average month (hours a week × 52 / 12); jaarloon includes holiday pay,
        so it is taken off, and spread over the hours of a year.
        """
        if self.uurloon is not None:
            return self.uurloon
        if self.maandloon is not None:
            return self.maandloon / (self.hours_per_week() * WEEKS_PER_MONTH)
        if self.jaarloon is not None:
            return self.jaarloon / (1 + holiday_pay) / (self.hours_per_week() * 52)
        return 0.0


class Opvang(Strict):
    soort: Literal["dagopvang", "buitenschoolse_opvang", "gastouderopvang"] = Field(description="Soort kinderopvang (type of childcare)")
    uurprijs: Annotated[float, Field(ge=0, le=50, description="Uurprijs van de opvang (hourly price)")]
    uren_per_dag: Annotated[float, Field(gt=0, le=24, description="Uren opvang per opvangdag; leeg: de werkdag + 1 uur, bso 4 uur (hours of care per day of care)")] | None = None
    dagen: int | Literal["naar behoefte"] = Field(NAAR_BEHOEFTE, description="Vaste dagen per week (0-5), of 'naar behoefte': de dagen dat geen ouder thuis is (fixed days, or as needed)")

    @field_validator("dagen")
    @classmethod
    def _days_in_week(cls, value: Any) -> Any:
        if isinstance(value, int) and not 0 <= value <= 5:
            raise ValueError("|kies 0 tot 5 dagen of 'naar behoefte'|choose 0 to 5 days or 'naar behoefte'")
        return value

    @model_validator(mode="after")
    def _at_most_230_hours(self) -> "Opvang":
        days = 5 if self.dagen == NAAR_BEHOEFTE else int(self.dagen)
        if self.uren_per_dag is not None and too_many_care_hours(self.uren_per_dag, self.dagen):
            most = math.floor(MAX_CARE_HOURS_PER_MONTH / (max(days, 1) * WEEKS_PER_MONTH) * 10) / 10
            raise ValueError(
                f"uren_per_dag|meer dan {MAX_CARE_HOURS_PER_MONTH} uur opvang per maand; bij {days} dagen per week ten hoogste {hours(most)} uur per dag"
                f"|more than {MAX_CARE_HOURS_PER_MONTH} hours of care a month; at {days} days a week at most {hours(most, 'en')} hours a day"
            )
        return self

    def hours_per_day(self, working_hours_per_day: float) -> float:
        """The hours given, or a working day plus travel (day care, childminder) or an afternoon (bso)."""
        if self.uren_per_dag is not None:
            return self.uren_per_dag
        if self.soort == "buitenschoolse_opvang":
            return BSO_HOURS_PER_DAY
        return min(working_hours_per_day + TRAVEL_HOURS, 24.0)


class Kind(EenLeeftijd):
    naam: Annotated[str, Field(min_length=1, max_length=40)] | None = None
    geboortedatum: datetime.date | None = Field(None, description="Geboortedatum (date of birth), of de uitgerekende datum van een kind dat nog komt; of leeftijd")
    leeftijd: Annotated[int, Field(ge=0, le=17, description="Leeftijd op 1 januari van het jaar (age); of geboortedatum")] | None = None
    opvang: Opvang | None = None


class Scheiding(Strict):
    """What the "if you separate" view assumes: where the children live and the alimony agreed."""

    kinderen_wonen_bij: Literal[0, 1, "co-ouderschap"] = Field(0, description="Bij wie de kinderen wonen: 0 de eerste partner, 1 de tweede, of co-ouderschap (where the children live)")
    kinderalimentatie_per_maand: Annotated[float, Field(ge=0, le=10_000, description="Kinderalimentatie per maand, betaald door de ouder bij wie de kinderen niet wonen (child support a month)")] = 0.0
    partneralimentatie_per_maand: Annotated[float, Field(ge=0, le=50_000, description="Partneralimentatie per maand (spousal support a month)")] = 0.0
    partneralimentatie_ontvanger: Literal[0, 1] = Field(0, description="Wie de partneralimentatie ontvangt: 0 de eerste partner, 1 de tweede (who receives spousal support)")


class Koopwoning(Strict):
    """An owner-occupied home: WOZ value and the interest on the mortgage (or the debt and the rate)."""

    woz_waarde: Annotated[float, Field(ge=0, le=50_000_000, description="WOZ-waarde van de woning, van de WOZ-beschikking (WOZ value)")]
    hypotheekrente_per_jaar: Annotated[float, Field(ge=0, le=1_000_000, description="Betaalde hypotheekrente per jaar (mortgage interest a year)")] | None = None
    hypotheekschuld: Annotated[float, Field(ge=0, le=20_000_000, description="Hypotheekschuld voor de eigen woning (mortgage debt)")] | None = None
    rente_percentage: Annotated[float, Field(ge=0, le=20, description="Rente op de hypotheek in % per jaar (interest rate, %)")] | None = None

    @model_validator(mode="after")
    def _interest_fits_the_debt(self) -> "Koopwoning":
        if self.hypotheekrente_per_jaar is None and self.hypotheekschuld is not None and self.rente_percentage is None:
            raise ValueError("rente_percentage|geef bij de hypotheekschuld ook het rentepercentage, of de rente per jaar|with the debt, give the interest rate too, or the interest a year")
        if self.hypotheekrente_per_jaar is not None and self.hypotheekschuld is not None and self.hypotheekrente_per_jaar > self.hypotheekschuld:
            raise ValueError("hypotheekrente_per_jaar|de rente per jaar is hoger dan de hele hypotheekschuld|the interest a year is more than the whole mortgage debt")
        return self

    def interest_per_year(self) -> float:
        """The interest given, or the debt times the rate (an interest-only approximation of the year)."""
        if self.hypotheekrente_per_jaar is not None:
            return self.hypotheekrente_per_jaar
        if self.hypotheekschuld is not None and self.rente_percentage is not None:
            return round(self.hypotheekschuld * self.rente_percentage / 100, 2)
        return 0.0


class Huishouden(Strict):
    jaar: int = Field(description="Het jaar waarvoor gerekend wordt (year)")
    partners: Annotated[list[Partner], Field(min_length=1, max_length=2)]
    kinderen: Annotated[list[Kind], Field(max_length=MAX_CHILDREN)] = []
    huur_per_maand: Annotated[float, Field(ge=0, le=10_000, description="Kale huur per maand, zonder servicekosten; 0 bij een koopwoning (rent without service costs per month)")] = 0.0
    servicekosten_per_maand: Annotated[float, Field(ge=0, le=1_000, description="Servicekosten per maand die meetellen voor de huurtoeslag (service costs that count for huurtoeslag)")] = 0.0
    vermogen: Annotated[float, Field(ge=0, le=100_000_000, description="Spaargeld en beleggingen op 1 januari, samen (savings and investments)")] = 0.0
    koopwoning: Koopwoning | None = Field(None, description="Een koopwoning in plaats van een huurwoning: WOZ-waarde en hypotheekrente (an owner-occupied home)")
    scheiding: Scheiding | None = Field(None, description="Voor 'als u uit elkaar gaat': waar de kinderen wonen en de alimentatie (for the separation view)")

    @field_validator("jaar")
    @classmethod
    def _known_year(cls, value: int) -> int:
        if value not in YEARS:
            years = ", ".join(map(str, MODELLED_YEARS))
            raise ValueError(f"|het model rekent met de jaren {years}|the model covers the years {years}")
        return value

    @model_validator(mode="after")
    def _dates_fit_the_year(self) -> "Huishouden":
        for index, partner in enumerate(self.partners):
            if partner.geboortedatum is not None and not 15 <= self.jaar - partner.geboortedatum.year <= 100:
                raise ValueError(f"partners[{index}].geboortedatum|de leeftijd in {self.jaar} moet tussen 15 en 100 jaar liggen|the age in {self.jaar} must be between 15 and 100")
        for index, kind in enumerate(self.kinderen):
            if kind.geboortedatum is None:
                continue
            if kind.geboortedatum.year > self.jaar + 1:
                raise ValueError(f"kinderen[{index}].geboortedatum|het kind is na {self.jaar + 1} geboren|the child is born after {self.jaar + 1}")
            if self.jaar - kind.geboortedatum.year > 17:
                raise ValueError(f"kinderen[{index}].geboortedatum|het kind is in {self.jaar} ouder dan 17|the child is older than 17 in {self.jaar}")
        if self.scheiding is not None and len(self.partners) < 2:
            raise ValueError("scheiding|alleen bij twee partners|only with two partners")
        if self.koopwoning is not None and self.huur_per_maand + self.servicekosten_per_maand > 0:
            raise ValueError("huur_per_maand|bij een koopwoning betaalt u geen huur: laat de huur leeg of kies huur|with an owner-occupied home there is no rent: leave the rent empty or choose rent")
        return self

    def housing_per_month(self) -> float:
        """What the home costs a month: rent and service costs, or the mortgage interest (repayment not included)."""
        if self.koopwoning is not None:
            return self.koopwoning.interest_per_year() / 12
        return self.huur_per_maand + self.servicekosten_per_maand

    def partner_names(self) -> list[str]:
        return [p.naam or f"Partner {i + 1}" for i, p in enumerate(self.partners)]

    def child_names(self) -> list[str]:
        return [k.naam or f"Kind {i + 1}" for i, k in enumerate(self.kinderen)]

    def unborn_children(self) -> list[int]:
        """Children born after the year (a due date): only the leave plan can use them."""
        return [i for i, k in enumerate(self.kinderen) if k.geboortedatum is not None and k.geboortedatum.year > self.jaar]


def parse_household(data: Any, *, wages: bool = False, born_in_year: bool = True) -> Huishouden:
    """Validate a household description; raise InputError naming every bad field.

    `wages`: every partner must have a wage (the budget tool). `born_in_year`: no child born after the year (every
    tool but the leave plan, which plans for a baby still to come).
    """
    if not isinstance(data, dict):
        raise InputError([FieldError("(huishouden)", "verwacht een beschrijving met jaar, partners en kinderen", "expected a description with jaar, partners and kinderen")])
    try:
        household = Huishouden.model_validate(data)
    except ValidationError as error:
        found = list(dict.fromkeys(pydantic_field_error(item) for item in error.errors()))
        raise InputError(found) from None
    problems = []
    if household.jaar not in MODELLED_YEARS:
        problems.append(year_not_yet_published(household.jaar))
    if wages:
        problems += [
            FieldError(f"partners[{i}].uurloon", "geef uurloon, maandloon of jaarloon, of een onderneming of uitkering", "give uurloon, maandloon or jaarloon, or a business or benefit")
            for i, p in enumerate(household.partners) if not p.has_income()
        ]
    if born_in_year:
        problems += [
            FieldError(f"kinderen[{i}].geboortedatum", f"het kind is na {household.jaar} geboren", f"the child is born after {household.jaar}")
            for i in household.unborn_children()
        ]
    if problems:
        raise InputError(problems)
    return household


def year_not_yet_published(year: int) -> FieldError:
    """A year people may choose before all its amounts are published: say which laws still lack them, never guess."""
    missing = missing_parameters(year)
    laws = list(dict.fromkeys(item.law.replace("_", " ") for item in missing))
    complete = max([y for y in MODELLED_YEARS if y < year] or [MODELLED_YEARS[-1]])
    shown = ", ".join(laws[:4]) + (" …" if len(laws) > 4 else "")
    return FieldError(
        "jaar",
        f"voor {year} zijn nog niet alle bedragen gepubliceerd ({len(missing)} ontbreken, onder meer: {shown}); kies {complete}",
        f"not all amounts for {year} have been published yet ({len(missing)} missing, among them: {shown}); choose {complete}",
    )


def json_schema() -> dict[str, Any]:
    """The household description as JSON Schema (docs/huishouden.schema.json)."""
    schema = Huishouden.model_json_schema()
    schema["title"] = "Werkzorg huishouden"
    schema["description"] = "Eén beschrijving van een huishouden voor de budgettool, het verlofplan en de route naar werk; zie docs/budget.md."
    return schema
