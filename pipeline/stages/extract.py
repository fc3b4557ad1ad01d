"""Stage 3, extract: run every extractor component on a segmented document.

An exception inside one extractor becomes an error row for that document
and that stage; the other extractors still run.  Note markers are linked to
their citations here, and markers without notes (or notes without markers)
are reported as warnings.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.components import records, set_meta
from pipeline.records import (
    ArticleRef,
    Citation,
    CitationMarker,
    DateMention,
    ErrorRecord,
    IngestedDocument,
    NameMention,
    Sentence,
)
from pipeline.stages.segment import sentence_index


@dataclass
class Extraction:
    doc_id: str
    dates: list[DateMention] = field(default_factory=list)
    articles: list[ArticleRef] = field(default_factory=list)
    instruments: list[Any] = field(default_factory=list)
    names: list[NameMention] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    markers: list[CitationMarker] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)


def extract(document: IngestedDocument, doc: Doc, sentences: list[Sentence], nlp: Language) -> Extraction:
    """Run the pipeline's components on ``doc`` (already tokenised), collect their records and link the
    note markers to their citations."""
    result = run_components(document, doc, nlp)
    result.markers, warnings = link_markers(document, result.citations, sentences)
    result.errors.extend(warnings)
    return result


def run_components(document: IngestedDocument, doc: Doc, nlp: Language) -> Extraction:
    """The records of every component (markers not linked: a sectioned document links them at its end)."""
    set_meta(
        doc, doc_id=document.doc_id, published=document.published, accessed=document.accessed,
        title=document.title, notes=document.notes, regions=document.regions,
    )  # fmt: skip
    result = Extraction(document.doc_id)
    for name, component in nlp.pipeline:
        try:
            doc = component(doc)
        except Exception as exc:  # one extractor's bug must not stop the others
            result.errors.append(_component_error(document, name, exc))
    result.dates = records(doc, "dates")
    result.articles = records(doc, "articles")
    result.instruments = records(doc, "instruments")
    result.names = records(doc, "names")
    result.citations = records(doc, "citations")
    return result


def _component_error(document: IngestedDocument, name: str, exc: Exception) -> ErrorRecord:
    where = traceback.extract_tb(exc.__traceback__)[-1]
    message = f"{type(exc).__name__}: {exc} (at {where.filename.rsplit('/', 1)[-1]}:{where.lineno})"
    return ErrorRecord(document.source_path, f"extract:{name}", type(exc).__name__, message, doc_id=document.doc_id)


def link_markers(
    document: IngestedDocument, citations: list[Citation], sentences: list[Sentence]
) -> tuple[list[CitationMarker], list[ErrorRecord]]:
    """Each body marker to the citation of its note; unmatched ones become warnings."""
    find_sentence = sentence_index(sentences)
    located = [(m.note, m.start, find_sentence(m.start)) for m in document.markers]
    return link_located_markers(document, notes_to_citations(citations), located)


def notes_to_citations(citations: list[Citation]) -> dict[str, str]:
    """The citation id of each note number."""
    return {c.note: c.citation_id for c in citations if c.note is not None}


def link_located_markers(
    document: IngestedDocument, by_note: dict[str, str], located: list[tuple[str, int, int | None]]
) -> tuple[list[CitationMarker], list[ErrorRecord]]:
    """``link_markers`` for markers already placed in their sentences (``(note, start, sent_id)``), given
    the citation id of each note."""
    markers = [CitationMarker(note, start, sent_id, by_note.get(note)) for note, start, sent_id in located]
    warnings = []
    marked = {m.note for m in markers}
    for marker in markers:
        if marker.citation_id is None:
            warnings.append(_warning(document, "MarkerWithoutNote", f"note marker {marker.note} has no note text"))
    for note in document.notes:
        if note.note != "*" and note.note not in marked:
            warnings.append(_warning(document, "NoteWithoutMarker", f"note {note.note} has no marker in the body"))
    return markers, warnings


def _warning(document: IngestedDocument, error: str, message: str) -> ErrorRecord:
    return ErrorRecord(document.source_path, "extract", error, message, severity="warning", doc_id=document.doc_id)
