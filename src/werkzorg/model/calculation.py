"""Compute an OpenFisca situation: fill in the values asked for (null), mark provisional ones, explain them."""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

import numpy as np
from openfisca_core.simulation_builder import SimulationBuilder

from werkzorg.model import tax_benefit_system
from werkzorg.model.explain import DependencyGraph, Explanation
from werkzorg.model.situation import CheckedSituation, SituationError, check_situation

#: Flags that say a result is incomplete, and the variable whose value they concern.
INCOMPLETE_FLAGS = {
    "kinderopvangtoeslag_onbekend": (
        "kinderopvangtoeslag",
        "Het percentage kinderopvangtoeslag voor dit inkomen is niet bekend in het model; de toeslag is als 0 gerekend.",
    ),
}


class MissingParametersError(SituationError):
    """A requested value needs parameters that have no value for its year yet: refused, never computed with older ones."""

    def __init__(self, field: str, year: str, missing: list[str]) -> None:
        names = ", ".join(missing)
        super().__init__(
            field,
            f"voor {year} zijn nog niet alle bedragen bekend; dit ontbreekt nog: {names}. "
            f"Kies een ander jaar, of zie 'werkzorg parameters ontbreekt {year}'.",
            f"not all amounts for {year} are known yet; still missing: {names}. "
            f"Choose another year, or see 'werkzorg parameters ontbreekt {year}'.",
        )
        self.missing = missing


@dataclasses.dataclass
class Focus:
    """Which rows of the traced vectors belong to the entity a value was asked for."""

    persons: dict[str, int]
    household: int


@dataclasses.dataclass
class Calculation:
    situation: dict[str, Any]
    #: "personen.anna.netto_inkomen.2026" → reasons why that value is provisional
    provisional: dict[str, list[str]]
    explanations: dict[str, Explanation]
    focus: dict[str, Focus] = dataclasses.field(default_factory=dict)


def _json_value(value: Any) -> Any:
    if isinstance(value, (np.bool_, bool)):
        return bool(value)
    if isinstance(value, (np.floating, float)):
        return round(float(value), 2)
    if isinstance(value, (np.integer, int)):
        return int(value)
    if isinstance(value, (datetime.date, np.datetime64)):
        return str(value)[:10]
    if hasattr(value, "name"):
        return value.name
    return value


def calculate(situation: Any, default_year: int | None = None, explain: bool = False) -> Calculation:
    """Compute every value given as null. Raises SituationError for bad input."""
    checked: CheckedSituation = check_situation(situation, default_year)
    simulation = SimulationBuilder().build_from_entities(tax_benefit_system(), checked.situation)
    simulation.trace = True
    filled = checked.situation
    for plural, entity_id, variable, period in checked.requested:
        population = simulation.get_population(plural)
        index = population.get_index(entity_id)
        values = simulation.calculate(variable, period)
        value = values.decode()[index] if hasattr(values, "decode") else values[index]
        filled[plural][entity_id][variable][period] = _json_value(value)

    graph = DependencyGraph(simulation.tracer)
    provisional: dict[str, list[str]] = {}
    explanations: dict[str, Explanation] = {}
    flags = _incomplete_flags(simulation, checked)
    for plural, entity_id, variable, period in checked.requested:
        key = f"{plural}.{entity_id}.{variable}.{period}"
        explanation = graph.explain(variable, period)
        if explanation.missing:
            raise MissingParametersError(key, period[:4], sorted({use.name for use in explanation.missing}))
        reasons = [f"{use.name} ({use.instant[:4]}): {use.provisional}" for use in explanation.provisional]
        reached = {name for name, _ in graph.closure(variable, period)}
        for flag_variable, (concerns, message) in INCOMPLETE_FLAGS.items():
            if concerns in reached and flags.get((flag_variable, _year_of(period))):
                reasons.append(message)
        if reasons:
            provisional[key] = list(dict.fromkeys(reasons))
        if explain:
            explanations[key] = explanation
    focus = {key: _focus(simulation, key) for key in explanations}
    return Calculation(filled, provisional, explanations, focus)


def _focus(simulation, key: str) -> Focus:
    plural, entity_id = key.split(".")[:2]
    persons = simulation.get_population("personen")
    households = simulation.get_population("huishoudens")
    person_ids = list(persons.ids)
    if plural == "personen":
        index = persons.get_index(entity_id)
        return Focus({entity_id: index}, int(households.members_entity_id[index]))
    household = households.get_index(entity_id)
    members = {pid: i for i, pid in enumerate(person_ids) if households.members_entity_id[i] == household}
    return Focus(members, household)


def _year_of(period: str) -> str:
    """The calendar year a requested period lies in ("2026-01" → "2026"): the incomplete-table flags are yearly."""
    return period[:4]


def _incomplete_flags(simulation, checked: CheckedSituation) -> dict[tuple[str, str], bool]:
    """Per flag and year of a requested period: is any household's result resting on an unknown table row?"""
    flags = {}
    years = {_year_of(period) for *_, period in checked.requested}
    for flag in INCOMPLETE_FLAGS:
        for year in years:
            flags[(flag, year)] = bool(np.any(simulation.calculate(flag, year)))
    return flags
