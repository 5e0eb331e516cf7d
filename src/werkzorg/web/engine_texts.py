"""Dutch texts that the capability folders (budget/, route/, scan/, microsim/) produce without Django, for makemessages to extract.

The budget engine, the year comparison and the charts write Dutch (the CLI shows it as is); the web pages translate
these texts with gettext at run time. They are marked here because makemessages cannot find them where they are made
(plain strings in lists, or _() inside f-strings).
"""

from django.utils.translation import get_language, gettext, gettext_noop

from werkzorg.model.provenance import in_english


def translated(text: str) -> str:
    """A text an engine made in Dutch, in the page's language: the .po for fixed texts, the parameter metadata's
    `provisional_en` for provisional notes (werkzorg.model.provenance.in_english)."""
    if not (get_language() or "").startswith("en"):
        return text
    english = gettext(text)
    return english if english != text else in_english(text)


TEXTS = [
    gettext_noop("belasting en premies (vóór kortingen)"),
    gettext_noop("algemene heffingskorting"),
    gettext_noop("arbeidskorting"),
    gettext_noop("inkomensafhankelijke combinatiekorting"),
    gettext_noop("eigen pensioenpremie"),
    gettext_noop("zorgtoeslag"),
    gettext_noop("huurtoeslag"),
    gettext_noop("kindgebonden budget"),
    gettext_noop("kinderopvangtoeslag"),
    gettext_noop("kinderbijslag"),
    gettext_noop("kosten kinderopvang"),
    gettext_noop("Het besteedbaar inkomen daalt: een extra dag werken kost geld (armoedeval)."),
    gettext_noop("Van elke extra euro bruto blijft minder dan 20 cent over."),
    gettext_noop("De zorgtoeslag vervalt helemaal."),
    gettext_noop("De huurtoeslag vervalt helemaal."),
    gettext_noop("De kindgebonden budget vervalt helemaal."),
    gettext_noop("De kinderopvangtoeslag vervalt helemaal."),
    gettext_noop("In de jaren vooruit gaat een kind vanaf 4 jaar van de dagopvang naar de bso, met de uren en prijs van de bso uit uw invoer."),
    gettext_noop("In de jaren vooruit gaat een kind vanaf 4 jaar van de dagopvang naar de bso: 4 uur per opvangdag tegen de maximum uurprijs bso."),
    gettext_noop("Kinderopvang stopt na het jaar waarin het kind 12 is; schoolvakanties tellen niet apart."),
    gettext_noop("Besteedbaar inkomen (alles samen)"),
    gettext_noop("Netto inkomen uit werk"),
    gettext_noop("Zorgtoeslag"),
    gettext_noop("Huurtoeslag"),
    gettext_noop("Kindgebonden budget"),
    gettext_noop("Kinderopvangtoeslag"),
    gettext_noop("Kinderbijslag"),
    gettext_noop("werkdagen per week"),
    gettext_noop("werkdagen"),
    gettext_noop("na 6 maanden: minder vrijlating"),
    gettext_noop("Stippellijn: gemiddelde van vergelijkbare werkgevers"),
    # the microsimulation's groups and instruments (werkzorg.microsim.outputs), in its tables and charts
    gettext_noop("vrouw"),
    gettext_noop("man"),
    gettext_noop("alleenstaand"),
    gettext_noop("paar zonder kinderen"),
    gettext_noop("overig"),
    gettext_noop("paar met kinderen"),
    gettext_noop("eenouder"),
    gettext_noop("algemene heffingskorting uitbetaling"),
    gettext_noop("inkomstenbelasting en premies"),
    gettext_noop("netto kosten"),
    # the labels of the variables that "Hoe berekend" explains (werkzorg.web.budget.results.EXPLAINED)
    gettext_noop("Besteedbaar inkomen: netto inkomens + toeslagen + kinderbijslag − kosten kinderopvang ± alimentatie"),
    gettext_noop("Netto inkomen: loon, winst, Wazo-uitkering, andere uitkeringen en ontvangen partneralimentatie min inkomstenbelasting en premies, plus uitbetaalde heffingskorting"),
    gettext_noop("Inkomstenbelasting en premies volksverzekeringen box 1 na heffingskortingen (nooit lager dan 0)"),
    gettext_noop("Zorgtoeslag per jaar"),
    gettext_noop("Huurtoeslag per jaar (twaalf keer het maandbedrag, afgerond op hele euro's naar beneden)"),
    gettext_noop("Kindgebonden budget per jaar"),
    gettext_noop("Kinderbijslag per jaar voor alle kinderen van het huishouden"),
    gettext_noop("Kinderopvangtoeslag per jaar"),
    gettext_noop("Economisch zelfstandig (CBS): netto inkomen uit arbeid ten minste het bijstandsniveau van een alleenstaande"),
    gettext_noop("Geschatte opbouw van ouderdomspensioen per jaar: (pensioengevend loon − franchise × deeltijdfactor) × opbouwpercentage"),
]
