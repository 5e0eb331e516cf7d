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
ROUTE = ROOT / "src" / "werkzorg" / "route"
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
    'Brief aan uw werkgever (tekst)': 'Letter to your employer, in Dutch (text)',
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
    # The leave plan page (verlof/plan.html).
    "Verlofplan: wat het met uw inkomen doet": "Leave plan: what it does to your income",
    "Uw jaar met verlof": "Your year with leave",
    "Tabel: per maand": "Table: per month",
    "Per maand: bruto loon (met vakantiegeld), uitkering van UWV, netto inkomen en wat u samen overhoudt":
        "Per month: gross wage (with holiday pay), benefit from UWV, net income and what you have left together",
    "Maand": "Month",
    "Loon": "Wage",
    "Uitkering": "Benefit",
    "Opvang (uur)": "Childcare (hours)",
    "Toeslagen over het jaar": "Benefits (toeslagen) over the year",
    "Tabel: toeslagen": "Table: benefits",
    "Toeslag": "Benefit",
    "Zonder verlof": "Without leave",
    "Met verlof": "With leave",
    "Elke maand is berekend alsof het hele jaar zo was; de toeslagen over het jaar komen uit het inkomen van het hele jaar. De uitkering van UWV is 100 % of 70 % van uw dagloon, ten hoogste het maximumdagloon. Kinderopvang 'als er niemand thuis is' volgt de dagen dat een ouder met verlof thuis is en begint bij de geboorte.":
        "Each month is calculated as if the whole year were like it; the benefits over the year come from the income of the whole year. The UWV benefit is 100 % or 70 % of your daily wage, at most the maximum daily wage. Childcare 'when nobody is home' follows the days a parent on leave is at home and starts at the birth.",
    "Wie neemt welk verlof, en wanneer? Vul uw loon en uw plan in. U ziet per maand wat u overhoudt, en wat er gebeurt met de toeslagen en de kinderopvang.":
        "Who takes which leave, and when? Fill in your wage and your plan. You see per month what you have left, and what happens to the benefits and childcare.",
    "Het gezin": "The family",
    "Reken uit": "Calculate",
    "Over het hele jaar houdt u %(with_leave)s over: %(difference)s tegenover %(without_leave)s zonder verlof.":
        "Over the whole year you have %(with_leave)s left: %(difference)s compared with %(without_leave)s without leave.",
    "Verlof %(number)s": "Leave %(number)s",
    "Wat doet dit verlof met uw inkomen?": "What does this leave do to your income?",
    "Maak een verlofplan voor u en uw partner: wie neemt welke weken? U ziet per maand wat u overhoudt, met de toeslagen en de kinderopvang.":
        "Make a leave plan for you and your partner: who takes which weeks? You see per month what you have left, with benefits and childcare.",
    "Maak een verlofplan": "Make a leave plan",
    "—": "—",
    "Zwangerschaps- en bevallingsverlof (100 %, UWV)": "Pregnancy and maternity leave (100 %, UWV)",
    "Aanvullend geboorteverlof (70 %, UWV)": "Additional birth leave (70 %, UWV)",
    "Betaald ouderschapsverlof (70 %, UWV)": "Paid parental leave (70 %, UWV)",
    "Ouderschapsverlof, onbetaald": "Parental leave, unpaid",
    "Adoptie- of pleegzorgverlof (100 %, UWV)": "Adoption or foster care leave (100 %, UWV)",
    "Partner 1": "Partner 1",
    "Partner 2": "Partner 2",
    "Jaar": "Year",
    "Geboortedatum van het jongste kind, of de uitgerekende datum (leeg: geen kinderen)": "Date of birth of the youngest child, or the due date (empty: no children)",
    "Langdurend zorgverlof, onbetaald": "Long-term care leave, unpaid",
    "Wat kost minder uren werken?": "What does working fewer hours cost?",
    "Minder werken betekent minder loon, maar soms meer toeslagen. Reken uit wat u per maand overhoudt als u een dag minder werkt: met uw partner, kinderen, kinderopvang en huur.":
        "Working less means less wage, but sometimes more benefits. Work out what you have left each month if you work one day less: with your partner, children, childcare and rent.",
    "Reken het uit": "Work it out",
    "Kale huur per maand (€; 0 bij een koopwoning)": "Basic rent per month (€; 0 if you own your home)",
    "Kinderopvang na het verlof": "Childcare after the leave",
    "Uurprijs van de opvang (€)": "Hourly price of the childcare (€)",
    "Hoeveel dagen opvang?": "How many days of childcare?",
    "Naam (mag leeg)": "Name (may be left empty)",
    "Bruto jaarloon met vakantiegeld (€)": "Gross yearly wage with holiday pay (€)",
    "Bruto jaarloon met vakantiegeld (€; leeg als er geen partner is)": "Gross yearly wage with holiday pay (€; empty if there is no partner)",
    "Uren per werkdag": "Hours per working day",
    "Werkdagen per week": "Working days per week",
    "Wie": "Who",
    "Vanaf": "From",
    "Weken": "Weeks",
    "Uur per week (leeg: alle uren)": "Hours per week (empty: all hours)",
    "Partner 1 (u)": "Partner 1 (you)",
    "Partner 2 (mag leeg)": "Partner 2 (may be left empty)",
    "jan": "Jan", "feb": "Feb", "mrt": "Mar", "apr": "Apr", "mei": "May", "jun": "Jun",
    "jul": "Jul", "aug": "Aug", "sep": "Sep", "okt": "Oct", "nov": "Nov", "dec": "Dec",
    "Wat u elke maand overhoudt met dit verlofplan": "What you have left each month with this leave plan",
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
}


