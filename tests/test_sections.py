"""Long documents are processed section by section (``pipeline.batch.sections``): bounded memory, same text."""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

import pipeline.batch.sections as sections
from pipeline.batch.sections import section_bounds, section_document
from pipeline.records import IngestedDocument, Note, NoteMarker, Region
from pipeline.runner import RunConfig, run

RAW = Path(__file__).resolve().parent.parent / "raw"
TABLES = ("tokens", "sentences", "dates", "article_refs", "instruments", "mentions", "citations", "citation_markers")


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("短い文。", 10, [(0, 4)]),
        # after the last paragraph break within the limit
        ("一段落目です。\n二段落目です。\n三段落目。", 16, [(0, 16), (16, 21)]),
        # no break in the limit's second half: after the last sentence end there
        ("あ\n" + "長い文です。" * 4, 20, [(0, 20), (20, 26)]),
        # neither: at the limit itself
        ("x" * 25, 10, [(0, 10), (10, 20), (20, 25)]),
    ],
)
def test_section_bounds(text: str, limit: int, expected: list[tuple[int, int]]) -> None:
    bounds = section_bounds(text, limit)
    assert bounds == expected
    assert "".join(text[s:e] for s, e in bounds) == text
    assert all(e - s <= limit for s, e in bounds)


def test_section_document_moves_regions_markers_and_notes_to_its_own_offsets() -> None:
    text = "本文です1。\n続きです2。\n注\n1 注の本文\n2 二つ目\n"
    document = IngestedDocument(
        "d", "d.txt", "", "utf-8", text,
        regions=[Region(0, 14, "body"), Region(14, len(text), "notes")],
        markers=[NoteMarker("1", 4), NoteMarker("2", 11)],
        notes=[Note("1", 19, 24), Note("2", 27, 30)],
    )  # fmt: skip
    part = section_document(document, 7, 26)
    assert part.text == text[7:26]
    assert part.regions == [Region(0, 7, "body"), Region(7, 19, "notes")]
    assert part.markers == [NoteMarker("2", 4)]
    assert part.notes == [Note("1", 12, 17)]  # note 2 ends after the section: not in it
    assert part.text[12:17] == text[19:24]


def _tables(out: Path) -> dict[str, pd.DataFrame]:
    names = ("documents", "offsets", *TABLES, "errors")
    return {name: pd.read_parquet(out / "tables" / f"{name}.parquet") for name in names}


@pytest.fixture(scope="module")
def whole_and_sectioned(tmp_path_factory) -> tuple[dict[str, pd.DataFrame], dict[str, pd.DataFrame]]:
    """The seed documents run whole, and run in sections of at most 1,000 characters (by two workers)."""
    base = tmp_path_factory.mktemp("sections")
    raw = base / "raw"
    shutil.copytree(RAW, raw, ignore=shutil.ignore_patterns(".*"))
    run(RunConfig(raw_dir=raw, out_dir=base / "whole"))
    limit = sections.SECTION_CHARS
    sections.SECTION_CHARS = 1_000
    try:
        run(RunConfig(raw_dir=raw, out_dir=base / "parts", jobs=2))
    finally:
        sections.SECTION_CHARS = limit
    return _tables(base / "whole"), _tables(base / "parts")


def test_sections_give_the_same_tokens_sentences_and_marker_links(whole_and_sectioned) -> None:
    whole, parts = whole_and_sectioned
    assert max(len(t) for t in parts["documents"].text) > 3 * 1_000  # the report really was sectioned
    for name in ("documents", "offsets", "tokens", "sentences", "citation_markers"):
        pd.testing.assert_frame_equal(whole[name], parts[name])
    assert parts["errors"].empty


def test_sectioned_rows_keep_offsets_ids_and_references(whole_and_sectioned) -> None:
    _, parts = whole_and_sectioned
    texts = dict(zip(parts["documents"].doc_id, parts["documents"].text, strict=True))
    for name in ("tokens", "dates", "article_refs", "mentions"):
        rows = parts[name]
        spans = zip(rows.doc_id, rows.start, rows.end, rows.surface, strict=True)
        assert all(texts[d][s:e] == v for d, s, e, v in spans)
    for name, key in (("dates", "mention_id"), ("article_refs", "mention_id"), ("mentions", "mention_id"),
                      ("citations", "citation_id"), ("instruments", "instrument_id")):  # fmt: skip
        assert not parts[name].duplicated(["doc_id", key]).any(), name
    instruments = set(zip(parts["instruments"].doc_id, parts["instruments"].instrument_id, strict=True))
    refs = parts["article_refs"].dropna(subset=["instrument_id"])
    assert set(zip(refs.doc_id, refs.instrument_id, strict=True)) <= instruments
    assert not parts["instruments"].duplicated(["doc_id", "canonical"]).any()  # merged across sections
    dates = set(zip(parts["dates"].doc_id, parts["dates"].mention_id, strict=True))
    anchored = parts["dates"][parts["dates"].anchor.str.fullmatch(r"D\d+", na=False)]
    assert set(zip(anchored.doc_id, anchored.anchor, strict=True)) <= dates


