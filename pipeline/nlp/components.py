"""spaCy pipeline components, one per extractor, registered as factories.

Each component runs its extractor over the whole document, stores the
records (the exact, normalised results) in ``doc.user_data`` and adds one
span per record to ``doc.spans[GROUP]`` with the record as ``span._.value``,
so that spaCy users (displaCy, span groups) see the same results as the
tables.  Document context (publication date, notes, title) travels in
``doc._.meta``, set by the caller: components read no globals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.extractors.articles import find_references
from pipeline.extractors.citations import (
    find_inline_citations,
    link_instruments,
    parse_citation,
    resolve_back_references,
)
from pipeline.extractors.dates import find_dates
from pipeline.extractors.names import find_names
from pipeline.nlp.tokenizer import blank_japanese, doc_text
from pipeline.records import Citation, Note, Region

GROUPS = ("dates", "articles", "names", "citations")
# How the names component finds names: rules and gazetteers plus the statistical NER ("model"), or the rules
# alone ("rules", several times faster). A component setting (``nlp.add_pipe("ja_names", config={"ner": ...})``).
NER_MODES = ("model", "rules")
DEFAULT_NER = "model"
COMPONENTS = ("ja_dates", "ja_articles", "ja_names", "ja_citations")

if not Doc.has_extension("meta"):
    Doc.set_extension("meta", default=None)
if not Span.has_extension("value"):
    Span.set_extension("value", default=None)


def records(doc: Doc, group: str) -> list[Any]:
    """The records a component found (empty if it has not run)."""
    return doc.user_data.get(("pipeline", group), [])


def _store(doc: Doc, group: str, found: list[Any], label: str) -> None:
    doc.user_data[("pipeline", group)] = found
    spans = []
    for record in found:
        span = doc.char_span(record.start, record.end, label=label, alignment_mode="expand")
        if span is not None:
            span._.value = record
            spans.append(span)
    doc.spans[group] = spans


def _meta(doc: Doc) -> dict[str, Any]:
    return doc._.meta or {}


class _Component:
    """A callable ``Doc -> Doc`` that runs ``extract(doc)`` and stores its records."""

    group = ""
    label = ""

    def __call__(self, doc: Doc) -> Doc:
        _store(doc, self.group, self.extract(doc), self.label)
        return doc

    def extract(self, doc: Doc) -> list[Any]:
        raise NotImplementedError


class DatesComponent(_Component):
    group, label = "dates", "DATE"

    def extract(self, doc: Doc) -> list[Any]:
        return find_dates(doc_text(doc), published=_meta(doc).get("published"))


class ArticlesComponent(_Component):
    group, label = "articles", "ARTICLE"

    def extract(self, doc: Doc) -> list[Any]:
        refs, instruments = find_references(doc_text(doc), title=_meta(doc).get("title"))
        doc.user_data[("pipeline", "instruments")] = instruments
        return refs


class NamesComponent(_Component):
    """Names by rules and gazetteers, plus the statistical NER when ``ner == "model"``."""

    group, label = "names", "NAME"

    def __init__(self, ner: str = DEFAULT_NER) -> None:
        if ner not in NER_MODES:
            raise ValueError(f"ner must be one of {NER_MODES}, not {ner!r}")
        self.ner = ner

    def extract(self, doc: Doc) -> list[Any]:
        return find_names(doc, use_model=self.ner == "model")


class CitationsComponent(_Component):
    """Notes (from ``doc._.meta['notes']``) and inline references in the body."""

    group, label = "citations", "CITATION"

    def extract(self, doc: Doc) -> list[Any]:
        meta, whole = _meta(doc), doc_text(doc)
        accessed = meta.get("accessed")  # ingest reads it from the access-date note
        citations: list[Citation] = []
        for note in meta.get("notes", []):
            if note.note == "*" or note.end <= note.start:
                continue
            citation_id = f"C{len(citations) + 1:04d}"
            text = whole[note.start : note.end]
            citations.append(
                parse_citation(text, citation_id=citation_id, note=note.note, start=note.start, accessed=accessed)
            )
        for region in meta.get("regions", []):
            if region.section != "body":
                continue
            for start, end in find_inline_citations(whole[region.start : region.end]):
                citation_id = f"C{len(citations) + 1:04d}"
                text = whole[region.start + start : region.start + end]
                start_in_doc = region.start + start
                citations.append(parse_citation(text, citation_id, None, start_in_doc, accessed=accessed))
        resolve_back_references(citations)
        link_instruments(citations, doc.user_data.get(("pipeline", "instruments"), []))
        return citations


_FACTORIES: dict[str, Callable[[], _Component]] = {
    "ja_dates": DatesComponent,
    "ja_articles": ArticlesComponent,
    "ja_citations": CitationsComponent,
}


def _factory(cls: Callable[[], _Component]) -> Callable[[Language, str], _Component]:
    """A factory of ``(nlp, name)`` only: a default argument would become a (non-JSON) setting of ``nlp.config``."""

    def make(nlp: Language, name: str) -> _Component:
        return cls()

    return make


for _name, _cls in _FACTORIES.items():
    if _name not in Language.factories:
        Language.factory(_name, func=_factory(_cls))


def _make_names(nlp: Language, name: str, ner: str) -> NamesComponent:
    return NamesComponent(ner)


if "ja_names" not in Language.factories:
    Language.factory("ja_names", default_config={"ner": DEFAULT_NER}, func=_make_names)


def build_nlp(components: tuple[str, ...] = COMPONENTS, ner: str = DEFAULT_NER) -> Language:
    """A fugashi-tokenised Japanese pipeline with the extractor components; ``ner`` configures ja_names."""
    if ner not in NER_MODES:
        raise ValueError(f"ner must be one of {NER_MODES}, not {ner!r}")
    nlp = blank_japanese()
    for name in components:
        nlp.add_pipe(name, config={"ner": ner} if name == "ja_names" else {})
    return nlp


def set_meta(
    doc: Doc, *, doc_id: str, published: str | None = None, accessed: str | None = None, title: str | None = None,
    notes: list[Note] | None = None, regions: list[Region] | None = None,
) -> Doc:  # fmt: skip
    """Attach the document context the components read."""
    doc._.meta = {
        "doc_id": doc_id, "published": published, "accessed": accessed, "title": title,
        "notes": notes or [], "regions": regions or [],
    }  # fmt: skip
    return doc
