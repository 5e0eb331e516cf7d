"""The quick scan's models against a real PostgreSQL server (Debian's `postgresql` package; `make test` installs it).

The fixture runs initdb and pg_ctl on a temporary directory as the `postgres` user (root may not run the server),
applies the migrations with `manage.py migrate` on it, and reruns the view and carer tests in a subprocess with
DATABASE_URL pointing at it (pytest-django creates its test database there).
"""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def postgres_url():
    bindir = _binaries()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql; make test does this)")
    as_user: list[str] = []
    if os.geteuid() == 0:
        try:
            account = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' user to run the server")
        as_user = ["runuser", "-u", "postgres", "--"]
    base = Path(tempfile.mkdtemp(prefix="werkzorg-pg-"))
    if as_user:
        os.chown(base, account.pw_uid, account.pw_gid)
    data, port = base / "data", _port()
    subprocess.run([*as_user, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"], check=True, capture_output=True)
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "log"), "-w", "start"], check=True, capture_output=True)
    try:
        yield f"postgres://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def _env(url: str) -> dict:
    env = {**os.environ, "DATABASE_URL": url, "WERKZORG_EXPECT_DB_VENDOR": "postgresql"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def test_migrations_and_seed_on_postgresql(postgres_url):
    env = _env(postgres_url)
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    out = subprocess.run([sys.executable, "manage.py", "scan_laden"], cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout
    assert "2026.1: staat er al" in out  # seeded by the data migration
    stats = subprocess.run([sys.executable, "manage.py", "scan_statistiek"], cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout
    assert "Ingevulde scans: 0" in stats


def test_scan_tests_pass_on_postgresql(postgres_url):
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-o", "addopts=", "-q", "-p", "no:cacheprovider", "tests/scan/test_views.py", "tests/scan/test_carers.py"],
        cwd=ROOT, env=_env(postgres_url), capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "failed" not in result.stdout
