"""Fuzzing with Hypothesis: Japanese-like documents and whole raw files, through ingest and the extractors.

Properties: no exception; every offset valid (``text[start:end] == surface`` for every
record, regions, notes, markers and offset runs inside the text, offset runs leading
back to the raw text); normalisation idempotent; output deterministic.

Profiles (``HYPOTHESIS_PROFILE``): ``ci`` (default, a few seconds) and ``long``
(``make fuzz``, thousands of random examples).  ``ci`` is derandomised, so a CI run
is repeatable; ``long`` explores.  Bugs it found are kept below as explicit examples.
The profile is applied per test, not globally, so other test files keep Hypothesis' defaults.
"""

from __future__ import annotations

import codecs
import json
import os
import tempfile
import unicodedata
from dataclasses import asdict
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from test_pipeline import _is_subsequence, _squash

from pipeline.records import ErrorRecord, IngestedDocument
from pipeline.stages.ingest import SourceFile, build_document, ingest_file, read_sidecar
from pipeline.text.decode import DecodeError, decode_bytes
from pipeline.text.normalize import normalize
from pipeline.text.offsets import TrackedText, raw_span_of

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}
settings.register_profile("ci", max_examples=25, derandomize=True, **_COMMON)  # same examples every CI run
settings.register_profile("long", max_examples=3000, **_COMMON)
FUZZ = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
# The whole pipeline per example is slower: a fifth of the examples.
FUZZ_PIPELINE = settings(FUZZ, max_examples=max(8, FUZZ.max_examples // 5))

# --- strategies: pieces of Japanese-like text --------------------------------------

HIRAGANA = st.text(st.characters(min_codepoint=0x3041, max_codepoint=0x3096), min_size=1, max_size=6)
KATAKANA = st.text(st.characters(min_codepoint=0x30A1, max_codepoint=0x30FA), min_size=1, max_size=6)
KANJI = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA0), min_size=1, max_size=4)
HALF_KANA = st.text(st.characters(min_codepoint=0xFF66, max_codepoint=0xFF9F), min_size=1, max_size=6)
FULL_WIDTH = st.text(st.characters(min_codepoint=0xFF10, max_codepoint=0xFF5A), min_size=1, max_size=5)
RARE = st.sampled_from(
    ["𠮷", "𩸽", "😀", "👨\u200d👩\u200d👧", "🇯🇵", "葛\U000e0100", "辻\U000e0101", "❤️", "☺︎", "①", "㈱", "～"]
)
LATIN = st.sampled_from(["Vladimir Putin", "Kim Jong Un", "NATO", "Foreign Affairs", "vol. 12", "pp. 3-15"])
CYRILLIC = st.sampled_from(["партнерстве", "Федеральный закон", "№ 374-ФЗ", "па-\nртнерстве"])
URL = st.sampled_from(
    ["https://www.example.go.jp/politic\ns/articles/1.html", "http://ndl.go.jp/jp/diet/", "www.kantei.go.jp"]
)
NUMBER = st.integers(0, 2100).map(str)
SPACE = st.sampled_from(["", " ", "\u3000", " ", "  "])


@st.composite
def dates(draw) -> str:
    """Western, era and PDF-spaced dates, ranges and partial dates."""
    year, month, day = draw(st.integers(1900, 2100)), draw(st.integers(0, 13)), draw(st.integers(0, 32))
    gap = draw(SPACE)
    return draw(st.sampled_from([
        f"{year}{gap}年{gap}{month}{gap}月{gap}{day}{gap}日", f"{year}年{month}月", f"{month}月{day}日",
        f"令和{draw(st.integers(0, 9))}年{month}月{day}日", f"平成元年{month}月", f"{day}日",
        f"{month}月{day}～{day + 1}日", f"{year}.{month}.{day}", f"{year}年度", f"{day}日午後{month}時",
    ]))  # fmt: skip


@st.composite
def article_refs(draw) -> str:
    n, m = draw(st.integers(0, 120)), draw(st.integers(0, 12))
    gap = draw(SPACE)
    return draw(st.sampled_from([
        f"第{gap}{n}{gap}条", f"第{n}条第{m}項", f"第{n}条第{m}項第{m}号", f"同条第{m}項", f"第{n}条の{m}",
        f"第{m}章", f"憲法第{n}条", f"条約第{n}条{m}", "前条", "附則第2条",
    ]))  # fmt: skip


BRACKETS = st.sampled_from(["「", "」", "『", "』", "（", "）", "(", ")", "【", "】", "〔", "〕", "“", "”"])
PUNCT = st.sampled_from(["。", "、", "・", "！", "？", "…", "―", "－", "：", ".", ",", ";"])
ACCESS_NOTE = "\n＊ 本稿におけるインターネット情報の最終アクセス日は、2024 年 12 月 4 日である。"
MARKER = st.integers(1, 30).map(str)  # a note marker glued after a word: 行われた1。

