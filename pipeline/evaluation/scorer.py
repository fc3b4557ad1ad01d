"""Score published tables against hand gold: span P/R/F1 and per-field accuracy.

Gold lives in ``tests/gold/TABLE.jsonl`` (TABLE one of ``GOLD_TABLES``), one
JSON object a line with ``doc_id``, ``start``, ``end``, ``surface`` and the
value columns to check.  A document is in scope for a table when the gold
file has at least one row for it: its gold is then taken as complete, so
every predicted row of that document that matches no gold row is a false
positive.  Rows match on ``(doc_id, start, end)``; the fields are compared
only on matched rows (value accuracy), so span errors and value errors are
reported apart, as in the issues' quality bars.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GOLD_TABLES = ("dates", "article_refs", "mentions", "citations")
KEY_FIELDS = ("doc_id", "start", "end", "surface", "text", "source", "comment")


@dataclass
class GoldProblem:
    table: str
    line: int
    message: str


@dataclass
class TableScore:
    table: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    field_right: dict[str, int] = field(default_factory=dict)
    field_total: dict[str, int] = field(default_factory=dict)
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    wrong: list[tuple[dict[str, Any], str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float:
        total = self.field_total.get(name, 0)
        return self.field_right.get(name, 0) / total if total else 0.0

    @property
    def value_accuracy(self) -> float:
        """Share of matched rows whose every gold field is right."""
        total = self.field_total.get("*", 0)
        return self.field_right.get("*", 0) / total if total else 0.0


def read_gold(path: Path) -> tuple[list[dict[str, Any]], list[GoldProblem]]:
    """Rows of one gold file, and problems (bad JSON, missing keys) with their line numbers."""
    table = path.stem
    rows, problems = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(GoldProblem(table, number, f"not JSON: {exc}"))
            continue
        missing = [key for key in ("doc_id", "start", "end", "surface") if key not in row]
        if missing:
            problems.append(GoldProblem(table, number, f"missing {', '.join(missing)}"))
            continue
        row["_line"] = number
        rows.append(row)
    return rows, problems


def check_offsets(table: str, rows: Iterable[dict[str, Any]], texts: Mapping[str, str]) -> list[GoldProblem]:
    """Gold rows whose offsets no longer give their surface (the normalised text drifted, or a typo)."""
    problems = []
    for row in rows:
        text = texts.get(row["doc_id"])
        if text is None:
            problems.append(GoldProblem(table, row["_line"], f"unknown doc_id {row['doc_id']!r}"))
        elif text[row["start"] : row["end"]] != row["surface"]:
            found = text[row["start"] : row["end"]]
            problems.append(GoldProblem(table, row["_line"], f"text[start:end] is {found!r}, not {row['surface']!r}"))
    return problems


def score_table(table: str, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> TableScore:
    """Match predicted rows to gold rows on (doc_id, start, end) within the gold's documents."""
    in_scope = {row["doc_id"] for row in gold}
    predicted = [row for row in predicted if row["doc_id"] in in_scope]
    by_key = {(row["doc_id"], int(row["start"]), int(row["end"])): row for row in predicted}
    gold_keys = {(row["doc_id"], int(row["start"]), int(row["end"])) for row in gold}
    score = TableScore(table, gold=len(gold), predicted=len(by_key))
    for row in gold:
        found = by_key.get((row["doc_id"], int(row["start"]), int(row["end"])))
        if found is None:
            score.missed.append(row)
            continue
        score.matched += 1
        _score_fields(score, row, found)
    score.spurious = [row for key, row in sorted(by_key.items()) if key not in gold_keys]
    return score


def _score_fields(score: TableScore, gold: dict[str, Any], found: dict[str, Any]) -> None:
    all_right = True
    for name, expected in gold.items():
        if name in KEY_FIELDS or name.startswith("_") or name not in found:
            continue  # keys, and annotators' notes that are not columns of the table (canonical_alt)
        score.field_total[name] = score.field_total.get(name, 0) + 1
        if same_value(expected, found.get(name)):
            score.field_right[name] = score.field_right.get(name, 0) + 1
        else:
            all_right = False
            score.wrong.append((gold, name, found.get(name)))
    score.field_total["*"] = score.field_total.get("*", 0) + 1
    score.field_right["*"] = score.field_right.get("*", 0) + (1 if all_right else 0)


def same_value(expected: Any, actual: Any) -> bool:
    """Equality that treats None, NaN and '' alike, compares lists as lists and numbers as strings."""
    if _is_empty(expected) and _is_empty(actual):
        return True
    if isinstance(expected, list):
        actual_list = actual.tolist() if hasattr(actual, "tolist") else actual
        if actual_list is None or isinstance(actual_list, float):  # a missing cell reads as NaN
            actual_list = []
        return list(expected) == list(actual_list)
    if isinstance(expected, bool) or isinstance(actual, bool):
        return bool(expected) == bool(actual)
    return str(expected) == str(actual)


def _is_empty(value: Any) -> bool:
    if hasattr(value, "tolist") and not isinstance(value, str):  # numpy arrays and scalars from Parquet
        value = value.tolist()
    if value is None or (isinstance(value, str) and value == ""):
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, list) and not value
