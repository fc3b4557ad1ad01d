"""Layout repair on real PDF text layers other than the seed (excerpts as found; sources in
tests/data/layout_pdf/SOURCES.md): wraps, page numbers, letter spacing, note label styles."""

from pathlib import Path

import pytest

from pipeline.text.layout import (
    LETTER_SPACED,
    PAGE_NUMBER,
    _close_letter_spacing,
    note_label,
    note_marker_pattern,
    repair_layout,
)
from pipeline.text.normalize import normalize
from pipeline.text.offsets import TrackedText

DATA = Path(__file__).parent / "data" / "layout_pdf"


def _read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _body(raw: str) -> str:
    return "\n".join(normalize(p).text for p in repair_layout(raw).paragraphs)


# (file, text that must appear in the repaired body: a wrap joined across its line break)
JOINED = [
    # a comma and an open bracket run the sentence on across short quoted lines
    ("s1_matsuura.txt", "総司令部(GHQ。以下、「連合国総司令部」「総司令部」と略称する場合がある)"),
    # half-width commas make a full printed line look short
    ("s2_miyazawa.txt", "コミック,絵本,文庫など多くの分野"),
    # a text with many short lines (bullets) is still recognised as wrapped
    ("s4_tohoku.txt", "図書・雑誌・新聞だけでなく、より専門的な資料"),
    ("s4_tohoku.txt", "資料の種類にあった探し方をする"),  # a line cut inside a word after half-width Latin
    ("s4_tohoku.txt", "データベースが収録されており、"),
    # an English abstract of another line width beside the Japanese body
    ("s7_kitamura.txt", "外国人被収容者の書簡検査を目的とした要旨和訳"),
    ("s7_kitamura.txt", "can be effectively applied to on-the-job training"),
]


@pytest.mark.parametrize(("name", "expected"), JOINED)
def test_wrapped_lines_are_joined(name, expected):
    layout = repair_layout(_read(name))
    assert layout.kind == "wrapped"
    assert expected in _body(_read(name))


# (file, paragraph that must stand alone: a heading, a bullet, a sentence end before a bullet)
ALONE = [
    ("s4_tohoku.txt", "■ テクニカル・レポート"),
    (
        "s4_tohoku.txt",
        "この章では、次のような専門的な資料をとりあげ、主に国内の資料に関して、初心者でも探しやすいウェブでの情報探索ツールを中心に紹介していきます。",
    ),
    ("s7_kitamura.txt", "1. 序"),
    ("s2_miyazawa.txt", "1.はじめに"),  # letter-spaced ``は じ め に`` closed up
    ("s1_matsuura.txt", "松浦好治"),
]


@pytest.mark.parametrize(("name", "paragraph"), ALONE)
def test_blocks_stay_their_own_paragraphs(name, paragraph):
    assert paragraph in _body(_read(name)).split("\n")


@pytest.mark.parametrize(
    ("name", "page_number_line"),
    [("s2_miyazawa.txt", "123"), ("s5_ronbun_manual.txt", "1"), ("s5_ronbun_manual.txt", "I")],
)
def test_page_numbers_leave_the_body(name, page_number_line):
    body = _body(_read(name)).split("\n")
    assert page_number_line not in body
    assert not any(p.endswith("-" + page_number_line) for p in body)  # not glued onto the line above


def test_page_number_pattern():
    for line in ("123", "- 12 -", "— 3 —", "ⅱ", "I", "・12"):
        assert PAGE_NUMBER.match(line), line
    for line in ("1 背景", "2009年", "12 月の会談", "第1章", "1)"):
        assert not PAGE_NUMBER.match(line), line


def test_bracketed_note_labels_and_a_lone_star_note():
    """``1) 山本拓…`` at the foot, marker `` 1)`` in the body, and a ``*`` on a line of its own."""
    layout = repair_layout(_read("s1_matsuura.txt"))
    notes = {note.number: normalize(note.text).text for note in layout.notes}
    assert sorted(notes) == ["*", "1"]
    assert notes["*"].startswith("本稿の作成にあたっては、")
    assert notes["1"].startswith("山本拓「法令外国語訳推進のための基盤整備")
    assert [marker[0] for marker in layout.markers] == ["1"]
    body = _body(_read("s1_matsuura.txt"))
    assert "意義のあることが指摘されている。" in body
    assert "山本拓" not in body


