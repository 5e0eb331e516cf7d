"""Legal obligations the answers suggest are not met, with the facts taken from the leave rules (never copied here).

The numbers come from the parameter tree `wet_arbeid_en_zorg` as in force on the given day, through the leave
finder's `werkzorg.leave.rules.parameters`. The rules refer to question codes of the questionnaire (Q9, Q13, Q15,
Q29, Q30); a version without those codes simply raises no flag for them.
"""

from __future__ import annotations

import datetime

from werkzorg.leave.rules import WAZO, parameters
from werkzorg.scan.content import Questionnaire
from werkzorg.scan.profile import SIZE_CLASSES
from werkzorg.scan.scoring import Flag

WFW = "https://wetten.overheid.nl/BWBR0011173/2026-01-01"
AWGB = "https://wetten.overheid.nl/BWBR0006502/"
CRM = "https://www.mensenrechten.nl/"


def leave_facts(on: datetime.date | None = None) -> dict:
    """The statutory leave and flexible-work facts a report or carer page shows, as in force on `on`."""
    on = on or datetime.date.today()
    from werkzorg.model import MODELLED_YEARS

    if on.year not in MODELLED_YEARS:  # the rules are known for the modelled years only: use the nearest
        on = datetime.date(min(max(on.year, MODELLED_YEARS[0]), MODELLED_YEARS[-1]), on.month, min(on.day, 28))
    p = parameters(on).wet_arbeid_en_zorg
    return {
        "peildatum": on,
        "kortdurend_maal": p.zorgverlof.kortdurend_maal_weekuren,
        "kortdurend_procent": round(100 * p.zorgverlof.kortdurend_loon_percentage),
        "langdurend_maal": p.zorgverlof.langdurend_maal_weekuren,
        "langdurend_melden_weken": p.zorgverlof.langdurend_melden_weken_voor,
        "periode_maanden": p.zorgverlof.periode_maanden,
        "ouderschap_maal": p.ouderschapsverlof.maal_weekuren,
        "ouderschap_leeftijd": p.ouderschapsverlof.leeftijd_kind,
        "ouderschap_betaald_maal": p.ouderschapsverlof.betaald_maal_weekuren,
        "ouderschap_betaald_procent": round(100 * p.ouderschapsverlof.betaald_uitkering_percentage),
        "geboorte_maal": p.geboorteverlof.maal_weekuren,
        "aanvullend_geboorte_maal": p.aanvullend_geboorteverlof.maal_weekuren,
        "wfw_min_werknemers": p.wet_flexibel_werken.min_werknemers,
        "wfw_min_dienst_weken": p.wet_flexibel_werken.min_dienst_weken,
        "wfw_aanvragen_maanden": p.wet_flexibel_werken.aanvragen_maanden_voor,
        "wfw_beslissen_maanden": p.wet_flexibel_werken.beslissen_maanden_voor,
    }


def _points(questionnaire: Questionnaire, answers: dict[str, str], code: str) -> int | None:
    """The option's points (not reversed) for a question in this version, or None when the version lacks it."""
    question = questionnaire.question(code)
    if question is None or code not in answers:
        return None
    option = question.schaal.option(answers[code])
    return None if option is None else option.score


def legal_flags(questionnaire: Questionnaire, answers: dict[str, str], size_class: str, on: datetime.date | None = None) -> list[Flag]:
    facts = leave_facts(on)
    flags = []
    if _points(questionnaire, answers, "Q9") == 0:
        flags.append(Flag("verlofinformatie", True, "verlof", ("Q9",), facts, (f"{WAZO}#Hoofdstuk4", f"{WAZO}#Hoofdstuk5", "https://www.rijksoverheid.nl/onderwerpen/zorgverlof")))
    smallest = SIZE_CLASSES[size_class][1] if size_class in SIZE_CLASSES else None
    not_arranged = [code for code in ("Q13", "Q15") if _points(questionnaire, answers, code) == 0]
    if not_arranged and smallest is not None:
        code = "wet_flexibel_werken" if smallest >= facts["wfw_min_werknemers"] else "flexibel_werken_klein"
        flags.append(Flag(code, True, "flexibiliteit", tuple(not_arranged), facts, (WFW,)))
    unequal = [code for code in ("Q29", "Q30") if _points(questionnaire, answers, code) == 0]
    if unequal:
        flags.append(Flag("gelijke_behandeling", True, "gelijke_kansen", tuple(unequal), {}, (AWGB, CRM)))
    return flags
