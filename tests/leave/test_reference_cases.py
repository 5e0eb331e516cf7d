"""The leave finder against the reference cases of shared/reference/leave-rules-2026.md §17.

Each case names where its rule and numbers come from (UWV, Rijksoverheid, the former Verlofregelaar of the Ministry
of SZW). "Derived" cases compute amounts by hand from those rules and the cited maximumdagloon; the arithmetic is
written out.
"""

import datetime

import pytest

from werkzorg.leave.finder import find
from werkzorg.leave.rules import pregnancy_dates
from werkzorg.leave.schema import LeaveInputError, parse_question

D = datetime.date


def regeling(question: dict, code: str):
    found = [r for r in find(parse_question({"peildatum": "2026-03-01", **question})) if r.code == code]
    assert found, code
    return found[0]


@pytest.mark.parametrize(("hours", "expected"), [(32, 32), (30, 30), (40, 40)])
def test_geboorteverlof_is_once_the_weekly_hours(hours, expected):
    """R1: 4 days × 8 h → 32 h (centrumvoorverloskunde-roos.nl); R2: 5 × 6 h → 30 h (fbaa.nl quoting rijksoverheid.nl);
    R3: contract 40 h while taking 12 h/week ouderschapsverlof → 40 h, contract hours count (fbaa.nl)."""
    r = regeling({"situatie": "geboorte_partner", "uren_per_week": hours, "geboortedatum": "2026-05-10"}, "geboorteverlof")
    assert r.uren == expected
    assert r.betaald_door == "werkgever" and r.percentage == 1.0
    assert r.tot == D(2026, 6, 7)  # within 4 weeks after the birth


def test_r4_born_a_week_early_after_six_weeks_of_leave():
    """R4 (verlofregelaar.nl; szw.rijksopenheid.nl): leave from 6 weeks before the day after the due date, born 1 week
    early → 5 weeks zwangerschapsverlof + 11 weeks bevallingsverlof = 16 weeks."""
    due = D(2026, 7, 1)
    q = parse_question({"situatie": "zwangerschap", "uren_per_week": 36, "uitgerekende_datum": due.isoformat(),
                        "start_verlof": "2026-05-21", "geboortedatum": "2026-06-24"})
    dates = pregnancy_dates(q)
    assert dates.zwangerschapsverlof_dagen == 35 and dates.bevallingsverlof_dagen == 77


def test_r4c_start_four_weeks_before_birth_on_due_date():
    """R4c (verlofregelaar.nl; CNV): start 4 weeks before, birth on the due date → 12 weeks bevallingsverlof, 16 in total."""
    q = parse_question({"situatie": "zwangerschap", "uren_per_week": 36, "uitgerekende_datum": "2026-07-01", "start_verlof": "2026-06-04"})
    dates = pregnancy_dates(q)
    assert dates.bevallingsverlof_dagen == 84
    assert dates.zwangerschapsverlof_dagen + dates.bevallingsverlof_dagen == 112


def test_r4d_born_before_the_leave_started():
    """R4d (uwv.nl, bevallen voordat het verlof is begonnen): born 8 weeks before the due date → 16 weeks from the day after."""
    r = regeling({"situatie": "zwangerschap", "uren_per_week": 36, "uitgerekende_datum": "2026-07-01", "geboortedatum": "2026-05-06"}, "zwangerschaps_en_bevallingsverlof")
    assert r.van == D(2026, 5, 7) and r.dagen == 112 and r.tot == D(2026, 8, 26)


def test_r5_illness_in_the_flexibility_window_shortens_the_bevallingsverlof():
    """R5 (uwv.nl, ziek door zwangerschap, the Fatima example): due 1 July → window 21 May – 4 June; leave from 4 June;
    sick 21 May – 3 June (14 days) → those days count as zwangerschapsverlof; born on 1 July: 10 weeks instead of 12."""
    q = parse_question({"situatie": "zwangerschap", "uren_per_week": 36, "uitgerekende_datum": "2026-07-01", "start_verlof": "2026-06-04", "ziek_voor_verlof_dagen": 14})
    dates = pregnancy_dates(q)
    assert (dates.vroegst, dates.uiterlijk) == (D(2026, 5, 21), D(2026, 6, 4))
    assert dates.bevallingsverlof_dagen == 70


