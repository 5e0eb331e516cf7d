"""Weighted outputs of a baseline and its reforms: economic independence, deciles, winners and losers, budget cost,
marginal pressure of second earners. Every table is a list of dicts (written as CSV and Parquet by `report`)."""

from __future__ import annotations

import numpy as np

from werkzorg.microsim.population import HOUSEHOLD_TYPES, Population
from werkzorg.microsim.run import Results
from werkzorg.microsim.targets import PUBLISHED_INDEPENDENCE, PUBLISHED_SPENDING

AOW_AGE = 67
YOUNGEST_BANDS = ("geen_kind", "0_3", "4_11", "12_17", "18_plus")
HOUSEHOLD_GROUPS = ("alleenstaand", "paar_zonder_kinderen", "overig", "paar_met_kinderen", "eenouder")
GENDER_NAMES = ("vrouw", "man")

#: Instruments in the budget table: (name, output column, sign: +1 spending, −1 revenue).
INSTRUMENTS = (
    ("zorgtoeslag", "zorgtoeslag", 1),
    ("huurtoeslag", "huurtoeslag", 1),
    ("kindgebonden_budget", "kindgebonden_budget", 1),
    ("kinderopvangtoeslag", "kinderopvangtoeslag", 1),
    ("kinderbijslag", "kinderbijslag", 1),
    # Issue 17: the gross bijstand the model computes (microsim/bijstand.py); the tax on it comes back in the tax line.
    ("bijstand", "bijstand_bruto", 1),
    ("algemene_heffingskorting", "algemene_heffingskorting_verrekend", 1),
    ("algemene_heffingskorting_uitbetaling", "algemene_heffingskorting_uitbetaling", 1),
    ("arbeidskorting", "arbeidskorting_verrekend", 1),
    ("inkomensafhankelijke_combinatiekorting", "inkomensafhankelijke_combinatiekorting_verrekend", 1),
    ("inkomstenbelasting_en_premies", "inkomstenbelasting", -1),
)
PRESSURE_BINS = (-np.inf, 0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0, np.inf)


def weighted_quantiles(values: np.ndarray, weights: np.ndarray, quantiles) -> np.ndarray:
    order = np.argsort(values, kind="stable")
    cumulative = np.cumsum(weights[order])
    positions = np.searchsorted(cumulative, np.asarray(quantiles) * cumulative[-1], side="left")
    return values[order][np.clip(positions, 0, len(values) - 1)]


def youngest_band(youngest: np.ndarray) -> np.ndarray:
    return np.select([youngest < 0, youngest <= 3, youngest <= 11, youngest <= 17], [0, 1, 2, 3], 4)


