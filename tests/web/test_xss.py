"""The audit's stored XSS: a reform named with a script tag, started through the API, comes back escaped on the job
page, in the charts (SVG), in the CSV tables and in the PDF report; and every page carries a strict CSP."""

import csv
import json

import pytest

from werkzorg.microsim import jobs, report

PAYLOAD = "x<script>alert(1)</script>"
FORMULA = "=HYPERLINK(\"http://example.org\")"


@pytest.fixture(scope="module")
def job(django_db_blocker, tmp_path_factory):
    """One finished job for the payload reform, started through the API (ImmediateBackend: it runs in the request)."""
    from django.test import Client
    from django.test.utils import override_settings

    from tests.web.conftest import IMMEDIATE

    folder = tmp_path_factory.mktemp("xss")
    with django_db_blocker.unblock(), override_settings(MICROSIM_DIR=folder, MICROSIM_HOUSEHOLDS=2000, TASKS=IMMEDIATE):
        eigen = {"naam": PAYLOAD, "parameters": {"wet_inkomstenbelasting_2001.heffingskortingen.inkomensafhankelijke_combinatiekorting.maximum": {"2026-01-01": 4000}}}
        response = Client().post("/api/v1/microsim/taken", {"eigen": eigen}, content_type="application/json")
        assert response.status_code == 202, response.content
        job_id = response.json()["id"]
        page = Client().get(f"/microsimulatie/taak/{job_id}/")
        api = Client().get(f"/api/v1/microsim/taken/{job_id}")
    return {"id": job_id, "folder": folder, "page": page, "api": api}


def test_the_job_page_escapes_the_name(job):
    page = job["page"]
    assert page.status_code == 200
    html = page.content.decode()
    assert "Per deciel van het besteedbaar inkomen" in html  # the finished outcome, charts included
    assert "<svg" in html
    # The only script is the site's own file (the error summary's focus); the name never becomes one.
    assert html.count("<script") == 1 and '<script src="/static/werkzorg/werkzorg.js" defer></script>' in html
    assert "x&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "script-src 'self'" in page["Content-Security-Policy"]


def test_the_api_returns_the_name_as_data(job):
    assert job["api"].json()["hervorming"] == PAYLOAD  # JSON, not HTML: the client decides how to show it


def test_the_svg_escapes_the_name(job):
    state = jobs.status(job["folder"], job["id"])
    charts = state["grafieken"]
    assert charts
    for svg in charts.values():
        assert "<script" not in svg
    assert any("x&lt;script&gt;" in svg for svg in charts.values())


def test_the_csv_and_pdf_escape_the_name(job, tmp_path):
    tables = jobs.status(job["folder"], job["id"])["uitkomst"]
    report.write_tables(tables, tmp_path)
    rows = list(csv.reader((tmp_path / "samenvatting.csv").open(encoding="utf-8")))
    assert PAYLOAD in [cell for row in rows for cell in row]  # text stays text in a CSV
    meta = {"households": 2000, "weighted_households": 8_400_000, "population_hash": "x", "model_version": "x"}
    written = report.write_report(tables, ["basis", PAYLOAD], meta, tmp_path, pdf=True)
    markdown = (tmp_path / "rapport.md").read_text(encoding="utf-8")
    html = report.pdf_html(markdown)
    assert "<script" not in html
    assert "x&lt;script&gt;alert(1)&lt;/script&gt;" in html
    if "pdf" in written:  # WeasyPrint and Pango present (make pdf-deps)
        assert written["pdf"].read_bytes().startswith(b"%PDF")


def test_a_formula_in_a_name_is_text_in_the_csv(tmp_path):
    report.write_tables({"samenvatting": [{"hervorming": FORMULA, "netto_kosten_mln": 1.0}]}, tmp_path)
    rows = list(csv.reader((tmp_path / "samenvatting.csv").open(encoding="utf-8")))
    assert rows[1][0] == "'" + FORMULA


def test_markdown_and_html_in_a_name_stay_literal(tmp_path):
    html_name = "<img src=x onerror=alert(1)>![a](file:///etc/passwd)"
    assert "<" not in report.md(html_name).replace("\\<", "")
    assert "](" not in report.md(html_name).replace("\\](", "").replace("\\]\\(", "")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/budget/", "/verlof/", "/werk/", "/mantelzorg/", "/werkgever/", "/microsimulatie/", "/en/", "/api/v1/docs", "/beheer/login/"])
def test_every_page_has_a_strict_csp(client, path):
    response = client.get(path)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "object-src 'none'" in policy and "frame-ancestors 'none'" in policy
