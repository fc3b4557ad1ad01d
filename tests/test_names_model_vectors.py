"""The names NER with static word vectors: the table is found and keyed by ORTH, a model trained with it
keeps its vectors, and the fast inference path gives spaCy's own vectors and entities."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
from spacy.vectors import Vectors

from pipeline.extractors.names import model as names_model
from pipeline.extractors.names.model import Sample, Settings, load_ner, predict, sentence_pieces, train, vectors_dir
from pipeline.nlp.tokenizer import blank_japanese
from tests.conftest import EXTERNAL

NLP = blank_japanese()
STOCKMARK = EXTERNAL / "stockmark-ner" / "ner.json"
DIMS = 8


def _training_samples(count: int = 40) -> list[Sample]:
    """Real Stockmark training sentences (never the test split) with their entities."""
    return [s for s in names_model.stockmark_samples(STOCKMARK) if s.split == "train"][:count]


def _write_vectors(folder: Path, words: list[str]) -> Path:
    """A small vectors table in the layout GiNZA ships (vocab/vectors, key2row, vectors.cfg)."""
    rng = numpy.random.default_rng(0)
    table = Vectors(shape=(len(words), DIMS))
    for row, word in enumerate(words):
        table.add(word, vector=rng.normal(size=DIMS).astype("float32"), row=row)
    target = folder / "ja_ginza" / "ja_ginza-5.3.0" / "vocab"
    target.mkdir(parents=True)
    table.to_disk(target)
    return target


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A tiny model (width 32, depth 1) trained with vectors for the words of its own sentences."""
    if not STOCKMARK.exists():
        pytest.skip("no Stockmark data")
    root = tmp_path_factory.mktemp("vectors")
    samples = _training_samples()
    words = sorted({t.text for s in samples for t in NLP.make_doc(s.text)})[::2]  # half the words: misses too
    _write_vectors(root, words)
    out = root / "model"
    original = names_model.all_samples
    names_model.all_samples = lambda _external, _gold=None: samples
    try:
        train(Path("unused"), out, Settings(epochs=3, width=32, depth=1), vectors=root / "ja_ginza")
    finally:
        names_model.all_samples = original
    return out, len(words)


def test_vectors_dir_finds_the_table_in_a_package(tmp_path):
    target = _write_vectors(tmp_path, ["東京", "大阪"])
    assert vectors_dir(tmp_path / "ja_ginza") == target
    assert vectors_dir(target) == target


def test_vectors_dir_rejects_a_folder_without_vectors(tmp_path):
    with pytest.raises(FileNotFoundError):
        vectors_dir(tmp_path)


def test_trained_model_keeps_its_vectors_keyed_by_orth(trained):
    out, rows = trained
    ner = load_ner(out)
    assert ner.vocab.vectors.shape == (rows, DIMS)
    assert ner.vocab.vectors.attr == names_model.ORTH
    assert "ja_ginza-5.3.0.vectors" in (out / "meta.json").read_text(encoding="utf-8")


def _pieces(ner) -> list:
    """Pieces of real Stockmark sentences in the model's vocab (where the static vectors are read)."""
    docs = []
    for sample in _training_samples(60):
        docs += [p for _, p in sentence_pieces(NLP.make_doc(sample.text), sample.text, vocab=ner.vocab)]
    return docs


def test_fast_path_equals_spacys_forward_with_vectors(trained):
    ner = load_ner(trained[0])
    tok2vec = ner.model.get_ref("tok2vec")
    fast = tok2vec._func
    assert fast.__name__ == "forward"  # the vectors layout is recognised, not left on spaCy's path
    pieces = _pieces(ner)
    expected, _ = fast.original(tok2vec, pieces, False)
    got, _ = fast(tok2vec, pieces, False)
    assert got.shape == expected.shape
    numpy.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)


def test_static_vectors_change_the_embedding(trained):
    """Tokens with a vector embed differently from the same tokens without one (the table is read)."""
    ner = load_ner(trained[0])
    tok2vec = ner.model.get_ref("tok2vec")
    pieces = _pieces(ner)[:10]
    with_vectors, _ = tok2vec._func.original(tok2vec, pieces, False)
    ner.vocab.vectors.data[:] = 0
    try:
        without, _ = tok2vec._func.original(tok2vec, pieces, False)
    finally:
        load_ner.cache_clear()
    assert not numpy.allclose(with_vectors, without)


def test_predict_with_vectors_model_matches_slow_path(trained, monkeypatch):
    ner = load_ner(trained[0])
    texts = [s.text for s in _training_samples(30)]
    fast = [predict(NLP.make_doc(t), path=trained[0], text=t) for t in texts]
    tok2vec = ner.model.get_ref("tok2vec")
    monkeypatch.setattr(tok2vec, "_func", tok2vec._func.original)
    slow = [predict(NLP.make_doc(t), path=trained[0], text=t) for t in texts]
    assert fast == slow
