# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-model bench demo clean lint

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

## Until the web app exists: a demo calculation for an example household.
run: $(STAMP)
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
