"""Our news gold as names-model training data: the document split, the sentences and their spans."""

from __future__ import annotations

import json
import zlib
from collections import Counter
from pathlib import Path

import pytest

from pipeline.evaluation.names import news_test_documents
from pipeline.extractors.names import model as names_model
from pipeline.extractors.names.model import Sample, is_validation, news_samples, news_split, sentence_bounds, to_doc
from pipeline.nlp.tokenizer import blank_japanese

GOLD = Path(__file__).resolve().parent / "gold"
NLP = blank_japanese()


@pytest.fixture(scope="module")
def samples() -> list[Sample]:
    return news_samples(GOLD)


def _gold_rows() -> list[dict]:
    rows = []
    for folder in names_model.gold_folders(GOLD):
        path = folder / "mentions.jsonl"
        if path.exists():
            rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


@pytest.mark.parametrize("doc_id", ["articles_amend_dokkinho", "h4_articles_anpo_treaty", "000_fd09c4983b7dce15"])
def test_split_is_crc32_of_the_document_id(doc_id):
    expected = "test" if zlib.crc32(doc_id.encode()) % 5 == 0 else "train"
    assert news_split(doc_id) == news_split(doc_id) == expected


def test_a_document_stays_in_one_split_and_one_validation_fold(samples):
    by_doc: dict[str, set] = {}
    for sample in samples:
        by_doc.setdefault(sample.doc_id, set()).add((sample.split, sample.index, is_validation(sample)))
    assert len(by_doc) > 100 and all(len(kinds) == 1 for kinds in by_doc.values())
    splits = Counter(next(iter(kinds))[0] for kinds in by_doc.values())
    assert 0.1 < splits["test"] / len(by_doc) < 0.3  # about one document in five
    assert any(v for kinds in by_doc.values() for *_, v in kinds)  # the validation fold is not empty


def test_no_news_test_document_is_trained_on(samples):
    test_docs = set(news_test_documents(GOLD))
    trained = {s.doc_id for s in samples if s.split == "train"}
    assert test_docs and not test_docs & trained
    assert test_docs == {s.doc_id for s in samples if s.split == "test"}


def test_samples_are_deterministic(samples):
    assert news_samples(GOLD) == samples


def test_every_gold_name_is_a_span_or_an_unknown_abbreviation_with_its_surface(samples):
    """Each non-abbreviation gold row is one entity span whose text is its surface; abbreviation parts are unknown."""
    docs = {s.doc_id for s in samples}
    rows = [r for r in _gold_rows() if r["doc_id"] in docs]
    spans = Counter((s.doc_id, s.text[a:b], kind) for s in samples for a, b, kind in s.spans)
    unknown = Counter((s.doc_id, s.text[a:b]) for s in samples for a, b in s.unknown)
    assert spans == Counter((r["doc_id"], r["surface"], r["type"]) for r in rows if not r.get("abbreviation"))
    assert unknown == Counter((r["doc_id"], r["surface"]) for r in rows if r.get("abbreviation"))
    assert all(s.source == "news" and s.text.strip() for s in samples)


def test_sentences_end_after_marks_and_spaces_but_never_inside_a_name():
    text = "日米首脳会談。\n岸田文雄首相は\nワシントンを訪れた！次"
    assert [text[a:b] for a, b in sentence_bounds(text, [])] == [
        "日米首脳会談。\n",
        "岸田文雄首相は\n",
        "ワシントンを訪れた！",
        "次",
    ]
    assert [text[a:b] for a, b in sentence_bounds(text, [(8, 23)])] == [
        "日米首脳会談。\n",
        "岸田文雄首相は\nワシントンを訪れた！",
        "次",
    ]


def test_unknown_spans_teach_neither_entity_nor_outside():
    sample = Sample("露朝首脳会談でプーチン大統領は", ((7, 11, "PERSON"),), "train", "news", unknown=((0, 1), (1, 2)))
    doc = to_doc(NLP, sample)
    assert [(e.text, e.label_) for e in doc.ents] == [("プーチン", "PERSON")]
    first = doc.char_span(0, 2, alignment_mode="expand")
    assert all(token.ent_iob_ == "" for token in first)  # missing, not "O"
    assert all(token.ent_iob_ == "O" for token in doc[first.end :] if token.idx >= 11)
