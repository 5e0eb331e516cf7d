"""Browser test: the expecting couple with a toddler (issue 12) make their leave plan on a phone in Debian's Chromium.

The figures are checked by hand in tests/leave/test_income.py (test_the_expecting_couple_year_computed_on_the_year):
Sanne's arbeidsinkomen € 44.064 (wage + bevallingsuitkering) → arbeidskorting € 5.656 (Tabel arbeidskorting 2026:
5.300 + 1,950 % × (44.064 − 25.845) = 5.655,27, rounded up); Mehmet € 37.760,63 with 5 weeks of AGV at 70 % →
arbeidskorting € 5.533 and the IACK maximum € 3.032; his net without leave € 36.098 a year, € 3.008 a month.
The toddler's day care: 3 days × 10 hours × 52/12 = 130 hours every month.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.accessibility import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_expecting_couple_plan_their_leave_on_a_phone(page, live_server):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(live_server.url + "/verlof/plan/")
    assert_accessible(page)
    page.get_by_label("In welk jaar begint het verlof?").select_option("2026")
    page.get_by_label("Met mijn partner").check()
    page.get_by_label("Hoeveel kinderen? Tel een kind dat nog komt mee.").fill("2")
    page.get_by_role("button", name="Verder").click()

    expect(page.locator("body")).to_contain_text("Stap 2 van 2", timeout=30_000)  # waits for the new page
    assert_accessible(page)
    for prefix, (age, wage, hours) in {"p0": ("34", "3.400", "8"), "p1": ("36", "3.000", "9")}.items():
        page.locator(f"#id_{prefix}-leeftijd").fill(age)
        page.locator(f"#id_{prefix}-loon").fill(wage)  # "per maand" is chosen by default
        page.locator(f"#id_{prefix}-uren_per_dag").fill(hours)
        page.locator(f"#id_{prefix}-dagen_per_week_4").check()
    page.locator("#id_k0-leeftijd").fill("2")
    page.locator("#id_k1-geboortedatum").fill("2026-07-01")
    for prefix in ("k0", "k1"):
        page.locator(f"#id_{prefix}-opvang_1").check()  # Kinderdagverblijf (dagopvang)
        page.locator(f"#id_{prefix}-uurprijs").fill("11,10")
        page.locator(f"#id_{prefix}-uren_per_dag").fill("10")
        page.locator(f"#id_{prefix}-dagen").select_option("3")
    page.locator("#id_w-huur_per_maand").fill("1100")
    rows = [("bevallingsverlof", "0", "2026-05-21", "16"), ("geboorteverlof", "1", "2026-07-01", "1"), ("aanvullend_geboorteverlof", "1", "2026-09-10", "5")]
    for r, (leave, who, start, weeks) in enumerate(rows):
        page.locator(f"#id_v-r{r}_verlof").select_option(leave)
        page.locator(f"#id_v-r{r}_partner").select_option(who)
        page.locator(f"#id_v-r{r}_van").fill(start)
        page.locator(f"#id_v-r{r}_weken").fill(weeks)
    page.get_by_role("button", name="Reken uit").click()
    page.get_by_text("Uw verlof, maand voor maand").first.wait_for()  # the posted page, also on a busy machine (content() was once read mid-navigation)

    expect(page.locator("body")).to_contain_text("Uw verlof, maand voor maand", timeout=30_000)
    assert page.url.endswith("/verlof/plan/?jaar=2026&volwassenen=2&kinderen=2")  # the household was posted
    month_rows = page.locator("table").first.locator("tbody tr")
    assert month_rows.count() == 12
    for index in range(12):
        cells = month_rows.nth(index).locator("td").all_inner_texts()
        assert int(cells[6]) >= 130  # the toddler's care hours, every month
        if index not in (8, 9):  # Mehmet's gross is unchanged outside his AGV (September, October)
            assert cells[5] == "€\u00a03.008"
    year = page.locator("#jaar-2026").locator("xpath=..").inner_text()
    for amount in ("€\u00a044.064", "€\u00a05.656", "€\u00a05.533", "€\u00a03.032"):
        assert amount in year
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert_accessible(page)
