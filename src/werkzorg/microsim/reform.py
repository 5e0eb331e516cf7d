"""A reform: parameter changes (path → value from a date) and/or named variable changes, as an OpenFisca reform.

File format (YAML or JSON), see examples/reforms/ and docs/microsim.md:

    naam: Kinderopvangtoeslag 96 % voor alle inkomens
    beschrijving: ...
    parameters:
      wet_kinderopvang.kinderopvangtoeslag.tabel_eerste_kind.brackets[*].amount:
        2026-01-01: 0.96
    variabelen: [arbeidseis_kinderopvang_vervalt]

`brackets[*]` changes every bracket of a scale, `brackets[3]` one. Every path and value is checked against the
parameter tree; mistakes raise InputError naming the field.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import json
import re
from pathlib import Path

import numpy as np
from openfisca_core.parameters import Parameter, ParameterNode, ParameterScale
from openfisca_core.periods import YEAR
from openfisca_core.reforms import Reform
from openfisca_core.variables import Variable

from werkzorg.input_errors import FieldError, InputError
from werkzorg.model.entities import Huishouden
from werkzorg.model.fast_populations import instantiate_populations


@dataclasses.dataclass(frozen=True)
class ReformSpec:
    name: str
    description: str = ""
    #: (path, start date ISO, value), in file order.
    parameters: tuple[tuple[str, str, object], ...] = ()
    variables: tuple[str, ...] = ()
    #: The description in English (`beschrijving_en`), for English pages; empty: the Dutch one is shown.
    description_en: str = ""

    def describe(self, lang: str | None) -> str:
        """The description in the page's language."""
        return self.description_en if (lang or "").startswith("en") and self.description_en else self.description

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "ReformSpec":
        """The inverse of to_json."""
        data = json.loads(text)
        return cls(**{k: tuple(tuple(x) if isinstance(x, list) else x for x in v) if isinstance(v, list) else v for k, v in data.items()})

    @property
    def key(self) -> str:
        import hashlib

        return hashlib.sha256(self.to_json().encode()).hexdigest()[:12]

    @property
    def is_baseline(self) -> bool:
        return not self.parameters and not self.variables


BASELINE = ReformSpec("basis", "Het geldende recht (baseline)")


# ---------------------------------------------------------------------------------------------------------------------
# Named variable changes


def _zonder_arbeidseis(huishouden, period):
    return huishouden("aantal_partners", period) > 0


def _arbeidseis_kinderopvang_vervalt(reform: Reform) -> None:
    # OpenFisca reads a variable's attributes from the class's own __dict__, so the class is built with type().
    variable = type(
        "heeft_recht_op_kinderopvangtoeslag",
        (Variable,),
        {
            "value_type": bool,
            "entity": Huishouden,
            "definition_period": YEAR,
            "label": "Recht op kinderopvangtoeslag zonder arbeidseis (hervorming)",
            "formula": _zonder_arbeidseis,
        },
    )
    reform.update_variable(variable)


#: Named variable changes: name → (what it does, function applying it to a Reform).
VARIABLE_CHANGES = {
    "arbeidseis_kinderopvang_vervalt": (
        "Kinderopvangtoeslag ook als niet beide partners werken (de arbeidseis van Wet kinderopvang art. 1.6 vervalt)",
        _arbeidseis_kinderopvang_vervalt,
    ),
}


# ---------------------------------------------------------------------------------------------------------------------
# Reading and checking

_BRACKET = re.compile(r"^brackets\[(\*|\d+)\]$")


