"""The names extractor against the hand gold (tests/gold/mentions.jsonl): seeds and other news texts."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from pipeline.evaluation.names import score

GOLD_DIR = Path(__file__).resolve().parent / "gold"


def gold_rows() -> pd.DataFrame:
    lines = (GOLD_DIR / "mentions.jsonl").read_text(encoding="utf-8").splitlines()
    return pd.DataFrame([json.loads(line) for line in lines if line.strip()])


def compare(gold: pd.DataFrame, mentions: pd.DataFrame) -> tuple[dict[str, float], float]:
    """Exact-span scores per type, and canonical accuracy on the spans both agree on."""
    docs = sorted(set(gold.doc_id))
    gold_sets = [{(r.start, r.end, r.type) for r in gold[gold.doc_id == d].itertuples()} for d in docs]
    pred_sets = [{(r.start, r.end, r.type) for r in mentions[mentions.doc_id == d].itertuples()} for d in docs]
    canon = {(r.doc_id, r.start, r.end): r.canonical for r in mentions.itertuples()}
    matched = Counter(
        canon.get((r.doc_id, r.start, r.end)) == r.canonical
        for r in gold.itertuples()
        if (r.doc_id, r.start, r.end) in canon
    )
    return score(gold_sets, pred_sets), matched[True] / max(1, sum(matched.values()))


def test_gold_offsets_point_at_their_surface(tables):
    texts = tables["documents"].set_index("doc_id").text
    gold = gold_rows()
    for row in gold[gold.doc_id.isin(texts.index)].itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.surface


def test_seed_documents_match_the_gold(tables):
    gold = gold_rows()
    gold = gold[gold.doc_id.isin(set(tables["documents"].doc_id))]
    assert len(gold) > 150
    scores, canonical_accuracy = compare(gold, tables["mentions"])
    # The bar for real news text: PERSON >= 0.90, ORG and PLACE >= 0.85.
    assert scores["PERSON_f1"] >= 0.9 and scores["ORG_f1"] >= 0.85 and scores["PLACE_f1"] >= 0.85, scores
    assert canonical_accuracy >= 0.95


@pytest.fixture(scope="module")
def news_tables(tmp_path_factory):
    """The pipeline over the names gold texts (real news sentences other than the seeds)."""
    from pipeline.cli import main

    base = tmp_path_factory.mktemp("names_gold")
    raw = base / "raw"
    raw.mkdir()
    for path in sorted((GOLD_DIR / "texts").glob("names_*.txt")):
        shutil.copy(path, raw / path.name)
    assert main(["run", "--raw", str(raw), "--out", str(base / "out")]) == 0
    tables = base / "out" / "tables"
    return {name: pd.read_parquet(tables / f"{name}.parquet") for name in ("documents", "mentions", "entities")}


def test_other_news_texts_match_the_gold(news_tables):
    gold = gold_rows()
    gold = gold[gold.doc_id.str.startswith("names_")]
    texts = news_tables["documents"].set_index("doc_id").text
    assert set(gold.doc_id) == set(texts.index)
    for row in gold.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.surface
    scores, canonical_accuracy = compare(gold, news_tables["mentions"])
    assert scores["PERSON_f1"] >= 0.9 and scores["ORG_f1"] >= 0.85 and scores["PLACE_f1"] >= 0.85, scores
    assert canonical_accuracy >= 0.95


def test_full_and_short_names_are_one_entity_across_documents(news_tables):
    entities = news_tables["entities"]
    putin = entities[(entities.type == "PERSON") & entities.aliases.apply(lambda a: "プーチン" in list(a))]
    assert len(putin) == 1
    assert putin.canonical.iloc[0] == "ウラジーミル・プーチン"
    assert {"Vladimir Putin", "プーチン"} <= set(putin.aliases.iloc[0])
