"""Incremental refresh: only changed documents are processed, and the tables equal a full run's."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest
from batch_corpus import assert_same_tables, copy_tree, make_corpus, published_files

from pipeline.batch.cache import ResultCache
from pipeline.runner import RunConfig, refresh, run


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> tuple[Path, Path]:
    """A corpus of four documents and a full run over it (copied by each test that changes it)."""
    root = tmp_path_factory.mktemp("refresh")
    raw = make_corpus(root, copies=2)
    out = root / "out"
    run(RunConfig(raw_dir=raw, out_dir=out))
    return raw, out


@pytest.fixture
def workspace(base, tmp_path) -> tuple[Path, Path]:
    raw, out = base
    return copy_tree(raw, tmp_path / "raw"), copy_tree(out, tmp_path / "out")


def _full_run(raw: Path, tmp_path: Path) -> Path:
    out = tmp_path / "full"
    run(RunConfig(raw_dir=raw, out_dir=out))
    return out


def _state(out: Path) -> dict[str, tuple[int, int]]:
    """Inode and mtime of every file under the output directory (cache included)."""
    return {p.relative_to(out).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in sorted(out.rglob("*")) if p.is_file()}  # fmt: skip


def test_nothing_changed_reads_and_writes_nothing(workspace):
    raw, out = workspace
    before = _state(out), os.readlink(out / "current")
    summary = refresh(RunConfig(raw_dir=raw, out_dir=out))
    assert (summary.processed, summary.skipped, summary.release) == (0, 4, None)
    after = {k: v for k, v in _state(out).items() if k != ".lock"}
    assert after == {k: v for k, v in before[0].items() if k != ".lock"}
    assert os.readlink(out / "current") == before[1]


def test_changed_added_and_deleted_documents(workspace, tmp_path):
    raw, out = workspace
    changed, deleted = sorted(raw.rglob("*.txt"))[:2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n追記：2025年1月6日に改正された。\n", encoding="utf-8")
    deleted_id = deleted.relative_to(raw).with_suffix("").as_posix()
    deleted.unlink()
    (raw / "added.txt").write_text("新しい文書。2024年7月1日、第5条が施行された。", encoding="utf-8")
    summary = refresh(RunConfig(raw_dir=raw, out_dir=out))
    assert (summary.processed, summary.skipped) == (2, 2)
    assert summary.release is not None
    assert_same_tables(out, _full_run(raw, tmp_path))
    for name in ("documents", "sentences", "tokens", "offsets"):
        assert deleted_id not in set(pd.read_parquet(out / "tables" / f"{name}.parquet").doc_id), name
    cached = list(ResultCache.for_output(out).root.glob("*/*.pickle"))
    assert len(cached) == 4  # the deleted and the changed document's old entries are pruned


def test_a_changed_sidecar_reprocesses_its_document(workspace, tmp_path):
    raw, out = workspace
    target = sorted(raw.rglob("*.txt"))[-1]
    target.with_suffix(".meta.json").write_text(json.dumps({"title": "差し替えた題名"}), encoding="utf-8")
    summary = refresh(RunConfig(raw_dir=raw, out_dir=out))
    assert (summary.processed, summary.skipped) == (1, 3)
    documents = pd.read_parquet(out / "tables" / "documents.parquet").set_index("source_path")
    assert documents.loc[target.relative_to(raw).as_posix(), "title"] == "差し替えた題名"
    assert_same_tables(out, _full_run(raw, tmp_path))


def test_a_new_unsupported_file_changes_only_the_errors_table(workspace):
    raw, out = workspace
    before = published_files(out)
    (raw / "sheet.xlsb").write_bytes(b"PK\x03\x04")  # a format ingest refuses
    summary = refresh(RunConfig(raw_dir=raw, out_dir=out))
    assert (summary.processed, summary.skipped) == (0, 4) and summary.release is not None
    after = published_files(out)
    assert [name for name in before if before[name] != after[name]] == [
        "manifest.json", "tables/errors.parquet", "csv/errors.csv"
    ]  # fmt: skip


def test_configuration_or_code_change_reprocesses_everything(workspace, monkeypatch):
    raw, out = workspace
    summary = refresh(RunConfig(raw_dir=raw, out_dir=out, max_bytes=10_000_000))
    assert (summary.processed, summary.skipped) == (4, 0)
    monkeypatch.setattr("pipeline.batch.incremental.code_fingerprint", lambda: "0" * 64)
    summary = refresh(RunConfig(raw_dir=raw, out_dir=out, max_bytes=10_000_000))
    assert (summary.processed, summary.skipped) == (4, 0)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["code_sha256"] == "0" * 64 and manifest["config"] == {"max_bytes": 10_000_000, "ner": "model"}


def test_refresh_into_an_empty_directory_equals_run(base, tmp_path):
    raw, out = base
    fresh = tmp_path / "fresh"
    summary = refresh(RunConfig(raw_dir=raw, out_dir=fresh))
    assert (summary.processed, summary.skipped) == (4, 0)
    assert_same_tables(fresh, out)


def test_a_lost_cache_entry_is_rebuilt(workspace, tmp_path):
    raw, out = workspace
    first = sorted(ResultCache.for_output(out).root.glob("*/*.pickle"))[0]
    first.unlink()
    (raw / "added.txt").write_text("追加。", encoding="utf-8")  # so the manifest no longer matches
    summary = refresh(RunConfig(raw_dir=raw, out_dir=out))
    assert (summary.processed, summary.skipped) == (2, 3)
    assert_same_tables(out, _full_run(raw, tmp_path))


def test_manifest_records_what_refresh_compares(base):
    _, out = base
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert {"sources", "skipped", "code_sha256", "config", "pipeline_version", "failed", "rows"} <= set(manifest)
    sources = {s["source_path"]: s for s in manifest["sources"]}
    assert len(sources) == 4 and all(len(s["sha256"]) == 64 for s in sources.values())
    assert [i["doc_id"] for i in manifest["inputs"]] == sorted(i["doc_id"] for i in manifest["inputs"])


def test_code_outside_the_documents_republishes_without_reprocessing(workspace, monkeypatch):
    raw, out = workspace
    monkeypatch.setattr("pipeline.batch.incremental.release_fingerprint", lambda: "1" * 64)
    summary = refresh(RunConfig(raw_dir=raw, out_dir=out))
    assert (summary.processed, summary.skipped) == (0, 4) and summary.release is not None
    assert refresh(RunConfig(raw_dir=raw, out_dir=out)).release is None


@pytest.mark.parametrize(
    ("relative", "shapes"),
    [("extractors/names/__init__.py", True), ("stages/ingest.py", True), ("data/gazetteer.tsv", True),
     ("batch/work.py", True), ("batch/writer.py", False), ("report/html.py", False), ("cli.py", False)],
)  # fmt: skip
def test_which_files_key_the_cache(relative, shapes):
    from pipeline.batch.cache import _shapes_results

    assert _shapes_results(relative) is shapes


def test_a_run_that_fails_before_publishing_resumes_from_the_cache(base, tmp_path, monkeypatch):
    """Documents processed before a crash are not processed again by the next refresh."""
    raw, full = base
    out = tmp_path / "out"

    def crash(self):
        raise MemoryError("killed while linking entities")

    monkeypatch.setattr("pipeline.batch.incremental.EntityLinker.entities", crash)
    with pytest.raises(MemoryError):
        run(RunConfig(raw_dir=raw, out_dir=out))
    assert not (out / "current").exists()
    monkeypatch.undo()
    summary = refresh(RunConfig(raw_dir=raw, out_dir=out))
    assert (summary.processed, summary.skipped) == (0, 4) and summary.release is not None
    assert_same_tables(out, full)
