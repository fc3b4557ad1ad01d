"""TrackedText: every edit keeps each character's raw span."""

import re

from pipeline.text.offsets import TrackedText, raw_span_of


def test_slices_and_joins_keep_raw_positions():
    raw = "経済や\n\n1 注の本文\n\n 科学技術など"
    tracked = TrackedText.from_raw(raw)
    joined = tracked[0:3] + tracked[raw.index("科") :]
    assert joined.text == "経済や科学技術など"
    assert [raw[s:e] for s, e in zip(joined.starts, joined.ends, strict=True)] == list(joined.text)


def test_substitution_maps_replacement_to_the_whole_match():
    tracked = TrackedText.from_raw("2024 年 11 月")
    result = tracked.sub(re.compile(r" "), lambda m: "")
    assert result.text == "2024年11月"
    assert result.raw_span(4, 5) == (5, 6)  # 年 came from raw offset 5


def test_segments_compress_and_give_byte_offsets():
    raw = "ａｂ 第 4 条"
    tracked = TrackedText.from_raw(raw).sub(re.compile(r"[ａｂ]"), lambda m: chr(ord(m.group(0)) - 0xFEE0))
    segments = tracked.segments(raw, "utf-8", 3)
    assert segments[0].byte_start == 3  # after a UTF-8 BOM
    assert raw_span_of(segments, 0, 2) == (0, 2)
    last = segments[-1]
    piece = raw.encode("utf-8")[last.byte_start - 3 : last.byte_end - 3]
    assert piece.decode("utf-8") == raw[last.raw_start : last.raw_end]


def test_stateful_encoding_byte_offsets_count_escape_sequences():
    raw = "abc第4条def"
    data = raw.encode("iso2022_jp")
    tracked = TrackedText.from_raw(raw)
    segments = tracked.segments(raw, "iso2022_jp", 0)
    assert segments[0].byte_end == len(data)


def test_runs_split_copies_and_replacements():
    from array import array

    from pipeline.text.offsets import _TYPECODE, _runs

    # 0-2 copied, 3-4 one replacement of raw [3, 6), 5 an insertion at raw 6, 6-7 copied again from 6.
    starts = array(_TYPECODE, [0, 1, 2, 3, 3, 6, 6, 7])
    ends = array(_TYPECODE, [1, 2, 3, 6, 6, 6, 7, 8])
    assert _runs(starts, ends) == [
        (0, 3, 0, 3, True),
        (3, 5, 3, 6, False),
        (5, 6, 6, 6, False),
        (6, 8, 6, 8, True),
    ]
    assert _runs(array(_TYPECODE), array(_TYPECODE)) == []
    # a jump in the raw text (a cut footnote) starts a new copied run
    assert _runs(array(_TYPECODE, [0, 1, 5]), array(_TYPECODE, [1, 2, 6])) == [(0, 2, 0, 2, True), (2, 3, 5, 6, True)]
