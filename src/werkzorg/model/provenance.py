"""Where each parameter value comes from, and whether an official source confirms it.

A value that no official source confirms carries `metadata: {provisional: <why>}` on the dated value; a whole scale
(such as the kinderopvangtoeslag table) carries `metadata: {provisional: {<date>: <why or null>}}`. Results that use
such a value are marked provisional by `werkzorg.model.explain`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from openfisca_core.parameters import Parameter, ParameterNode, ParameterScale

from werkzorg.model import tax_benefit_system


@dataclasses.dataclass(frozen=True)
class Source:
    title: str
    href: str | None = None

    def __str__(self) -> str:
        return f"{self.title} — {self.href}" if self.href else self.title


@dataclasses.dataclass(frozen=True)
class ProvisionalValue:
    parameter: str
    start: str
    reason: str


def find_parameter(name: str) -> Parameter | ParameterNode | ParameterScale:
    """The parameter (or scale, or node) with this dotted name; bracket suffixes like `[0]` select a scale bracket."""
    node = tax_benefit_system().parameters
    for part in name.split("."):
        match = re.fullmatch(r"(\w+)((?:\[\d+\])*)", part)
        if match is None:
            raise KeyError(name)
        node = node.children[match.group(1)] if isinstance(node, ParameterNode) else getattr(node, match.group(1))
        for index in re.findall(r"\[(\d+)\]", match.group(2)):
            node = node.brackets[int(index)]
    return node


def _ancestors(name: str) -> Iterator[ParameterNode]:
    """Enclosing nodes, nearest first; a scale bracket `x[2]` has the scale `x` as its parent."""
    parts = name.split(".")
    for depth in range(len(parts) - 1, 0, -1):
        prefix = ".".join(parts[:depth])
        for candidate in dict.fromkeys([prefix, re.sub(r"\[\d+\]$", "", prefix)]):
            try:
                yield find_parameter(candidate)
            except (KeyError, AttributeError):
                continue


def _value_at(parameter: Parameter, instant: str):
    for value in parameter.values_list:  # newest first
        if value.instant_str <= instant:
            return value
    return None


def _as_sources(reference) -> list[Source]:
    if not reference:
        return []
    if isinstance(reference, str):
        return [Source(reference)]
    if isinstance(reference, dict):
        return [Source(reference.get("title", ""), reference.get("href"))]
    return [source for item in reference for source in _as_sources(item)]


def sources(name: str, instant: str) -> list[Source]:
    """The references of a parameter value: the value's own first, then the parameter's, then its law's."""
    found: list[Source] = []
    try:
        parameter = find_parameter(name)
    except (KeyError, AttributeError):
        return found
    if isinstance(parameter, Parameter):
        value = _value_at(parameter, instant)
        if value is not None:
            found += _as_sources(value.metadata.get("reference"))
    found += _as_sources(parameter.metadata.get("reference"))
    for ancestor in _ancestors(name):
        found += _as_sources(ancestor.metadata.get("reference"))
    return _for_year(list(dict.fromkeys(found)), instant[:4])


def _for_year(found: list[Source], year: str) -> list[Source]:
    """A reference titled "2025: ..." belongs to that year only; it goes first for that year and is left out for others."""
    dated = [source for source in found if re.match(r"\d{4}:", source.title)]
    own = [source for source in dated if source.title.startswith(f"{year}:")]
    return own + [source for source in found if source not in dated]


def _scale_provisional(metadata: dict, instant: str) -> str | None:
    """A node-level `provisional` mapping: the reason in force at the instant (null ends a provisional period)."""
    dated = metadata.get("provisional")
    if not isinstance(dated, dict):
        return None
    in_force = [(str(start), reason) for start, reason in dated.items() if str(start) <= instant]
    return max(in_force)[1] if in_force else None


def provisional_reason(name: str, instant: str) -> str | None:
    """Why the value of this parameter at this instant is provisional, or None when an official source confirms it."""
    try:
        parameter = find_parameter(name)
    except (KeyError, AttributeError):
        return None
    if isinstance(parameter, Parameter):
        value = _value_at(parameter, instant)
        reason = value.metadata.get("provisional") if value is not None else None
        if reason:
            return reason
    for node in [parameter, *_ancestors(name)]:
        reason = _scale_provisional(getattr(node, "metadata", {}) or {}, instant)
        if reason:
            return reason
    from werkzorg.model.years import july_reason  # years reads the parameter tree too; imported late to stay acyclic

    return july_reason(name, instant)


def provisional_values() -> list[ProvisionalValue]:
    """Every provisional parameter value in the model, for docs/parameters.md and the UI."""
    found: list[ProvisionalValue] = []

    def walk(node, name: str) -> None:
        metadata = getattr(node, "metadata", {}) or {}
        dated = metadata.get("provisional")
        if isinstance(dated, dict):
            found.extend(ProvisionalValue(name, str(start), reason) for start, reason in dated.items() if reason)
        if isinstance(node, Parameter):
            found.extend(
                ProvisionalValue(name, value.instant_str, value.metadata["provisional"])
                for value in node.values_list
                if value.metadata.get("provisional")
            )
        elif isinstance(node, ParameterNode):
            for key, child in node.children.items():
                walk(child, f"{name}.{key}" if name else key)

    walk(tax_benefit_system().parameters, "")
    return sorted(found, key=lambda item: (item.parameter, item.start))