#: CBS equivalence factors: rows 1 to 4 adults (18 and over), columns 0 to 4 children under 18. Source: CBS,
#: "Materiële welvaart in Nederland 2020", Bijlage A, tabel A.1 (https://longreads.cbs.nl/materiele-welvaart-in-nederland-2020/bijlagen/);
#: the same table is in "Welvaart in Nederland 2019". Larger households take the table's last row or column (rare in
#: the synthetic population: at most two partners and four children).
CBS_EQUIVALENCE = np.array(
    [
        [1.00, 1.33, 1.51, 1.76, 1.95],
        [1.37, 1.67, 1.88, 2.06, 2.28],
        [1.73, 1.95, 2.14, 2.32, 2.49],
        [2.00, 2.19, 2.37, 2.53, 2.68],
    ]
)
#: CBS low-income threshold ("lage-inkomensgrens"): standardised disposable household income *excluding huurtoeslag*
#: below € 13.500 a year at the price level of 2021 (€ 1.130 a month for a single person). CBS, 2023, "Inkomen
#: agrarische huishoudens in 2021 hoger dan gemiddeld", https://cbs.nl/nl-nl/nieuws/2023/49/inkomen-agrarische-huishoudens-in-2021-hoger-dan-gemiddeld/lage-inkomensgrens
#: (before issue 17: € 13.200 at 2020 prices, CBS 30-11-2021). CBS moves the threshold with consumer prices only and
#: publishes it per year; the latest found in the stored sources is 2021's. werkzorg has no confirmed price index for
#: later years, so it uses the 2021 amount unchanged and every result says so (the poverty rate is then too low).
LOW_INCOME_THRESHOLD = 13_500.0
LOW_INCOME_PRICE_YEAR = 2021
LOW_INCOME_SOURCE = "CBS, lage-inkomensgrens (€ 13.500 per jaar voor een alleenstaande, prijspeil 2021; CBS-nieuwsbericht 2023/49)"
#: A change of at most this many euros a year in disposable income counts as "unchanged" (rounding in the rules).
UNCHANGED_EUROS = 0.5
#: What the synthetic population cannot show, per outcome (shown next to the figures and in the report).
CONFIDENCE_NOTES = {
    "armoede": (
        f"Grens: de lage-inkomensgrens van het CBS in prijzen van {LOW_INCOME_PRICE_YEAR} (de laatste die werkzorg "
        "vond), niet aangepast aan de prijzen van het rekenjaar; het aandeel is daardoor te laag. De populatie kent geen studenten, mensen in instellingen, "
        "vermogensinkomen of alimentatie; het CBS telt huishoudens met een inkomen van minder dan een jaar niet mee."
    ),
    "gini": (
        "Gini van het gestandaardiseerde besteedbare inkomen van personen (CBS-equivalentiefactoren). De populatie "
        "heeft geen vermogensinkomen en weinig zeer hoge inkomens: de ongelijkheid is lager dan in de CBS-cijfers."
    ),
    "winnaars_verliezers": "Winnaar of verliezer: het besteedbare inkomen van het huishouden stijgt of daalt meer dan € 0,50 per jaar.",
}


def equivalence_factor(population: Population) -> np.ndarray:
    """The CBS equivalence factor of each household (CBS_EQUIVALENCE): adults are persons of 18 and over, children
    those under 18 (CBS counts children living at home from 18 as adults)."""
    p = population.persons
    adult = p["leeftijd"] >= 18
    adults = population.count_per_household(adult).astype(np.int64)
    children = population.count_per_household(~adult).astype(np.int64)
    rows = np.clip(adults, 1, CBS_EQUIVALENCE.shape[0]) - 1
    columns = np.clip(children, 0, CBS_EQUIVALENCE.shape[1] - 1)
    return CBS_EQUIVALENCE[rows, columns]


def standardised_income(population: Population, disposable: np.ndarray) -> np.ndarray:
    """Disposable household income divided by the CBS equivalence factor (the income of a single person with the
    same standard of living)."""
    return disposable / equivalence_factor(population)


def gini(values: np.ndarray, weights: np.ndarray) -> float:
    """The weighted Gini coefficient: 1 − twice the area under the Lorenz curve (trapezium rule; ties in any order
    give the same result)."""
    order = np.argsort(values, kind="stable")
    x, w = np.asarray(values, float)[order], np.asarray(weights, float)[order]
    population_share = np.concatenate([[0.0], np.cumsum(w)]) / w.sum()
    income_share = np.concatenate([[0.0], np.cumsum(w * x)]) / (w @ x)
    return float(1 - np.sum(np.diff(population_share) * (income_share[1:] + income_share[:-1])))


def _person_weights(population: Population) -> np.ndarray:
    return population.households["weight"][population.persons["household_id"]]


def poverty_and_inequality(population: Population, results_list: list[Results]) -> list[dict]:
    """Per scenario: the share of persons and of children (under 18) in a household below the CBS low-income
    threshold, and the Gini of persons' standardised disposable income."""
    hid = population.persons["household_id"]
    weight = _person_weights(population)
    child = population.persons["leeftijd"] < 18
    factor = equivalence_factor(population)
    rows = []
    for results in results_list:
        disposable = results.households["besteedbaar_inkomen"]
        low = ((disposable - results.households["huurtoeslag"]) / factor < LOW_INCOME_THRESHOLD)[hid]
        rows.append(
            {
                "scenario": results.spec.name,
                "personen_laag_inkomen": float(weight[low].sum()),
                "aandeel_personen_laag_inkomen": float(weight[low].sum() / weight.sum()),
                "aandeel_kinderen_laag_inkomen": float(weight[low & child].sum() / weight[child].sum()) if child.any() else None,
                "gini": gini((disposable / factor)[hid], weight),
                "grens_per_jaar": LOW_INCOME_THRESHOLD,
                "grens_prijspeil": LOW_INCOME_PRICE_YEAR,
            }
        )
    return rows


