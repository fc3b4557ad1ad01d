"""Bad input: every kind of odd file either processes correctly or becomes exactly one error row.

One pipeline run (``python -m pipeline run``) over a raw directory holding one file of each
kind next to a good document; then, per file, the expected outcome, and for every document
that was read the offset properties of tests/test_pipeline.py (reused, not copied).
"""

from __future__ import annotations

import codecs
import json
import os
import pickle
import shutil
from pathlib import Path

import pandas as pd
import pytest
from conftest import REPO, raw_documents
from test_pipeline import SPAN_TABLES, _is_subsequence, _squash

from pipeline.cli import main
from pipeline.records import OffsetSegment
from pipeline.stages.ingest import DEFAULT_MAX_CHARS, SourceFile, ingest_file, read_sidecar
from pipeline.tables import TABLES
from pipeline.text.decode import decode_bytes
from pipeline.text.offsets import raw_span_of

FIXTURES = REPO / "tests" / "data" / "bad"
# Real sentences in the style of the news seed: a date, an article reference, brackets, a name.
SAMPLE = (
    "金正恩国務委員長は24年ぶりに訪朝したロシアのプーチン大統領と2024年6月19日、平壌で会談した。\n"
    "両首脳は「包括的戦略パートナーシップ条約」に署名し、第4条で相互の軍事援助を定めた。\n"
)
GOOD = SAMPLE.encode()

