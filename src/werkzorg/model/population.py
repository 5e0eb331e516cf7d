"""Build a simulation straight from arrays: the fast way in for scenario grids, benchmarks and microsimulation.

`SimulationBuilder.build_from_entities` parses a nested dict and costs tens of microseconds per person; for a grid
of 1,681 household variants or a million households, arrays go straight into OpenFisca's populations instead.

The populations are filled the way the engine's `SimulationBuilder` fills them (`ids`, `count`,
`members_entity_id`, roles), without its per-person Python work: ids are `arange` arrays (the builder makes a list of
them first), households are already numbered 0..n−1 (so no `numpy.unique` to renumber them), and roles are integer
codes (`FastGroupPopulation.set_role_codes`) instead of an array of role objects. Enum inputs may be given as integer
codes (the position in the Enum, as `microsim.population` stores them); strings are encoded by the engine.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from openfisca_core.simulations import Simulation

from werkzorg.model import tax_benefit_system
from werkzorg.model.fast_populations import FastGroupPopulation

PARTNER, KIND = 0, 1  # positions in Huishouden.flattened_roles


def simulation_from_arrays(
    year: int,
    household_of_person: np.ndarray,
    role_of_person: np.ndarray,
    person_inputs: Mapping[str, np.ndarray],
    household_inputs: Mapping[str, np.ndarray] | None = None,
    system=None,
) -> Simulation:
    """A simulation of len(household_of_person) persons in households numbered 0..n−1 (each with a member).

    role_of_person holds PARTNER or KIND per person. Inputs are arrays per person or per household, set for `year`
    (geboortedatum, an eternal input, as datetime64[D]). `system` is the tax-benefit system (default: the baseline;
    a reform from `microsim.reform.system_for`).
    """
    system = system or tax_benefit_system()
    household_of_person = np.asarray(household_of_person, dtype=np.intp)
    role_of_person = np.asarray(role_of_person, dtype=np.int16)
    n_persons = len(household_of_person)
    n_households = int(household_of_person.max()) + 1 if n_persons else 0
    populations = system.instantiate_entities()
    persons, households = populations["persoon"], populations["huishouden"]
    persons.ids, persons.count = np.arange(n_persons), n_persons
    households.ids, households.count = np.arange(n_households), n_households
    households.members_entity_id = household_of_person
    if isinstance(households, FastGroupPopulation):
        households.set_role_codes(role_of_person)
    else:
        households.members_role = np.array(households.entity.flattened_roles)[role_of_person]
    simulation = Simulation(system, populations)
    period = str(year)
    for name, values in person_inputs.items():
        simulation.set_input(name, "ETERNITY" if name == "geboortedatum" else period, np.asarray(values))
    for name, values in (household_inputs or {}).items():
        simulation.set_input(name, period, np.asarray(values))
    return simulation
