"""The one formatter (werkzorg.formatting): every expected string below is written by hand, as a Dutch or an English
reader writes the amount ("€ 1.797" / "€ 1,797"), not taken from the code's own output."""

import datetime

import pytest

from werkzorg.formatting import date, euro, hours, language, number, percent

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "lang", "options", "expected"),
    [
        (1797, "nl", {}, "€ 1.797"),
        (1797, "en", {}, "€ 1,797"),
        (1797.49, "nl", {}, "€ 1.797"),  # whole euros
        (1797.51, "en", {}, "€ 1,798"),
        (925, "nl", {}, "€ 925"),
        (0, "en", {}, "€ 0"),
        (-0.4, "nl", {}, "€ 0"),  # no "−€ 0"
        (-583, "nl", {}, "−€ 583"),  # a real minus sign, before the "€"
        (-583, "en", {"sign": True}, "−€ 583"),
        (509, "nl", {"sign": True}, "+€ 509"),
        (0, "nl", {"sign": True}, "€ 0"),
        (1234567, "nl", {}, "€ 1.234.567"),
        (1234567, "en", {}, "€ 1,234,567"),
        (1101.48, "nl", {"cents": True}, "€ 1.101,48"),
        (1101.48, "en", {"cents": True}, "€ 1,101.48"),
        (14.71, "nl", {"cents": True}, "€ 14,71"),
        (-45.16, "en", {"cents": True}, "−€ 45.16"),
        (128.7, "nl", {"cents": True}, "€ 128,70"),
    ],
)
def test_euro(value, lang, options, expected):
    assert euro(value, lang, **options) == expected.replace("€ ", "€" + NBSP)


def test_euro_never_breaks_from_its_amount():
    assert euro(1797, "nl")[1] == NBSP and euro(1797, "en", sign=True)[2] == NBSP


@pytest.mark.parametrize(
    ("value", "lang", "digits", "expected"),
    [
        (348468, "nl", 0, "348.468"),
        (348468, "en", 0, "348,468"),
        (0.2315, "nl", 3, "0,232"),
        (0.2349, "en", 2, "0.23"),
        (-1234.5, "nl", 2, "-1.234,50"),
        (-1234.5, "en", 1, "-1,234.5"),
        (-0.04, "nl", 1, "0,0"),  # no "-0,0"
        (5.652, "en", 1, "5.7"),
        (3032, "nl", None, "3.032"),  # as many decimals as the value has
        (0.0817, "en", None, "0.0817"),
        (0.1 + 0.2, "nl", None, "0,3"),  # float noise beyond ten decimals dropped
    ],
)
def test_number(value, lang, digits, expected):
    assert number(value, lang, digits) == expected


@pytest.mark.parametrize(
    ("fraction", "lang", "digits", "expected"),
    [
        (0.6914, "nl", 1, "69,1 %"),  # Dutch writes a space before "%"
        (0.6914, "en", 1, "69.1%"),  # English does not
        (0.7, "nl", 0, "70 %"),
        (0.125, "en", 1, "12.5%"),
        (-0.00001, "nl", 1, "0,0 %"),
        (0.0817, "nl", None, "8,17 %"),
    ],
)
def test_percent(fraction, lang, digits, expected):
    assert percent(fraction, lang, digits) == expected


def test_dates_and_hours():
    assert date(datetime.date(2026, 3, 3), "nl") == "3 maart 2026"
    assert date(datetime.date(2026, 3, 3), "en") == "3 March 2026"
    assert date(datetime.date(2027, 10, 15), "en-gb") == "15 October 2027"
    assert (hours(12.5, "nl"), hours(12.5, "en"), hours(16, "nl")) == ("12,5", "12.5", "16")


def test_language_codes():
    assert [language(code) for code in ("en", "en-gb", "EN_us", "nl", "nl-be", None, "", "de")] == ["en", "en", "en", "nl", "nl", "nl", "nl", "nl"]


def test_capability_code_needs_no_django_settings():
    """The formatter is used by the CLI and the capability folders, which run without Django: it imports none of it."""
    import ast
    from pathlib import Path

    import werkzorg.formatting

    tree = ast.parse(Path(werkzorg.formatting.__file__).read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert not any(name.startswith(("django", "werkzorg.web")) for name in imported), imported


def test_cli_in_english_writes_english_amounts_and_dates():
    """`--taal en`: the leave plan of the expecting couple (Mehmet's net € 3.008 a month: € 36.098 a year / 12, hand
    arithmetic in tests/web/test_verlof_plan.py) and the leave finder's dates (the birth on 1 July 2026)."""
    import re

    from typer.testing import CliRunner

    from werkzorg.cli import app

    runner = CliRunner()
    plan = runner.invoke(app, ["verlofplan", "examples/verlof/verlofplan.yaml", "--taal", "en"], env={"COLUMNS": "80"})
    assert plan.exit_code == 0, plan.output
    assert f"€{NBSP}3,008" in plan.output and not re.search(r"€\s?\d{1,3}\.\d{3}\b", plan.output)
    dutch = runner.invoke(app, ["verlofplan", "examples/verlof/verlofplan.yaml"], env={"COLUMNS": "80"})
    assert f"€{NBSP}3.008" in dutch.output and not re.search(r"€\s?\d{1,3},\d{3}\b", dutch.output)
    leave = runner.invoke(app, ["verlof", "examples/verlof/partner.json", "--taal", "en"], env={"COLUMNS": "100"})
    assert leave.exit_code == 0, leave.output
    assert "1 July 2026" in leave.output and "juli" not in leave.output


def test_no_amount_is_written_by_hand_outside_the_formatter():
    """An amount is never built as "€ " + a number, a hand-made f-string or `floatformat` beside a typed "€": one
    formatter, so that every page and every language writes amounts alike (issue 15)."""
    import re
    from pathlib import Path

    import werkzorg

    source = Path(werkzorg.__file__).parent
    hand_made = re.compile(r"""€(\\u00a0|\s|&nbsp;)?(\{|["']\s*\+)|floatformat[^}]*}}\s*(%|€)|replace\(["']\.["'], ["'],["']\)""")
    found = []
    for path in [*source.rglob("*.py"), *source.rglob("*.html")]:
        if path.name == "formatting.py" or "/model/" in path.as_posix():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if hand_made.search(line):
                found.append(f"{path.relative_to(source)}:{number}: {line.strip()[:100]}")
    assert found == [], "\n".join(found)


def test_a_limit_in_an_error_message_is_written_per_language():
    """pydantic's limits ("at most 22.5") in the Dutch and the English message of one field error."""
    from werkzorg.input_errors import pydantic_field_error

    error = pydantic_field_error({"type": "less_than_equal", "loc": ("uren",), "msg": "x", "ctx": {"le": 22.5}})
    assert "22,5" in error.message_nl and "22.5" in error.message_en, error
