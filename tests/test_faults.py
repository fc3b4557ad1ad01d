"""Faults: a run killed with SIGKILL, a write error, an extractor that raises.

The kill is real: ``python -m pipeline run`` in a subprocess, stopped with
``kill -9`` at a known moment of the publish (the ``PIPELINE_TEST_PAUSE`` hook of
``pipeline/stages/export.py`` makes it wait there), never by a timer race.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from conftest import REPO

from pipeline.cli import main
from pipeline.stages import export
from pipeline.tables import TABLES

DOC_A = "金正恩国務委員長は24年ぶりに訪朝したロシアのプーチン大統領と2024年6月19日、平壌で会談した。\n"
DOC_B = "両首脳は「包括的戦略パートナーシップ条約」に署名し、第4条で相互の軍事援助を定めた。2024年6月20日。\n"


def _raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(DOC_A, encoding="utf-8")
    return raw


def _snapshot(out: Path) -> dict[str, bytes]:
    """Every published file, read through the public links (what a reader sees)."""
    files = {
        f"{folder}/{t.name}.{suffix}" for t in TABLES for folder, suffix in (("tables", "parquet"), ("csv", "csv"))
    }
    files |= {"datapackage.json", "manifest.json"}
    return {name: (out / name).read_bytes() for name in sorted(files)}


def _assert_readable(out: Path) -> None:
    for table in TABLES:
        pd.read_parquet(out / "tables" / f"{table.name}.parquet")
        pd.read_csv(out / "csv" / f"{table.name}.csv")
    json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    json.loads((out / "datapackage.json").read_text(encoding="utf-8"))


def _pipeline(raw: Path, out: Path, **env: str) -> subprocess.Popen:
    environment = os.environ | {"PYTHONHASHSEED": "random"} | env
    command = [sys.executable, "-m", "pipeline", "run", "--raw", str(raw), "--out", str(out)]
    return subprocess.Popen(command, cwd=REPO, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for(flag: Path, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not flag.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the pipeline never reached the pause point"
        time.sleep(0.02)


@pytest.mark.parametrize("point", export.PAUSE_POINTS)
def test_kill_9_during_publish_keeps_the_tables_and_the_next_run_completes(tmp_path, point):
    raw, out = _raw(tmp_path), tmp_path / "out"
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    before = _snapshot(out)
    (raw / "b.txt").write_text(DOC_B, encoding="utf-8")

    flag = tmp_path / "paused"
    process = _pipeline(raw, out, **{export.PAUSE_ENV: f"{point}:{flag}"})
    _wait_for(flag, process)
    os.kill(process.pid, signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL

    clean = tmp_path / "clean"  # an undisturbed run of the same files, in this process
    assert main(["run", "--raw", str(raw), "--out", str(clean)]) == 0
    if point == "swapped":  # killed after the swap: the new tables are published, whole, and the
        _assert_readable(out)  # same bytes as this process makes (another process, another hash seed)
        assert _comparable(_snapshot(out)) == _comparable(_snapshot(clean))
    else:  # killed before it: exactly the previous tables
        assert _snapshot(out) == before
        _assert_readable(out)
    if point in ("mid-write", "written"):
        assert list(out.glob(export.STAGING_PREFIX + "*")), "the killed run should have left its staging directory"

    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0  # the next run completes
    assert not list(out.glob(".staging-*")) and not list(out.glob(".current-*"))
    _assert_readable(out)
    assert _comparable(_snapshot(out)) == _comparable(_snapshot(clean))
    assert len(list((out / "releases").iterdir())) <= export.KEEP_RELEASES


def _comparable(snapshot: dict[str, bytes]) -> dict[str, object]:
    """A snapshot without the code hashes of the manifest (this process may have hashed older code)."""
    manifest = json.loads(snapshot["manifest.json"])
    for key in [k for k in manifest if "code_sha256" in k]:
        del manifest[key]
    return snapshot | {"manifest.json": manifest}


def test_stale_staging_of_dead_runs_is_removed_and_live_ones_kept(tmp_path):
    raw, out = _raw(tmp_path), tmp_path / "out"
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = out / f"{export.STAGING_PREFIX}{dead.pid}-1"
    (stale / "tables").mkdir(parents=True)
    (stale / "tables" / "documents.parquet").write_bytes(b"half")
    stale_link = out / f"{export.TEMPORARY_LINK_PREFIX}{dead.pid}"
    stale_link.symlink_to("releases/nowhere")
    live = out / f"{export.STAGING_PREFIX}{os.getppid()}-2"  # our parent runs: maybe a concurrent publish
    live.mkdir()
    foreign = out / f"{export.STAGING_PREFIX}notapid"
    foreign.mkdir()
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    assert not stale.exists() and not stale_link.is_symlink()
    assert live.exists() and foreign.exists()


def test_a_real_write_error_fails_cleanly(tmp_path):
    """A file-size limit (RLIMIT_FSIZE) makes the kernel refuse writes, as a full disk would."""
    raw, out = _raw(tmp_path), tmp_path / "out"
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    before = _snapshot(out)
    (raw / "extra.txt").write_text(DOC_A * 60 + DOC_B * 60, encoding="utf-8")  # its tokens take > 16 KB

    def limit_file_size() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # then write() fails with EFBIG instead of a signal
        resource.setrlimit(resource.RLIMIT_FSIZE, (16_000, 16_000))

    command = [sys.executable, "-m", "pipeline", "run", "--raw", str(raw), "--out", str(out)]
    result = subprocess.run(command, cwd=REPO, capture_output=True, preexec_fn=limit_file_size, timeout=300)
    assert result.returncode == 2, result.stderr.decode()
    assert "previously published tables are unchanged" in result.stderr.decode()
    assert _snapshot(out) == before
    _assert_readable(out)
    assert not list(out.glob(".staging-*"))


@pytest.mark.parametrize("target", ["to_arrow", "_fsync_tree", "_swap_current"])
def test_a_write_error_at_each_step_leaves_the_previous_tables(tmp_path, monkeypatch, target):
    raw, out = _raw(tmp_path), tmp_path / "out"
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    before = _snapshot(out)
    original = getattr(export, target)
    calls = []

    def full_disk(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3 or target != "to_arrow":  # a few tables in, or at once
            raise OSError(28, "No space left on device")
        return original(*args, **kwargs)

    monkeypatch.setattr(export, target, full_disk)
    (raw / "b.txt").write_text(DOC_B, encoding="utf-8")
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 2
    assert _snapshot(out) == before
    assert not list(out.glob(".staging-*")) and not list(out.glob(".current-*"))
    monkeypatch.undo()
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0


def test_an_extractor_that_raises_is_one_error_row_and_the_rest_goes_on(tmp_path, monkeypatch):
    import pipeline.nlp.components as components

    raw = _raw(tmp_path)
    (raw / "b.txt").write_text(DOC_B, encoding="utf-8")
    original = components.find_dates

    def fragile(text, *args, **kwargs):
        if "包括的戦略" in text:
            raise ZeroDivisionError("injected fault in the dates extractor")
        return original(text, *args, **kwargs)

    monkeypatch.setattr(components, "find_dates", fragile)
    out = tmp_path / "out"
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    errors = pd.read_csv(out / "csv" / "errors.csv", dtype=str, keep_default_na=False)
    assert len(errors) == 1
    row = errors.iloc[0]
    assert (row.source_path, row.doc_id, row.stage) == ("b.txt", "b", "extract:ja_dates")
    assert row.error == "ZeroDivisionError"
    assert "injected fault in the dates extractor" in row.message
    tables = {name: pd.read_csv(out / "csv" / f"{name}.csv") for name in ("documents", "dates", "article_refs")}
    assert sorted(tables["documents"].doc_id) == ["a", "b"]
    assert set(tables["dates"].doc_id) == {"a"}  # the other document still has its dates
    assert "第4条" in set(tables["article_refs"][tables["article_refs"].doc_id == "b"].surface)  # other extractors ran
