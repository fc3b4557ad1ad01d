"""The segment and export shortcuts give what the plain code gave (speed only, same outputs)."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from pipeline.batch import writer
from pipeline.nlp.tokenizer import _ud, _ud_tags, blank_japanese
from pipeline.stages import export
from pipeline.stages.segment import _analysis_columns, _picker, _token_columns, split_sentences


@pytest.mark.parametrize("kept", [[], [2], [0, 2, 3], range(4)])
def test_picker_takes_the_kept_indices_in_order(kept) -> None:
    values = ["a", "b", "c", "d"]
    assert _picker(kept)(values) == [values[i] for i in kept]


def test_columns_of_a_text_without_whitespace_equal_those_read_back_from_the_doc() -> None:
    """No gap token: every token is kept (the ``range`` path)."""
    text = "会談は平壌で行われた。第4条第2項による。"
    doc, analysis = blank_japanese().tokenizer.analysed(text)
    sentences = split_sentences(text, [])
    assert _analysis_columns(doc, analysis, sentences) == _token_columns(doc, sentences)


def test_remembered_ud_tags_equal_spacys_map_token_by_token() -> None:
    """The (tag, next tag) -> UD table kept across documents gives spaCy's answer for every token, the
    word-dependent tags (``TAG_ORTH_MAP``: 助詞-副助詞 may be ADP or PART by its word) included."""
    nlp = blank_japanese()
    for text in ("会談は平壌で行われたばかりだ。", "東京まで行くなどした。", "会談は平壌で行われた。"):
        _, analysis = nlp.tokenizer.analysed(text)
        tags = [entry[0] for entry in analysis.entries]
        following = [*tags[1:], None]
        expected = [_ud(word, tag, nxt) for word, tag, nxt in zip(analysis.words, tags, following, strict=True)]
        assert _ud_tags(analysis.words, tags) == expected == analysis.uds


def test_csv_cells_of_plain_and_mixed_columns() -> None:
    """A column of plain values is passed as is; None, lists and booleans are converted as before."""
    plain = ["a", 1, 2.5]
    assert export._csv_column(plain) is plain
    mixed = ["a", None, ["x", "y"], True, 3]
    assert export._csv_column(mixed) == ["a", "", '["x", "y"]', "true", 3]


def _old_flush_sizes(adds: list[list[int]], limit: int, budget: int) -> list[int]:
    """Row-group sizes by the former rule (the buffer's texts summed again on every add)."""
    sizes, buffer = [], []
    for lengths in adds:
        buffer.extend(lengths)
        while len(buffer) >= limit:
            sizes.append(limit)
            del buffer[:limit]
        if buffer and sum(buffer) >= budget:
            sizes.append(len(buffer))
            buffer = []
    return sizes + ([len(buffer)] if buffer else [])


def test_documents_row_groups_follow_the_text_budget(tmp_path, monkeypatch) -> None:
    """The running character count flushes where summing the buffer did (row groups decide the bytes)."""
    monkeypatch.setitem(writer.TEXT_BUDGETS, "documents", 25)
    monkeypatch.setitem(writer.ROW_GROUPS, "documents", 4)
    (tmp_path / "tables").mkdir()
    (tmp_path / "csv").mkdir()
    # texts' lengths, one list per ``add``: the budget is reached (10+20), a row group fills with rows left
    # over (1+3, then +12: no flush; counting the flushed rows too would flush), an empty text
    adds = [[10, 20], [1, 1, 1, 9, 1, 3], [12], [0, 30], [5]]
    table = writer.TableWriter("documents", tmp_path)
    for i, lengths in enumerate(adds):
        rows = [{"doc_id": f"d{i}.{j}", "source_path": "d.txt", "sha256": "0", "encoding": "utf-8",
                 "layout": "plain", "n_chars": n, "text": "字" * n} for j, n in enumerate(lengths)]  # fmt: skip
        table.add(export.rows_to_columns("documents", rows))
    table.close()
    metadata = pq.ParquetFile(tmp_path / "tables" / "documents.parquet").metadata
    sizes = [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)]
    assert sizes == _old_flush_sizes(adds, 4, 25) == [2, 4, 4, 1, 1]
