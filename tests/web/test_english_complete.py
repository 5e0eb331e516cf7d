"""English complete (issue 15): every English page, result, letter and PDF shows no Dutch sentence, whatever produced
the text (the .po, a capability folder's `Tekst`, parameter metadata, a questionnaire's JSON, a reform file); English
pages link to English pages; every rule text has its English.

tests/web/test_translations.py checks the .po (every Dutch msgid has its English, no msgid left on an English page);
this test cannot be fooled by a text that never went through the .po. The detector and what may stay Dutch (with the
reasons): tests/web/english_pages.py.
"""

import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import polib
import pytest
from django.conf import settings
from django.utils import translation

from tests.route.test_route_pages import fatima_result
from tests.scan.helpers import COMPLIANT, all_answers
from tests.web import english_pages as detector
from tests.web.test_microsim_pages import wait
from tests.web.test_pages import follow_steps
from tests.web.test_separation_persona import walk_to_the_separation_view
from tests.web.test_translations import PO
from tests.web.test_verlof_plan import COUPLE, URL as PLAN_URL
from werkzorg.leave import letters
from werkzorg.leave.finder import find
from werkzorg.leave.schema import parse_question
from werkzorg.microsim import jobs
from werkzorg.microsim import report as microsim_report
from werkzorg.model import tax_benefit_system
from werkzorg.model.provenance import in_english, label_en, provisional_reason, provisional_values
from werkzorg.model.years import JULY_REASON
from werkzorg.route.report import RULES
from werkzorg.scan import selfcheck
from werkzorg.scan.content import load
from werkzorg.web.budget import pdf as budget_pdf
from werkzorg.web.budget.results import EXPLAINED
from werkzorg.web.route.barriers import BARRIERS
from werkzorg.web.scan.models import Pulse
from werkzorg.web import household_state as state

#: An expecting partner (birth leave, additional birth leave, parental leave: three letters) and a working carer
#: (short and long care leave, flexible work: two letters).
BIRTH = {"situatie": "geboorte_partner", "verder": "1", "uren_per_week": "36", "jaarloon": "48.000", "uitgerekende_datum": "2026-07-01"}
CARE = {"situatie": "zorg_naaste", "verder": "1", "uren_per_week": "32", "jaarloon": "40.000"}
#: A carer's support plan, with every kind of need, support and situation that adds a tailored text.
SUPPORT_PLAN = {"naam": "Fatima", "voor_wie": "My father", "uren_zorg": "10", "nodig": ["thuiswerken", "langdurend", "kortdurend"],
                "steun": ["geld"], "situatie": ["dementie"], "evaluatie": "2027-03-01"}


@pytest.fixture
def pdf_html(monkeypatch):
    """The HTML each PDF download lays out, recorded (the PDF's text is read from WeasyPrint's layout of it)."""
    recorded = []

    def record(html):
        recorded.append(html)
        return b"%PDF-1.7 recorded by the test"

    monkeypatch.setattr(budget_pdf, "render_pdf", record)
    return recorded


