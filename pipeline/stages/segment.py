"""Stage 2, segment: sentences and fugashi tokens over the normalised text.

Sentences end at 。！？!? outside brackets, and at every paragraph break;
an unbalanced bracket (a 「 never closed) stops counting at the end of its
paragraph, so it cannot swallow the rest of the document.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.tokenizer import token_reading
from pipeline.records import IngestedDocument, Region, Sentence, Token

OPENING = "「『（(［[〈《【〔“"
CLOSING = "」』）)］]〉》】〕”"
SENTENCE_END = "。！？!?"


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
    starts = {s.start for s in sentences}
    flags = [[1 if token.idx in starts or token.i == 0 else -1] for token in doc]
    if flags:
        doc.from_array([SENT_START], numpy.array(flags, dtype="int64").astype("uint64"))


def sentence_index(sentences: list[Sentence]):
    """A function ``offset -> sent_id`` (the sentence containing or preceding it)."""
    import bisect

    starts = [s.start for s in sentences]

    def find(offset: int) -> int | None:
        index = bisect.bisect_right(starts, offset) - 1
        return sentences[index].sent_id if index >= 0 else None

    return find


def _tokens(doc: Doc, sentences: list[Sentence]) -> list[Token]:
    find = sentence_index(sentences)
    tokens = []
    for token in doc:
        if token.is_space or not token.text.strip():
            continue
        sent_id = find(token.idx)
        tokens.append(
            Token(
                sent_id=sent_id if sent_id is not None else 0,
                token_id=len(tokens),
                start=token.idx,
                end=token.idx + len(token.text),
                surface=token.text,
                lemma=token.lemma_,
                reading=token_reading(token),
                pos=token.tag_,
                upos=token.pos_,
            )
        )
    return tokens
