"""Which years the model offers, which year people get, and which parameters a year still lacks.

A parameter that the law renews every year carries `metadata: {update: jaarlijks}` (new value each 1 January) or
`{update: halfjaarlijks}` (each 1 January and 1 July); a law's `index.yaml` says in `metadata.publicatie` where the
new values are published. Other parameters hold until the law changes. OpenFisca would silently carry last year's
value forward; `missing_at` tells when that would happen, so a calculation refuses instead of guessing.

One exception is made explicit rather than silent: the 1 July amounts of a half-yearly parameter are published in
May or June. Until then the 1 January amount of the same year is used for the second half year, and the result is
marked provisional (`july_reason`), never computed with last year's value.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import re

from openfisca_core.parameters import Parameter, ParameterNode, ParameterScale

from werkzorg.model import MODELLED_YEARS, YEARS, tax_benefit_system

YEARLY = "jaarlijks"
HALF_YEARLY = "halfjaarlijks"
#: From this month on the next year is offered; in DEFAULT_NEXT_MONTH it is the default.
OFFER_NEXT_FROM_MONTH = 10
DEFAULT_NEXT_MONTH = 12


def offered_years(today: datetime.date) -> list[int]:
    """The years people can choose: every model year up to this one, and from 1 October the next one too.

    Before the first model year only that year is offered.
    """
    last = today.year + (1 if today.month >= OFFER_NEXT_FROM_MONTH else 0)
    return [year for year in YEARS if year <= last] or [YEARS[0]]


def default_year(today: datetime.date) -> int:
    """The year people get unless they choose: this year, in December next year (when it is offered)."""
    offered = offered_years(today)
    wanted = today.year + (1 if today.month >= DEFAULT_NEXT_MONTH else 0)
    earlier = [year for year in offered if year <= wanted]
    return earlier[-1] if earlier else offered[0]


def complete_year(today: datetime.date) -> int:
    """The default year if every rule has its parameters for it, else the newest complete year before it."""
    wanted = default_year(today)
    earlier = [year for year in MODELLED_YEARS if year <= wanted]
    return earlier[-1] if earlier else MODELLED_YEARS[0]


@dataclasses.dataclass(frozen=True)
class MissingParameter:
    name: str
    law: str
    #: the date from which a value is needed, e.g. "2027-01-01"
    needed_from: str
    #: the start of the newest value there is, e.g. "2026-07-01"
    newest: str | None
    update: str
    publication: str


def _node(name: str):
    node = tax_benefit_system().parameters
    for part in name.split("."):
        node = node.children[part]
    return node


@functools.cache
def update_frequency(name: str) -> str | None:
    """`jaarlijks`, `halfjaarlijks` or None (holds until the law changes); set on the parameter or an enclosing node."""
    parts = name.split(".")
    for depth in range(len(parts), 0, -1):
        try:
            node = _node(".".join(parts[:depth]))
        except (KeyError, AttributeError):
            continue
        update = (getattr(node, "metadata", None) or {}).get("update")
        if update:
            return update
    return None


def _starts(node) -> list[str]:
    """Start dates of every dated value in a parameter or scale (all brackets)."""
    if isinstance(node, Parameter):
        return [value.instant_str for value in node.values_list]
    if isinstance(node, ParameterScale):
        found = []
        for bracket in node.brackets:
            for key in ("threshold", "rate", "amount", "average_rate"):
                child = getattr(bracket, key, None)
                if isinstance(child, Parameter):
                    found += [value.instant_str for value in child.values_list]
        return found
    return []


def _newest_at(node, instant: str) -> str | None:
    started = [start for start in _starts(node) if start <= instant]
    return max(started) if started else None


@functools.cache
def _newest_by_name(name: str, instant: str) -> tuple[bool, str | None]:
    """(found, newest start at the instant) for a dotted parameter name; cached: the tree does not change."""
    try:
        return True, _newest_at(_node(name), instant)
    except (KeyError, AttributeError):
        return False, None


def _needed_from(update: str, instant: str) -> str:
    year = instant[:4]
    if update == HALF_YEARLY and instant >= f"{year}-07-01":
        return f"{year}-07-01"
    return f"{year}-01-01"


def missing_at(name: str, instant: str) -> bool:
    """True when the value at this instant would be an older period's value carried forward.

    A half-yearly parameter with a 1 January value of the same year is not missing on 1 July: see `july_reason`.
    """
    if update_frequency(name) is None:
        return False
    found, newest = _newest_by_name(name, instant)
    return found and (newest is None or newest < f"{instant[:4]}-01-01")


def missing_in_year(names, year: int) -> list[str]:
    """Which of these parameters have no value for the year yet (on 1 January, or for half-yearly ones on 1 July)."""
    instants = (f"{year}-01-01", f"{year}-07-01")
    return sorted({name for name in names if any(missing_at(name, instant) for instant in instants)})


def july_reason(name: str, instant: str, lang: str = "nl") -> str | None:
    """Why a half-yearly value after 1 July is provisional: the 1 July amount is not published (yet)."""
    if instant[5:] < "07-01" or update_frequency(name) != HALF_YEARLY:
        return None
    found, newest = _newest_by_name(name, instant)
    if found and newest is not None and newest < f"{instant[:4]}-07-01" and not missing_at(name, instant):
        return (JULY_REASON_EN if lang == "en" else JULY_REASON) % {"year": instant[:4]}
    return None


JULY_REASON = "Het bedrag per 1 juli %(year)s is nog niet gepubliceerd; voor de tweede helft van %(year)s is het bedrag per 1 januari %(year)s gebruikt."
JULY_REASON_EN = "The amount from 1 July %(year)s has not been published yet; for the second half of %(year)s the amount from 1 January %(year)s is used."


def july_reason_in_english(note: str) -> str | None:
    """The English of a Dutch `july_reason` note, or None when the note is another one."""
    found = re.fullmatch(re.escape(JULY_REASON).replace(re.escape("%(year)s"), r"(\d{4})"), note)
    return JULY_REASON_EN % {"year": found.group(1)} if found else None


def _law_publication(law: str) -> str:
    return (tax_benefit_system().parameters.children[law].metadata or {}).get("publicatie", "")


def missing_parameters(year: int) -> list[MissingParameter]:
    """Every renewed parameter without a value for the year (and, for half-yearly ones, for 1 July), by law."""
    found: list[MissingParameter] = []

    def walk(node, name: str) -> None:
        if isinstance(node, (Parameter, ParameterScale)):
            update = update_frequency(name)
            if update is None:
                return
            periods = [(f"{year}-01-01", f"{year + 1}-01-01")]
            if update == HALF_YEARLY:
                periods = [(f"{year}-01-01", f"{year}-07-01"), (f"{year}-07-01", f"{year + 1}-01-01")]
            starts = _starts(node)
            for needed, until in periods:
                if not any(needed <= start < until for start in starts):
                    law = name.split(".")[0]
                    found.append(MissingParameter(name, law, needed, _newest_at(node, needed), update, _law_publication(law)))
        elif isinstance(node, ParameterNode):
            for key, child in node.children.items():
                walk(child, f"{name}.{key}" if name else key)

    walk(tax_benefit_system().parameters, "")
    return sorted(found, key=lambda item: (item.law, item.name, item.needed_from))


#: The rules the tools use, each as one variable to compute: (rule in plain Dutch, entity, variable, period in the year).
RULES = (
    ("Inkomstenbelasting box 1 met heffingskortingen", "personen", "inkomstenbelasting", "{year}"),
    ("Netto inkomen", "personen", "netto_inkomen", "{year}"),
    ("Zorgtoeslag", "huishoudens", "zorgtoeslag", "{year}"),
    ("Kindgebonden budget", "huishoudens", "kindgebonden_budget", "{year}"),
    ("Kinderbijslag", "huishoudens", "kinderbijslag", "{year}"),
    ("Kinderopvangtoeslag", "huishoudens", "kinderopvangtoeslag", "{year}"),
    ("Huurtoeslag", "huishoudens", "huurtoeslag", "{year}"),
    ("Bijstand (januari)", "huishoudens", "bijstand", "{year}-01"),
    ("AOW-leeftijd bereikt", "personen", "heeft_aow_leeftijd", "{year}"),
    ("Economische zelfstandigheid (CBS)", "personen", "economisch_zelfstandig", "{year}"),
    ("Pensioenopbouw", "personen", "pensioenopbouw", "{year}"),
)


@dataclasses.dataclass(frozen=True)
class RuleStatus:
    rule: str
    variable: str
    #: empty: the rule computes for the year
    missing: tuple[str, ...]


def rule_status(year: int) -> list[RuleStatus]:
    """For each rule the tools use: does it compute for the year, or which parameters does it lack?

    Computed on one reference household (a couple, one child in day care, rent): the formulas evaluate every branch,
    so the parameters a rule uses do not depend on the household.
    """
    from werkzorg.model.calculation import MissingParametersError, calculate

    found = []
    for rule, plural, variable, period in RULES:
        period = period.format(year=year)
        situation = {
            "personen": {
                "a": {"geboortedatum": "1990-01-01", "loon": {str(year): 30000}, "uren_per_week": {str(year): 32}},
                "b": {"geboortedatum": "1991-01-01", "loon": {str(year): 20000}, "uren_per_week": {str(year): 24}},
                "k": {"geboortedatum": f"{year - 2}-03-01", "kinderopvang_soort": {str(year): "dagopvang"},
                      "kinderopvang_uren_per_maand": {str(year): 80}, "kinderopvang_uurprijs": {str(year): 10}},
            },
            "huishoudens": {"h": {"partners": ["a", "b"], "kinderen": ["k"], "huur_per_maand": {str(year): 700}}},
        }
        entity = "a" if plural == "personen" else "h"
        situation[plural][entity][variable] = {period: None}
        try:
            calculate(situation)
            found.append(RuleStatus(rule, variable, ()))
        except MissingParametersError as error:
            found.append(RuleStatus(rule, variable, tuple(error.missing)))
    return found
