# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run serve-prod test test-model bench demo clean lint

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

## The web app on http://127.0.0.1:8000 (SQLite; migrations applied first).
run: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py runserver 127.0.0.1:8000

## Production: gunicorn; set WERKZORG_ENV=production, SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL (see README).
serve-prod: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput
	$(BIN)/gunicorn werkzorg.web.wsgi:application --bind $${BIND:-127.0.0.1:8000} --workers $${WORKERS:-2} --preload

## A demo calculation for an example household, in the terminal.
demo: $(STAMP)
	$(BIN)/werkzorg demo

## All tests: Python tests, OpenFisca YAML tests (official reference cases), property tests, CLI tests.
test: $(STAMP)
	$(BIN)/python -m pytest

## Only the OpenFisca YAML tests.
test-model: $(STAMP)
	$(BIN)/python -m pytest src/werkzorg/model/tests

## Speed figures (not a test): writes docs/benchmarks.md.
bench: $(STAMP)
	$(BIN)/python bench/bench_model.py --write docs/benchmarks.md

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
