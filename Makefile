# newsloupe — two commands set everything up:
#   make run    create .venv, install newsloupe (pinned, offline-capable), analyse the sample corpus
#   make test   install the test dependencies and run the test suite
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
NL := $(VENV)/bin/newsloupe

.PHONY: run install test lint schema bench clean

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -c constraints.txt -e .
	$(PY) -m compileall -q newsloupe  # bytecode now, as a wheel install does (cold starts read it)
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install -c constraints.txt -e '.[test]'
	touch $@

install: $(VENV)/.installed

run: install
	$(NL) analyze samples/articles/txt/fr-vox-alep-sanctions.txt samples/articles
	mkdir -p build
	$(NL) ingest samples/articles --db build/samples.db
	$(NL) run --db build/samples.db
	$(NL) serve --db build/samples.db

test: $(VENV)/.installed-test
	$(PY) -m ruff check newsloupe tests scripts
	$(PY) scripts/check_imports.py
	$(PY) scripts/check_tests.py
	$(PY) -m pytest -q

schema: install
	$(NL) schema --out schema/analysis.schema.json

bench: install
	$(NL) bench extraction

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