def _resolve(path: str, root: ParameterNode) -> list[Parameter]:
    """The Parameter objects a path points to, or KeyError with the first unknown part."""
    node = root
    parts = path.split(".")
    for i, part in enumerate(parts):
        match = _BRACKET.match(part)
        if isinstance(node, ParameterScale) and match:
            index = match.group(1)
            brackets = node.brackets if index == "*" else [node.brackets[int(index)]] if int(index) < len(node.brackets) else None
            if brackets is None:
                raise KeyError(".".join(parts[: i + 1]) + f" (scale has {len(node.brackets)} brackets, 0..{len(node.brackets) - 1})")
            rest = parts[i + 1 :]
            if len(rest) != 1 or rest[0] not in ("amount", "threshold", "rate", "average_rate", "base"):
                raise KeyError(".".join(parts[: i + 2]) + " (after brackets[…] comes amount, rate or threshold)")
            found = [getattr(b, rest[0], None) for b in brackets]
            if any(f is None for f in found):
                raise KeyError(".".join(parts) + f" (these brackets have no {rest[0]})")
            return found
        if not isinstance(node, ParameterNode) or part not in node.children:
            raise KeyError(".".join(parts[: i + 1]))
        node = node.children[part]
    if isinstance(node, Parameter):
        return [node]
    raise KeyError(path + " (a group or scale, not a single value: name a value inside it)")


def _check_value(parameter: Parameter, value: object) -> str | None:
    known = [v.value for v in parameter.values_list if v.value is not None]
    sample = known[0] if known else 0.0
    if isinstance(sample, bool):
        return None if isinstance(value, bool) else "bool"
    if isinstance(sample, (int, float)):
        return None if isinstance(value, (int, float)) and not isinstance(value, bool) and np.isfinite(value) else "number"
    return None if isinstance(value, type(sample)) else type(sample).__name__


#: Bounds on a reform (its name and description are shown on pages and in reports; the work grows with the changes).
MAX_NAME, MAX_DESCRIPTION, MAX_PARAMETERS, MAX_DATES = 80, 2000, 100, 20


def parse(data: object, source: str = "hervorming") -> ReformSpec:
    """Check a reform read from YAML/JSON against the parameter tree; InputError names every wrong field."""
    from werkzorg.model import tax_benefit_system

    errors: list[FieldError] = []
    if not isinstance(data, dict):
        raise InputError([FieldError(source, "verwacht een groep velden (naam, parameters, variabelen)", "expected a mapping (naam, parameters, variabelen)")])
    allowed = {"naam", "beschrijving", "beschrijving_en", "parameters", "variabelen", "name", "description", "description_en", "variables"}
    for key in data:
        if key not in allowed:
            errors.append(FieldError(str(key), "onbekend veld; kies uit naam, beschrijving, parameters, variabelen", "unknown field; choose naam, beschrijving, parameters, variabelen"))
    name = data.get("naam", data.get("name"))
    if not isinstance(name, str) or not name.strip():
        errors.append(FieldError("naam", "geef de hervorming een naam (tekst)", "give the reform a name (text)"))
        name = ""
    elif len(name.strip()) > MAX_NAME:
        errors.append(FieldError("naam", f"te lang: hoogstens {MAX_NAME} tekens", f"too long: at most {MAX_NAME} characters"))
    description = data.get("beschrijving", data.get("description", "")) or ""
    description_en = data.get("beschrijving_en", data.get("description_en", "")) or ""
    for field, text in (("beschrijving", description), ("beschrijving_en", description_en)):
        if len(str(text)) > MAX_DESCRIPTION:
            errors.append(FieldError(field, f"te lang: hoogstens {MAX_DESCRIPTION} tekens", f"too long: at most {MAX_DESCRIPTION} characters"))
    root = tax_benefit_system().parameters
    changes = []
    raw_parameters = data.get("parameters") or {}
    if not isinstance(raw_parameters, dict):
        errors.append(FieldError("parameters", "verwacht pad: {datum: waarde}", "expected path: {date: value}"))
        raw_parameters = {}
    if len(raw_parameters) > MAX_PARAMETERS:
        errors.append(FieldError("parameters", f"te veel: hoogstens {MAX_PARAMETERS}", f"too many: at most {MAX_PARAMETERS}"))
        raw_parameters = {}
    for path, dated in raw_parameters.items():
        field = f"parameters.{path}"
        try:
            targets = _resolve(str(path), root)
        except KeyError as error:
            errors.append(FieldError(field, f"onbekende parameter: {error.args[0]}", f"unknown parameter: {error.args[0]}"))
            continue
        if not isinstance(dated, dict) or not dated or len(dated) > MAX_DATES:
            errors.append(FieldError(field, "verwacht {datum: waarde}, bv. {2026-01-01: 0.96}", "expected {date: value}, e.g. {2026-01-01: 0.96}"))
            continue
        for start, value in dated.items():
            try:
                date = start if isinstance(start, datetime.date) else datetime.date.fromisoformat(str(start))
            except ValueError:
                errors.append(FieldError(f"{field}.{start}", "verwacht een datum als 2026-01-01", "expected a date like 2026-01-01"))
                continue
            wrong = _check_value(targets[0], value)
            if wrong:
                errors.append(FieldError(f"{field}.{date.isoformat()}", f"verkeerd type: verwacht {wrong}, kreeg {value!r}", f"wrong type: expected {wrong}, got {value!r}"))
                continue
            changes.append((str(path), date.isoformat(), value))
    raw_variables = data.get("variabelen", data.get("variables")) or []
    if not isinstance(raw_variables, list):
        errors.append(FieldError("variabelen", "verwacht een lijst namen", "expected a list of names"))
        raw_variables = []
    if len(raw_variables) > len(VARIABLE_CHANGES):
        errors.append(FieldError("variabelen", f"te veel: hoogstens {len(VARIABLE_CHANGES)}", f"too many: at most {len(VARIABLE_CHANGES)}"))
        raw_variables = []
    for i, variable in enumerate(raw_variables):
        if not isinstance(variable, str) or variable not in VARIABLE_CHANGES:
            errors.append(FieldError(f"variabelen[{i}]", f"onbekende wijziging {variable!r}; kies uit {', '.join(VARIABLE_CHANGES)}", f"unknown change {variable!r}; choose one of {', '.join(VARIABLE_CHANGES)}"))
    if not errors and not changes and not raw_variables:
        errors.append(FieldError("parameters", "de hervorming verandert niets", "the reform changes nothing"))
    if errors:
        raise InputError(errors)
    return ReformSpec(name.strip(), str(description).strip(), tuple(changes), tuple(raw_variables), str(description_en).strip())


