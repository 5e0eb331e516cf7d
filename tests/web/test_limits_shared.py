"""Rate limits and login throttling live in a shared store (the database cache, django-axes' tables): they hold across
processes (two gunicorn workers, a restart), and the admin locks out after repeated failed logins."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: One process: 30 submissions of the quick scan's rate-limit check for one client; prints how many were let through.
COUNT = """
from django.test import RequestFactory
from django.test.utils import override_settings
from werkzorg.web.scan.views import _over_limit
request = RequestFactory().post('/werkgever/versturen/', REMOTE_ADDR='192.0.2.1')
with override_settings(SCAN_RATE_LIMIT=20, SCAN_RATE_WINDOW=3600):
    print(sum(not _over_limit(request) for _ in range(30)))
"""


def test_the_rate_limit_holds_across_two_processes(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'shared.sqlite3'}", "DEBUG": "0"}
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    processes = [subprocess.Popen([*manage, "shell", "-c", COUNT], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    accepted = [int(p.communicate(timeout=300)[0].strip().splitlines()[-1]) for p in processes]
    assert sum(accepted) == 20, accepted  # not 20 each: both processes count in the one store
    # A restart does not reset the count either.
    again = subprocess.run([*manage, "shell", "-c", COUNT], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert again.stdout.strip().splitlines()[-1] == "0"


@pytest.mark.django_db
def test_the_admin_locks_out_after_repeated_failures(client, settings, django_user_model):
    settings.AXES_FAILURE_LIMIT = 5
    django_user_model.objects.create_superuser("beheerder", "b@example.org", "een-goed-wachtwoord-123")
    for _ in range(4):
        wrong = client.post("/beheer/login/?next=/beheer/", {"username": "beheerder", "password": "fout"})
        assert wrong.status_code == 200  # the login form again, with its message
    assert client.post("/beheer/login/?next=/beheer/", {"username": "beheerder", "password": "fout"}).status_code == 429
    locked = client.post("/beheer/login/?next=/beheer/", {"username": "beheerder", "password": "een-goed-wachtwoord-123"})
    assert locked.status_code == 429  # even the right password is refused while locked
    assert not client.get("/beheer/").wsgi_request.user.is_authenticated
    other = client.post("/beheer/login/?next=/beheer/", {"username": "beheerder", "password": "een-goed-wachtwoord-123"}, REMOTE_ADDR="192.0.2.50")
    assert other.status_code == 302  # another address is not locked out: no denial of service against the editor


@pytest.mark.django_db
def test_the_lockout_uses_the_trusted_proxy_header(client, settings, django_user_model):
    settings.AXES_FAILURE_LIMIT = 3
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    django_user_model.objects.create_superuser("beheerder", "b@example.org", "een-goed-wachtwoord-123")
    for _ in range(3):
        client.post("/beheer/login/", {"username": "beheerder", "password": "fout"}, HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert client.post("/beheer/login/", {"username": "beheerder", "password": "een-goed-wachtwoord-123"}, HTTP_X_FORWARDED_FOR="198.51.100.9").status_code == 429
    assert client.post("/beheer/login/", {"username": "beheerder", "password": "een-goed-wachtwoord-123"}, HTTP_X_FORWARDED_FOR="198.51.100.10").status_code == 302
