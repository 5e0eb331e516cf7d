"""The engine speed-up of issue 17 gives the same arrays as before: the fast populations against OpenFisca's own classes,
the per-scale tax formulas against numpy.select, the integer date conversion against NumPy's.

Two levels:
- every group operation the model uses (sum, any, all, min, max, nb_persons, value_nth_person, has_role, project),
  on memberships drawn by Hypothesis: persons in any order, one-person groups, empty groups, a role nobody has,
  arrays of floats with infinities and NaN, integers and booleans;
- the whole model: a synthetic population computed through `simulation_from_arrays` (fast populations, integer
  roles, no renumbering) and through the engine's plain path (`SimulationBuilder` with the engine's own
  populations), baseline and a reform, persons in population order and shuffled: every output identical.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openfisca_core.simulation_builder import SimulationBuilder
from openfisca_core.simulations import Simulation
from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from werkzorg.microsim import reform, run
from werkzorg.microsim.population import generate, model_inputs
from werkzorg.model import tax_benefit_system
from werkzorg.model.entities import Huishouden
from werkzorg.model.fast_populations import FastGroupPopulation, FastPersonPopulation
from werkzorg.model.helpers import piecewise_linear, select_computed
from werkzorg.model.population import simulation_from_arrays
from werkzorg.model.variables.wet_inkomstenbelasting_2001.tarief import tax_and_premiums

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "reforms"
ROLES = (None, Huishouden.PARTNER, Huishouden.KIND)


def _populations(plain: bool, group_of_person, role_of_person, n_groups):
    system = tax_benefit_system()
    populations = TaxBenefitSystem.instantiate_entities(system) if plain else system.instantiate_entities()
    persons, groups = populations["persoon"], populations["huishouden"]
    persons.ids, persons.count = np.arange(len(group_of_person)), len(group_of_person)
    groups.ids, groups.count = np.arange(n_groups), n_groups
    groups.members_entity_id = np.asarray(group_of_person)
    groups.members_role = np.array(Huishouden.flattened_roles)[np.asarray(role_of_person)]
    Simulation(system, populations)  # links the populations to a simulation, as has_role needs
    return persons, groups


def test_the_system_makes_fast_populations():
    populations = tax_benefit_system().instantiate_entities()
    assert isinstance(populations["persoon"], FastPersonPopulation)
    assert isinstance(populations["huishouden"], FastGroupPopulation)
    spec = reform.parse({"naam": "r", "parameters": {"wet_inkomstenbelasting_2001.heffingskortingen.algemene_heffingskorting.maximum": {"2026-01-01": 3000}}})
    assert isinstance(reform.system_for(spec.to_json()).instantiate_entities()["huishouden"], FastGroupPopulation)


@st.composite
def memberships(draw):
    """(group of each person, role code of each person, number of groups): persons in any order, groups of 1 to 6
    members, some groups empty (but not the last: the engine's own value_nth_person fails on a trailing empty group)."""
    n_groups = draw(st.integers(1, 12))
    sizes = draw(st.lists(st.integers(0, 6), min_size=n_groups, max_size=n_groups))
    sizes[-1] = max(sizes[-1], 1)
    group = np.repeat(np.arange(n_groups), sizes)
    order = draw(st.permutations(list(range(len(group)))))
    group = group[np.array(order, dtype=int)] if len(group) else group
    roles = np.array(draw(st.lists(st.integers(0, 1), min_size=len(group), max_size=len(group))), dtype=int)
    return group, roles, n_groups


values = st.sampled_from(["float", "int", "bool"])


def _array(kind: str, n: int, seed: int):
    rng = np.random.default_rng(seed)
    if kind == "int":
        return rng.integers(-5, 5, n)
    if kind == "bool":
        return rng.random(n) < 0.5
    array = rng.normal(0, 10, n).round(1)
    specials = rng.random(n)
    array[specials < 0.1] = np.inf
    array[(specials >= 0.1) & (specials < 0.15)] = -np.inf
    return array


def _same(a, b):
    assert type(a) is type(b) or (isinstance(a, np.ndarray) and isinstance(b, np.ndarray))
    a, b = np.asarray(a), np.asarray(b)
    assert a.dtype == b.dtype, (a.dtype, b.dtype)
    np.testing.assert_array_equal(a, b)


@settings(max_examples=150, deadline=None)
@given(memberships(), values, st.integers(0, 2**31))
def test_group_operations_equal_the_engine(membership, kind, seed):
    group, roles, n_groups = membership
    engine_persons, engine = _populations(True, group, roles, n_groups)
    fast_persons, fast = _populations(False, group, roles, n_groups)
    assert isinstance(fast, FastGroupPopulation) and not isinstance(engine, FastGroupPopulation)
    array = _array(kind, len(group), seed)
    for role in ROLES:
        if role is not None:
            _same(fast_persons.has_role(role), engine_persons.has_role(role))
            _same(fast.project(np.arange(n_groups, dtype=float), role=role), engine.project(np.arange(n_groups, dtype=float), role=role))
        _same(fast.nb_persons(role), engine.nb_persons(role))
        _same(fast.sum(array, role=role), engine.sum(array, role=role))
        _same(fast.any(array, role=role), engine.any(array, role=role))
        if len(group):
            _same(fast.all(array, role=role), engine.all(array, role=role))
            _same(fast.min(array, role=role), engine.min(array, role=role))
            _same(fast.max(array, role=role), engine.max(array, role=role))
    for n in range(8):
        _same(fast.value_nth_person(n, array, default=-1), engine.value_nth_person(n, array, default=-1))
    _same(fast.members_position, engine.members_position)


def test_nan_and_a_role_nobody_has():
    group, roles = np.array([1, 0, 1, 2, 2]), np.array([0, 0, 0, 0, 0])  # no children at all
    engine_persons, engine = _populations(True, group, roles, 3)
    fast_persons, fast = _populations(False, group, roles, 3)
    array = np.array([1.0, np.nan, 3.0, -2.0, 5.0])
    for operation in ("min", "max", "all", "sum", "any"):
        for role in ROLES:
            _same(getattr(fast, operation)(array, role=role), getattr(engine, operation)(array, role=role))
    np.testing.assert_array_equal(fast.min(array, role=Huishouden.KIND), [np.inf, np.inf, np.inf])
    np.testing.assert_array_equal(fast.min(array), [np.nan, 1.0, -2.0])  # NaN propagates as in the engine


def test_one_person_groups_and_clone():
    group, roles = np.array([2, 0, 1]), np.array([0, 1, 0])
    _, fast = _populations(False, group, roles, 3)
    np.testing.assert_array_equal(fast.max(np.array([3.0, 1.0, 2.0])), [1.0, 2.0, 3.0])
    simulation = fast.simulation.clone()
    assert isinstance(simulation.huishouden, FastGroupPopulation) and isinstance(simulation.persoon, FastPersonPopulation)
    np.testing.assert_array_equal(simulation.persoon.has_role(Huishouden.KIND), [False, True, False])


def test_select_computed_equals_numpy_select():
    rng = np.random.default_rng(5)
    x = rng.normal(20_000, 30_000, 1_000)
    a, b = rng.random(1_000) < 0.3, x > 0
    table = [[0, 0, 0.08], [12_000, 960, 0.3], [30_000, 6_360, -0.06], [60_000, 4_560, 0]]
    expected = np.select([a & b, b], [piecewise_linear(table, x) * 2, piecewise_linear(table, x)], 0.0)
    got = select_computed([a & b, b], [lambda rows: piecewise_linear(table, x[rows]) * 2, lambda rows: piecewise_linear(table, x[rows])], len(x))
    np.testing.assert_array_equal(got, expected)


# --- The whole model: fast path against the engine's plain path -------------------------------------------------


def _plain_simulation(system, year, household, role, person_inputs, household_inputs):
    """The engine's own way (as run.build_simulation did before issue 17): SimulationBuilder, plain populations."""
    builder = SimulationBuilder()
    builder.populations = TaxBenefitSystem.instantiate_entities(system)
    builder.declare_person_entity("persoon", np.arange(len(household)))
    households = builder.declare_entity("huishouden", np.arange(int(household.max()) + 1))
    builder.join_with_persons(households, household, np.asarray(role, dtype=np.int16))
    simulation = builder.build(system)
    for name, values in person_inputs.items():
        simulation.set_input(name, "ETERNITY" if name == "geboortedatum" else str(year), np.asarray(values))
    for name, values in household_inputs.items():
        simulation.set_input(name, str(year), np.asarray(values))
    assert not isinstance(simulation.huishouden, FastGroupPopulation)
    return simulation


#: Outputs of a microsimulation run and the intermediate results the changed formulas produce.
OUTPUTS = (*run.HOUSEHOLD_OUTPUTS, *run.PARTNER_SUMS, *run.PERSON_OUTPUTS, "belasting_box1", "premies_volksverzekeringen",
           "tariefsaanpassing", "arbeidskorting", "inkomensafhankelijke_combinatiekorting", "bijstand", "huurtoeslag",
           "toetsingsinkomen", "aantal_kinderen", "is_partner")


@pytest.fixture(scope="module")
def inputs():
    """A synthetic population of 3,000 households (with owners, self-employed, pensioners, childcare)."""
    population = generate(3_000, seed=17)
    return population.year, *model_inputs(population)


@pytest.mark.parametrize("example", [None, "kinderopvang-96"])
@pytest.mark.parametrize("shuffle", [False, True])
def test_model_outputs_equal_the_engines_plain_path(inputs, example, shuffle):
    year, household, role, person_inputs, household_inputs = inputs
    system = tax_benefit_system()
    if example:
        system = reform.system_for(reform.load(EXAMPLES / f"{example}.yaml").to_json())
    if shuffle:  # persons in a random order: the fast path must not depend on sorted households
        order = np.random.default_rng(1).permutation(len(household))
        household, role = household[order], role[order]
        person_inputs = {name: values[order] for name, values in person_inputs.items()}
    fast = simulation_from_arrays(year, household, role, person_inputs, household_inputs, system=system)
    plain = _plain_simulation(system, year, household, role, person_inputs, household_inputs)
    for name in OUTPUTS:
        np.testing.assert_array_equal(fast.calculate_add(name, str(year)), plain.calculate_add(name, str(year)), err_msg=name)


def test_tax_by_scale_equals_every_scale_for_everyone(inputs):
    """The tax formulas compute each scale only where it applies; the result equals numpy.select over all scales for
    every person (the formula before issue 17)."""
    year, household, role, person_inputs, household_inputs = inputs
    simulation = simulation_from_arrays(year, household, role, person_inputs, household_inputs)
    period = str(year)
    tarief = tax_benefit_system().parameters(period).wet_inkomstenbelasting_2001.tarief
    inkomen = simulation.calculate("belastbaar_inkomen_box1", period).astype(float)
    premie = simulation.calculate("premie_percentage_volksverzekeringen", period).astype(float)
    aow = simulation.calculate("heeft_aow_leeftijd", period)
    voor_1946 = simulation.calculate("is_geboren_voor_1946", period)
    assert aow.any() and (inkomen <= 0).any() and (inkomen > 0).any()
    for part, name in ((0, "belasting_box1"), (1, "premies_volksverzekeringen")):
        expected = np.select(
            [aow & voor_1946, aow],
            [tax_and_premiums(tarief.schijven_aow_geboren_voor_1946, inkomen, premie)[part], tax_and_premiums(tarief.schijven_aow_geboren_vanaf_1946, inkomen, premie)[part]],
            tax_and_premiums(tarief.schijven, inkomen, premie)[part],
        )
        np.testing.assert_array_equal(simulation.calculate(name, period), expected, err_msg=name)
    wet = tax_benefit_system().parameters(period).wet_inkomstenbelasting_2001
    posten = simulation.calculate("aftrekposten_tegen_basistarief", period)
    assert (posten > 0).any()

    def extra(scale):
        basis = np.minimum((inkomen + posten - scale.thresholds[-1]).clip(min=0), posten)
        return np.floor((scale.rates[-1] - wet.tariefsaanpassing.maximaal_aftrektarief) * basis + 1e-3).clip(min=0)

    expected = np.select([aow & voor_1946, aow], [extra(tarief.schijven_aow_geboren_voor_1946), extra(tarief.schijven_aow_geboren_vanaf_1946)], extra(tarief.schijven))
    np.testing.assert_array_equal(simulation.calculate("tariefsaanpassing", period), expected, err_msg="tariefsaanpassing")
    p = wet.heffingskortingen.arbeidskorting
    arbeid = simulation.calculate("arbeidsinkomen", period)
    korting = np.where(aow, piecewise_linear(p.trajecten_aow, arbeid), piecewise_linear(p.trajecten, arbeid))
    np.testing.assert_array_equal(simulation.calculate("arbeidskorting", period), np.ceil(np.where(arbeid > 0, korting, 0.0).clip(min=0) - 1e-3))


def test_date_numbers_equal_numpy_for_every_day_1800_to_2200():
    from werkzorg.model.helpers import date_numbers

    dates = np.arange(np.datetime64("1800-01-01"), np.datetime64("2201-01-01"))
    years = dates.astype("datetime64[Y]").astype(int) + 1970
    months = dates.astype("datetime64[M]").astype(int) % 12 + 1
    days = (dates - dates.astype("datetime64[M]")).astype(int) + 1
    np.testing.assert_array_equal(date_numbers(dates), years * 10000 + months * 100 + days)
    assert date_numbers(np.array(["2024-02-29", "1900-03-01", "2000-02-29"], dtype="datetime64[D]")).tolist() == [20240229, 19000301, 20000229]
