"""Bad input as one message per field, in Dutch and English, shared by the budget tool, the leave finder and the API."""

from __future__ import annotations

import dataclasses
from typing import Any


@dataclasses.dataclass(frozen=True)
class FieldError:
    field: str
    message_nl: str
    message_en: str


class InputError(Exception):
    """Bad input; `errors` lists every problem, each naming its field."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message_nl}" for e in errors))
        self.errors = errors


MESSAGES = {
    "missing": ("dit veld ontbreekt", "this field is missing"),
    "extra_forbidden": ("onbekend veld", "unknown field"),
    "greater_than_equal": ("moet minstens {ge} zijn", "must be at least {ge}"),
    "greater_than": ("moet meer dan {gt} zijn", "must be more than {gt}"),
    "less_than_equal": ("mag hoogstens {le} zijn", "must be at most {le}"),
    "less_than": ("moet minder dan {lt} zijn", "must be less than {lt}"),
    "too_short": ("te weinig: minstens {min_length}", "too few: at least {min_length}"),
    "too_long": ("te veel: hoogstens {max_length}", "too many: at most {max_length}"),
    "float_parsing": ("verwacht een getal", "expected a number"),
    "float_type": ("verwacht een getal", "expected a number"),
    "int_parsing": ("verwacht een heel getal", "expected a whole number"),
    "int_type": ("verwacht een heel getal", "expected a whole number"),
    "int_from_float": ("verwacht een heel getal", "expected a whole number"),
    "date_from_datetime_parsing": ("verwacht een datum als 2020-05-31", "expected a date like 2020-05-31"),
    "date_parsing": ("verwacht een datum als 2020-05-31", "expected a date like 2020-05-31"),
    "date_type": ("verwacht een datum als 2020-05-31", "expected a date like 2020-05-31"),
    "literal_error": ("kies uit: {expected}", "choose one of: {expected}"),
    "list_type": ("verwacht een lijst", "expected a list"),
    "model_type": ("verwacht een groep velden", "expected a group of fields"),
    "dict_type": ("verwacht een groep velden", "expected a group of fields"),
    "string_type": ("verwacht tekst", "expected text"),
    "finite_number": ("verwacht een eindig getal", "expected a finite number"),
}


def _path(location: tuple) -> str:
    """`("partners", 0, "uurloon")` → `partners[0].uurloon`; pydantic's union branch names are left out."""
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part.startswith(("literal[", "function-", "constrained-", "list[", "dict[")) or part in ("int", "float", "str", "bool"):
            continue
        else:
            text += f".{part}" if text else part
    return text


def _number(value: Any) -> str:
    return f"{value:g}".replace(".", ",") if isinstance(value, float) else str(value)


def pydantic_field_error(error: dict) -> FieldError:
    """One pydantic error as a FieldError; our validators write "SUBFIELD|Dutch|English"."""
    field = _path(error["loc"])
    if error["type"] == "value_error":
        # Our validators write "SUBFIELD|Dutch|English"; SUBFIELD is relative to the model that raised it.
        sub, nl, en = str(error.get("ctx", {}).get("error", error["msg"])).split("|", 2)
        if sub:
            field = sub if sub.startswith("kinderen[") else ".".join(filter(None, [field, sub]))
        return FieldError(field or "(huishouden)", nl, en)
    nl, en = MESSAGES.get(error["type"], (error["msg"], error["msg"]))
    context = {key: _number(value) for key, value in error.get("ctx", {}).items()}
    if "expected" in context:
        context_nl = {**context, "expected": context["expected"].replace(" or ", " of ")}
        return FieldError(field or "(huishouden)", nl.format(**context_nl), en.format(**context))
    return FieldError(field or "(huishouden)", nl.format(**context), en.format(**context))


