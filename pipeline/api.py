"""Python API: the pipeline as a spaCy callable, and whole runs as pandas DataFrames.

    import pipeline
    nlp = pipeline.load()
    doc = nlp("2024年11月9日、連邦法第374号が成立した。")
    for span in doc.spans["dates"]:
        print(span.text, span._.value.value)        # 2024年11月9日 2024-11-09

    tables = pipeline.process(["raw/", "extra/report.pdf"])
    tables["dates"].head()

``load()`` repairs and normalises the text first (exactly as ingest does for
a ``.txt`` file), so the Doc's text is the normalised text that every offset
of the tables refers to; ``doc._.meta`` holds the document context (notes,
regions, publication date) and ``doc.user_data`` the records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extractors.names import link_entities
from pipeline.nlp.components import COMPONENTS, DEFAULT_NER, build_nlp
from pipeline.records import ErrorRecord, IngestedDocument
from pipeline.report.progress import progress
from pipeline.stages.export import build_rows, to_arrow
from pipeline.stages.extract import Extraction, extract
from pipeline.stages.ingest import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, SourceFile, build_document, ingest_all
from pipeline.stages.ingest import ingest_file as _ingest_file
from pipeline.stages.segment import segment
from pipeline.tables import TABLES


class Pipeline:
    """``nlp(text) -> Doc`` with every span group (dates, articles, names, citations) and its values."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    @property
    def pipe_names(self) -> list[str]:
        return self.nlp.pipe_names

    def __call__(
        self, text: str, *, doc_id: str = "text", published: str | None = None, title: str | None = None
    ) -> Doc:
        """Repair, normalise, segment and extract ``text``; ``published`` anchors relative dates."""
        document = build_document(text, doc_id, doc_id)
        document.published = published or document.published
        document.title = title or document.title
        return self.process_document(document)

    def process_document(self, document: IngestedDocument) -> Doc:
        """A Doc for an already ingested document (``pipeline.stages.ingest``)."""
        doc, seg = segment(document, self.nlp)
        result = extract(document, doc, seg.sentences, self.nlp)
        doc.user_data[("pipeline", "markers")] = result.markers
        doc.user_data[("pipeline", "errors")] = result.errors
        doc.user_data[("pipeline", "sentences")] = seg.sentences
        doc.user_data[("pipeline", "tokens")] = seg.tokens
        return doc

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]:
        for index, text in enumerate(texts):
            yield self(text, doc_id=f"text-{index}")


def load(components: tuple[str, ...] = COMPONENTS, ner: str = DEFAULT_NER) -> Pipeline:
    """The pipeline: fugashi tokenizer and the extractor components (all of them by default); ``ner="rules"``
    finds names by rules alone (the CLI's ``--ner rules``)."""
    return Pipeline(build_nlp(components, ner=ner))


def process(
    paths: Iterable[str | Path] | str | Path, max_bytes: int = DEFAULT_MAX_BYTES, ner: str = DEFAULT_NER
) -> dict[str, pd.DataFrame]:
    """Run the whole pipeline on files and directories; every table as a DataFrame (nothing is written)."""
    documents: list[IngestedDocument] = []
    errors: list[ErrorRecord] = []
    for item in _ingest(paths, max_bytes):
        (errors if isinstance(item, ErrorRecord) else documents).append(item)
    nlp = build_nlp(ner=ner)
    segmented, extractions = [], []
    for document in progress(documents, "documents", total=len(documents)):
        try:
            doc, seg = segment(document, nlp)
        except Exception as exc:  # one bad document must not stop the batch, as in the runner
            errors.append(ErrorRecord(document.source_path, "segment", type(exc).__name__, str(exc),
                                      doc_id=document.doc_id))  # fmt: skip
            continue
        segmented.append(seg)
        extractions.append(extract(document, doc, seg.sentences, nlp))
    return tables_of(documents, segmented, extractions, errors)


def tables_of(documents, segmented, extractions: list[Extraction], errors) -> dict[str, pd.DataFrame]:
    """The contract's tables as DataFrames with the Parquet schema's types."""
    entities = link_entities({ex.doc_id: ex.names for ex in extractions})
    rows = build_rows(documents, segmented, extractions, entities, errors)
    return {t.name: to_arrow(t.name, rows[t.name]).to_pandas() for t in TABLES}


def _ingest(paths: Iterable[str | Path] | str | Path, max_bytes: int) -> Iterator[IngestedDocument | ErrorRecord]:
    """Directories are read like raw/ (doc_id relative to them); a file's doc_id is its name without suffix."""
    if isinstance(paths, str | Path):
        paths = [paths]
    for path in map(Path, paths):
        if path.is_dir():
            yield from ingest_all(path, max_bytes)
        elif path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES:
            yield from _ingest_file(SourceFile(path, path.stem, path.name), max_bytes)
        else:
            reason = "no such file or directory" if not path.exists() else f"'{path.suffix}' files are not read"
            yield ErrorRecord(str(path), "ingest", "UnsupportedFormat" if path.exists() else "FileNotFound", reason)
