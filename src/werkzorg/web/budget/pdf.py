"""PDF of the result page with WeasyPrint. Static files are read from disk, never fetched over the network."""

from __future__ import annotations

import mimetypes

from django.conf import settings
from django.contrib.staticfiles import finders


def _static_path(url: str) -> str:
    marker = "/" + settings.STATIC_URL.strip("/") + "/"
    if marker not in url:
        raise ValueError(f"Not fetched while rendering a PDF: {url}")
    path = finders.find(url.split(marker, 1)[1])
    if path is None:
        raise ValueError(f"No static file for {url}")
    return path


class PdfUnavailable(RuntimeError):
    """WeasyPrint's system libraries (Pango) are not installed on this server."""


def render_pdf(html: str) -> bytes:
    return render_document(html).write_pdf()


def render_document(html: str):
    """The laid-out document (WeasyPrint's Document: its `pages` can be counted)."""
    try:
        from weasyprint import HTML
        from weasyprint.urls import URLFetcher, URLFetcherResponse
    except OSError as error:  # cannot load library 'libpango-1.0-0'
        raise PdfUnavailable(str(error)) from None

    class StaticFilesOnly(URLFetcher):
        """Serve /static/… from the project's files; refuse anything else (no network access while rendering)."""

        def fetch(self, url, headers=None):
            path = _static_path(url)
            with open(path, "rb") as handle:
                body = handle.read()
            return URLFetcherResponse(url, body=body, headers={"Content-Type": mimetypes.guess_type(path)[0] or "application/octet-stream"})

    return HTML(string=html, base_url="http://werkzorg.local/", url_fetcher=StaticFilesOnly()).render()
