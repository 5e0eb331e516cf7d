"""Bad input as one message per field, in Dutch and English, shared by the budget tool, the leave finder and the API."""

from __future__ import annotations

import dataclasses
from typing import Any

from werkzorg.formatting import hours


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
    "body_missing": ("de aanvraag is leeg: stuur een JSON-object", "the request is empty: send a JSON object"),
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
    "bool_type": ("verwacht ja of nee (true of false)", "expected yes or no (true or false)"),
    "bool_parsing": ("verwacht ja of nee (true of false)", "expected yes or no (true or false)"),
    "string_too_short": ("te kort: minstens {min_length} tekens", "too short: at least {min_length} characters"),
    "string_too_long": ("te lang: hoogstens {max_length} tekens", "too long: at most {max_length} characters"),
    "string_pattern_mismatch": ("heeft niet de goede vorm", "does not have the right form"),
    "string_unicode": ("verwacht tekst", "expected text"),
    "enum": ("kies uit: {expected}", "choose one of: {expected}"),
    "multiple_of": ("moet een veelvoud zijn van {multiple_of}", "must be a multiple of {multiple_of}"),
    "date_from_datetime_inexact": ("verwacht een datum als 2020-05-31", "expected a date like 2020-05-31"),
    "date_past": ("moet in het verleden liggen", "must be in the past"),
    "date_future": ("moet in de toekomst liggen", "must be in the future"),
    "datetime_parsing": ("verwacht een datum en tijd", "expected a date and time"),
    "datetime_type": ("verwacht een datum en tijd", "expected a date and time"),
    "decimal_parsing": ("verwacht een getal", "expected a number"),
    "decimal_type": ("verwacht een getal", "expected a number"),
    "tuple_type": ("verwacht een lijst", "expected a list"),
    "set_type": ("verwacht een lijst", "expected a list"),
    "none_required": ("moet leeg zijn (null)", "must be empty (null)"),
    "union_tag_invalid": ("kies uit: {expected_tags}", "choose one of: {expected_tags}"),
    "union_tag_not_found": ("dit veld ontbreekt: {discriminator}", "this field is missing: {discriminator}"),
    "json_invalid": ("geen geldige JSON", "not valid JSON"),
    "json_type": ("verwacht JSON-tekst", "expected JSON text"),
    "is_instance_of": ("verkeerd soort waarde", "wrong kind of value"),
    "assertion_error": ("klopt niet", "is not right"),
}
#: Any other pydantic error: still Dutch on a Dutch page (with pydantic's own English text as the English message).
FALLBACK_NL = "deze waarde klopt niet"


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


def _number(value: Any, lang: str = "nl") -> str:
    """A limit in a message as the reader writes it: 22,5 / 22.5."""
    return hours(value, lang) if isinstance(value, float) else str(value)


def pydantic_field_error(error: dict, root: str = "(huishouden)") -> FieldError:
    """One pydantic error as a FieldError; our validators write "SUBFIELD|Dutch|English". `root` names the whole input
    (for an error about the input as a whole, such as an empty request body)."""
    field = _path(error["loc"])
    if error["type"] == "value_error":
        # Our validators write "SUBFIELD|Dutch|English"; SUBFIELD is relative to the model that raised it.
        text = str(error.get("ctx", {}).get("error", error["msg"]))
        sub, nl, en = text.split("|", 2) if text.count("|") >= 2 else ("", FALLBACK_NL, text)
        if sub:
            field = sub if sub.startswith("kinderen[") else ".".join(filter(None, [field, sub]))
        return FieldError(field or root, nl, en)
    nl, en = MESSAGES.get(error["type"], (FALLBACK_NL, error["msg"]))
    context_nl = {key: _number(value) for key, value in error.get("ctx", {}).items()}
    context_en = {key: _number(value, "en") for key, value in error.get("ctx", {}).items()}
    try:
        if "expected" in context_nl:
            context_nl["expected"] = context_nl["expected"].replace(" or ", " of ")
        return FieldError(field or root, nl.format(**context_nl), en.format(**context_en))
    except (KeyError, IndexError, ValueError):  # a message whose context pydantic did not give
        return FieldError(field or root, FALLBACK_NL, error["msg"])
