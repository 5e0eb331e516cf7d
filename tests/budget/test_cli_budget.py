"""`werkzorg budget`: the report, JSON, all splits, and bad household files (one message naming the field, exit 2)."""

import json

import pytest
from typer.testing import CliRunner

from werkzorg.cli import app

runner = CliRunner()
EXAMPLE = "examples/gezin_twee_kinderen.yaml"


def test_report_in_dutch():
    result = runner.invoke(app, ["budget", EXAMPLE])
    assert result.exit_code == 0, result.output
    for text in ["Uw verdeling en de beste andere verdelingen", "Als Sanne een dag meer werkt", "Als jullie uit elkaar gaan", "10 jaar vooruit"]:
        assert text in result.stdout


def test_all_splits_and_json():
    result = runner.invoke(app, ["budget", EXAMPLE, "--all"])
    assert result.exit_code == 0 and "Alle verdelingen" in result.stdout
    data = json.loads(runner.invoke(app, ["budget", EXAMPLE, "--json"]).stdout)
    assert len(data["verdelingen"]) == 36


def test_every_example_runs():
    from pathlib import Path

    for path in sorted(Path("examples").glob("*.yaml")):
        result = runner.invoke(app, ["budget", str(path)])
        assert result.exit_code == 0, (path, result.output)


@pytest.mark.parametrize(
    ("text", "field", "message"),
    [
        ("jaar: 2026\npartners: []\n", "partners", "minstens 1"),
        ("jaar: 2030\npartners: [{leeftijd: 30, uurloon: 20, dagen_per_week: 3}]\n", "jaar", "2025, 2026"),
        ("jaar: 2026\npartners: [{leeftijd: 30, uurloon: -1, dagen_per_week: 3}]\n", "partners[0].uurloon", "minstens 0"),
        ("jaar: 2026\npartners: [{leeftijd: 30, uurloon: 20, dagen_per_week: 6}]\n", "partners[0].dagen_per_week", "hoogstens 5"),
        ("jaar: 2026\npartners: [{leeftijd: 30, dagen_per_week: 3}]\n", "partners[0].uurloon", "uurloon, maandloon of jaarloon"),
        ("jaar: 2026\npartners: [{leeftijd: 30, uurloon: veel, dagen_per_week: 3}]\n", "partners[0].uurloon", "getal"),
        (
            "jaar: 2026\npartners: [{leeftijd: 30, uurloon: 20, dagen_per_week: 3}]\nkinderen: [{leeftijd: 2, opvang: {soort: creche, uurprijs: 10, uren_per_dag: 10}}]\n",
            "kinderen[0].opvang.soort",
            "kies uit",
        ),
        ("jaar: 2026\npartners: [{leeftijd: 30, uurloon: 20, dagen_per_week: 3, salaris: 1}]\n", "partners[0].salaris", "onbekend veld"),
        ("jaar: 2026\npartners: [{leeftijd: 30, uurloon: 20, dagen_per_week: 3}\n", "(yaml", "geen geldige YAML"),
        ("- 1\n- 2\n", "(huishouden)", "verwacht een beschrijving"),
        # Issue 12: the household description refuses what no family has, naming the field.
        ("jaar: 2026\npartners: [{leeftijd: 30, uurloon: 20, dagen_per_week: 3}]\nkinderen: [{geboortedatum: 2027-02-01}]\n", "kinderen[0].geboortedatum", "na 2026 geboren"),
        (
            "jaar: 2026\npartners: [{leeftijd: 30, uurloon: 20, dagen_per_week: 3}]\nkinderen: [{leeftijd: 1, opvang: {soort: dagopvang, uurprijs: 10, uren_per_dag: 11, dagen: 5}}]\n",
            "kinderen[0].opvang.uren_per_dag", "meer dan 230 uur opvang per maand",
        ),
        (
            "jaar: 2026\npartners: [{leeftijd: 30, uurloon: 20, dagen_per_week: 3}, {leeftijd: 31, uurloon: 20, dagen_per_week: 3}]\nscheiding: {kinderalimentatie_per_maand: -50}\n",
            "scheiding.kinderalimentatie_per_maand", "minstens 0",
        ),
        ("jaar: 2026\npartners: [{leeftijd: 30, uurloon: 20, dagen_per_week: 3}]\nkinderen: [" + ", ".join(["{leeftijd: 5}"] * 13) + "]\n", "kinderen", "hoogstens 12"),
        ("jaar: 2026\npartners: [{geboortedatum: 1900-01-01, uurloon: 20, dagen_per_week: 3}]\n", "partners[0].geboortedatum", "tussen 15 en 100"),
        ("jaar: 2026\npartners: [{leeftijd: 30, uurloon: true, dagen_per_week: 3}]\n", "partners[0].uurloon", "verwacht een getal"),
        ("jaar: 2026\npartners: [{leeftijd: 30, uurloon: .nan, dagen_per_week: 3}]\n", "partners[0].uurloon", "eindig getal"),
        ("jaar: 2026\npartners: [{leeftijd: 30, uurloon: 20, maandloon: 3000, dagen_per_week: 3}]\n", "partners[0].maandloon", "geef één loon"),
    ],
)
def test_bad_household_files(tmp_path, text, field, message):
    path = tmp_path / "huishouden.yaml"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["budget", str(path)])
    assert result.exit_code == 2, result.output
    assert field in result.stderr and message in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_chart_as_svg_and_png(tmp_path):
    svg, png = tmp_path / "grafiek.svg", tmp_path / "grafiek.png"
    assert runner.invoke(app, ["budget", EXAMPLE, "--grafiek", str(svg)]).exit_code == 0
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<svg") and "<title" in text and "<desc" in text and text.count("<rect") == 36
    assert runner.invoke(app, ["budget", EXAMPLE, "--grafiek", str(png)]).exit_code == 0
    assert png.read_bytes().startswith(b"\x89PNG")
    result = runner.invoke(app, ["budget", EXAMPLE, "--grafiek", str(tmp_path / "grafiek.gif")])
    assert result.exit_code == 2 and "--grafiek" in result.stderr
