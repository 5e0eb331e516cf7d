"""Compute every split of the working week for a household in one vectorised model call.

One simulation holds three blocks of households:
  A. the household in each split (36 for a couple, 6 for a single parent), in the chosen year;
  B. each partner alone in each split ("what if we separate"): the children where they will live (see
     `Huishouden.scheiding`; by default with the first partner), with the alimony agreed;
  C. the household in each split in each of the next nine years: the same rules and prices, everyone a year older
     each year, children moving from day care to out-of-school care and out of childcare.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools

import numpy as np

from werkzorg.budget.scenarios import (
    LAST_CARE_AGE,
    SCHOOL_AGE,
    all_splits,
    care_hours_per_month,
    childcare_days,
    current_split,
    gross_wage,
    longest_working_day,
    part_time_factor,
)
from werkzorg.household import BENEFIT_INPUTS, Huishouden, Kind, Opvang, parse_household
from werkzorg.model import tax_benefit_system
from werkzorg.model.explain import DependencyGraph, Explanation
from werkzorg.model.population import KIND, PARTNER, simulation_from_arrays

YEARS_AHEAD = 10
#: Out-of-school care a child moves to at 4 when no other child's bso is described: hours a day (after school).
DEFAULT_BSO_HOURS_PER_DAY = 4.0

HOUSEHOLD_OUTPUTS = [
    "besteedbaar_inkomen", "netto_inkomen_partners", "zorgtoeslag", "huurtoeslag", "kindgebonden_budget",
    "kinderopvangtoeslag", "kinderbijslag", "kinderopvang_kosten", "kinderopvangtoeslag_onbekend", "toetsingsinkomen",
    "eigenwoningforfait",
]
PARTNER_OUTPUTS = [
    "loon", "pensioengevend_loon", "box1_belasting_voor_kortingen", "algemene_heffingskorting_verrekend",
    "arbeidskorting_verrekend", "inkomensafhankelijke_combinatiekorting_verrekend", "algemene_heffingskorting_uitbetaling",
    "inkomstenbelasting", "netto_inkomen", "netto_arbeidsinkomen", "economisch_zelfstandig",
    "economische_zelfstandigheid_afstand", "economische_zelfstandigheid_grens", "pensioenopbouw",
    "winst_uit_onderneming", "zelfstandigenaftrek", "startersaftrek", "mkb_winstvrijstelling", "uitkeringen", "aftrek_eigen_woning",
    "ouderenkorting_verrekend",
]


@dataclasses.dataclass
class BudgetRun:
    household: Huishouden
    splits: list[tuple[int, ...]]
    current: int
    care_days: list[list[int]]  # per split, per child: days a week in childcare
    #: block A: variable → array (splits,) for household outputs or (splits, partners) for partner outputs
    now: dict[str, np.ndarray]
    pension_premium: np.ndarray  # (splits, partners), own pension premium per year
    gross: np.ndarray  # (splits, partners), gross wage including holiday pay, before pension premium
    #: block B: partner alone (with the children if they live there), (splits, partners) for person and household outputs
    alone: dict[str, np.ndarray]
    #: block C: (years, splits) and (years, splits, partners); year 0 is block A
    ahead: dict[str, np.ndarray]
    #: output variable → reasons its value is provisional
    provisional: dict[str, list[str]]
    assumptions: list[str]
    #: output variable → the parameters (with sources) it used; the same for every household of a year
    explanations: dict[str, Explanation] = dataclasses.field(default_factory=dict)


def _birth_date(date: datetime.date | None, age: int | None, year: int) -> datetime.date:
    """A given age means that age all year: born on 1 January."""
    return date if date is not None else datetime.date(year - age, 1, 1)


def _older(date: datetime.date, years: int) -> datetime.date:
    try:
        return date.replace(year=date.year - years)
    except ValueError:  # 29 February
        return date.replace(year=date.year - years, day=28)


def _care_later(child: Kind, age: int, bso: Opvang) -> tuple[Opvang | None, Opvang | None]:
    """(type, price and hours; days rule) of a child's care at a later age: day care becomes out-of-school care at 4,
    with the same days rule; none after primary school."""
    care = child.opvang
    if care is None or age > LAST_CARE_AGE:
        return None, None
    if care.soort == "dagopvang" and age >= SCHOOL_AGE:
        return bso, care
    return care, care


@dataclasses.dataclass
class _Wages:
    """Per split and partner: gross wage, part-time factor and own pension premium; per partner: accrual rate."""

    gross: np.ndarray
    part_time: np.ndarray
    premium: np.ndarray
    participates: np.ndarray
    accrual: np.ndarray


def _wages(household: Huishouden, splits: list[tuple[int, ...]], holiday_pay: float, franchise: float) -> _Wages:
    gross = np.array([[gross_wage(p, d, holiday_pay) for p, d in zip(household.partners, split)] for split in splits])
    part_time = np.array([[part_time_factor(p, d) for p, d in zip(household.partners, split)] for split in splits])
    participates = np.array([p.pensioen.deelnemer for p in household.partners])
    premium_rate = np.array([p.pensioen.premie_percentage / 100 for p in household.partners])
    premium = np.where(participates, premium_rate * np.maximum(0, gross - franchise * part_time), 0.0)
    accrual = np.array([np.nan if p.pensioen.opbouwpercentage is None else p.pensioen.opbouwpercentage / 100 for p in household.partners])
    return _Wages(gross, part_time, premium, participates, accrual)


def _business_and_benefits(household: Huishouden, splits: list[tuple[int, ...]]) -> dict[str, np.ndarray]:
    """Per split and partner: profit, hours in the business and benefits a year.

    A self-employed partner without a wage works the split's days in the business: profit and hours in proportion to
    the days given now. Next to a job the business stays as given, and the days vary the job.
    """
    n, partners = len(splits), household.partners
    columns = {name: np.zeros((n, len(partners))) for name in BUSINESS_COLUMNS}
    columns["is_starter"] = np.zeros((n, len(partners)), dtype=bool)
    for p, partner in enumerate(partners):
        business = partner.onderneming
        if business is not None:
            share = np.array([split[p] / partner.dagen_per_week if partner.dagen_per_week else 0.0 for split in splits])
            share = share if partner.days_vary_business() else np.ones(n)
            columns["winst_uit_onderneming"][:, p] = business.winst_per_jaar * share
            columns["uren_onderneming"][:, p] = business.hours_per_year() * share
            columns["is_starter"][:, p] = business.starter
        if partner.uitkeringen_per_maand is not None:
            for name, amount in partner.uitkeringen_per_maand.per_year().items():
                columns[name][:, p] = amount
    return columns


class _Population:
    """The persons and households of the one simulation, built block by block as arrays.

    A block is one household per split (everyone, with the children, `years_ahead` years older) or, with
    `only_partner`, that partner alone in each split after a separation: with the children if they live there (and
    then in the home, with its rent), with the alimony agreed, and half the savings.
    """

    def __init__(self, household: Huishouden, splits: list[tuple[int, ...]], wages: _Wages, bso: Opvang) -> None:
        self.household, self.splits, self.wages, self.bso = household, splits, wages, bso
        self.days = np.array(splits)
        self.hours_per_day = np.array([p.uren_per_dag for p in household.partners])
        self.columns: dict[str, list[np.ndarray]] = {name: [] for name in (*PERSON_COLUMNS, "household", "role")}
        self.households = 0
        self.business = _business_and_benefits(household, splits)
        self.in_a_job = np.array([p.has_wage() for p in household.partners], dtype=float)
        self.woz: list[np.ndarray] = []
        self.interest: list[np.ndarray] = []
        self.rents: list[np.ndarray] = []
        self.service_costs: list[np.ndarray] = []
        self.wealth: list[np.ndarray] = []

    def _births(self, years_ahead: int) -> tuple[np.ndarray, np.ndarray]:
        year = self.household.jaar
        partners = [_older(_birth_date(p.geboortedatum, p.leeftijd, year), years_ahead) for p in self.household.partners]
        children = [_older(_birth_date(k.geboortedatum, k.leeftijd, year), years_ahead) for k in self.household.kinderen]
        return np.array(partners, dtype="datetime64[D]"), np.array(children, dtype="datetime64[D]")

    def add_block(self, years_ahead: int = 0, only_partner: int | None = None) -> None:
        n = len(self.splits)
        wages, together = self.wages, only_partner is None
        partner_births, child_births = self._births(years_ahead)
        keep = slice(None) if together else slice(only_partner, only_partner + 1)
        partners = {
            "geboortedatum": np.broadcast_to(partner_births[keep], (n, len(partner_births[keep]))),
            "loon": (wages.gross - wages.premium)[:, keep],
            "uren_per_week": (self.days * self.hours_per_day * self.in_a_job)[:, keep],
            "pensioengevend_loon": np.where(wages.participates, wages.gross, 0.0)[:, keep],
            "deeltijdfactor": wages.part_time[:, keep],
            "pensioen_opbouwpercentage": np.broadcast_to(wages.accrual[keep], (n, len(wages.accrual[keep]))),
            **{name: values[:, keep] for name, values in self.business.items()},
        }
        blocks = {name: [partners.get(name, _empty(name, partners["loon"].shape))] for name in PERSON_COLUMNS}
        roles = [np.full(partners["loon"].shape, PARTNER)]
        if only_partner is not None:
            for name, values in separation_money(self.household, only_partner).items():
                blocks[name] = [np.full(partners["loon"].shape, values)]
            blocks["co_ouder_kind_onder_12"] = [np.full(partners["loon"].shape, co_parent_iack(self.household, only_partner, years_ahead))]
        with_children = together or children_live_with(self.household) == only_partner
        if with_children and self.household.kinderen:
            children = self._children(years_ahead, child_births, only_partner)
            for name in PERSON_COLUMNS:
                blocks[name].append(children.get(name, _empty(name, children["geboortedatum"].shape)))
            roles.append(np.full(children["geboortedatum"].shape, KIND))
        per_household = sum(block.shape[1] for block in roles)
        for name in PERSON_COLUMNS:
            self.columns[name].append(np.concatenate(blocks[name], axis=1).ravel())
        self.columns["role"].append(np.concatenate(roles, axis=1).ravel())
        self.columns["household"].append(np.repeat(np.arange(self.households, self.households + n), per_household))
        self.households += n
        in_the_home = together or (with_children and bool(self.household.kinderen))  # the parent with the children keeps the home
        self.rents.append(np.full(n, self.household.huur_per_maand if in_the_home else 0.0))
        home = self.household.koopwoning
        self.woz.append(np.full(n, home.woz_waarde if home is not None and in_the_home else 0.0))
        self.interest.append(np.full(n, home.interest_per_year() if home is not None and in_the_home else 0.0))
        self.service_costs.append(np.full(n, self.household.servicekosten_per_maand if in_the_home else 0.0))
        self.wealth.append(np.full(n, self.household.vermogen if together else self.household.vermogen / len(self.household.partners)))

    def _children(self, years_ahead: int, births: np.ndarray, only_partner: int | None = None) -> dict[str, np.ndarray]:
        """The children's columns; after a separation their care follows the days the parent they live with works."""
        n, year = len(self.splits), self.household.jaar
        kinds, prices, hours = [], [], []
        for child, born in zip(self.household.kinderen, births.tolist()):
            if years_ahead == 0:
                care, days_rule = child.opvang, child.opvang
            else:
                care, days_rule = _care_later(child, _age_on_new_year(born, year), self.bso)
            kinds.append(care.soort if care else "geen")
            prices.append(care.uurprijs if care else 0.0)
            working_day = longest_working_day(self.household)
            days = self.splits if only_partner is None else [(split[only_partner],) for split in self.splits]
            hours.append([care_hours_per_month(care, split, days_rule, working_day) for split in days])
        k = len(births)
        return {
            "geboortedatum": np.broadcast_to(births, (n, k)),
            "kinderopvang_soort": np.broadcast_to(np.array(kinds), (n, k)),
            "kinderopvang_uurprijs": np.broadcast_to(np.array(prices), (n, k)),
            "kinderopvang_uren_per_maand": np.array(hours).T,
        }

    def simulation(self, default_accrual: float):
        columns = {name: np.concatenate(parts) for name, parts in self.columns.items()}
        rates = columns.pop("pensioen_opbouwpercentage")
        inputs = {name: values for name, values in columns.items() if name not in ("household", "role")}
        if not np.all(np.isnan(rates)):
            # Someone gave their own accrual rate: set it for everyone, the model's default where none was given.
            inputs["pensioen_opbouwpercentage"] = np.where(np.isnan(rates), default_accrual, rates)
        return simulation_from_arrays(
            self.household.jaar, columns["household"], columns["role"], inputs,
            {
                "huur_per_maand": np.concatenate(self.rents), "servicekosten_per_maand": np.concatenate(self.service_costs),
                "vermogen": np.concatenate(self.wealth), "woz_waarde": np.concatenate(self.woz), "hypotheekrente": np.concatenate(self.interest),
            },
        )