def test_r6_twins_born_three_weeks_early():
    """R6 (poraad.nl): twins, leave from 8 weeks before, born 3 weeks early → bevallingsverlof 15 weeks (20 − 5)."""
    q = parse_question({"situatie": "zwangerschap", "uren_per_week": 36, "uitgerekende_datum": "2026-07-01", "meerling": True,
                        "start_verlof": "2026-05-07", "geboortedatum": "2026-06-10"})
    assert pregnancy_dates(q).bevallingsverlof_dagen == 105


def test_r6c_twins_sick_before_the_start():
    """R6c (uwv.nl, meerling): leave from 8 weeks before, sick the week before (inside the 10-8 week window), born 2 weeks
    early → 7 weeks before + 13 weeks after = 20 weeks."""
    q = parse_question({"situatie": "zwangerschap", "uren_per_week": 36, "uitgerekende_datum": "2026-07-01", "meerling": True,
                        "start_verlof": "2026-05-07", "ziek_voor_verlof_dagen": 7, "geboortedatum": "2026-06-17"})
    dates = pregnancy_dates(q)
    assert dates.zwangerschapsverlof_dagen == 49 and dates.bevallingsverlof_dagen == 91


def test_r6d_twins_window():
    """R6d (concent.nl): due 1 July 2016, twins → leave possible from 23 April 2016, must start by 7 May 2016."""
    q = parse_question({"situatie": "zwangerschap", "uren_per_week": 36, "uitgerekende_datum": "2016-07-01", "meerling": True, "peildatum": "2025-03-01"})
    dates = pregnancy_dates(q)
    assert (dates.vroegst, dates.uiterlijk) == (D(2016, 4, 23), D(2016, 5, 7))


def test_r7_hospital_extension():
    """R7 (uwv.nl, verlof als mijn kind na de bevalling in het ziekenhuis ligt; final line derived): 4 weeks leave taken,
    born 2 weeks early → bevallingsverlof 14 weeks; 49 days in hospital: 49 − 7 = 42, minus the 28 days by which the
    leave already exceeds 10 weeks → 14 extra days."""
    q = parse_question({"situatie": "zwangerschap", "uren_per_week": 36, "uitgerekende_datum": "2026-07-01", "start_verlof": "2026-06-04",
                        "geboortedatum": "2026-06-17", "ziekenhuisopname_kind_dagen": 49})
    dates = pregnancy_dates(q)
    assert dates.bevallingsverlof_dagen == 98 and dates.ziekenhuis_verlenging_dagen == 14


def test_r11_pregnancy_benefit_per_day():
    """R11 (derived): SV-loon € 40.000 → dagloon 40.000 / 261 = € 153,26, 100 % → € 153,26 a day."""
    r = regeling({"situatie": "zwangerschap", "uren_per_week": 36, "jaarloon": 40000, "uitgerekende_datum": "2026-07-01"}, "zwangerschaps_en_bevallingsverlof")
    assert r.bedrag_per_dag == 153.26 and r.betaald_door.startswith("UWV")


def test_r11b_pregnancy_benefit_capped():
    """R11b: daily wage above the cap, 2026 → the maximumdagloon € 304,25 (seh.nl; = € 79.409 / 261)."""
    r = regeling({"situatie": "zwangerschap", "uren_per_week": 36, "jaarloon": 150000, "uitgerekende_datum": "2026-07-01"}, "zwangerschaps_en_bevallingsverlof")
    assert r.bedrag_per_dag == 304.25


@pytest.mark.parametrize(("hours", "expected"), [(36, 180), (40, 200)])
def test_aanvullend_geboorteverlof_hours(hours, expected):
    """R9 (p-direkt.nl; rijksoverheid.nl): 36 h → at most 5 × 36 = 180 h; R9b (beyn.nl): 40 h → 200 h; within 6 months,
    ask at least 4 weeks before, 70 % of the daily wage."""
    r = regeling({"situatie": "geboorte_partner", "uren_per_week": hours, "geboortedatum": "2026-05-10", "start_verlof": "2026-06-15"}, "aanvullend_geboorteverlof")
    assert r.uren == expected and r.percentage == 0.7
    assert r.tot == D(2026, 11, 10) and r.aanvragen_uiterlijk == D(2026, 5, 18)


