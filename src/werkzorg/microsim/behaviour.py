"""The behavioural response of second earners, shown as its own scenario next to the static result.

By default every reform gets a second scenario "<reform> + gedrag (CPB)": each second earner changes their hours by
the cited labour supply elasticity (women 0.5, men 0.1; `gedrag.yaml`, with its source) times the relative change in
their marginal net wage, and the reform is run again on that population (`run.with_hours_response`). The static
result stays the main result. The CLI switches it off with `--zonder-gedrag` (or `--uurelasticiteit 0`) and replaces
the cited values with one own value with `--uurelasticiteit E`; the web workbench and the API have a switch.
What the assumption does not cover is stated with every result (`explanation`), see docs/microsim.md "Behaviour".
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

import numpy as np
import yaml

from werkzorg.microsim import run
from werkzorg.microsim.population import Population
from werkzorg.microsim.reform import ReformSpec

SOURCE_FILE = Path(__file__).with_name("gedrag.yaml")
#: Codes of `geslacht` in the population (population.GENDERS: v, m).
WOMAN, MAN = 0, 1


@dataclasses.dataclass(frozen=True)
class Assumption:
    """Hours elasticities of second earners (to their marginal net wage) by their gender, with where they come from."""

    woman: float
    man: float
    #: Short name in the scenario's name: "CPB" for the cited values, "uurelasticiteit 0.3" for an own value.
    label: str
    #: (title, link) of the sources; empty for an own value.
    sources: tuple[tuple[str, str], ...] = ()
    #: The published range (low, high) per gender, when the source gives one.
    range_woman: tuple[float, float] | None = None
    range_man: tuple[float, float] | None = None

    @property
    def cited(self) -> bool:
        return bool(self.sources)

    def scenario(self, reform_name: str) -> str:
        """The behavioural scenario's name: "<reform> + gedrag (CPB)"."""
        return f"{reform_name} + gedrag ({self.label})"

    def per_household(self, population: Population) -> np.ndarray:
        """Each household's elasticity: that of its second earner's gender (0 where there is no second earner)."""
        earner = run.second_earner(population)
        gender = np.where(earner >= 0, population.persons["geslacht"][np.maximum(earner, 0)], -1)
        return np.select([gender == WOMAN, gender == MAN], [self.woman, self.man], 0.0)

    def row(self) -> dict:
        """The assumption as table columns (the `gedrag` table, the CLI's JSON `elasticity`)."""
        return {
            "elasticiteit_vrouw": self.woman,
            "elasticiteit_man": self.man,
            "bron": self.sources[0][0] if self.sources else "eigen aanname (--uurelasticiteit)",
            "link": self.sources[0][1] if self.sources else "",
        }


def _latest(dated: dict) -> float:
    return float(dated[max(dated)])


@functools.cache
def cited() -> Assumption:
    """The default: the cited elasticities of `gedrag.yaml` (the latest dated value per gender)."""
    data = yaml.safe_load(SOURCE_FILE.read_text(encoding="utf-8"))
    values, ranges = data["values"], data.get("range", {})
    sources = tuple((item["title"], item["href"]) for item in data["reference"])
    return Assumption(_latest(values["vrouw"]), _latest(values["man"]), data["label"], sources, tuple(ranges.get("vrouw", ())) or None, tuple(ranges.get("man", ())) or None)


def own(elasticity: float) -> Assumption:
    """One elasticity for every second earner, the user's own assumption."""
    return Assumption(float(elasticity), float(elasticity), f"uurelasticiteit {float(elasticity):g}")


def choose(elasticity: float | None = None, off: bool = False) -> Assumption | None:
    """The behaviour of a run: None when switched off (or elasticity 0), the user's value, or else the cited default."""
    if off or elasticity == 0:
        return None
    return cited() if elasticity is None else own(elasticity)