ALIMONY_COLUMNS = ("partneralimentatie_ontvangen", "partneralimentatie_betaald", "kinderalimentatie_ontvangen", "kinderalimentatie_betaald")
BUSINESS_COLUMNS = ("winst_uit_onderneming", "uren_onderneming", *BENEFIT_INPUTS.values())
PERSON_COLUMNS = (
    "geboortedatum", "loon", "uren_per_week", "pensioengevend_loon", "deeltijdfactor", "pensioen_opbouwpercentage",
    "kinderopvang_soort", "kinderopvang_uren_per_maand", "kinderopvang_uurprijs", *ALIMONY_COLUMNS,
    *BUSINESS_COLUMNS, "is_starter", "co_ouder_kind_onder_12",
)


def co_parent_iack(household: Huishouden, partner: int, years_ahead: int = 0) -> bool:
    """With co-ouderschap the parent the children are not registered with has the IACK as a co-parent when a child is
    under 12 (Wet IB 2001 art. 8.14a lid 1: at least 156 days a year in each household): half of the week each."""
    terms = household.scheiding
    if terms is None or terms.kinderen_wonen_bij != "co-ouderschap" or partner == children_live_with(household):
        return False
    year = household.jaar
    ages = [_age_on_new_year(_older(_birth_date(k.geboortedatum, k.leeftijd, year), years_ahead), year) for k in household.kinderen]
    return any(age < 12 for age in ages)


