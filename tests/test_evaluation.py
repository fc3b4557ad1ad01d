"""The `make eval` scorer, and the gold itself: every gold row must still point at its surface."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluation.scorer import GOLD_TABLES, check_offsets, read_gold, same_value, score_table

GOLD = Path(__file__).resolve().parent / "gold"


def _row(start, end, surface, **fields):
    return {"doc_id": "d", "start": start, "end": end, "surface": surface, "_line": 1} | fields


def test_precision_recall_and_value_accuracy():
    gold = [_row(0, 10, "2024年11月9日", value="2024-11-09"), _row(20, 23, "20日", value="2024-06-20")]
    predicted = [
        {"doc_id": "d", "start": 0, "end": 10, "value": "2024-11-09"},
        {"doc_id": "d", "start": 20, "end": 23, "value": "--06-20"},
        {"doc_id": "d", "start": 30, "end": 32, "value": "2024"},
        {"doc_id": "other", "start": 0, "end": 4, "value": "2020"},  # no gold for this document: out of scope
    ]
    score = score_table("dates", gold, predicted)
    assert (score.gold, score.predicted, score.matched) == (2, 3, 2)
    assert score.precision == pytest.approx(2 / 3) and score.recall == 1.0
    assert score.f1 == pytest.approx(0.8)
    assert score.accuracy("value") == 0.5 and score.value_accuracy == 0.5
    assert [r["start"] for r in score.spurious] == [30]
    assert score.wrong[0][1:] == ("value", "--06-20")


def test_missed_rows_count_against_recall_only():
    score = score_table("dates", [_row(0, 4, "2024"), _row(5, 9, "2025")], [{"doc_id": "d", "start": 0, "end": 4}])
    assert (score.precision, score.recall) == (1.0, 0.5)
    assert [r["surface"] for r in score.missed] == ["2025"]


@pytest.mark.parametrize(
    ("expected", "actual", "same"),
    [
        (None, float("nan"), True),
        ("", None, True),
        ("4", 4, True),
        (["Vladimir Putin"], ["Vladimir Putin"], True),
        (["a", "b"], ["b", "a"], False),
        ([], None, True),
        (True, False, False),
        ("2024-06-20", "2024-06-19", False),
    ],
)
def test_same_value(expected, actual, same):
    assert same_value(expected, actual) is same


def test_offset_drift_is_reported():
    rows = [_row(0, 2, "朝鮮"), _row(0, 2, "韓国")]
    problems = check_offsets("mentions", rows, {"d": "朝鮮とロシア"})
    assert len(problems) == 1 and "韓国" in problems[0].message


def test_bad_gold_lines_are_reported(tmp_path):
    path = tmp_path / "dates.jsonl"
    path.write_text('{"doc_id": "d", "start": 0}\nnot json\n' + json.dumps(_row(0, 1, "x")) + "\n", encoding="utf-8")
    rows, problems = read_gold(path)
    assert len(rows) == 1 and [p.line for p in problems] == [1, 2]


@pytest.fixture(scope="module")
def gold_texts(tables) -> dict[str, str]:
    """Normalised texts of the seed documents and of every gold text document (development and held-out)."""
    from pipeline.evaluation.__main__ import published_tables

    texts = dict(zip(tables["documents"].doc_id, tables["documents"].text, strict=True))
    extra = published_tables([GOLD / "texts", *(folder / "texts" for folder in sorted(GOLD.glob("heldout*/")))])
    if len(extra["documents"]):
        texts |= dict(zip(extra["documents"].doc_id, extra["documents"].text, strict=True))
    return texts


@pytest.mark.parametrize("folder", ["", "heldout", "heldout4"])
@pytest.mark.parametrize("table", GOLD_TABLES)
def test_gold_offsets_match_the_normalised_texts(table, folder, gold_texts):
    path = GOLD / folder / f"{table}.jsonl"
    if not path.exists():
        pytest.skip(f"no {folder or 'development'} gold for {table} yet")
    rows, problems = read_gold(path)
    assert not problems
    assert rows, f"{path.name} is empty"
    assert not check_offsets(table, rows, gold_texts)


def test_gold_fields_that_are_not_columns_are_not_scored():
    gold = [_row(0, 2, "米国", type="PLACE", canonical_alt="アメリカ合衆国")]
    score = score_table("mentions", gold, [{"doc_id": "d", "start": 0, "end": 2, "type": "PLACE"}])
    assert score.field_total == {"type": 1, "*": 1} and score.value_accuracy == 1.0