def winners_losers(population: Population, baseline: Results, reforms: list[Results]) -> list[dict]:
    """Per reform: persons (weighted) whose household gains, loses or keeps the same disposable income, and the
    average gain of the winners and loss of the losers in euro a year (per household)."""
    hid = population.persons["household_id"]
    weight = _person_weights(population)
    h_weight = population.households["weight"]
    rows = []
    for reform in reforms:
        change = reform.households["besteedbaar_inkomen"] - baseline.households["besteedbaar_inkomen"]
        gain, loss = change > UNCHANGED_EUROS, change < -UNCHANGED_EUROS
        rows.append(
            {
                "hervorming": reform.spec.name,
                "personen_erop_vooruit": float(weight[gain[hid]].sum()),
                "personen_erop_achteruit": float(weight[loss[hid]].sum()),
                "personen_gelijk": float(weight[~(gain | loss)[hid]].sum()),
                "aandeel_personen_vooruit": float(weight[gain[hid]].sum() / weight.sum()),
                "aandeel_personen_achteruit": float(weight[loss[hid]].sum() / weight.sum()),
                "gemiddelde_winst_huishouden": float(np.average(change[gain], weights=h_weight[gain])) if gain.any() else 0.0,
                "gemiddeld_verlies_huishouden": float(np.average(change[loss], weights=h_weight[loss])) if loss.any() else 0.0,
            }
        )
    return rows


def zero_effect_explanation(population: Population, baseline: Results, reform: Results) -> str | None:
    """Why a reform changes nothing for anyone in the population (None when it changes something)."""
    if any(not np.array_equal(reform.households[name], baseline.households[name]) for name in ("besteedbaar_inkomen", "netto_inkomen_partners", "inkomstenbelasting", *(column for _, column, _ in INSTRUMENTS if column in baseline.households))):
        return None
    return (
        "Deze hervorming verandert voor geen enkel huishouden in de populatie iets. Geen huishouden is in de situatie "
        "die de hervorming verandert (bijvoorbeeld: alle ouders met kinderopvang in de populatie werken al, of niemand "
        f"komt aan de grens die wordt verschoven). Of de wijziging gaat pas na {population.year} in. Dat zegt iets over "
        "de synthetische populatie, niet per se over Nederland."
    )


def _independence_rows(population, results_list, group_name, group_values, labels):
    p = population.persons
    weight = population.households["weight"][p["household_id"]]
    adult = (p["rol"] == 0) & (p["leeftijd"] >= 18) & (p["leeftijd"] < AOW_AGE)
    rows = []
    for gender, gender_name in enumerate(GENDER_NAMES):
        for code, label in enumerate(labels):
            mask = adult & (p["geslacht"] == gender) & ((group_values == code) if group_values is not None else True)
            total = float(weight[mask].sum())
            if total == 0:
                continue
            row = {"geslacht": gender_name, group_name: label, "personen": total}
            base = None
            for results in results_list:
                share = float(weight[mask & results.persons["economisch_zelfstandig"]].sum() / total)
                row[f"aandeel_{results.spec.name}"] = share
                if base is None:
                    base = share
                else:
                    row[f"verschil_{results.spec.name}"] = share - base
                    row[f"extra_personen_{results.spec.name}"] = (share - base) * total
            rows.append(row)
    return rows


