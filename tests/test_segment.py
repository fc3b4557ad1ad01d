"""Segmentation: fugashi as spaCy's tokenizer; sentences that respect brackets."""

import importlib.util

from pipeline.nlp.tokenizer import blank_japanese, token_reading
from pipeline.records import Region
from pipeline.stages.segment import split_sentences


def test_japanese_pipeline_runs_without_sudachipy():
    assert importlib.util.find_spec("sudachipy") is None
    nlp = blank_japanese()
    text = "プーチン(Vladimir Putin)大統領は6月19日、平壌で会談した。\n第4条"
    doc = nlp(text)
    assert doc.text == text
    by_text = {t.text: t for t in doc}
    assert by_text["平壌"].tag_.startswith("名詞-固有名詞-地名")
    assert by_text["平壌"].pos_ == "PROPN"
    assert token_reading(by_text["会談"]) == "カイダン"
    assert by_text["し"].lemma_ == "為る"


def test_sentences_do_not_end_inside_brackets():
    text = "「一方の締約国が、攻撃を受けた。他方の締約国は援助する」と規定されている。次の文。"
    sentences = split_sentences(text, [Region(0, len(text), "body")])
    assert [s.text for s in sentences] == [
        "「一方の締約国が、攻撃を受けた。他方の締約国は援助する」と規定されている。",
        "次の文。",
    ]


def test_unbalanced_bracket_is_closed_at_the_paragraph_end():
    text = "「閉じない括弧。まだ中。\n次の段落。終わり。"
    sentences = split_sentences(text, [Region(0, len(text), "body")])
    assert [s.text for s in sentences][-2:] == ["次の段落。", "終わり。"]


def test_sentences_carry_their_section():
    text = "見出し\n本文です。\n1 注です。"
    regions = [Region(0, 3, "header"), Region(4, 9, "body"), Region(10, len(text), "footnote")]
    assert [(s.section, s.text) for s in split_sentences(text, regions)] == [
        ("header", "見出し"),
        ("body", "本文です。"),
        ("footnote", "1 注です。"),
    ]


def test_token_columns_from_the_tokenizer_equal_those_read_back_from_the_doc():
    """The segment stage takes its token columns from the lists the Doc was built from; they must be what
    the Doc itself holds (whitespace gaps, a space after a word, readings, UD tags, sentence ids)."""
    from pipeline.records import IngestedDocument
    from pipeline.stages.segment import _analysis_columns, _token_columns, segment

    nlp = blank_japanese()
    text = "　会談は 6月19日、平壌で行われた。\n\nPutin  said: 「合意した」と。 第4条\t(2)"
    doc, analysis = nlp.tokenizer.analysed(text)
    sentences = split_sentences(text, [])
    assert _analysis_columns(doc, analysis, sentences) == _token_columns(doc, sentences)
    _, seg = segment(IngestedDocument("d", "d.txt", "", "utf-8", text), nlp)
    tokens = seg.tokens
    assert [t.token_id for t in tokens] == list(range(len(tokens))) == seg.token_columns["token_id"]
    assert all(text[t.start : t.end] == t.surface and t.surface.strip() for t in tokens)
    assert {t.surface: t.sent_id for t in tokens}["第"] == len(sentences) - 1
    assert {t.surface: t.reading for t in tokens}["会談"] == "カイダン"
