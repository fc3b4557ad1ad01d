"""The fast inference path of the names NER gives bit-identical vectors and the same entities as spaCy's."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest

from pipeline.extractors.names import model as names_model
from pipeline.extractors.names.model import MODEL_DIR, _chunks, load_ner, predict, sentence_pieces
from pipeline.nlp.tokenizer import blank_japanese

NLP = blank_japanese()
GOLD_TEXTS = Path(__file__).resolve().parent / "gold" / "texts"

pytestmark = pytest.mark.skipif(not (MODEL_DIR / "config.cfg").exists(), reason="no names model shipped")


def _pieces(limit_files: int = 6) -> list:
    """Sentence pieces of real texts (the gold texts: news, statutes, reports)."""
    pieces = []
    for path in sorted(GOLD_TEXTS.glob("*.txt"))[:limit_files]:
        text = path.read_text(encoding="utf-8")
        pieces += [piece for _, piece in sentence_pieces(NLP.make_doc(text), text)]
    return pieces


@pytest.fixture(scope="module")
def ner():
    pipe = load_ner(MODEL_DIR)
    for label in names_model.TYPES:
        NLP.vocab.strings.add(label)
    return pipe


def test_fast_tok2vec_is_installed_and_bit_identical(ner):
    tok2vec = ner.model.get_ref("tok2vec")
    fast = tok2vec._func
    pieces = _pieces()
    assert fast.__name__ == "forward"  # our wrapper, not thinc's chain forward
    expected, _ = fast.original(tok2vec, pieces, False)  # spaCy's own forward
    got, _ = fast(tok2vec, pieces, False)
    assert got.shape == expected.shape and got.shape[0] == sum(len(p) for p in pieces)
    assert numpy.array_equal(got, expected)


def test_entities_equal_spacys_own_forward(ner, monkeypatch):
    pieces = _pieces(12)
    fast = [[(e.start, e.end, e.label_) for e in doc.ents] for doc in ner.pipe(pieces, batch_size=4096)]
    tok2vec = ner.model.get_ref("tok2vec")
    fast_forward = tok2vec._func
    monkeypatch.setattr(tok2vec, "_func", fast_forward.original)
    slow = [[(e.start, e.end, e.label_) for e in doc.ents] for doc in ner.pipe(pieces, batch_size=256)]
    assert fast == slow
    assert any(fast)  # the texts do name people, places and bodies


def test_predict_finds_a_name_in_a_real_sentence(ner):
    # Kyodo-style news sentence (tests/gold/texts/names_*.txt style): 岸田文雄 is a person.
    text = "岸田文雄首相は１２日、首相官邸で記者団の取材に応じた。"
    spans = predict(NLP.make_doc(text), text=text)
    assert any(text[s:e] == "岸田文雄" and kind == "PERSON" for s, e, kind in spans)


@pytest.mark.parametrize(
    "lengths, size, expected",
    [
        ([3, 3, 3], 5, [[3, 3], [3]]),
        ([10, 1], 5, [[10], [1]]),
        ([1, 1, 1], 100, [[1, 1, 1]]),
        ([], 5, [[]]),
    ],
)
def test_chunks_keep_order_and_size(lengths, size, expected):
    arrays = [numpy.zeros((n, 2)) for n in lengths]
    assert [[len(a) for a in run] for run in _chunks(arrays, size)] == expected