def children_live_with(household: Huishouden) -> int:
    """The partner whose household the children belong to after a separation (kinderbijslag, kindgebonden budget,
    childcare). With co-ouderschap: the first partner, who receives the kinderbijslag; the other has the co-parent
    IACK (`co_parent_iack`)."""
    terms = household.scheiding
    if terms is None or terms.kinderen_wonen_bij == "co-ouderschap":
        return 0
    return int(terms.kinderen_wonen_bij)


def separation_money(household: Huishouden, partner: int) -> dict[str, float]:
    """Alimony a year for one former partner: partneralimentatie to the receiver, kinderalimentatie from the parent the
    children do not live with."""
    terms = household.scheiding
    money = dict.fromkeys(ALIMONY_COLUMNS, 0.0)
    if terms is None:
        return money
    spousal = 12 * terms.partneralimentatie_per_maand
    money["partneralimentatie_ontvangen" if partner == terms.partneralimentatie_ontvanger else "partneralimentatie_betaald"] = spousal
    if household.kinderen:
        child = 12 * terms.kinderalimentatie_per_maand
        money["kinderalimentatie_ontvangen" if partner == children_live_with(household) else "kinderalimentatie_betaald"] = child
    return money
_EMPTY = {
    "geboortedatum": np.datetime64("1980-01-01"), "kinderopvang_soort": "geen", "pensioen_opbouwpercentage": np.nan,
    "is_starter": False, "co_ouder_kind_onder_12": False,
}


