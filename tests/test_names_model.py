"""The statistical half of the names extractor: data loading, splits, the shipped model, the rules-only switch."""

from __future__ import annotations

import pytest

import pipeline.nlp.components  # noqa: F401  (registers doc._.meta)
from pipeline.extractors.names import find_names
from pipeline.extractors.names import model as names_model
from pipeline.extractors.names.model import MODEL_DIR, TYPES, _gsd_sentence, predict, stockmark_samples, to_doc
from pipeline.nlp.tokenizer import blank_japanese
from tests.conftest import EXTERNAL

NLP = blank_japanese()

# Two real GSD tokens lines (dev-s5-like), MISC trimmed to the fields the reader uses.
GSD_BLOCK = "\n".join(
    [
        "# text = セントラル・リーグ審判員の水落朋大は実兄。",
        "1\tセントラル\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|NE=B-ORG",
        "2\t・\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|NE=I-ORG",
        "3\tリーグ\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|NE=L-ORG",
        "4\t審判\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
        "5\t員\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
        "6\tの\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
        "7\t水落\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|NE=B-PERSON",
        "8\t朋大\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|NE=L-PERSON",
        "9\tは\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
        "10\t実兄\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
        "11\t。\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=Yes",
    ]
)


def test_gsd_block_becomes_text_and_folded_spans():
    text, spans = _gsd_sentence(GSD_BLOCK)
    assert text == "セントラル・リーグ審判員の水落朋大は実兄。"
    assert [(text[s:e], kind) for s, e, kind in spans] == [("セントラル・リーグ", "ORG"), ("水落朋大", "PERSON")]


@pytest.mark.skipif(not (EXTERNAL / "stockmark-ner" / "ner.json").exists(), reason="external data absent")
def test_stockmark_every_fifth_sentence_is_held_out():
    samples = stockmark_samples(EXTERNAL / "stockmark-ner" / "ner.json")
    assert [s.split for s in samples[:6]] == ["test", "train", "train", "train", "train", "test"]
    assert all(kind in TYPES for s in samples for *_, kind in s.spans)


def test_gold_spans_become_entities_on_our_tokens():
    text, spans = _gsd_sentence(GSD_BLOCK)
    doc = to_doc(NLP, names_model.Sample(text, tuple(spans), "train", "gsd"))
    assert [(e.text, e.label_) for e in doc.ents] == [("セントラル・リーグ", "ORG"), ("水落朋大", "PERSON")]


@pytest.mark.skipif(not (MODEL_DIR / "config.cfg").exists(), reason="no shipped model")
def test_shipped_model_finds_names_and_leaves_the_doc_untouched():
    doc = NLP("トヨタ自動車の豊田章男社長は名古屋市で記者会見を開いた。")
    spans = predict(doc)
    assert {kind for *_, kind in spans} <= set(TYPES)
    assert ("豊田章男", "PERSON") in {(doc.text[s:e], kind) for s, e, kind in spans}
    assert list(doc.ents) == []


def test_rules_only_switch_never_calls_the_model(monkeypatch):
    def boom(doc):
        raise AssertionError("model called")

    monkeypatch.setattr(names_model, "predict", boom)
    found = find_names(NLP("ロシアのプーチン大統領は平壌を訪問した。"), use_model=False)
    assert ("プーチン", "PERSON") in {(m.surface, m.type) for m in found}


@pytest.mark.parametrize(
    ("word", "script"),
    [("梶原", "K"), ("揺れ", "Kh"), ("ワーナー", "k"), ("Brauer", "L"), ("2011", "d"), ("の", "h"), ("、", "o")],
)
def test_script_class_of_a_token(word, script):
    assert names_model.script_class(word) == script


def test_script_tags_reach_the_model_only_for_a_model_trained_on_them(tmp_path):
    doc = NLP("梶原一騎のプロダクションに籍を置いた。")
    plain = [t.tag_ for _, piece in names_model.sentence_pieces(doc) for t in piece]
    scripted = [t.tag_ for _, piece in names_model.sentence_pieces(doc, script=True) for t in piece]
    assert plain == [t.tag_ for t in doc]
    assert scripted == [names_model.feature_tag(t.text, t.tag_) for t in doc]
    (tmp_path / "meta.json").write_text('{"names_tag_feature": "unidic+script"}', encoding="utf-8")
    assert names_model.uses_script(tmp_path) and not names_model.uses_script(tmp_path / "absent")
