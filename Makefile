# Two commands matter: `make run` and `make test`. Everything is installed into .venv by `make setup`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?= ../shared/corpus
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false
export ANONYMIZED_TELEMETRY := False

.PHONY: setup run test lint browser-prereqs gate bench index clean

setup: $(STAMP)

# torch first, from the pinned CPU build: a bare torch requirement pulls a multi-GB CUDA build.
$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt torch==2.13.0
	$(PY) -m pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

index: setup
	$(BIN)/cni-advisor ingest

run: index
	$(BIN)/cni-advisor serve --host 127.0.0.1 --port 7860

# The browser tests need Debian's chromium and chromium-driver: installed here when missing
# (as root or with passwordless sudo), otherwise a clear failure naming the command to run.
# Linters first: they take seconds and fail before the half hour of tests and gate.
test: setup browser-prereqs
	$(MAKE) lint
	$(PY) -m pytest -q -p no:cacheprovider
	$(MAKE) gate

# ruff and mypy, configured in pyproject.toml; mypy checks assistant/, ingest/ and ui/.
lint: setup
	$(BIN)/ruff check assistant ingest ui tests scripts
	$(BIN)/mypy

browser-prereqs:
	scripts/browser-prereqs.sh

gate: setup
	BIN=$(BIN) CORPUS=$(CORPUS) scripts/gate.sh

bench: setup
	@for b in tests/benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV)