def _empty(name: str, shape: tuple[int, ...]) -> np.ndarray:
    """The value a column has for persons it does not concern (children's wage, partners' childcare)."""
    return np.full(shape, _EMPTY.get(name, 0.0))


def _assumptions(household: Huishouden, bso_given: bool) -> list[str]:
    found = []
    if any(k.opvang and k.opvang.soort == "dagopvang" for k in household.kinderen):
        if bso_given:
            found.append(f"In de jaren vooruit gaat een kind vanaf {SCHOOL_AGE} jaar van de dagopvang naar de bso, met de uren en prijs van de bso uit uw invoer.")
        else:
            found.append(
                f"In de jaren vooruit gaat een kind vanaf {SCHOOL_AGE} jaar van de dagopvang naar de bso: "
                f"{DEFAULT_BSO_HOURS_PER_DAY:g} uur per opvangdag tegen de maximum uurprijs bso."
            )
    if household.kinderen:
        found.append(f"Kinderopvang stopt na het jaar waarin het kind {LAST_CARE_AGE} is; schoolvakanties tellen niet apart.")
    return found


ACCRUAL_PARAMETER = "wet_op_de_loonbelasting_1964.pensioen.opbouwpercentage"
#: The outputs whose provisional status the report lists.
PROVISIONAL_OUTPUTS = ("besteedbaar_inkomen", "economisch_zelfstandig", "pensioenopbouw", "netto_inkomen", "kinderopvangtoeslag")
#: The outputs whose parameters and sources the tool explains.
EXPLAINED_OUTPUTS = (
    "besteedbaar_inkomen", "netto_inkomen", "inkomstenbelasting", "zorgtoeslag", "huurtoeslag", "kindgebonden_budget",
    "kinderbijslag", "kinderopvangtoeslag", "economisch_zelfstandig", "pensioenopbouw",
)
_REFERENCE_HOUSEHOLD = {
    "partners": [{"leeftijd": 35, "uurloon": 20, "dagen_per_week": 3}, {"leeftijd": 37, "uurloon": 25, "dagen_per_week": 5}],
    "kinderen": [
        {"leeftijd": 2, "opvang": {"soort": "dagopvang", "uurprijs": 11, "uren_per_dag": 10}},
        {"leeftijd": 7, "opvang": {"soort": "buitenschoolse_opvang", "uurprijs": 10, "uren_per_dag": 4}},
    ],
    "huur_per_maand": 800,
}


