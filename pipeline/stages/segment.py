"""Stage 2, segment: sentences and fugashi tokens over the normalised text.

Sentences end at 。！？!? outside brackets, and at every paragraph break;
an unbalanced bracket (a 「 never closed) stops counting at the end of its
paragraph, so it cannot swallow the rest of the document.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc

from pipeline.nlp.tokenizer import token_reading
from pipeline.records import IngestedDocument, Region, Sentence, Token

OPENING = "「『（(［[〈《【〔“"
CLOSING = "」』）)］]〉》】〕”"
SENTENCE_END = "。！？!?"
_TOKEN_ATTRS = [IDX, ORTH, LEMMA, TAG, POS, MORPH]


@dataclass
class Segmented:
    doc_id: str
    sentences: list[Sentence]
    tokens: list[Token]


def segment(document: IngestedDocument, nlp: Language) -> tuple[Doc, Segmented]:
    """Tokenise the whole text once; sentences and tokens as records, plus the Doc."""
    doc = nlp.make_doc(document.text)
    sentences = split_sentences(document.text, document.regions)
    _mark_sentence_starts(doc, sentences)
    tokens = _tokens(doc, sentences)
    return doc, Segmented(document.doc_id, sentences, tokens)


def split_sentences(text: str, regions: list[Region]) -> list[Sentence]:
    """Sentence spans, stripped of surrounding whitespace, within each region."""
    spans: list[tuple[int, int, str]] = []
    for region in regions or [Region(0, len(text), "body")]:
        for start, end in _split_region(text, region.start, region.end):
            spans.append((start, end, region.section))
    return [Sentence(i, s, e, sec, text[s:e]) for i, (s, e, sec) in enumerate(spans)]


def _split_region(text: str, start: int, end: int):
    depth = 0
    sentence_start = start
    for position in range(start, end):
        ch = text[position]
        if ch == "\n":
            yield from _stripped(text, sentence_start, position)
            sentence_start, depth = position + 1, 0
        elif ch in OPENING:
            depth += 1
        elif ch in CLOSING:
            depth = max(0, depth - 1)
        elif ch in SENTENCE_END and depth == 0:
            cut = position + 1
            while cut < end and text[cut] in CLOSING + SENTENCE_END:
                cut += 1
            yield from _stripped(text, sentence_start, cut)
            sentence_start = cut
    yield from _stripped(text, sentence_start, end)


def _stripped(text: str, start: int, end: int):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def _mark_sentence_starts(doc: Doc, sentences: list[Sentence]) -> None:
    """All at once: setting ``token.is_sent_start`` one by one re-checks the whole Doc each time (quadratic)."""
    if not len(doc):
        return
    offsets = doc.to_array(IDX).astype("int64")
    starts = numpy.fromiter((s.start for s in sentences), dtype="int64", count=len(sentences))
    flags = numpy.where(numpy.isin(offsets, starts), 1, -1).astype("int64")
    flags[0] = 1
    doc.from_array([SENT_START], flags.reshape(-1, 1).astype("uint64"))


def sentence_index(sentences: list[Sentence]):
    """A function ``offset -> sent_id`` (the sentence containing or preceding it)."""
    import bisect

    starts = [s.start for s in sentences]

    def find(offset: int) -> int | None:
        index = bisect.bisect_right(starts, offset) - 1
        return sentences[index].sent_id if index >= 0 else None

    return find


def _tokens(doc: Doc, sentences: list[Sentence]) -> list[Token]:
    """Token records from the Doc's arrays: creating a spaCy ``Token`` per word was the stage's main cost."""
    if not len(doc):
        return []
    columns = doc.to_array(_TOKEN_ATTRS).T.tolist()
    offsets, orths, lemmas, tags, pos, morphs = columns
    sent_ids = _sentence_ids(offsets, sentences)
    strings, readings = doc.vocab.strings, _ReadingCache(doc)
    texts = [strings[orth] for orth in orths]
    tokens = []
    for i, text in enumerate(texts):
        if not text or text.isspace():  # the same test as ``token.is_space or not token.text.strip()``
            continue
        start = offsets[i]
        tokens.append(
            Token(
                sent_id=sent_ids[i], token_id=len(tokens), start=start, end=start + len(text), surface=text,
                lemma=strings[lemmas[i]], reading=readings.get(morphs[i], i), pos=strings[tags[i]],
                upos=POS_NAMES[pos[i]],
            )
        )  # fmt: skip
    return tokens


def _sentence_ids(offsets: list[int], sentences: list[Sentence]) -> list[int]:
    """The ``sent_id`` of the sentence containing or preceding each offset (0 before the first)."""
    if not sentences:
        return [0] * len(offsets)
    starts = numpy.fromiter((s.start for s in sentences), dtype="int64", count=len(sentences))
    ids = numpy.fromiter((s.sent_id for s in sentences), dtype="int64", count=len(sentences))
    index = numpy.searchsorted(starts, numpy.asarray(offsets, dtype="int64"), side="right") - 1
    return numpy.where(index >= 0, ids[numpy.maximum(index, 0)], 0).tolist()


class _ReadingCache:
    """Reading per morphology key, read once through ``token_reading`` (a document repeats a few thousand)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.known: dict[int, str | None] = {}

    def get(self, key: int, i: int) -> str | None:
        if key not in self.known:
            self.known[key] = token_reading(self.doc[i])
        return self.known[key]
