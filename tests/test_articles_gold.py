"""The article-reference gold (seeds and real texts from other sources) scored with the extractor.

Documents are ingested exactly as the pipeline does (decode, layout repair, normalisation, header),
so offsets and titles are those of ``documents.text``/``documents.title``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.evaluation.articles import score_gold
from pipeline.records import IngestedDocument
from pipeline.stages.ingest import ingest_all
from tests.conftest import RAW

GOLD = Path(__file__).parent / "gold"


def _ingest(directory: Path) -> dict[str, tuple[str, str | None]]:
    return {d.doc_id: (d.text, d.title) for d in ingest_all(directory) if isinstance(d, IngestedDocument)}


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> dict[str, tuple[str, str | None]]:
    texts = tmp_path_factory.mktemp("article_texts")
    for path in sorted((GOLD / "texts").glob("articles_*.txt")):
        shutil.copy(path, texts / path.name)
    return _ingest(texts) | _ingest(RAW)


@pytest.fixture(scope="module")
def gold_rows() -> list[dict]:
    return [json.loads(line) for line in (GOLD / "article_refs.jsonl").read_text(encoding="utf-8").splitlines()]


def test_gold_rows_match_the_texts(gold_rows, documents):
    for row in gold_rows:
        text, _ = documents[row["doc_id"]]
        assert text[row["start"] : row["end"]] == row["surface"], row


def test_gold_size_and_sources(gold_rows):
    other = [r for r in gold_rows if r["doc_id"].startswith("articles_")]
    assert len(other) >= 150
    # held-out texts (annotated independently, never tuned on) list their sources apart
    listed = "".join(path.read_text(encoding="utf-8") for path in sorted(GOLD.glob("sources_*.md")))
    for doc_id in {r["doc_id"] for r in other}:
        assert f"{doc_id}.txt" in listed, f"{doc_id} has no source line"


def test_gold_scores(gold_rows, documents):
    metrics = score_gold(gold_rows, documents)
    assert metrics["f1"] >= 0.95, metrics
    for field in ("article", "paragraph", "item", "instrument"):
        assert metrics[f"{field}_accuracy"] >= 0.90, metrics


def test_seed_gold_is_complete(gold_rows, documents):
    seeds = {doc_id for doc_id in documents if not doc_id.startswith("articles_")}
    metrics = score_gold([r for r in gold_rows if r["doc_id"] in seeds], documents)
    assert metrics["gold"] >= 15
    assert (metrics["precision"], metrics["recall"]) == (1.0, 1.0)
    assert metrics["instrument_accuracy"] == 1.0