@pytest.mark.parametrize(("salary", "per_day"), [(100000, 212.98), (52200, 140.00)])
def test_r10_seventy_percent_benefits(salary, per_day):
    """R10 (derived): SV-loon € 100.000 → dagloon € 383,14, capped at € 304,25 → 70 % = € 212,975 ≈ € 212,98;
    R10b: € 52.200 → dagloon € 200,00 → € 140,00 a day."""
    r = regeling({"situatie": "geboorte_partner", "uren_per_week": 40, "jaarloon": salary, "geboortedatum": "2026-05-10"}, "aanvullend_geboorteverlof")
    assert r.bedrag_per_dag == per_day
    b = regeling({"situatie": "geboorte_partner", "uren_per_week": 40, "jaarloon": salary, "geboortedatum": "2026-05-10"}, "betaald_ouderschapsverlof")
    assert b.bedrag_per_dag == per_day


@pytest.mark.parametrize(("hours", "total", "paid"), [(32, 832, 288), (36, 936, 324)])
def test_r12_ouderschapsverlof(hours, total, paid):
    """R12 (verlofregelaar.nl): 32 h → 26 × 32 = 832 h until age 8, of which 9 × 32 = 288 h paid in year 1 at 70 %;
    R12b (rendement.nl): 36 h → 936 h."""
    q = {"situatie": "ouderschap", "uren_per_week": hours, "geboortedatum": "2025-09-01", "start_verlof": "2026-06-01"}
    r = regeling(q, "ouderschapsverlof")
    assert r.uren == total and r.tot == D(2033, 8, 31) and r.aanvragen_uiterlijk == D(2026, 4, 1)
    assert regeling(q, "betaald_ouderschapsverlof").uren == paid


def test_ouderschapsverlof_with_a_wished_start_date_gives_both_deadlines():
    """Wazo hoofdstuk 6 (verlofregelaar.nl "hoe kan ik ouderschapsverlof aanvragen"): ask in writing at least two
    months before the start: start 1 March 2027 → ask by 1 January 2027. The employer may change the spread for a
    zwaarwegend bedrijfsbelang until four weeks before the start: 1 March 2027 − 28 days = 1 February 2027."""
    q = {"situatie": "ouderschap", "uren_per_week": 32, "geboortedatum": "2026-07-01", "gewenste_ingangsdatum": "2027-03-01"}
    r = regeling(q, "ouderschapsverlof")
    assert r.aanvragen_uiterlijk == D(2027, 1, 1)
    assert r.werkgever_wijzigt_uiterlijk == D(2027, 2, 1)
    assert regeling(q, "betaald_ouderschapsverlof").aanvragen_uiterlijk == D(2027, 1, 1)


def test_ouderschapsverlof_after_a_change_of_hours():
    """Verlofregelaar.nl: remaining hours ÷ old weekly hours = remaining weeks, taken at the new weekly hours.
    32 h/week, 320 h taken of 832 → 512 h left = 16 weeks; at 24 h/week that is 384 h."""
    r = regeling({"situatie": "ouderschap", "uren_per_week": 32, "geboortedatum": "2024-01-01", "opgenomen_ouderschapsverlof_uren": 320, "nieuwe_uren_per_week": 24}, "ouderschapsverlof")
    assert r.uren == 384


def test_ouderschapsverlof_is_per_job():
    """Verlofregelaar.nl: someone with a 5 h and a 20 h job has 26 × 5 and 26 × 20 hours."""
    found = find(parse_question({"peildatum": "2026-03-01", "situatie": "ouderschap", "geboortedatum": "2024-01-01",
                                 "uren_per_week": [{"werkgever": "Bakkerij", "uren_per_week": 5}, {"werkgever": "Gemeente", "uren_per_week": 20}]}))
    assert {(r.werkgever, r.uren) for r in found if r.code == "ouderschapsverlof"} == {("Bakkerij", 130), ("Gemeente", 520)}


@pytest.mark.parametrize(("hours", "expected"), [(20, 40), (24, 48), (36, 72), (40, 80)])
def test_r17_kortdurend_zorgverlof(hours, expected):
    """R17 (juridischloket.nl; regelhulp.nl), R17b (aathuishulp.nl, das.nl): 2 × weekly hours per 12 months."""
    assert regeling({"situatie": "zorg_naaste", "uren_per_week": hours}, "kortdurend_zorgverlof").uren == expected


