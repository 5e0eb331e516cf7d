"""Who is asking: the client's address (behind a trusted proxy, from the header it sets) and a key for per-client limits.

One place for the rate limits (django-ratelimit), the login throttling (django-axes), the quick scan and the
microsimulation job caps, so they all count the same client the same way. The address itself is never stored or
logged by us: limits key on a hash of it.
"""

from __future__ import annotations

import hashlib
import math

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.http import HttpRequest, HttpResponse


def client_ip(request: HttpRequest) -> str:
    """REMOTE_ADDR, or the last address in the trusted proxy's header (settings.CLIENT_IP_HEADER) when one is set.

    The last address is the one the proxy itself saw; earlier ones were written by the client and can be forged."""
    header = settings.CLIENT_IP_HEADER
    value = request.META.get(header, "") if header != "REMOTE_ADDR" else ""
    if value:
        return value.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def client_ip_for_ratelimit(request: HttpRequest) -> str:
    return client_ip(request)


def client_ip_for_axes(request: HttpRequest) -> str | None:
    """django-axes stores the address in an IP field: None (not a made-up value) when there is none, as for the test
    client's `login`."""
    address = client_ip(request)
    return None if address == "unknown" else address


def client_key(request: HttpRequest) -> str:
    """A stable, non-reversible key for the client (for counts in the shared store and job records)."""
    return hashlib.sha256((settings.SECRET_KEY + "|" + client_ip(request)).encode()).hexdigest()[:32]


def too_many(request: HttpRequest, retry_after: int, detail: str = "") -> HttpResponse:
    """429 with Retry-After: problem+json for the API, a short plain-language page otherwise."""
    from django.shortcuts import render
    from django.utils.translation import gettext as _

    from werkzorg.web.problems import problem

    seconds = max(1, math.ceil(retry_after))
    if request.path.startswith("/api/"):
        response = problem(429, "Te veel aanvragen", detail or f"Probeer het over {seconds} seconden opnieuw.")
    else:
        response = render(request, "te_veel.html", {"seconds": seconds, "detail": detail or _("U heeft dit te vaak gedaan.")}, status=429)
    response["Retry-After"] = str(seconds)
    return response


def rate_limited(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """django-ratelimit's RATELIMIT_VIEW: the request went over a limit."""
    return too_many(request, 60)


class LoginThrottle(AxesStandaloneBackend):
    """django-axes' check before every web login; a login without a request (the shell, the test client's `login`)
    has no client to throttle and is left to Django's own backend."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
