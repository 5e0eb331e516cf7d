"""The carer's self-check: the EDIZ scale ("Ervaren Druk door Informele Zorg") for the load a carer experiences.

Source: Pot, A.M., Van Dyck, R. & Deeg, D.J.H. (1995). Ervaren druk door informele zorg: constructie van een schaal.
Tijdschrift voor Gerontologie en Geriatrie, 26, 214-219. The EDIZ-plus (De Boer, Oudijk, Timmermans & Pot, 2012,
Tijdschrift voor Gerontologie en Geriatrie 43, 77-88; SCP) extends it to 15 items and is what SCP uses in its carer
surveys; its six added items were not found in any stored source, so the self-check uses the 9 published EDIZ items.

Published scoring (the EDIZ form, as distributed with the instrument): nine statements about the past few weeks, each
answered "Nee!", "Nee", "Min of meer", "Ja" or "Ja!". "Min of meer", "Ja" and "Ja!" score 1 point, "Nee!" and "Nee"
score 0; the scale score is the sum, 0–9, a higher score meaning more experienced load.

No cut-off for the 9-item EDIZ was found in a stored source (the bands 0 / 1–3 / 4–8 / 9–15 of the EDIZ-plus belong to
the 15-item scale and are not transferable), so the result gives no band: it gives the score and, for each statement
the carer agreed with, what fits that burden (time for yourself, the combination with work, the pressure as a whole).
"""

from __future__ import annotations

import dataclasses


def _(text: str) -> str:
    """Marks a text for makemessages; the web pages translate it with gettext."""
    return text


SOURCE = "Pot, Van Dyck & Deeg (1995), Tijdschrift voor Gerontologie en Geriatrie 26, 214-219"

#: The nine EDIZ statements ("Geef aan of de afgelopen paar weken de volgende stellingen op u van toepassing waren").
ITEMS = (
    ("E1", _("Door de situatie van mijn naaste kom ik te weinig aan mijn leven toe.")),
    ("E2", _("Het combineren van de verantwoordelijkheid voor mijn naaste en de verantwoordelijkheid voor mijn werk en/of gezin valt niet mee.")),
    ("E3", _("Door mijn betrokkenheid bij mijn naaste doe ik anderen tekort.")),
    ("E4", _("Ik moet altijd maar klaarstaan voor mijn naaste.")),
    ("E5", _("Mijn zelfstandigheid komt in de knel.")),
    ("E6", _("De situatie van mijn naaste eist voortdurend mijn aandacht.")),
    ("E7", _("Door mijn betrokkenheid bij mijn naaste krijg ik conflicten thuis en/of op mijn werk.")),
    ("E8", _("De situatie van mijn naaste laat mij nooit los.")),
    ("E9", _("Ik voel me over het geheel genomen erg onder druk staan door de situatie van mijn naaste.")),
)
#: (code, label, points) — the published answer categories and their scoring.
OPTIONS = (
    ("nee!", _("Nee!"), 0),
    ("nee", _("Nee"), 0),
    ("min_of_meer", _("Min of meer"), 1),
    ("ja", _("Ja"), 1),
    ("ja!", _("Ja!"), 1),
)
POINTS = {code: points for code, _label, points in OPTIONS}
MAXIMUM = len(ITEMS)

#: What fits when the carer agrees with a statement (grouped by what the statements are about).
ADVICE = {
    "eigen_tijd": ("E1", "E4", "E5", "E6", "E8"),  # no time or room for yourself → respite, help from others
    "werk": ("E2", "E7"),  # combining with work and family, conflicts → leave, flexible work, the conversation
    "druk": ("E9",),  # under pressure as a whole → talk to someone now
}


@dataclasses.dataclass(frozen=True)
class Result:
    score: int
    agreed: tuple[str, ...]
    advice: tuple[str, ...]

    @property
    def maximum(self) -> int:
        return MAXIMUM


def score(answers: dict[str, str]) -> Result:
    """The EDIZ score (0–9) for complete answers {item code: option code}; raises ValueError naming the first item
    that is missing or has an unknown answer."""
    points = {}
    for code, _text in ITEMS:
        value = answers.get(code)
        if value not in POINTS:
            raise ValueError(code)
        points[code] = POINTS[value]
    agreed = tuple(code for code, value in points.items() if value)
    advice = tuple(group for group, codes in ADVICE.items() if any(code in agreed for code in codes))
    return Result(sum(points.values()), agreed, advice)
