"""fugashi + unidic-lite as a spaCy tokenizer, so ``Japanese`` runs without SudachiPy.

spaCy's own Japanese tokenizer imports SudachiPy; we register another one
(``pipeline.FugashiTokenizer.v1``) under spaCy's tokenizer registry and build
the language from config, as spaCy intends tokenizers to be swapped.  POS
mapping to Universal Dependencies reuses spaCy's UniDic tag maps
(``spacy.lang.ja.resolve_pos``), which were written for the same tag set.
"""

from __future__ import annotations

from functools import lru_cache

import fugashi
from spacy.lang.ja import Japanese, resolve_pos
from spacy.parts_of_speech import NAMES as UD_NAMES
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

_GAP_TAG = "空白"
# MeCab is line-oriented; very long inputs are fed in chunks cut after these.
_CHUNK = 20_000
_CHUNK_BREAKS = "\n。"


class FugashiTokenizer:
    """Callable ``text -> Doc`` whose tokens cover every character of ``text``.

    Whitespace that MeCab skips becomes its own ``空白`` token (spaCy's
    convention for Japanese) unless it is a single space after a token, which
    becomes that token's trailing whitespace.  Token attributes: ``tag_`` is
    the UniDic POS (``名詞-固有名詞-人名-姓``), ``pos_`` the UD tag, ``lemma_``
    the UniDic lemma, ``morph`` carries ``Reading``.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.tagger = _tagger()
        # feature string -> (tag, lemma, reading): parsing UniDic's 26 fields is the slow part of
        # fugashi, and a document repeats a few thousand distinct analyses many times.
        self._analyses: dict[str, tuple[str, str | None, str | None]] = {}

    def __call__(self, text: str) -> Doc:
        words, spaces, tags, lemmas, readings = [], [], [], [], []
        pos = 0
        for surface, tag, lemma, reading in self._analyse(text):
            found = text.find(surface, pos)
            if found < 0:  # MeCab normalised something; cannot align
                raise ValueError(f"token {surface!r} not found in text at {pos}")
            if found > pos:
                gap = text[pos:found]
                if gap == " " and words and not spaces[-1] and tags[-1] != _GAP_TAG:
                    spaces[-1] = True
                else:
                    _append(words, spaces, tags, lemmas, readings, gap, _GAP_TAG, gap, None)
            _append(words, spaces, tags, lemmas, readings, surface, tag, lemma, reading)
            pos = found + len(surface)
        if pos < len(text):
            gap = text[pos:]
            _append(words, spaces, tags, lemmas, readings, gap, _GAP_TAG, gap, None)
        return Doc(
            self.vocab, words=words, spaces=spaces, tags=tags, lemmas=lemmas,
            pos=_ud_tags(words, tags), morphs=[_morph(reading) for reading in readings],
        )  # fmt: skip

    def _analyse(self, text: str):
        """Yield (surface, tag, lemma, reading) for every non-space morpheme."""
        analyses = self._analyses
        for chunk in _chunks(text):
            for word in self.tagger(chunk):
                surface = word.surface
                if not surface or surface.isspace():
                    continue
                raw = word.feature_raw
                analysis = analyses.get(raw)
                if analysis is None:
                    analysis = analyses[raw] = _analysis(word.feature)
                tag, lemma, reading = analysis
                yield surface, tag, lemma or surface, reading


def _analysis(feature) -> tuple[str, str | None, str | None]:
    """(UniDic POS joined with '-', lemma, kana reading) of one fugashi feature tuple."""
    tag = "-".join(p for p in (feature.pos1, feature.pos2, feature.pos3, feature.pos4) if p and p != "*")
    return tag or "記号-一般", feature.lemma, feature.kana


def _ud_tags(words: list[str], tags: list[str]) -> list[str]:
    """Universal Dependencies tags by spaCy's UniDic map, which looks at the next tag for some words."""
    return [
        UD_NAMES.get(resolve_pos(word, tag, tags[i + 1] if i + 1 < len(tags) else None)[0], "")
        for i, (word, tag) in enumerate(zip(words, tags, strict=True))
    ]


def _morph(reading: str | None) -> str:
    return f"Reading={reading.replace('|', '_')}" if reading else ""


def _append(words, spaces, tags, lemmas, readings, surface, tag, lemma, reading) -> None:
    words.append(surface)
    spaces.append(False)
    tags.append(tag)
    lemmas.append(lemma)
    readings.append(reading)


def _chunks(text: str):
    """Cut ``text`` into pieces of about ``_CHUNK`` characters at line or sentence ends."""
    start = 0
    while start < len(text):
        end = min(len(text), start + _CHUNK)
        if end < len(text):
            cut = max(text.rfind(ch, start, end) for ch in _CHUNK_BREAKS)
            end = cut + 1 if cut > start else end
        yield text[start:end]
        start = end


@lru_cache(maxsize=1)
def _tagger() -> fugashi.Tagger:
    """One tagger per process: loading the dictionary is the slow part."""
    return fugashi.Tagger()


@registry.tokenizers("pipeline.FugashiTokenizer.v1")
def create_fugashi_tokenizer():
    def make(nlp) -> FugashiTokenizer:
        return FugashiTokenizer(nlp.vocab)

    return make


def blank_japanese() -> Japanese:
    """A ``spacy.lang.ja.Japanese`` pipeline whose tokenizer is fugashi."""
    config = {"nlp": {"tokenizer": {"@tokenizers": "pipeline.FugashiTokenizer.v1"}}}
    return Japanese.from_config(config)


def token_reading(token) -> str | None:
    values = token.morph.get("Reading")
    return values[0] if values else None
