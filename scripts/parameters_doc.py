"""Write docs/parameters.md: every parameter value of the model with its date, source and provisional status.

Usage: python scripts/parameters_doc.py [--check]   (--check: exit 1 when docs/parameters.md is out of date)
"""

from __future__ import annotations

import sys
from pathlib import Path

from openfisca_core.parameters import Parameter, ParameterNode, ParameterScale

from werkzorg.model import MODELLED_YEARS, YEARS, tax_benefit_system
from werkzorg.model.provenance import provisional_reason, provisional_values, sources
from werkzorg.model.years import missing_parameters, rule_status

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "parameters.md"


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _rows(node, name: str):
    if isinstance(node, Parameter):
        for value in reversed(node.values_list):
            yield name, value.instant_str, value.value
    elif isinstance(node, ParameterScale):
        for index, bracket in enumerate(node.brackets):
            for key, child in bracket.children.items():
                yield from _rows(child, f"{name}[{index}].{key}")
    elif isinstance(node, ParameterNode):
        for key, child in node.children.items():
            yield from _rows(child, f"{name}.{key}" if name else key)


#: Why a later year's values are not (all) in the model, per year; shown above the generated list of what is missing.
LATER_YEAR_NOTES = {
    2027: [
        "Stand 5 december 2026. For 2027 no official publication (nor a faithful copy that names what it copies) of the "
        "1 January 2027 amounts was found in the stored sources: not the Fiscale sleuteltabel 2027, the Bijlage "
        "nieuwsbrief loonheffingen 2027, the Regeling standaardpremie 2027, the Besluit kinderopvangtoeslag with Bijlage I "
        "2027, the SVB and SZW amounts per 1 January 2027 or the Normenbrief. Each parameter below is therefore missing, "
        "and `werkzorg calculate` refuses every 2027 value that needs one, naming them (exit code 2); it never uses a 2026 "
        "amount for 2027. What holds until the law changes (leave durations and percentages, the vrijlating percentages, the "
        "kostendelersnorm, the AOW age of 67 in 2027) is in force for 2027 and is computed.",
        "Seen but not used: two public repositories quote Belastingplan 2027 figures (box 1 first bracket 36,23 % up to "
        "€ 39.247, AHK maximum € 3.154, arbeidskorting maximum € 5.929, IACK maximum € 2.918, indexation factor 1,01248). "
        "The repositories could not be named from the stored index, one of them contradicts the other (a cut of 0,06 "
        "percentage point in the first two brackets against a rise from 35,75 % to 36,23 %), and they cover only a few "
        "of the amounts a rule needs (no AHK afbouwpunt, no arbeidskorting knikpunten, no AOW-age brackets). So they are "
        "not a stated faithful copy and no rule could be completed with them; nothing was derived from them.",
        "Known changes for 2027, to model once the amounts are published: the arbeidskorting no longer counts benefits "
        "paid through the employer (samenvoegbepaling, kabinetsreactie on HR 15 november 2024, Kamerstuk 29 544, nr. 1273; "
        "the model already counts a `belastbare_uitkering` as no work income, so only the amounts change); the IACK "
        "phase-out announced from 2027 in yearly steps (civra.nl, rekenbuddy.nl; exact mechanics unconfirmed); the kinderopvangtoeslag "
        "income limit for the highest percentage goes up further in 2027 and 2028 (the income-independent system is "
        "planned for 2029); the kindgebonden budget is phased out faster above a higher income from 2027 (12,8 % instead of "
        "8,5 %, beuken-essers.nl 'Sociale zekerheid in 2026', one source; the income limit at 2027 prices is not published); "
        "from 2027 the 'samengesteld gezin' criterion for toeslagpartners lapses (same source; the model takes the partners "
        "as given, so only the input changes); the huurtoeslag amounts are indexed. None of these has a published 2027 "
        "table or amount in the sources, so none is modelled yet.",
        "The 1 July amounts (minimumloon, bijstand norms and vrijlating maxima, kinderbijslag, maximumdagloon) are published "
        "in May or June. Until then the model uses the 1 January amount of the same year for the second half year and "
        "marks the result provisional (`werkzorg.model.years.july_reason`); it never uses an amount of the year before. "
        "In 2025 this applies to the maximumdagloon of 1 July 2025, which was not found.",
    ],
}


def _later_years() -> list[str]:
    lines: list[str] = []
    for year in [y for y in YEARS if y not in MODELLED_YEARS]:
        missing = missing_parameters(year)
        lines += ["", f"## {year}: what is missing or provisional, and why", ""]
        for note in LATER_YEAR_NOTES.get(year, []):
            lines += [note, ""]
        lines += [f"Each rule the tools use, in {year} (`werkzorg.model.years.rule_status`):", "", "| Rule | Variable | {0} | Missing parameters |".format(year), "|---|---|---|---|"]
        for status in rule_status(year):
            shown = ", ".join(f"`{name}`" for name in status.missing)
            lines.append(f"| {status.rule} | `{status.variable}` | {'refused' if status.missing else 'computed'} | {shown} |")
        lines.append("")
        lines += [
            f"Missing for {year} ({len(missing)} values; `werkzorg parameters ontbreekt {year}` prints the same list):",
            "",
            "| Law | Parameter | Needed from | Newest value from | Published in |",
            "|---|---|---|---|---|",
        ]
        lines += [f"| {item.law} | `{item.name}` | {item.needed_from} | {item.newest or '-'} | {_cell(item.publication)} |" for item in missing]
    return lines


def render() -> str:
    lines = [
        "# Parameters",
        "",
        "Generated by `scripts/parameters_doc.py` from the parameter tree in `src/werkzorg/model/parameters/`; "
        "do not edit by hand. Each value lists its own source (the dated `reference`) and, where an official source does "
        f"not confirm it, why it is **provisional**. Modelled years: {', '.join(map(str, MODELLED_YEARS))}.",
        "",
        "## Provisional values",
        "",
        "Results that depend on one of these are marked *voorlopig* (provisional) by the CLI and the other parts.",
        "",
        "| Parameter | From | Why provisional |",
        "|---|---|---|",
    ]
    lines += [f"| `{item.parameter}` | {item.start} | {_cell(item.reason)} |" for item in provisional_values()]
    lines += _later_years()
    lines += ["", "## All values", ""]
    root = tax_benefit_system().parameters
    for law, node in root.children.items():
        lines += [f"### {law}", "", _cell(getattr(node, "description", "") or ""), "", "| Parameter | From | Value | Source | Provisional |", "|---|---|---|---|---|"]
        for name, start, value in _rows(node, law):
            found = sources(name, start)
            source = _cell(found[0]) if found else "**missing**"
            reason = provisional_reason(name, start)
            shown = value if not isinstance(value, list) else "; ".join(str(row) for row in value)
            lines.append(f"| `{name}` | {start} | {_cell(shown)} | {source} | {'yes' if reason else ''} |")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} is out of date: run python scripts/parameters_doc.py")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
