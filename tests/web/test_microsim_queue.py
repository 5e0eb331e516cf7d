"""Microsimulation jobs on the task queue (django-tasks with the database backend): caps per client and in total with
429 and Retry-After, and jobs that survive their worker being killed."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from werkzorg.microsim import jobs
from werkzorg.web.microsim import tasks

ROOT = Path(__file__).resolve().parents[2]
DATABASE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
REFORM = {"hervorming": "iack-4000"}


@pytest.fixture
def queue(settings, tmp_path):
    """The real database queue, with no worker running: jobs stay waiting."""
    settings.TASKS = DATABASE
    settings.MICROSIM_DIR = tmp_path
    settings.MICROSIM_MAX_PER_CLIENT = 2
    settings.MICROSIM_MAX_TOTAL = 3
    return tmp_path


@pytest.mark.django_db
def test_caps_per_client_and_in_total(client, queue):
    for _ in range(2):
        assert client.post("/api/v1/microsim/taken", REFORM, content_type="application/json").status_code == 202
    third = client.post("/api/v1/microsim/taken", REFORM, content_type="application/json")
    assert third.status_code == 429
    assert third["Content-Type"] == "application/problem+json"
    assert int(third["Retry-After"]) > 0
    page = client.post("/microsimulatie/", {"hervorming": "iack-4000"})
    assert page.status_code == 429 and int(page["Retry-After"]) > 0
    assert "hoogste aantal berekeningen" in page.content.decode()
    other = client.post("/api/v1/microsim/taken", REFORM, content_type="application/json", REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 202  # another client still gets a turn, until the total is reached
    fourth = client.post("/api/v1/microsim/taken", REFORM, content_type="application/json", REMOTE_ADDR="192.0.2.8")
    assert fourth.status_code == 429
    assert "te veel berekeningen" in fourth.json()["detail"]


@pytest.mark.django_db
def test_a_trusted_proxy_header_names_the_client(client, queue, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    for _ in range(2):
        assert client.post("/api/v1/microsim/taken", REFORM, content_type="application/json", HTTP_X_FORWARDED_FOR="198.51.100.1").status_code == 202
    # Same proxy (REMOTE_ADDR), another client behind it: not counted with the first.
    assert client.post("/api/v1/microsim/taken", REFORM, content_type="application/json", HTTP_X_FORWARDED_FOR="198.51.100.2").status_code == 202
    # A client cannot escape by writing its own address in front: the proxy's (last) address counts.
    spoofed = client.post("/api/v1/microsim/taken", REFORM, content_type="application/json", HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.1")
    assert spoofed.status_code == 429


def _orphan(queue, attempts: int) -> str:
    """A job left RUNNING by a worker that no longer exists (a pid no process has), tried `attempts` times."""
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    spec = jobs.example_reforms()["iack-4000"]
    job_id = tasks.submit(spec, "test")
    dead = f"{socket.gethostname()[:40]}:999999999"
    DBTaskResult.objects.filter(args_kwargs__kwargs__job_id=job_id).update(status=TaskResultStatus.RUNNING, worker_ids=[dead] * attempts)
    return job_id


@pytest.mark.django_db
def test_a_job_whose_worker_died_is_queued_again_then_failed(queue):
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    once = _orphan(queue, 1)
    twice = _orphan(queue, 2)
    alive = tasks.submit(jobs.example_reforms()["iack-4000"], "another")
    DBTaskResult.objects.filter(args_kwargs__kwargs__job_id=alive).update(status=TaskResultStatus.RUNNING, worker_ids=[tasks.worker_id()])
    assert tasks.recover() == {"opnieuw": 1, "mislukt": 1}
    status = {row.args_kwargs["kwargs"]["job_id"]: row.status for row in DBTaskResult.objects.all()}
    assert status[once] == TaskResultStatus.READY
    assert status[twice] == TaskResultStatus.FAILED
    assert status[alive] == TaskResultStatus.RUNNING  # its worker (this process) is alive
    failed = jobs.status(queue, twice)
    assert failed["status"] == "fout" and "onverwacht gestopt" in failed["fout"]


def _status(folder: Path, job_id: str) -> dict:
    try:
        return json.loads((folder / "taken" / job_id / "status.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _wait(condition, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"not within {seconds} s: {what}")


def test_sigkill_the_worker_mid_job_and_restart(tmp_path):
    """The audit's fault test: the worker dies (SIGKILL) in the middle of a job; after a restart the job finishes (or
    shows "mislukt" with a reason) within a minute, and no job stays running."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'queue.sqlite3'}",
        "WERKZORG_MICROSIM_DIR": str(tmp_path / "microsim"),
        # Large enough that the job runs for seconds (drawing the population, two chunks), so the kill lands mid-job.
        "WERKZORG_MICROSIM_HUISHOUDENS": "200000",
        "DEBUG": "0",
    }
    env.pop("WERKZORG_TASKS_BACKEND", None)
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    submit = "from werkzorg.microsim import jobs; from werkzorg.web.microsim.tasks import submit; print(submit(jobs.example_reforms()['iack-4000'], 'test'))"
    job_id = subprocess.run([*manage, "shell", "-c", submit], cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    folder = tmp_path / "microsim"
    worker_command = [*manage, "microsim_worker", "--no-startup-delay", "--interval", "0.2", "--no-reload"]
    first = subprocess.Popen(worker_command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait(lambda: _status(folder, job_id).get("status") == "bezig", 120, "the job runs")
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
    assert _status(folder, job_id)["status"] == "bezig"  # what a dead thread used to leave for ever
    second = subprocess.Popen(worker_command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        final = _wait(lambda: _status(folder, job_id) if _status(folder, job_id).get("status") in ("klaar", "fout") else None, 60, "the job ends after the restart")
    finally:
        second.terminate()
        output = second.communicate(timeout=30)[0]
    assert "1 opnieuw in de wachtrij" in output
    assert final["status"] == "klaar" or final.get("fout"), final
    running = subprocess.run(
        [*manage, "shell", "-c", "from django_tasks_db.models import DBTaskResult; print(DBTaskResult.objects.filter(status='RUNNING').count())"],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1]
    assert running == "0"
