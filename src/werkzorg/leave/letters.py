"""A filled-in request letter to the employer for each leave that must be asked for in writing (plain text).

The letter itself is Dutch, also on the English pages and in `--taal en`: it goes to an employer in the Netherlands.
An English reader gets the same letter in English as well (`letter(..., lang="en")`), headed as a translation to read,
not to send, so that they know what they sign. Every text is written in both languages here, as in `rules.py`.
"""

from __future__ import annotations

import datetime

from werkzorg.leave.language import Tekst, date_text
from werkzorg.leave.rules import Regeling
from werkzorg.leave.schema import VerlofVraag

#: What the letter asks for, per leave that needs a written request or notification, and its legal basis.
REQUESTS = {
    "zwangerschaps_en_bevallingsverlof": (
        Tekst("Melding zwangerschapsverlof", "Notice of pregnancy leave"),
        Tekst("Hierbij meld ik u, op grond van artikel 3:1 en 3:3 van de Wet arbeid en zorg, dat mijn zwangerschapsverlof ingaat op {start}.",
              "Under articles 3:1 and 3:3 of the Wet arbeid en zorg (Work and Care Act), I hereby tell you that my pregnancy leave starts on {start}."),
    ),
    "aanvullend_geboorteverlof": (
        Tekst("Aanvraag aanvullend geboorteverlof", "Request for additional birth leave"),
        Tekst("Hierbij vraag ik, op grond van artikel 4:2a van de Wet arbeid en zorg, aanvullend geboorteverlof aan vanaf {start}, in totaal {uren} uur.",
              "Under article 4:2a of the Wet arbeid en zorg (Work and Care Act), I hereby ask for aanvullend geboorteverlof (additional birth leave) from {start}, {uren} hours in total."),
    ),
    "adoptieverlof": (
        Tekst("Aanvraag adoptieverlof", "Request for adoption leave"),
        Tekst("Hierbij vraag ik, op grond van artikel 3:2 van de Wet arbeid en zorg, adoptieverlof aan vanaf {start}, in totaal {uren} uur.",
              "Under article 3:2 of the Wet arbeid en zorg (Work and Care Act), I hereby ask for adoptieverlof (adoption leave) from {start}, {uren} hours in total."),
    ),
    "pleegzorgverlof": (
        Tekst("Aanvraag pleegzorgverlof", "Request for foster care leave"),
        Tekst("Hierbij vraag ik, op grond van artikel 3:2 van de Wet arbeid en zorg, pleegzorgverlof aan vanaf {start}, in totaal {uren} uur.",
              "Under article 3:2 of the Wet arbeid en zorg (Work and Care Act), I hereby ask for pleegzorgverlof (foster care leave) from {start}, {uren} hours in total."),
    ),
    "ouderschapsverlof": (
        Tekst("Aanvraag ouderschapsverlof", "Request for parental leave"),
        Tekst("Hierbij vraag ik, op grond van hoofdstuk 6 van de Wet arbeid en zorg, ouderschapsverlof aan vanaf {start}.",
              "Under chapter 6 of the Wet arbeid en zorg (Work and Care Act), I hereby ask for ouderschapsverlof (parental leave) from {start}."),
    ),
    "betaald_ouderschapsverlof": (
        Tekst("Aanvraag betaald ouderschapsverlof", "Request for paid parental leave"),
        Tekst("Hierbij vraag ik, op grond van artikel 6:3 van de Wet arbeid en zorg, betaald ouderschapsverlof aan vanaf {start}, in totaal ten hoogste {uren} uur in het eerste levensjaar van mijn kind.",
              "Under article 6:3 of the Wet arbeid en zorg (Work and Care Act), I hereby ask for betaald ouderschapsverlof (paid parental leave) from {start}, at most {uren} hours in total in my child's first year."),
    ),
    "langdurend_zorgverlof": (
        Tekst("Aanvraag langdurend zorgverlof", "Request for long-term care leave"),
        Tekst("Hierbij vraag ik, op grond van artikel 5:9 van de Wet arbeid en zorg, langdurend zorgverlof aan vanaf {start}, in totaal ten hoogste {uren} uur.",
              "Under article 5:9 of the Wet arbeid en zorg (Work and Care Act), I hereby ask for langdurend zorgverlof (long-term care leave) from {start}, at most {uren} hours in total."),
    ),
    "flexibel_werken": (
        Tekst("Verzoek aanpassing arbeidsduur", "Request to change my working hours"),
        Tekst("Hierbij verzoek ik u, op grond van artikel 2 van de Wet flexibel werken, mijn arbeidsduur aan te passen naar {nieuwe_uren} uur per week, met ingang van {start}.",
              "Under article 2 of the Wet flexibel werken (Flexible Working Act), I hereby ask you to change my working hours to {nieuwe_uren} hours a week, from {start}."),
    ),
}