# name -> bytes of every file written at test time (the fixtures folder adds iconv-made ones).
GENERATED: dict[str, bytes] = {
    "utf8.txt": GOOD,
    "utf8_bom.txt": codecs.BOM_UTF8 + GOOD,
    "utf16le_bom.txt": codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"),
    "utf16be_bom.txt": codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
    "cp932_python.txt": (SAMPLE + "①㈱～\n").encode("cp932"),
    "eucjp_python.txt": SAMPLE.encode("euc_jp"),
    "iso2022jp_python.txt": SAMPLE.encode("iso2022_jp"),
    "undecodable.txt": GOOD[:30] + b"\xff\xfe\xfa\x80" + GOOD,
    "empty.txt": b"",
    "whitespace.txt": " \n\t\r\n\u3000\u3000\n\ufeff".encode(),
    "nul_bytes.txt": GOOD + b"\x00" + GOOD,
    "binary_noise.txt": bytes(range(1, 32)) * 40,
    # a text layer without line breaks (long documents are sectioned at sentence ends: tests/test_sections.py)
    "one_long_line.txt": SAMPLE.replace("\n", "").encode() * (150_000 // len(SAMPLE.encode()) + 1),
    "unbalanced.txt": ("「" + SAMPLE + "（括弧が閉じない\n』閉じだけ）。" + SAMPLE).encode(),
    "nested.txt": ("（" * 300 + "「" * 300 + SAMPLE.strip() + "」" * 300 + "）" * 300 + "\n" + SAMPLE).encode(),
    "astral.txt": ("𠮷野家で𩸽を食べた😀。家族👨‍👩‍👧と🇯🇵へ。" + SAMPLE).encode(),
    "variation.txt": ("葛\U000e0100城市と辻\U000e0101堂、❤️と☺︎。" + SAMPLE).encode(),
    "halfwidth.txt": ("ﾌﾟｰﾁﾝ大統領はｷﾑ･ｼﾞｮﾝｳﾝ氏と2024年6月19日に会談した。ｶﾞｷﾞｸﾞｹﾞｺﾞ\n" + SAMPLE).encode(),
    "日本語 の 名前.txt": GOOD,
    "sidecar_malformed.txt": GOOD,
    "sidecar_malformed.meta.json": b'{"title": "\xe9\xa1\x8c", ',
    "sidecar_typed.txt": GOOD,
    "sidecar_typed.meta.json": json.dumps(
        {"title": 5, "published": "yesterday", "language": "Japanese", "author": ["A"], "__class__": "os.system"}
    ).encode(),
    "sidecar_list.txt": GOOD,
    "sidecar_list.meta.json": b"[1, 2, 3]",
    "sidecar_deep.txt": GOOD,
    "sidecar_deep.meta.json": b"[" * 100_000 + b"]" * 100_000,
    "sidecar_good.txt": GOOD,
    "sidecar_good.meta.json": codecs.BOM_UTF8
    + json.dumps({"title": "露朝首脳会談", "published": "2024-06-20", "language": "ja"}, ensure_ascii=False).encode(),
    "pickle.txt": pickle.dumps({"a": 1}),
}

# Expected outcome per source_path: ("document", encoding) or (severity, error, words of the message).
EXPECTED: dict[str, tuple[str, ...]] = {
    "utf8.txt": ("document", "utf-8"),
    "utf8_bom.txt": ("document", "utf-8-sig"),
    "utf16le_bom.txt": ("document", "utf-16-le"),
    "utf16be_bom.txt": ("document", "utf-16-be"),
    "utf16_iconv.txt": ("document", "utf-16-le"),
    "cp932_python.txt": ("document", "cp932"),
    "cp932_iconv.txt": ("document", "cp932"),
    "eucjp_python.txt": ("document", "euc-jp"),
    "eucjp_iconv.txt": ("document", "euc-jp"),
    "iso2022jp_python.txt": ("document", "iso-2022-jp"),
    "iso2022jp_iconv.txt": ("document", "iso-2022-jp"),
    "unbalanced.txt": ("document", "utf-8"),
    "nested.txt": ("document", "utf-8"),
    "astral.txt": ("document", "utf-8"),
    "variation.txt": ("document", "utf-8"),
    "halfwidth.txt": ("document", "utf-8"),
    "日本語 の 名前.txt": ("document", "utf-8"),
    "sub dir/入れ子.txt": ("document", "utf-8"),
    "sidecar_good.txt": ("document", "utf-8"),
    "undecodable.txt": ("error", "DecodeError", "re-save it as UTF-8"),
    "empty.txt": ("error", "DecodeError", "empty"),
    "whitespace.txt": ("error", "DecodeError", "only whitespace"),
    "nul_bytes.txt": ("error", "DecodeError", "NUL bytes"),
    "utf16be_nobom.txt": ("error", "DecodeError", "UTF-16 without BOM"),
    "image_renamed.txt": ("error", "DecodeError", "PNG image"),
    "binary_noise.txt": ("error", "DecodeError", "control codes"),
    "pickle.txt": ("error", "DecodeError", "NUL bytes"),
    "one_long_line.txt": ("document", "utf-8"),
    "sidecar_malformed.txt": ("warning", "BadSidecar", "not valid UTF-8 JSON"),
    "sidecar_typed.txt": ("warning", "BadSidecar", "expected a string, got int"),
    "sidecar_list.txt": ("warning", "BadSidecar", "JSON object, not list"),
    "sidecar_deep.txt": ("warning", "BadSidecar", "nested too deeply"),
    "outside_link.txt": ("warning", "SymlinkOutside", "outside the raw directory"),
    "broken_link.txt": ("warning", "BrokenSymlink", "missing file"),
    "loop_a.txt": ("warning", "SymlinkLoop", "remove the link"),
    "outside.meta.json": ("warning", "SymlinkOutside", "not followed"),
    "report_seed.txt": ("document", "utf-8"),
    "bad\\xff name.txt": ("error", "BadFileName", "not valid UTF-8; rename"),
}
WARNED_DOCUMENTS = {"sidecar_malformed.txt", "sidecar_typed.txt", "sidecar_list.txt", "sidecar_deep.txt"}


def make_bad_raw(raw: Path) -> None:
    """Write every kind of bad input into ``raw`` (with links and a non-UTF-8 name)."""
    raw.mkdir(parents=True)
    for path in FIXTURES.glob("*.txt"):
        shutil.copy(path, raw / path.name)
    shutil.copy(raw_documents()[0], raw / "report_seed.txt")  # a wrapped PDF layer with notes, for citations
    for name, data in GENERATED.items():
        (raw / name).write_bytes(data)
    outside = raw.parent / "outside.txt"
    outside.write_bytes(GOOD)
    (raw / "outside_link.txt").symlink_to(outside)
    (raw / "broken_link.txt").symlink_to(raw / "missing.txt")
    (raw / "loop_a.txt").symlink_to("loop_b.txt")
    (raw / "loop_b.txt").symlink_to("loop_a.txt")
    (raw / "outside.meta.json").symlink_to(outside)  # a sidecar of nothing: never read
    os.mkdir(raw / "sub dir")
    (raw / "sub dir" / "入れ子.txt").write_bytes(GOOD)
    with open(os.path.join(os.fsencode(raw), b"bad\xff name.txt"), "wb") as handle:
        handle.write(GOOD)


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory) -> dict:
    base = tmp_path_factory.mktemp("bad")
    raw, out = base / "raw", base / "out"
    make_bad_raw(raw)
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    tables = {t.name: pd.read_parquet(out / "tables" / f"{t.name}.parquet") for t in TABLES}
    return {"raw": raw, "out": out, "tables": tables}