def english_pages(client, pdf_html: list[str]) -> dict[str, str]:
    """Name → HTML (or plain text) of every English page, result, letter and PDF, with realistic households."""
    pages: dict[str, str] = {}

    def get(path, name=None, **params):
        response = client.get(path, params)
        assert response.status_code == 200, (path, response.status_code)
        pages[name or path] = response.content.decode()
        return pages[name or path]

    def post(path, data, name):
        response = client.post(path, data)
        assert response.status_code == 200, (path, response.status_code)
        pages[name] = response.content.decode()

    def pdf(path, name, data=None):
        response = client.post(path, data) if data is not None else client.get(path)
        assert response.status_code == 200 and response["Content-Type"] == "application/pdf", (path, response.status_code)
        pages[name] = pdf_html.pop()

    # budget: the steps, the result (own split, all splits), the print view and PDF with the appendix, separation
    _, data = follow_steps(client)
    h = state.encode(data)
    get("/en/")
    get("/en/budget/")
    for step in ("werk", "kinderen", "wonen", "uit-elkaar"):
        get(f"/en/budget/{step}/", h=h)
    get("/en/budget/uitkomst/", "budget result", h=h)
    get("/en/budget/uitkomst/", "budget result, all splits", h=h, alle="1")
    get("/en/budget/uitkomst/", "budget print view with appendix", h=h, print="1", bijlage="1")
    pdf(f"/en/budget/uitkomst/pdf/?h={h}&bijlage=1", "budget PDF with appendix")
    get("/en/budget/uitkomst/", "budget result after a separation", h=walk_to_the_separation_view(client))
    # leave: start, questions, the answer for an expecting partner and for a carer, every letter, the leave plan
    get("/en/verlof/")
    get("/en/verlof/vragen/", situatie="geboorte_partner")
    for name, answers in (("birth", BIRTH), ("care", CARE)):
        q = parse_qs(urlparse(client.get("/en/verlof/vragen/", answers)["Location"]).query)["q"][0]
        page = get("/en/verlof/uitkomst/", f"leave answer ({name})", q=q)
        actions = re.findall(r'<form method="post" action="(/en/verlof/brief/\d+/)"', page)
        assert actions
        for action in actions:
            # the letter to send is Dutch (it goes to the employer); its English version is what an English reader reads
            assert "Beste werkgever" in client.post(action, {"q": q, "formaat": "tekst"}).content.decode()
            pages[f"letter {action} ({name}), English version"] = client.post(action, {"q": q, "formaat": "vertaling"}).content.decode()
    get("/en/verlof/plan/")
    post("/en" + PLAN_URL, COUPLE, "leave plan (result)")
    # route: start, Fatima's calculation, the counsellor's summary, the barrier check and step plan
    get("/en/werk/")
    url, pages["route result (Fatima)"] = fatima_result(client, "/en")
    get(url + "&weergave=compact", "route summary for the counsellor")
    get("/en/werk/drempels/")
    page = get("/en/werk/drempels/?" + "&".join(f"drempel={b.code}" for b in BARRIERS) + "&klaar=1", "barrier step plan (all 8 barriers)")
    assert page.count("<li><h3>") == len(BARRIERS), "the step plan shows every barrier"
    # employer: the scan's pages, the report with its tips and the pulse, its PDF, an employee's pulse page
    get("/en/werkgever/")
    get("/en/werkgever/profiel/")
    answers = {**all_answers("1"), **COMPLIANT}  # low answers, so that every tip shows
    assert client.post("/en/werkgever/profiel/", {"sector": "zorg_welzijn", "grootte": "50-249", "deeltijd": "50-74"}).status_code == 302
    for number, theme in enumerate(load().themas, start=1):
        get(f"/en/werkgever/thema/{number}/", f"scan theme {number}")
        assert client.post(f"/en/werkgever/thema/{number}/", {q.code: answers[q.code] for q in theme.vragen}).status_code == 302
    get("/en/werkgever/controle/", "scan check before sending")
    report = client.post("/en/werkgever/versturen/")["Location"]
    assert report.startswith("/en/werkgever/rapport/") and client.post(f"{report}peiling/").status_code == 302
    get(report, "scan report")
    pdf(f"{report}pdf/", "scan report PDF")
    get(f"/en/werkgever/peiling/{Pulse.objects.get().token}/", "pulse (employee)")
    # carers: home, conversation guide, self-check and its result, support plan and its PDF, help near you
    for path in ("/en/mantelzorg/", "/en/mantelzorg/gesprek/", "/en/mantelzorg/zelftest/", "/en/mantelzorg/plan/", "/en/mantelzorg/hulp/"):
        get(path)
    get("/en/mantelzorg/hulp/", "help in Amsterdam", gemeente="GM0363")
    post("/en/mantelzorg/zelftest/", {code: "ja" for code, _text in selfcheck.ITEMS}, "self-check result")
    post("/en/mantelzorg/plan/", {"maak": "1", **SUPPORT_PLAN}, "support plan")
    pdf("/en/mantelzorg/plan/", "support plan PDF", {"pdf": "1", **SUPPORT_PLAN})
    # microsimulation: the page and a finished job
    get("/en/microsimulatie/")
    response = client.post("/en/microsimulatie/", {"hervorming": "kinderopvang-96"})
    assert response.status_code == 302
    pages["microsimulation result"] = wait(client, response["Location"]).content.decode()
    # its report: the English PDF the page links to (the text WeasyPrint laid out, from the job's en/report.md)
    download = client.get(response["Location"] + "rapport.pdf")
    assert download.status_code == 200 and b"".join(download.streaming_content).startswith(b"%PDF")
    assert "microsimulation-report.pdf" in download["Content-Disposition"]
    folder = Path(settings.MICROSIM_DIR) / "taken" / response["Location"].rstrip("/").rsplit("/", 1)[1]
    pages["microsimulation report PDF"] = microsim_report.pdf_html((folder / "en" / "report.md").read_text(encoding="utf-8"), "en")
    charts = sorted((folder / "en").glob("*.svg"))
    assert len(charts) >= 3, "the English report has its own charts"
    for chart in charts:  # images in the PDF: their texts are read here
        pages[f"microsimulation report chart {chart.stem}"] = chart.read_text(encoding="utf-8")
    return pages


