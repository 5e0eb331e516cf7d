"""A submission is never lost once the report link is shown: a real server process (runserver, file SQLite) is
killed with SIGKILL right after it answers the submission; after a restart the report link still works."""

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from tests.scan.helpers import PROFILE, all_answers
from werkzorg.scan.content import load

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(env: dict, port: int) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):  # wait until it accepts connections (bounded, not a timing assertion)
        try:
            requests.get(f"http://127.0.0.1:{port}/werkgever/", timeout=5)
            return process
        except requests.ConnectionError:
            if process.poll() is not None:
                raise RuntimeError("the server stopped")
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the server did not start")


def csrf(session: requests.Session, url: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', session.get(url).text).group(1)


@pytest.fixture
def server_env(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'scan.sqlite3'}", "DEBUG": "0", "SCAN_RATE_LIMIT": "0"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    return env


def test_report_survives_kill_9_right_after_submitting(server_env):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(server_env, port)
    try:
        session = requests.Session()
        token = csrf(session, base + "/werkgever/profiel/")
        assert session.post(base + "/werkgever/profiel/", {**PROFILE, "csrfmiddlewaretoken": token}, allow_redirects=False).status_code == 302
        answers = all_answers("1")
        for number, theme in enumerate(load().themas, start=1):
            url = f"{base}/werkgever/thema/{number}/"
            data = {q.code: answers[q.code] for q in theme.vragen}
            assert session.post(url, {**data, "csrfmiddlewaretoken": csrf(session, url)}, allow_redirects=False).status_code == 302
        token = csrf(session, base + "/werkgever/controle/")
        response = session.post(base + "/werkgever/versturen/", {"csrfmiddlewaretoken": token}, allow_redirects=False)
        os.kill(server.pid, signal.SIGKILL)  # right after the link was shown
        server.wait()
        assert response.status_code == 302
        link = response.headers["Location"]
        assert link.startswith("/werkgever/rapport/")
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    server = start_server(server_env, port)
    try:
        page = requests.get(base + link)
        assert page.status_code == 200 and "van 100</strong>" in page.text
        # every answer 1 of 3 except reversed Q21/Q22 ("Oneens" → 3 − 1 = 2): total (7 × 33 + 50) / 8 = 281 / 8 = 35.1 → 35
        assert "Uw totaalscore is <strong>35 van 100</strong>" in page.text
    finally:
        server.kill()
        server.wait()
