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
import numpy
from spacy.attrs import LEMMA, MORPH, POS, TAG
from spacy.lang.ja import Japanese, resolve_pos
from spacy.lang.ja.tag_orth_map import TAG_ORTH_MAP
from spacy.parts_of_speech import NAMES as UD_NAMES
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

_GAP_TAG = "空白"
# MeCab is line-oriented; very long inputs are fed in chunks cut after these.
_CHUNK = 20_000
_CHUNK_BREAKS = "\n。"
# The order of ``Doc(pos=, lemmas=, tags=, morphs=)``, which these arrays replace.
_ANNOTATION_ATTRS = [POS, LEMMA, TAG, MORPH]
_Entry = tuple[str, str, str | None]  # (UniDic tag, lemma, reading) of one token


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
        words, spaces, entries = self._align(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        if words:
            doc.from_array(_ANNOTATION_ATTRS, self._annotations(words, entries))
        return doc

    def _align(self, text: str) -> tuple[list[str], list[bool], list[_Entry]]:
        """Words, trailing-space flags and (tag, lemma, reading) per token, gaps included."""
        words: list[str] = []
        spaces: list[bool] = []
        entries: list[_Entry] = []
        pos = 0

        def push(word: str, entry: _Entry) -> None:
            words.append(word)
            spaces.append(False)
            entries.append(entry)

        for surface, entry in self._analyse(text):
            found = text.find(surface, pos)
            if found < 0:  # MeCab normalised something; cannot align
                raise ValueError(f"token {surface!r} not found in text at {pos}")
            if found > pos:
                gap = text[pos:found]
                if gap == " " and words and not spaces[-1] and entries[-1][0] != _GAP_TAG:
                    spaces[-1] = True
                else:
                    push(gap, (_GAP_TAG, gap, None))
            push(surface, entry)
            pos = found + len(surface)
        if pos < len(text):
            gap = text[pos:]
            push(gap, (_GAP_TAG, gap, None))
        return words, spaces, entries

    def _analyse(self, text: str):
        """Yield (surface, (tag, lemma, reading)) for every non-space morpheme."""
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
                yield surface, analysis if analysis[1] else (analysis[0], surface, analysis[2])

    def _annotations(self, words: list[str], entries: list[_Entry]) -> numpy.ndarray:
        """The rows ``Doc(tags=, lemmas=, pos=, morphs=)`` would build, with each distinct value hashed once.

        Hashes are cached per call only, so strings a spaCy memory zone drops are never reused.
        """
        strings, morphology = self.vocab.strings, self.vocab.morphology
        hashes: dict[str, int] = {}
        by_entry: dict[_Entry, tuple[int, int, int]] = {}

        def key(value: str) -> int:
            found = hashes.get(value)
            if found is None:
                strings.add(value)
                found = hashes[value] = strings[value]
            return found

        def lemma_tag_morph(entry: _Entry) -> tuple[int, int, int]:
            found = by_entry.get(entry)
            if found is None:
                tag, lemma, reading = entry
                found = by_entry[entry] = (key(lemma), key(tag), morphology.add(_morph(reading)))
            return found

        tags = [entry[0] for entry in entries]
        uds = _ud_tags(words, tags)
        rows = [(key(ud), *lemma_tag_morph(entry)) for ud, entry in zip(uds, entries, strict=True)]
        return numpy.array(rows, dtype="uint64")


def _analysis(feature) -> tuple[str, str | None, str | None]:
    """(UniDic POS joined with '-', lemma, kana reading) of one fugashi feature tuple."""
    tag = "-".join(p for p in (feature.pos1, feature.pos2, feature.pos3, feature.pos4) if p and p != "*")
    return tag or "記号-一般", feature.lemma, feature.kana


def _ud_tags(words: list[str], tags: list[str]) -> list[str]:
    """Universal Dependencies tags by spaCy's UniDic map, which looks at the next tag for some words."""
    by_bigram: dict[tuple[str, str | None], str] = {}
    result = []
    for i, (word, tag) in enumerate(zip(words, tags, strict=True)):
        next_tag = tags[i + 1] if i + 1 < len(tags) else None
        if tag in TAG_ORTH_MAP:  # the word itself decides: not cacheable by tags
            result.append(UD_NAMES.get(resolve_pos(word, tag, next_tag)[0], ""))
            continue
        ud = by_bigram.get((tag, next_tag))
        if ud is None:
            ud = by_bigram[(tag, next_tag)] = UD_NAMES.get(resolve_pos(word, tag, next_tag)[0], "")
        result.append(ud)
    return result


def _morph(reading: str | None) -> str:
    return f"Reading={reading.replace('|', '_')}" if reading else ""


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
