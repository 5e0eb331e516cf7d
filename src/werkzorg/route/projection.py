"""Month by month for 36 months: what someone on bijstand has when working 0 hours and each number of hours.

How the numbers are made (and why here, not in one OpenFisca period):

* **Bijstand is monthly.** The model's MONTH variables (`model/variables/participatiewet/bijstand.py`) give the norm,
  the kostendelersnorm, the vrijlating and the bijstand for one month. The vrijlating depends on how many months the
  person has already worked (6 months 25 %, then 30 months 12,5 % for single parents): that history is the month
  number `inkomstenvrijlating_maand`, which this projection counts (1 in the first month of the job).
* **Tax and toeslagen are yearly in the law** (income tax; the Awir toetsingsinkomen). For a month we use the yearly
  model on twelve times that month, divided by twelve — what the advance (voorschot) of a toeslag and the payroll
  tax would be if the month's situation lasted the year. No new tax code: the model's `netto_inkomen` does it.
* **Net wage** = gross wage (hours × 52/12 × hourly wage × (1 + holiday pay)) minus the model's income tax and
  premiums on that wage alone: the employer applies the loonheffingskorting. The gemeente counts this net wage (art. 32).
* **Gross bijstand.** The gemeente pays the net bijstand and pays the tax on it. We find the gross amount B for
  which the partners' net income (wage plus B, the model's `netto_inkomen`) equals net wage + net bijstand, by secant
  steps (the tax is piecewise linear, so a few steps are exact). B counts in the toetsingsinkomen: that is how
  bijstand lowers huurtoeslag and zorgtoeslag (bijstand is taxable income, Wet IB 2001 art. 3.82).
* **On top of the norm** come zorgtoeslag, huurtoeslag, kindgebonden budget (with the alleenstaande-ouderkop),
  kinderbijslag and kinderopvangtoeslag; none of them counts as income for bijstand (art. 31 lid 2 onder a, b, k).
* **Childcare**, per child: used on the working days (work plus any hours in a route to work, `traject_uren_per_week`,
  which also meets the Wko art. 1.6 condition for kinderopvangtoeslag): days = hours ÷ hours per working day, rounded
  up, or the child's fixed days (`opvang.dagen`); hours a day as given, else the working day + 1 hour (bso 4 hours,
  `Opvang.hours_per_day`). Day care until 4, then buitenschoolse opvang (4 hours a day at the maximum hourly price),
  none after 12. A couple uses childcare only if the partner also follows a route to work (then both meet the Wko
  art. 1.6 condition).
* **Kinderbijslag per child per month** is the SVB amount for the quarter the month lies in (age band on the first day
  of the quarter, the amount in force then) divided by 3 — the model's `kinderbijslag_kwartaal`.
* **The wage follows the minimum wage** when no hourly wage is given: each month the statutory minimum hourly wage of
  that month (changed on 1 January and 1 July). An hourly wage given stays as given.
* **Months after the last modelled year** use the rules of its last month, December (later indexation is not
  known; results say so as provisional); people keep ageing: their birth dates move back by the months in between.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable

import numpy as np

from werkzorg.formatting import euro
from werkzorg.household import BSO_HOURS_PER_DAY, WEEKS_PER_MONTH
from werkzorg.model import MODELLED_YEARS, tax_benefit_system
from werkzorg.model.helpers import date_number
from werkzorg.model.population import KIND, PARTNER, simulation_from_arrays
from werkzorg.model.provenance import provisional_reason
from werkzorg.model.variables.algemene_kinderbijslagwet.kinderbijslag import kinderbijslag_kwartaal
from werkzorg.route.schema import MONTHS, Route, add_months, age_on, birth_date
from werkzorg.translation import untranslated

SCHOOL_AGE = 4
LAST_CARE_AGE = 12
#: Secant steps stop when the partners' yearly net income is within this many euros of the target.
TOLERANCE = 0.5

#: Per option and month (arrays of shape (options, months)); all amounts per month.
OUTPUTS = (
    "uurloon", "bruto_loon", "netto_loon", "vrijlating", "bijstand", "bijstand_bruto", "bijstandsnorm", "zorgtoeslag", "huurtoeslag",
    "kindgebonden_budget", "kinderbijslag", "kinderopvangtoeslag", "kinderopvang_kosten", "opvang_uren", "besteedbaar",
)
TOESLAGEN = ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget", "kinderopvangtoeslag")
#: Per child, option and month (arrays of shape (options, months, children)); amounts per month.
CHILD_OUTPUTS = ("kinderbijslag", "opvang_uren", "kinderopvang_kosten", "kinderopvangtoeslag")
PROVISIONAL_PARAMETERS = (
    "participatiewet.bijstandsnorm.alleenstaande", "participatiewet.bijstandsnorm.gehuwden",
    "participatiewet.inkomstenvrijlating.algemeen.maximum", "participatiewet.inkomstenvrijlating.alleenstaande_ouder.maximum",
    "cbs.economische_zelfstandigheid_grens", "wet_kinderopvang.kinderopvangtoeslag.tabel_eerste_kind",
)


@dataclasses.dataclass
class Projection:
    route: Route
    hours: list[float]  # 0 first, then the hours a week compared
    months: list[datetime.date]  # first day of each month
    values: dict[str, np.ndarray]  # name → (options, months)
    per_child: dict[str, np.ndarray]  # name → (options, months, children)
    care_types: list[list[str]]  # per month, per child: the type of care used when working (geen when none)
    economisch_zelfstandig: np.ndarray  # (options, months) bool: net wage at least the CBS threshold
    zelfstandigheid_grens: np.ndarray  # (months,) CBS threshold per month
    provisional: list[str]
    #: (Dutch text with placeholders, values), for translation; a float value is an amount in euros to the cent and a
    #: list of (amount, month) pairs the minimum wage's steps, both written in the reader's language by `assumption_lines`.
    assumption_texts: list[tuple[str, dict]]
    last_modelled_month: datetime.date
    #: The fewest whole hours a week at which the net wage reaches the norm of the first month (no bijstand needed
    #: once the vrijlating has ended); None above 60 hours.
    exit_hours: int | None = None

    @property
    def assumptions(self) -> list[str]:
        """The assumptions in Dutch."""
        return self.assumption_lines()

    def assumption_lines(self, translate: Callable[[str], str] = untranslated, lang: str = "nl") -> list[str]:
        """The assumptions in the language of `translate` (the web passes Django's gettext) and `lang` (amounts)."""
        return [translate(text) % {key: _written(value, lang) for key, value in values.items()} for text, values in self.assumption_texts]

    def gain(self) -> np.ndarray:
        """What each option yields per month compared with working 0 hours, after childcare costs."""
        return self.values["besteedbaar"] - self.values["besteedbaar"][0]

    def gain_per_hour(self) -> np.ndarray:
        hours = np.array(self.hours)[:, None] * WEEKS_PER_MONTH
        return np.divide(self.gain(), hours, out=np.zeros_like(self.gain()), where=hours > 0)


def model_month(day: datetime.date) -> datetime.date:
    """The month whose rules apply: the month itself, or the last modelled month (December of the last year)."""
    return min(day, datetime.date(MODELLED_YEARS[-1], 12, 1))


def _shift(born: datetime.date, months: int) -> datetime.date:
    """A birth date `months` earlier: someone born then has, in the model month, the age she has in the real month."""
    index = born.year * 12 + born.month - 1 - months
    year, month = index // 12, index % 12 + 1
    try:
        return born.replace(year=year, month=month)
    except ValueError:
        return born.replace(year=year, month=month, day=28)


@dataclasses.dataclass
class _Row:
    option: int
    month: int
    hours: float
    day: datetime.date
    model_day: datetime.date


def _care(route: Route, child_index: int, day: datetime.date, hours: float, parameters) -> tuple[str, float, float]:
    """(type, hourly price, hours per month) of a child's care in a month."""
    child = route.kinderen[child_index]
    days = route.care_days(child, hours)
    if days == 0:
        return "geen", 0.0, 0.0
    if route.partner is not None and not route.partner_in_traject:
        return "geen", 0.0, 0.0
    age = age_on(birth_date(child, route.huishouden.jaar), day)
    if age > LAST_CARE_AGE:
        return "geen", 0.0, 0.0
    care = child.opvang
    soort, price = care.soort, care.uurprijs
    per_day = care.hours_per_day(route.hours_per_working_day)
    if soort == "dagopvang" and age >= SCHOOL_AGE:
        soort = "buitenschoolse_opvang"
        price = parameters.wet_kinderopvang.kinderopvangtoeslag.maximum_uurprijs.buitenschoolse_opvang
        per_day = BSO_HOURS_PER_DAY
    return soort, price, days * per_day * WEEKS_PER_MONTH


def hourly_wage(route: Route, day: datetime.date) -> float:
    """The job's gross hourly wage in a month: as given, or the statutory minimum (21+) of that month."""
    if route.uurloon is not None:
        return route.uurloon
    return float(tax_benefit_system().get_parameters_at_instant(model_month(day).isoformat()).wet_minimumloon.minimumuurloon)


def kinderbijslag_per_month(route: Route, day: datetime.date) -> np.ndarray:
    """Each child's kinderbijslag in a month: the amount for the quarter it lies in (age on its first day), ÷ 3."""
    quarter = day.replace(month=3 * ((day.month - 1) // 3) + 1)
    if not route.kinderen:
        return np.zeros(0)
    parameters = tax_benefit_system().get_parameters_at_instant(model_month(quarter).isoformat()).algemene_kinderbijslagwet
    births = np.array([date_number(birth_date(child, route.huishouden.jaar)) for child in route.kinderen])
    return kinderbijslag_kwartaal(births, np.ones(len(births), dtype=bool), quarter, parameters) / 3


class _YearGroup:
    """The rows whose rules come from one modelled year, as one simulation per step."""

    def __init__(self, route: Route, rows: list[_Row], year: int) -> None:
        self.route, self.rows, self.year = route, rows, year
        self.partners = len(route.huishouden.partners)
        self.children = len(route.kinderen)
        n = len(rows)
        jaar = route.huishouden.jaar
        per_household = self.partners + self.children
        self.household_of_person = np.repeat(np.arange(n), per_household)
        self.role = np.tile([PARTNER] * self.partners + [KIND] * self.children, n)
        at = {day: tax_benefit_system().get_parameters_at_instant(day.isoformat()) for day in {row.model_day for row in rows}}
        self.wage = np.array([hourly_wage(route, r.day) for r in rows])
        holiday = np.array([at[r.model_day].wet_minimumloon.vakantiebijslag_percentage for r in rows])
        self.gross = np.array([r.hours for r in rows]) * WEEKS_PER_MONTH * self.wage * (1 + holiday)
        births, loon, meets, soort, price, care_hours = [], [], [], [], [], []
        for i, row in enumerate(rows):
            shift = (row.day.year - row.model_day.year) * 12 + row.day.month - row.model_day.month
            month_parameters = at[row.model_day]
            for p_index, person in enumerate(route.huishouden.partners):
                births.append(_shift(birth_date(person, jaar), shift))
                loon.append(12 * self.gross[i] if p_index == 0 else 0.0)
                # Wko art. 1.6: working, or following a route to work (traject), meets the condition
                meets.append(row.hours > 0 or route.traject_uren_per_week > 0 if p_index == 0 else route.partner_in_traject)
                soort.append("geen"), price.append(0.0), care_hours.append(0.0)
            for c_index, child in enumerate(route.kinderen):
                births.append(_shift(birth_date(child, jaar), shift))
                loon.append(0.0), meets.append(False)
                kind, hourly, hours = _care(route, c_index, row.day, row.hours, month_parameters)
                soort.append(kind), price.append(hourly), care_hours.append(hours)
        self.inputs = {
            "geboortedatum": np.array(births, dtype="datetime64[D]"),
            "loon": np.array(loon),
            "uren_per_week": np.where(np.array(loon) > 0, np.repeat([r.hours for r in rows], per_household), 0.0),
            "voldoet_aan_arbeidseis_kinderopvang": np.array(meets),
            "kinderopvang_soort": np.array(soort),
            "kinderopvang_uurprijs": np.array(price),
            "kinderopvang_uren_per_maand": np.array(care_hours),
        }
        self.is_partner = self.role == PARTNER
        self.is_child = self.role == KIND
        self.is_applicant = np.zeros(len(self.role), dtype=bool)
        self.is_applicant[::per_household] = True
        self.care_types = np.array(soort).reshape(n, per_household)[:, self.partners:]

    def simulation(self, gross_bijstand: np.ndarray):
        per_partner = np.repeat(gross_bijstand / self.partners, self.partners + self.children)
        inputs = {**self.inputs, "belastbare_uitkering": np.where(self.is_partner, per_partner, 0.0)}
        household = self.route.huishouden
        n = len(self.rows)
        return simulation_from_arrays(
            self.year, self.household_of_person, self.role, inputs,
            {
                "huur_per_maand": np.full(n, household.huur_per_maand),
                "servicekosten_per_maand": np.full(n, household.servicekosten_per_maand),
                "vermogen": np.full(n, household.vermogen),
            },
        )

    def partners_net(self, simulation) -> np.ndarray:
        return simulation.calculate("netto_inkomen_partners", str(self.year))

    def bijstand(self, simulation, net_wage: np.ndarray) -> dict[str, np.ndarray]:
        """Norm, vrijlating and net bijstand per row, month by month through the model's MONTH variables."""
        n = len(self.rows)
        per_household = self.partners + self.children
        found = {name: np.zeros(n) for name in ("bijstand", "bijstandsnorm", "vrijlating")}
        for day in sorted({row.model_day for row in self.rows}):
            period = day.strftime("%Y-%m")
            worked = np.zeros(len(self.role))
            month_number = np.zeros(len(self.role), dtype=int)
            worked[self.is_applicant] = net_wage
            month_number[self.is_applicant] = [row.month + 1 if row.hours > 0 else 0 for row in self.rows]
            simulation.set_input("netto_inkomsten_uit_arbeid", period, worked)
            simulation.set_input("inkomstenvrijlating_maand", period, month_number)
            simulation.set_input("aantal_andere_kostendelers", period, np.full(n, self.route.andere_kostendelers))
            simulation.set_input("is_medisch_urenbeperkt", period, self.is_applicant & self.route.medisch_urenbeperkt)
            mine = np.array([row.model_day == day for row in self.rows])
            found["bijstand"][mine] = simulation.calculate("bijstand", period)[mine]
            found["bijstandsnorm"][mine] = simulation.calculate("bijstandsnorm", period)[mine]
            vrijlating = simulation.calculate("inkomstenvrijlating", period).reshape(n, per_household).sum(axis=1)
            found["vrijlating"][mine] = vrijlating[mine]
        return found

    def _per_child(self, simulation, name: str) -> np.ndarray:
        """A person variable of the children, per row and child (rows, children)."""
        return simulation.calculate(name, str(self.year))[self.is_child].reshape(len(self.rows), self.children)

    def run(self) -> dict[str, np.ndarray]:
        period = str(self.year)
        zero = np.zeros(len(self.rows))
        first = self.simulation(zero)
        net_wage = np.round(first.calculate("netto_inkomen", period)[self.is_applicant] / 12, 2)
        base_net = self.partners_net(first)
        found = self.bijstand(first, net_wage)
        target = base_net + 12 * found["bijstand"]
        # Secant steps on B (yearly gross bijstand) until the partners' net income hits the target.
        previous_b, previous_net = zero, base_net
        b = 12 * found["bijstand"] * 1.4
        simulation = first
        for _ in range(10):
            if not np.any(b > 0):
                break
            simulation = self.simulation(b)
            net = self.partners_net(simulation)
            if np.all(np.abs(net - target) < TOLERANCE):
                break
            step = b - previous_b
            slope = np.divide(net - previous_net, step, out=np.full_like(b, 0.6), where=np.abs(step) > 1e-6)
            slope = np.clip(slope, 0.3, 1.0)
            previous_b, previous_net = b, net
            b = np.where(found["bijstand"] > 0, np.maximum(0.0, b + (target - net) / slope), 0.0)
        found["bijstand_bruto"] = b / 12
        found["netto_loon"] = net_wage
        found["bruto_loon"] = self.gross
        found["uurloon"] = self.wage
        found["opvang_uren"] = self.inputs["kinderopvang_uren_per_maand"].reshape(len(self.rows), -1).sum(axis=1)
        for name in TOESLAGEN + ("kinderopvang_kosten",):
            found[name] = simulation.calculate(name, period) / 12
        found["netto_partners"] = self.partners_net(simulation) / 12
        found["kinderopvangtoeslag_onbekend"] = simulation.calculate("kinderopvangtoeslag_onbekend", period)
        if self.children:
            entitled = simulation.calculate("heeft_recht_op_kinderopvangtoeslag", period)[:, None]
            found["child_opvang_uren"] = self.inputs["kinderopvang_uren_per_maand"][self.is_child].reshape(len(self.rows), self.children)
            found["child_kinderopvang_kosten"] = self._per_child(simulation, "kinderopvang_kosten_per_kind") / 12
            found["child_kinderopvangtoeslag"] = np.where(entitled, self._per_child(simulation, "kinderopvangtoeslag_per_kind") / 12, 0.0)
        return found


def project(route: Route) -> Projection:
    """Every option (0 hours and each number of hours) for 36 months."""
    start = route.start_date()
    months = [add_months(start, i) for i in range(MONTHS)]
    hours = [0.0] + [float(h) for h in route.uren]
    rows = [_Row(o, i, h, day, model_month(day)) for o, h in enumerate(hours) for i, day in enumerate(months)]
    shape = (len(hours), MONTHS)
    children = len(route.kinderen)
    values = {name: np.zeros(shape) for name in OUTPUTS}
    per_child = {name: np.zeros((*shape, children)) for name in CHILD_OUTPUTS}
    care_types = [["geen"] * children for _ in months]
    per_child["kinderbijslag"][:] = np.array([kinderbijslag_per_month(route, day) for day in months]).reshape(1, MONTHS, children)
    values["kinderbijslag"][:] = per_child["kinderbijslag"].sum(axis=2)
    unknown_kot = False
    for year in sorted({row.model_day.year for row in rows}):
        group_rows = [row for row in rows if row.model_day.year == year]
        group = _YearGroup(route, group_rows, year)
        found = group.run()
        unknown_kot |= bool(np.any(found["kinderopvangtoeslag_onbekend"]))
        options = np.array([row.option for row in group_rows])
        month_index = np.array([row.month for row in group_rows])
        for name in OUTPUTS:
            if name not in ("besteedbaar", "kinderbijslag"):
                values[name][options, month_index] = found[name]
        if children:
            for name in CHILD_OUTPUTS[1:]:
                per_child[name][options, month_index] = found[f"child_{name}"]
            for row, types in zip(group_rows, group.care_types):
                if row.option == len(hours) - 1:  # the most hours: the care used when working
                    care_types[row.month] = list(types)
        values["besteedbaar"][options, month_index] = (
            found["netto_partners"] + sum(found[name] for name in TOESLAGEN) - found["kinderopvang_kosten"]
        )
    values["besteedbaar"] += values["kinderbijslag"]
    for name in OUTPUTS:
        values[name] = np.round(values[name], 2)
    for name in CHILD_OUTPUTS:
        per_child[name] = np.round(per_child[name], 2)
    threshold = np.array([
        tax_benefit_system().get_parameters_at_instant(model_month(day).isoformat()).cbs.economische_zelfstandigheid_grens
        for day in months
    ])
    independent = values["netto_loon"] >= threshold[None, :]
    last = datetime.date(MODELLED_YEARS[-1], 12, 1)
    provisional = _provisional(route, months, unknown_kot, last)
    assumptions = _assumptions(route, values["uurloon"][0], months, last)
    exit_at = _exit_hours(route, months[0], float(values["bijstandsnorm"][0][0]))
    return Projection(route, hours, months, values, per_child, care_types, independent, threshold, provisional, assumptions, last, exit_at)


def _exit_hours(route: Route, first: datetime.date, norm: float) -> int | None:
    """The fewest whole hours a week (1 to 60) at which the net wage alone reaches the norm, in the first month."""
    day = model_month(first)
    rows = [_Row(0, 0, float(h), first, day) for h in range(1, 61)]
    group = _YearGroup(route, rows, day.year)
    net = group.simulation(np.zeros(len(rows))).calculate("netto_inkomen", str(day.year))[group.is_applicant] / 12
    enough = np.flatnonzero(net >= norm)
    return int(enough[0]) + 1 if len(enough) else None


def _provisional(route: Route, months: list[datetime.date], unknown_kot: bool, last: datetime.date) -> list[str]:
    reasons = []
    for name in PROVISIONAL_PARAMETERS:
        if name.endswith("gehuwden") and route.partner is None:
            continue
        if name.endswith("alleenstaande") and route.partner is not None:
            continue
        for instant in sorted({model_month(day).isoformat() for day in months}):
            reason = provisional_reason(name, instant)
            if reason:
                reasons.append(reason)
    if unknown_kot:
        reasons.append(gettext_noop("Het percentage kinderopvangtoeslag voor dit inkomen is niet bekend in het model; de toeslag is als 0 gerekend."))
    return list(dict.fromkeys(reasons))


def gettext_noop(text: str) -> str:
    """Marks a Dutch text for the English catalogue (makemessages finds it); the web translates it."""
    return text


def _written(value, lang: str):
    """An assumption's value as the reader reads it: an amount to the cent, or the minimum wage's steps by month."""
    if isinstance(value, float):
        return euro(value, lang, cents=True)
    if isinstance(value, list):
        return ", ".join(f"{euro(amount, lang, cents=True)} ({month:%m-%Y})" for amount, month in value)
    return value


def _wage_text(route: Route, wages: np.ndarray, months: list[datetime.date]) -> tuple[str, dict]:
    if route.uurloon is not None:
        return (gettext_noop("Bruto uurloon %(wage)s zonder vakantiegeld; het vakantiegeld (8 %%) is over de maanden verdeeld."), {"wage": float(route.uurloon)})
    changes = [m for m in range(len(months)) if m == 0 or wages[m] != wages[m - 1]]
    steps = [(float(wages[m]), months[m]) for m in changes]
    return (
        gettext_noop("Bruto uurloon: het minimumloon van elke maand, zonder vakantiegeld: %(steps)s. Het minimumloon verandert op 1 januari en 1 juli. Het vakantiegeld (8 %%) is over de maanden verdeeld."),
        {"steps": steps},
    )


def _assumptions(route: Route, wages: np.ndarray, months: list[datetime.date], last: datetime.date) -> list[tuple[str, dict]]:
    """(Dutch text with %(name)s placeholders, values): Dutch for the CLI and JSON, translated on the web pages."""
    found = [
        _wage_text(route, wages, months),
        (gettext_noop("Netto loon: de belasting over het jaar met alle heffingskortingen waar u recht op heeft (ook de inkomensafhankelijke combinatiekorting). Op uw loonstrook kan het netto loon iets lager zijn."), {}),
        (gettext_noop("De gemeente betaalt de belasting over de bijstand."), {}),
        (gettext_noop("De bijstand is inclusief vakantietoeslag; die is over de maanden verdeeld. De gemeente betaalt de vakantietoeslag meestal één keer per jaar."), {}),
        (gettext_noop("Kinderbijslag per kind per maand: het bedrag van de SVB voor het kwartaal, gedeeld door 3. De SVB betaalt na elk kwartaal."), {}),
        (gettext_noop("Toeslagen en belasting per maand: het jaarbedrag als deze maand het hele jaar zo zou zijn, gedeeld door 12."), {}),
        (gettext_noop("Geen vermogen, geen andere inkomsten, geen verlaging of woonkostentoeslag; de gemeente kent de vrijlating toe."), {}),
    ]
    if route.huishouden.vermogen > 0:
        found[-1] = (
            gettext_noop("Uw spaargeld (%(amount)s) telt mee voor de toeslagen. Of u daarmee bijstand krijgt, toetst de gemeente (de vermogensgrens); dat rekent deze tool niet. Geen andere inkomsten, geen verlaging of woonkostentoeslag."),
            {"amount": float(route.huishouden.vermogen)},
        )
    if months[-1] > last:
        found.append((gettext_noop("Na %(year)s rekent het model met de bedragen van december %(year)s: latere verhogingen zijn nog niet bekend. Die maanden zijn een schatting (in de tabel met *)."), {"year": last.year}))
    if route.kinderen and any(k.opvang for k in route.kinderen):
        found.append((gettext_noop("Opvang per kind op de werkdagen (uren ÷ uren per werkdag, naar boven afgerond) of op de vaste dagen; dagopvang tot 4 jaar, daarna bso 4 uur per dag tegen de maximum uurprijs; geen opvang na 12 jaar."), {}))
        if route.partner is not None and not route.partner_in_traject:
            found.append((gettext_noop("Met een partner die niet werkt en geen traject volgt: geen kinderopvang en geen kinderopvangtoeslag."), {}))
    return found
