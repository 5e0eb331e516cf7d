"""OpenFisca's populations with faster group operations: the same results, fewer passes over the persons.

OpenFisca-Core (46.0.1) computes `household.min/max/all` by looping over member positions, and every step
(`value_nth_person`) regathers all persons and counts the members again; `has_role` compares an array of Python role
objects element by element. For a million households those two cost about a fifth of the model's time. These
subclasses keep every method's meaning, argument and result type, and compute:

- `min`, `max`, `all` (the engine's `reduce`) with one `numpy.ufunc.reduceat` over the persons sorted by group;
- `value_nth_person` with one gather from the same sorted layout;
- `has_role`, `nb_persons(role)` and everything built on them (`sum`/`any` with a role, `project` with a role) from
  a small integer code per person (the role's position in the entity's `flattened_roles`) instead of role objects.

The tax-benefit system installs them (`WerkzorgTaxBenefitSystem.instantiate_entities`, the engine's own hook for
making populations), so every simulation uses them: the web app, the YAML tests, the budget tool and the
microsimulation. `tests/test_fast_populations.py` proves they give the same arrays as the engine's own classes,
including one-person groups, empty groups, roles nobody has and persons in any order.
"""

from __future__ import annotations

import numpy as np
from openfisca_core import projectors
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.populations import GroupPopulation, Population


class FastPersonPopulation(Population):
    """The person population; `has_role` reads the group's integer role codes."""

    def clone(self, simulation):
        result = super().clone(simulation)
        result.__class__ = type(self)  # the engine's clone makes a plain Population; keep this class
        return result

    @projectors.projectable
    def has_role(self, role):
        if self.simulation is None:
            return None
        self.entity.check_role_validity(role)
        group = self.simulation.get_population(role.entity.plural)
        if isinstance(group, FastGroupPopulation):
            return group.role_mask(role)
        return super().has_role(role)