def test_r17c_kortdurend_zorgverlof_minimum_wage_floor():
    """R17c (derived): hourly wage € 18,00 → 70 % = € 12,60, below the minimum wage of € 14,71 (1-1-2026) → € 14,71.
    € 18,00 an hour at 36 h = 18 × 36 × 52 = € 33.696 a year."""
    r = regeling({"situatie": "zorg_naaste", "uren_per_week": 36, "jaarloon": 33696, "peildatum": "2026-03-01"}, "kortdurend_zorgverlof")
    assert r.bedrag_per_uur == 14.71


def test_r18_langdurend_zorgverlof():
    """R18 (verlofregelaar.nl): 32 h → 192 h per 12 months, unpaid, ask in writing at least 2 weeks before; refusal at
    least 1 week before the start (juridischloket.nl)."""
    r = regeling({"situatie": "zorg_naaste", "uren_per_week": 32, "start_verlof": "2026-04-20"}, "langdurend_zorgverlof")
    assert r.uren == 192 and r.percentage == 0.0
    assert r.aanvragen_uiterlijk == D(2026, 4, 6) and r.werkgever_beslist_uiterlijk == D(2026, 4, 13)


def test_r19_adoption_window():
    """R19 (uwv.nl; rijksoverheid.nl): arrival on day D → window D − 4 weeks to D + 22 weeks, 6 weeks at 100 % of the
    daily wage (UWV), ask at least 3 weeks before the start."""
    r = regeling({"situatie": "adoptie", "uren_per_week": 36, "geboortedatum": "2026-06-01", "start_verlof": "2026-06-01"}, "adoptieverlof")
    assert (r.van, r.tot) == (D(2026, 5, 4), D(2026, 11, 2))
    assert r.weken == 6 and r.percentage == 1.0 and r.aanvragen_uiterlijk == D(2026, 5, 11)


def test_flexibel_werken_deadlines_and_small_employer():
    """Wfw art. 2: ask at least 2 months before, the employer decides at least 1 month before; R20b: an employer with
    8 employees is outside the law (its own arrangement or the CAO applies)."""
    r = regeling({"situatie": "aanpassing_arbeidsduur", "uren_per_week": 36, "nieuwe_uren_per_week": 28, "gewenste_ingangsdatum": "2026-09-01",
                  "werkgever_aantal_werknemers": 50, "maanden_in_dienst": 24}, "flexibel_werken")
    assert r.aanvragen_uiterlijk == D(2026, 7, 1) and r.werkgever_beslist_uiterlijk == D(2026, 8, 1)
    small = regeling({"situatie": "aanpassing_arbeidsduur", "uren_per_week": 36, "gewenste_ingangsdatum": "2026-09-01", "werkgever_aantal_werknemers": 8}, "flexibel_werken")
    assert "minder dan 10 werknemers" in small.voorwaarden[0]


def test_r23_child_ill_at_school():
    """R23 (nu.nl; old art. 5:8): a child falls ill at school → calamiteitenverlof (100 %), then kortdurend zorgverlof."""
    found = find(parse_question({"peildatum": "2026-03-02", "situatie": "calamiteit", "uren_per_week": 32}))
    assert [r.code for r in found] == ["calamiteitenverlof", "kortdurend_zorgverlof"]
    assert found[0].percentage == 1.0 and found[1].uren == 64


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ({"situatie": "zwangerschap", "uren_per_week": 36}, "uitgerekende_datum"),
        ({"situatie": "verhuizen", "uren_per_week": 36}, "situatie"),
        ({"situatie": "ouderschap", "uren_per_week": -4, "geboortedatum": "2025-01-01"}, "uren_per_week"),
        ({"situatie": "zwangerschap", "uren_per_week": 36, "uitgerekende_datum": "2026-07-01", "start_verlof": "2026-07-10"}, "start_verlof"),
        ({"situatie": "adoptie", "uren_per_week": 36}, "geboortedatum"),
        ({"situatie": "zorg_naaste"}, "uren_per_week"),
        ({"situatie": "zorg_naaste", "uren_per_week": 20, "peildatum": "2019-01-01"}, "peildatum"),
        ({"situatie": "geboorte_partner", "uren_per_week": 20, "geboortedatum": "2000-01-01", "peildatum": "2026-01-01"}, "geboortedatum"),
    ],
)
def test_bad_questions_name_the_field(question, field):
    with pytest.raises(LeaveInputError) as error:
        parse_question(question)
    assert field in [e.field for e in error.value.errors]