# (line, number, style) of real note lines; (line) that are no note lines
NOTE_LINES = [
    ("1 「ロ朝首脳会談とは 対面は 4 年半ぶり 2 度目」", 1, "bare"),
    ("10 同上", 10, "bare"),
    ("1) 山本拓「法令外国語訳推進のための基盤整備に関する政府の取組」", 1, "close"),
    ("(3) 同上", 3, "paren"),
]


@pytest.mark.parametrize(("line", "number", "style"), NOTE_LINES)
def test_note_label(line, number, style):
    label = note_label(line)
    assert label is not None and label[:2] == (number, style)


@pytest.mark.parametrize("line", ["2009年", "123", "(Gray Literature)とも呼ばれます。"])
def test_not_a_note_label(line):
    assert note_label(line) is None


# (style, text, marker found) — the marker follows the style of the note labels
MARKERS = [
    ("close", "意義のあることが指摘されている 1)。", True),
    ("close", "「グスコーブドリの伝記」1) は「銀河鉄道の夜」とともに", True),
    ("close", "。1)は", False),  # a list label after a sentence end
    ("paren", "国会に設置されている(1)。", True),
    ("paren", "回答は二つある。(1)は法定白書である", False),  # a list label
    ("paren", "、(1)軍事援助", False),
    ("bare", "行われた1。", True),
    ("bare", "(1)は", False),
]


@pytest.mark.parametrize(("style", "text", "found"), MARKERS)
def test_marker_styles(style, text, found):
    assert bool(note_marker_pattern("1", style).search(text)) is found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("松 浦 好 治", "松浦好治"),
        ("1.は じ め に", "1.はじめに"),
        ("関 西 館", "関西館"),
        ("第6章 ロシアから", "第6章 ロシアから"),  # words, not letters
        ("執筆 馬場 淳子、古賀 健太郎", "執筆 馬場 淳子、古賀 健太郎"),
        ("金 正恩", "金 正恩"),
    ],
)
def test_letter_spacing_is_closed_up(text, expected):
    tracked = TrackedText.from_raw(text)
    closed = _close_letter_spacing(tracked)
    assert closed.text == expected
    assert [text[s:e] for s, e in zip(closed.starts, closed.ends, strict=True)] == list(closed.text)
    assert bool(LETTER_SPACED.search(text)) is (text != expected)


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.txt")))
def test_every_body_and_note_character_maps_to_its_raw_character(name):
    raw = _read(name)
    layout = repair_layout(raw)
    pieces = layout.paragraphs + [note.text for note in layout.notes] + [note.label for note in layout.notes]
    for piece in pieces:
        for ch, start, end in zip(piece.text, piece.starts, piece.ends, strict=True):
            # a joined wrap may insert one synthetic space (Latin words); every other character is copied
            assert raw[start:end] == ch or (ch == " " and start == end) or (ch == " " and raw[start:end].isspace())
    for number, start, end in layout.markers:
        assert number in raw[start:end]


def test_the_seed_report_still_repairs_the_same(report_text):
    layout = repair_layout(report_text)
    assert layout.note_style == "bare"
    assert [m[0] for m in layout.markers] == [str(n) for n in range(1, 10)]


def test_a_running_header_is_printed_once():
    """``Page 1: 論文執筆支援マニュアル…`` / ``Page 2: …`` (the same line but for its page number)."""
    body = _body(_read("s5_ronbun_manual.txt")).split("\n")
    headers = [p for p in body if p.startswith("Page ")]
    assert len(headers) == 1 and headers[0].startswith("Page 1: 論文執筆支援マニュアル")
    assert "はじめに" in body and "論文執筆支援マニュアル" in body


@pytest.mark.parametrize(
    "lines",
    [
        # a heading printed in a table of contents and again in the body is no running header
        ["1 背景", "ロシアは北朝鮮との関係を急速に強化している。", "1 背景", "本文が続く。"],
        # a repeated sentence is no running header
        ["同上の趣旨である。", "同上の趣旨である。"],
    ],
)
def test_repeated_headings_and_sentences_are_kept(lines):
    from pipeline.text.layout import _Line, _running_lines

    tracked = [_Line(TrackedText.from_raw(line), False) for line in lines]
    assert _running_lines(tracked) == set()