def _pdf_text(html: str) -> str:
    """The text of the laid-out PDF, one line per block (WeasyPrint's boxes)."""
    try:
        document = budget_pdf.render_document(html)
    except budget_pdf.PdfUnavailable:
        pytest.skip("WeasyPrint's system libraries are not installed")
    lines: list[str] = []

    def walk(box):
        children = getattr(box, "children", None) or []
        if children and all(type(child).__name__ == "LineBox" for child in children):
            lines.append(" ".join("".join(_texts(line)) for line in children))
            return
        for child in children:
            walk(child)

    for page in document.pages:
        walk(page._page_box)
    return "\n".join(lines)


def _texts(box) -> list[str]:
    """The texts in a box, without the parts marked as Dutch (lang="nl"), as the page detector leaves them out."""
    element = getattr(box, "element", None)
    if element is not None and str(element.get("lang", "")).startswith("nl"):
        return [" "]
    if getattr(box, "text", None):
        return [box.text]
    return [text for child in getattr(box, "children", None) or [] for text in _texts(child)]


@pytest.mark.django_db
def test_every_english_page_result_letter_and_pdf_is_english_and_links_to_english_pages(client, pdf_html):
    """No Dutch sentence on any English page, result, letter (its English version) or PDF. Links and forms on an
    English page stay in English (Django's reverse/{% url %} under i18n_patterns); only the language switch
    ("Nederlands", class="language") leads to the Dutch page. One walk through every tool serves both checks."""
    pages = english_pages(client, pdf_html)
    assert len(pages) >= 45
    dutch, dutch_links = {}, {}
    for name, content in pages.items():
        if name.endswith(" PDF") or " PDF " in name:
            found = detector.dutch_sentences(_pdf_text(content), is_html=False)
        else:
            found = detector.dutch_sentences(content, is_html=content.lstrip().startswith("<"))
        if found:
            dutch[name] = list(dict.fromkeys(found))
        links = re.findall(r'\b(?:href|action)="(/[^"]*)"', re.sub(r'<a class="language"[^>]*>', "", content))
        wrong = [link for link in links if not link.startswith(("/en/", "/static/", "/api/", "/beheer/", "/favicon"))]
        if wrong:
            dutch_links[name] = wrong
    assert dutch == {}, "Dutch on English pages:\n" + "\n".join(f"{name}: {sentences}" for name, sentences in dutch.items())
    assert dutch_links == {}, f"English pages linking to Dutch pages: {dutch_links}"


def test_the_detector_finds_dutch_and_leaves_english_and_marked_dutch_alone():
    assert detector.dutch_sentences("<p>Vraag het schriftelijk aan, ten minste 2 weken voor de start.</p>")
    assert detector.dutch_sentences("<p>U krijgt ten minste 70% van uw loon.</p>")
    assert not detector.dutch_sentences("<p>Ask for it in writing, at least 2 weeks before the start.</p>")
    assert not detector.dutch_sentences('<p>Source: <cite lang="nl">Tijdschrift voor Gerontologie en Geriatrie</cite>.</p>')
    assert not detector.dutch_sentences("<p>Under the Wet arbeid en zorg (Work and Care Act) you may ask.</p>")
    assert not detector.dutch_sentences('<p><a href="https://www.rijksoverheid.nl/onderwerpen/geboorteverlof-en-partnerverlof/vraag-en-antwoord">x</a></p>')


# --- every rule text has its English -----------------------------------------------------------------------------


def _english(msgid: str) -> str:
    entry = polib.pofile(str(PO)).find(msgid)
    return entry.msgstr if entry else ""


def test_every_route_rule_has_its_english():
    for rule in RULES:
        english = _english(rule["regel"])
        assert english and english != rule["regel"], rule["regel"]


def test_every_explained_variable_label_has_its_english():
    system = tax_benefit_system()
    for name, heading in EXPLAINED:
        label = system.variables[name].label
        assert _english(label) not in ("", label), name
        assert _english(heading) not in ("", heading), name


