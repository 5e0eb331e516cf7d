"""The household travels in the URL (`?h=…`), so nothing is stored on the server and a link can be shared.

JSON, compressed with zlib and written in URL-safe base64. Decoding refuses anything too large or malformed.
"""

from __future__ import annotations

import base64
import json
import zlib
from decimal import Decimal
from typing import Any

MAX_ENCODED = 4000
MAX_JSON = 20_000


def plain(value: Any) -> Any:
    """A cleaned form value as JSON holds it: whole Decimals as int, others as float, dates as ISO text."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


class BadState(ValueError):
    """The `h` parameter could not be read back into a household."""


def encode(data: dict[str, Any]) -> str:
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
    return data
