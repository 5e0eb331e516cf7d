"""The budget pages: the four steps as a parent fills them in, the result page, and what happens with bad input."""

from urllib.parse import parse_qs, urlparse

from werkzorg.budget.engine import run
from werkzorg.budget.report import euro
from werkzorg.web import household_state as state
from werkzorg.web.budget.views import household_from_state


def follow_steps(client):
    """Fill in the form step by step, as a parent would; return the result page response and the final state."""
    response = client.get("/budget/", {"verder": "1", "jaar": "2026", "volwassenen": "2", "kinderen": "1"})
    assert response.status_code == 302
    h = parse_qs(urlparse(response["Location"]).query)["h"][0]
    work = {
        "h": h, "verder": "1",
        "p0-leeftijd": "35", "p0-loon": "24", "p0-loon_per": "uur", "p0-uren_per_dag": "8", "p0-dagen_per_week": "3", "p0-pensioenpremie": "0",
        "p1-leeftijd": "37", "p1-loon": "21,50", "p1-loon_per": "uur", "p1-uren_per_dag": "8", "p1-dagen_per_week": "5", "p1-pensioenpremie": "7.5",
    }
    response = client.get("/budget/werk/", work)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert response["Location"].startswith("/budget/kinderen/")
    h = parse_qs(urlparse(response["Location"]).query)["h"][0]
    children = {"h": h, "verder": "1", "k0-leeftijd": "2", "k0-opvang": "dagopvang", "k0-uurprijs": "11.40", "k0-uren_per_dag": "10", "k0-dagen": "naar behoefte"}
    response = client.get("/budget/kinderen/", children)
    assert response.status_code == 302
    h = parse_qs(urlparse(response["Location"]).query)["h"][0]
    response = client.get("/budget/wonen/", {"h": h, "verder": "1", "huur_per_maand": "925", "vermogen": "0"})
    assert response.status_code == 302 and response["Location"].startswith("/budget/uitkomst/")
    h = parse_qs(urlparse(response["Location"]).query)["h"][0]
    return client.get("/budget/uitkomst/", {"h": h}), state.decode(h)


def test_home_and_first_step(client):
    assert "Begin met rekenen" in client.get("/").content.decode()
    page = client.get("/budget/").content.decode()
    assert "Stap 1 van 4" in page and "Voor welk jaar" in page


def test_a_parent_fills_in_the_form_and_sees_the_engines_numbers(client):
    response, data = follow_steps(client)
    assert response.status_code == 200
    page = response.content.decode()
    result = run(household_from_state(data))
    expected = euro(result.now["besteedbaar_inkomen"][result.current] / 12)
    assert f"<strong>{expected} per maand</strong>" in page
    assert "Als u een dag meer werkt" in page  # no names in the form: "u" and "uw partner"
    assert "<svg" in page and 'role="img"' in page
    assert "wetten.overheid.nl" in page  # hoe berekend: links to the law
    assert "voorlopig" in page.lower()  # the provisional economic-independence threshold is marked