def respond(population: Population, base: run.Results, reform: run.Results, spec: ReformSpec, assumption: Assumption, **options) -> tuple[run.Results, dict]:
    """The behavioural scenario of one reform: second earners adjust their hours, the reform runs again on them.

    Marginal pressure must have been measured for every household in `base` and `reform` (marginal_every=1).
    Returns the scenario's results and its row of the `gedrag` table (the assumption and how many hours changed)."""
    responded = run.with_hours_response(population, base, reform, assumption.per_household(population))
    name = assumption.scenario(spec.name)
    results = run.run(responded, dataclasses.replace(spec, name=name), **options)
    change = responded.persons["uren_per_week"] - population.persons["uren_per_week"]
    weight = population.households["weight"][population.persons["household_id"]]
    changed = np.abs(change) > 1e-9
    row = {
        "scenario": name,
        "hervorming": spec.name,
        **assumption.row(),
        "tweede_verdieners_andere_uren": float(weight[changed].sum()),
        "tweede_verdieners_meer_uren": float(weight[change > 1e-9].sum()),
        "tweede_verdieners_minder_uren": float(weight[change < -1e-9].sum()),
        "extra_uren_per_week": float((weight * change).sum()),
        "gemiddelde_verandering_uren": float((weight * change)[changed].sum() / weight[changed].sum()) if changed.any() else 0.0,
    }
    return results, row


def _number(value: float, english: bool) -> str:
    text = f"{value:g}"
    return text if english else text.replace(".", ",")


def explanation(row: dict, english: bool = False) -> str:
    """The assumption in words, for next to the result: the values, the source and what it does not cover."""
    woman, man = _number(row["elasticiteit_vrouw"], english), _number(row["elasticiteit_man"], english)
    cited_values = bool(row.get("link"))
    if english:
        values = f"an hours elasticity of {woman} for women and {man} for men" if woman != man else f"an hours elasticity of {woman}"
        source = (
            "Source: CPB, Evers, De Mooij and Van Vuuren (2005; De Economist 2008), a meta-analysis of Dutch and foreign "
            "estimates: the uncompensated labour supply elasticity in the Netherlands is 0.5 for women and 0.1 for men "
            "(0.2 in another specification). "
            if cited_values
            else "This value is your own assumption. "
        )
        return (
            f"Behaviour: in the scenarios '+ gedrag' second earners change their working hours when the reform changes "
            f"what an extra hour of work leaves them (their marginal net wage), with {values}: hours × (1 + elasticity × "
            f"relative change), at most 50 % up or down; their wage and their children's childcare hours change with them. "
            + source
            + "Not covered: people who start or stop working (the source finds that decision more responsive than hours; "
            "its elasticity covers both, so the hours change of people who already work is on the high side), income "
            "effects, first earners, single people, the self-employed, and whether employers offer the hours. The static "
            "result stays the main result."
        )
    values = f"een urenelasticiteit van {woman} voor vrouwen en {man} voor mannen" if woman != man else f"een urenelasticiteit van {woman}"
    source = (
        "Bron: CPB, Evers, De Mooij en Van Vuuren (2005; De Economist 2008), een meta-analyse van Nederlandse en "
        "buitenlandse schattingen: de ongecompenseerde arbeidsaanbodelasticiteit in Nederland is 0,5 voor vrouwen en "
        "0,1 voor mannen (0,2 in een andere specificatie). "
        if cited_values
        else "Deze waarde is uw eigen aanname. "
    )
    return (
        f"Gedrag: in de scenario's '+ gedrag' passen tweede verdieners hun werkuren aan als de hervorming verandert wat "
        f"een extra uur werk hen oplevert (hun marginale netto uurloon), met {values}: uren × (1 + elasticiteit × "
        f"relatieve verandering), hooguit 50 % meer of minder; hun loon en de opvanguren van hun kinderen veranderen mee. "
        + source
        + "Niet meegenomen: mensen die gaan werken of stoppen (de bron vindt die keuze gevoeliger dan de uren; haar "
        "elasticiteit geldt voor beide samen, dus de urenreactie van wie al werkt is eerder te hoog), inkomenseffecten, "
        "eerste verdieners, alleenstaanden, zelfstandigen en of werkgevers de uren kunnen bieden. De statische raming "
        "blijft de hoofduitkomst."
    )
