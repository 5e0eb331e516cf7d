"""Microsimulation jobs on Django's tasks framework (django-tasks, database backend django-tasks-db).

A job is a row in the database (SQLite or PostgreSQL, whichever the app uses) that `manage.py microsim_worker` picks
up; the job's progress and outcome stay in werkzorg.microsim.jobs' folder. Why this queue: docs/microsim.md.

- Caps: at most MICROSIM_MAX_PER_CLIENT waiting or running jobs per client and MICROSIM_MAX_TOTAL in all; more is
  refused with 429 and Retry-After (`JobsFull`).
- Restart: a job whose worker died (SIGKILL, power cut) stays RUNNING in the database. When a worker starts it looks
  for such jobs (`recover`): a job that was tried once is queued again (the population and baseline are cached, so it
  resumes quickly); a job that already failed that way twice is marked failed with a reason. No job stays "bezig".
"""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

from django.conf import settings
from django_tasks import task

from werkzorg.microsim import jobs
from werkzorg.microsim.reform import ReformSpec

#: A job is tried this many times when its worker dies under it; then it is marked failed.
MAX_ATTEMPTS = 2
#: A running job whose folder has not changed for this long, on another machine, counts as abandoned (seconds).
STALE_AFTER = 3600
INTERRUPTED = "Het rekenproces is onverwacht gestopt (bijvoorbeeld door een herstart van de server). Start de berekening opnieuw."


class JobsFull(Exception):
    def __init__(self, retry_after: int, per_client: bool) -> None:
        super().__init__("too many jobs")
        self.retry_after = retry_after
        self.per_client = per_client


@task()
def run_microsim(job_id: str, spec_json: str, households: int, directory: str, client: str = "", gedrag: bool = False) -> str:
    jobs.run(Path(directory), job_id, jobs.specs_from_json(spec_json), households, behaviour=gedrag)
    return job_id


def _database_backend() -> bool:
    return settings.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


def _open_jobs():
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING], task_path=run_microsim.module_path)


def submit(spec: ReformSpec | list[ReformSpec], client: str, behaviour: bool = False) -> str:
    """Queue a job for one reform or several (werkzorg.microsim.workbench.MAX_REFORMS) on behalf of `client` (a key
    from werkzorg.web.client), with each reform's behavioural scenario when `behaviour`; JobsFull when over a cap."""
    if _database_backend():
        open_jobs = _open_jobs()
        if open_jobs.filter(args_kwargs__kwargs__client=client).count() >= settings.MICROSIM_MAX_PER_CLIENT:
            raise JobsFull(settings.MICROSIM_RETRY_AFTER, per_client=True)
        if open_jobs.count() >= settings.MICROSIM_MAX_TOTAL:
            raise JobsFull(settings.MICROSIM_RETRY_AFTER, per_client=False)
    directory = Path(settings.MICROSIM_DIR)
    job_id = jobs.create(directory, spec)
    run_microsim.enqueue(job_id=job_id, spec_json=jobs.specs_to_json(spec), households=settings.MICROSIM_HOUSEHOLDS, directory=str(directory), client=client, gedrag=behaviour)
    return job_id


def worker_id() -> str:
    """This worker's id: host and process id, so a restarted worker can tell that the one before it is gone."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}"


def _alive(worker: str) -> bool:
    host, _, pid = worker.rpartition(":")
    if host != socket.gethostname()[:40] or not pid.isdigit():
        return True  # another machine's worker: judged by its job's age instead
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stale(kwargs: dict) -> bool:
    status = Path(kwargs.get("directory", "")) / "taken" / str(kwargs.get("job_id", "")) / "status.json"
    try:
        return time.time() - status.stat().st_mtime > STALE_AFTER
    except OSError:
        return True


def recover() -> dict[str, int]:
    """Requeue or fail the jobs whose worker died; returns how many of each (see the module docstring)."""
    from django.db import transaction
    from django.utils import timezone
    from django_tasks import TaskResultStatus

    counts = {"opnieuw": 0, "mislukt": 0}
    with transaction.atomic():
        for row in _open_jobs().filter(status=TaskResultStatus.RUNNING).select_for_update():
            workers = list(row.worker_ids or [])
            if workers and _alive(workers[-1]) and not _stale(row.args_kwargs.get("kwargs", {})):
                continue
            kwargs = row.args_kwargs.get("kwargs", {})
            if len(workers) < MAX_ATTEMPTS:
                row.status = TaskResultStatus.READY
                row.save(update_fields=["status"])
                counts["opnieuw"] += 1
            else:
                row.status = TaskResultStatus.FAILED
                row.finished_at = timezone.now()
                row.save(update_fields=["status", "finished_at"])
                jobs.fail(Path(kwargs.get("directory", "")), str(kwargs.get("job_id", "")), INTERRUPTED)
                counts["mislukt"] += 1
    return counts
