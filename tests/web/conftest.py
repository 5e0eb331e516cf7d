"""Microsimulation jobs started by web tests (pages, API, fuzzing) use a small population in a temporary folder and
run at once in the requesting process (django-tasks' ImmediateBackend); the real queue and worker are tested in
tests/web/test_microsim_queue.py."""

import pytest

IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default"]}}


@pytest.fixture(autouse=True)
def _small_microsim(settings, tmp_path_factory):
    settings.MICROSIM_DIR = tmp_path_factory.getbasetemp() / "microsim-web"
    settings.MICROSIM_HOUSEHOLDS = 3000
    settings.TASKS = IMMEDIATE
