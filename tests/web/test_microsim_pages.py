"""The microsimulation page and API: pick a reform, the job runs in the background, the page shows the outcome."""

import time

from werkzorg.microsim import jobs


def wait(client, url, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        response = client.get(url)
        if "Refresh" not in response.headers and response.status_code == 200:
            return response
        time.sleep(0.5)
    raise AssertionError("job did not finish")


def test_page_lists_the_example_reforms(client):
    page = client.get("/microsimulatie/")
    assert page.status_code == 200
    assert "kinderopvang-96" in page.content.decode()
    english = client.get("/en/microsimulatie/")
    assert "What does a reform do for all households?" in english.content.decode()


def test_pick_a_reform_and_see_the_outcome(client):
    response = client.post("/microsimulatie/", {"hervorming": "kinderopvang-96"})
    assert response.status_code == 302
    url = response["Location"]
    first = client.get(url)
    assert first.status_code == 200
    page = wait(client, url).content.decode()
    assert "Per deciel van het besteedbaar inkomen" in page
    assert "<svg" in page
    # Shares as percent (not "0,686 → 0,686"), the poverty and Gini table, and no zero-effect notice for a reform
    # that changes the toeslag.
    import re

    assert re.search(r"Economisch zelfstandig, vrouwen: \d{1,3},\d % → \d{1,3},\d %", page), page
    assert "Laag inkomen en ongelijkheid" in page and "Gini" in page
    assert 'data-testid="geen-effect"' not in page


def test_a_reform_without_effect_says_why(client):
    response = client.post("/microsimulatie/", {"hervorming": "kinderopvang-zonder-arbeidseis"})
    page = wait(client, response["Location"]).content.decode()
    # In the synthetic population every parent with childcare works, so dropping the work requirement changes nothing
    # (issue 17: the page said all zeros without a word why).
    assert "Huishoudens erop vooruit: 0;" in page and "erop achteruit: 0<" in page
    assert 'data-testid="geen-effect"' in page
    assert "geen enkel huishouden" in page


def test_own_reform_with_a_mistake_names_the_field(client):
    text = "naam: x\nparameters:\n  wet_kinderopvang.bestaat_niet:\n    2026-01-01: 1\n"
    response = client.post("/microsimulatie/", {"hervorming": "kinderopvang-96", "eigen": text})
    assert response.status_code == 422
    assert "parameters.wet_kinderopvang.bestaat_niet" in response.content.decode()


def test_api_start_and_follow(client, settings):
    started = client.post("/api/v1/microsim/taken", {"hervorming": "iack-4000"}, content_type="application/json")
    assert started.status_code == 202
    link = started.json()["link"]
    deadline = time.monotonic() + 120
    while True:
        state = client.get(link).json()
        if state["status"] in ("klaar", "fout") or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert state["status"] == "klaar", state
    assert state["uitkomst"]["samenvatting"][0]["hervorming"] == "iack-4000"
    assert state["uitkomst"]["samenvatting"][0]["netto_kosten_mln"] > 0  # a higher credit costs money


def test_api_errors(client):
    unknown = client.post("/api/v1/microsim/taken", {"hervorming": "bestaat-niet"}, content_type="application/json")
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["field"] == "hervorming"
    bad = client.post("/api/v1/microsim/taken", {"eigen": {"naam": "x", "parameters": {"a.b": {"2026-01-01": 1}}}}, content_type="application/json")
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"] == "parameters.a.b"
    assert client.get("/api/v1/microsim/taken/onbekend").status_code == 404
    assert client.get("/microsimulatie/taak/onbekend/").status_code == 404


def test_job_runs_in_the_foreground_too(tmp_path):
    spec = jobs.example_reforms()["kinderopvang-96"]
    job_id = jobs.start(tmp_path, spec, 2000)
    state = jobs.status(tmp_path, job_id)
    assert state["status"] == "klaar", state
    assert "decielen" in state["uitkomst"]
