"""fugashi + unidic-lite as a spaCy tokenizer, so ``Japanese`` runs without SudachiPy.

spaCy's own Japanese tokenizer imports SudachiPy; we register another one
(``pipeline.FugashiTokenizer.v1``) under spaCy's tokenizer registry and build
the language from config, as spaCy intends tokenizers to be swapped.  POS
mapping to Universal Dependencies reuses spaCy's UniDic tag maps
(``spacy.lang.ja.resolve_pos``), which were written for the same tag set.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, MORPH, POS, TAG
from spacy.lang.ja import Japanese, resolve_pos
from spacy.lang.ja.tag_orth_map import TAG_ORTH_MAP
from spacy.parts_of_speech import NAMES as UD_NAMES
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from pipeline.nlp.unidic import tagger

_GAP_TAG = "空白"
# MeCab is line-oriented; very long inputs are fed in chunks cut after these.
_CHUNK = 20_000
_CHUNK_BREAKS = "\n。"
# The order of ``Doc(pos=, lemmas=, tags=, morphs=)``, which these arrays replace.
_ANNOTATION_ATTRS = [POS, LEMMA, TAG, MORPH]
_Entry = tuple[str, str, str | None]  # (UniDic tag, lemma, reading) of one token
TEXT_KEY = ("pipeline", "text")  # doc.user_data key of the document text


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
        self.tagger = tagger()
        # feature string -> (tag, lemma, reading): parsing UniDic's 26 fields is the slow part of
        # fugashi, and a document repeats a few thousand distinct analyses many times.
        self._analyses: dict[str, tuple[str, str | None, str | None]] = {}

    def __call__(self, text: str) -> Doc:
        return self.analysed(text)[0]

    def analysed(self, text: str) -> tuple[Doc, Analysis]:
        """The Doc and the per-token lists it was built from (the segment stage reads its token columns
        from these rather than back from the Doc)."""
        analysis = self._align(text)
        doc = Doc(self.vocab, words=analysis.words, spaces=analysis.spaces)
        if analysis.words:
            doc.from_array(_ANNOTATION_ATTRS, self._annotations(analysis))
        doc.user_data[TEXT_KEY] = text  # the tokens cover every character: ``doc.text == text``
        return doc, analysis

    def _align(self, text: str) -> Analysis:
        """Words, start offsets, trailing-space flags and (tag, lemma, reading) per token, gaps included.

        One loop over MeCab's nodes (no generator, no per-token tuple of its own): this is the
        per-token part of the segment stage."""
        words: list[str] = []
        starts: list[int] = []
        entries: list[_Entry] = []
        add_word, add_start, add_entry = words.append, starts.append, entries.append  # per token: bound once
        spaced: list[int] = []  # words followed by one space (their trailing whitespace)
        analyses, find, tag_chunk = self._analyses, text.find, self.tagger
        pos = 0
        for chunk in _chunks(text):
            for node in tag_chunk(chunk):
                surface = node.surface
                if not surface or surface.isspace():
                    continue
                raw = node.feature_raw
                entry = analyses.get(raw)
                if entry is None:
                    entry = analyses[raw] = _analysis(node.feature)
                if not entry[1]:  # no lemma: the surface is its own
                    entry = (entry[0], surface, entry[2])
                found = find(surface, pos)
                if found < 0:  # MeCab normalised something; cannot align
                    raise ValueError(f"token {surface!r} not found in text at {pos}")
                if found > pos:
                    gap = text[pos:found]
                    last = len(words) - 1
                    if gap == " " and words and (not spaced or spaced[-1] != last) and entries[-1][0] != _GAP_TAG:
                        spaced.append(last)
                    else:
                        add_word(gap)
                        add_start(pos)
                        add_entry((_GAP_TAG, gap, None))
                add_word(surface)
                add_start(found)
                add_entry(entry)
                pos = found + len(surface)
        if pos < len(text):
            gap = text[pos:]
            add_word(gap)
            add_start(pos)
            add_entry((_GAP_TAG, gap, None))
        spaces = [False] * len(words)
        for index in spaced:
            spaces[index] = True
        return Analysis(words, starts, spaces, entries, [], [])

    def _annotations(self, analysis: Analysis) -> numpy.ndarray:
        """The rows ``Doc(pos=, lemmas=, tags=, morphs=)`` would build, each distinct value hashed once:
        the (lemma, tag, morph) of each distinct analysis, the UD tag of each distinct tag bigram (spaCy's
        UniDic map looks at the next tag, and for a few tags at the word).  Sets ``analysis.uds`` and
        ``analysis.morphs`` on the way.

        Hashes are cached per call only, so strings a spaCy memory zone drops are never reused.
        """
        strings, morphology = self.vocab.strings, self.vocab.morphology
        entries = analysis.entries
        analysis.uds = uds = _ud_tags(analysis.words, [entry[0] for entry in entries])
        distinct = dict.fromkeys(entries)  # in order of first use
        rows = [
            (strings.add(lemma), strings.add(tag), morphology.add(_morph(reading))) for tag, lemma, reading in distinct
        ]
        entry_ids = {entry: i for i, entry in enumerate(distinct)}
        index = list(map(entry_ids.__getitem__, entries))
        ud_keys = {ud: strings.add(ud) for ud in set(uds)}
        table = numpy.empty((len(entries), 4), dtype="uint64")
        table[:, 0] = list(map(ud_keys.__getitem__, uds))
        table[:, 1:] = numpy.array(rows, dtype="uint64")[index]
        analysis.morphs = table[:, 3].tolist()
        return table


def _ud_tags(words: list[str], tags: list[str]) -> list[str]:
    """Universal Dependencies tags by spaCy's UniDic map, which looks at the next tag (and, for the tags
    of ``TAG_ORTH_MAP``, at the word): resolved once per distinct tag bigram (remembered across documents:
    the map never changes), per word only for those."""
    pairs = list(zip(tags, [*tags[1:], None], strict=True))
    by_pair = _UD_BY_PAIR
    for pair in set(pairs).difference(by_pair):
        by_pair[pair] = None if pair[0] in TAG_ORTH_MAP else _ud("", *pair)
    result = list(map(by_pair.__getitem__, pairs))
    if None in result:
        for i, ud in enumerate(result):
            if ud is None:  # the word itself decides
                result[i] = _ud(words[i], *pairs[i])
    return result


# UD tag of each (tag, next tag) pair whose word does not matter; None for the tags of ``TAG_ORTH_MAP``.
_UD_BY_PAIR: dict[tuple[str, str | None], str | None] = {}


def _ud(word: str, tag: str, next_tag: str | None) -> str:
    return UD_NAMES.get(resolve_pos(word, tag, next_tag)[0], "")


@dataclass
class Analysis:
    """One text's tokens as parallel lists (whitespace gaps included, as in the Doc)."""

    words: list[str]
    starts: list[int]  # character offset of each word
    spaces: list[bool]
    entries: list[_Entry]  # (UniDic tag, lemma, reading)
    uds: list[str]  # Universal Dependencies tag (empty when spaCy's map has none)
    morphs: list[int]  # morphology key (the Doc's MORPH)


def _analysis(feature) -> tuple[str, str | None, str | None]:
    """(UniDic POS joined with '-', lemma, kana reading) of one fugashi feature tuple."""
    tag = "-".join(p for p in (feature.pos1, feature.pos2, feature.pos3, feature.pos4) if p and p != "*")
    return tag or "記号-一般", feature.lemma, feature.kana


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


@registry.tokenizers("pipeline.FugashiTokenizer.v1")
def create_fugashi_tokenizer():
    def make(nlp) -> FugashiTokenizer:
        return FugashiTokenizer(nlp.vocab)

    return make


def blank_japanese() -> Japanese:
    """A ``spacy.lang.ja.Japanese`` pipeline whose tokenizer is fugashi."""
    config = {"nlp": {"tokenizer": {"@tokenizers": "pipeline.FugashiTokenizer.v1"}}}
    return Japanese.from_config(config)


def doc_text(doc: Doc) -> str:
    """``doc.text`` without rebuilding it: spaCy joins it from a new ``Token`` per word on every access
    (a tenth of a rules-only run); our tokenizer keeps the text it was given."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def token_reading(token) -> str | None:
    values = token.morph.get("Reading")
    return values[0] if values else None
