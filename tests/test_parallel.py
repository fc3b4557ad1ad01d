"""Worker processes, a Dask cluster and the streamed writer all give the same bytes as one process."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from batch_corpus import assert_same_tables, make_corpus

from pipeline.batch import writer
from pipeline.cli import main
from pipeline.runner import RunConfig, run


@pytest.fixture(scope="module")
def serial(tmp_path_factory) -> tuple[Path, Path]:
    """Seven files (six documents, one with a sidecar; one undecodable file) and their ``--jobs 1`` tables."""
    root = tmp_path_factory.mktemp("parallel")
    raw = make_corpus(root, copies=3)
    (raw / "broken.txt").write_bytes("本文".encode() + b"\xff\xfe\xfd\x80")
    first = sorted(raw.rglob("*.txt"))[0]  # a sidecar must travel with its document to a Dask worker
    sidecar = '{"title": "副題の差し替え", "published": "2024-06-28"}'
    first.with_suffix(".meta.json").write_text(sidecar, encoding="utf-8")
    out = root / "jobs1"
    assert main(["run", "--raw", str(raw), "--out", str(out), "--jobs", "1"]) == 0
    return raw, out


def test_jobs_2_gives_byte_identical_tables(serial, tmp_path):
    raw, out = serial
    parallel = tmp_path / "jobs2"
    assert main(["run", "--raw", str(raw), "--out", str(parallel), "--jobs", "2"]) == 0
    assert_same_tables(parallel, out)


def test_dask_engine_gives_byte_identical_tables(serial, tmp_path):
    distributed = pytest.importorskip("distributed")
    raw, out = serial
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:  # fmt: skip
        target = tmp_path / "dask"
        code = main(["run", "--raw", str(raw), "--out", str(target), "--engine", "dask",
                     "--scheduler", cluster.scheduler_address])  # fmt: skip
        assert code == 0
        assert_same_tables(target, out)
        titles = pd.read_parquet(target / "tables" / "documents.parquet").title
        assert "副題の差し替え" in set(titles)
        with distributed.Client(cluster) as client:  # refresh through a Client object, nothing to do
            summary = run(RunConfig(raw_dir=raw, out_dir=tmp_path / "dask2", engine="dask", scheduler=client))
        assert summary.processed == 7 and summary.failed == 1
        assert_same_tables(tmp_path / "dask2", out)


def test_tables_are_written_in_row_groups(serial, tmp_path, monkeypatch):
    """A tiny row-group size forces many flushes; the rows (CSV bytes) stay the same."""
    raw, out = serial
    monkeypatch.setattr(writer, "ROW_GROUP", 100)
    monkeypatch.setattr(writer, "ROW_GROUPS", {"documents": 2})
    small = tmp_path / "small"
    run(RunConfig(raw_dir=raw, out_dir=small))
    tokens = pq.ParquetFile(small / "tables" / "tokens.parquet")
    assert tokens.metadata.num_row_groups > 3
    assert all(tokens.metadata.row_group(i).num_rows == 100 for i in range(tokens.metadata.num_row_groups - 1))
    assert pq.ParquetFile(small / "tables" / "documents.parquet").metadata.num_row_groups == 3
    for name in ("tokens", "documents", "errors", "sentences"):
        assert (small / "csv" / f"{name}.csv").read_bytes() == (out / "csv" / f"{name}.csv").read_bytes(), name
        assert pq.read_table(small / "tables" / f"{name}.parquet").equals(
            pq.read_table(out / "tables" / f"{name}.parquet")
        )


def test_an_exception_on_one_document_is_its_error_row(serial, tmp_path, monkeypatch):
    """A bug hit by one document in a worker process becomes that document's error row; the rest go on."""
    from pipeline.batch import work

    raw, _ = serial
    victim = sorted(raw.rglob("*.txt"))[0].relative_to(raw).as_posix()
    original = work.ingest_file

    def fragile(source, max_bytes, **options):
        if source.relative == victim:
            raise RuntimeError("layout bug on this document")
        yield from original(source, max_bytes, **options)

    monkeypatch.setattr(work, "ingest_file", fragile)  # the forked workers inherit the patch
    summary = run(RunConfig(raw_dir=raw, out_dir=tmp_path / "out", jobs=2))
    assert summary.processed == 7 and summary.failed == 2
    failed = {e.source_path: e for e in summary.errors if e.severity == "error"}
    assert failed[victim].stage == "ingest" and "layout bug" in failed[victim].message


def test_outcomes_in_any_order_give_the_same_tables(serial, tmp_path, monkeypatch):
    """The writer takes results in doc_id order whatever order the engine finishes them in."""
    from pipeline.batch import engines

    raw, out = serial
    in_order = engines.run_serial

    def backwards(*args, **kwargs):
        yield from reversed(list(in_order(*args, **kwargs)))

    monkeypatch.setattr(engines, "run_serial", backwards)
    run(RunConfig(raw_dir=raw, out_dir=tmp_path / "backwards"))
    assert_same_tables(tmp_path / "backwards", out)


def test_one_process_writes_its_results_without_reading_them_back(serial, tmp_path, monkeypatch):
    """Results computed in this process go to the writer from memory; the cache is only written."""
    from pipeline.batch.cache import ResultCache

    raw, out = serial

    def no_reads(self, key):
        raise AssertionError("a result computed in this process was read back from the cache")

    monkeypatch.setattr(ResultCache, "results", no_reads)
    run(RunConfig(raw_dir=raw, out_dir=tmp_path / "memory"))
    assert_same_tables(tmp_path / "memory", out)
