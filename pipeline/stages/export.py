"""Stage 4, export: tables as Parquet and CSV, a Data Package, a manifest; published atomically.

Layout of the output directory::

    processed/
      releases/<id>/{tables,csv}/NAME.*, datapackage.json, manifest.json
      current -> releases/<id>          (replaced in one rename)
      tables -> current/tables          (fixed links, created once)
      csv -> current/csv
      datapackage.json -> current/datapackage.json
      manifest.json -> current/manifest.json

A run writes a complete release in a staging directory, then swaps the
``current`` link with ``os.replace``: a reader sees the old tables or the new
ones, never a mix, and a run that fails before the swap leaves the old ones.
Files are fsynced before the swap, so a crash cannot publish empty files.  A
run killed with ``kill -9`` leaves a ``.staging-PID-TIME`` directory (or a
``.current-PID`` link) behind; the next publish removes those whose process
is gone.

Test hook: ``PIPELINE_TEST_PAUSE=POINT:FLAG`` (POINT one of ``PAUSE_POINTS``)
makes ``publish`` create the file FLAG and sleep when it reaches POINT, so a
test can kill the process at a known moment.  It is never set in normal use.
"""

from __future__ import annotations

import csv
import functools
import json
import operator
import os
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import fields
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import __version__
from pipeline.database import DATABASE_NAME, write_database
from pipeline.records import Entity, ErrorRecord, IngestedDocument
from pipeline.stages.extract import Extraction
from pipeline.stages.segment import Segmented
from pipeline.tables import CONTRACT_VERSION, TABLES, TABLES_BY_NAME

PUBLISHED_LINKS = ("tables", "csv", "datapackage.json", "manifest.json", DATABASE_NAME)
KEEP_RELEASES = 2  # the current one and the one before it
STAGING_PREFIX = ".staging-"
TEMPORARY_LINK_PREFIX = ".current-"
PAUSE_ENV = "PIPELINE_TEST_PAUSE"
# Moments of a publish where the test hook can stop: after the first CSV file of the
# staging release, after the whole staging release, after its rename into releases/,
# and after the swap of ``current`` (before the fixed links and the pruning).
PAUSE_POINTS = ("mid-write", "written", "renamed", "swapped")
PAUSE_SECONDS = 120.0
_active_staging: set[Path] = set()  # staging directories of publishes running in this process
Columns = dict[str, list[Any]]  # a table's columns by name, all of one length


def build_rows(
    documents: list[IngestedDocument],
    segmented: list[Segmented],
    extractions: list[Extraction],
    entities: list[Entity],
    errors: list[ErrorRecord],
) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table, in a deterministic order."""
    rows = _rows_but_tokens(documents, segmented, extractions, entities, errors)
    for seg in sorted(segmented, key=lambda s: s.doc_id):
        columns = token_columns(seg)
        rows["tokens"].extend(dict(zip(columns, values, strict=True)) for values in zip(*columns.values(), strict=True))
    return rows


def build_columns(
    documents: list[IngestedDocument],
    segmented: list[Segmented],
    extractions: list[Extraction],
    entities: list[Entity],
    errors: list[ErrorRecord],
) -> dict[str, Columns]:
    """``build_rows`` as columns (one list per column of the table): tokens, most of the rows, go from the
    segment stage's columns to Arrow and CSV without a dict per row."""
    rows = _rows_but_tokens(documents, segmented, extractions, entities, errors, offsets=False)
    columns = {name: rows_to_columns(name, table_rows) for name, table_rows in rows.items()}
    for document in sorted(documents, key=lambda d: d.doc_id):
        for name, values in offset_columns(document).items():
            columns["offsets"][name].extend(values)
    for seg in sorted(segmented, key=lambda s: s.doc_id):
        for name, values in token_columns(seg).items():
            columns["tokens"][name].extend(values)
    return columns


def offset_columns(document: IngestedDocument) -> Columns:
    """The offsets table's columns of one document (a 50 MB document has 700,000 runs: a dict per run
    was the largest allocation of writing its tables)."""
    offsets = document.offsets
    return {"doc_id": [document.doc_id] * len(offsets)} | {
        name: [getattr(o, name) for o in offsets] for name in TABLES_BY_NAME["offsets"].column_names[1:]
    }


def token_columns(seg: Segmented) -> Columns:
    """The tokens table's columns of one document, in the table's column order."""
    return {"doc_id": [seg.doc_id] * seg.n_tokens} | {
        name: seg.token_columns[name] for name in TABLES_BY_NAME["tokens"].column_names[1:]
    }


def rows_to_columns(name: str, rows: list[dict[str, Any]]) -> Columns:
    """Rows as the table's columns (extra keys dropped, missing ones None)."""
    return {column: [row.get(column) for row in rows] for column in TABLES_BY_NAME[name].column_names}


