"""The friendly "page not found" page also while developing (`make run`, DEBUG on).

With DEBUG off Django renders templates/404.html itself; with DEBUG on it shows its technical page, which is not
what a person trying the app should see. The API (problem+json) and the admin keep their own answers.
"""

from __future__ import annotations

from django.conf import settings
from django.shortcuts import render


class FriendlyNotFoundMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.DEBUG and response.status_code == 404 and not request.path.startswith(("/api/", "/beheer/", "/static/")):
            return render(request, "404.html", status=404)
        return response
