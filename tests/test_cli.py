"""The command line under a scheduler: the lock, the summary line, exit statuses."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from batch_corpus import make_corpus
from conftest import REPO

from pipeline.batch.lock import LockHeld, RunLock
from pipeline.cli import COMMANDS, EXIT_LOCKED, EXIT_RUN_FAILED, build_parser, main

# run: 4 documents processed, 0 skipped, 0 failed, 2 warnings in 1.3 s; published …
SUMMARY = re.compile(
    r"^(?P<command>\w+): (?P<processed>\d+) documents processed, (?P<skipped>\d+) skipped, "
    r"(?P<failed>\d+) failed, \d+ warnings in \d+\.\d s; (published \S+|nothing changed, tables untouched)$"
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("cli"), copies=1)


def test_summary_regex_reads_a_real_line():
    line = "refresh: 0 documents processed, 4 skipped, 1 failed, 0 warnings in 0.2 s; nothing changed, tables untouched"
    match = SUMMARY.match(line)
    assert match and match["skipped"] == "4" and match["failed"] == "1"
    assert not SUMMARY.match("run: 2 documents processed, 0 failed, 0 warnings in 1.5 s")


def test_one_summary_line_with_processed_skipped_failed(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["run", "--raw", str(corpus), "--out", str(out)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1
    match = SUMMARY.match(lines[0])
    assert match, lines[0]
    assert (match["command"], match["processed"], match["skipped"], match["failed"]) == ("run", "2", "0", "0")
    assert main(["refresh", "--raw", str(corpus), "--out", str(out)]) == 0
    match = SUMMARY.match(capsys.readouterr().out.strip())
    assert match and (match["processed"], match["skipped"]) == ("0", "2")


def test_second_run_exits_at_once_while_the_lock_is_held(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    with RunLock(out):
        assert main(["run", "--raw", str(corpus), "--out", str(out)]) == EXIT_LOCKED
    message = capsys.readouterr().err
    assert "another run is using" in message and f"pid {os.getpid()}" in message
    assert not (out / "current").exists()
    assert main(["run", "--raw", str(corpus), "--out", str(out)]) == 0  # released on exit


def test_lock_is_exclusive_and_released_after_an_exception(tmp_path):
    with pytest.raises(RuntimeError), RunLock(tmp_path):
        with pytest.raises(LockHeld), RunLock(tmp_path):
            pass
        raise RuntimeError("crash inside a run")
    with RunLock(tmp_path):
        pass


def test_lock_holds_against_another_process(corpus, tmp_path):
    out = tmp_path / "out"
    with RunLock(out):
        process = subprocess.run(
            [sys.executable, "-m", "pipeline", "refresh", "--raw", str(corpus), "--out", str(out)],
            cwd=REPO, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    assert process.returncode == EXIT_LOCKED
    assert "another run is using" in process.stderr and process.stdout == ""


def test_strict_fails_on_a_document_error_only(corpus, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text("2024年6月28日に署名された協定の第4条。", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", "--raw", str(raw), "--out", str(out), "--strict"]) == 0
    (raw / "broken.txt").write_bytes("本文".encode() + b"\xff\xfe\xfd\x80")
    assert main(["refresh", "--raw", str(raw), "--out", str(out)]) == 0
    assert main(["refresh", "--raw", str(raw), "--out", str(out), "--strict"]) == 1  # unchanged, still failed


@pytest.mark.parametrize(
    "arguments",
    [["run", "--raw", "/nonexistent/raw"], ["run", "--jobs", "0"], ["refresh", "--engine", "dask"]],
)
def test_bad_arguments_exit_2_before_anything_is_written(arguments, corpus, tmp_path):
    out = tmp_path / "out"
    if "--raw" not in arguments:
        arguments = [*arguments, "--raw", str(corpus)]
    assert main([*arguments, "--out", str(out)]) == EXIT_RUN_FAILED
    assert not out.exists()


def test_every_command_accepts_the_common_flags():
    parser = build_parser()
    for name in COMMANDS:
        args = parser.parse_args([name, "--raw", "r", "--out", "o", "--strict", "--max-bytes", "10"])
        assert (args.raw, args.out, args.strict, args.max_bytes) == (Path("r"), Path("o"), True, 10)
    args = parser.parse_args(["refresh", "--jobs", "3", "--engine", "dask", "--scheduler", "tcp://h:8786"])
    assert (args.jobs, args.engine, args.scheduler) == (3, "dask", "tcp://h:8786")


def test_a_reader_command_is_one_table_entry(monkeypatch, tmp_path, capsys):
    """Read-only commands get their own arguments, no lock and their own exit status."""
    from pipeline import cli

    def count(args):
        print(len(list(args.out.iterdir())))
        return 3

    def arguments(parser):
        parser.add_argument("--out", type=Path, required=True, help="output directory")

    monkeypatch.setitem(cli.READERS, "count", (count, "count published entries", arguments))
    (tmp_path / "a").write_text("x", encoding="utf-8")
    with RunLock(tmp_path):  # a reader is not stopped by a running batch
        assert main(["count", "--out", str(tmp_path)]) == 3
    assert capsys.readouterr().out.strip() == "2"  # a and .lock


def test_a_crash_outside_the_documents_is_exit_2_and_keeps_the_tables(corpus, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    assert main(["run", "--raw", str(corpus), "--out", str(out)]) == 0
    before = os.readlink(out / "current")

    def broken(*args, **kwargs):
        raise KeyError("entity linking bug")

    monkeypatch.setattr("pipeline.batch.incremental.EntityLinker.entities", broken)
    assert main(["run", "--raw", str(corpus), "--out", str(out)]) == EXIT_RUN_FAILED
    assert "KeyError" in capsys.readouterr().err
    assert os.readlink(out / "current") == before
    with RunLock(out):  # and the lock was released
        pass
