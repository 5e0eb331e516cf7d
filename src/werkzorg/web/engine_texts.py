"""Dutch texts that the capability folders (budget/, route/, scan/) produce without Django, for makemessages to extract.

The budget engine, the year comparison and the charts write Dutch (the CLI shows it as is); the web pages translate
these texts with gettext at run time. They are marked here because makemessages cannot find them where they are made
(plain strings in lists, or _() inside f-strings).
"""

from django.utils.translation import gettext_noop

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
]
