"""Errors as RFC 9457 problem details (`application/problem+json`), each naming the fields that were wrong."""

from __future__ import annotations

from django.http import JsonResponse

from werkzorg.input_reader import clean

CONTENT_TYPE = "application/problem+json"


def problem(status: int, title: str, detail: str = "", errors: list[dict] | None = None, kind: str = "about:blank") -> JsonResponse:
    body = {"type": kind, "title": title, "status": status}
    if detail:
        body["detail"] = detail
    if errors:
        body["errors"] = errors
    # A message may quote the input back; clean() turns a lone surrogate in it into U+FFFD so the answer can be encoded.
    return JsonResponse(clean(body), status=status, content_type=CONTENT_TYPE, json_dumps_params={"ensure_ascii": False})


def field_error(field: str, message_nl: str, message_en: str) -> dict:
    return {"field": field, "message": message_nl, "message_en": message_en}