def independence(population: Population, results_list: list[Results]) -> dict[str, list[dict]]:
    """Share economically independent (CBS: own net income from work ≥ the threshold) of people aged 18 to AOW age
    who are partners in their household (children living at home are left out as mostly in education)."""
    hid = population.persons["household_id"]
    htype = population.households["household_type"][hid]
    band = youngest_band(population.youngest_child_age())[hid]
    return {
        "zelfstandigheid_geslacht": _independence_rows(population, results_list, "groep", None, ["alle"]),
        "zelfstandigheid_huishouden": _independence_rows(population, results_list, "huishouden", htype, HOUSEHOLD_TYPES),
        "zelfstandigheid_jongste_kind": _independence_rows(population, results_list, "jongste_kind", band, YOUNGEST_BANDS),
    }


def deciles(population: Population, baseline: Results, reforms: list[Results]) -> list[dict]:
    """Per decile of standardised disposable income in the baseline (households, weighted): mean disposable income,
    and per reform the change and the share of households gaining or losing more than 1 % and 5 %."""
    weight = population.households["weight"]
    base = baseline.households["besteedbaar_inkomen"]
    standardised = base / equivalence_factor(population)
    bounds = weighted_quantiles(standardised, weight, np.arange(1, 10) / 10)
    decile = np.searchsorted(bounds, standardised, side="left")  # a household at a boundary belongs to the lower decile
    rows = []
    for d in range(10):
        mask = decile == d
        w = weight[mask]
        total = w.sum()
        row = {
            "deciel": d + 1,
            "huishoudens": float(total),
            "grens_gestandaardiseerd_onder": float(bounds[d - 1]) if d > 0 else None,
            "besteedbaar_basis": float(np.average(base[mask], weights=w)) if total else 0.0,
        }
        for reform in reforms:
            new = reform.households["besteedbaar_inkomen"][mask]
            change = new - base[mask]
            relative = np.divide(change, np.abs(base[mask]), out=np.where(change > 0, np.inf, np.where(change < 0, -np.inf, 0.0)), where=np.abs(base[mask]) > 1)
            n = reform.spec.name
            row[f"besteedbaar_{n}"] = float(np.average(new, weights=w)) if total else 0.0
            row[f"verschil_{n}"] = float(np.average(change, weights=w)) if total else 0.0
            for label, cut in (("wint_1pct", 0.01), ("wint_5pct", 0.05)):
                row[f"{label}_{n}"] = float(w[relative > cut].sum() / total) if total else 0.0
            for label, cut in (("verliest_1pct", 0.01), ("verliest_5pct", 0.05)):
                row[f"{label}_{n}"] = float(w[relative < -cut].sum() / total) if total else 0.0
        rows.append(row)
    return rows


def budget(population: Population, baseline: Results, reforms: list[Results]) -> list[dict]:
    """Weighted totals per instrument in € million, and per reform the cost for the government (+ = costs money)."""
    weight = population.households["weight"]
    rows = []
    net = {r.spec.name: 0.0 for r in reforms}
    for name, column, sign in INSTRUMENTS:
        if column not in baseline.households:  # results made before issue 17 have no bijstand
            continue
        base_total = float(weight @ baseline.households[column]) / 1e6
        row = {"instrument": name, "basis_mln": base_total}
        published = PUBLISHED_SPENDING.get(name)
        row["gepubliceerd_mln"] = published[0] if published else None
        for reform in reforms:
            total = float(weight @ reform.households[column]) / 1e6
            row[f"{reform.spec.name}_mln"] = total
            row[f"kosten_{reform.spec.name}_mln"] = sign * (total - base_total)
            if name != "algemene_heffingskorting" and name not in ("arbeidskorting", "inkomensafhankelijke_combinatiekorting"):
                net[reform.spec.name] += sign * (total - base_total)  # credits act through the tax line (no double count)
        rows.append(row)
    row = {"instrument": "netto_kosten", "basis_mln": None, "gepubliceerd_mln": None}
    for reform in reforms:
        row[f"kosten_{reform.spec.name}_mln"] = net[reform.spec.name]
    rows.append(row)
    return rows


def published_comparison(population: Population, baseline: Results) -> list[dict]:
    weight = population.households["weight"]
    rows = []
    for name, (amount, source, mark) in PUBLISHED_SPENDING.items():
        if name not in baseline.households:  # results made before issue 17 have no bijstand
            continue
        model = float(weight @ baseline.households[name]) / 1e6
        recipients = float(weight[baseline.households[name] > 0].sum())
        rows.append({"regeling": name, "model_mln": model, "gepubliceerd_mln": amount, "verschil": model / amount - 1, "ontvangers_model": recipients, "bron": source, "betrouwbaarheid": mark})
    return rows


