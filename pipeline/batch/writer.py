"""Stream cached per-document results into a release: bounded memory, row groups.

Tables are written document by document in doc_id order (mentions, whose
entity ids need every document's names, after the last one); each table's rows
are buffered only up to one row group (``ROW_GROUP`` rows; fewer for
``documents``, whose rows hold whole texts, and fewer still once their texts
reach ``TEXT_BUDGETS``) and then flushed to Parquet and CSV.  Row-group
boundaries depend only on the rows, so the same corpus gives the same bytes
whichever engine or worker count produced the results.
Row shapes come from ``export.build_columns`` (``build_rows`` as columns) and
CSV bytes from ``export._write_csv`` (one definition of the format).  Rows are
buffered as columns: a dict per token row cost more than writing it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from pipeline.batch.work import DocResult
from pipeline.records import Entity, ErrorRecord, NameMention
from pipeline.stages import export
from pipeline.tables import TABLES, TABLES_BY_NAME

ROW_GROUP = 50_000
ROW_GROUPS = {"documents": 1_000, "offsets": ROW_GROUP}
# Characters of ``text`` after which buffered ``documents`` rows are written at once (a smaller row group):
# a 50 MB document's row, buffered to the end of the run, was written when memory was at its highest.
TEXT_BUDGETS = {"documents": 4_000_000}
CORPUS_TABLES = ("entities", "errors")  # written once, after every document
LINKED_TABLES = ("mentions",)  # rows carry corpus-wide entity ids: written after every document too

Linker = Callable[[], tuple[Mapping[str, list[NameMention]], list[Entity]]]


@dataclass
class Corpus:
    """What ``write`` needs: results in doc_id order, linked names, entities and corpus-level errors.

    With ``link``, names and entities are computed by ``link()`` once every result has been written
    (so results may still be computed while the first ones are written)."""

    results: Iterator[DocResult]
    names: Mapping[str, list[NameMention]] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)  # discovery warnings (skipped files)
    inputs: list[dict[str, Any]] = field(default_factory=list)  # filled while writing
    failed: list[str] = field(default_factory=list)  # source paths with an error row, filled while writing
    link: Linker | None = None


def _text_chars(texts: list[str | None]) -> int:
    """Characters of a column of texts (None counts as empty)."""
    return sum(map(len, filter(None, texts)))


class TableWriter:
    """One table's Parquet and CSV files, appended one row group at a time."""

    def __init__(self, name: str, directory: Path) -> None:
        self.table = TABLES_BY_NAME[name]
        self.parquet_path = directory / "tables" / f"{name}.parquet"
        self.csv_path = directory / "csv" / f"{name}.csv"
        self.limit = ROW_GROUPS.get(name, ROW_GROUP)
        self.buffer: export.Columns = {column: [] for column in self.table.column_names}
        self.buffered = 0
        self.text_chars = 0  # characters of ``text`` in the buffer (tables with a ``TEXT_BUDGETS`` entry)
        self.count = 0
        self._parquet: pq.ParquetWriter | None = None

    def add(self, columns: export.Columns) -> None:
        """Append rows given as the table's columns."""
        for name, values in self.buffer.items():
            values.extend(columns[name])
        self.buffered = len(self.buffer[self.table.column_names[0]])
        budget = TEXT_BUDGETS.get(self.table.name)
        if budget is not None:  # a running total: summing the whole buffer on every add was quadratic
            self.text_chars += _text_chars(columns["text"])
        while self.buffered >= self.limit:
            if budget is not None:
                self.text_chars -= _text_chars(self.buffer["text"][: self.limit])
            self._flush({name: values[: self.limit] for name, values in self.buffer.items()})
            for values in self.buffer.values():
                del values[: self.limit]
            self.buffered -= self.limit
        if self.buffered and budget is not None and self.text_chars >= budget:
            self._flush(self.buffer)
            self.buffer = {column: [] for column in self.table.column_names}
            self.buffered = self.text_chars = 0

    def add_rows(self, rows: list[dict[str, Any]]) -> None:
        self.add(export.rows_to_columns(self.table.name, rows))

    def close(self) -> None:
        if self.buffered or not self.count:
            self._flush(self.buffer)
        self.buffer = {column: [] for column in self.table.column_names}
        self.buffered = self.text_chars = 0
        if self._parquet is not None:
            self._parquet.close()

    def _flush(self, rows: export.Columns) -> None:
        arrow = export.to_arrow(self.table.name, rows)
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self.parquet_path, arrow.schema, compression="zstd")
        self._parquet.write_table(arrow, row_group_size=self.limit)
        # the header with the first row group, then rows appended
        export._write_csv(self.table.column_names, rows, self.csv_path, append=self.count > 0)
        self.count += arrow.num_rows


