"""Compare a report with other submissions of the same sector and size class, without revealing any of them.

Shown only when at least `MINIMUM` other comparable submissions exist; per theme only the mean of at least `MINIMUM`
scores is given (a theme that fewer submissions answered, e.g. from another version, is left out). The report is
recomputed each time it is opened, so a respondent could compare the benchmark before and after one new submission
and work out that submission's score from the difference. To make that useless the mean is rounded to a multiple of
`STEP` and the number of submissions is shown rounded down to a multiple of `MINIMUM`.
"""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from werkzorg.scan.scoring import round_half_up

MINIMUM = 10
STEP = 5


@dataclasses.dataclass(frozen=True)
class Benchmark:
    count: int
    means: dict[str, int]

    @property
    def count_shown(self) -> int:
        """The number of comparable submissions rounded down to a multiple of MINIMUM ("ten minste …")."""
        return self.count // MINIMUM * MINIMUM

    def position(self, code: str, own: int) -> str | None:
        """"hoger", "gelijk" or "lager" than the mean of comparable employers."""
        if code not in self.means:
            return None
        mean = self.means[code]
        return "hoger" if own > mean else "lager" if own < mean else "gelijk"


def compare(others: list[dict[str, int]], minimum: int = MINIMUM) -> Benchmark | None:
    """`others` are the theme scores of the comparable submissions (never the respondent's own)."""
    if len(others) < minimum:
        return None
    means = {}
    codes = {code for scores in others for code in scores}
    for code in sorted(codes):
        values = [scores[code] for scores in others if code in scores]
        if len(values) >= minimum:
            means[code] = STEP * round_half_up(Fraction(sum(values), STEP * len(values)))
    return Benchmark(len(others), means)
