"""The CLI's tables are readable in an 80-column terminal: no line wider than 80, no amount or name cut off ("…")."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WERKZORG = shutil.which("werkzorg", path=str(Path(os.sys.executable).parent)) or "werkzorg"


@pytest.mark.parametrize(
    "command",
    [["budget", "examples/gezin_twee_kinderen.yaml"], ["route", "examples/route/alleenstaande_moeder.json"],
     ["budget", "examples/gezin_twee_kinderen.yaml", "--taal", "en"], ["route", "examples/route/alleenstaande_moeder.json", "--taal", "en"],
     ["verlofplan", "examples/verlof/verlofplan.yaml"], ["verlofplan", "examples/verlof/verlofplan.yaml", "--taal", "en"],
     ["verlof", "examples/verlof/partner.json"]],
)
def test_tables_fit_80_columns(command):
    result = subprocess.run([WERKZORG, *command], capture_output=True, text=True, cwd=ROOT, env={**os.environ, "COLUMNS": "80"}, timeout=300)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "…" not in result.stdout
