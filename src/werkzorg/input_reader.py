"""One reader for everything people send us as text: the API's request bodies and the CLI's files and standard input.

The same rules everywhere, with the same messages (InputError naming the field, Dutch and English):
- at most MAX_BYTES (256 kB, the API's request limit);
- UTF-8, with or without a byte order mark (BOM);
- nesting at most MAX_DEPTH levels of lists and groups: deeper input (say 100,000 `[`) is refused before any parser
  can run out of stack;
- JSON's NaN and Infinity are read (as Python does) so that the schema can refuse them naming the field;
- an escaped lone surrogate (`"\\ud83d"`) is valid JSON but no character: it becomes U+FFFD (the replacement
  character) so that the text can be shown and stored; a proper pair becomes its character.
The CLI reads YAML too; a document that starts with `{` or `[` is read as JSON, exactly as the API reads it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from werkzorg.input_errors import FieldError, InputError

MAX_BYTES = 256 * 1024
MAX_DEPTH = 32
BOM = "\ufeff"

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


def _error(field: str, nl: str, en: str) -> InputError:
    return InputError([FieldError(field, nl, en)])


def too_large(field: str = "(body)") -> InputError:
    return _error(field, f"te groot: hoogstens {MAX_BYTES // 1024} kB", f"too large: at most {MAX_BYTES // 1024} kB")


def too_deep(field: str = "(body)") -> InputError:
    return _error(field, f"te diep genest: hoogstens {MAX_DEPTH} niveaus van lijsten en groepen", f"nested too deeply: at most {MAX_DEPTH} levels of lists and groups")


def decode(data: bytes | str, field: str = "(body)") -> str:
    """Bytes (or text) as text: size checked, UTF-8, a leading BOM dropped."""
    if isinstance(data, str):
        if len(data) > MAX_BYTES and len(data.encode("utf-8", "surrogatepass")) > MAX_BYTES:
            raise too_large(field)
        return data.removeprefix(BOM)
    if len(data) > MAX_BYTES:
        raise too_large(field)
    try:
        return data.decode("utf-8").removeprefix(BOM)
    except UnicodeDecodeError as error:
        raise _error(field, f"geen UTF-8-tekst (byte {error.start + 1})", f"not UTF-8 text (byte {error.start + 1})") from None


def check_depth(text: str, field: str = "(body)") -> None:
    """Refuse nesting deeper than MAX_DEPTH (brackets inside JSON strings do not count)."""
    depth = 0
    for bracket in _BRACKET.findall(_STRING.sub("", text)):
        depth += 1 if bracket in "[{" else -1
        if depth > MAX_DEPTH:
            raise too_deep(field)


def clean(value: Any) -> Any:
    """Lone surrogates in every text (keys too) replaced by U+FFFD; pairs joined into their character."""
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace") if _has_surrogate(value) else value
    if isinstance(value, list):
        return [clean(item) for item in value]
    if isinstance(value, dict):
        return {clean(key): clean(item) for key, item in value.items()}
    return value


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= character <= "\udfff" for character in text)


def parse_json(data: bytes | str, field: str = "(body)") -> Any:
    """JSON text (or bytes) to Python values under the rules above; InputError otherwise."""
    text = decode(data, field)
    check_depth(text, field)
    try:
        return clean(json.loads(text))
    except json.JSONDecodeError as error:
        raise _error(f"(json, regel {error.lineno}, kolom {error.colno})", f"geen geldige JSON: {error.msg}", f"not valid JSON: {error.msg}") from None
    except RecursionError:
        raise too_deep(field) from None


def parse_yaml(data: bytes | str, field: str = "(yaml)") -> Any:
    """YAML (or JSON, which is read exactly like the API reads it) to Python values; InputError otherwise."""
    import yaml

    text = decode(data, field)
    if text.lstrip()[:1] in ("{", "["):
        return parse_json(text, field)
    check_depth(text, field)
    try:
        return clean(yaml.safe_load(text))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"(yaml, regel {mark.line + 1}, kolom {mark.column + 1})" if mark else "(yaml)"
        raise _error(where, "geen geldige YAML of JSON", "not valid YAML or JSON") from None
    except RecursionError:
        raise too_deep(field) from None