def load(path: Path) -> ReformSpec:
    """A reform file (YAML or JSON), read by werkzorg.input_reader with the API's limits."""
    from werkzorg.input_reader import MAX_BYTES, parse_json, parse_yaml

    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise InputError([FieldError(str(path), f"kan niet gelezen worden ({error.strerror})", f"cannot be read ({error.strerror})")]) from None
    reader = parse_json if str(path).endswith(".json") else parse_yaml
    return parse(reader(data, str(path)), str(path))


# ---------------------------------------------------------------------------------------------------------------------
# Building the tax-benefit system


@functools.lru_cache(maxsize=8)
def system_for(spec_json: str):
    """The tax-benefit system of a reform (cached per process, so each Dask worker builds it once)."""
    from werkzorg.model import tax_benefit_system

    spec = ReformSpec.from_json(spec_json)
    base = tax_benefit_system()
    if spec.is_baseline:
        return base

    def modify(parameters: ParameterNode) -> ParameterNode:
        for path, start, value in spec.parameters:
            for parameter in _resolve(path, parameters):
                parameter.update(start=start, value=value)
        return parameters

    class _Reform(Reform):
        name = spec.name

        def instantiate_entities(self):  # a Reform does not inherit the baseline's methods: the same populations
            return instantiate_populations(self)

        def apply(self) -> None:
            if spec.parameters:
                self.modify_parameters(modifier_function=modify)
            for variable in spec.variables:
                VARIABLE_CHANGES[variable][1](self)

    reform = _Reform(base)
    for entity in base.entities:  # Reform() points the shared entities at itself; the baseline keeps its own.
        entity.set_tax_benefit_system(base)
    return reform
