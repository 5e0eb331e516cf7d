"""Build a simulation straight from arrays: the fast way in for scenario grids, benchmarks and microsimulation.

`SimulationBuilder.build_from_entities` parses a nested dict and costs tens of microseconds per person; for a grid
of 1,681 household variants or a million households, arrays go straight into OpenFisca's populations instead.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from openfisca_core.simulation_builder import SimulationBuilder
from openfisca_core.simulations import Simulation

from werkzorg.model import tax_benefit_system

PARTNER, KIND = 0, 1  # positions in Huishouden.flattened_roles


def simulation_from_arrays(
    year: int,
    household_of_person: np.ndarray,
    role_of_person: np.ndarray,
    person_inputs: Mapping[str, np.ndarray],
    household_inputs: Mapping[str, np.ndarray] | None = None,
) -> Simulation:
    """A simulation of len(household_of_person) persons in households numbered 0..n−1.

    role_of_person holds PARTNER or KIND per person. Inputs are arrays per person or per household, set for `year`
    (geboortedatum, an eternal input, as datetime64[D]).
    """
    household_of_person = np.asarray(household_of_person)
    n_households = int(household_of_person.max()) + 1 if len(household_of_person) else 0
    builder = SimulationBuilder()
    builder.create_entities(tax_benefit_system())
    builder.declare_person_entity("persoon", np.arange(len(household_of_person)))
    households = builder.declare_entity("huishouden", np.arange(n_households))
    builder.join_with_persons(households, household_of_person, np.asarray(role_of_person, dtype=np.int16))
    simulation = builder.build(tax_benefit_system())
    period = str(year)
    for name, values in person_inputs.items():
        simulation.set_input(name, "ETERNITY" if name == "geboortedatum" else period, np.asarray(values))
    for name, values in (household_inputs or {}).items():
        simulation.set_input(name, period, np.asarray(values))
    return simulation