def test_cli_and_api_give_the_same_regelingen(client):
    import json
    from pathlib import Path

    from typer.testing import CliRunner

    from werkzorg.cli import app

    runner = CliRunner()
    for path in sorted(Path("examples/verlof").glob("*.json")):
        cli = runner.invoke(app, ["verlof", str(path), "--json"])
        assert cli.exit_code == 0, cli.output
        api = client.post("/api/v1/verlof", data=path.read_text(encoding="utf-8"), content_type="application/json")
        assert api.status_code == 200, api.content
        assert api.json() == json.loads(cli.stdout)
        report = runner.invoke(app, ["verlof", str(path)])
        assert report.exit_code == 0 and "dit verlof past bij u" in report.stdout


def test_cli_and_api_errors_name_the_field(client, tmp_path):
    from typer.testing import CliRunner

    from werkzorg.cli import app

    path = tmp_path / "vraag.json"
    path.write_text('{"situatie": "zwangerschap", "uren_per_week": 36}', encoding="utf-8")
    result = CliRunner().invoke(app, ["verlof", str(path)])
    assert result.exit_code == 2 and "uitgerekende_datum" in result.stderr
    api = client.post("/api/v1/verlof", data=path.read_text(), content_type="application/json")
    assert api.status_code == 422 and api["Content-Type"] == "application/problem+json"
    assert "uitgerekende_datum" in [e["field"] for e in api.json()["errors"]]


def test_letters_for_written_requests(tmp_path):
    """Every leave that must be asked for in writing gets a filled-in letter with its dates and legal basis."""
    from werkzorg.leave.finder import answer

    data = answer(parse_question({"peildatum": "2026-03-01", "situatie": "geboorte_partner", "uren_per_week": 36, "geboortedatum": "2026-05-10",
                                  "start_verlof": "2026-06-15", "naam": "Joris de Vries"}))
    by_code = {r["code"]: r for r in data["regelingen"]}
    letter = by_code["aanvullend_geboorteverlof"]["brief"]
    assert "artikel 4:2a van de Wet arbeid en zorg" in letter and "15 juni 2026" in letter and "180 uur" in letter
    assert "Joris de Vries" in letter
    # The latest date to ask (4 weeks before: 18 May 2026) is for the writer, not the employer: in the answer, not the letter.
    assert "18 mei 2026" not in letter and by_code["aanvullend_geboorteverlof"]["aanvragen_uiterlijk"] == "2026-05-18"
    assert "brief" not in by_code["geboorteverlof"]  # no written request needed


def test_r21_self_employed_zez():
    """R21 (kvk.nl): self-employed, ≥ 1.225 hours last year → at least 16 weeks at 100 % of the minimum wage; apply via
    Mijn UWV from week 24 of the pregnancy, at least 2 weeks before the leave."""
    r = regeling({"situatie": "zwangerschap", "uren_per_week": 40, "zelfstandige": True, "uren_vorig_jaar_zelfstandig": 1400,
                  "uitgerekende_datum": "2026-07-01", "start_verlof": "2026-06-04"}, "zwangerschapsuitkering_zelfstandige")
    assert r.dagen == 112 and r.aanvragen_uiterlijk == D(2026, 5, 21) and "het volle minimumloon" in r.voorwaarden[0]
    codes = [x.code for x in find(parse_question({"peildatum": "2026-03-01", "situatie": "zwangerschap", "uren_per_week": 40, "zelfstandige": True, "uitgerekende_datum": "2026-07-01"}))]
    assert codes == ["zwangerschapsuitkering_zelfstandige"]  # no employee leave for the self-employed


def test_r22_mother_dies():
    """R22 (Wazo art. 3:1a; p-direkt.nl): the mother dies on the day of the birth → the partner gets the rest of the
    bevallingsverlof (at least 10 weeks) with continued pay; the employer reclaims from UWV."""
    r = regeling({"situatie": "geboorte_partner", "uren_per_week": 36, "geboortedatum": "2026-05-10", "moeder_overleden": True}, "overgang_bevallingsverlof")
    assert r.van == D(2026, 5, 11) and r.tot == D(2026, 7, 19) and r.percentage == 1.0
