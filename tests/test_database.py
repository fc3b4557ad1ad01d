"""DuckDB: every table loaded with its row count, and the views answer real questions."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from pipeline.database import VIEWS, write_database
from pipeline.stages.export import to_arrow
from pipeline.tables import TABLES


@pytest.fixture(scope="module")
def database(published, tmp_path_factory) -> duckdb.DuckDBPyConnection:
    target = tmp_path_factory.mktemp("db") / "corpus.duckdb"
    write_database(published / "tables", target)
    return duckdb.connect(str(target), read_only=True)


def test_every_table_has_the_parquet_rows_and_columns(database, tables):
    for table in TABLES:
        count = database.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
        assert count == len(tables[table.name]), table.name
        columns = [row[0] for row in database.execute(f'DESCRIBE "{table.name}"').fetchall()]
        assert columns == table.column_names


def test_views_exist(database):
    names = {row[0] for row in database.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert set(VIEWS) <= names
    for view in VIEWS:
        database.execute(f'SELECT * FROM "{view}" LIMIT 1').fetchall()


def test_citation_contexts_give_each_marker_its_sentence_and_citation(database, tables):
    rows = database.execute(
        "SELECT doc_id, note, sent_id, sentence, citation_id, note_text FROM citation_contexts ORDER BY doc_id, note"
    ).fetchall()
    assert len(rows) == len(tables["citation_markers"])
    sentences = tables["sentences"].set_index(["doc_id", "sent_id"]).text
    citations = tables["citations"].set_index(["doc_id", "citation_id"]).text
    for doc_id, _note, sent_id, sentence, citation_id, note_text in rows:
        assert sentence == sentences[(doc_id, sent_id)]
        if citation_id is not None:
            assert note_text == citations[(doc_id, citation_id)]
    assert any(r[1] == "1" and "行われた" in r[3] and "日本経済新聞" in r[5] for r in rows)


def test_document_counts_match_the_tables(database, tables):
    for doc_id, citations, sentences in database.execute(
        "SELECT doc_id, citations, sentences FROM document_counts"
    ).fetchall():
        assert citations == (tables["citations"].doc_id == doc_id).sum()
        assert sentences == (tables["sentences"].doc_id == doc_id).sum()


def _write_tables(directory: Path, dates: list[dict]) -> None:
    directory.mkdir()
    for table in TABLES:
        pq.write_table(
            to_arrow(table.name, dates if table.name == "dates" else []), directory / f"{table.name}.parquet"
        )


def test_timeline_places_dates_months_years_and_ranges(tmp_path):
    """Values as the dates table gives them; durations and yearless dates stay off the timeline."""
    values = [
        ("2024年11月9日", "date", "2024-11-09"),
        ("2024年6月", "date", "2024-06"),
        ("2000年", "date", "2000"),
        ("2024年6月18日から19日", "range", "2024-06-18/2024-06-19"),
        ("28年", "duration", "P28Y"),
        ("6月19日", "date", "--06-19"),
    ]
    dates = [
        {"doc_id": "d", "mention_id": f"M{i:04d}", "start": i, "end": i + 1, "surface": s, "kind": k, "value": v,
         "resolution": "explicit"}
        for i, (s, k, v) in enumerate(values)
    ]  # fmt: skip
    _write_tables(tmp_path / "tables", dates)
    counts = write_database(tmp_path / "tables", tmp_path / "corpus.duckdb")
    assert counts["dates"] == 6
    with duckdb.connect(str(tmp_path / "corpus.duckdb"), read_only=True) as connection:
        rows = connection.execute(
            "SELECT surface, CAST(first_day AS VARCHAR), CAST(last_day AS VARCHAR) FROM timeline ORDER BY mention_id"
        ).fetchall()
    assert rows == [
        ("2024年11月9日", "2024-11-09", "2024-11-09"),
        ("2024年6月", "2024-06-01", "2024-06-30"),  # a month runs to its last day
        ("2000年", "2000-01-01", "2000-12-31"),
        ("2024年6月18日から19日", "2024-06-18", "2024-06-19"),
        ("6月19日", None, None),
    ]


def test_rewriting_replaces_the_file(tmp_path):
    _write_tables(tmp_path / "tables", [])
    target = tmp_path / "corpus.duckdb"
    target.write_bytes(b"stale")
    write_database(tmp_path / "tables", target)
    with duckdb.connect(str(target), read_only=True) as connection:
        assert connection.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    assert not (tmp_path / "corpus.duckdb.tmp").exists()


def test_run_publishes_the_database_with_the_release(published, tables):
    """corpus.duckdb is written inside the release and linked like the other published names."""
    link = published / "corpus.duckdb"
    assert link.is_symlink() and str(link.readlink()) == "current/corpus.duckdb"
    assert link.resolve().parent == (published / "current").resolve()
    with duckdb.connect(str(link), read_only=True) as connection:
        for table in TABLES:
            count = connection.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
            assert count == len(tables[table.name]), table.name
