"""Every answer under /api/ is JSON: an unknown path (404) or a wrong method (405) gets problem+json, not Django's
HTML page. Answers the API itself gave (already JSON) pass unchanged."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse

from werkzorg.web.problems import CONTENT_TYPE, problem

TITLES = {404: ("Niet gevonden", "Deze API-route bestaat niet; zie /api/v1/openapi.json."), 405: ("Methode niet toegestaan", "Deze route kent deze HTTP-methode niet.")}


class ApiNotFoundMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path.startswith("/api/") or response.status_code not in TITLES:
            return response
        if response.get("Content-Type", "").startswith(("application/json", CONTENT_TYPE)):
            return response
        title, detail = TITLES[response.status_code]
        replaced = problem(response.status_code, title, detail)
        if response.has_header("Allow"):
            replaced["Allow"] = response["Allow"]
        return replaced
