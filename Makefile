# Every target creates .venv and installs the pinned dependencies when needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
RAW ?= raw
OUT ?= processed
ARGS ?=

.PHONY: install run ingest segment extract export test lint eval bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m pipeline run --raw $(RAW) --out $(OUT) $(ARGS)

ingest segment extract export: $(STAMP)
	$(PY) -m pipeline $@ --raw $(RAW) --out $(OUT) $(ARGS)

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check pipeline tests
	$(VENV)/bin/ruff format --check pipeline tests

eval: $(STAMP)
	$(PY) -m pipeline.evaluation --gold tests/gold --raw $(RAW)

bench: $(STAMP)
	$(PY) -m pipeline.bench $(ARGS)

clean:
	rm -rf $(OUT)/releases $(OUT)/current $(OUT)/tables $(OUT)/csv $(OUT)/datapackage.json $(OUT)/manifest.json $(OUT)/.work
