"""The household travels between pages and tools in the URL (`?h=…`), so nothing is stored on the server and a link
can be shared. It holds numbers and choices only — ages, wages, hours, rent — never a name or free text.

JSON, compressed with zlib and written in URL-safe base64. Decoding refuses anything too large or malformed.
"""

from __future__ import annotations

import base64
import json
import zlib
from typing import Any

MAX_ENCODED = 4000
MAX_JSON = 20_000


class BadState(ValueError):
    """The `h` parameter could not be read back into a household."""


def without_names(data: dict[str, Any]) -> dict[str, Any]:
    """The household without any name: a web address ends up in server logs and browser history."""
    clean = {key: value for key, value in data.items() if key != "naam"}
    for group in ("partners", "kinderen"):
        if isinstance(clean.get(group), list):
            clean[group] = [{k: v for k, v in item.items() if k != "naam"} if isinstance(item, dict) else item for item in clean[group]]
    return clean


def encode(data: dict[str, Any]) -> str:
    """The household for a web address: names are dropped."""
    data = without_names(data)
    raw = json.dumps(data, separators=(",", ":"), ensure_ascii=False, default=str).encode()
    return base64.urlsafe_b64encode(zlib.compress(raw, 9)).decode().rstrip("=")


def decode(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    if len(text) > MAX_ENCODED:
        raise BadState("te lang")
    try:
        packed = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        raw = zlib.decompressobj().decompress(packed, MAX_JSON + 1)
        if len(raw) > MAX_JSON:
            raise BadState("te groot")
        data = json.loads(raw)
    except (ValueError, zlib.error) as error:
        raise BadState(str(error)) from None
    if not isinstance(data, dict):
        raise BadState("geen huishouden")
    return without_names(data)