def write(corpus: Corpus, directory: Path, manifest: dict[str, Any]) -> None:
    """``export.publish``'s writer: every table, then datapackage.json and manifest.json.

    A sectioned document comes as several results in a row (the first with its document); its rows are
    written section by section."""
    (directory / "tables").mkdir(parents=True)
    (directory / "csv").mkdir()
    writers = {t.name: TableWriter(t.name, directory) for t in TABLES if t.name not in CORPUS_TABLES}
    errors = [export._row(e) for e in corpus.errors]
    unlinked: list[tuple[str, list[NameMention]]] = []  # (doc_id, names) of documents with an extraction
    for result in corpus.results:
        columns, document_errors = columns_of(result)
        for name, writer in writers.items():
            if name not in LINKED_TABLES:
                writer.add(columns[name])
        errors.extend(document_errors)
        if result.extraction is not None:
            # names are kept only when nothing else will give them (``link`` gives every document's)
            names = [] if corpus.link is not None or result.doc_id in corpus.names else result.extraction.names
            if unlinked and unlinked[-1][0] == result.doc_id:  # the next section of a sectioned document
                unlinked[-1][1].extend(names)
            else:
                unlinked.append((result.doc_id, list(names)))
        if result.document is not None:
            document = result.document
            corpus.inputs.append({"doc_id": document.doc_id, "source_path": document.source_path,
                                  "sha256": document.sha256})  # fmt: skip
    if corpus.link is not None:
        corpus.names, corpus.entities = corpus.link()
    for doc_id, names in unlinked:
        for chunk in _name_chunks(corpus.names, doc_id, names):
            mentions = [export._row(m, doc_id=doc_id) for m in chunk]
            writers["mentions"].add(export.rows_to_columns("mentions", mentions))
    for writer in writers.values():
        writer.close()
    final = export.build_rows([], [], [], corpus.entities, errors)
    counts = {name: writer.count for name, writer in writers.items()}
    for name in CORPUS_TABLES:
        writer = TableWriter(name, directory)
        writer.add_rows(final[name])
        writer.close()
        counts[name] = writer.count
    corpus.failed[:] = sorted({e["source_path"] for e in errors if e["severity"] == "error"})
    rows = {t.name: counts[t.name] for t in TABLES}
    manifest = manifest | {"inputs": corpus.inputs, "rows": rows, "failed": corpus.failed}
    export._write_json(directory / "manifest.json", manifest)
    export._write_json(directory / "datapackage.json", export.datapackage())


def _name_chunks(
    names: Mapping[str, list[NameMention]], doc_id: str, fallback: list[NameMention]
) -> Iterator[list[NameMention]]:
    """A document's linked names, part by part when their source reads them so (a sectioned document's
    names are never all in memory), else at once; ``fallback`` when the source has none for it."""
    chunks = getattr(names, "chunks", None)
    if chunks is not None and doc_id in names:
        yield from chunks(doc_id)
    else:
        yield names.get(doc_id, fallback)


def columns_of(result: DocResult) -> tuple[dict[str, export.Columns], list[dict[str, Any]]]:
    """One document's columns of every table and its error rows (sorted with the whole corpus's at the
    end).  Its mentions have no entity ids yet: ``write`` writes them from the linked names."""
    extractions = [result.extraction] if result.extraction else []
    errors = [export._row(e) for e in [*result.errors, *(e for ex in extractions for e in ex.errors)]]
    documents, segmented = [result.document] if result.document else [], [result.segmented] if result.segmented else []
    columns = export.build_columns(documents, segmented, extractions, [], [])
    for name, values in (result.offset_columns or {}).items():  # a sectioned document's compact offsets
        columns["offsets"][name].extend(values)
    return columns, errors
