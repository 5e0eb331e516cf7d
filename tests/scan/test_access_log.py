"""Nothing a carer types reaches an access log: the self-check and the support plan are POSTed, so the request line
holds only the path. Checked on real servers with their access logs on: gunicorn (as `make serve-prod` runs it, with
--access-logfile) and Django's runserver (which logs every request line to standard error)."""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from tests.scan.test_durability import free_port, server_env  # noqa: F401  (fixture)
from werkzorg.scan import selfcheck

ROOT = Path(__file__).resolve().parents[2]
SECRET = {"naam": "Fatima Ouali", "voor_wie": "Mijn moeder (81), dementie", "taken": "Boodschappen en medicijnen op dinsdag"}
WORDS = ["Fatima", "Ouali", "moeder", "dementie", "medicijnen", "Boodschappen"]


def _wait(port: int, process: subprocess.Popen) -> None:
    for _ in range(300):  # until it accepts connections (bounded, not a timing assertion)
        try:
            requests.get(f"http://127.0.0.1:{port}/mantelzorg/", timeout=5)
            return
        except requests.ConnectionError:
            if process.poll() is not None:
                raise RuntimeError("the server stopped")
            time.sleep(0.1)
    raise RuntimeError("the server did not start")


def _use_the_carers_pages(base: str) -> None:
    session = requests.Session()
    for path, data in [
        ("/mantelzorg/zelftest/", {code: "ja" for code, _t in selfcheck.ITEMS}),
        ("/mantelzorg/plan/", {**SECRET, "maak": "1", "nodig": ["langdurend"], "situatie": ["dementie"]}),
        ("/mantelzorg/plan/", {**SECRET, "aanpassen": "1"}),
        ("/mantelzorg/plan/", {**SECRET, "pdf": "1"}),
    ]:
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', session.get(base + path).text).group(1)
        response = session.post(base + path, {**data, "csrfmiddlewaretoken": token}, headers={"Referer": base + path})
        assert response.status_code in (200, 503), response.text[:500]  # 503: no Pango for the PDF on this machine
        if "maak" in data:
            assert "Fatima Ouali" in response.text  # the plan was made


@pytest.mark.parametrize("server", ["gunicorn", "runserver"])
def test_no_carer_text_in_the_access_log(server, server_env, tmp_path):  # noqa: F811
    port = free_port()
    log = tmp_path / "access.log"
    if server == "gunicorn":
        command = [str(Path(sys.executable).parent / "gunicorn"), "werkzorg.web.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "1", "--access-logfile", str(log)]
        stderr = subprocess.DEVNULL
    else:
        command = [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"]
        stderr = log.open("w")
    process = subprocess.Popen(command, cwd=ROOT, env={**server_env, "DEBUG": "1"}, stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        _wait(port, process)
        _use_the_carers_pages(f"http://127.0.0.1:{port}")
    finally:
        process.terminate()
        process.wait(timeout=60)
    text = log.read_text(encoding="utf-8")
    assert "POST /mantelzorg/plan/" in text and "POST /mantelzorg/zelftest/" in text  # the log does record the requests
    for word in WORDS:
        assert word not in text, word
