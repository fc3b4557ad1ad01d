"""Very long documents in sections, so that one document of tens of megabytes runs in bounded memory.

A spaCy ``Doc`` of a whole 50 MB document (17 million characters) would hold
some ten million tokens, and its token records several gigabytes.  A document
longer than ``SECTION_CHARS`` is therefore segmented and extracted one section
at a time (sections end at paragraph breaks), and each section's rows are
shifted back to the document's offsets, sentence and token numbers and record
ids before they are written; only one section's tokens exist at once.

What a section cannot see: the context of the sections before it.  A relative
date at the start of a section anchors to the document's own date, not to a
date of the previous section; a short name (``金氏``) joins a full name only
in its own section (entity linking across the corpus still joins names with
the same canonical form); a back-reference (``前掲注3``) resolves only within
its section.  Instruments are merged by name across sections, and note markers
are linked to their notes over the whole document, at the end.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.language import Language

from pipeline.records import IngestedDocument, Note, Region
from pipeline.stages.extract import Extraction, link_located_markers, notes_to_citations, run_components
from pipeline.stages.segment import SENTENCE_END, Segmented, segment, sentence_index

SECTION_CHARS = 200_000  # well under spaCy's max_length; about 250 MB of tokens and Doc at most
# Record ids written by the extractors: a letter and a number (D0001, A0012, N0003, C0001, I0001, H0002).
RECORD_ID = re.compile(r"(?P<prefix>[A-Z])(?P<number>\d+)")
_ID_FIELDS = ("mention_id", "anchor", "instrument_id", "citation_id", "repeats")
_MOVED = ("start", "end", *_ID_FIELDS)


def needs_sections(document: IngestedDocument, limit: int | None = None) -> bool:
    return len(document.text) > (limit or SECTION_CHARS)


def section_bounds(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """Consecutive ``(start, end)`` spans covering ``text``, each at most ``limit`` characters.

    A section ends after the last paragraph break within the limit; failing one in its second half, after
    the last sentence end there (the segmenter's, so that no sentence straddles the cut); failing that, at
    the limit itself (a single paragraph without any sentence end that long is not prose)."""
    limit = limit or SECTION_CHARS
    bounds, start, length = [], 0, len(text)
    while length - start > limit:
        window = text[start : start + limit]
        cut = window.rfind("\n") + 1
        if cut < limit // 2:
            cut = max(window.rfind(mark) + 1 for mark in SENTENCE_END)
        if cut < limit // 2:
            cut = limit
        bounds.append((start, start + cut))
        start += cut
    bounds.append((start, length))
    return bounds


def section_document(document: IngestedDocument, start: int, end: int) -> IngestedDocument:
    """The part of ``document`` in ``[start, end)`` as a document of its own (offsets from 0)."""
    regions = [
        Region(max(r.start, start) - start, min(r.end, end) - start, r.section)
        for r in document.regions
        if r.start < end and r.end > start
    ]
    return replace(
        document,
        text=document.text[start:end],
        regions=regions,
        markers=[replace(m, start=m.start - start) for m in document.markers if start <= m.start < end],
        notes=[_moved_note(n, start) for n in document.notes if start <= n.start and n.end <= end],
        offsets=[],
    )


def _moved_note(note: Note, start: int) -> Note:
    return replace(note, start=note.start - start, end=note.end - start)


@dataclass
class _Numbering:
    """Where the next section's numbers start: characters, sentences, tokens and record ids per letter."""

    chars: int = 0
    sentences: int = 0
    tokens: int = 0
    ids: dict[str, int] = field(default_factory=dict)

    def record_id(self, value: str | None) -> str | None:
        match = RECORD_ID.fullmatch(value) if isinstance(value, str) else None
        if not match:
            return value
        number = int(match["number"]) + self.ids.get(match["prefix"], 0)
        return f"{match['prefix']}{number:0{len(match['number'])}d}"

    def advance(self, text_length: int, segmented: Segmented, extraction: Extraction) -> None:
        self.chars += text_length
        self.sentences += len(segmented.sentences)
        self.tokens += segmented.n_tokens
        highest: dict[str, int] = {}
        for record in _records(extraction):
            for name in _ID_FIELDS:
                value = record.get(name) if isinstance(record, dict) else getattr(record, name, None)
                match = RECORD_ID.fullmatch(value or "") if isinstance(value, str) else None
                if match:
                    prefix, number = match["prefix"], int(match["number"])
                    highest[prefix] = max(highest.get(prefix, 0), number)
        for prefix, number in highest.items():
            self.ids[prefix] = self.ids.get(prefix, 0) + number


def process_sections(document: IngestedDocument, nlp: Language, limit: int | None = None) -> Iterator[Any]:
    """Segment and extract ``document`` section by section.

    Yields each section's ``(Segmented, Extraction, seconds per stage)`` in document numbering, then
    ``(None, Extraction, {})`` with the document's instruments (merged by name), its note markers
    (linked over the whole document) and the linking warnings."""
    numbering = _Numbering()
    instruments: dict[str, Any] = {}  # canonical name -> instrument (document numbering)
    by_note: dict[str, str] = {}  # note number -> citation id, over every section
    markers = []
    for start, end in section_bounds(document.text, limit):
        part = section_document(document, start, end)
        started = time.perf_counter()
        doc, segmented = segment(part, nlp)
        segmented_at = time.perf_counter()
        extraction = run_components(part, doc, nlp)
        del doc
        seconds = {"segment": segmented_at - started, "extract": time.perf_counter() - segmented_at}
        markers.extend(_located_markers(part, segmented, numbering))
        shifted_segmented, shifted = _shift(segmented, extraction, numbering, instruments)
        by_note |= notes_to_citations(shifted.citations)
        numbering.advance(end - start, segmented, extraction)
        yield shifted_segmented, shifted, seconds
    last = Extraction(document.doc_id, instruments=list(instruments.values()))
    last.markers, last.errors = link_located_markers(document, by_note, markers)
    yield None, last, {}


def _shift(segmented: Segmented, extraction: Extraction, numbering: _Numbering, instruments: dict[str, Any]):
    """A section's results in the whole document's offsets, numbers and ids."""
    base = numbering.chars
    sentences = [replace(s, sent_id=s.sent_id + numbering.sentences, start=s.start + base, end=s.end + base)
                 for s in segmented.sentences]  # fmt: skip
    columns = dict(segmented.token_columns)
    columns["sent_id"] = [i + numbering.sentences for i in columns["sent_id"]]
    columns["token_id"] = [i + numbering.tokens for i in columns["token_id"]]
    columns["start"] = [i + base for i in columns["start"]]
    columns["end"] = [i + base for i in columns["end"]]
    renamed = _merge_instruments(extraction.instruments, numbering, instruments)
    shifted = Extraction(
        extraction.doc_id,
        dates=[_moved(r, numbering, renamed) for r in extraction.dates],
        articles=[_moved(r, numbering, renamed) for r in extraction.articles],
        names=[_moved(r, numbering, renamed) for r in extraction.names],
        citations=[_moved(r, numbering, renamed) for r in extraction.citations],
        errors=list(extraction.errors),
    )
    return Segmented(segmented.doc_id, sentences, columns), shifted


def _merge_instruments(found: list[Any], numbering: _Numbering, known: dict[str, Any]) -> dict[str, str]:
    """Add a section's instruments (rows) to ``known`` (one per canonical name, first mention first);
    returns the section's instrument ids that now name an instrument of an earlier section."""
    renamed = {}
    for instrument in found:
        moved = _moved(instrument, numbering, {})
        earlier = known.get(moved["canonical"])
        if earlier is None:
            known[moved["canonical"]] = moved | {"aliases": list(moved.get("aliases") or [])}
        else:
            renamed[instrument["instrument_id"]] = earlier["instrument_id"]
            earlier["aliases"].extend(a for a in moved.get("aliases") or [] if a not in earlier["aliases"])
    return renamed


def _moved(record: Any, numbering: _Numbering, renamed: dict[str, str]) -> Any:
    """``record`` (a dataclass, or a row for instruments) with document offsets and ids (instrument ids of
    merged instruments renamed first)."""
    values = record if isinstance(record, dict) else {name: getattr(record, name) for name in _MOVED
                                                        if hasattr(record, name)}  # fmt: skip
    changes: dict[str, Any] = {}
    if "start" in values:
        changes["start"] = values["start"] + numbering.chars
        changes["end"] = values["end"] + numbering.chars
    for name in _ID_FIELDS:
        if name in values:
            value = values[name]
            merged = name == "instrument_id" and value in renamed
            changes[name] = renamed[value] if merged else numbering.record_id(value)
    return record | changes if isinstance(record, dict) else replace(record, **changes)


def _located_markers(part: IngestedDocument, segmented: Segmented, numbering: _Numbering):
    """A section's note markers as ``(note, start, sent_id)`` in document numbering."""
    find_sentence = sentence_index(segmented.sentences)
    for marker in part.markers:
        sent_id = find_sentence(marker.start)
        yield marker.note, marker.start + numbering.chars, None if sent_id is None else sent_id + numbering.sentences


def _records(extraction: Extraction) -> Iterator[Any]:
    yield from extraction.dates
    yield from extraction.articles
    yield from extraction.instruments
    yield from extraction.names
    yield from extraction.citations