def test_comma_decimals_are_accepted_and_errors_name_the_field(client):
    response = client.get("/budget/", {"verder": "1", "jaar": "2026", "volwassenen": "1", "kinderen": "0"})
    h = parse_qs(urlparse(response["Location"]).query)["h"][0]
    response = client.get("/budget/werk/", {"h": h, "verder": "1", "p0-leeftijd": "35", "p0-loon": "-3", "p0-loon_per": "uur", "p0-uren_per_dag": "8"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Stap 2 van 4" in page
    assert page.count('class="error"') >= 2  # a negative wage and the missing number of days


def test_without_children_the_children_step_is_skipped(client):
    response = client.get("/budget/", {"verder": "1", "jaar": "2025", "volwassenen": "1", "kinderen": "0"})
    h = parse_qs(urlparse(response["Location"]).query)["h"][0]
    response = client.get("/budget/werk/", {"h": h, "verder": "1", "p0-leeftijd": "35", "p0-loon": "20", "p0-loon_per": "uur", "p0-uren_per_dag": "8", "p0-dagen_per_week": "4"})
    assert response["Location"].startswith("/budget/wonen/")


def test_all_splits_and_print_view(client):
    response, data = follow_steps(client)
    h = state.encode(data)
    page = client.get("/budget/uitkomst/", {"h": h, "alle": "1"}).content.decode()
    assert "Alle verdelingen" in page and page.count("<tr") > 36
    assert client.get("/budget/uitkomst/", {"h": h, "print": "1"}).status_code == 200


def test_a_damaged_link_and_an_incomplete_household(client):
    assert client.get("/budget/uitkomst/", {"h": "niet-te-lezen"}).status_code == 400
    incomplete = state.encode({"jaar": 2026, "partners": [{"leeftijd": 30}]})
    response = client.get("/budget/uitkomst/", {"h": incomplete})
    assert response.status_code == 400 and "partners[0]" in response.content.decode()


def test_pdf_download(client):
    response, data = follow_steps(client)
    pdf = client.get("/budget/uitkomst/pdf/", {"h": state.encode(data)})
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF") and len(pdf.content) > 10_000


def test_the_pages_in_english(client):
    home = client.get("/en/").content.decode()
    assert "Start calculating" in home and 'lang="en"' in home
    assert "Nederlands" in home
    response, data = follow_steps(client)
    page = client.get("/en/budget/uitkomst/", {"h": state.encode(data)}).content.decode()
    assert "What is left" in page and "If you work a day more" in page and "Gross wage" in page
    assert "Wat u overhoudt" not in page
    step = client.get("/en/budget/").content.decode()
    assert "Step 1 of 4" in step and "For which year do you want to calculate?" in step


def test_every_number_links_to_how_it_is_calculated(client):
    response, data = follow_steps(client)
    page = response.content.decode()
    for variable in ["inkomstenbelasting", "netto_inkomen", "zorgtoeslag", "kinderopvangtoeslag", "besteedbaar_inkomen", "pensioenopbouw"]:
        assert f'href="#uitleg-{variable}"' in page and f'id="uitleg-{variable}"' in page


def test_database_url_selects_postgresql():
    import subprocess
    import sys

    code = "import django; from django.conf import settings; django.setup(); print(settings.DATABASES['default']['ENGINE'])"
    environment = {"DJANGO_SETTINGS_MODULE": "werkzorg.web.settings", "DATABASE_URL": "postgres://werkzorg:geheim@db.example/werkzorg", "PATH": ""}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment)
    assert result.stdout.strip() == "django.db.backends.postgresql", result.stderr


def _explanation(page: str, variable: str) -> str:
    """The "hoe berekend" block of one number on the result page."""
    start = page.index(f'id="uitleg-{variable}"')
    end = page.find('id="uitleg-', start + 1)
    return page[start:end if end > 0 else None]


def test_how_it_is_calculated_lists_each_amount_once_per_value_with_its_date(client):
    """Kinderbijslag for a child of 2: the engine reads the amount every quarter, the page names each value once.
    AKW art. 12 (version 1 July 2026, wetten.overheid.nl/BWBR0002368/2026-07-01): € 298,40 a quarter for a child of
    0-5 from 1 July 2026; the 1 January 2026 amount is € 295,07."""
    response, data = follow_steps(client)  # (whitespace folded: the page's non-breaking spaces read as spaces)
    block = _explanation(" ".join(response.content.decode().split()), "besteedbaar_inkomen")
    assert block.count("€ 298,40 (vanaf 1 juli 2026)") == 1
    assert block.count("€ 295,07 (vanaf 1 januari 2026)") == 1
    english = " ".join(client.get("/en/budget/uitkomst/", {"h": state.encode(data)}).content.decode().split())
    assert _explanation(english, "besteedbaar_inkomen").count("€ 298.40 (from 1 July 2026)") == 1
    # The rent row is an amount going out, written like the other costs.
    assert "<td>−€ 925</td>" in " ".join(response.content.decode().split())
