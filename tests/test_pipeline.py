"""End to end: `python -m pipeline run` on a copy of raw/, the table contract, offsets, determinism."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from conftest import RAW

from pipeline.cli import main
from pipeline.records import OffsetSegment
from pipeline.tables import TABLES, TABLES_BY_NAME
from pipeline.text.decode import decode_bytes
from pipeline.text.offsets import raw_span_of

SPAN_TABLES = {"dates": "surface", "article_refs": "surface", "mentions": "surface", "tokens": "surface",
               "sentences": "text", "citations": "text"}  # fmt: skip


def test_every_table_has_the_contract_columns(published):
    for table in TABLES:
        parquet = pd.read_parquet(published / "tables" / f"{table.name}.parquet")
        assert list(parquet.columns) == table.column_names
        csv = pd.read_csv(published / "csv" / f"{table.name}.csv", dtype=str, keep_default_na=False)
        assert list(csv.columns) == table.column_names
        assert len(csv) == len(parquet)
    assert (published / "datapackage.json").exists() and (published / "manifest.json").exists()


def test_every_document_of_raw_is_published(tables):
    assert sorted(tables["documents"].doc_id) == sorted(p.relative_to(RAW).with_suffix("").as_posix()
                                                       for p in RAW.rglob("*.txt"))  # fmt: skip


@pytest.mark.parametrize("name", sorted(SPAN_TABLES))
def test_offsets_give_back_the_surface(tables, name):
    texts = dict(zip(tables["documents"].doc_id, tables["documents"].text, strict=True))
    column = SPAN_TABLES[name]
    rows = tables[name]
    assert len(rows) > 0
    for row in rows.itertuples():
        assert texts[row.doc_id][row.start : row.end] == getattr(row, column), (name, row)


@pytest.mark.parametrize("name", sorted(SPAN_TABLES))
def test_offsets_map_back_to_the_raw_bytes(tables, name):
    """Every span's raw bytes, decoded and normalised, contain its surface (as a subsequence)."""
    offsets = tables["offsets"]
    for document in tables["documents"].itertuples():
        data = (RAW / document.source_path).read_bytes()
        decoded = decode_bytes(data)
        segments = [OffsetSegment(**{k: v for k, v in row._asdict().items() if k not in ("Index", "doc_id")})
                    for row in offsets[offsets.doc_id == document.doc_id].itertuples()]  # fmt: skip
        rows = tables[name][tables[name].doc_id == document.doc_id]
        for row in rows.itertuples():
            raw_start, raw_end = raw_span_of(segments, row.start, row.end)
            byte_start = decoded.bom_length + len(decoded.text[:raw_start].encode(decoded.codec))
            byte_end = decoded.bom_length + len(decoded.text[:raw_end].encode(decoded.codec))
            raw_piece = data[byte_start:byte_end].decode(decoded.codec)
            assert _is_subsequence(_squash(getattr(row, SPAN_TABLES[name])), _squash(raw_piece)), (name, row)


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).replace("№", "No").split())


def _is_subsequence(needle: str, haystack: str) -> bool:
    iterator = iter(haystack)
    return all(ch in iterator for ch in needle)


def test_sections_cover_header_body_and_notes(tables):
    sections = set(tables["sentences"].section)
    assert sections == {"header", "body", "footnote"}


def test_second_run_is_byte_identical(published, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    out = tmp_path / "out"
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    for table in TABLES:
        for folder, suffix in (("tables", "parquet"), ("csv", "csv")):
            first = (published / folder / f"{table.name}.{suffix}").read_bytes()
            assert (out / folder / f"{table.name}.{suffix}").read_bytes() == first, table.name
    assert (out / "manifest.json").read_bytes() == (published / "manifest.json").read_bytes()


def test_stage_by_stage_gives_the_same_tables(published, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    out = tmp_path / "out"
    for stage in ("ingest", "segment", "extract", "export"):
        assert main([stage, "--raw", str(raw), "--out", str(out)]) == 0, stage
    for table in TABLES:
        assert (out / "csv" / f"{table.name}.csv").read_bytes() == (
            published / "csv" / f"{table.name}.csv"
        ).read_bytes(), table.name


def test_bad_files_become_error_rows_and_the_batch_goes_on(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    (raw / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (raw / "empty.txt").write_bytes(b"")
    (raw / "sjis.txt").write_bytes("第4条に基づき、2024年6月19日に署名した。".encode("cp932"))
    (raw / "broken.txt").write_bytes("本文".encode() + b"\xff\xfe\xfd\x80")
    out = tmp_path / "out"
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    errors = pd.read_csv(out / "csv" / "errors.csv", dtype=str, keep_default_na=False)
    failed = errors[errors.severity == "error"]
    assert sorted(failed.source_path) == ["broken.txt", "empty.txt", "image.txt"]
    assert all(failed.message.str.len() > 20)
    documents = pd.read_parquet(out / "tables" / "documents.parquet")
    assert "sjis" in set(documents.doc_id)
    assert documents.set_index("doc_id").loc["sjis", "encoding"] == "cp932"
    assert main(["run", "--raw", str(raw), "--out", str(out), "--strict"]) == 1


def test_failed_publish_leaves_previous_tables(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    out = tmp_path / "out"
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    before = (out / "csv" / "documents.csv").read_bytes()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pipeline.stages.export._write_csv", full_disk)
    (raw / "extra.txt").write_text("追加の文書。2024年1月1日。", encoding="utf-8")
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 2
    assert (out / "csv" / "documents.csv").read_bytes() == before
    assert not list(out.glob(".staging-*"))


def test_datapackage_describes_every_table(published):
    import json

    package = json.loads((published / "datapackage.json").read_text(encoding="utf-8"))
    names = [r["name"] for r in package["resources"]]
    assert names == [t.name for t in TABLES]
    for resource in package["resources"]:
        fields = [f["name"] for f in resource["schema"]["fields"]]
        assert fields == TABLES_BY_NAME[resource["name"]].column_names


def test_processed_readme_documents_every_column():
    readme = (Path(__file__).resolve().parent.parent / "processed" / "README.md").read_text(encoding="utf-8")
    for table in TABLES:
        assert f"`{table.name}`" in readme, table.name
        for column in table.column_names:
            assert f"`{column}`" in readme, (table.name, column)
