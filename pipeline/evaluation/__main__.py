"""``make eval``: score the extractors against tests/gold and the external peer suites.

Runs the pipeline over the raw directory and over ``tests/gold/texts/`` into
temporary directories (nothing published is touched), scores every
``tests/gold/TABLE.jsonl`` (see ``scorer``), then calls ``evaluate`` of each
``pipeline.evaluation.KIND`` module that exists (peer suites in
``../shared/external``).  Prints one block per table; ``--json`` also writes
every figure to a file; ``--details`` lists misses, spurious rows and wrong
fields.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.evaluation.scorer import GOLD_TABLES, GoldProblem, TableScore, check_offsets, read_gold, score_table

EXTERNAL_KINDS = ("dates", "articles", "names", "citations")
# Folders tests/gold/heldout*/ hold gold annotated before the extractors ever ran on their texts: the
# honest figures.  Each has its own texts/, TABLE.jsonl files and SOURCES.md (which says whether its
# error report was later used to improve the extractors); scored apart, no test asserts a threshold.
HELDOUT = "heldout"
DEFAULT_EXTERNAL = Path(__file__).resolve().parents[2].parent / "shared" / "external"


def published_tables(raw_dirs: list[Path]) -> dict[str, pd.DataFrame]:
    """Run the pipeline over each directory and concatenate the tables (doc ids must not clash)."""
    from pipeline.cli import main
    from pipeline.tables import TABLES

    frames: dict[str, list[pd.DataFrame]] = {t.name: [] for t in TABLES}
    with tempfile.TemporaryDirectory(prefix="pipeline-eval-") as tmp:
        for index, raw in enumerate(raw_dirs):
            if not raw.is_dir() or not any(raw.rglob("*.txt")):
                continue
            out = Path(tmp) / f"out{index}"
            if main(["run", "--raw", str(raw), "--out", str(out)]) != 0:
                raise SystemExit(f"the pipeline failed on {raw}")
            for table in TABLES:
                frames[table.name].append(pd.read_parquet(out / "tables" / f"{table.name}.parquet"))
    return {name: pd.concat(parts, ignore_index=True) if parts else pd.DataFrame() for name, parts in frames.items()}


def score_gold(gold_dir: Path, tables: dict[str, pd.DataFrame]) -> tuple[list[TableScore], list[GoldProblem]]:
    documents = tables["documents"]
    texts = dict(zip(documents.doc_id, documents.text, strict=True)) if len(documents) else {}
    scores, problems = [], []
    for name in GOLD_TABLES:
        path = gold_dir / f"{name}.jsonl"
        if not path.exists():
            continue
        gold, read_problems = read_gold(path)
        offset_problems = check_offsets(name, gold, texts)
        problems += read_problems + offset_problems
        bad_lines = {p.line for p in offset_problems}
        gold = [row for row in gold if row["_line"] not in bad_lines]
        predicted = tables[name].to_dict("records") if len(tables[name]) else []
        scores.append(score_table(name, gold, predicted))
    return scores, problems


def external_metrics(external_dir: Path) -> dict[str, dict[str, Any]]:
    results: dict[str, dict[str, Any]] = {}
    for kind in EXTERNAL_KINDS:
        try:
            module = importlib.import_module(f"pipeline.evaluation.{kind}")
        except ModuleNotFoundError:
            continue
        if hasattr(module, "evaluate"):
            results[kind] = module.evaluate(external_dir)
    return results


def _names_news_test(gold_dir: Path, mentions: list[pd.DataFrame]) -> dict[str, Any]:
    """The pipeline's names on the gold documents the statistical NER is never trained on (its news
    training data is the rest of the names gold: the figures above are partly on training documents),
    scored on the ``mentions`` tables already published for the gold folders."""
    from pipeline.evaluation.names import evaluate_news_test, news_test_documents

    if not news_test_documents(gold_dir):
        return {}
    return evaluate_news_test(gold_dir, pd.concat(mentions, ignore_index=True).to_dict("records"))


def format_score(score: TableScore) -> list[str]:
    lines = [
        f"{score.table}: gold {score.gold}, predicted {score.predicted}, matched {score.matched}; "
        f"P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}; "
        f"value accuracy {score.value_accuracy:.3f}"
    ]
    for name in sorted(n for n in score.field_total if n != "*"):
        lines.append(
            f"    {name}: {score.accuracy(name):.3f} ({score.field_right.get(name, 0)}/{score.field_total[name]})"
        )
    return lines


def format_details(score: TableScore, limit: int = 40) -> list[str]:
    lines = [f"  missed ({len(score.missed)}):"]
    lines += [f"    {r['doc_id']} {r['start']}-{r['end']} {r['surface']!r}" for r in score.missed[:limit]]
    lines.append(f"  spurious ({len(score.spurious)}):")
    surface = "surface" if score.table != "citations" else "text"
    lines += [f"    {r['doc_id']} {r['start']}-{r['end']} {str(r.get(surface))[:60]!r}" for r in score.spurious[:limit]]
    lines.append(f"  wrong fields ({len(score.wrong)}):")
    lines += [
        f"    {g['doc_id']} {g['surface'][:40]!r} {name}: expected {g[name]!r}, got {got!r}"
        for g, name, got in score.wrong[:limit]
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluation", description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=Path("tests/gold"), help="gold directory (default tests/gold)")
    parser.add_argument("--raw", type=Path, default=Path("raw"), help="raw directory of the seed documents")
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL, help="external peer data")
    parser.add_argument("--details", action="store_true", help="list misses, spurious rows and wrong fields")
    parser.add_argument("--json", type=Path, default=None, help="also write all figures to this JSON file")
    args = parser.parse_args(argv)
    tables = published_tables([args.raw, args.gold / "texts"])
    scores, problems = score_gold(args.gold, tables)
    blocks: list[tuple[str, list[TableScore]]] = [("development gold", scores)]
    mentions = [tables["mentions"]]
    for heldout_dir in sorted(args.gold.glob(f"{HELDOUT}*/")):
        heldout_tables = published_tables([heldout_dir / "texts"])
        mentions.append(heldout_tables["mentions"])
        heldout, heldout_problems = score_gold(heldout_dir, heldout_tables)
        problems += heldout_problems
        blocks.append((f"held-out gold {heldout_dir.name}/ (annotated blind; see its SOURCES.md)", heldout))
    for problem in problems:
        print(f"gold problem: {problem.table}.jsonl line {problem.line}: {problem.message}", file=sys.stderr)
    for title, block in blocks:
        if block:
            print(f"== {title}")
        for score in block:
            print("\n".join(format_score(score)))
            if args.details:
                print("\n".join(format_details(score)))
    news_test = _names_news_test(args.gold, mentions)
    if news_test:
        print(
            "names news test (documents the NER never trained on): "
            + ", ".join(f"{k} {_fmt(v)}" for k, v in news_test.items())
        )
    external = external_metrics(args.external) if args.external.is_dir() else {}
    for kind, metrics in external.items():
        print(f"external {kind}: " + ", ".join(f"{k} {_fmt(v)}" for k, v in metrics.items()))
    if args.json:
        figures = {
            "gold": {s.table: _figures(s) for s in scores},
            "heldout": {title: {s.table: _figures(s) for s in block} for title, block in blocks[1:]},
            "external": external,
            "names_news_test": news_test,
        }  # fmt: skip
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n")
    return 1 if problems else 0


def _figures(score: TableScore) -> dict[str, float | int]:
    return {"gold": score.gold, "predicted": score.predicted, "matched": score.matched, "precision": score.precision,
            "recall": score.recall, "f1": score.f1, "value_accuracy": score.value_accuracy}  # fmt: skip


def _fmt(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


if __name__ == "__main__":
    raise SystemExit(main())
