"""The barrier check: what can stand between a woman and (more) paid work, and per barrier the next steps.

Sources: ../shared/reference/employer-scan-carers-route.md section C2 (Taalhuis, Leerwerkloket, UWV, College voor de
Rechten van de Mens, antidiscriminatievoorziening (Wga 2009), Wet inburgering 2021, Wet kinderopvang art. 1.6 and
1.13, Participatiewet art. 9 lid 2, 9a and 31, Wmo). Texts are B1: short sentences, one idea each.
"""

from __future__ import annotations

import dataclasses

from django.utils.translation import gettext_noop


@dataclasses.dataclass(frozen=True)
class Barrier:
    code: str
    icon: str  # inner markup of a 24 × 24 line icon (inline SVG, aria-hidden: the text says it all)
    question: str
    steps: tuple[str, ...]
    where: str
    rules: tuple[str, ...]


BARRIERS = (
    Barrier(
        "taal", '<path d="M3 5h7a2 2 0 0 1 2 2v13a2 2 0 0 0-2-2H3z"/><path d="M21 5h-7a2 2 0 0 0-2 2v13a2 2 0 0 1 2-2h7z"/>', gettext_noop("Lezen, schrijven, rekenen of Nederlands is moeilijk voor mij."),
        (gettext_noop("Ga naar het Taalhuis in de bibliotheek. Een gesprek en de lessen zijn gratis."),
         gettext_noop("Vraag de gemeente om een taalcursus. Dat kan naast uw werk of uitkering.")),
        gettext_noop("Taalhuis (bibliotheek), gemeente"),
        (gettext_noop("In de bijstand geldt een taaleis: de gemeente helpt u Nederlands te leren."),),
    ),
    Barrier(
        "diploma", '<path d="M2 9l10-5 10 5-10 5z"/><path d="M6 11v5c0 1.5 3 3 6 3s6-1.5 6-3v-5"/>', gettext_noop("Ik heb geen diploma op mbo-2-niveau of hoger."),
        (gettext_noop("Vraag gratis advies bij het Leerwerkloket in uw regio."),
         gettext_noop("Vraag naar een ervaringscertificaat (EVC). Wat u al kunt, telt dan mee."),
         gettext_noop("Leren en werken tegelijk kan met een BBL-opleiding op het mbo.")),
        gettext_noop("Leerwerkloket, mbo-school (ROC)"),
        (gettext_noop("Een startkwalificatie is een diploma havo, vwo of mbo niveau 2."),),
    ),
    Barrier(
        "beperking", '<circle cx="10" cy="4" r="2"/><path d="M10 7v6h6l2 5"/><path d="M7 11a5 5 0 1 0 7 6"/>', gettext_noop("Ik heb een ziekte of beperking. Daardoor kan ik minder werken."),
        (gettext_noop("Vraag de gemeente naar een jobcoach, loonkostensubsidie of beschut werk."),
         gettext_noop("Vraag UWV of u in het doelgroepregister kunt komen. Werkgevers krijgen dan steun."),
         gettext_noop("Stelt UWV vast dat u minder uren kunt werken? Dan mag u 15 % van uw loon houden, zonder einddatum.")),
        gettext_noop("Gemeente of Werkplein, UWV"),
        (gettext_noop("Participatiewet art. 31 lid 2 onder y: vrijlating bij een medische urenbeperking."),),
    ),
    Barrier(
        "discriminatie", '<path d="M12 4v16"/><path d="M7 20h10"/><path d="M4 7h16"/><path d="M4 7l-2.5 6h5z"/><path d="M20 7l-2.5 6h5z"/>', gettext_noop("Ik word anders behandeld. Bijvoorbeeld omdat ik vrouw ben, zwanger, jong moeder, ouder, of een migratieachtergrond heb."),
        (gettext_noop("Meld het bij de antidiscriminatievoorziening in uw gemeente (discriminatie.nl). Dat is gratis en kan anoniem."),
         gettext_noop("Vraag een oordeel aan het College voor de Rechten van de Mens. Dat is gratis."),
         gettext_noop("Schrijf op wat er gebeurde, wanneer en wie erbij was.")),
        gettext_noop("Antidiscriminatievoorziening, College voor de Rechten van de Mens"),
        (gettext_noop("Onderscheid naar geslacht (ook zwangerschap), leeftijd, afkomst of godsdienst is bij werk verboden."),),
    ),
    Barrier(
        "nieuwkomer", '<circle cx="12" cy="12" r="9"/><path d="M3 12h18"/><path d="M12 3c3.5 3.5 3.5 14.5 0 18"/><path d="M12 3c-3.5 3.5-3.5 14.5 0 18"/>', gettext_noop("Ik ben nieuw in Nederland of ik ben gevlucht."),
        (gettext_noop("Vraag de gemeente naar uw persoonlijk plan inburgering. Taal en werk kunnen samen."),
         gettext_noop("VluchtelingenWerk en het UAF kunnen u helpen bij werk of studie.")),
        gettext_noop("Gemeente, VluchtelingenWerk, UAF"),
        (gettext_noop("Wet inburgering 2021: de gemeente maakt met u een plan."),),
    ),
    Barrier(
        "werk_past_niet", '<rect x="3" y="7" width="18" height="13" rx="2"/><path d="M9 7V5h6v2"/><path d="M3 13h18"/>', gettext_noop("Ik vind geen werk dat past bij mijn uren, mijn reistijd of wat ik kan."),
        (gettext_noop("Vraag het Werkplein of UWV (werk.nl) welk werk er in uw regio is."),
         gettext_noop("Vraag het Leerwerkloket naar een korte opleiding voor een beroep met veel vacatures."),
         gettext_noop("Vraag een werkgever naar vaste werktijden. U mag vragen om andere uren of tijden.")),
        gettext_noop("Werkplein van de gemeente, UWV, Leerwerkloket"),
        (gettext_noop("Wet flexibel werken: u mag uw werkgever vragen om andere uren of werktijden."),),
    ),
    Barrier(
        "kinderopvang", '<circle cx="12" cy="5" r="3"/><path d="M12 8v7"/><path d="M7 11h10"/><path d="M12 15l-3 6"/><path d="M12 15l3 6"/>', gettext_noop("Ik heb geen kinderopvang, of ik kan die niet betalen."),
        (gettext_noop("Vraag kinderopvangtoeslag aan bij de Belastingdienst. Dat kan ook als u een traject naar werk volgt."),
         gettext_noop("Vraag de gemeente of zij uw eigen bijdrage betaalt. Dat kan voor mensen in de bijstand met een traject."),
         gettext_noop("Kies opvang uit het Landelijk Register Kinderopvang. Anders krijgt u geen toeslag.")),
        gettext_noop("Belastingdienst (toeslagen), gemeente"),
        (gettext_noop("Wet kinderopvang art. 1.6: ook wie een traject naar werk volgt, kan toeslag krijgen."),
         gettext_noop("Wet kinderopvang art. 1.13: de gemeente kan helpen met de kosten voor doelgroepouders."),
         gettext_noop("Heeft u een kind jonger dan 5 en bent u alleenstaande ouder? U kunt vragen om tijdelijk geen werk te hoeven zoeken (Participatiewet art. 9a).")),
    ),
    Barrier(
        "mantelzorg", '<path d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z"/>', gettext_noop("Ik zorg voor iemand. Niemand neemt de zorg even van mij over."),
        (gettext_noop("Vraag het Wmo-loket van de gemeente om respijtzorg: iemand neemt de zorg tijdelijk over."),
         gettext_noop("Vraag het steunpunt mantelzorg om advies."),
         gettext_noop("Vertel de gemeente over uw zorgtaken. U kunt tijdelijk ontheffing krijgen van de plicht om werk te zoeken.")),
        gettext_noop("Wmo-loket van de gemeente, steunpunt mantelzorg"),
        (gettext_noop("Participatiewet art. 9 lid 2: tijdelijke ontheffing om dringende redenen, zoals zorg."),
         gettext_noop("Wmo 2015: de gemeente moet mantelzorgers ondersteunen.")),
    ),
)
BY_CODE = {barrier.code: barrier for barrier in BARRIERS}

#: The icon of the first step (money): a euro sign.
MONEY_ICON = '<path d="M17 6a7 7 0 1 0 0 12"/><path d="M4 10h9"/><path d="M4 14h9"/>'

#: Always in the plan: check the money first.
FIRST_STEP = gettext_noop("Reken eerst uit wat werken u oplevert. Gebruik de rekenhulp op deze site of vraag de gemeente.")
