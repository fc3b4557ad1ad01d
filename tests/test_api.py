"""Python API (pipeline.load, pipeline.process), the validate command, --help and the progress bar."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from conftest import RAW

import pipeline
from pipeline.cli import build_parser, main
from pipeline.nlp.components import GROUPS
from pipeline.records import Citation
from pipeline.report import progress as progress_module
from pipeline.tables import TABLES


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


def test_load_gives_a_doc_with_every_span_group_and_values(nlp, report_text):
    doc = nlp(report_text)
    assert set(GROUPS) <= set(doc.spans)
    assert len(doc.spans["citations"]) == 9
    for group in GROUPS:
        for span in doc.spans[group]:
            record = span._.value
            assert record is not None
            expected = record.text if isinstance(record, Citation) else record.surface
            assert doc.text[record.start : record.end] == expected
            assert span.start_char <= record.start and record.end <= span.end_char
    assert "経済や科学技術など幅広い分野" in doc.text  # the Doc holds the repaired, normalised text
    markers = doc.user_data[("pipeline", "markers")]
    assert [m.note for m in markers] == [str(n) for n in range(1, 10)]
    assert all(m.citation_id for m in markers)


def test_load_takes_the_publication_date_as_context(nlp):
    doc = nlp("朝鮮中央通信は20日、同条約の全文を報じた。", published="2024-06-28")
    assert doc._.meta["published"] == "2024-06-28"
    assert [t.text for t in doc][:3] == ["朝鮮", "中央", "通信"]


def test_pipe_processes_several_texts(nlp):
    docs = list(nlp.pipe(["2024年6月28日に発表した。", "朝ロ、パートナーシップ条約を締結"]))
    assert [d._.meta["doc_id"] for d in docs] == ["text-0", "text-1"]
    assert "ja_dates" in nlp.pipe_names


def test_process_returns_the_published_tables_as_dataframes(published):
    frames = pipeline.process([RAW])
    assert set(frames) == {t.name for t in TABLES}
    for table in TABLES:
        frame = frames[table.name]
        assert isinstance(frame, pd.DataFrame)
        assert list(frame.columns) == table.column_names
        expected = pd.read_parquet(published / "tables" / f"{table.name}.parquet")
        assert len(frame) == len(expected), table.name
    pd.testing.assert_frame_equal(frames["citations"], pd.read_parquet(published / "tables" / "citations.parquet"))


def test_process_reads_single_files_and_reports_missing_ones(tmp_path):
    missing = tmp_path / "gone.txt"
    frames = pipeline.process([RAW / next(p.name for p in sorted(RAW.glob("003_*"))), missing])
    assert list(frames["documents"].doc_id) == [next(p.stem for p in sorted(RAW.glob("003_*")))]
    assert list(frames["errors"].error) == ["FileNotFound"]


def test_validate_accepts_a_published_run(published, capsys):
    assert main(["validate", "--out", str(published)]) == 0
    assert capsys.readouterr().out.startswith("validate: ")


def test_validate_finds_broken_tables(published, tmp_path, capsys):
    copy = tmp_path / "out"
    shutil.copytree(published / "current", copy, symlinks=False)
    csv = copy / "csv" / "documents.csv"
    lines = csv.read_text(encoding="utf-8").splitlines(keepends=True)
    csv.write_text("".join([*lines, lines[1]]), encoding="utf-8")  # a duplicate document
    sentences = copy / "csv" / "sentences.csv"
    text = sentences.read_text(encoding="utf-8")
    header, first, rest = text.split("\n", 2)
    columns = header.split(",")
    cells = first.split(",")
    cells[columns.index("start")] = "start?"
    sentences.write_text("\n".join([header, ",".join(cells), rest]), encoding="utf-8")
    assert main(["validate", "--out", str(copy)]) == 1
    err = capsys.readouterr().err
    assert "documents: primary-key" in err
    assert "sentences: type-error" in err


def test_validate_without_a_run_fails_clearly(tmp_path, capsys):
    assert main(["validate", "--out", str(tmp_path)]) == 2
    assert "datapackage.json does not exist" in capsys.readouterr().err


def test_every_subcommand_has_help(capsys):
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    assert {"run", "report", "validate"} <= set(commands)
    for name, sub in commands.items():
        assert sub.description, name
        for action in sub._actions:
            assert action.help, (name, action.dest)


def test_progress_is_silent_off_a_terminal_and_when_quiet(capsys, monkeypatch):
    assert list(progress_module.progress(range(3), "documents")) == [0, 1, 2]
    monkeypatch.setattr(progress_module.sys.stderr, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(progress_module, "QUIET", True)
    assert list(progress_module.progress(range(3), "documents")) == [0, 1, 2]
    assert capsys.readouterr().err == ""


def test_progress_draws_a_bar_on_a_terminal(capsys, monkeypatch):
    monkeypatch.setattr(progress_module.sys.stderr, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(progress_module, "QUIET", False)
    assert list(progress_module.progress(range(3), "documents", total=3)) == [0, 1, 2]
    assert "documents" in capsys.readouterr().err


def test_tracked_callback_counts_and_closes(capsys, monkeypatch):
    seen = []
    monkeypatch.setattr(progress_module.sys.stderr, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(progress_module, "QUIET", False)
    done = progress_module.tracked(seen.append, 2, "documents")
    done("a")
    done("b")
    assert seen == ["a", "b"]
    assert "documents" in capsys.readouterr().err
    monkeypatch.setattr(progress_module, "QUIET", True)
    assert progress_module.tracked(seen.append, 2, "documents") == seen.append  # quiet: the callback itself