def _rows_but_tokens(
    documents: list[IngestedDocument],
    segmented: list[Segmented],
    extractions: list[Extraction],
    entities: list[Entity],
    errors: list[ErrorRecord],
    *,
    offsets: bool = True,
) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {table.name: [] for table in TABLES}
    for document in sorted(documents, key=lambda d: d.doc_id):
        rows["documents"].append(_row(document) | {"n_chars": len(document.text)})
        if offsets:
            rows["offsets"].extend(_row(o, doc_id=document.doc_id) for o in document.offsets)
    for seg in sorted(segmented, key=lambda s: s.doc_id):
        rows["sentences"].extend(_row(s, doc_id=seg.doc_id) for s in seg.sentences)
    for ex in sorted(extractions, key=lambda e: e.doc_id):
        doc_id = ex.doc_id
        rows["dates"].extend(_row(r, doc_id=doc_id) for r in ex.dates)
        rows["article_refs"].extend(_row(r, doc_id=doc_id) for r in ex.articles)
        rows["instruments"].extend(_row(r, doc_id=doc_id) for r in ex.instruments)
        rows["mentions"].extend(_row(r, doc_id=doc_id) for r in ex.names)
        rows["citations"].extend(_row(r, doc_id=doc_id) for r in ex.citations)
        rows["citation_markers"].extend(_row(r, doc_id=doc_id) for r in ex.markers)
    rows["entities"] = [_row(e) for e in sorted(entities, key=lambda e: e.entity_id)]
    all_errors = list(errors) + [e for ex in extractions for e in ex.errors]
    rows["errors"] = sorted((_row(e) for e in all_errors), key=lambda r: tuple(str(r[k]) for k in sorted(r)))
    return rows


def _row(record: Any, **extra: Any) -> dict[str, Any]:
    """A record as a row (plus ``extra`` columns); records read back from a stage file are dicts already.

    Shallow (fields are flat values or lists of strings): ``asdict``'s deep copy was most of export's time.
    """
    if isinstance(record, dict):
        return record | extra if extra else record
    row = dict(zip(*_field_getter(type(record))(record), strict=True))
    row.update(extra)
    return row


@functools.cache
def _field_getter(cls: type) -> Callable[[Any], tuple[tuple[str, ...], tuple[Any, ...]]]:
    """``record -> (field names, values)`` for a dataclass, built once per class (``fields()`` is slow)."""
    names = tuple(f.name for f in fields(cls))
    if len(names) > 1:
        values = operator.attrgetter(*names)
    else:  # attrgetter of one name returns the bare value
        values = lambda record: tuple(getattr(record, name) for name in names)  # noqa: E731
    return lambda record: (names, values(record))


def write_release(rows: dict[str, list[dict[str, Any]]], directory: Path, manifest: dict[str, Any]) -> None:
    """Write every table (Parquet and CSV), datapackage.json and manifest.json into ``directory``."""
    (directory / "tables").mkdir(parents=True)
    (directory / "csv").mkdir()
    for table in TABLES:
        arrow = to_arrow(table.name, rows[table.name])
        pq.write_table(arrow, directory / "tables" / f"{table.name}.parquet", compression="zstd", row_group_size=50_000)
        _write_csv(table.column_names, rows[table.name], directory / "csv" / f"{table.name}.csv")
    manifest = manifest | {"rows": {table.name: len(rows[table.name]) for table in TABLES}}
    _write_json(directory / "manifest.json", manifest)
    _write_json(directory / "datapackage.json", datapackage())


def to_arrow(name: str, rows: list[dict[str, Any]] | Columns) -> pa.Table:
    """Rows (or the table's columns) to an Arrow table with the contract's schema (extra keys dropped,
    missing ones null)."""
    table = TABLES_BY_NAME[name]
    columns = rows if isinstance(rows, dict) else rows_to_columns(name, rows)
    return pa.Table.from_pydict({c: columns[c] for c in table.column_names}, schema=table.arrow_schema())


