"""Stream cached per-document results into a release: bounded memory, row groups.

Tables are written document by document in doc_id order; each table's rows
are buffered only up to one row group (``ROW_GROUP`` rows; fewer for
``documents``, whose rows hold whole texts) and then flushed to Parquet and
CSV.  Row-group boundaries depend only on the rows, so the same corpus gives
the same bytes whichever engine or worker count produced the results.
Row shapes come from ``export.build_rows`` and CSV bytes from
``export._write_csv`` (one definition of the format).
"""

from __future__ import annotations

from collections.abc import Iterator
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
CORPUS_TABLES = ("entities", "errors")  # written once, after every document


@dataclass
class Corpus:
    """What ``write`` needs: results in doc_id order, linked names, entities and corpus-level errors."""

    results: Iterator[DocResult]
    names: dict[str, list[NameMention]]
    entities: list[Entity]
    errors: list[ErrorRecord] = field(default_factory=list)  # discovery warnings (skipped files)
    inputs: list[dict[str, Any]] = field(default_factory=list)  # filled while writing
    failed: list[str] = field(default_factory=list)  # source paths with an error row, filled while writing


class TableWriter:
    """One table's Parquet and CSV files, appended one row group at a time."""

    def __init__(self, name: str, directory: Path) -> None:
        self.table = TABLES_BY_NAME[name]
        self.parquet_path = directory / "tables" / f"{name}.parquet"
        self.csv_path = directory / "csv" / f"{name}.csv"
        self.limit = ROW_GROUPS.get(name, ROW_GROUP)
        self.buffer: list[dict[str, Any]] = []
        self.count = 0
        self._parquet: pq.ParquetWriter | None = None

    def add(self, rows: list[dict[str, Any]]) -> None:
        self.buffer.extend(rows)
        while len(self.buffer) >= self.limit:
            self._flush(self.buffer[: self.limit])
            del self.buffer[: self.limit]

    def close(self) -> None:
        if self.buffer or not self.count:
            self._flush(self.buffer)
        self.buffer = []
        if self._parquet is not None:
            self._parquet.close()

    def _flush(self, rows: list[dict[str, Any]]) -> None:
        arrow = export.to_arrow(self.table.name, rows)
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self.parquet_path, arrow.schema, compression="zstd")
        self._parquet.write_table(arrow, row_group_size=self.limit)
        # the header with the first row group, then rows appended
        export._write_csv(self.table.column_names, rows, self.csv_path, append=self.count > 0)
        self.count += len(rows)


def write(corpus: Corpus, directory: Path, manifest: dict[str, Any]) -> None:
    """``export.publish``'s writer: every table, then datapackage.json and manifest.json."""
    (directory / "tables").mkdir(parents=True)
    (directory / "csv").mkdir()
    writers = {t.name: TableWriter(t.name, directory) for t in TABLES if t.name not in CORPUS_TABLES}
    errors = [export._row(e) for e in corpus.errors]
    for result in corpus.results:
        rows = rows_of(result, corpus.names.get(result.doc_id))
        for name, writer in writers.items():
            writer.add(rows[name])
        errors.extend(rows["errors"])
        if result.document is not None:
            document = result.document
            corpus.inputs.append({"doc_id": document.doc_id, "source_path": document.source_path,
                                  "sha256": document.sha256})  # fmt: skip
    for writer in writers.values():
        writer.close()
    final = export.build_rows([], [], [], corpus.entities, errors)
    counts = {name: writer.count for name, writer in writers.items()}
    for name in CORPUS_TABLES:
        writer = TableWriter(name, directory)
        writer.add(final[name])
        writer.close()
        counts[name] = writer.count
    corpus.failed[:] = sorted({e["source_path"] for e in errors if e["severity"] == "error"})
    rows = {t.name: counts[t.name] for t in TABLES}
    manifest = manifest | {"inputs": corpus.inputs, "rows": rows, "failed": corpus.failed}
    export._write_json(directory / "manifest.json", manifest)
    export._write_json(directory / "datapackage.json", export.datapackage())


def rows_of(result: DocResult, linked: list[NameMention] | None) -> dict[str, list[dict[str, Any]]]:
    """One document's rows of every table, its mentions carrying the corpus-wide entity ids."""
    if result.extraction is not None and linked is not None:
        result.extraction.names = linked
    return export.build_rows(
        [result.document] if result.document else [],
        [result.segmented] if result.segmented else [],
        [result.extraction] if result.extraction else [],
        [],
        result.errors,
    )
