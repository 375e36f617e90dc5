# The porting guide. `make help` lists the targets.
# Every target sets up what it needs first; re-running does only what changed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
WHEELS := .cache/wheels
CHROMIUM ?= /usr/lib/chromium/chromium
export NO_MKDOCS_2_WARNING := 1

SOURCES := $(shell find docs macros checks data overrides -type f -not -path '*/__pycache__/*' 2>/dev/null) mkdocs.yml

.DEFAULT_GOAL := help
.PHONY: help setup serve build test lint typecheck clean lock anchors bench fuzz

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(BIN)/.installed: requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is required (set PYTHON=...)")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	# The repository on the venv's path (what an editable install does), so that
	# `python -m checks`, mkdocs and pytest import checks/ from this tree.
	$(PY) -c 'import site, sys; open(site.getsitepackages()[0] + "/porting-guide.pth", "w").write(sys.argv[1] + "\n")' "$(CURDIR)"
	@touch $@

node_modules/.package-lock.json: package-lock.json package.json
	npm ci --no-audit --no-fund
	@touch $@

# The pure-Python wheels the browser runtime loads, at the versions CPython uses.
$(WHEELS)/.downloaded: requirements.lock | $(BIN)/.installed
	mkdir -p $(WHEELS)
	grep -E '^(phonenumbers|tzdata)==' requirements.lock > $(WHEELS)/requirements.txt
	$(PY) -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
		-d $(WHEELS) -r $(WHEELS)/requirements.txt
	@touch $@

setup: $(BIN)/.installed node_modules/.package-lock.json $(WHEELS)/.downloaded ## Create the virtualenv, install pinned Python and npm packages

site/.built: $(SOURCES) $(BIN)/.installed node_modules/.package-lock.json $(WHEELS)/.downloaded
	$(BIN)/mkdocs build --strict --quiet
	@touch $@

build: site/.built ## Build the deployable static site into site/

serve: setup ## Build and serve the site on http://127.0.0.1:8000 with live reload
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

lint: $(BIN)/.installed ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(BIN)/.installed ## mypy --strict on checks/ and macros/
	$(BIN)/mypy

test: lint typecheck site/.built ## Run the whole suite (lint, types, unit, site, parity, browser)
	CHROMIUM=$(CHROMIUM) $(PY) -m pytest --cov --cov-report=term $(PYTEST_ARGS)

fuzz: $(BIN)/.installed ## Long fuzzing run: at least 100,000 examples per check
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest tests/fuzz -q -p no:cacheprovider

anchors: $(BIN)/.installed ## Record new deep-link ids in data/published-anchors.txt
	$(PY) -m macros.links record

bench: site/.built ## Time what customers wait for (BENCHMARKS.md); writes bench-report.json
	CHROMIUM=$(CHROMIUM) $(PY) -m bench $(BENCH_ARGS)

lock: ## Re-pin requirements.lock from requirements.in
	rm -rf .cache/lock && $(PYTHON) -m venv .cache/lock
	.cache/lock/bin/pip install --quiet -r requirements.in
	{ echo "# Pinned, transitive. Regenerate: make lock"; .cache/lock/bin/pip freeze --exclude-editable; } > requirements.lock

clean: ## Remove the built site and caches (keeps the virtualenv)
	rm -rf site .cache .pytest_cache .mypy_cache .ruff_cache .coverage