def test_every_provisional_note_in_the_parameter_metadata_has_its_english():
    values = provisional_values()
    assert len(values) >= 9
    for value in values:
        assert value.reason_en and value.reason_en != value.reason, f"{value.parameter} {value.start}: no provisional_en"
        assert not detector.dutch_words(value.reason_en)[1:], value.reason_en
        shown = provisional_reason(value.parameter, value.start)
        assert in_english(shown) == provisional_reason(value.parameter, value.start, "en") != shown
    july = JULY_REASON % {"year": "2026"}
    assert in_english(july).startswith("The amount from 1 July 2026 has not been published yet")


def test_every_parameter_has_an_english_label():
    """The microsimulation workbench and "Hoe berekend" name parameters by their label: each has `label_en`."""
    from openfisca_core.parameters import Parameter, ParameterNode, ParameterScale

    missing = []

    def walk(node, name):
        if isinstance(node, (Parameter, ParameterScale)):
            if not label_en(name):
                missing.append(name)
        elif isinstance(node, ParameterNode):
            for key, child in node.children.items():
                walk(child, f"{name}.{key}" if name else key)

    walk(tax_benefit_system().parameters, "")
    assert missing == []


def test_every_letter_text_has_its_english():
    for subject, request in letters.REQUESTS.values():
        for text in (subject, request):
            assert text.en and text.en != text.nl and len(detector.dutch_words(text.en.replace("Wet arbeid en zorg", ""))) < 2, text
    for text in letters.TEXTS.values():
        assert text.en and text.en != text.nl, text


def test_the_english_letter_says_what_the_dutch_letter_says():
    question = parse_question({"situatie": "zorg_naaste", "uren_per_week": 32, "peildatum": "2026-03-02", "nieuwe_uren_per_week": 24})
    regeling = next(r for r in find(question) if r.code == "flexibel_werken")
    dutch, english = letters.letter(question, regeling, "Fatima"), letters.letter(question, regeling, "Fatima", lang="en")
    assert "Beste werkgever" in dutch and "ENGLISH TRANSLATION" not in dutch
    assert english.startswith(letters.TRANSLATION_NOTE) and "Dear employer" in english and "24 hours a week" in english
    # the same lines, paragraph by paragraph, with the same numbers
    assert len(dutch.split("\n")) == len(english[len(letters.TRANSLATION_NOTE):].split("\n"))
    assert re.findall(r"\d+", dutch) == re.findall(r"\d+", english[len(letters.TRANSLATION_NOTE):])


def test_the_carers_leave_cards_are_english_on_english_pages(client):
    page = client.get("/en/mantelzorg/").content.decode()
    assert "Kortdurend zorgverlof (short-term care leave)" in page and "Langdurend zorgverlof (long-term care leave)" in page
    assert "Ten hoogste 2 keer uw uren" not in page and "Vraag het schriftelijk aan" not in page


def test_every_example_reform_has_an_english_description():
    for name, spec in jobs.example_reforms().items():
        assert spec.description_en and spec.description_en != spec.description, name
        with translation.override("en"):
            assert spec.describe(translation.get_language()) == spec.description_en


def test_the_active_questionnaire_says_heeft_u_never_hebt_u():
    questionnaire = load()
    texts = [q.tekst for theme in questionnaire.themas for q in theme.vragen]
    assert texts and not [text for text in texts if re.search(r"\bhebt u\b", text, re.IGNORECASE)]
    assert any(text.startswith("Heeft u een vaste werkwijze voor werving") for text in texts)


# --- the command line in English ---------------------------------------------------------------------------------