FRAGMENT = st.one_of(
    HIRAGANA,
    KATAKANA,
    KANJI,
    HALF_KANA,
    FULL_WIDTH,
    RARE,
    LATIN,
    CYRILLIC,
    URL,
    NUMBER,
    dates(),
    article_refs(),
    BRACKETS,
    PUNCT,
    MARKER,
    SPACE,
)


@st.composite
def paragraphs(draw) -> str:
    """A sentence-like run of fragments, optionally wrapped in balanced brackets."""
    words = draw(st.lists(FRAGMENT, min_size=1, max_size=25))
    text = "".join(words)
    if draw(st.booleans()):
        opening, closing = draw(st.sampled_from([("「", "」"), ("（", "）"), ("『", "』")]))
        text = opening * draw(st.integers(1, 4)) + text + closing * draw(st.integers(0, 4))
    return text + draw(st.sampled_from(["。", "", "」。", "1。", "）"]))


def pdf_wrap(text: str, width: int) -> str:
    """Hard-wrap at ``width`` characters with an empty line after each line (as in PDF text layers)."""
    lines = [text[i : i + width] for i in range(0, len(text), width)] or [""]
    return "\n\n".join(lines)


@st.composite
def documents(draw) -> str:
    """A header, body paragraphs (plain or PDF-wrapped) and sometimes a footnote block."""
    header = draw(st.lists(st.one_of(KANJI, KATAKANA, dates().map(lambda d: f"【{d}】")), max_size=3))
    body = draw(st.lists(paragraphs(), min_size=1, max_size=8))
    if draw(st.booleans()):
        width = draw(st.integers(8, 45))
        text = "\n\n".join(pdf_wrap(p, width) for p in body)
    else:
        text = "\n".join(body)
    notes = draw(st.lists(paragraphs(), max_size=4))
    footer = "".join(f"\n\n{i} {note}" for i, note in enumerate(notes, start=1))
    star = draw(st.sampled_from(["", ACCESS_NOTE]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\f\n"]))
    return newline.join([*header, text]).replace("\n", newline if newline != "\n\n" else "\n") + footer + star


ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "cp932", "euc_jp", "iso2022_jp")


def encode(text: str, encoding: str) -> bytes:
    """``text`` as a file in ``encoding`` (UTF-16 with its byte-order mark)."""
    if encoding == "utf-16-be-bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode(encoding)


@st.composite
def raw_files(draw) -> tuple[bytes, str, str]:
    """(bytes, encoding, text): a document in one encoding, sometimes with a few bytes damaged."""
    encoding = draw(st.sampled_from(ENCODINGS))
    text = draw(documents())
    try:
        data = encode(text, encoding)
    except UnicodeEncodeError:
        text = text.encode(encoding.removesuffix("-be-bom"), "ignore").decode(encoding.removesuffix("-be-bom"))
        data = encode(text, encoding)
    if draw(st.integers(0, 3)) == 0:
        edits = draw(st.lists(st.tuples(st.integers(0, max(0, len(data) - 1)), st.binary(max_size=3)), max_size=3))
        for position, junk in edits:
            data = data[:position] + junk + data[position + 1 :]
    return data, encoding, text


# --- helpers -------------------------------------------------------------------------


@cache
def nlp():
    from pipeline.nlp.components import build_nlp

    return build_nlp()


def run_pipeline(document: IngestedDocument):
    from pipeline.stages.extract import extract
    from pipeline.stages.segment import segment

    doc, seg = segment(document, nlp())
    return seg, extract(document, doc, seg.sentences, nlp())


def assert_document_offsets(document: IngestedDocument, raw: str) -> None:
    """Regions, notes, markers and offset runs inside the text; runs lead back to the raw text."""
    n = len(document.text)
    for item in [*document.regions, *document.notes]:
        assert 0 <= item.start <= item.end <= n, item
    for marker in document.markers:
        assert 0 <= marker.start <= n, marker
    position = 0
    for segment in document.offsets:
        assert segment.start == position and segment.end > segment.start, segment
        assert 0 <= segment.raw_start <= segment.raw_end <= len(raw), segment
        position = segment.end
    assert position == n
    for region in document.regions:
        surface = document.text[region.start : region.end]
        raw_start, raw_end = raw_span_of(document.offsets, region.start, region.end)
        assert _is_subsequence(_squash(surface), _squash(raw[raw_start:raw_end])), (region, surface)


def assert_record_offsets(text: str, records) -> None:
    for record in records:
        surface = getattr(record, "surface", None)
        if surface is None:
            surface = record.text
        assert 0 <= record.start <= record.end <= len(text), record
        assert text[record.start : record.end] == surface, record


# --- properties -------------------------------------------------------------------


@FUZZ
@given(st.one_of(documents(), paragraphs(), st.text(max_size=200)))
def test_normalisation_is_idempotent_and_tracked(raw):
    once = normalize(TrackedText.from_raw(raw))
    twice = normalize(once)
    assert twice.text == once.text
    assert len(once.starts) == len(once.ends) == len(once.text)
    assert all(0 <= s <= e <= len(raw) for s, e in zip(once.starts, once.ends, strict=True))
    assert unicodedata.is_normalized("NFKC", once.text.replace("№", "No")) or "№" in raw


@FUZZ
@given(documents())
def test_ingest_never_fails_and_offsets_are_valid(raw):
    document = build_document(raw, "fuzz", "fuzz.txt")
    assert_document_offsets(document, raw)
    assert asdict(build_document(raw, "fuzz", "fuzz.txt")) == asdict(document)  # deterministic


@FUZZ_PIPELINE
@given(documents())
def test_every_extractor_keeps_offsets_valid_and_is_deterministic(raw):
    document = build_document(raw, "fuzz", "fuzz.txt")
    assume(document.text.strip())
    seg, extraction = run_pipeline(document)
    assert_record_offsets(document.text, seg.sentences)
    assert_record_offsets(document.text, seg.tokens)
    for name in ("dates", "articles", "names", "citations"):
        assert_record_offsets(document.text, getattr(extraction, name))
    crashed = [e for e in extraction.errors if e.severity == "error"]
    assert not crashed, crashed  # an extractor raised on this text
    seg2, extraction2 = run_pipeline(build_document(raw, "fuzz", "fuzz.txt"))
    assert [asdict(t) for t in seg2.tokens] == [asdict(t) for t in seg.tokens]
    for name in ("dates", "articles", "names", "citations", "markers"):
        assert [asdict(r) for r in getattr(extraction2, name)] == [asdict(r) for r in getattr(extraction, name)]


@FUZZ
@given(raw_files())
def test_raw_files_decode_without_replacement(file):
    data, encoding, text = file
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        assert len(str(exc)) > 20
        return
    assert data[decoded.bom_length :].decode(decoded.codec) == decoded.text  # strict: no byte replaced
    again = decoded.text.encode(decoded.codec)
    if decoded.codec == "cp932":  # NEC and IBM rows map some kanji twice: same length, maybe other bytes
        assert [len(ch.encode("cp932")) for ch in decoded.text] == _char_lengths(data, "cp932")
    elif decoded.codec != "iso2022_jp":  # JIS may hold redundant escapes (ingest warns about those)
        assert again == data[decoded.bom_length :]
    clean = encode(text, encoding) == data
    if clean and encoding not in ("cp932", "euc_jp"):  # the legacy pair can be ambiguous on short texts
        assert decoded.text == text.removeprefix("\ufeff") or decoded.text == text


def _char_lengths(data: bytes, codec: str) -> list[int]:
    """Bytes of each character as it stands in the file (what byte offsets must count)."""
    decoder = codecs.getincrementaldecoder(codec)()
    lengths, pending = [], 0
    for byte in data:
        pending += 1
        if decoder.decode(bytes([byte])):
            lengths.append(pending)
            pending = 0
    return lengths


@FUZZ
@given(raw_files(), st.sampled_from(["doc.txt", "日本語 の 名前.txt", "a b/c.txt"]))
def test_a_raw_file_is_one_document_or_one_error_row(file, name):
    data, _, _ = file
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        items = list(ingest_file(SourceFile(path, Path(name).stem, name)))
    documents = [i for i in items if isinstance(i, IngestedDocument)]
    errors = [i for i in items if isinstance(i, ErrorRecord) and i.severity == "error"]
    assert len(documents) + len(errors) == 1, items
    for error in errors:
        assert error.stage == "ingest" and error.error in {"DecodeError", "NoText"}, error
    for document in documents:
        decoded = decode_bytes(data)
        assert_document_offsets(document, decoded.text)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=15,
)
SIDECAR_KEY = st.sampled_from(["title", "published", "source_url", "language", "author", "accessed", "x"])


