"""Explain a result: which variables and parameters it used, with each parameter's legal source.

Built on OpenFisca's tracer. The tracer records each variable once per period (later uses hit the cache), so the
dependency graph is the union of what every traced calculation touched. OpenFisca does not record the use of a
rate scale (a TaxScale is not one of its traced value types); `_trace_scales` adds that, because the box 1 brackets
and the kinderopvangtoeslag table are exactly what a reader wants to see cited.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from openfisca_core.taxscales import TaxScaleLike
from openfisca_core.tracers import TracingParameterNodeAtInstant

from werkzorg.model.provenance import Source, provisional_reason, sources
from werkzorg.model.years import missing_at


def _trace_scales() -> None:
    original = TracingParameterNodeAtInstant.get_traced_child
    if getattr(original, "_werkzorg", False):
        return

    def get_traced_child(self, child, key):
        result = original(self, child, key)
        if isinstance(child, TaxScaleLike) and isinstance(key, str):
            name = f"{self.parameter_node_at_instant._name}.{key}"
            self.tracer.record_parameter_access(name, self.parameter_node_at_instant._instant_str, child)
        return result

    get_traced_child._werkzorg = True
    TracingParameterNodeAtInstant.get_traced_child = get_traced_child


_trace_scales()


@dataclasses.dataclass(frozen=True)
class ParameterUse:
    name: str
    instant: str
    value: object
    sources: tuple[Source, ...]
    provisional: str | None
    #: True when the parameter has no value for this period yet (an older value would be carried forward)
    missing: bool = False


@dataclasses.dataclass
class Explanation:
    variable: str
    period: str
    parameters: list[ParameterUse]
    inputs: list[str]
    #: variable → the variables it used directly (for drawing the tree)
    children: dict[str, list[str]]
    #: "variable@period" → the computed vector (over all persons or all households)
    values: dict[str, object] = dataclasses.field(default_factory=dict)

    @property
    def provisional(self) -> list[ParameterUse]:
        return [use for use in self.parameters if use.provisional]

    @property
    def missing(self) -> list[ParameterUse]:
        return [use for use in self.parameters if use.missing]


class DependencyGraph:
    """Variables and parameters each (variable, period) used, gathered from a full tracer."""

    def __init__(self, tracer) -> None:
        self.variables: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
        self.parameters: dict[tuple[str, str], dict[tuple[str, str], object]] = defaultdict(dict)
        self.values: dict[tuple[str, str], object] = {}
        for node in tracer.browse_trace():
            key = (node.name, str(node.period))
            if node.value is not None:
                self.values[key] = node.value
            for child in node.children:
                self.variables[key].add((child.name, str(child.period)))
            for parameter in node.parameters:
                self.parameters[key][(parameter.name, str(parameter.period))] = parameter.value

    def closure(self, variable: str, period: str) -> list[tuple[str, str]]:
        seen: dict[tuple[str, str], None] = {}
        stack = [(variable, period)]
        while stack:
            key = stack.pop()
            if key in seen:
                continue
            seen[key] = None
            stack.extend(sorted(self.variables.get(key, ())))
        return list(seen)

    def explain(self, variable: str, period: str) -> Explanation:
        reached = self.closure(variable, period)
        uses: dict[tuple[str, str], ParameterUse] = {}
        for key in reached:
            for (name, instant), value in self.parameters.get(key, {}).items():
                instant = _instant(instant)
                if (name, instant) not in uses:
                    uses[(name, instant)] = ParameterUse(
                        name, instant, value, tuple(sources(name, instant)), provisional_reason(name, instant), missing_at(name, instant)
                    )
        inputs = [f"{name}@{p}" for name, p in reached if not self.variables.get((name, p)) and not self.parameters.get((name, p))]
        children = {f"{n}@{p}": sorted(f"{c}@{cp}" for c, cp in self.variables.get((n, p), ())) for n, p in reached}
        values = {f"{n}@{p}": self.values[(n, p)] for n, p in reached if (n, p) in self.values}
        return Explanation(variable, period, sorted(uses.values(), key=lambda use: (use.name, use.instant)), inputs, children, values)


def _instant(period: str) -> str:
    """Tracer periods read like '2025' or 'year:2025' or '2025-07-01'; parameters are looked up at a date."""
    text = str(period).split(":")[-1]
    if len(text) == 4:
        return f"{text}-01-01"
    if len(text) == 7:
        return f"{text}-01"
    return text[:10]
