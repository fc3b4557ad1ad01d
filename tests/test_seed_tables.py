"""What the published tables must show for the two real seed documents (issue acceptance)."""

from __future__ import annotations

import json


def _doc_id(tables, layout: str) -> str:
    documents = tables["documents"]
    return documents[documents.layout == layout].doc_id.iloc[0]


def test_report_notes_are_citations_linked_to_their_markers(tables):
    report = _doc_id(tables, "wrapped")
    citations = tables["citations"][tables["citations"].doc_id == report]
    noted = citations[citations.note.notna() & (citations.note != "")]
    assert sorted(noted.note, key=int) == [str(n) for n in range(1, 10)]
    markers = tables["citation_markers"][tables["citation_markers"].doc_id == report]
    assert sorted(markers.note, key=int) == [str(n) for n in range(1, 10)]
    linked = dict(zip(markers.note, markers.citation_id, strict=True))
    assert linked == dict(zip(noted.note, noted.citation_id, strict=True))
    assert markers.sent_id.notna().all()


def test_report_body_is_stitched_without_footnote_text(tables):
    report = _doc_id(tables, "wrapped")
    sentences = tables["sentences"][(tables["sentences"].doc_id == report) & (tables["sentences"].section == "body")]
    stitched = [s for s in sentences.text if "経済や科学技術など幅広い分野" in s]
    assert len(stitched) == 1
    assert "Ведомости" not in stitched[0] and "アクセス" not in stitched[0]


def test_report_metadata(tables):
    documents = tables["documents"].set_index("doc_id")
    report = documents.loc[_doc_id(tables, "wrapped")]
    assert report.title == "【ロシア】北朝鮮との戦略的パートナーシップ条約の批准"
    assert report.author == "海外立法情報課 堀田 主"
    assert report.accessed == "2024-12-04"
    news = documents.loc[_doc_id(tables, "plain")]
    assert news.published == "2024-06-28"


def test_dates_are_normalised(tables):
    dates = tables["dates"]
    report = dates[dates.doc_id == _doc_id(tables, "wrapped")]
    assert "2024-11-09" in set(report[report.surface == "2024年11月9日"].value)
    news = dates[dates.doc_id == _doc_id(tables, "plain")]
    twentieth = news[news.surface.str.startswith("20日")]
    assert twentieth.value.iloc[0].startswith("2024-06-20")


def test_article_four_is_a_reference(tables):
    refs = tables["article_refs"]
    for layout in ("wrapped", "plain"):
        doc_refs = refs[(refs.doc_id == _doc_id(tables, layout)) & (refs.surface == "第4条")]
        assert len(doc_refs) >= 1 and set(doc_refs.article) == {"4"}


def test_putin_is_a_person_with_his_latin_alias(tables):
    entities = tables["entities"]
    putin = entities[(entities.canonical == "プーチン") & (entities.type == "PERSON")]
    assert len(putin) == 1
    assert "Vladimir Putin" in list(putin.aliases.iloc[0])
    mentions = tables["mentions"]
    assert set(mentions[mentions.entity_id == putin.entity_id.iloc[0]].doc_id) == set(tables["documents"].doc_id)


def test_csv_lists_are_json_arrays(published):
    import csv

    with open(published / "csv" / "entities.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert all(isinstance(json.loads(row["aliases"]), list) for row in rows)