@pytest.mark.parametrize("source_path", sorted(EXPECTED))
def test_each_kind_processes_or_becomes_one_error_row(bad_run, source_path):
    tables = bad_run["tables"]
    documents = tables["documents"].set_index("source_path")
    rows = tables["errors"][tables["errors"].source_path == source_path]
    expected = EXPECTED[source_path]
    if expected[0] == "document":
        assert source_path in documents.index
        assert documents.loc[source_path, "encoding"] == expected[1]
        assert rows.empty, rows.to_dict("records")
        return
    severity, error, words = expected
    assert len(rows) == 1, rows.to_dict("records")
    row = rows.iloc[0]
    assert (row.severity, row.error) == (severity, error)
    assert words in row.message
    if severity == "error":
        assert source_path not in documents.index
    else:  # a warning about a sidecar: the document itself is read
        assert (source_path in documents.index) == (source_path in WARNED_DOCUMENTS)


def test_nothing_is_left_out(bad_run):
    """Every file of raw/ is a document or has a row: no document is lost silently."""
    tables = bad_run["tables"]
    seen = set(tables["documents"].source_path) | set(tables["errors"].source_path)
    assert seen >= set(EXPECTED)
    assert "loop_b.txt" in seen


def test_decoded_texts_are_right(bad_run):
    texts = bad_run["tables"]["documents"].set_index("source_path").text
    for name in ("utf16be_bom.txt", "cp932_iconv.txt", "eucjp_iconv.txt", "iso2022jp_iconv.txt"):
        assert "プーチン大統領と2024年6月19日" in texts[name], name
    assert "1株式会社は(株)と略す" in texts["cp932_iconv.txt"]  # NFKC: ① -> 1, ㈱ -> (株)
    assert "1,000~2,000円" in texts["cp932_iconv.txt"]
    assert "プーチン大統領はキム・ジョンウン氏" in texts["halfwidth.txt"]  # half-width kana widened
    assert "ガギグゲゴ" in texts["halfwidth.txt"]
    assert "𠮷野家で𩸽を食べた😀" in texts["astral.txt"]
    assert "👨\u200d👩\u200d👧" in texts["astral.txt"] and "🇯🇵" in texts["astral.txt"]
    assert "葛\U000e0100城市" in texts["variation.txt"]  # the variation selector stays with its kanji


def test_sidecar_wins_and_bad_values_are_named(bad_run):
    documents = bad_run["tables"]["documents"].set_index("source_path")
    assert documents.loc["sidecar_good.txt", "title"] == "露朝首脳会談"
    assert documents.loc["sidecar_good.txt", "published"] == "2024-06-20"
    errors = bad_run["tables"]["errors"].set_index("source_path")
    message = errors.loc["sidecar_typed.txt", "message"]
    for words in ("title (expected a string, got int)", "'yesterday' is not an ISO 8601 date",
                  "'Japanese' is not a language code", "__class__ (unknown key"):  # fmt: skip
        assert words in message
    assert documents.loc["sidecar_typed.txt", "published"] != "yesterday"