def marginal_pressure(population: Population, results_list: list[Results]) -> list[dict]:
    """Distribution of the second earner's marginal pressure (one extra working day), weighted households."""
    weight = population.households["weight"]
    rows = []
    labels = ["< 0 %", "0–20 %", "20–40 %", "40–50 %", "50–60 %", "60–70 %", "70–80 %", "80–100 %", "≥ 100 %"]
    for results in results_list:
        pressure = results.households["marginale_druk_tweede_verdiener"]
        gender = results.households["tweede_verdiener_geslacht"]
        for g, gender_name in [(-2, "alle"), (0, "vrouw"), (1, "man")]:
            mask = np.isfinite(pressure) & ((gender == g) if g >= 0 else True)
            w = weight[mask]
            if w.sum() == 0:
                continue
            which = np.searchsorted(PRESSURE_BINS, pressure[mask], side="right") - 1
            row = {"scenario": results.spec.name, "tweede_verdiener": gender_name, "huishoudens": float(w.sum()) * results.marginal_every, "mediaan": float(weighted_quantiles(pressure[mask], w, [0.5])[0])}
            for i, label in enumerate(labels):
                row[label] = float(w[which == i].sum() / w.sum())
            rows.append(row)
    return rows


def headline(population: Population, baseline: Results, reforms: list[Results]) -> list[dict]:
    """One row per reform: independence of women and men, winners, losers, net cost."""
    tables = independence(population, [baseline, *reforms])["zelfstandigheid_geslacht"]
    by_gender = {row["geslacht"]: row for row in tables}
    weight = population.households["weight"]
    cost = {row["instrument"]: row for row in budget(population, baseline, reforms)}["netto_kosten"]
    rows = []
    for reform in reforms:
        n = reform.spec.name
        change = reform.households["besteedbaar_inkomen"] - baseline.households["besteedbaar_inkomen"]
        rows.append(
            {
                "hervorming": n,
                "zelfstandig_vrouwen_basis": by_gender["vrouw"][f"aandeel_{baseline.spec.name}"],
                "zelfstandig_vrouwen_hervorming": by_gender["vrouw"][f"aandeel_{n}"],
                "extra_zelfstandige_vrouwen": by_gender["vrouw"][f"extra_personen_{n}"],
                "zelfstandig_mannen_basis": by_gender["man"][f"aandeel_{baseline.spec.name}"],
                "zelfstandig_mannen_hervorming": by_gender["man"][f"aandeel_{n}"],
                "extra_zelfstandige_mannen": by_gender["man"][f"extra_personen_{n}"],
                "huishoudens_erop_vooruit": float(weight[change > 0.5].sum()),
                "huishoudens_erop_achteruit": float(weight[change < -0.5].sum()),
                "netto_kosten_mln": cost[f"kosten_{n}_mln"],
                "toelichting": zero_effect_explanation(population, baseline, reform) or "",
            }
        )
    return rows


def all_tables(population: Population, baseline: Results, reforms: list[Results]) -> dict[str, list[dict]]:
    tables = {"samenvatting": headline(population, baseline, reforms)} if reforms else {}
    tables.update(independence(population, [baseline, *reforms]))
    tables["decielen"] = deciles(population, baseline, reforms)
    tables["armoede_ongelijkheid"] = poverty_and_inequality(population, [baseline, *reforms])
    if reforms:
        tables["winnaars_verliezers"] = winners_losers(population, baseline, reforms)
    tables["budget"] = budget(population, baseline, reforms)
    tables["gepubliceerde_uitgaven"] = published_comparison(population, baseline)
    tables["marginale_druk_tweede_verdiener"] = marginal_pressure(population, [baseline, *reforms])
    return tables


def published_independence() -> dict[str, float]:
    return dict(PUBLISHED_INDEPENDENCE)
