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
if PRODUCTION and (len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure-")):
    # The same test as Django's check --deploy (security.W009), but fatal: production never starts with a weak key.
    raise RuntimeError(
        "Set SECRET_KEY in the environment for production: at least 50 characters, at least 5 different ones, for example "
        "python -c 'import secrets; print(secrets.token_urlsafe(64))'."
    )
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
    "csp",
    "axes",
    "django_tasks",
    "django_tasks_db",
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
    "csp.middleware.CSPMiddleware",
    "werkzorg.web.api_errors.ApiNotFoundMiddleware",
    "werkzorg.web.friendly_errors.FriendlyNotFoundMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a locked-out login into the lockout page
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
            ],
            # {% error_summary forms %} on every form page; {{ value|euro }} and the other number filters (per language)
            "builtins": ["werkzorg.web.error_summary", "werkzorg.web.number_filters"],
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
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
#: Production is served over HTTPS only: redirect plain HTTP, HSTS for a year. Behind a TLS-terminating proxy set
#: WERKZORG_PROXY_SSL_HEADER=1 so Django trusts its X-Forwarded-Proto (and only then: otherwise a client could forge it).
SECURE_SSL_REDIRECT = PRODUCTION and os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000")) if PRODUCTION else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = PRODUCTION
SECURE_HSTS_PRELOAD = PRODUCTION and os.environ.get("SECURE_HSTS_PRELOAD", "0") == "1"
if os.environ.get("WERKZORG_PROXY_SSL_HEADER") == "1":
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
#: HSTS preload is a choice for the site owner (it is hard to undo), so check --deploy need not warn about it.
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD or not PRODUCTION else ["security.W021"]
if PRODUCTION and not SECURE_SSL_REDIRECT:  # switched off on purpose: the proxy in front redirects to HTTPS
    SILENCED_SYSTEM_CHECKS.append("security.W008")

#: Content-Security-Policy (django-csp): only this site's own files; no inline script or style, no plug-ins, no framing.
#: Charts are inline SVG drawn on the server (no script); their `data:` use is for images only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

#: The shared store for rate limits, login throttling and the like: Django's database cache (every worker process and
#: the background worker see the same counts, and they survive a restart; `manage.py createcachetable` makes the table,
#: `make run`/`make serve-prod`/the tests do that). Set REDIS_URL to use Redis instead.
if os.environ.get("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["REDIS_URL"]}}
else:
    CACHES = {"default": {"BACKEND": "werkzorg.web.cache.DatabaseCache", "LOCATION": "werkzorg_cache"}}

#: The client's address. Directly on the internet: REMOTE_ADDR. Behind a reverse proxy set WERKZORG_CLIENT_IP_HEADER to
#: the header it sets (e.g. HTTP_X_FORWARDED_FOR or HTTP_X_REAL_IP); the last address in it is the one the proxy saw.
#: Only set it when every request passes that proxy: otherwise a client could choose its own address.
CLIENT_IP_HEADER = os.environ.get("WERKZORG_CLIENT_IP_HEADER", "REMOTE_ADDR")
RATELIMIT_IP_META_KEY = "werkzorg.web.client.client_ip_for_ratelimit"
RATELIMIT_VIEW = "werkzorg.web.client.rate_limited"

#: Admin login throttling (django-axes): after this many failed logins for a user name from one address the login is
#: locked for COOLOFF hours; the counts live in the database.
AUTHENTICATION_BACKENDS = ["werkzorg.web.client.LoginThrottle", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "werkzorg.web.client.client_ip_for_axes"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "beheer_geblokkeerd.html"

#: Employer quick scan: at most this many submissions per client IP per window (seconds); 0 switches the limit off.
SCAN_RATE_LIMIT = int(os.environ.get("SCAN_RATE_LIMIT", "20"))
SCAN_RATE_WINDOW = int(os.environ.get("SCAN_RATE_WINDOW", "3600"))
#: A form without a valid CSRF token gets a plain-language page (403) instead of Django's technical one.
CSRF_FAILURE_VIEW = "werkzorg.web.scan.views.csrf_failure"

# Population microsimulation jobs (web page and API): where populations, the baseline cache and jobs are kept, and
# how many households the web population has (weighted to all Dutch households).
MICROSIM_DIR = Path(os.environ.get("WERKZORG_MICROSIM_DIR", PROJECT_DIR / "var" / "microsim" / "web"))
MICROSIM_HOUSEHOLDS = int(os.environ.get("WERKZORG_MICROSIM_HUISHOUDENS", "100000"))
#: At most this many microsimulation jobs waiting or running per client and in total; more get 429 with Retry-After.
MICROSIM_MAX_PER_CLIENT = int(os.environ.get("WERKZORG_MICROSIM_PER_CLIENT", "2"))
MICROSIM_MAX_TOTAL = int(os.environ.get("WERKZORG_MICROSIM_TOTAL", "6"))
MICROSIM_RETRY_AFTER = 120
#: Background jobs: Django's tasks framework (django-tasks) with its database backend (django-tasks-db), so jobs are
#: rows in the same database (SQLite or PostgreSQL) and survive a restart; `manage.py microsim_worker` runs them
#: (`make run` and `make serve-prod` start it). See docs/microsim.md for why this queue.
TASKS = {"default": {"BACKEND": os.environ.get("WERKZORG_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"), "QUEUES": ["default"]}}
