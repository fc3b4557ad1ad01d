"""Stage 2, segment: sentences and fugashi tokens over the normalised text.

Sentences end at 。！？!? outside brackets, and at every paragraph break;
an unbalanced bracket (a 「 never closed) stops counting at the end of its
paragraph, so it cannot swallow the rest of the document.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from typing import Any

import numpy
from spacy.attrs import IDX, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, MorphAnalysis

from pipeline.nlp.tokenizer import Analysis, FugashiTokenizer, token_reading
from pipeline.records import IngestedDocument, Region, Sentence, Token

OPENING = "「『（(［[〈《【〔“"
CLOSING = "」』）)］]〉》】〕”"
SENTENCE_END = "。！？!?"
_TOKEN_ATTRS = [IDX, ORTH, LEMMA, TAG, POS, MORPH]
TOKEN_FIELDS = tuple(f.name for f in fields(Token))
TokenColumns = dict[str, list[Any]]  # one list per ``Token`` field, all of the same length
# Reading of each morphology key: a key is a hash of the morphology's text, so the value never changes.
_READINGS: dict[int, str | None] = {}


@dataclass
class Segmented:
    """Sentences as records; tokens as columns (``TOKEN_FIELDS``): a document has a hundred thousand of
    them, and building, pickling and exporting one object per token was a third of a rules-only run."""

    doc_id: str
    sentences: list[Sentence]
    token_columns: TokenColumns

    @classmethod
    def from_tokens(cls, doc_id: str, sentences: list[Sentence], tokens: list[Token]) -> Segmented:
        values = [[getattr(t, name) for t in tokens] for name in TOKEN_FIELDS]
        return cls(doc_id, sentences, dict(zip(TOKEN_FIELDS, values, strict=True)))

    @property
    def tokens(self) -> list[Token]:
        """The tokens as records (built on each access)."""
        columns = [self.token_columns[name] for name in TOKEN_FIELDS]
        return [Token(*values) for values in zip(*columns, strict=True)]

    @property
    def n_tokens(self) -> int:
        return len(self.token_columns["token_id"])


def segment(document: IngestedDocument, nlp: Language) -> tuple[Doc, Segmented]:
    """Tokenise the whole text once; sentences as records and tokens as columns, plus the Doc."""
    sentences = split_sentences(document.text, document.regions)
    if isinstance(nlp.tokenizer, FugashiTokenizer):
        doc, analysis = nlp.tokenizer.analysed(document.text)
        columns = _analysis_columns(doc, analysis, sentences)
    else:  # another tokenizer: read the tokens back from the Doc
        doc = nlp.make_doc(document.text)
        columns = _token_columns(doc, sentences)
    _mark_sentence_starts(doc, sentences)
    return doc, Segmented(document.doc_id, sentences, columns)


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


def _token_columns(doc: Doc, sentences: list[Sentence]) -> TokenColumns:
    """Token columns from the Doc's arrays, each distinct string looked up once (no ``Token`` objects)."""
    if not len(doc):
        return {name: [] for name in TOKEN_FIELDS}
    offsets, orths, lemmas, tags, pos, morphs = doc.to_array(_TOKEN_ATTRS).T.tolist()
    strings = doc.vocab.strings
    names = {key: strings[key] for key in {*orths, *lemmas, *tags}}
    # the same test as ``token.is_space or not token.text.strip()``: whitespace is not a token
    gaps = {orth for orth in set(orths) if _is_gap(names[orth])}
    kept = [i for i, orth in enumerate(orths) if orth not in gaps]
    readings = _readings(doc, morphs)
    return _columns(
        sentences,
        starts=[offsets[i] for i in kept],
        surfaces=[names[orths[i]] for i in kept],
        lemmas=[names[lemmas[i]] for i in kept],
        readings=[readings[morphs[i]] for i in kept],
        tags=[names[tags[i]] for i in kept],
        upos=[POS_NAMES[pos[i]] for i in kept],
    )


def _analysis_columns(doc: Doc, analysis: Analysis, sentences: list[Sentence]) -> TokenColumns:
    """The columns ``_token_columns`` reads from the Doc, from the lists the Doc was built from."""
    words = analysis.words
    gaps = {word for word in set(words) if _is_gap(word)}
    kept = [i for i, word in enumerate(words) if word not in gaps] if gaps else range(len(words))
    pick = _picker(kept)
    entries, morphs = pick(analysis.entries), pick(analysis.morphs)
    readings = _READINGS
    for key in set(morphs).difference(readings):
        readings[key] = (MorphAnalysis.from_id(doc.vocab, key).get("Reading") or [None])[0]
    return _columns(
        sentences,
        starts=pick(analysis.starts),
        surfaces=pick(words),
        lemmas=[entry[1] for entry in entries],
        readings=list(map(readings.__getitem__, morphs)),
        tags=[entry[0] for entry in entries],
        upos=pick(analysis.uds),
    )


def _picker(kept: Sequence[int]) -> Callable[[list[Any]], list[Any]]:
    """``values -> [values[i] for i in kept]``, done in C (``itemgetter``) for a hundred thousand tokens."""
    if len(kept) < 2:  # itemgetter of one index returns the bare value, of none is an error
        return lambda values: [values[i] for i in kept]
    getter = operator.itemgetter(*kept)
    return lambda values: list(getter(values))


def _columns(
    sentences: list[Sentence],
    *,
    starts: list[int],
    surfaces: list[str],
    lemmas: list[str],
    readings: list[str | None],
    tags: list[str],
    upos: list[str],
) -> TokenColumns:
    """The ``tokens`` table's columns from the kept tokens' values (both sources give the same lists)."""
    return {
        "sent_id": _sentence_ids(starts, sentences),
        "token_id": list(range(len(starts))),
        "start": starts,
        "end": [start + len(surface) for start, surface in zip(starts, surfaces, strict=True)],
        "surface": surfaces,
        "lemma": lemmas,
        "reading": readings,
        "pos": tags,
        "upos": upos,
    }


def _is_gap(text: str) -> bool:
    return not text or text.isspace()


def _sentence_ids(offsets: list[int], sentences: list[Sentence]) -> list[int]:
    """The ``sent_id`` of the sentence containing or preceding each offset (0 before the first)."""
    if not sentences:
        return [0] * len(offsets)
    starts = numpy.fromiter((s.start for s in sentences), dtype="int64", count=len(sentences))
    ids = numpy.fromiter((s.sent_id for s in sentences), dtype="int64", count=len(sentences))
    index = numpy.searchsorted(starts, numpy.asarray(offsets, dtype="int64"), side="right") - 1
    return numpy.where(index >= 0, ids[numpy.maximum(index, 0)], 0).tolist()


def _readings(doc: Doc, morphs: list[int]) -> dict[int, str | None]:
    """Reading per morphology key, read through ``token_reading`` once per distinct key (of a few thousand)."""
    first: dict[int, int] = {}
    for i, key in enumerate(morphs):
        first.setdefault(key, i)
    return {key: token_reading(doc[i]) for key, i in first.items()}
