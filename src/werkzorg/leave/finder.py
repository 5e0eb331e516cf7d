"""Which leave applies to a situation: the situation-first entry of the leave finder."""

from __future__ import annotations

from werkzorg.leave import letters, rules
from werkzorg.leave.language import Tekst
from werkzorg.leave.rules import Regeling
from werkzorg.leave.schema import VerlofVraag

BIRTH_REASON = Tekst("Voor de bevalling en de aangifte van de geboorte.", "For the birth itself and for registering the birth at the town hall.")
EMERGENCY_REASON = Tekst(
    "Voor een plotselinge noodsituatie, zoals een kind dat ziek wordt op school of een lekkage.",
    "For a sudden emergency, such as a child who gets ill at school, or a water leak at home.",
)


def find(question: VerlofVraag) -> list[Regeling]:
    """Every regeling that fits, per job where the right is per employer, in the order someone would use them."""
    situation, jobs = question.situatie, question.jobs()
    found: list[Regeling] = []
    if situation == "zwangerschap" and question.zelfstandige:
        found.append(rules.zwangerschapsuitkering_zelfstandige(question))
    elif situation == "zwangerschap":
        found.append(rules.zwangerschaps_en_bevallingsverlof(question))
        for job in jobs:
            found += _parental(question, job)
    elif situation == "geboorte_partner":
        for job in jobs:
            birth = question.geboortedatum or question.uitgerekende_datum
            found.append(rules.calamiteitenverlof(question, job, BIRTH_REASON, on=birth))
            if question.moeder_overleden:
                found.append(rules.overgang_bevallingsverlof(question, job))
            found.append(rules.geboorteverlof(question, job))
            found.append(rules.aanvullend_geboorteverlof(question, job))
            found += _parental(question, job)
    elif situation in ("adoptie", "pleegzorg"):
        for job in jobs:
            found.append(rules.adoptie_of_pleegzorgverlof(question, job))
            found += _parental(question, job)
    elif situation == "ouderschap":
        for job in jobs:
            found += _parental(question, job)
    elif situation == "zorg_naaste":
        for job in jobs:
            found.append(rules.kortdurend_zorgverlof(question, job))
            found.append(rules.langdurend_zorgverlof(question, job))
            found.append(rules.flexibel_werken(question, job))
    elif situation == "calamiteit":
        for job in jobs:
            found.append(rules.calamiteitenverlof(question, job, EMERGENCY_REASON))
            found.append(rules.kortdurend_zorgverlof(question, job))
    elif situation == "aanpassing_arbeidsduur":
        for job in jobs:
            found.append(rules.flexibel_werken(question, job))
    return found


def _parental(question: VerlofVraag, job) -> list[Regeling]:
    """Ouderschapsverlof and its paid part. Outside the situation 'ouderschap', start_verlof is another leave's start."""
    if question.situatie != "ouderschap":
        question = question.model_copy(update={"start_verlof": None})
    regelingen = [rules.ouderschapsverlof(question, job)]
    paid = rules.betaald_ouderschapsverlof(question, job)
    if paid is not None:
        regelingen.append(paid)
    return regelingen


def answer(question: VerlofVraag) -> dict:
    """The JSON answer: every regeling, with the filled-in letter where a written request is needed."""
    output = []
    for regeling in find(question):
        item = regeling.to_json()
        if letters.needs_letter(regeling):
            item["brief"] = letters.letter(question, regeling, question.naam)
        output.append(item)
    return {"regelingen": output}