def _write_csv(columns: list[str], rows: list[dict[str, Any]] | Columns, path: Path, *, append: bool = False) -> None:
    """Rows (or columns by name) as CSV into ``path``; with ``append``, added to its end without the header."""
    # straight into the file (not through a StringIO): a document's 19-million-character text would be
    # copied twice more on its way
    with open(path, "a" if append else "w", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        if not append:
            writer.writerow(columns)
        if isinstance(rows, dict):
            writer.writerows(zip(*(_csv_column(rows[c]) for c in columns), strict=True))
        else:
            writer.writerows([_csv_value(value) if type(value) not in _PLAIN else value
                              for value in map(row.get, columns)] for row in rows)  # fmt: skip
    pause_for_test("mid-write")


# Cell types written as they are (exact types: a bool is an int but is written as true/false).
_PLAIN = frozenset({str, int, float})


def _csv_column(values: list[Any]) -> list[Any]:
    """A column's CSV cells: the column itself when every value is plain (the types are collected in C,
    so most columns, of a hundred thousand tokens, need no Python step per cell)."""
    if _PLAIN.issuperset(map(type, values)):
        return values
    return [value if type(value) in _PLAIN else _csv_value(value) for value in values]


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def datapackage() -> dict[str, Any]:
    """A Frictionless Tabular Data Package describing the CSV tables."""
    return {
        "name": "ja-doc-pipeline-tables",
        "profile": "tabular-data-package",
        "version": CONTRACT_VERSION,
        "resources": [
            {
                "name": table.name,
                "path": f"csv/{table.name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": table.description,
                "schema": table.frictionless_schema(),
            }
            for table in TABLES
        ],
    }


def manifest_for(documents: Iterable[IngestedDocument], config: dict[str, Any]) -> dict[str, Any]:
    return {
        "pipeline_version": __version__,
        "contract_version": CONTRACT_VERSION,
        "config": config,
        "inputs": [
            {"doc_id": d.doc_id, "source_path": d.source_path, "sha256": d.sha256}
            for d in sorted(documents, key=lambda d: d.doc_id)
        ],
    }


def publish(rows: Any, out_dir: Path, manifest: dict[str, Any], writer: Any = None) -> Path:
    """Write a new release and make it current in one atomic rename; returns the release path.

    ``writer(rows, directory, manifest)`` replaces ``write_release`` (the batch runner streams rows).
    """
    releases = out_dir / "releases"
    releases.mkdir(parents=True, exist_ok=True)
    remove_stale(out_dir)
    staging = out_dir / f"{STAGING_PREFIX}{os.getpid()}-{time.time_ns()}"
    _active_staging.add(staging)
    try:
        (writer or write_release)(rows, staging, manifest)
        write_database(staging / "tables", staging / DATABASE_NAME)  # corpus.duckdb, in the release it describes
        _fsync_tree(staging)
        pause_for_test("written")
        release = releases / staging.name.removeprefix(STAGING_PREFIX)
        staging.rename(release)
        _fsync_dir(releases)
        pause_for_test("renamed")
    finally:
        _active_staging.discard(staging)
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    _swap_current(out_dir, release)
    pause_for_test("swapped")
    _ensure_links(out_dir)
    _prune(releases, keep=release)
    return release


def remove_stale(out_dir: Path) -> list[Path]:
    """Remove staging directories and temporary links of publishes whose process is gone (killed runs)."""
    removed = []
    candidates = [*out_dir.glob(f"{STAGING_PREFIX}*"), *out_dir.glob(f"{TEMPORARY_LINK_PREFIX}*")]
    for path in sorted(candidates):
        if path in _active_staging or _owner_alive(path.name):
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def _owner_alive(name: str) -> bool:
    """Whether the process named in ``.staging-PID-TIME`` / ``.current-PID`` still runs (not this one)."""
    pid_text = name.removeprefix(STAGING_PREFIX).removeprefix(TEMPORARY_LINK_PREFIX).split("-", 1)[0]
    if not pid_text.isdigit():
        return True  # not ours: leave it alone
    pid = int(pid_text)
    if pid == os.getpid():
        return False  # this process has no publish running with it (``_active_staging`` says)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def pause_for_test(point: str) -> None:
    """The test hook (see the module docstring): signal FLAG, then sleep so the test can kill us."""
    setting = os.environ.get(PAUSE_ENV, "")
    wanted, _, flag = setting.partition(":")
    if wanted != point or not flag:
        return
    Path(flag).write_text(str(os.getpid()), encoding="utf-8")
    time.sleep(PAUSE_SECONDS)


def _fsync_tree(directory: Path) -> None:
    """Flush every file and folder of a release to disk before it can become current."""
    for path in sorted(directory.rglob("*"), reverse=True):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
        elif path.is_dir():
            _fsync_dir(path)
    _fsync_dir(directory)


def _swap_current(out_dir: Path, release: Path) -> None:
    link = out_dir / "current"
    temporary = out_dir / f"{TEMPORARY_LINK_PREFIX}{os.getpid()}"
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    try:
        temporary.symlink_to(Path("releases") / release.name)
        os.replace(temporary, link)
    finally:
        temporary.unlink(missing_ok=True)  # gone after a successful replace; removed after a failed one
    _fsync_dir(out_dir)


def _ensure_links(out_dir: Path) -> None:
    for name in PUBLISHED_LINKS:
        path = out_dir / name
        target = Path("current") / name
        if path.is_symlink() and Path(os.readlink(path)) == target:
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        elif path.exists() or path.is_symlink():
            path.unlink()
        path.symlink_to(target)


def _prune(releases: Path, keep: Path) -> None:
    """Remove old releases, keeping the newest ``KEEP_RELEASES`` (by name: pid-time order is not used).

    Best effort: the new release is already current, so a failure here must not fail the run.
    """
    try:
        others = sorted((p for p in releases.iterdir() if p != keep), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in others[KEEP_RELEASES - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