def test_extractors_ran_on_the_odd_documents(bad_run):
    dates = bad_run["tables"]["dates"]
    documents = bad_run["tables"]["documents"]
    with_dates = set(dates.doc_id)
    for doc_id in documents.doc_id:
        assert doc_id in with_dates, doc_id  # every document holds 2024年6月19日


@pytest.mark.parametrize("name", sorted(SPAN_TABLES))
def test_offsets_are_valid_in_every_span_table(bad_run, name):
    texts = dict(zip(bad_run["tables"]["documents"].doc_id, bad_run["tables"]["documents"].text, strict=True))
    rows = bad_run["tables"][name]
    assert len(rows) > 0
    column = SPAN_TABLES[name]
    for row in rows.itertuples():
        assert texts[row.doc_id][row.start : row.end] == getattr(row, column), (name, row)


@pytest.mark.parametrize("name", sorted(SPAN_TABLES))
def test_offsets_lead_back_to_the_raw_bytes(bad_run, name):
    """The property of test_pipeline.py, over these files: raw bytes of every span hold its surface."""
    tables, raw = bad_run["tables"], bad_run["raw"]
    for document in tables["documents"].itertuples():
        data = (raw / document.source_path).read_bytes()
        decoded = decode_bytes(data)
        segments = _segments(tables["offsets"], document.doc_id)
        byte_at = _byte_positions(decoded)
        for row in tables[name][tables[name].doc_id == document.doc_id].itertuples():
            raw_start, raw_end = raw_span_of(segments, row.start, row.end)
            piece = _decode_slice(data, decoded, byte_at[raw_start], byte_at[raw_end])
            assert _is_subsequence(_squash(getattr(row, SPAN_TABLES[name])), _squash(piece)), (name, row)


def test_byte_offsets_match_the_file(bad_run):
    """``offsets.byte_*`` are where the characters stand in the file (JIS escapes, UTF-16 pairs, BOMs)."""
    tables, raw = bad_run["tables"], bad_run["raw"]
    for document in tables["documents"].itertuples():
        data = (raw / document.source_path).read_bytes()
        decoded = decode_bytes(data)
        for segment in _segments(tables["offsets"], document.doc_id):
            before = data[decoded.bom_length : segment.byte_start].decode(decoded.codec)
            assert before == decoded.text[: segment.raw_start], (document.source_path, segment)
            piece = _decode_slice(data, decoded, segment.byte_start, segment.byte_end)
            assert piece == decoded.text[segment.raw_start : segment.raw_end], (document.source_path, segment)


def _segments(offsets: pd.DataFrame, doc_id: str) -> list[OffsetSegment]:
    rows = offsets[offsets.doc_id == doc_id]
    return [OffsetSegment(**{k: v for k, v in r._asdict().items() if k not in ("Index", "doc_id")})
            for r in rows.itertuples()]  # fmt: skip


def _byte_positions(decoded) -> list[int]:
    """Byte offset in the file of every character offset of the decoded text (stateful codecs too)."""
    encoder = codecs.getincrementalencoder(decoded.codec)()
    positions = [decoded.bom_length]
    for ch in decoded.text:
        positions.append(positions[-1] + len(encoder.encode(ch)))
    return positions


def _decode_slice(data: bytes, decoded, byte_start: int, byte_end: int) -> str:
    """``data[byte_start:byte_end]`` decoded, with the shift state (ISO-2022-JP) the bytes before it set."""
    decoder = codecs.getincrementaldecoder(decoded.codec)()
    decoder.decode(data[decoded.bom_length : byte_start])
    return decoder.decode(data[byte_start:byte_end], final=True)


