"""Browser test: an HR manager completes the employer quick scan in Debian's Chromium (Playwright), makes a mistake on
the way, reads the report and downloads the PDF; every page passes axe-core without serious or critical violations.
The carers' pages are checked too."""

import pytest

from tests.browser.accessibility import assert_accessible
from django.core.management import call_command

from werkzorg.scan.content import load

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# What an HR manager of a care organisation might answer: some things arranged, leave information missing (Q9 = 0).
ANSWERS = {
    "Q1": "2", "Q2": "2", "Q3": "1", "Q4": "0",
    "Q5": "1", "Q6": "1", "Q7": "0", "Q8": "?",
    "Q9": "0", "Q10": "1", "Q11": "1", "Q12": "0",
    "Q13": "2", "Q14": "1", "Q15": "2", "Q16": "3",
    "Q33": "3", "Q34": "1", "Q35": "?", "Q36": "3", "Q37": "3",
    "Q17": "0", "Q18": "2", "Q19": "1", "Q20": "1",
    "Q21": "2", "Q22": "1", "Q23": "1", "Q24": "2",
    "Q25": "0", "Q26": "1", "Q27": "2", "Q28": "0",
    "Q29": "3", "Q30": "3", "Q31": "1", "Q32": "2",
}


@pytest.fixture
def questionnaire():
    call_command("scan_laden")  # transactional tests empty the tables between tests
    return load()


def test_an_hr_manager_completes_the_scan_and_downloads_the_pdf(page, live_server, questionnaire, tmp_path):
    page.goto(live_server.url + "/werkgever/")
    assert_accessible(page)
    page.get_by_role("link", name="Begin de scan").click()

    assert "Over uw organisatie" in page.content()
    assert_accessible(page)
    page.get_by_label("Zorg en welzijn").check()
    page.get_by_label("50 tot 250 werknemers").check()
    page.get_by_label("De helft tot driekwart").check()
    page.get_by_role("button", name="Verder").click()

    # first theme: forgets the last question
    theme = questionnaire.themas[0]
    for question in theme.vragen[:-1]:
        page.locator(f'input[name="{question.code}"][value="{ANSWERS[question.code]}"]').check()
    page.get_by_role("button", name="Verder").click()
    assert "Nog niet alles is ingevuld" in page.content() and "Vraag 4: kies een antwoord" in page.content()
    assert_accessible(page)

    for number, theme in enumerate(questionnaire.themas, start=1):
        assert theme.naam in page.locator("h1").inner_text()
        if number == 2:
            assert_accessible(page)
        for question in theme.vragen:
            page.locator(f'input[name="{question.code}"][value="{ANSWERS[question.code]}"]').check()
        page.get_by_role("button", name="Verder").click()

    assert "Controleren en versturen" in page.content()
    assert_accessible(page)
    page.get_by_role("button", name="Versturen en rapport bekijken").click()

    assert "Uw rapport" in page.locator("h1").inner_text()
    assert_accessible(page)
    content = page.content()
    assert "Wat u het eerst doet" in content and "Verlof bij zorg: medewerkers kennen hun rechten mogelijk niet" in content
    # Q34 "Soms wel, soms niet": a flag citing Wazo 5:1 and 5:6; Q35 "Weet ik niet": advice to find out, no "U gaf aan"
    assert "Kortdurend zorgverlof: ten minste 70 procent van het loon" in content and "Wet arbeid en zorg, artikel 5:1 en 5:6" in content
    assert "U weet niet wat er gebeurt als een medewerker om zorgverlof vraagt" in content
    first = page.locator("ol.improvements > li h3").first.inner_text()
    # themes with a legal flag come first, the lowest first: verlof (0 + 1 + 1 + 0 = 2 of 12 → 17) before naleving
    # (3 + 1 + 0 + 3 + 3 = 10 of 15 → 67)
    assert first.startswith("Verlof en regelingen")
    assert page.locator("svg[role=img]").count() == 9
    # usable on a phone: nothing wider than the viewport (tables scroll inside their wrapper)
    wide = page.evaluate("[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391).map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').slice(0, 60))")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1, wide

    from werkzorg.web.budget.pdf import PdfUnavailable, render_pdf

    try:
        render_pdf("<p>test</p>")
    except PdfUnavailable:
        page.get_by_role("link", name="Download als pdf").click()
        assert "Een pdf maken lukt nu niet" in page.content()
        return
    with page.expect_download() as info:
        page.get_by_role("link", name="Download als pdf").click()
    target = tmp_path / "rapport.pdf"
    info.value.save_as(target)
    assert target.read_bytes()[:4] == b"%PDF"