def test_sections_lose_little_of_what_the_whole_document_finds(whole_and_sectioned) -> None:
    """Only context across a section boundary is lost (a date anchored in the section before, a short name
    whose full name is there): with sections of 1,000 characters, at least 90% of the rows stay the same."""
    whole, parts = whole_and_sectioned
    for name in ("dates", "article_refs", "mentions", "citations"):
        columns = ["doc_id", "start", "end", "surface" if "surface" in whole[name] else "text"]
        same = whole[name][columns].merge(parts[name][columns]).shape[0]
        assert same >= 0.9 * len(whole[name]), name


def test_a_dask_worker_leaves_a_long_document_to_be_sectioned_where_tables_are_written(
    whole_and_sectioned, tmp_path
) -> None:
    """A remote worker never builds a long document's whole result: it hands the document back, the
    coordinator sections it, and the tables equal the local engine's."""
    distributed = pytest.importorskip("distributed")
    from pipeline.batch import work

    _, parts = whole_and_sectioned
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw, ignore=shutil.ignore_patterns(".*"))
    limit, handed_back = sections.SECTION_CHARS, []
    original = work._unsectioned

    def spy(result):
        unsectioned = original(result)
        handed_back.append(unsectioned.left_to_section)
        return unsectioned

    sections.SECTION_CHARS = 1_000
    work._unsectioned = spy
    try:
        with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                      dashboard_address=None) as cluster:  # fmt: skip
            run(RunConfig(raw_dir=raw, out_dir=tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address))
    finally:
        sections.SECTION_CHARS, work._unsectioned = limit, original
    assert handed_back and all(handed_back)  # both seeds exceed 1,000 characters
    dask = _tables(tmp_path / "dask")
    for name in dask:
        pd.testing.assert_frame_equal(dask[name], parts[name], obj=name)


def test_under_dask_each_document_is_ingested_once_short_or_long(tmp_path) -> None:
    """A long document's worker sends its ingested head back, so neither the coordinator nor a worker
    decodes and normalises any document twice; the short one is never handed back."""
    distributed = pytest.importorskip("distributed")
    from pipeline.batch import work

    raw = tmp_path / "raw"
    raw.mkdir()
    seed = sorted(RAW.glob("*.txt"))[0]
    shutil.copy(seed, raw / "long.txt")
    # The seed's first paragraphs, under the 1,000 characters patched in below.
    short, lines = [], seed.read_text(encoding="utf-8").splitlines()
    while lines and len("\n".join([*short, lines[0]])) < 600:
        short.append(lines.pop(0))
    (raw / "short.txt").write_text("\n".join(short) + "\n", encoding="utf-8")
    ingested, handed_back = Counter(), {}
    original_ingest, original_unsectioned = work.ingest_file, work._unsectioned

    def counting_ingest(source, *args, **kwargs):
        ingested[source.doc_id] += 1
        return original_ingest(source, *args, **kwargs)

    def spy(result):
        unsectioned = original_unsectioned(result)
        handed_back[result.doc_id] = unsectioned.left_to_section
        return unsectioned

    limit = sections.SECTION_CHARS
    sections.SECTION_CHARS = 1_000
    try:
        run(RunConfig(raw_dir=raw, out_dir=tmp_path / "local"))
        work.ingest_file, work._unsectioned = counting_ingest, spy
        with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                      dashboard_address=None) as cluster:  # fmt: skip
            run(RunConfig(raw_dir=raw, out_dir=tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address))
    finally:
        sections.SECTION_CHARS = limit
        work.ingest_file, work._unsectioned = original_ingest, original_unsectioned
    assert ingested == {"long": 1, "short": 1}
    assert handed_back == {"long": True, "short": False}
    local, dask = _tables(tmp_path / "local"), _tables(tmp_path / "dask")
    assert dask["tokens"].query("doc_id == 'long'")["end"].max() > 1_000  # really in sections
    for name in dask:  # the head sent back (compact offsets included) makes the same tables
        pd.testing.assert_frame_equal(dask[name], local[name], obj=name)


def test_a_long_documents_head_crosses_the_network_and_stores_what_the_local_engine_stores(tmp_path) -> None:
    """What a worker on another machine sends back for a long document (pickled, as Dask sends it) gives,
    once sectioned where the tables are written, the same cache entry as processing the file here."""
    import pickle

    from pipeline.batch import work
    from pipeline.batch.cache import ResultCache
    from pipeline.stages.ingest import SourceFile

    seed = sorted(RAW.glob("*.txt"))[0]
    source = SourceFile(seed, "long", seed.name)
    limit = sections.SECTION_CHARS
    sections.SECTION_CHARS = 1_000
    try:
        head = pickle.loads(pickle.dumps(work.run_task(work.read_task(source, 10**8))))
        assert head.left_to_section and head.parts is None and not head.document.offsets
        remote, local = ResultCache(tmp_path / "remote"), ResultCache(tmp_path / "local")
        remote.put("k", work.resume_sections(head))
        local.put("k", work.process_source(source, 10**8))
    finally:
        sections.SECTION_CHARS = limit
    received, expected = list(remote.results("k")), list(local.results("k"))
    assert len(received) == len(expected) > 2  # a head, two sections or more, the markers' part
    for got, want in zip(received, expected, strict=True):
        assert replace(got, seconds={}) == replace(want, seconds={})
