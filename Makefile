# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: pdf-deps run serve-prod test test-fast test-model bench demo clean lint messages

## Translations: the .po file in the repository is the source (Dutch msgids, English msgstrs); the .mo is compiled
## here from it (never committed, so it cannot drift from the .po). See docs/translations.md.
PO := src/werkzorg/web/locale/en/LC_MESSAGES/django.po
MO := $(PO:.po=.mo)
MSGFMT := /usr/bin/msgfmt

$(STAMP): pyproject.toml requirements.lock | $(MSGFMT)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	$(BIN)/python manage.py compilemessages --ignore=.venv
	touch $(STAMP)

## Debian's gettext (msgfmt, xgettext) for Django's compilemessages and makemessages.
$(MSGFMT):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq gettext

$(MO): $(PO) $(STAMP) | $(MSGFMT)
	$(BIN)/python manage.py compilemessages --ignore=.venv

## After adding or changing a Dutch text: extract it into the .po (then write its English msgstr there).
messages: $(STAMP) | $(MSGFMT)
	cd src/werkzorg && ../../$(BIN)/python ../../manage.py makemessages -l en --no-location

## Pango for the PDF download (WeasyPrint); without it the app offers the print view instead.
pdf-deps:
	@ldconfig -p | grep -q libpango-1.0 || ($(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0) || echo "Pango not installed: PDF download unavailable"

## The web app on http://127.0.0.1:8000 (SQLite; migrations, which also make the cache table, applied first), with
## the background worker for microsimulation jobs alongside (stopped with the server).
run: $(STAMP) $(MO) pdf-deps
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py scan_laden
	$(BIN)/python manage.py microsim_worker --no-reload & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:8000

## Production: gunicorn; set WERKZORG_ENV=production, SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL (see README).
serve-prod: $(STAMP) $(MO) pdf-deps
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py scan_laden
	$(BIN)/python manage.py collectstatic --noinput
	$(BIN)/python manage.py check --deploy --fail-level WARNING
	$(BIN)/python manage.py microsim_worker --no-reload & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/gunicorn werkzorg.web.wsgi:application --bind $${BIND:-127.0.0.1:8000} --workers $${WORKERS:-2} --preload

## A demo calculation for an example household, in the terminal.
demo: $(STAMP) $(MO)
	$(BIN)/werkzorg demo

## Debian's Chromium for the browser tests (never a downloaded browser).
$(CHROMIUM):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium

## Debian's PostgreSQL for the quick scan's database tests (the test starts its own server on a temporary directory).
POSTGRES := /usr/lib/postgresql
$(POSTGRES):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq postgresql

## All tests: YAML reference cases, property tests, CLI, budget, web (Django client, schemathesis) and browser tests.
test: $(STAMP) $(MO) $(CHROMIUM) $(POSTGRES)
	$(BIN)/python -m pytest

## Everything except the browser tests.
test-fast: $(STAMP) $(MO)
	$(BIN)/python -m pytest -m "not browser"

## Only the OpenFisca YAML tests.
test-model: $(STAMP) $(MO)
	$(BIN)/python -m pytest src/werkzorg/model/tests

## Speed figures (not a test): writes docs/benchmarks.md. Installs the country template (the engine floor) first.
bench: $(STAMP) $(MO)
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -r bench/requirements.txt
	$(BIN)/python bench/bench_model.py --write docs/benchmarks.md
	$(BIN)/python bench/bench_web.py --append docs/benchmarks.md
	$(BIN)/python bench/bench_route.py --append docs/benchmarks.md
	$(BIN)/python bench/bench_scan.py --append docs/benchmarks.md
	$(BIN)/python bench/bench_microsim.py --append docs/benchmarks.md
	$(BIN)/python bench/bench_limits.py --append docs/benchmarks.md

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