PLACEHOLDER = Tekst("[invullen]", "[fill in]")
#: The first lines of the English version: it is for the writer to read, the Dutch letter goes to the employer.
TRANSLATION_NOTE = (
    "ENGLISH TRANSLATION, FOR YOU TO READ. Do not send this text: send the Dutch letter to your employer.\n"
    "Fill in the same details in the Dutch letter where it says [invullen].\n"
    "----------------------------------------------------------------------\n\n"
)
#: Every text of the letter that is not a request above, in both languages (for the test that each has its English).
TEXTS = {
    "to": Tekst("Aan: {employer}", "To: {employer}"),
    "date": Tekst("Datum: {date}", "Date: {date}"),
    "subject": Tekst("Onderwerp: {subject}", "Subject: {subject}"),
    "greeting": Tekst("Beste werkgever,", "Dear employer,"),
    "due": Tekst("Mijn uitgerekende datum is {due}. De zwangerschapsverklaring van mijn verloskundige of arts stuur ik mee.",
                 "My due date is {due}. I enclose the pregnancy statement (zwangerschapsverklaring) from my midwife or doctor."),
    "spread": Tekst("Ik wil het verlof zo verdelen: {x} uur per week, op {x} (dagen), tot en met {x}.",
                    "I would like to spread the leave like this: {x} hours a week, on {x} (days), up to and including {x}."),
    "care": Tekst("Ik zorg voor {x} (naam en relatie), die {x} (reden: levensbedreigend ziek, of langere tijd ziek of hulpbehoevend).",
                  "I care for {x} (name and relationship), who {x} (reason: is life-threateningly ill, or ill or in need of help for a longer time)."),
    "hours": Tekst("Ik werk nu {hours} uur per week. Ik stel voor de uren zo te verdelen: {x}.",
                   "I now work {hours} hours a week. I propose to spread the hours like this: {x}."),
    "decide": Tekst("Volgens de wet beslist u uiterlijk op {date}; beslist u niet op tijd, dan geldt mijn verzoek.",
                    "By law you decide by {date} at the latest; if you do not decide in time, my request applies."),
    "closing": Tekst("Ik hoor graag van u. Wilt u de ontvangst van deze brief bevestigen?",
                     "I look forward to hearing from you. Could you please confirm that you have received this letter?"),
    "regards": Tekst("Met vriendelijke groet,", "Kind regards,"),
}


def needs_letter(regeling: Regeling) -> bool:
    return regeling.code in REQUESTS


def letter(question: VerlofVraag, regeling: Regeling, name: str | None = None, today: datetime.date | None = None, lang: str = "nl") -> str:
    """The letter as plain text, in Dutch (to send) or English (a translation to read); what the tool cannot know is
    marked [invullen] / [fill in]."""
    subject, request = (text.get(lang) for text in REQUESTS[regeling.code])
    text = {key: value.get(lang) for key, value in TEXTS.items()}
    blank = PLACEHOLDER.get(lang)
    start = regeling.van if regeling.code in ("zwangerschaps_en_bevallingsverlof", "flexibel_werken") else question.start_verlof
    fields = {
        "start": date_text(start, lang) if start else blank,
        "uren": f"{regeling.uren:g}" if regeling.uren is not None else blank,
        "nieuwe_uren": f"{question.nieuwe_uren_per_week:g}" if question.nieuwe_uren_per_week else blank,
    }
    employer = regeling.werkgever if regeling.werkgever and regeling.werkgever != "uw werkgever" else blank
    lines = [
        f"{name or blank}",
        "",
        text["to"].format(employer=employer),
        text["date"].format(date=date_text(today or question.peildatum, lang)),
        text["subject"].format(subject=subject),
        "",
        text["greeting"],
        "",
        request.format(**fields),
    ]
    if regeling.code == "zwangerschaps_en_bevallingsverlof":
        lines += ["", text["due"].format(due=date_text(question.uitgerekende_datum, lang))]
    if regeling.code in ("ouderschapsverlof", "betaald_ouderschapsverlof", "langdurend_zorgverlof", "aanvullend_geboorteverlof"):
        lines += ["", text["spread"].format(x=blank)]
    if regeling.code == "langdurend_zorgverlof":
        lines += ["", text["care"].format(x=blank)]
    if regeling.code == "flexibel_werken":
        lines += ["", text["hours"].format(hours=f"{question.jobs()[0].uren_per_week:g}", x=blank)]
        if regeling.werkgever_beslist_uiterlijk:
            lines += ["", text["decide"].format(date=date_text(regeling.werkgever_beslist_uiterlijk, lang))]
    # The date to ask by is for the writer, not the employer: the result page shows it (and warns when it has passed).
    lines += ["", text["closing"], "", text["regards"], "", f"{name or blank}", ""]
    body = "\n".join(lines)
    return TRANSLATION_NOTE + body if lang == "en" else body
