"""`werkzorg microsim`: generate, run with a reform (JSON), and bad reforms (exit code 2, the field named)."""

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from tests.web import english_pages as detector

from werkzorg.cli import app

runner = CliRunner()
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "reforms" / "kinderopvang-96.yaml"


def test_generate_then_run_with_reform(tmp_path):
    population = tmp_path / "pop"
    result = runner.invoke(app, ["microsim", "generate", "-n", "3000", "--seed", "8", "--out", str(population), "--json"])
    assert result.exit_code == 0, result.output
    calibration = json.loads(result.stdout)["calibration"]
    assert max(abs(row["difference"]) for row in calibration) < 0.02
    args = ["microsim", "run", "--reform", str(EXAMPLE), "-p", str(population), "-o", str(tmp_path / "out"), "--cache", str(tmp_path / "cache"), "--json"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    summary = json.loads(first.stdout)
    assert summary["baseline_from_cache"] is False
    row = summary["samenvatting"][0]
    assert row["hervorming"] == "kinderopvang-96"
    assert row["netto_kosten_mln"] > 0  # a higher kinderopvangtoeslag costs money
    assert row["huishoudens_erop_achteruit"] == 0  # and nobody loses
    assert (tmp_path / "out" / "rapport.md").exists()
    assert (tmp_path / "out" / "tabellen" / "decielen.csv").exists()
    assert (tmp_path / "out" / "zelfstandigheid.svg").read_text().startswith("<svg")
    # The job page shows the charts together: each labels itself by ids of its own (no chart borrows another's title).
    ids = [i for svg in sorted((tmp_path / "out").glob("*.svg")) for i in re.findall(r'\bid="([^"]+)"', svg.read_text())]
    assert len(ids) >= 6 and len(ids) == len(set(ids)), ids
    second = runner.invoke(app, args)
    assert json.loads(second.stdout)["baseline_from_cache"] is True
    # --taal en: the report in English, in en/ beside the tables (whose column names are data keys and stay Dutch)
    english = runner.invoke(app, [*args[:-1], "--taal", "en"], env={"COLUMNS": "100"})
    assert english.exit_code == 0, english.output
    assert "What the reform does for all Dutch households" in english.output
    assert detector.dutch_sentences(english.output, is_html=False) == []
    report = (tmp_path / "out" / "en" / "report.md").read_text(encoding="utf-8")
    assert report.startswith("# Microsimulation 2026") and "Net cost to the government" in report and "Netto kosten" not in report
    assert "## Economic independence" in report and "| woman | single |" in report
    assert (tmp_path / "out" / "en" / "zelfstandigheid.svg").read_text().count("Share economically independent") >= 1


def test_unknown_parameter_exits_2_naming_the_field(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("naam: x\nparameters:\n  wet_kinderopvang.bestaat_niet:\n    2026-01-01: 1\n", encoding="utf-8")
    result = runner.invoke(app, ["microsim", "run", "--reform", str(bad), "-p", str(tmp_path / "pop")])
    assert result.exit_code == 2
    assert "parameters.wet_kinderopvang.bestaat_niet" in result.stderr


def test_wrong_type_exits_2(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"naam": "x", "parameters": {"wet_kinderopvang.kinderopvangtoeslag.maximum_uren_per_maand": {"2026-01-01": True}}}), encoding="utf-8")
    result = runner.invoke(app, ["microsim", "compare", str(bad), "-p", str(tmp_path / "pop")])
    assert result.exit_code == 2
    assert "maximum_uren_per_maand.2026-01-01" in result.stderr


def test_json_names_the_elasticity_once_and_the_summary_prints_no_raw_dict(tmp_path):
    population = tmp_path / "pop"
    args = ["microsim", "run", "-p", str(population), "--households", "3000", "--seed", "8", "-o", str(tmp_path / "out"), "--cache", str(tmp_path / "cache")]
    as_json = runner.invoke(app, [*args, "--json"])
    assert as_json.exit_code == 0, as_json.output
    summary = json.loads(as_json.stdout)
    assert summary["elasticity"] is None  # no reform, so no behavioural scenario
    assert "uurelasticiteit" not in summary
    plain = runner.invoke(app, args)
    assert plain.exit_code == 0, plain.output
    text = " ".join(plain.stdout.split())  # rich wraps long lines
    assert "tijden populatie " in text and " s, basis " in text
    assert "{" not in text and "_s'" not in text


def test_every_microsim_option_has_english_help():
    import typer.main

    from werkzorg.microsim.cli import app as microsim_app

    group = typer.main.get_command(microsim_app)
    assert group.help.startswith("Microsimulation of all Dutch households")
    for name, command in group.commands.items():
        for parameter in command.params:
            if parameter.name != "help":
                assert getattr(parameter, "help", None), f"{name} {parameter.name}"
