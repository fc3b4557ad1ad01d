# Every target creates .venv and installs the pinned dependencies when needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
RAW ?= raw
OUT ?= processed
ARGS ?=
BENCH_MB ?= 20

.PHONY: install run refresh ingest segment extract export test lint eval bench clean report model citation-model compare fuzz

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m pipeline run --raw $(RAW) --out $(OUT) $(ARGS)

refresh: $(STAMP)
	$(PY) -m pipeline refresh --raw $(RAW) --out $(OUT) $(ARGS)

ingest segment extract export: $(STAMP)
	$(PY) -m pipeline $@ --raw $(RAW) --out $(OUT) $(ARGS)

test: $(STAMP) lint
	test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-ipafont-gothic) || echo "chromium could not be installed: the report's browser test will be skipped"
	$(PY) -m pytest

report: $(STAMP)
	$(PY) -m pipeline report --out $(OUT)

lint: $(STAMP)
	$(VENV)/bin/ruff check pipeline tests
	$(VENV)/bin/ruff format --check pipeline tests

eval: $(STAMP)
	$(PY) -m pipeline.evaluation --gold tests/gold --raw $(RAW)

fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=long $(PY) -m pytest tests/test_fuzz.py -p no:cacheprovider --hypothesis-show-statistics

bench: $(STAMP)
	$(PY) -m pipeline.bench --raw $(RAW) --mb $(BENCH_MB) $(ARGS)

# Retrain the names NER (pipeline/data/names_ner) on the training splits of ../shared/external and of the names gold
# (documents with crc32(doc_id) % 5 != 0; ~15 min on 2 cores).
EXTERNAL ?= ../shared/external
model: $(STAMP)
	$(PY) -m pipeline.extractors.names.model --external $(EXTERNAL) --out pipeline/data/names_ner --gold tests/gold --epochs 20 --width 128 --depth 4 --rows 1.0 --seed 0

# Retrain the citation field tagger (pipeline/data/citation_crf.model, a CRFsuite model) on the citation gold
# (tests/gold/citations.jsonl and every held-out set's notes; deterministic, about 10 s).
citation-model: $(STAMP)
	$(PY) -m pipeline.evaluation.citation_crf_cv --ship

# Ours vs GiNZA (ja-ginza, installed into its own .venv-ginza: it needs SudachiPy) on the held-out splits.
GINZA_VENV := .venv-ginza
compare: $(STAMP)
	test -x $(GINZA_VENV)/bin/python || $(PYTHON) -m venv $(GINZA_VENV)
	$(GINZA_VENV)/bin/python -c 'import ja_ginza' 2>/dev/null || $(GINZA_VENV)/bin/pip install --quiet 'ja-ginza==5.3.0'
	$(PY) -m pipeline.evaluation.names compare $(EXTERNAL) $(GINZA_VENV)/bin/python

clean:
	rm -rf $(OUT)/releases $(OUT)/current $(OUT)/tables $(OUT)/csv $(OUT)/datapackage.json $(OUT)/manifest.json $(OUT)/.work
