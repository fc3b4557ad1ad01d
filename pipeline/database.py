"""DuckDB: every published table in one file, with views for the usual questions.

``corpus.duckdb`` is written inside each release, beside the Parquet files it
is loaded from, so it is published by the same atomic swap as the tables.
Views join what the tables keep apart (mentions with their entities, note
markers with their citation and sentence, dates placed on a timeline) and
count rows per document; the README shows queries over them.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipeline.tables import TABLES

DATABASE_NAME = "corpus.duckdb"

# First day of a date value: ``2024-11-09``, ``2024-06`` (month), ``2024`` (year), the begin of a
# range ``2024-06-18/2024-06-19``; NULL for durations (``P28Y``), times and dates without a year.
_FIRST_DAY = """TRY_CAST(CASE
    WHEN length({v}) = 4 THEN {v} || '-01-01'
    WHEN length({v}) = 7 THEN {v} || '-01'
    ELSE {v} END AS DATE)"""
# Last day of a date value: ``2024-06`` ends on 2024-06-30, ``2024`` on 2024-12-31.
_LAST_DAY = """CASE
    WHEN length({v}) = 4 THEN TRY_CAST({v} || '-12-31' AS DATE)
    WHEN length({v}) = 7 THEN last_day(TRY_CAST({v} || '-01' AS DATE))
    ELSE TRY_CAST({v} AS DATE) END"""

VIEWS: dict[str, str] = {
    "mention_entities": """
        SELECT m.doc_id, m.mention_id, m.start, m."end", m.surface, m.type, m.title,
               e.entity_id, e.canonical, e.aliases
        FROM mentions m LEFT JOIN entities e USING (entity_id)""",
    "citation_contexts": """
        SELECT k.doc_id, k.note, k.start AS marker_offset, k.sent_id, s.text AS sentence,
               c.citation_id, c.type, c.authors, c.title, c.container, c.date, c.url, c.text AS note_text
        FROM citation_markers k
        LEFT JOIN citations c ON c.doc_id = k.doc_id AND c.citation_id = k.citation_id
        LEFT JOIN sentences s ON s.doc_id = k.doc_id AND s.sent_id = k.sent_id""",
    "timeline": f"""
        SELECT doc_id, mention_id, surface, kind, value, precision, resolution,
               {_FIRST_DAY.format(v="COALESCE(begin, split_part(value, '/', 1))")} AS first_day,
               {_LAST_DAY.format(v="COALESCE(end_value, NULLIF(split_part(value, '/', 2), ''), value)")}
                   AS last_day
        FROM dates
        WHERE kind IN ('date', 'range') AND value IS NOT NULL""",
    "document_counts": """
        SELECT d.doc_id, d.title, d.published, d.n_chars,
               (SELECT count(*) FROM sentences x WHERE x.doc_id = d.doc_id) AS sentences,
               (SELECT count(*) FROM tokens x WHERE x.doc_id = d.doc_id) AS tokens,
               (SELECT count(*) FROM dates x WHERE x.doc_id = d.doc_id) AS dates,
               (SELECT count(*) FROM article_refs x WHERE x.doc_id = d.doc_id) AS article_refs,
               (SELECT count(*) FROM mentions x WHERE x.doc_id = d.doc_id) AS mentions,
               (SELECT count(*) FROM citations x WHERE x.doc_id = d.doc_id) AS citations,
               (SELECT count(*) FROM errors x WHERE x.doc_id = d.doc_id) AS errors
        FROM documents d""",
    "entity_counts": """
        SELECT e.entity_id, e.canonical, e.type, count(m.mention_id) AS mentions,
               count(DISTINCT m.doc_id) AS documents
        FROM entities e LEFT JOIN mentions m USING (entity_id)
        GROUP BY ALL""",
}


# Loading streams the Parquet files; a memory limit makes DuckDB spill to disk instead of holding a
# 50 MB document's ten million token rows in memory (its default is 80% of the machine's RAM: the
# release's peak RSS went from 1.0 to 1.6 GB at this step).
_LOAD_SETTINGS = {"memory_limit": "256MB"}


def write_database(tables_dir: Path, target: Path) -> dict[str, int]:
    """Load every ``tables_dir/NAME.parquet`` into a new DuckDB file and add the views; returns row counts."""
    temporary = target.with_name(target.name + ".tmp")
    temporary.unlink(missing_ok=True)
    counts: dict[str, int] = {}
    with duckdb.connect(str(temporary), config=_LOAD_SETTINGS) as connection:
        for table in TABLES:
            source = tables_dir / f"{table.name}.parquet"
            connection.execute(f'CREATE TABLE "{table.name}" AS SELECT * FROM read_parquet({_literal(source)})')
            connection.execute(f'COMMENT ON TABLE "{table.name}" IS {_literal(table.description)}')
            counts[table.name] = connection.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
        for name, query in VIEWS.items():
            connection.execute(f'CREATE VIEW "{name}" AS {query}')
    temporary.replace(target)
    return counts


def _literal(value: object) -> str:
    """A SQL string literal (DDL takes no parameters)."""
    return "'" + str(value).replace("'", "''") + "'"


def connect(out_dir: Path, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    """The published database of ``out_dir`` (processed/ by default)."""
    return duckdb.connect(str(out_dir / DATABASE_NAME), read_only=read_only)