def _own_bso(household: Huishouden) -> Opvang | None:
    return next((k.opvang for k in household.kinderen if k.opvang and k.opvang.soort == "buitenschoolse_opvang"), None)


def _simulate(household: Huishouden, trace: bool):
    """Build the one simulation of blocks A, B and C for a household."""
    parameters = tax_benefit_system().get_parameters_at_instant(f"{household.jaar}-01-01")
    pension = parameters.wet_op_de_loonbelasting_1964.pensioen
    splits = all_splits(len(household.partners))
    wages = _wages(household, splits, parameters.wet_minimumloon.vakantiebijslag_percentage, pension.aow_franchise)
    default_bso = Opvang(
        soort="buitenschoolse_opvang",
        uurprijs=parameters.wet_kinderopvang.kinderopvangtoeslag.maximum_uurprijs.buitenschoolse_opvang,
        uren_per_dag=DEFAULT_BSO_HOURS_PER_DAY,
    )
    population = _Population(household, splits, wages, _own_bso(household) or default_bso)
    population.add_block()  # block A
    for index in range(len(household.partners)):  # block B, partner by partner
        population.add_block(only_partner=index)
    for years_ahead in range(1, YEARS_AHEAD):  # block C
        population.add_block(years_ahead)
    simulation = population.simulation(pension.opbouwpercentage)
    simulation.trace = trace
    return simulation, population, wages, splits


