"""``--ner {model,rules}``: a configuration of the names component, part of the run's fingerprint."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from batch_corpus import assert_same_tables, copy_tree, make_corpus, published_files

from pipeline.cli import build_parser, main
from pipeline.extractors.names import model as names_model
from pipeline.nlp.components import build_nlp, records
from pipeline.runner import RunConfig, refresh
from pipeline.tables import TABLES

# A company and a person no gazetteer lists: the statistical NER finds names the rules do not.
SENTENCE = "新興企業ミライテックの佐々木健太社長はロシアのプーチン大統領と会談した。"


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> tuple[Path, Path, Path]:
    """One small corpus published with the default NER and with ``--ner rules``."""
    root = tmp_path_factory.mktemp("ner")
    raw = make_corpus(root, copies=1)
    (raw / "news.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    model, rules = root / "model", root / "rules"
    assert main(["run", "--raw", str(raw), "--out", str(model), "--quiet"]) == 0
    assert main(["run", "--raw", str(raw), "--out", str(rules), "--quiet", "--ner", "rules"]) == 0
    return raw, model, rules


def _names(doc) -> set[tuple[str, str]]:
    return {(m.surface, m.type) for m in records(doc, "names")}


def test_rules_only_pipeline_never_calls_the_model(monkeypatch):
    calls = []
    monkeypatch.setattr(names_model, "predict", lambda doc, **kw: calls.append(doc) or [])
    build_nlp(ner="rules")(SENTENCE)
    assert calls == []
    build_nlp(ner="model")(SENTENCE)
    assert len(calls) == 1


def test_ner_is_a_component_setting_in_the_spacy_config():
    assert build_nlp(ner="rules").config["components"]["ja_names"] == {"factory": "ja_names", "ner": "rules"}
    assert build_nlp().get_pipe("ja_names").ner == "model"
    with pytest.raises(ValueError, match="ner must be one of"):
        build_nlp(ner="none")


def test_the_flag_changes_the_mentions_and_nothing_but_names(runs):
    _, model, rules = runs
    left, right = published_files(model), published_files(rules)
    differ = {
        name.split("/")[1].split(".")[0] for name in left if name != "manifest.json" and left[name] != right[name]
    }
    assert differ and differ <= {"mentions", "entities"}, differ
    by_model = pd.read_parquet(model / "tables" / "mentions.parquet").query("doc_id == 'news'")
    by_rules = pd.read_parquet(rules / "tables" / "mentions.parquet").query("doc_id == 'news'")
    expected = {ner: _names(build_nlp(ner=ner)(SENTENCE)) for ner in ("model", "rules")}
    assert expected["model"] != expected["rules"]  # else this test could not tell the settings apart
    assert set(zip(by_model.surface, by_model.type, strict=True)) == expected["model"]
    assert set(zip(by_rules.surface, by_rules.type, strict=True)) == expected["rules"]
    config = json.loads((rules / "manifest.json").read_text(encoding="utf-8"))["config"]
    assert config["ner"] == "rules"


def test_refresh_with_another_ner_reprocesses_everything(runs, tmp_path):
    raw, model, rules = runs
    out = copy_tree(model, tmp_path / "out")
    summary = refresh(RunConfig(raw_dir=raw, out_dir=out, ner="rules"))
    documents = len(pd.read_parquet(model / "tables" / "documents.parquet"))
    assert (summary.processed, summary.skipped) == (documents, 0)
    assert_same_tables(out, rules)
    again = refresh(RunConfig(raw_dir=raw, out_dir=out, ner="rules"))
    assert (again.processed, again.release) == (0, None)


def test_jobs_2_with_rules_gives_byte_identical_tables(runs, tmp_path):
    raw, _, rules = runs
    parallel = tmp_path / "jobs2"
    assert main(["run", "--raw", str(raw), "--out", str(parallel), "--quiet", "--ner", "rules", "--jobs", "2"]) == 0
    assert_same_tables(parallel, rules)


def test_ner_flag_on_run_refresh_and_extract():
    parser = build_parser()
    for command in ("run", "refresh", "extract"):
        assert parser.parse_args([command, "--ner", "rules"]).ner == "rules"
        assert parser.parse_args([command]).ner == "model"
    with pytest.raises(SystemExit):
        parser.parse_args(["run", "--ner", "spacy"])


def test_stage_by_stage_extract_with_rules_is_recorded_by_export(runs, tmp_path):
    raw, _, rules = runs
    out = tmp_path / "stages"
    for stage in ("ingest", "segment", "extract", "export"):
        extra = ["--ner", "rules"] if stage == "extract" else []
        assert main([stage, "--raw", str(raw), "--out", str(out), *extra]) == 0, stage
    for table in TABLES:
        assert (out / "csv" / f"{table.name}.csv").read_bytes() == (rules / "csv" / f"{table.name}.csv").read_bytes()
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["config"]["ner"] == "rules"