@pytest.mark.parametrize("example", ["zwanger.json", "partner.json", "mantelzorg.json"])
def test_the_leave_finder_on_the_command_line_in_english(example, tmp_path):
    """`werkzorg verlof --taal en --brieven DIR`: an English table, the Dutch letters to send, their English to read."""
    from typer.testing import CliRunner

    from werkzorg.cli import app

    result = CliRunner().invoke(app, ["verlof", f"examples/verlof/{example}", "--taal", "en", "--brieven", str(tmp_path)], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    assert detector.dutch_sentences(result.output, is_html=False) == []
    dutch, english = sorted(tmp_path.glob("brief-*.txt")), sorted(tmp_path.glob("letter-*-english.txt"))
    assert len(dutch) == len(english) >= 1
    for letter in dutch:
        assert "Beste werkgever" in letter.read_text(encoding="utf-8")
    for letter in english:
        assert detector.dutch_sentences(letter.read_text(encoding="utf-8"), is_html=False) == [], letter.name


def test_the_leave_plan_on_the_command_line_in_english():
    from typer.testing import CliRunner

    from werkzorg.cli import app

    result = CliRunner().invoke(app, ["verlofplan", "examples/verlof/verlofplan.yaml", "--taal", "en"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    assert "Leave plan 2026" in result.output and detector.dutch_sentences(result.output, is_html=False) == []


#: Official amounts behind the English CLI output below (hand arithmetic written out, rounded to whole euros):
#: - bijstandsnorm alleenstaande (ouder), Participatiewet art. 21 a: € 1.401,50 from 1-1-2026 → "€ 1,402" (Fatima's
#:   month 1, the route's "social assistance standard");
#: - the year's average of that norm, (€ 1.401,50 + € 1.419,46 from 1-7-2026) / 2 = € 1.410,48 → "€ 1,410", the
#:   budget's "bijstand (social assistance) for a single person" after a separation.
ROUTE_NORM_EN = "€\u00a01,402"
BUDGET_BIJSTAND_EN = "€\u00a01,410"


def _cli(*args: str):
    from typer.testing import CliRunner

    from werkzorg.cli import app

    return CliRunner().invoke(app, list(args), env={"COLUMNS": "100"})


def _flowing(output: str) -> str:
    """The output as one line: a sentence the terminal wrapped reads whole again (a no-break space stays)."""
    return re.sub(r"[ \n]+", " ", output)


def test_the_budget_on_the_command_line_in_english():
    """`werkzorg budget --taal en`: English labels (the web's English), amounts written the English way, no Dutch."""
    dutch, english = _cli("budget", "examples/gezin_twee_kinderen.yaml"), _cli("budget", "examples/gezin_twee_kinderen.yaml", "--taal", "en")
    assert dutch.exit_code == english.exit_code == 0, english.output
    assert "Your split and the best other splits" in english.output and "Left (disposable income)" in english.output
    assert "Child benefit (kinderbijslag)" in english.output and "If you separate" in english.output
    assert f"bijstand (social assistance) for a single person: {BUDGET_BIJSTAND_EN} a month" in _flowing(english.output)
    assert detector.dutch_sentences(english.output, is_html=False) == []
    # every amount of the Dutch table, with the English separator: the same numbers, only written the English way
    amounts = re.findall(r"€\u00a0(\d{1,3}(?:\.\d{3})+)\b", dutch.output)
    assert amounts and all(f"€\u00a0{amount.replace('.', ',')}" in english.output for amount in amounts)
    assert not re.search(r"€\u00a0\d{1,3}\.\d{3}\b", english.output), "no Dutch-style amount in English"


def test_the_year_comparison_on_the_command_line_in_english():
    result = _cli("budget", "examples/gezin_twee_kinderen.yaml", "--vergelijk", "--taal", "en")
    assert result.exit_code == 0, result.output
    assert "What changes for you in" in result.output and "only the rules change" in result.output
    assert detector.dutch_sentences(result.output, is_html=False) == []


def test_the_route_on_the_command_line_in_english():
    result = _cli("route", "examples/route/alleenstaande_moeder.json", "--taal", "en")
    assert result.exit_code == 0, result.output
    assert "If you start working" in result.output and "Month 1 in parts, per number of hours a week" in result.output
    assert f"social assistance standard of {ROUTE_NORM_EN}" in _flowing(result.output)
    assert detector.dutch_sentences(result.output, is_html=False) == []
    assert not re.search(r"€\u00a0\d{1,3}\.\d{3}\b", result.output), "no Dutch-style amount in English"


@pytest.mark.parametrize("command", [["budget", "examples/gezin_twee_kinderen.yaml"], ["route", "examples/route/alleenstaande_moeder.json"], ["microsim", "run"]])
def test_a_bad_language_names_the_option_and_exits_2(command):
    result = _cli(*command, "--taal", "de")
    assert result.exit_code == 2
    assert "--taal" in result.output and "choose nl or en" in result.output


def test_the_report_texts_of_the_microsimulation_have_their_english():
    """Every text the report puts through the catalogue has its English there (a missing one would stay Dutch)."""
    from werkzorg.microsim import outputs, report
    from werkzorg.translation import catalogue

    marked = [*report.IN_F_STRINGS, *report.GROUP_NAMES.values()]
    assert [text for text in marked if not catalogue().get(text)] == []
    assert set(report.NOTES_EN) == {"bron", *outputs.CONFIDENCE_NOTES}
