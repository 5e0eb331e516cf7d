"""A filled-in request letter to the employer for each leave that must be asked for in writing (Markdown).

Letters are always in Dutch, also on the English pages: they go to a Dutch employer.
"""

from __future__ import annotations

import datetime

from werkzorg.leave.language import date_text
from werkzorg.leave.rules import Regeling
from werkzorg.leave.schema import VerlofVraag

#: What the letter asks for, per leave that needs a written request or notification, and its legal basis.
REQUESTS = {
    "zwangerschaps_en_bevallingsverlof": ("Melding zwangerschapsverlof", "Hierbij meld ik u, op grond van artikel 3:1 en 3:3 van de Wet arbeid en zorg, dat mijn zwangerschapsverlof ingaat op {start}."),
    "aanvullend_geboorteverlof": ("Aanvraag aanvullend geboorteverlof", "Hierbij vraag ik, op grond van artikel 4:2a van de Wet arbeid en zorg, aanvullend geboorteverlof aan vanaf {start}, in totaal {uren} uur."),
    "adoptieverlof": ("Aanvraag adoptieverlof", "Hierbij vraag ik, op grond van artikel 3:2 van de Wet arbeid en zorg, adoptieverlof aan vanaf {start}, in totaal {uren} uur."),
    "pleegzorgverlof": ("Aanvraag pleegzorgverlof", "Hierbij vraag ik, op grond van artikel 3:2 van de Wet arbeid en zorg, pleegzorgverlof aan vanaf {start}, in totaal {uren} uur."),
    "ouderschapsverlof": ("Aanvraag ouderschapsverlof", "Hierbij vraag ik, op grond van hoofdstuk 6 van de Wet arbeid en zorg, ouderschapsverlof aan vanaf {start}."),
    "betaald_ouderschapsverlof": ("Aanvraag betaald ouderschapsverlof", "Hierbij vraag ik, op grond van artikel 6:3 van de Wet arbeid en zorg, betaald ouderschapsverlof aan vanaf {start}, in totaal ten hoogste {uren} uur in het eerste levensjaar van mijn kind."),
    "langdurend_zorgverlof": ("Aanvraag langdurend zorgverlof", "Hierbij vraag ik, op grond van artikel 5:9 van de Wet arbeid en zorg, langdurend zorgverlof aan vanaf {start}, in totaal ten hoogste {uren} uur."),
    "flexibel_werken": ("Verzoek aanpassing arbeidsduur", "Hierbij verzoek ik u, op grond van artikel 2 van de Wet flexibel werken, mijn arbeidsduur aan te passen naar {nieuwe_uren} uur per week, met ingang van {start}."),
}

PLACEHOLDER = "[invullen]"


def needs_letter(regeling: Regeling) -> bool:
    return regeling.code in REQUESTS


def letter(question: VerlofVraag, regeling: Regeling, name: str | None = None, today: datetime.date | None = None) -> str:
    """The letter in Markdown; what the tool cannot know is marked [invullen]."""
    subject, request = REQUESTS[regeling.code]
    start = regeling.van if regeling.code in ("zwangerschaps_en_bevallingsverlof", "flexibel_werken") else question.start_verlof
    fields = {
        "start": date_text(start) if start else PLACEHOLDER,
        "uren": f"{regeling.uren:g}" if regeling.uren is not None else PLACEHOLDER,
        "nieuwe_uren": f"{question.nieuwe_uren_per_week:g}" if question.nieuwe_uren_per_week else PLACEHOLDER,
    }
    employer = regeling.werkgever if regeling.werkgever and regeling.werkgever != "uw werkgever" else PLACEHOLDER
    lines = [
        f"{name or PLACEHOLDER}",
        "",
        f"Aan: {employer}",
        f"Datum: {date_text(today or question.peildatum)}",
        f"Onderwerp: {subject}",
        "",
        "Beste werkgever,",
        "",
        request.format(**fields),
    ]
    if regeling.code == "zwangerschaps_en_bevallingsverlof":
        lines += ["", f"Mijn uitgerekende datum is {date_text(question.uitgerekende_datum)}. De zwangerschapsverklaring van mijn verloskundige of arts stuur ik mee."]
    if regeling.code in ("ouderschapsverlof", "betaald_ouderschapsverlof", "langdurend_zorgverlof", "aanvullend_geboorteverlof"):
        lines += ["", f"Ik wil het verlof zo verdelen: {PLACEHOLDER} uur per week, op {PLACEHOLDER} (dagen), tot en met {PLACEHOLDER}."]
    if regeling.code == "langdurend_zorgverlof":
        lines += ["", f"Ik zorg voor {PLACEHOLDER} (naam en relatie), die {PLACEHOLDER} (reden: levensbedreigend ziek, of langere tijd ziek of hulpbehoevend)."]
    if regeling.code == "flexibel_werken":
        lines += ["", f"Ik werk nu {question.jobs()[0].uren_per_week:g} uur per week. Ik stel voor de uren zo te verdelen: {PLACEHOLDER}."]
        if regeling.werkgever_beslist_uiterlijk:
            lines += ["", f"Volgens de wet beslist u uiterlijk op {date_text(regeling.werkgever_beslist_uiterlijk)}; beslist u niet op tijd, dan geldt mijn verzoek."]
    # The date to ask by is for the writer, not the employer: the result page shows it (and warns when it has passed).
    lines += ["", "Ik hoor graag van u. Wilt u de ontvangst van deze brief bevestigen?", "", "Met vriendelijke groet,", "", f"{name or PLACEHOLDER}", ""]
    return "\n".join(lines)
