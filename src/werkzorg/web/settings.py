"""Settings, read from the environment so one file serves development, tests and production.

Development (`make run`) needs nothing: SQLite in the project folder, DEBUG on, a throwaway secret key.
Production (`make serve-prod`) sets WERKZORG_ENV=production, SECRET_KEY, ALLOWED_HOSTS and usually DATABASE_URL
(e.g. postgres://user:password@host/werkzorg).
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parents[2]
PRODUCTION = os.environ.get("WERKZORG_ENV") == "production"

DEBUG = os.environ.get("DEBUG", "0" if PRODUCTION else "1") == "1"
SECRET_KEY = os.environ.get("SECRET_KEY", "" if PRODUCTION else "development-only-not-secret")
if PRODUCTION and not SECRET_KEY:
    raise RuntimeError("Set SECRET_KEY in the environment for production.")
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h.strip()]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "ninja",  # serves its own Swagger UI files: the API docs page loads nothing from a CDN
    "werkzorg.web.budget",
    "werkzorg.web.verlof",
    "werkzorg.web.route",
    "werkzorg.web.scan",
    "werkzorg.web.microsim",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "werkzorg.web.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]
WSGI_APPLICATION = "werkzorg.web.wsgi.application"

DATABASES = {"default": dj_database_url.config(default=f"sqlite:///{PROJECT_DIR / 'werkzorg.sqlite3'}", conn_max_age=60)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = PROJECT_DIR / "staticfiles" if PRODUCTION else None
WHITENOISE_USE_FINDERS = not PRODUCTION
STATICFILES_DIRS = [BASE_DIR / "static"]
#: WhiteNoise serves the static files in production too (gunicorn does not).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage" if PRODUCTION else "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

#: Request bodies above this size are refused (API: 413 problem+json).
DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024

SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = PRODUCTION
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

#: Employer quick scan: at most this many submissions per client IP per window (seconds); 0 switches the limit off.
SCAN_RATE_LIMIT = int(os.environ.get("SCAN_RATE_LIMIT", "20"))
SCAN_RATE_WINDOW = int(os.environ.get("SCAN_RATE_WINDOW", "3600"))
#: A form without a valid CSRF token gets a plain-language page (403) instead of Django's technical one.
CSRF_FAILURE_VIEW = "werkzorg.web.scan.views.csrf_failure"

# Population microsimulation jobs (web page and API): where populations, the baseline cache and jobs are kept, and
# how many households the web population has (weighted to all Dutch households).
MICROSIM_DIR = Path(os.environ.get("WERKZORG_MICROSIM_DIR", PROJECT_DIR / "var" / "microsim" / "web"))
MICROSIM_HOUSEHOLDS = int(os.environ.get("WERKZORG_MICROSIM_HUISHOUDENS", "100000"))
