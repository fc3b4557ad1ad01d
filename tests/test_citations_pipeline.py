"""Citations through the pipeline: seed tables, marker linking, gold texts and the field-level score."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluation.citations import evaluate, load_gold, score
from pipeline.records import Citation, IngestedDocument, Note, NoteMarker
from pipeline.stages.extract import link_markers
from pipeline.stages.ingest import ingest_all

GOLD = Path(__file__).resolve().parent / "gold"


def test_report_notes_become_linked_citations(tables):
    citations = tables["citations"]
    report = citations[citations.doc_id.str.startswith("000_")].set_index("note")
    assert list(report.index) == [str(n) for n in range(1, 10)]
    assert report.loc["7", "type"] == "note"
    assert report.loc["8", "type"] == "chapter" and report.loc["5", "type"] == "statute"
    online = report[report.url.notna()]
    assert len(online) == 7 and set(online.accessed) == {"2024-12-04"}
    assert report.url.dropna().str.contains("[<> ]").sum() == 0
    instruments = tables["instruments"].set_index(["doc_id", "instrument_id"])
    statute = report.loc["5"]
    assert "374-ФЗ" in list(instruments.loc[(statute.doc_id, statute.instrument_id), "aliases"])
    markers = tables["citation_markers"]
    linked = markers[markers.doc_id.str.startswith("000_")]
    assert len(linked) == 9
    assert all(report.loc[m.note, "citation_id"] == m.citation_id for m in linked.itertuples())


def test_marker_and_note_mismatches_are_warnings():
    document = IngestedDocument(
        doc_id="d", source_path="d.txt", sha256="", encoding="utf-8", text="x" * 50,
        markers=[NoteMarker("1", 3), NoteMarker("2", 8)],
        notes=[Note("1", 20, 30), Note("3", 31, 40), Note("*", 41, 50)],
    )  # fmt: skip
    citations = [Citation("C0001", "1", 20, 30, "x" * 10), Citation("C0002", "3", 31, 40, "x" * 9)]
    markers, warnings = link_markers(document, citations, [])
    assert [(m.note, m.citation_id) for m in markers] == [("1", "C0001"), ("2", None)]
    assert sorted(w.error for w in warnings) == ["MarkerWithoutNote", "NoteWithoutMarker"]
    assert all(w.severity == "warning" for w in warnings)


def test_gold_texts_become_notes():
    """Every note line of a gold text is recognised as a note and has a marker in the body."""
    for document in ingest_all(GOLD / "texts"):
        if not isinstance(document, IngestedDocument) or not document.doc_id.startswith("citations_"):
            continue
        if document.doc_id == "citations_inline":  # running text only: its references are inline
            assert document.notes == []
            continue
        source = (GOLD / "texts" / f"{document.doc_id}.txt").read_text(encoding="utf-8").splitlines()
        expected = sum(1 for line in source[1:] if line.strip())
        numbered = [n for n in document.notes if n.note != "*"]
        assert len(numbered) == expected, document.doc_id
        assert len(document.markers) == expected, document.doc_id


def test_gold_rows_match_their_text():
    texts = {
        d.doc_id: d.text
        for root in (GOLD.parent.parent / "raw", GOLD / "texts")
        for d in ingest_all(root)
        if isinstance(d, IngestedDocument)
    }
    rows = load_gold(GOLD / "citations.jsonl")
    assert len(rows) >= 100
    for row in rows:
        assert texts[row["doc_id"]][row["start"] : row["end"]] == row["surface"], row


def test_score_counts_wrong_and_missing_fields():
    gold = [{"doc_id": "d", "start": 0, "end": 5, "title": "A", "authors": ["X"], "date": "2001", "pages": None}]
    predicted = [{"doc_id": "d", "start": 0, "end": 5, "title": "A", "authors": ["Y"], "date": None, "pages": "3"}]
    result = score(gold, predicted)
    assert result["citation_f1"] == 1.0
    # title right; authors wrong (fp+fn); date missing (fn); pages invented (fp)
    assert (result["field_precision"], result["field_recall"]) == (
        pytest.approx(1 / 3, abs=1e-3),
        pytest.approx(1 / 3, abs=1e-3),
    )


def test_field_level_f1_meets_the_bar():
    result = evaluate()
    assert result["citation_f1"] == 1.0
    assert result["field_f1"] >= 0.90
    assert result["markers_linked"] == 1.0
