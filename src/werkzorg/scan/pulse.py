"""The employee pulse: a short anonymous questionnaire for the employees of an employer that did the quick scan.

Nine statements, one per theme of the quick scan, on a four-point scale with "Weet ik niet". The statements are our
own wording of the constructs in the research note (§A5: support of the manager, organisation, career consequences,
colleagues; not the validated FSSB/FSOP items, whose use needs the authors' consent) — so the pulse is a signal, not a
validated measurement, and the report says so.

Privacy: nothing is shown before `MINIMUM` responses; per theme a score is shown only when at least `MINIMUM`
respondents answered that statement (not "Weet ik niet"), so a single employee's answer cannot be read back.

Scoring (the same rule as the employer's theme score, so the two can be set side by side): an answer scores 0–3
(reversed statement: 3 − points); a theme's employee score is 100 × the sum of points ÷ (3 × the number of answers),
rounded half up.
"""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from werkzorg.scan.scoring import round_half_up

MINIMUM = 5
#: Upper bound on responses per pulse (a bounded input; far above any employer's staff that the scan is meant for).
MAXIMUM_RESPONSES = 10000


def _(text: str) -> str:
    """Marks a text for makemessages; the web pages translate it with gettext."""
    return text


@dataclasses.dataclass(frozen=True)
class Item:
    code: str
    theme: str
    tekst: str
    omgekeerd: bool = False


ITEMS = (
    Item("P1", "visie", _("In deze organisatie vinden ze het belangrijk dat werk en zorg te combineren zijn.")),
    Item("P2", "zicht", _("Ik kan op mijn werk vertellen dat ik voor iemand zorg, zonder dat het mij schaadt.")),
    Item("P3", "verlof", _("Ik weet welk verlof ik kan opnemen als ik voor een kind of een naaste moet zorgen.")),
    Item("P4", "flexibiliteit", _("Ik kan mijn werktijden, uren of werkplek aanpassen als de zorg dat vraagt.")),
    Item("P5", "naleving", _("Als ik verlof of andere werktijden vraag, krijg ik op tijd een duidelijk antwoord.")),
    Item("P6", "leidinggevenden", _("Mijn leidinggevende denkt met mij mee als werk en zorg botsen.")),
    Item("P7", "cultuur", _("Wie hier minder gaat werken of verlof opneemt voor zorg, maakt minder kans op promotie."), omgekeerd=True),
    Item("P8", "ondersteuning", _("Mijn werkgever wijst mij de weg naar hulp buiten het werk, zoals de gemeente of kinderopvang.")),
    Item("P9", "gelijke_kansen", _("Zwangere collega's en jonge ouders worden hier net zo behandeld als anderen.")),
)
#: code -> (label, points); "?" is "Weet ik niet" and counts for nothing.
OPTIONS = (
    ("0", _("Helemaal oneens"), 0),
    ("1", _("Oneens"), 1),
    ("2", _("Eens"), 2),
    ("3", _("Helemaal eens"), 3),
    ("?", _("Weet ik niet"), None),
)
POINTS = {code: points for code, _label, points in OPTIONS}


def item_points(item: Item, option: str) -> int | None:
    points = POINTS.get(option)
    if points is None:
        return None
    return 3 - points if item.omgekeerd else points


def clean(answers: dict[str, str]) -> dict[str, str]:
    """The answers to the items, each a known option code; raises ValueError naming the first item that is missing
    or has an unknown answer (the web form names it to the respondent)."""
    cleaned = {}
    for item in ITEMS:
        value = answers.get(item.code)
        if value not in POINTS:
            raise ValueError(item.code)
        cleaned[item.code] = value
    return cleaned


@dataclasses.dataclass(frozen=True)
class Comparison:
    theme: str
    employer: int
    employees: int

    @property
    def gap(self) -> int:
        """Employees minus employer: negative when the employees see it less rosy than the employer says."""
        return self.employees - self.employer


def aggregate(responses: list[dict[str, str]], minimum: int = MINIMUM) -> dict[str, int] | None:
    """{theme: employee score 0–100} from all responses, or None below `minimum` responses. A theme whose statement
    fewer than `minimum` respondents answered (not "Weet ik niet") is left out."""
    if len(responses) < minimum:
        return None
    scores = {}
    for item in ITEMS:
        points = [p for response in responses if (p := item_points(item, response.get(item.code, "?"))) is not None]
        if len(points) >= minimum:
            scores[item.theme] = round_half_up(Fraction(100 * sum(points), 3 * len(points)))
    return scores


def compare(employer: dict[str, int], employees: dict[str, int]) -> list[Comparison]:
    """The themes both have, the largest gap first (then the order of the items)."""
    order = {item.theme: index for index, item in enumerate(ITEMS)}
    both = [Comparison(theme, employer[theme], employees[theme]) for theme in employees if theme in employer]
    return sorted(both, key=lambda c: (-abs(c.gap), order[c.theme]))
