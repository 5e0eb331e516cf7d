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


def _(text: str) -> str:
    """Marks an article label for makemessages; the web pages translate it with gettext."""
    return text


#: Labels of the articles the flags cite (shown on the report with a link to the law).
ARTICLES = {
    "verlofinformatie": (_("Wet arbeid en zorg, hoofdstuk 4 en 5"),),
    "wet_flexibel_werken": (_("Wet flexibel werken, artikel 2"),),
    "flexibel_werken_klein": (_("Wet flexibel werken, artikel 2"),),
    "gelijke_behandeling": (_("Algemene wet gelijke behandeling"),),
    "calamiteitenverlof": (_("Wet arbeid en zorg, artikel 4:1"),),
    "kortdurend_zorgverlof": (_("Wet arbeid en zorg, artikel 5:1 en 5:6"),),
    "zorgverlof_verzoek": (_("Wet arbeid en zorg, hoofdstuk 5 (artikel 5:1 en 5:9)"),),
    "wfw_termijn": (_("Wet flexibel werken, artikel 2"),),
    "wfw_afwijzing": (_("Wet flexibel werken, artikel 2"),),
}
#: Compliance questions (version 2026.2 on): the answer "Ja, altijd" (3 points) is what the law asks; less is a flag.
COMPLIANCE = {"Q33": ("calamiteitenverlof", "naleving"), "Q34": ("kortdurend_zorgverlof", "naleving"), "Q35": ("zorgverlof_verzoek", "naleving")}
#: Compliance questions on the Wet flexibel werken: only for employers with at least `wfw_min_werknemers` employees.
COMPLIANCE_WFW = {"Q36": ("wfw_termijn", "naleving"), "Q37": ("wfw_afwijzing", "naleving")}


def _option(questionnaire: Questionnaire, answers: dict[str, str], code: str):
    """The chosen option for a question in this version, or None when the version lacks it or it is unanswered."""
    question = questionnaire.question(code)
    if question is None or code not in answers:
        return None
    return question.schaal.option(answers[code])


def _points(questionnaire: Questionnaire, answers: dict[str, str], code: str) -> int | None:
    """The option's points (not reversed); None when the version lacks the question or the answer is "Weet ik niet"."""
    option = _option(questionnaire, answers, code)
    return None if option is None or option.weet_niet else option.score


def _unknown(questionnaire: Questionnaire, answers: dict[str, str], codes) -> list[str]:
    return [code for code in codes if (option := _option(questionnaire, answers, code)) is not None and option.weet_niet]


def _flag(code: str, theme: str, said: list[str], unknown: list[str], params: dict, sources: tuple[str, ...]) -> Flag | None:
    """A legal flag for what the respondent said; only when nothing was said but "Weet ik niet", a flag that asks to find out."""
    if said:
        return Flag(code, True, theme, tuple(said), params, sources, ARTICLES.get(code, ()))
    if unknown:
        return Flag(code, True, theme, tuple(unknown), params, sources, ARTICLES.get(code, ()), onbekend=True)
    return None


def legal_flags(questionnaire: Questionnaire, answers: dict[str, str], size_class: str, on: datetime.date | None = None) -> list[Flag]:
    facts = leave_facts(on)
    smallest = SIZE_CLASSES[size_class][1] if size_class in SIZE_CLASSES else None
    wfw_applies = smallest is not None and smallest >= facts["wfw_min_werknemers"]
    leave_sources = (f"{WAZO}#Hoofdstuk4", f"{WAZO}#Hoofdstuk5", "https://www.rijksoverheid.nl/onderwerpen/zorgverlof")
    candidates = []
    candidates.append(_flag("verlofinformatie", "verlof", [c for c in ("Q9",) if _points(questionnaire, answers, c) == 0], _unknown(questionnaire, answers, ("Q9",)), facts, leave_sources))
    # hours and times (Q13, Q15); for employers the Wfw covers, the place of work (Q14) too (Wfw art. 2)
    flexible = ("Q13", "Q14", "Q15") if wfw_applies else ("Q13", "Q15")
    if smallest is not None:
        code = "wet_flexibel_werken" if wfw_applies else "flexibel_werken_klein"
        candidates.append(_flag(code, "flexibiliteit", [c for c in flexible if _points(questionnaire, answers, c) == 0], _unknown(questionnaire, answers, flexible), facts, (WFW,)))
    for question, (code, theme) in COMPLIANCE.items():
        said = [question] if (points := _points(questionnaire, answers, question)) is not None and points < 3 else []
        candidates.append(_flag(code, theme, said, _unknown(questionnaire, answers, (question,)), facts, leave_sources))
    if wfw_applies:
        for question, (code, theme) in COMPLIANCE_WFW.items():
            said = [question] if (points := _points(questionnaire, answers, question)) is not None and points < 3 else []
            candidates.append(_flag(code, theme, said, _unknown(questionnaire, answers, (question,)), facts, (WFW,)))
    equal = ("Q29", "Q30")
    candidates.append(_flag("gelijke_behandeling", "gelijke_kansen", [c for c in equal if _points(questionnaire, answers, c) == 0], _unknown(questionnaire, answers, equal), {}, (AWGB, CRM)))
    return [flag for flag in candidates if flag is not None]
