"""Browser test: a policymaker picks a reform on the microsimulation page, follows the progress (the page reloads
itself, no JavaScript needed) and reads the outcome; every page passes axe-core without serious or critical
violations."""

import threading
import time

import pytest

from tests.browser.accessibility import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def start_worker():
    """django-tasks-db's worker in a thread of this process (it shares the test database), for one job."""
    from django_tasks_db.management.commands.db_worker import Worker

    worker = Worker(queue_names=["default"], interval=0.2, batch=False, backend_name="default", startup_delay=False, max_tasks=1, worker_id="browser-test", excluded_queue_names=[])
    thread = threading.Thread(target=worker.run, daemon=True)
    thread.start()
    return thread


def test_pick_a_reform_and_read_the_outcome(page, live_server, settings, tmp_path):
    settings.MICROSIM_DIR = tmp_path
    settings.MICROSIM_HOUSEHOLDS = 3000
    worker = start_worker()
    page.goto(live_server.url + "/microsimulatie/")
    assert_accessible(page)
    page.get_by_label("kinderopvang-96", exact=False).check()
    page.get_by_role("button", name="Doorrekenen").click()
    assert_accessible(page)  # the progress page (or already the outcome)
    deadline = time.monotonic() + 120
    while "Per deciel van het besteedbaar inkomen" not in page.content() and time.monotonic() < deadline:
        page.wait_for_timeout(1000)
        page.reload()
    assert "Per deciel van het besteedbaar inkomen" in page.content()
    assert_accessible(page)
    worker.join(timeout=10)


def test_a_mistake_in_an_own_reform_is_shown(page, live_server, settings, tmp_path):
    settings.MICROSIM_DIR = tmp_path
    page.goto(live_server.url + "/en/microsimulatie/")
    page.get_by_label("Or write your own reform").fill("naam: x\nparameters:\n  wet_kinderopvang.bestaat_niet:\n    2026-01-01: 1\n")
    page.get_by_role("button", name="Calculate").click()
    assert "parameters.wet_kinderopvang.bestaat_niet" in page.content()
    assert_accessible(page)