@FUZZ
@given(st.one_of(JSON, st.dictionaries(SIDECAR_KEY, JSON, max_size=6)).map(json.dumps) | st.binary(max_size=60))
def test_any_sidecar_is_data_or_a_warning(content):
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "doc.txt"
        path.write_bytes(b"x")
        sidecar = path.with_suffix(".meta.json")
        sidecar.write_bytes(content if isinstance(content, bytes) else content.encode())
        meta, problem = read_sidecar(path, Path(directory).resolve())
    assert all(isinstance(v, str) and v == v.strip() and v for v in meta.values())
    assert problem is None or "meta.json" in problem


# --- bugs the long profile found, kept as explicit cases --------------------------------


def test_normalisation_is_idempotent_next_to_a_circled_digit():
    """Found by ``make fuzz``: ``1 ① 。`` gave ``1 1 。``, then ``1 1。`` on a second pass."""
    once = normalize(TrackedText.from_raw("1 ① 。"))
    assert normalize(once).text == once.text


def test_articles_extractor_survives_a_wrapped_reference():
    """Found by ``make fuzz`` (``ぁぁ条約第100`` / ``条0。`` wrapped): a chain with only a bare law part."""
    from pipeline.extractors.articles import find_article_refs

    assert [r.surface for r in find_article_refs("条約第1\n条")] == []
