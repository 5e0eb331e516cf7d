"""Questions that together reach every text the leave finder can write (each branch of rules.py and finder.py)."""

from __future__ import annotations

import json
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "verlof"

BASE = {"peildatum": "2026-03-01", "uren_per_week": 32, "jaarloon": 42000}

CASES: dict[str, dict] = {
    "zwangerschap": {"situatie": "zwangerschap", "uitgerekende_datum": "2026-07-01"},
    "zwangerschap_ziek_ziekenhuis": {"situatie": "zwangerschap", "uitgerekende_datum": "2026-07-01", "start_verlof": "2026-06-04",
                                     "ziek_voor_verlof_dagen": 1, "geboortedatum": "2026-06-17", "ziekenhuisopname_kind_dagen": 49},
    "zwangerschap_meerling_vroeg": {"situatie": "zwangerschap", "uitgerekende_datum": "2026-07-01", "meerling": True, "geboortedatum": "2026-05-06"},
    "zwangerschap_zonder_loon": {"situatie": "zwangerschap", "uitgerekende_datum": "2026-07-01", "jaarloon": None},
    "zez_vol": {"situatie": "zwangerschap", "uitgerekende_datum": "2026-07-01", "zelfstandige": True, "uren_vorig_jaar_zelfstandig": 1400},
    "zez_winst": {"situatie": "zwangerschap", "uitgerekende_datum": "2026-07-01", "zelfstandige": True},
    "partner": {"situatie": "geboorte_partner", "uitgerekende_datum": "2026-07-01", "start_verlof": "2026-07-20"},
    "partner_moeder_overleden": {"situatie": "geboorte_partner", "geboortedatum": "2026-02-20", "moeder_overleden": True,
                                 "uren_per_week": [{"werkgever": "Bakkerij De Rijs", "uren_per_week": 20}, {"werkgever": "Gemeente Utrecht", "uren_per_week": 16}]},
    "adoptie": {"situatie": "adoptie", "geboortedatum": "2026-05-01", "start_verlof": "2026-05-01"},
    "pleegzorg": {"situatie": "pleegzorg", "geboortedatum": "2026-04-01"},
    "ouderschap_uren_anders": {"situatie": "ouderschap", "geboortedatum": "2025-09-01", "start_verlof": "2026-06-01",
                               "opgenomen_ouderschapsverlof_uren": 320, "nieuwe_uren_per_week": 24},
    "ouderschap_ouder_kind": {"situatie": "ouderschap", "geboortedatum": "2022-01-01"},
    "zorg_naaste": {"situatie": "zorg_naaste", "start_verlof": "2026-04-01", "werkgever_aantal_werknemers": 40, "maanden_in_dienst": 30},
    "zorg_naaste_klein_kort": {"situatie": "zorg_naaste", "werkgever_aantal_werknemers": 5, "maanden_in_dienst": 2},
    "calamiteit": {"situatie": "calamiteit", "jaarloon": None},
    "aanpassing_arbeidsduur": {"situatie": "aanpassing_arbeidsduur", "gewenste_ingangsdatum": "2026-09-01", "nieuwe_uren_per_week": 24},
}


def questions() -> dict[str, dict]:
    """Every case above and every example in examples/verlof/*.json, by name."""
    found = {name: {k: v for k, v in {**BASE, **case}.items() if v is not None} for name, case in CASES.items()}
    for path in sorted(EXAMPLES.glob("*.json")):
        found[f"example_{path.stem}"] = json.loads(path.read_text(encoding="utf-8"))
    return found