def test_file_size_limit_is_a_clear_error(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(GOOD * 10)
    rows = list(ingest_file(SourceFile(path, "big", "big.txt"), max_bytes=len(GOOD)))
    assert len(rows) == 1 and rows[0].error == "FileTooLarge"
    assert f"over the limit of {len(GOOD)}" in rows[0].message and "--max-bytes" in rows[0].message
    assert len(list(ingest_file(SourceFile(path, "big", "big.txt"), max_bytes=len(GOOD) * 10))) == 1


def test_max_bytes_from_the_command_line(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "small.txt").write_bytes(GOOD)
    (raw / "large.txt").write_bytes(GOOD * 50)
    out = tmp_path / "out"
    assert main(["run", "--raw", str(raw), "--out", str(out), "--max-bytes", str(len(GOOD) * 2)]) == 0
    errors = pd.read_csv(out / "csv" / "errors.csv", dtype=str, keep_default_na=False)
    assert list(errors.error) == ["FileTooLarge"] and list(errors.source_path) == ["large.txt"]
    assert list(pd.read_csv(out / "csv" / "documents.csv").doc_id) == ["small"]


def test_text_limit_is_checked_before_the_expensive_stages(tmp_path):
    path = tmp_path / "long.txt"
    path.write_bytes(GOOD)
    rows = list(ingest_file(SourceFile(path, "long", "long.txt"), max_chars=10))
    assert [r.error for r in rows] == ["TextTooLong"]
    assert DEFAULT_MAX_CHARS == 1_000_000  # spaCy's default nlp.max_length


def test_an_ingest_bug_on_one_file_is_one_error_row(tmp_path, monkeypatch):
    """An exception in layout repair (another module's bug) becomes a row naming the place."""
    path = tmp_path / "odd.txt"
    path.write_bytes(GOOD)

    def broken(raw):
        raise IndexError("list index out of range")

    monkeypatch.setattr("pipeline.stages.ingest.repair_layout", broken)
    rows = list(ingest_file(SourceFile(path, "odd", "odd.txt")))
    assert [(r.stage, r.error, r.severity) for r in rows] == [("ingest", "IndexError", "error")]
    assert "test_bad_input.py" in rows[0].message and "report it" in rows[0].message


def test_sidecar_link_out_of_raw_is_not_followed(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    secret = tmp_path / "secret.json"
    secret.write_text('{"title": "読まれてはならない"}', encoding="utf-8")
    (raw / "doc.txt").write_bytes(GOOD)
    (raw / "doc.meta.json").symlink_to(secret)
    meta, problem = read_sidecar(raw / "doc.txt", raw.resolve())
    assert meta == {} and "not followed" in problem
    assert read_sidecar(raw / "doc.txt")[0] == {"title": "読まれてはならない"}  # no root given: no check


def test_inputs_are_never_executed_or_unpickled(tmp_path):
    """Payloads that would create a file if executed or unpickled; none of them may run."""
    raw = tmp_path / "raw"
    raw.mkdir()
    marker = tmp_path / "executed"
    payload = f"__import__('pathlib').Path({str(marker)!r}).write_text('x')"
    (raw / "doc.txt").write_bytes(GOOD)
    (raw / "doc.meta.json").write_text(json.dumps({"title": payload, "__reduce__": payload}), encoding="utf-8")
    (raw / "evil.py").write_text(payload, encoding="utf-8")
    (raw / "evil.txt").write_bytes(pickle.dumps(_Payload(marker)))
    (raw / "evil.pickle").write_bytes(pickle.dumps(_Payload(marker)))
    out = tmp_path / "out"
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    assert not marker.exists()
    documents = pd.read_csv(out / "csv" / "documents.csv", dtype=str, keep_default_na=False)
    assert documents.title.tolist() == [payload]  # metadata is kept as text, nothing more


class _Payload:
    """Unpickling this runs ``Path(marker).write_text``: the proof that something was unpickled."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.write_text, (self.marker, "unpickled"))


def test_redundant_jis_escapes_are_read_with_a_warning(tmp_path):
    """An ISO-2022-JP file that switches to ASCII when already there (some old mailers do)."""
    path = tmp_path / "jis.txt"
    path.write_bytes(b"\x1b(B" + SAMPLE.encode("iso2022_jp"))
    rows = list(ingest_file(SourceFile(path, "jis", "jis.txt")))
    assert [getattr(r, "error", "document") for r in rows] == ["RedundantEscapes", "document"]
    assert rows[1].text.startswith("金正恩国務委員長") and rows[1].encoding == "iso-2022-jp"
