# Two commands do all the set-up: `make serve` (the site on http://127.0.0.1:8000) and `make test`.
# Both create or reuse .venv and node_modules by themselves.

PYTHON ?= $(shell command -v python3.12 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve build test validate bench bundle scorm clean

$(BIN)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.12 or newer is needed; found " + sys.version.split()[0] + ". Run: make PYTHON=/path/to/python3.12") if sys.version_info < (3, 12) else None'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

setup: $(BIN)/.installed node_modules/.installed

serve: setup
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:$(PORT)

build: setup
	$(BIN)/mkdocs build --strict

validate: setup
	$(BIN)/python -m callcoach validate

test: setup
	$(BIN)/python -m pytest

bench: build
	$(BIN)/python scripts/bench

clean:
	rm -rf site dist .cache

bundle: setup
	$(BIN)/python scripts/make_bundle.py

scorm: setup
	$(BIN)/python scripts/make_scorm.py
