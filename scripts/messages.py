"""The English translation of the web pages: extract the Dutch texts, write the .po file and compile the .mo file.

Dutch is the source language (msgids are Dutch, as the pages are Dutch first); English lives in TRANSLATIONS below.
Django's makemessages needs GNU gettext, which a fresh machine lacks, so this script extracts with regular
expressions the few forms the project uses: {% translate "…" %}, {% blocktranslate … %}…{% endblocktranslate %},
and _("…") / gettext_noop("…") in Python.

Usage: python scripts/messages.py            write django.po and django.mo
       python scripts/messages.py --check    fail when a Dutch text has no English translation
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "src" / "werkzorg" / "web"
CHARTS = ROOT / "src" / "werkzorg" / "budget" / "charts.py"
LOCALE = WEB / "locale" / "en" / "LC_MESSAGES"

#: Texts that the budget engine produces (in Dutch, for the CLI) and the web pages translate.
ENGINE_TEXTS = [
    "belasting en premies (vóór kortingen)", "algemene heffingskorting", "arbeidskorting", "inkomensafhankelijke combinatiekorting",
    "eigen pensioenpremie", "zorgtoeslag", "huurtoeslag", "kindgebonden budget", "kinderopvangtoeslag", "kinderbijslag", "kosten kinderopvang",
    "Het besteedbaar inkomen daalt: een extra dag werken kost geld (armoedeval).",
    "Van elke extra euro bruto blijft minder dan 20 cent over.",
    "De zorgtoeslag vervalt helemaal.", "De huurtoeslag vervalt helemaal.", "De kindgebonden budget vervalt helemaal.", "De kinderopvangtoeslag vervalt helemaal.",
    "In de jaren vooruit gaat een kind vanaf 4 jaar van de dagopvang naar de bso, met de uren en prijs van de bso uit uw invoer.",
    "In de jaren vooruit gaat een kind vanaf 4 jaar van de dagopvang naar de bso: 4 uur per opvangdag tegen de maximum uurprijs bso.",
    "Kinderopvang stopt na het jaar waarin het kind 12 is; schoolvakanties tellen niet apart.",
]

TRANSLATIONS = {
    "werk en zorg verdelen": "dividing work and care",
    "Naar de inhoud": "Skip to content",
    "Werk en zorg verdelen: wat houdt u over?": "Dividing work and care: what is left?",
    "Werkzorg rekent met de regels van de wet. Bedragen zijn een schatting; aan de uitkomst kunt u geen rechten ontlenen. Wij bewaren uw gegevens niet: ze staan alleen in de link van de pagina.":
        "Werkzorg calculates with the rules of the law. Amounts are an estimate; no rights can be derived from the result. We do not store your data: it is only in the link of the page.",
    "API voor ontwikkelaars": "API for developers",
    "Start": "Start",
    "Hoeveel houdt u over als u werk en zorg anders verdeelt?": "How much is left if you divide work and care differently?",
    "Werkt u een dag meer of minder? Gaan u en uw partner allebei vier dagen werken? Werkzorg rekent het voor u uit: wat u elke maand overhoudt na belasting, met toeslagen en kinderbijslag, en na de kosten van de kinderopvang.":
        "Will you work a day more or less? Will you and your partner both work four days? Werkzorg works it out for you: what is left each month after tax, with benefits (toeslagen) and child benefit (kinderbijslag), and after the cost of childcare.",
    "U ziet welke verdeling het meeste geld oplevert.": "You see which split gives the most money.",
    "U ziet of u allebei genoeg verdient om op eigen benen te staan.": "You see whether you both earn enough to stand on your own feet.",
    "U ziet waarom een extra werkdag soms weinig oplevert.": "You see why an extra working day sometimes yields little.",
    "Het invullen duurt ongeveer 5 minuten. U hebt nodig: uw bruto uurloon, hoeveel uur en dagen u werkt, de prijs van de kinderopvang en uw huur.":
        "Filling it in takes about 5 minutes. You need: your gross hourly wage, how many hours and days you work, the price of childcare and your rent.",
    "Begin met rekenen": "Start calculating",
    "Stap %(step)s van %(steps)s": "Step %(step)s of %(steps)s",
    "Verder": "Next",
    "Vorige stap": "Previous step",
    "Link niet te lezen": "Link cannot be read",
    "Deze link kunnen we niet lezen": "We cannot read this link",
    "De gegevens in de link zijn beschadigd of te lang. Begin opnieuw.": "The data in the link is damaged or too long. Please start again.",
    "Opnieuw beginnen": "Start again",
    "Nog niet compleet": "Not complete yet",
    "Er ontbreekt nog iets": "Something is still missing",
    "Terug naar het invullen": "Back to the form",
    "Uitkomst": "Result",
    "Wat u overhoudt": "What is left",
    "Nu werkt": "Now",
    "dag": "day",
    "dagen": "days",
    "en": "and",
    "per week.": "a week.",
    "U houdt dan": "You then have",
    "%(amount)s per maand": "%(amount)s a month",
    "over": "left",
    ", na de kosten van de kinderopvang": ", after the cost of childcare",
    "Let op:": "Please note:",
    "sommige bedragen zijn voorlopig.": "some amounts are provisional.",
    "Alle verdelingen": "All splits",
    "Uw verdeling en de beste andere": "Your split and the best others",
    "De tabel hieronder geeft dezelfde bedragen.": "The table below gives the same amounts.",
    "Per verdeling: werkdagen per week, wat u per maand overhoudt en of u economisch zelfstandig bent.":
        "Per split: working days a week, what is left each month and whether you are economically independent.",
    "Per verdeling: werkdagen per week, wat u per maand overhoudt en of u allebei economisch zelfstandig bent.":
        "Per split: working days a week, what is left each month and whether you are both economically independent.",
    "Opvangdagen": "Childcare days",
    "Per maand": "A month",
    "Verschil": "Difference",
    "Zelfstandig": "Independent",
    "Allebei zelfstandig": "Both independent",
    "nu": "now",
    "ja": "yes",
    "nee": "no",
    "Toon alle verdelingen": "Show all splits",
    "Economisch zelfstandig: uw eigen netto inkomen uit werk is minstens zo hoog als de bijstand voor een alleenstaande (zo meet het CBS).":
        "Economically independent: your own net income from work is at least the social assistance (bijstand) for a single person (as Statistics Netherlands, CBS, measures it).",
    "Per persoon, per maand": "Per person, a month",
    "Wat": "What",
    "Bruto loon met vakantiegeld": "Gross wage with holiday pay",
    "Belasting en premies": "Tax and contributions",
    "Netto": "Net",
    "Economisch zelfstandig": "Economically independent",
    "Pensioen erbij per jaar (schatting)": "Pension built up per year (estimate)",
    "Voor het hele huishouden, per maand": "For the whole household, a month",
    "U houdt over": "Left over",
    "Wat levert een dag meer of minder werken op?": "What does working a day more or less yield?",
    "Als %(name)s een dag meer werkt": "If %(name)s works a day more",
    "Van elke euro die er bruto bij komt, blijft <strong>%(cents)s cent</strong> over.": "Of each extra gross euro, <strong>%(cents)s cents</strong> are left.",
    "Als %(name)s een dag minder werkt": "If %(name)s works a day less",
    "Bruto loon": "Gross wage",
    "Tien jaar vooruit": "Ten years ahead",
    "Met de regels en prijzen van %(year)s. Uw kinderen worden elk jaar een jaar ouder.": "With the rules and prices of %(year)s. Your children grow a year older each year.",
    "Dagen": "Days",
    "Samen over": "Left together",
    "Pensioen": "Pension",
    "Als u uit elkaar gaat": "If you separate",
    "Ieder alleen, zonder kinderen, met het eigen loon van nu:": "Each alone, without children, with your own current wage:",
    "%(net)s netto per maand": "%(net)s net a month",
    "genoeg om economisch zelfstandig te zijn.": "enough to be economically independent.",
    "te weinig om economisch zelfstandig te zijn.": "not enough to be economically independent.",
    "Grens economische zelfstandigheid: %(threshold)s per maand. Bijstand voor een alleenstaande: %(bijstand)s per maand.":
        "Economic independence threshold: %(threshold)s a month. Social assistance (bijstand) for a single person: %(bijstand)s a month.",
    "Hoe berekend": "How it is calculated",
    "voorlopig": "provisional",
    "Wet:": "Law:",
    "Voorlopig:": "Provisional:",
    "Aannames": "Assumptions",
    "Bewaren of delen": "Save or share",
    "Met deze link ziet u deze uitkomst terug. Wij bewaren niets.": "With this link you can see this result again. We store nothing.",
    "Link naar deze uitkomst": "Link to this result",
    "Gegevens aanpassen": "Change your details",
    "Printversie": "Print version",
    "Download als pdf": "Download as PDF",
    "Tabel: verdelingen": "Table: splits",
    "Geen pdf": "No PDF",
    "Een pdf maken lukt nu niet": "A PDF cannot be made right now",
    "Op deze server ontbreekt de software om een pdf te maken. Gebruik de printversie en kies in uw browser 'Opslaan als pdf'.":
        "This server lacks the software to make a PDF. Use the print version and choose 'Save as PDF' in your browser.",
    "Naar de printversie": "To the print version",
    "Klik op een onderdeel om te zien hoe het berekend is en op welke wet het rust.": "Click an item to see how it is calculated and which law it rests on.",
    "Tabel: per persoon": "Table: per person",
    "Tabel: tien jaar vooruit": "Table: ten years ahead",
    'Verlof': 'Leave',
    'Krijgt u een baby, zorgt u voor iemand, of wilt u minder uren werken? Bekijk welk verlof bij u past en wat het betaalt.': 'Having a baby, caring for someone, or wanting to work fewer hours? See which leave fits you and what it pays.',
    'Naar de verlofwijzer': 'To the leave finder',
    'Welk verlof past bij u?': 'Which leave fits you?',
    'Kies wat er gebeurt. U ziet dan welk verlof u kunt opnemen, hoeveel, wat het betaalt en wanneer u het moet aanvragen.': 'Choose what is happening. You then see which leave you can take, how much, what it pays and when to ask for it.',
    'Uw verlof': 'Your leave',
    'dit verlof past bij u': 'this leave fits you',
    'Hoeveel': 'How much',
    'Wanneer': 'When',
    'Betaald door': 'Paid by',
    'Wat u krijgt': 'What you get',
    'Aanvragen uiterlijk': 'Ask no later than',
    'Werkgever beslist uiterlijk': 'Employer decides no later than',
    'Brief aan uw werkgever (tekst)': 'Letter to your employer (text)',
    'als pdf': 'as PDF',
    'Bron:': 'Source:',
    'Andere situatie': 'Another situation',
    'Beantwoord een paar vragen. Wat u niet weet, mag u leeg laten.': 'Answer a few questions. You may leave empty what you do not know.',
    'Laat zien wat past': 'Show what fits',
    'Wat gebeurt er?': 'What is happening?',
    'Hoeveel uur per week werkt u volgens uw contract?': 'How many hours a week do you work under your contract?',
    'Bruto jaarloon met vakantiegeld (€), voor de bedragen (mag leeg)': 'Gross yearly wage with holiday pay (€), for the amounts (may be empty)',
    'Uw naam, voor de brief (mag leeg; wij bewaren niets)': 'Your name, for the letter (may be empty; we store nothing)',
    'Uitgerekende datum': 'Due date',
    'Geboortedatum van het kind (of de dag dat het kind komt)': "Child's date of birth (or the day the child arrives)",
    'Wanneer wilt u het verlof laten beginnen? (mag leeg)': 'When do you want the leave to start? (may be empty)',
    'Een tweeling of meer': 'Twins or more',
    'Dagen ziek in de weken vóór het verlof (mag leeg)': 'Days sick in the weeks before the leave (may be empty)',
    'Dagen dat de baby in het ziekenhuis lag (mag leeg)': 'Days the baby was in hospital (may be empty)',
    'Al opgenomen ouderschapsverlof in uren (mag leeg)': 'Parental leave already taken, in hours (may be empty)',
    'Hoeveel uur per week wilt u gaan werken? (mag leeg)': 'How many hours a week do you want to work? (may be empty)',
    'Vanaf welke datum?': 'From which date?',
    'Hoeveel mensen werken er bij uw werkgever? (mag leeg)': 'How many people work for your employer? (may be empty)',
    'Hoeveel maanden werkt u er al? (mag leeg)': 'For how many months have you worked there? (may be empty)',
    'Brief': 'Letter',
    # forms
    "Voor welk jaar wilt u rekenen?": "For which year do you want to calculate?",
    "Met hoeveel volwassenen woont u samen in huis?": "How many adults live in your home?",
    "Ik woon alleen met de kinderen, of alleen": "I live alone with the children, or alone",
    "Met mijn partner": "With my partner",
    "Hoeveel kinderen wonen bij u?": "How many children live with you?",
    "Naam (mag ook leeg)": "Name (may be left empty)",
    "Leeftijd": "Age",
    "Bruto loon per uur, zonder vakantiegeld (€)": "Gross wage per hour, without holiday pay (€)",
    "Hoeveel uur werkt u op een werkdag?": "How many hours do you work on a working day?",
    "Hoeveel dagen per week werkt u nu?": "How many days a week do you work now?",
    "Eigen pensioenpremie in procent (staat op uw loonstrook; weet u het niet, laat dan 0 staan)":
        "Own pension contribution in percent (on your payslip; if you do not know it, leave 0)",
    "Welke opvang?": "Which childcare?",
    "Geen opvang": "No childcare",
    "Kinderdagverblijf (dagopvang)": "Day-care centre (dagopvang)",
    "Opvang na school (bso)": "Out-of-school care (bso)",
    "Gastouder": "Childminder (gastouder)",
    "Prijs per uur (€)": "Price per hour (€)",
    "Uren opvang per dag": "Hours of childcare per day",
    "Hoeveel dagen?": "How many days?",
    "Als er niemand thuis is": "When nobody is at home",
    "1 dag per week": "1 day a week",
    "%(days)s dagen per week": "%(days)s days a week",
    "Vul dit in als uw kind naar de opvang gaat.": "Fill this in if your child goes to childcare.",
    "Kale huur per maand (€); 0 als u een koophuis hebt": "Basic rent per month (€); 0 if you own your home",
    "Spaargeld en beleggingen samen (€)": "Savings and investments together (€)",
    # views
    "Wie wonen er in uw huis?": "Who lives in your home?",
    "Werk en loon": "Work and wage",
    "Kinderen en opvang": "Children and childcare",
    "Wonen en spaargeld": "Housing and savings",
    "U": "You",
    "Uw partner": "Your partner",
    "Kind %(number)s": "Child %(number)s",
    # results
    "Wat u overhoudt (besteedbaar inkomen)": "What is left (disposable income)",
    "Netto inkomen": "Net income",
    "Zorgtoeslag": "Health-care benefit (zorgtoeslag)",
    "Huurtoeslag": "Rent benefit (huurtoeslag)",
    "Kindgebonden budget": "Child-related budget (kindgebonden budget)",
    "Kinderbijslag": "Child benefit (kinderbijslag)",
    "Kinderopvangtoeslag": "Childcare benefit (kinderopvangtoeslag)",
    "Pensioenopbouw": "Pension build-up",
    "Kosten kinderopvang": "Cost of childcare",
    "Voor sommige verdelingen is de kinderopvangtoeslag van 2025 onbekend (de tabel boven € 50.811 is niet gevonden); daar is hij als € 0 gerekend.":
        "For some splits the 2025 childcare benefit is unknown (the table above € 50,811 was not found); it is counted as € 0 there.",
    # charts
    "Wat u per maand overhoudt bij elke verdeling van werkdagen": "What is left each month for each split of working days",
    "Raster van %(a)s (kolommen, 0 tot 5 dagen) tegen %(b)s (rijen, 0 tot 5 dagen). Nu (%(now_a)s en %(now_b)s dagen): %(now)s. Het meeste: %(best)s bij %(best_a)s en %(best_b)s dagen.":
        "Grid of %(a)s (columns, 0 to 5 days) against %(b)s (rows, 0 to 5 days). Now (%(now_a)s and %(now_b)s days): %(now)s. The most: %(best)s at %(best_a)s and %(best_b)s days.",
    "werkdagen per week": "working days a week",
    "werkdagen": "working days",
    "Zwarte rand: uw verdeling nu.": "Black border: your split now.",
    "Bedragen per maand, × € 1.000.": "Amounts a month, × € 1,000.",
    "%(days)s dagen: %(amount)s": "%(days)s days: %(amount)s",
    "Wat u per maand overhoudt bij elke verdeling in de tabel": "What is left each month for each split in the table",
    # engine texts
    "belasting en premies (vóór kortingen)": "tax and contributions (before credits)",
    "algemene heffingskorting": "general tax credit (algemene heffingskorting)",
    "arbeidskorting": "employed person's tax credit (arbeidskorting)",
    "inkomensafhankelijke combinatiekorting": "income-dependent combination credit",
    "eigen pensioenpremie": "own pension contribution",
    "zorgtoeslag": "health-care benefit (zorgtoeslag)",
    "huurtoeslag": "rent benefit (huurtoeslag)",
    "kindgebonden budget": "child-related budget",
    "kinderopvangtoeslag": "childcare benefit",
    "kinderbijslag": "child benefit",
    "kosten kinderopvang": "cost of childcare",
    "Het besteedbaar inkomen daalt: een extra dag werken kost geld (armoedeval).": "Disposable income falls: an extra working day costs money (poverty trap).",
    "Van elke extra euro bruto blijft minder dan 20 cent over.": "Of each extra gross euro, less than 20 cents are left.",
    "De zorgtoeslag vervalt helemaal.": "The health-care benefit ends completely.",
    "De huurtoeslag vervalt helemaal.": "The rent benefit ends completely.",
    "De kindgebonden budget vervalt helemaal.": "The child-related budget ends completely.",
    "De kinderopvangtoeslag vervalt helemaal.": "The childcare benefit ends completely.",
    "In de jaren vooruit gaat een kind vanaf 4 jaar van de dagopvang naar de bso, met de uren en prijs van de bso uit uw invoer.":
        "In the years ahead a child moves from day care to out-of-school care at 4, with the hours and price of the out-of-school care you entered.",
    "In de jaren vooruit gaat een kind vanaf 4 jaar van de dagopvang naar de bso: 4 uur per opvangdag tegen de maximum uurprijs bso.":
        "In the years ahead a child moves from day care to out-of-school care at 4: 4 hours per day of care at the maximum hourly price for out-of-school care.",
    "Kinderopvang stopt na het jaar waarin het kind 12 is; schoolvakanties tellen niet apart.": "Childcare stops after the year in which the child is 12; school holidays are not counted separately.",
    # Population microsimulation (web/microsim).
    "Microsimulatie": "Microsimulation",
    "Wat doet een hervorming voor alle huishoudens?": "What does a reform do for all households?",
    "De hervorming klopt niet:": "The reform is not right:",
    "Hervorming": "Reform",
    "Of schrijf een eigen hervorming (YAML, zoals in docs/microsim.md); die gaat dan voor:": "Or write your own reform (YAML, as in docs/microsim.md); it then takes precedence:",
    "Doorrekenen": "Calculate",
    "Kies een hervorming of schrijf er een. Werkzorg rekent hem door voor een bevolking die staat voor alle 8,4 miljoen Nederlandse huishoudens (%(households)s huishoudens met gewichten) en laat zien wie erop vooruitgaat, hoe de economische zelfstandigheid van vrouwen en mannen verandert en wat het kost.": "Choose a reform or write one. Werkzorg calculates it for a population that stands for all 8.4 million Dutch households (%(households)s weighted households) and shows who gains, how the economic independence of women and men changes, and what it costs.",
    "Statische raming: uren en lonen veranderen niet. Alle bedragen per jaar, gewogen naar alle Nederlandse huishoudens.": "Static estimate: hours and wages do not change. All amounts per year, weighted to all Dutch households.",
    "Economisch zelfstandig, vrouwen": "Economically independent, women",
    "Economisch zelfstandig, mannen": "Economically independent, men",
    "Huishoudens erop vooruit": "Households better off",
    "erop achteruit": "worse off",
    "Netto kosten voor de overheid (miljoen euro per jaar)": "Net cost to the government (million euro a year)",
    "Per deciel van het besteedbaar inkomen": "By decile of disposable income",
    "Gemiddeld verschil in euro per jaar en aandeel huishoudens dat erop vooruit- of achteruitgaat": "Average difference in euro a year and share of households better or worse off",
    "Deciel": "Decile",
    "Verschil (euro)": "Difference (euro)",
    "Vooruit > 1 %": "Better off > 1 %",
    "Vooruit > 5 %": "Better off > 5 %",
    "Achteruit > 1 %": "Worse off > 1 %",
    "Economische zelfstandigheid (procent)": "Economic independence (per cent)",
    "Geslacht": "Gender",
    "Huishouden": "Household",
    "Basis": "Baseline",
    "Kosten per regeling (miljoen euro per jaar)": "Cost per instrument (million euro a year)",
    "Regeling": "Instrument",
    "Kosten": "Cost",
    "Nog een hervorming doorrekenen": "Calculate another reform",
    "De berekening is mislukt": "The calculation failed",
    "Opnieuw proberen": "Try again",
    "Deze pagina ververst zichzelf elke twee seconden.": "This page refreshes itself every two seconds.",
    "Stap": "Step",
    "Hervorming %(name)s: uitkomst": "Reform %(name)s: outcome",
    "Hervorming %(name)s wordt doorgerekend": "Reform %(name)s is being calculated",
    "kies een andere naam dan 'basis'": "choose a name other than 'basis'",
    "De hervorming is geen geldige YAML: %(fout)s": "The reform is not valid YAML: %(fout)s",
    "Kies een hervorming.": "Choose a reform.",
}


def _normalise(text: str) -> str:
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", r"%(\1)s", " ".join(text.split()))


def extract() -> list[str]:
    found: dict[str, None] = {}
    for path in sorted(WEB.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r'\{% translate "([^"]+)" %\}', text):
            found[match.group(1)] = None
        for match in re.finditer(r"\{% blocktranslate[^%]*%\}(.*?)\{% endblocktranslate %\}", text, re.S):
            found[_normalise(match.group(1))] = None
    for path in [*sorted(WEB.rglob("*.py")), CHARTS]:
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r'(?:\b_|gettext_noop)\(\s*"((?:[^"\\]|\\.)+)"(?:\s*"((?:[^"\\]|\\.)+)")?', text):
            found[match.group(1) + (match.group(2) or "")] = None
    for text in ENGINE_TEXTS:
        found[text] = None
    return list(found)


def main(argv: list[str]) -> int:
    import polib

    messages = extract()
    missing = [m for m in messages if m not in TRANSLATIONS]
    if missing:
        print("No English translation for:", *missing, sep="\n  ")
        return 1
    if "--check" in argv:
        return 0
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en", "MIME-Version": "1.0"}
    for message in messages:
        catalog.append(polib.POEntry(msgid=message, msgstr=TRANSLATIONS[message], flags=["python-format"] if "%(" in message else []))
    LOCALE.mkdir(parents=True, exist_ok=True)
    catalog.save(str(LOCALE / "django.po"))
    catalog.save_as_mofile(str(LOCALE / "django.mo"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
