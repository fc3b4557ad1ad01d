"""Names round 2: what no name may be (law numbers, dates, common nouns, places inside event names),
how model spans are cut and typed, and the one-pass token view and sentence batching behind the speed-up."""

from __future__ import annotations

import pytest

import pipeline.nlp.components  # noqa: F401  (registers doc._.meta)
from pipeline.extractors import names_model
from pipeline.extractors.names import (
    DESCRIPTOR_PREFIX,
    EVENT_AFTER,
    NUMBERED,
    SpanIndex,
    Tokens,
    find_names,
)
from pipeline.extractors.names_model import MODEL_DIR, Sample, is_validation, predict, sentence_pieces
from pipeline.nlp.tokenizer import blank_japanese

NLP = blank_japanese()


def found(text: str, use_model: bool = True) -> set[tuple[str, str]]:
    return {(m.surface, m.type) for m in find_names(NLP(text), use_model=use_model)}


def with_model_spans(monkeypatch, text: str, spans: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """find_names with a stand-in model that finds exactly ``spans`` (surface, type) in ``text``."""
    located = [(text.index(surface), text.index(surface) + len(surface), kind) for surface, kind in spans]
    monkeypatch.setattr(names_model, "predict", lambda doc, path=None, text=None: located)
    return found(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("2024年11月9日、連邦法第374号「ロシア連邦と朝鮮民主主義人民共和国の間の条約」に署名した。", "連邦法第374号"),
        ("同条約第4条に基づき軍事援助を行う。", "同条約第4条"),
        ("両国の国民生活に関する知識レベルを高める。", "国民生活"),
        ("公正で平等な新しい国際秩序の確立を目指し", "国際秩序"),
        ("朝鮮半島と域内の平和・安定を深刻に脅かす", "平和・安定"),
    ],
)
def test_law_numbers_dates_and_common_nouns_are_never_names(monkeypatch, text, surface):
    result = with_model_spans(monkeypatch, text, [(surface, "ORG")])
    assert all(surface not in name and name not in surface for name, _ in result), result


def test_common_nouns_ending_on_an_organisational_head_stay(monkeypatch):
    text = "国際連合の総会で演説した。"
    assert ("国際連合", "ORG") in with_model_spans(monkeypatch, text, [("国際連合", "ORG")])


def test_descriptive_prefix_is_cut_from_a_model_span(monkeypatch):
    result = with_model_spans(monkeypatch, "5月に北朝鮮の首都平壌を訪れた。", [("首都平壌", "PLACE")])
    assert ("平壌", "PLACE") in result and ("首都平壌", "PLACE") not in result


def test_model_span_takes_the_type_the_rules_know(monkeypatch):
    text = "ロシア連邦と朝鮮民主主義人民共和国の間の条約。ロシア大統領府が発表した。"
    result = with_model_spans(monkeypatch, text, [("朝鮮民主主義人民共和国", "ORG"), ("ロシア大統領府", "PLACE")])
    assert {("朝鮮民主主義人民共和国", "PLACE"), ("ロシア大統領府", "ORG")} <= result


def test_places_inside_event_names_are_not_mentions():
    assert "東京" not in {s for s, _ in found("10月に開催された東京モーターショーが話題になった。", use_model=False)}
    assert ("ウクライナ", "PLACE") in found("現在、ロシアはウクライナ戦争により米国を", use_model=False)
    assert ("ロシア", "PLACE") not in found("条約のロシア語版の原文は", use_model=False)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("同氏による北朝鮮訪問は2000年以来", "北朝鮮", True),  # starts the word
        ("前日に発表した対朝鮮独自制裁", "朝鮮", True),  # after the prefix 対
        ("2011年、東日本大震災の発生直後", "日本", False),  # inside 東日本
    ],
)
def test_gazetteer_place_inside_a_word(text, surface, expected):
    assert ((surface, "PLACE") in found(text, use_model=False)) is expected


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (NUMBERED, "連邦法第374号", "第374号"),
        (NUMBERED, "国連憲章第51条", "第51条"),
        (NUMBERED, "2024年11月9日", "2024年11月9日"),
        (NUMBERED, "6月19日に", "6月19日"),
        (DESCRIPTOR_PREFIX, "首都平壌", "首都"),
        (EVENT_AFTER, "オリンピック10", "オリンピック"),
        (EVENT_AFTER, "モーターショーが", "モーターショー"),
    ],
)
def test_named_patterns(pattern, text, expected):
    assert pattern.search(text).group() == expected


def test_token_view_equals_the_doc():
    doc = NLP("ロシアのプーチン大統領は\n平壌を訪れた。 金正恩氏と会談した。")
    toks = Tokens.of(doc)
    assert toks.starts == [t.idx for t in doc]
    assert toks.ends == [t.idx + len(t) for t in doc]
    assert toks.tags == [t.tag_ for t in doc]
    assert list(toks.covering(4, 8)) == [i for i, t in enumerate(doc) if t.idx < 8 and t.idx + len(t) > 4]


def test_span_index_answers_like_a_scan():
    spans = [(0, 5), (3, 4), (10, 30), (12, 14)]
    index = SpanIndex(spans)
    for start in range(0, 32):
        for end in range(start + 1, 33):
            longer = any(s <= start and end <= e and end - start < e - s for s, e in spans)
            overlap = any(start < e and s < end for s, e in spans)
            assert index.contains_longer(start, end) == longer and index.overlaps(start, end) == overlap


def test_sentence_pieces_cover_the_doc_in_order():
    text = "ロシアのプーチン大統領は平壌を訪れた。金正恩氏と会談した!\n次の行 は英語 Putin と書く"
    doc = NLP(text)
    pieces = sentence_pieces(doc)
    assert "".join(piece.text_with_ws for _, piece in pieces) == text
    assert [offset for offset, _ in pieces] == [0, text.index("金"), text.index("次")]
    assert all(text[offset : offset + len(piece.text)] == piece.text for offset, piece in pieces)


@pytest.mark.skipif(not (MODEL_DIR / "config.cfg").exists(), reason="no shipped model")
def test_batched_prediction_equals_sentence_by_sentence():
    first, second = "トヨタ自動車の豊田章男社長は名古屋市で会見した。", "ソニーの本社は東京にある。"
    whole = predict(NLP(first + second))
    apart = predict(NLP(first)) + [(s + len(first), e + len(first), k) for s, e, k in predict(NLP(second))]
    assert whole == apart and whole


def test_validation_fold_is_carved_from_training_only():
    assert is_validation(Sample("", (), "train", "stockmark", 6))
    assert not is_validation(Sample("", (), "train", "stockmark", 7))
    assert not is_validation(Sample("", (), "test", "gsd", 1))


def test_model_span_joining_known_names_gives_way_to_them(monkeypatch):
    text = "ロシア極東のボストチヌイ宇宙基地において会談した。訪問先のベトナム・ハノイで述べた。"
    spans = [("ロシア極東のボストチヌイ宇宙基地", "PLACE"), ("ベトナム・ハノイ", "PLACE")]
    result = with_model_spans(monkeypatch, text, spans)
    parts = {"ロシア極東", "ボストチヌイ宇宙基地", "ベトナム", "ハノイ"}
    assert {(part, "PLACE") for part in parts} <= result
    assert not {surface for surface, _ in spans} & {surface for surface, _ in result}


def test_model_span_starting_on_an_adverb_is_dropped(monkeypatch):
    assert ("直ちに軍事", "ORG") not in with_model_spans(monkeypatch, "直ちに軍事援助を行う。", [("直ちに軍事", "ORG")])