def test_carers_pages_are_accessible(page, live_server, questionnaire):
    page.goto(live_server.url + "/mantelzorg/")
    assert_accessible(page)
    page.get_by_label("Hoeveel uur per week werkt u?").fill("24")
    page.get_by_role("button", name="Reken uit").click()
    assert "Tot 48 uur in 12 maanden" in page.content()  # 2 × 24 (Wazo art. 5:1)
    page.get_by_role("link", name="Bereid het gesprek voor").click()
    assert_accessible(page)
    page.goto(live_server.url + "/mantelzorg/plan/")
    assert_accessible(page)
    page.get_by_label("Uw naam").fill("Fatima")
    page.get_by_label("Af en toe thuis werken").check()
    page.get_by_role("button", name="Maak het plan").click()
    assert "Ondersteuningsplan werk en mantelzorg" in page.content() and "Fatima" in page.content()
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    page.goto(live_server.url + "/mantelzorg/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    for path in ["/en/werkgever/", "/en/mantelzorg/", "/werkgever/rapport/onbekend/"]:
        page.goto(live_server.url + path)
        assert_accessible(page)


def test_employees_answer_the_pulse_on_a_phone_and_the_employer_sees_the_comparison(browser, page, live_server, questionnaire):
    """An employer opens the pulse link from the report; five employees answer on a 360 px screen; with four answers
    the report shows only the count, with five the comparison "u zegt / uw medewerkers zeggen"."""
    from django.test import Client

    from tests.scan.helpers import COMPLIANT, all_answers, fill_in
    from werkzorg.scan.pulse import ITEMS

    report = fill_in(Client(), {**all_answers("3"), **COMPLIANT})["Location"]
    page.goto(live_server.url + report)
    assert "Wat zeggen uw medewerkers?" in page.content()
    page.get_by_role("button", name="Maak een link voor uw medewerkers").click()
    link = page.get_by_label("Link voor uw medewerkers").input_value()
    assert "/werkgever/peiling/" in link and report.split("/")[-2] not in link

    # employees: "Eens" everywhere, except the first who disagrees that leave is explained (P3 "Oneens")
    for number in range(5):
        context = browser.new_context(viewport={"width": 360, "height": 740}, locale="nl-NL")
        phone = context.new_page()
        phone.goto(link)
        assert "Werk en zorg bij uw werkgever" in phone.content()
        if number == 0:
            assert_accessible(phone)
            assert phone.evaluate("document.documentElement.scrollWidth") <= 360 + 1
        for item in ITEMS:
            value = "1" if (number == 0 and item.code == "P3") else "2"
            phone.locator(f'input[name="{item.code}"][value="{value}"]').check()
        phone.get_by_role("button", name="Versturen").click()
        assert "Bedankt voor uw antwoorden" in phone.content()
        if number == 0:
            assert_accessible(phone)
        context.close()
        if number == 3:  # four answers: only the count
            page.reload()
            content = page.content()
            assert "Aantal antwoorden van medewerkers: 4." in content and "De uitkomst ziet u vanaf 5 antwoorden" in content
            assert page.locator("text=Uw medewerkers zeggen").count() == 0

    page.reload()
    assert "Aantal antwoorden van medewerkers: 5." in page.content()
    table = page.locator("table", has_text="Uw medewerkers zeggen")
    rows = table.locator("tbody tr")
    # employer 100 on verlof; employees P3: 1 + 2 + 2 + 2 + 2 = 9 of 15 → 60 → 40 lower, the largest gap: first row
    assert rows.first.inner_text().split("\t")[:3] == ["Verlof en regelingen", "100", "60"]
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    page.get_by_role("button", name="Sluit de peiling").click()
    assert "De peiling is gesloten" in page.content()


def test_carers_self_check_and_plan_in_the_browser(page, live_server, questionnaire):
    page.goto(live_server.url + "/mantelzorg/zelftest/")
    assert_accessible(page)
    from werkzorg.scan.selfcheck import ITEMS

    for index, (code, _text) in enumerate(ITEMS):
        page.locator(f'input[name="{code}"][value="{"ja" if index < 3 else "nee"}"]').check()
    page.get_by_role("button", name="Bekijk de uitkomst").click()
    assert "U scoort 3 van 9." in page.content() and page.url.endswith("/mantelzorg/zelftest/")
    assert_accessible(page)
    page.get_by_role("button", name="Maak uw ondersteuningsplan").click()
    page.get_by_label("Uw naam").fill("Fatima")
    page.get_by_label("Langdurend zorgverlof").check()
    page.get_by_label("Mijn naaste heeft dementie").check()
    page.get_by_role("button", name="Maak het plan").click()
    content = page.content()
    assert "Fatima" in content and "Dit verlof is onbetaald" in content and "casemanager dementie" in content
    assert "Fatima" not in page.url and page.url.endswith("/mantelzorg/plan/")
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1


def test_help_near_you_in_the_browser(page, live_server, questionnaire):
    page.goto(live_server.url + "/mantelzorg/hulp/")
    assert_accessible(page)
    page.get_by_label("Gemeente", exact=True).select_option(label="Súdwest-Fryslân")
    page.get_by_role("button", name="Toon de hulp").click()
    assert "Gemeente Súdwest-Fryslân (Fryslân)" in page.content() and page.url.endswith("?gemeente=GM1900")
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