@functools.cache
def explanations_for_year(year: int) -> dict[str, Explanation]:
    """Which parameters each output uses in a year, traced once on a reference household that touches every rule.

    The set does not depend on the household: formulas evaluate all branches (np.where / np.select) and choose a
    dated formula by year only. So one traced run per year serves every request; the rest run untraced.
    """
    reference = parse_household({"jaar": year, **_REFERENCE_HOUSEHOLD})
    simulation, _, _, _ = _simulate(reference, trace=True)
    for name in EXPLAINED_OUTPUTS:
        simulation.calculate(name, str(year))
    graph = DependencyGraph(simulation.tracer)
    return {name: graph.explain(name, str(year)) for name in EXPLAINED_OUTPUTS}


def run(household: Huishouden, trace: bool = False) -> BudgetRun:
    """Every split of the working week, each partner alone, and nine years ahead: one model call.

    `trace` traces this run too (slower); explanations and provisional marks come from `explanations_for_year`.
    """
    year, period = household.jaar, str(household.jaar)
    simulation, population, wages, splits = _simulate(household, trace)
    n_splits, n_partners = len(splits), len(household.partners)
    explanations = explanations_for_year(year)
    own_bso = _own_bso(household)
    roles = np.concatenate(population.columns["role"])
    is_partner = roles == PARTNER
    partner_household = np.concatenate(population.columns["household"])[is_partner]
    household_values = {name: simulation.calculate(name, period) for name in HOUSEHOLD_OUTPUTS}
    partner_values = {name: simulation.calculate(name, period)[is_partner] for name in PARTNER_OUTPUTS}
    end_a, end_b = n_splits, n_splits * (1 + n_partners)

    now = {name: values[:end_a] for name, values in household_values.items()}
    now.update({name: values[partner_household < end_a].reshape(n_splits, n_partners) for name, values in partner_values.items()})
    in_b = (partner_household >= end_a) & (partner_household < end_b)
    alone = {name: values[in_b].reshape(n_partners, n_splits).T for name, values in partner_values.items()}
    alone.update({name: values[end_a:end_b].reshape(n_partners, n_splits).T for name, values in household_values.items()})
    ahead = {"besteedbaar_inkomen": np.concatenate([now["besteedbaar_inkomen"][None, :], household_values["besteedbaar_inkomen"][end_b:].reshape(YEARS_AHEAD - 1, n_splits)])}
    for name in ("netto_inkomen", "pensioenopbouw", "economisch_zelfstandig"):
        later = partner_values[name][partner_household >= end_b].reshape(YEARS_AHEAD - 1, n_splits, n_partners)
        ahead[name] = np.concatenate([now[name][None, :, :], later])

    # Everyone's own accrual rate given: the model's illustrative default rate is not used.
    skip = {ACCRUAL_PARAMETER} if not np.any(np.isnan(wages.accrual)) else set()
    provisional = {}
    for name in PROVISIONAL_OUTPUTS:
        reasons = [use.provisional for use in explanations[name].provisional if use.name not in skip]
        if reasons:
            provisional[name] = list(dict.fromkeys(reasons))
    care = [[childcare_days(child, split) for child in household.kinderen] for split in splits]
    return BudgetRun(
        household, splits, splits.index(current_split(household)), care, now, wages.premium, wages.gross, alone, ahead,
        provisional, _assumptions(household, own_bso is not None), explanations,
    )


def _age_on_new_year(born: datetime.date, year: int) -> int:
    return year - born.year - (1 if (born.month, born.day) > (1, 1) else 0)


