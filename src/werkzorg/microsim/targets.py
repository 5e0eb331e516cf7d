"""Published Dutch totals the synthetic population is calibrated to, and the published spending it is checked against.

Every figure comes from ../shared/reference/microsim-calibration.md ("Calibration targets (ready to use)"), which
names the StatLine table or publication, except the issue-17 BENEFIT_TARGETS (people without paid work, on WW, on
bijstand), found in stored CBS and UWV releases and cited in docs/microsim.md; the mark (CONFIRMED, ONE SOURCE,
DERIVED) is repeated here. Demography is
1 January 2024; labour 2020–2023; childcare 2022; toeslag spending is the 2024 budget (1e suppletoire begroting).
The model computes 2026 rules on this population: docs/microsim.md explains what that mismatch does.
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class Target:
    name: str
    value: float
    source: str
    mark: str
    description: str


HOUSEHOLDS_TOTAL = 8_374_404  # StatLine 37975, 1-1-2024, CONFIRMED

#: Households by type and, for households with children (of any age), by number of children (StatLine 37975, 37620,
#: 71487ned). "overig" = other multi-person households without children.
HOUSEHOLD_TARGETS = [
    Target("alleenstaand", 3_340_560, "CBS StatLine 37975 (1-1-2024)", "CONFIRMED", "one-person households"),
    Target("paar_zonder_kinderen", 2_338_858, "CBS StatLine 37620 (1-1-2024), partners without children / 2", "DERIVED", "couples without children"),
    Target("overig", 47_052, "CBS 37975 multi-person without children − couples without children", "DERIVED", "other multi-person households without children"),
    Target("paar_1_kind", 778_946, "CBS StatLine 71487ned (1-1-2024), unmarried + married couples", "CONFIRMED", "couples with 1 child"),
    Target("paar_2_kinderen", 897_859, "CBS StatLine 71487ned (1-1-2024)", "CONFIRMED", "couples with 2 children"),
    Target("paar_3_of_meer_kinderen", 353_073, "CBS StatLine 71487ned (1-1-2024)", "CONFIRMED", "couples with 3 or more children"),
    Target("eenouder_1_kind", 381_715, "CBS StatLine 71487ned (1-1-2024)", "CONFIRMED", "single parents with 1 child"),
    Target("eenouder_2_kinderen", 177_232, "CBS StatLine 71487ned (1-1-2024)", "CONFIRMED", "single parents with 2 children"),
    Target("eenouder_3_of_meer_kinderen", 59_109, "CBS StatLine 71487ned (1-1-2024)", "CONFIRMED", "single parents with 3 or more children"),
    Target("paar_jongste_0_5", 665_718, "CBS StatLine 71487ned (1-1-2024)", "CONFIRMED", "couples whose youngest child is 0–5"),
    Target("eenouder_jongste_0_5", 94_367, "CBS StatLine 71487ned (1-1-2024)", "CONFIRMED", "single parents whose youngest child is 0–5"),
    Target("kinderen_0_3", 689_013, "CBS StatLine 37620 (1-1-2024), single years 0–3 summed", "DERIVED", "children aged 0–3"),
    Target("eenouder_moeder", round(0.86 * 618_056), "86 % of single parents are mothers (CBS/NRC 2008–2016, range 85–87 %)", "CONFIRMED (range, old)", "single parents who are the mother"),
]

LABOUR_TARGETS = [
    Target("werkende_vrouwen", 3_505_000, "CBS Emancipatiemonitor 2024 (2023), 15–65 not in education", "ONE SOURCE", "working women 18–64"),
    Target("werkende_mannen", 4_010_000, "CBS Emancipatiemonitor 2024 (2023), 15–65 not in education", "ONE SOURCE", "working men 18–64"),
    Target("uren_vrouwen", 29.2 * 3_505_000, "CBS Emancipatiemonitor 2022: 29.2 hours a week (2021) × working women", "CONFIRMED", "weekly hours of working women, summed"),
    Target("uren_mannen", 39.4 * 4_010_000, "CBS Emancipatiemonitor 2022: 39.4 hours a week (2021) × working men", "CONFIRMED", "weekly hours of working men, summed"),
    Target("deeltijd_vrouwen", 0.65 * 3_505_000, "Emancipatiemonitor 2024 via ANP: 65 % of working women part-time (< 35 h)", "ONE SOURCE", "working women < 35 hours"),
    Target("deeltijd_mannen", 0.18 * 4_010_000, "Emancipatiemonitor 2024 via ANP: 18 % of working men part-time (< 35 h)", "ONE SOURCE", "working men < 35 hours"),
    # Couples with children, EBB definition (working = at least 12 h, full-time = at least 35 h), StatLine 82919NED 2020.
    Target("paar_twee_voltijd", 0.115 * 2_029_878, "CBS StatLine 82919NED (2020): 11.5 % of couples with children", "ONE SOURCE", "couples with children: both full-time"),
    Target("paar_anderhalf", 0.551 * 2_029_878, "CBS StatLine 82919NED (2020): 55.1 %", "ONE SOURCE", "couples with children: one full-time, one part-time"),
    Target("paar_beide_deeltijd", 0.096 * 2_029_878, "CBS StatLine 82919NED (2020): 9.6 %", "ONE SOURCE", "couples with children: both part-time"),
    Target("paar_eenverdiener", 0.198 * 2_029_878, "CBS StatLine 82919NED (2020): 19.8 %", "ONE SOURCE", "couples with children: one works"),
    Target("uurloon_vrouwen", 27.15 * 3_505_000, "CBS via ANP (2025-04): mean gross hourly wage of women € 27,15 (2024)", "ONE SOURCE", "hourly wages of working women, summed"),
    Target("zelfstandigen", 1_586_000, "CBS StatLine 85278NED (2023): 1.586 k self-employed as main job (1.230 k zzp, 327 k with staff), 15–75", "ONE SOURCE", "self-employed partners (profit, no wage) below AOW age"),
    Target("uurloon_mannen", 30.32 * 4_010_000, "CBS via ANP (2025-04): mean gross hourly wage of men € 30,32 (2024)", "ONE SOURCE", "hourly wages of working men, summed"),
]

#: Issue 17: who does not work, and on which benefit. Without work (18–64) = outside the labour force + unemployed.
#: Emancipatiemonitor 2024 (2023, via ANP 2024-11): 17 % of women and 8 % of men aged 15–65 not in education have no
#: paid work and do not look for it; unemployed (Emancipatiemonitor 2022, fig. 3.1.1, 2021): 119 k women, 119 k men.
#: With the working targets W above, the population not in education is P = (W + 119 k) / (1 − share), so women
#: P = (3.505 k + 119 k) / 0,83 = 4.366 k, of whom 4.366 k − 3.505 k = 861 k without work; men P = (4.010 k + 119 k)
#: / 0,92 = 4.488 k, of whom 478 k without work.
BENEFIT_TARGETS = [
    Target("niet_werkende_vrouwen", round((3_505_000 + 119_000) / 0.83) - 3_505_000, "CBS Emancipatiemonitor 2024 via ANP (2024-11): 17 % of women 15–65 not in education without work and not looking (2023); + 119 k unemployed (Emancipatiemonitor 2022, 2021)", "DERIVED (ONE SOURCE)", "women 18–64 without paid work"),
    Target("niet_werkende_mannen", round((4_010_000 + 119_000) / 0.92) - 4_010_000, "CBS Emancipatiemonitor 2024 via ANP (2024-11): 8 % of men 15–65 not in education without work and not looking (2023); + 119 k unemployed (Emancipatiemonitor 2022, 2021)", "DERIVED (ONE SOURCE)", "men 18–64 without paid work"),
    Target("ww_ontvangers", 167_800, "UWV via ANP (2024-07): 167.800 WW benefits at the end of June 2024", "ONE SOURCE", "persons with a WW benefit"),
    Target("bijstand_vrouwen", 227_000, "CBS (2025-02/03, via gemeente.nu and Blik op Nieuws): 406 k persons below AOW age with algemene bijstand at the end of 2024, 227 k women", "CONFIRMED", "women (partners) in a household on bijstand"),
    Target("bijstand_mannen", 179_000, "CBS (2025-02/03, via gemeente.nu and Blik op Nieuws): 179 k men with algemene bijstand at the end of 2024", "CONFIRMED", "men (partners) in a household on bijstand"),
]

#: Average number of children in childcare with toeslag (SZW quarterly report, Q3 2022). We use the quarterly
#: *average*, not CBS's annual "at least one day" count (1.05 M), because the model computes a full year of care.
CHILDCARE_TARGETS = [
    Target("kinderen_dagopvang", 372_000, "SZW kwartaalrapportage kinderopvang Q3 2022 (kinderdagcentra)", "ONE SOURCE", "children in day care (average)"),
    Target("kinderen_bso", 428_000, "SZW kwartaalrapportage kinderopvang Q3 2022 (bso)", "ONE SOURCE", "children in out-of-school care (average)"),
    Target("kinderen_gastouder_0_3", 57_000, "SZW kwartaalrapportage kinderopvang Q3 2022 (gastouder 0–3)", "ONE SOURCE", "children 0–3 with a childminder (average)"),
    Target("kinderen_gastouder_4_11", 33_000, "SZW kwartaalrapportage kinderopvang Q3 2022 (gastouder 4–11)", "ONE SOURCE", "children 4–11 with a childminder (average)"),
]

#: Owner-occupied homes (59.1 %, 86079NED) follow exactly from the total and the two rent targets; a third column
#: would make the raking columns linearly dependent, so it is not a separate target.
HOUSING_TARGETS = [
    Target("sociale_huur", round(0.288 * HOUSEHOLDS_TOTAL), "CBS StatLine 86079NED (31-12-2022): 28.8 % rent from a housing corporation", "CONFIRMED", "households renting from a corporation"),
    Target("vrije_huur", round(0.121 * HOUSEHOLDS_TOTAL), "CBS StatLine 86079NED (31-12-2022): 12.1 % rent from other landlords", "CONFIRMED", "households renting from other landlords"),
]

#: Targets that depend on a model run of the generated population (computed once, with the baseline rules).
MODEL_TARGETS = [
    Target("huurtoeslag_ontvangers", 1_500_000, "Rijksoverheid/ANP 2025-04: about 1.5 M households (1.46 M in 2022, ESB)", "CONFIRMED", "households receiving huurtoeslag"),
]

ALL_TARGETS = HOUSEHOLD_TARGETS + LABOUR_TARGETS + BENEFIT_TARGETS + CHILDCARE_TARGETS + HOUSING_TARGETS + MODEL_TARGETS

#: Published spending (€ million, 2024 budget after the 1e suppletoire begroting), to compare the model's weighted
#: totals with. Not used for calibration: the weights must not absorb errors in the rules.
PUBLISHED_SPENDING = {
    "kinderopvangtoeslag": (4679.1, "Rijksbegroting 2024 XV, 1e suppletoire (rijksfinancien.nl)", "ONE SOURCE"),
    "huurtoeslag": (5680.3, "Rijksbegroting 2024 VII, 1e suppletoire (rijksfinancien.nl)", "ONE SOURCE"),
    "kindgebonden_budget": (4684.6, "Rijksbegroting 2024 XV, 1e suppletoire (rijksfinancien.nl)", "ONE SOURCE"),
    "kinderbijslag": (4546.8, "Rijksbegroting 2024 XV, 1e suppletoire (rijksfinancien.nl)", "ONE SOURCE"),
    "zorgtoeslag": (5500.4, "Rijksbegroting 2021 XVI, 1e suppletoire (2024 not found)", "ONE SOURCE (2021)"),
    # Issue 17: the model's gross bijstand against the BUIG macrobudget, which is broader (also IOAW, IOAZ, Bbz
    # levensonderhoud and loonkostensubsidie): https://www.rijksfinancien.nl/memorie-van-toelichting/2024/1SUPP/XV/onderdeel/2767148
    "bijstand_bruto": (6867.7, "Rijksbegroting 2024 XV, 1e suppletoire, art. 2: macrobudget participatiewetuitkering (BUIG; also IOAW, IOAZ, Bbz, loonkostensubsidie)", "ONE SOURCE (broader)"),
}

#: Published shares for validation (not calibrated on): economic independence 2024 (CBS, 21-10-2025, CONFIRMED).
PUBLISHED_INDEPENDENCE = {"vrouw": 0.70, "man": 0.83}