class FastGroupPopulation(GroupPopulation):
    """A group population (the huishouden) with reductions over persons sorted by group."""

    def __init__(self, entity, members) -> None:
        super().__init__(entity, members)
        self._role_codes = None
        self._layout = None

    def clone(self, simulation):
        result = super().clone(simulation)
        result.__class__ = type(self)  # the engine's clone makes a plain GroupPopulation; keep this class
        result._role_codes = self._role_codes
        result._layout = self._layout
        return result

    # Membership: the engine's attributes, plus integer role codes and a cached sorted layout

    @property
    def members_entity_id(self):
        return self._members_entity_id

    @members_entity_id.setter
    def members_entity_id(self, members_entity_id) -> None:
        self._members_entity_id = members_entity_id
        self._layout = None
        self._members_position = None
        self._ordered_members_map = None

    @property
    def members_role(self):
        """The engine's array of Role objects, made from the integer codes only when some code asks for it."""
        if self._members_role is None and self._role_codes is not None:
            roles = np.empty(len(self.entity.flattened_roles), dtype=object)
            roles[:] = list(self.entity.flattened_roles)
            self._members_role = roles[self._role_codes]
        return GroupPopulation.members_role.fget(self)

    @members_role.setter
    def members_role(self, members_role) -> None:
        GroupPopulation.members_role.fset(self, members_role)
        if members_role is not None:
            self._role_codes = None

    def set_role_codes(self, codes: np.ndarray) -> None:
        """Roles as positions in `entity.flattened_roles` (0 = the first role), one per person."""
        self._role_codes = np.asarray(codes, dtype=np.int16)
        self._members_role = None

    @property
    def role_codes(self) -> np.ndarray:
        """Each person's role as its position in `entity.flattened_roles`."""
        if self._role_codes is None:
            roles = self.members_role
            codes = np.full(len(self.members_entity_id), -1, dtype=np.int16)
            for index, role in enumerate(self.entity.flattened_roles):
                codes[roles == role] = index
            self._role_codes = codes
        return self._role_codes

    def role_mask(self, role) -> np.ndarray:
        """Which persons have `role` (or one of its subroles): what `persons.has_role(role)` returns."""
        roles = list(self.entity.flattened_roles)
        wanted = [roles.index(subrole) for subrole in role.subroles] if role.subroles else [roles.index(role)]
        codes = self.role_codes
        if len(wanted) == 1:
            return codes == wanted[0]
        return np.isin(codes, wanted)

    def _sorted_layout(self):
        """(order, starts, sizes): persons sorted by group (stable, so position n in a group is the engine's
        `members_position` n), where each group starts in that order and how many members it has. `order` is None
        when the persons are already sorted by group (the microsimulation's and the budget tool's case)."""
        if self._layout is None:
            ids = np.asarray(self.members_entity_id)
            if len(ids) == 0 or np.all(ids[1:] >= ids[:-1]):
                order = None
            else:
                order = np.argsort(ids, kind="stable")
            sizes = np.bincount(ids, minlength=self.count)
            starts = np.zeros(len(sizes), dtype=np.intp)
            np.cumsum(sizes[:-1], out=starts[1:])
            self._layout = (order, starts, sizes)
        return self._layout

    @property
    def members_position(self):
        """Each person's position in its group (0, 1, …, in person order): the engine's `members_position`, from
        the sorted layout."""
        if self._members_position is None and self.members_entity_id is not None:
            order, starts, _ = self._sorted_layout()
            ids = np.asarray(self.members_entity_id)
            position = np.empty(len(ids), dtype=np.int32)
            if order is None:
                position[:] = np.arange(len(ids)) - starts[ids]
            else:
                position[order] = np.arange(len(ids)) - starts[ids[order]]
            self._members_position = position
        return self._members_position

    @members_position.setter
    def members_position(self, members_position) -> None:
        self._members_position = members_position

    # Aggregations persons -> group, same meaning as the engine's

    @projectors.projectable
    def sum(self, array, role=None):
        """The engine's sum; with a role, the others count as 0 instead of being cut out first (one pass fewer; adding
        +0.0 changes no sum, so the result is the same to the last bit)."""
        self.entity.check_role_validity(role)
        self.members.check_array_compatible_with_entity(array)
        if role is None:
            return np.bincount(self.members_entity_id, weights=array)
        role_filter = self.members.has_role(role)
        if not role_filter.any():  # NumPy gives integer zeros for no weights at all; so does the engine
            return np.bincount(self.members_entity_id[role_filter], weights=array[role_filter], minlength=self.count)
        return np.bincount(self.members_entity_id, weights=np.where(role_filter, array, 0), minlength=self.count)

    @projectors.projectable
    def reduce(self, array, reducer, neutral_element, role=None):
        """`reducer` (numpy.minimum, maximum, logical_and) over each group's members, `neutral_element` for a group
        without (such) members: one reduceat over the persons sorted by group instead of one pass per position."""
        self.members.check_array_compatible_with_entity(array)
        self.entity.check_role_validity(role)
        role_filter = self.members.has_role(role) if role is not None else True
        filtered = np.where(role_filter, array, neutral_element)
        result = self.filled_array(neutral_element)
        order, starts, sizes = self._sorted_layout()
        present = sizes > 0
        if not present.any():
            return result
        values = filtered if order is None else filtered[order]
        reduced = self.filled_array(neutral_element, dtype=filtered.dtype)
        reduced[present] = reducer.reduceat(values, starts[present])
        return reducer(result, reduced)

    @projectors.projectable
    def nb_persons(self, role=None):
        if role:
            return self.sum(self.role_mask(role))
        return np.bincount(self.members_entity_id)

    @projectors.projectable
    def value_nth_person(self, n, array, default=0):
        self.members.check_array_compatible_with_entity(array)
        order, starts, sizes = self._sorted_layout()
        result = self.filled_array(default, dtype=array.dtype)
        has_nth = sizes > n
        index = starts[has_nth] + n
        result[has_nth] = np.asarray(array)[index if order is None else order[index]]
        if isinstance(array, EnumArray):
            result = EnumArray(result, array.possible_values)
        return result


def instantiate_populations(system) -> dict:
    """The populations of a tax-benefit system, as `TaxBenefitSystem.instantiate_entities` makes them, with the
    fast classes above."""
    persons = FastPersonPopulation(system.person_entity)
    populations = {system.person_entity.key: persons}
    for entity in system.group_entities:
        populations[entity.key] = FastGroupPopulation(entity, persons)
    return populations
