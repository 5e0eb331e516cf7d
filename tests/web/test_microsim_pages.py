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


MAXIMUM = "wet_inkomstenbelasting_2001.heffingskortingen.inkomensafhankelijke_combinatiekorting.maximum"


def test_workbench_search_add_share_and_run_two_reforms(client):
    # The search word is sent with POST: free text stays out of URLs and logs.
    found = client.post("/microsimulatie/", {"q": "combinatiekorting"}).content.decode()
    assert "Maximale inkomensafhankelijke combinatiekorting" in found
    assert "Income-dependent combination credit, maximum" in found  # the other language's label too
    assert "3.032" in found  # the 2026 value with a thousands separator (Wet IB 2001 art. 8.14a lid 2)
    assert "Wet IB 2001 art. 8.14a lid 2, versie 1-1-2026" in found
    # Add a change: "4.000" as people type it; the answer is a redirect to the link that holds the reform.
    added = client.get("/microsimulatie/", {"pad": MAXIMUM, "datum": "2026-01-01", "waarde": "4.000", "naar": "r1"})
    assert added.status_code == 302
    link = added["Location"]
    assert link == f"/microsimulatie/?r1={MAXIMUM}@2026-01-01=4000"  # the reform itself, nothing else
    # Another reform: an example in slot 2.
    both = client.get(link + "&voorbeeld=kinderopvang-96&naar=r2")
    assert both.status_code == 302 and "r2=voorbeeld:kinderopvang-96" in both["Location"]
    page = client.get(both["Location"]).content.decode()
    assert "4.000" in page and "Link naar deze hervormingen" in page
    from django.http import QueryDict

    state = QueryDict(both["Location"].split("?", 1)[1])
    run = client.post("/microsimulatie/", {"r1": state.getlist("r1"), "r2": state.getlist("r2")})
    assert run.status_code == 302
    result = wait(client, run["Location"]).content.decode()
    assert "hervorming-1" in result and "kinderopvang-96" in result
    assert "Tabellen downloaden" in result
    csv = client.get(run["Location"] + "tabel/samenvatting.csv")
    assert csv.status_code == 200 and csv["Content-Type"].startswith("text/csv")
    text = b"".join(csv.streaming_content).decode()
    assert text.splitlines()[0].startswith("hervorming,") and "hervorming-1" in text and "kinderopvang-96" in text
    assert client.get(run["Location"] + "tabel/samenvatting.parquet").status_code == 200
    pdf = client.get(run["Location"] + "rapport.pdf")
    assert pdf.status_code == 200 and b"".join(pdf.streaming_content).startswith(b"%PDF")
    assert client.get(run["Location"] + "tabel/bestaat_niet.csv").status_code == 404
    assert client.get(run["Location"] + "tabel/samenvatting.exe").status_code == 404


def test_workbench_bad_value_names_the_field(client):
    response = client.get("/microsimulatie/", {"pad": MAXIMUM, "datum": "2026-01-01", "waarde": "veel", "naar": "r1"})
    assert response.status_code == 422
    assert "Nieuwe waarde" in response.content.decode()
    broken = client.post("/microsimulatie/", {"r1": ["bestaat.niet@2026-01-01=1"]})
    assert broken.status_code == 422 and "r1.parameters.bestaat.niet" in broken.content.decode()


def test_the_behavioural_scenario_is_shown_apart_with_its_assumption_and_source(client):
    start = client.get("/microsimulatie/").content.decode()
    assert 'name="gedrag" value="1" checked' in start  # on by default, in both run forms
    # The workbench's run form: the combinatiekorting maximum raised to € 4.000, with the box ticked.
    response = client.post("/microsimulatie/", {"r1": [f"{MAXIMUM}@2026-01-01=4000"], "gedrag": "1"})
    assert response.status_code == 302
    page = wait(client, response["Location"]).content.decode()
    assert "<h2>hervorming-1</h2>" in page and "<h2>hervorming-1 + gedrag (CPB)</h2>" in page  # the static result stays
    assert "Gedrag: de aanname" in page
    assert "0,5 voor vrouwen en 0,1 voor mannen" in page and "Niet meegenomen" in page
    assert 'href="https://www.cpb.nl/publicatie/what-explains-variation-estimates-labour-supply-elasticities"' in page
    assert "hervorming-1 + gedrag (CPB): Verschil (euro)" in page  # its own columns in the tables
    csv = client.get(response["Location"] + "tabel/gedrag.csv")
    assert csv.status_code == 200
    english = client.get("/en" + response["Location"]).content.decode()
    assert "an hours elasticity of 0.5 for women and 0.1 for men" in english


def test_without_the_box_there_is_no_behavioural_scenario(client):
    response = client.post("/microsimulatie/", {"hervorming": "iack-4000"})
    page = wait(client, response["Location"]).content.decode()
    assert "gedrag (CPB)" not in page and "Gedrag: de aanname" not in page


def test_the_api_runs_the_behavioural_scenario_unless_switched_off(client):
    on = client.post("/api/v1/microsim/taken", {"hervorming": "iack-4000"}, content_type="application/json")
    assert on.status_code == 202
    state = client.get(on.json()["link"]).json()
    assert state["scenarios"] == ["iack-4000", "iack-4000 + gedrag (CPB)"]
    assert state["uitkomst"]["gedrag"][0]["elasticiteit_vrouw"] == 0.5
    off = client.post("/api/v1/microsim/taken", {"hervorming": "iack-4000", "gedrag": False}, content_type="application/json")
    state = client.get(off.json()["link"]).json()
    assert state["scenarios"] == ["iack-4000"] and "gedrag" not in state["uitkomst"]