#: The route pages (issue 7): what working more yields from bijstand, and the barrier check.
ROUTE_TRANSLATIONS = {
    'Reken uit': 'Calculate',
    'Samenvatting voor de consulent': 'Summary for the counsellor',
    'Samenvatting: werken vanuit de bijstand': 'Summary: working from social assistance',
    'Gemiddeld per maand: maand 1-6 (vrijlating 25 %) en maand 7-36': 'Average per month: months 1-6 (25 % exemption) and months 7-36',
    'Onderdeel': 'Item',
    'maand 1-6': 'months 1-6',
    'maand 7-36': 'months 7-36',
    'Volledige versie': 'Full version',
    'Start van het werk: %(month)s. Bedragen per maand.': 'Start of the job: %(month)s. Amounts per month.',
    'Wat houdt u tegen?': 'What is holding you back?',
    'Uw stappenplan': 'Your step plan',
    'Druk deze pagina af of bewaar de link. Wij bewaren niets.': 'Print this page or keep the link. We store nothing.',
    'Naar de rekenhulp': 'To the calculator',
    'Waar:': 'Where:',
    'Regels:': 'Rules:',
    'U koos geen drempel. Begin met uitrekenen wat werken u oplevert.': 'You chose no barrier. Start by calculating what working yields for you.',
    'Antwoorden aanpassen': 'Change your answers',
    'Vink aan wat voor u geldt. U krijgt dan per punt wat u kunt doen en waar u heen kunt.': 'Tick what applies to you. For each point you get what you can do and where you can go.',
    'Maak mijn stappenplan': 'Make my step plan',
    'Wat levert werken mij op?': 'What does working give me?',
    'Nu': 'Now',
    'Als u gaat werken': 'If you start working',
    'Waar werken weinig oplevert': 'Where working yields little',
    'Wat helpt': 'What helps',
    'Kinderopvang': 'Childcare',
    'Wat u gemiddeld per maand heeft: de eerste 6 maanden en daarna': 'What you have on average per month: the first 6 months and after',
    'Alle 36 maanden': 'All 36 months',
    'Wat u overhoudt, per maand': 'What is left, per month',
    'Maand': 'Month',
    'Regels en aannames': 'Rules and assumptions',
    'Korte versie om af te drukken (voor consulenten)': 'Short version to print (for counsellors)',
    'Maak uw stappenplan': 'Make your step plan',
    'Vul een paar gegevens in. U ziet dan per maand wat u heeft als u 0, 8, 16, 24 of 32 uur werkt.': 'Fill in a few details. You then see per month what you have if you work 0, 8, 16, 24 or 32 hours.',
    'Zo ziet uw geld eruit als u in %(month)s begint met werken. Alle bedragen zijn per maand, na de kosten van kinderopvang.': 'This is what your money looks like if you start working in %(month)s. All amounts are per month, after the cost of childcare.',
    'Op weg naar werk': 'On the way to work',
    'Op weg naar betaald werk': 'On the way to paid work',
    'Heeft u bijstand en wilt u (meer) gaan werken? Hier ziet u wat het u oplevert. En wat u kunt doen als iets u tegenhoudt.': 'Do you receive social assistance (bijstand) and want to work (more)? Here you see what it gives you. And what you can do if something holds you back.',
    'per maand, drie jaar lang': 'per month, for three years',
    'Wat houdt mij tegen? Maak uw stappenplan': 'What is holding me back? Make your step plan',
    'Lezen, schrijven, rekenen of Nederlands is moeilijk voor mij.': 'Reading, writing, arithmetic or Dutch is difficult for me.',
    'Ga naar het Taalhuis in de bibliotheek. Een gesprek en de lessen zijn gratis.': 'Go to the Taalhuis in the library. A talk and the lessons are free.',
    'Vraag de gemeente om een taalcursus. Dat kan naast uw werk of uitkering.': 'Ask the municipality for a language course. You can do it next to your work or benefit.',
    'Taalhuis (bibliotheek), gemeente': 'Taalhuis (library), municipality',
    'In de bijstand geldt een taaleis: de gemeente helpt u Nederlands te leren.': 'On social assistance there is a language requirement: the municipality helps you learn Dutch.',
    'Ik heb geen diploma op mbo-2-niveau of hoger.': 'I have no diploma at mbo level 2 or higher.',
    'Vraag gratis advies bij het Leerwerkloket in uw regio.': 'Ask for free advice at the Leerwerkloket in your region.',
    'Vraag naar een ervaringscertificaat (EVC). Wat u al kunt, telt dan mee.': 'Ask for a certificate of experience (EVC). What you can already do then counts.',
    'Leren en werken tegelijk kan met een BBL-opleiding op het mbo.': 'You can learn and work at the same time with a BBL course at an mbo school.',
    'Leerwerkloket, mbo-school (ROC)': 'Leerwerkloket, mbo school (ROC)',
    'Een startkwalificatie is een diploma havo, vwo of mbo niveau 2.': 'A basic qualification (startkwalificatie) is a havo, vwo or mbo level 2 diploma.',
    'Ik heb een ziekte of beperking. Daardoor kan ik minder werken.': 'I have an illness or disability. Because of it I can work less.',
    'Vraag de gemeente naar een jobcoach, loonkostensubsidie of beschut werk.': 'Ask the municipality about a job coach, wage-cost subsidy or sheltered work.',
    'Vraag UWV of u in het doelgroepregister kunt komen. Werkgevers krijgen dan steun.': 'Ask UWV whether you can be placed in the target-group register. Employers then get support.',
    'Stelt UWV vast dat u minder uren kunt werken? Dan mag u 15 % van uw loon houden, zonder einddatum.': 'Does UWV find that you can work fewer hours? Then you may keep 15 % of your wage, with no end date.',
    'Gemeente of Werkplein, UWV': 'Municipality or Werkplein, UWV',
    'Participatiewet art. 31 lid 2 onder y: vrijlating bij een medische urenbeperking.': 'Participatiewet art. 31(2)(y): earnings exemption with a medical limit on hours.',
    'Ik word anders behandeld. Bijvoorbeeld omdat ik vrouw ben, zwanger, jong moeder, ouder, of een migratieachtergrond heb.': 'I am treated differently. For example because I am a woman, pregnant, a young mother, older, or have a migration background.',
    'Meld het bij de antidiscriminatievoorziening in uw gemeente (discriminatie.nl). Dat is gratis en kan anoniem.': 'Report it to the anti-discrimination service in your municipality (discriminatie.nl). It is free and can be anonymous.',
    'Vraag een oordeel aan het College voor de Rechten van de Mens. Dat is gratis.': 'Ask the Netherlands Institute for Human Rights (College voor de Rechten van de Mens) for a judgment. It is free.',
    'Schrijf op wat er gebeurde, wanneer en wie erbij was.': 'Write down what happened, when, and who was there.',
    'Antidiscriminatievoorziening, College voor de Rechten van de Mens': 'Anti-discrimination service, Netherlands Institute for Human Rights',
    'Onderscheid naar geslacht (ook zwangerschap), leeftijd, afkomst of godsdienst is bij werk verboden.': 'Discrimination at work by sex (including pregnancy), age, origin or religion is forbidden.',
    'Ik ben nieuw in Nederland of ik ben gevlucht.': 'I am new in the Netherlands or I fled my country.',
    'Vraag de gemeente naar uw persoonlijk plan inburgering. Taal en werk kunnen samen.': 'Ask the municipality about your personal integration plan. Language and work can go together.',
    'VluchtelingenWerk en het UAF kunnen u helpen bij werk of studie.': 'VluchtelingenWerk and UAF can help you with work or study.',
    'Gemeente, VluchtelingenWerk, UAF': 'Municipality, VluchtelingenWerk, UAF',
    'Wet inburgering 2021: de gemeente maakt met u een plan.': 'Civic Integration Act 2021: the municipality makes a plan with you.',
    'Ik vind geen werk dat past bij mijn uren, mijn reistijd of wat ik kan.': 'I cannot find work that fits my hours, my travel time or what I can do.',
    'Vraag het Werkplein of UWV (werk.nl) welk werk er in uw regio is.': 'Ask the Werkplein or UWV (werk.nl) what work there is in your region.',
    'Vraag het Leerwerkloket naar een korte opleiding voor een beroep met veel vacatures.': 'Ask the Leerwerkloket about a short course for a job with many vacancies.',
    'Vraag een werkgever naar vaste werktijden. U mag vragen om andere uren of tijden.': 'Ask an employer for fixed working times. You may ask for other hours or times.',
    'Werkplein van de gemeente, UWV, Leerwerkloket': 'Werkplein of the municipality, UWV, Leerwerkloket',
    'Wet flexibel werken: u mag uw werkgever vragen om andere uren of werktijden.': 'Flexible Working Act: you may ask your employer for other hours or working times.',
    'Ik heb geen kinderopvang, of ik kan die niet betalen.': 'I have no childcare, or I cannot pay for it.',
    'Vraag kinderopvangtoeslag aan bij de Belastingdienst. Dat kan ook als u een traject naar werk volgt.': 'Apply for childcare benefit at the Belastingdienst. You can also get it if you follow a route to work.',
    'Vraag de gemeente of zij uw eigen bijdrage betaalt. Dat kan voor mensen in de bijstand met een traject.': 'Ask the municipality whether it pays your own contribution. This is possible for people on social assistance in a route to work.',
    'Kies opvang uit het Landelijk Register Kinderopvang. Anders krijgt u geen toeslag.': 'Choose childcare from the national childcare register (Landelijk Register Kinderopvang). Otherwise you get no benefit.',
    'Belastingdienst (toeslagen), gemeente': 'Belastingdienst (benefits), municipality',
    'Wet kinderopvang art. 1.6: ook wie een traject naar werk volgt, kan toeslag krijgen.': 'Childcare Act art. 1.6: people who follow a route to work can also get the benefit.',
    'Wet kinderopvang art. 1.13: de gemeente kan helpen met de kosten voor doelgroepouders.': 'Childcare Act art. 1.13: the municipality can help with the costs for target-group parents.',
    'Heeft u een kind jonger dan 5 en bent u alleenstaande ouder? U kunt vragen om tijdelijk geen werk te hoeven zoeken (Participatiewet art. 9a).': 'Do you have a child under 5 and are you a single parent? You can ask not to have to look for work for a while (Participatiewet art. 9a).',
    'Ik zorg voor iemand. Niemand neemt de zorg even van mij over.': 'I care for someone. Nobody takes over the care for a while.',
    'Vraag het Wmo-loket van de gemeente om respijtzorg: iemand neemt de zorg tijdelijk over.': 'Ask the Wmo desk of the municipality for respite care: someone takes over the care for a while.',
    'Vraag het steunpunt mantelzorg om advies.': "Ask the carers' support centre (steunpunt mantelzorg) for advice.",
    'Vertel de gemeente over uw zorgtaken. U kunt tijdelijk ontheffing krijgen van de plicht om werk te zoeken.': 'Tell the municipality about your care tasks. You can get a temporary exemption from the duty to look for work.',
    'Wmo-loket van de gemeente, steunpunt mantelzorg': "Wmo desk of the municipality, carers' support centre",
    'Participatiewet art. 9 lid 2: tijdelijke ontheffing om dringende redenen, zoals zorg.': 'Participatiewet art. 9(2): temporary exemption for urgent reasons, such as care.',
    'Wmo 2015: de gemeente moet mantelzorgers ondersteunen.': 'Wmo 2015: the municipality must support carers.',
    'Reken eerst uit wat werken u oplevert. Gebruik de rekenhulp op deze site of vraag de gemeente.': 'First calculate what working gives you. Use the calculator on this site or ask the municipality.',
    'Geen kinderopvang': 'No childcare',
    'Buitenschoolse opvang (bso)': 'Out-of-school care (bso)',
    'Hoe oud bent u?': 'How old are you?',
    'Ik woon samen of ben getrouwd': 'I live together or am married',
    'Hoe oud is uw partner?': 'How old is your partner?',
    'Mijn partner volgt een traject naar werk': 'My partner follows a route to work',
    'Hoe oud is uw jongste kind? (leeg: geen kinderen)': 'How old is your youngest child? (empty: no children)',
    'Welke kinderopvang gebruikt u als u werkt?': 'Which childcare do you use when you work?',
    'Prijs van de opvang per uur, in euro': 'Price of the childcare per hour, in euros',
    'Bruto uurloon van de baan, in euro (leeg: het minimumloon)': 'Gross hourly wage of the job, in euros (empty: the minimum wage)',
    'Huur per maand, in euro (leeg: geen huurtoeslag)': 'Rent per month, in euros (empty: no rent benefit)',
    'Hoeveel andere volwassenen (21 jaar of ouder) wonen bij u?': 'How many other adults (21 or older) live with you?',
    'Vul de leeftijd van uw partner in.': 'Fill in the age of your partner.',
    'Vul de leeftijd van uw kind in.': 'Fill in the age of your child.',
    'Vul de prijs per uur in.': 'Fill in the price per hour.',
    'Wat maakt werken moeilijk voor u? Kies alles wat past.': 'What makes working difficult for you? Choose everything that fits.',
    'Netto loon': 'Net wage',
    'Bijstand': 'Social assistance (bijstand)',
    'Vrijlating': 'Exemption (vrijlating)',
    'Niet werken': 'Not working',
    '%(hours)s uur per week': '%(hours)s hours a week',
    'Wat u per maand heeft, 36 maanden lang': 'What you have per month, for 36 months',
    '%(label)s: van %(first)s in maand 1 tot %(last)s in maand %(n)s': '%(label)s: from %(first)s in month 1 to %(last)s in month %(n)s',
    'na 6 maanden: minder vrijlating': 'after 6 months: less exemption',
    'Nu werkt u niet. U heeft dan ongeveer %(amount)s per maand om van te leven.': 'You are not working now. You then have about %(amount)s a month to live on.',
    'Dat is uw bijstand van %(bijstand)s plus toeslagen en kinderbijslag.': 'That is your social assistance of %(bijstand)s plus benefits and child benefit.',
    'Werkt u %(hours)s uur per week? Dan heeft u de eerste 6 maanden ongeveer %(amount)s per maand. Dat is %(gain)s meer dan nu.': 'Do you work %(hours)s hours a week? Then in the first 6 months you have about %(amount)s a month. That is %(gain)s more than now.',
    'Daarna heeft u ongeveer %(amount)s per maand. Dat is %(gain)s meer dan nu.': 'After that you have about %(amount)s a month. That is %(gain)s more than now.',
    'Let op: werkt u %(hours)s uur, dan heeft u in %(count)s van de %(total)s maanden niet meer geld dan zonder werk.': 'Note: if you work %(hours)s hours, in %(count)s of the %(total)s months you have no more money than without work.',
    'Werkt u %(hours)s uur, dan levert elk gewerkt uur in %(count)s van de %(total)s maanden minder dan € 2 op.': 'If you work %(hours)s hours, each hour worked yields less than € 2 in %(count)s of the %(total)s months.',
    'Werkt u %(hours)s uur in plaats van %(fewer_hours)s uur, dan heeft u in %(count)s maanden minder geld.': 'If you work %(hours)s hours instead of %(fewer_hours)s hours, you have less money in %(count)s months.',
    'Dat komt doordat de gemeente uw loon van de bijstand aftrekt. Alleen de vrijlating mag u houden.': 'This is because the municipality deducts your wage from your social assistance. You may only keep the exemption.',
    'Werken levert u in elke maand meer op dan niet werken.': 'Working gives you more than not working in every month.',
    'Vanaf %(hours)s uur per week heeft u geen bijstand meer nodig. Dan houdt u elke extra euro loon grotendeels zelf.': 'From %(hours)s hours a week you no longer need social assistance. Then you keep most of each extra euro of wage.',
    'Bij deze uren blijft u bijstand houden. Meer uren of een hoger uurloon helpt u uit de bijstand.': 'At these hours you keep receiving social assistance. More hours or a higher hourly wage helps you off it.',
    'Vanaf %(hours)s uur verdient u genoeg om economisch zelfstandig te zijn: netto minstens %(line)s per maand.': 'From %(hours)s hours you earn enough to be economically independent: at least %(line)s net a month.',
    'Na 36 maanden stopt de vrijlating. Dan krijgt u tot %(amount)s per maand minder bijstand.': 'After 36 months the exemption stops. Then you get up to %(amount)s a month less social assistance.',
    'Vraag de gemeente of u ook een premie, een individuele inkomenstoeslag of hulp bij de eigen bijdrage voor kinderopvang kunt krijgen.': 'Ask the municipality whether you can also get a bonus, an individual income supplement or help with your own contribution for childcare.',
    'Bij %(hours)s uur kost kinderopvang %(cost)s per maand. U krijgt %(kot)s kinderopvangtoeslag. U betaalt zelf %(own)s.': 'At %(hours)s hours childcare costs %(cost)s a month. You get %(kot)s childcare benefit. You pay %(own)s yourself.',
    'Vraag kinderopvangtoeslag aan bij de Belastingdienst, uiterlijk 3 maanden na de maand waarin de opvang begint.': 'Apply for childcare benefit at the Belastingdienst, at the latest 3 months after the month in which the childcare starts.',
    'Volgt u een traject naar werk van de gemeente? Dan kunt u ook kinderopvangtoeslag krijgen. Vraag de gemeente om hulp bij de eigen bijdrage.': 'Do you follow a route to work from the municipality? Then you can also get childcare benefit. Ask the municipality for help with your own contribution.',
    'U heeft geen kinderopvang ingevuld. Zonder opvang rekent de tool geen kosten en geen kinderopvangtoeslag.': 'You did not enter childcare. Without childcare the tool counts no costs and no childcare benefit.',
}
ROUTE_TRANSLATIONS["Hoeveel uur per week is de baan die u kunt krijgen? (leeg: we vergelijken 8, 16, 24 en 32 uur)"] = (
    "How many hours a week is the job you can get? (empty: we compare 8, 16, 24 and 32 hours)"
)
ROUTE_TRANSLATIONS.update({
    "UWV heeft vastgesteld dat ik door ziekte of beperking minder uren kan werken": "UWV has found that I can work fewer hours because of illness or disability",
    "De bijstand is inclusief vakantietoeslag en de kinderbijslag is per kwartaal; beide zijn over de maanden verdeeld. De gemeente betaalt de vakantietoeslag meestal één keer per jaar.":
        "The social assistance includes holiday allowance and child benefit is paid per quarter; both are spread over the months. The municipality usually pays the holiday allowance once a year.",
    "Vanaf ongeveer %(hours)s uur per week is uw netto loon hoger dan de bijstandsnorm van %(norm)s. Dan heeft u geen bijstand meer nodig.":
        "From about %(hours)s hours a week your net wage is higher than the social assistance standard of %(norm)s. Then you no longer need social assistance.",
    "Tijdens uw traject kost kinderopvang %(cost)s per maand. U krijgt %(kot)s kinderopvangtoeslag. U betaalt zelf %(own)s.":
        "During your route to work childcare costs %(cost)s a month. You get %(kot)s childcare benefit. You pay %(own)s yourself.",
    "Volgt u een traject naar werk of een cursus van de gemeente? Hoeveel uur per week? (leeg: nee)":
        "Do you follow a route to work or a course from the municipality? How many hours a week? (empty: no)",
    "Bruto uurloon %(wage)s zonder vakantiegeld; het vakantiegeld (8 %%) is over de maanden verdeeld.":
        "Gross hourly wage %(wage)s without holiday pay; the holiday pay (8 %%) is spread over the months.",
    "Netto loon: de belasting over het jaar met alle heffingskortingen waar u recht op heeft (ook de inkomensafhankelijke combinatiekorting). Op uw loonstrook kan het netto loon iets lager zijn.":
        "Net wage: the tax over the year with all tax credits you are entitled to (including the income-dependent combination credit). On your payslip the net wage can be a little lower.",
    "De gemeente betaalt de belasting over de bijstand.": "The municipality pays the tax on the social assistance.",
    "Toeslagen en belasting per maand: het jaarbedrag als deze maand het hele jaar zo zou zijn, gedeeld door 12.":
        "Benefits and tax per month: the yearly amount if this month lasted the whole year, divided by 12.",
    "Geen vermogen, geen andere inkomsten, geen verlaging of woonkostentoeslag; de gemeente kent de vrijlating toe.":
        "No savings, no other income, no reduction or housing-cost supplement; the municipality grants the exemption.",
    "Na %(year)s rekent het model met de bedragen van december %(year)s: latere verhogingen zijn nog niet bekend.":
        "After %(year)s the model uses the amounts of December %(year)s: later increases are not known yet.",
    "Opvang op de werkdagen (uren ÷ uren per werkdag, naar boven afgerond); dagopvang tot 4 jaar, daarna bso 4 uur per dag tegen de maximum uurprijs; geen opvang na 12 jaar.":
        "Childcare on working days (hours ÷ hours per working day, rounded up); day care until 4, then out-of-school care 4 hours a day at the maximum hourly price; no childcare after 12.",
    "Met een partner die niet werkt en geen traject volgt: geen kinderopvang en geen kinderopvangtoeslag.":
        "With a partner who does not work and follows no route to work: no childcare and no childcare benefit.",
})
TRANSLATIONS.update(ROUTE_TRANSLATIONS)


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
    for path in [*sorted(WEB.rglob("*.py")), CHARTS, *sorted(ROUTE.rglob("*.py"))]:
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
