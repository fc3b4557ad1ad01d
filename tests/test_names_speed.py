"""The names extractor's speed shortcuts find exactly what the plain loops they replace find."""

from __future__ import annotations

import pytest
from conftest import REPO

from pipeline.extractors.names.bodies import has_rewrite_mark
from pipeline.extractors.names.gazetteer import MAY_VARY, REWRITE_MARK, Gazetteer, gazetteer
from pipeline.extractors.names.letters import starts_with_place


def _plain_starts_with_place(rest: str) -> bool:
    """The loop before the shortcut: every start of ``rest`` up to its whole length."""
    gaz = gazetteer()
    return any((gaz.lookup(rest[:n]) or ("",))[0] == "PLACE" for n in range(2, len(rest) + 1))


@pytest.mark.parametrize(
    "rest",
    [
        "フロリダ州で記者会見した",  # 米フロリダ州: フロリダ is not listed, so no start is a place
        "ヴァチカンを訪れた",  # ヴァ -> バ shortens the surface
        "コスタ・リカ大統領",  # old spelling with ・
        "カンボディア政府",  # ディ -> ジ
        "中國外交部",  # traditional kanji folded to 中国
        "ルクセンブルグ市",  # -burg spelt with グ
        "キャンプデービッドで",  # facility word without its ・
        "政府高官によると",  # no place at all
        "大統領",
        "",
    ],
)
def test_prefix_limit_keeps_the_answer(rest: str) -> None:
    gaz = gazetteer()
    window = rest[: gaz.max_len]
    assert starts_with_place(window, gaz) == _plain_starts_with_place(window)


def test_prefix_limit_is_shorter_without_variants() -> None:
    gaz = gazetteer()
    rest = ("フロリダ州で記者会見した" + "あ" * gaz.max_len)[: gaz.max_len]
    assert gaz.prefix_limit(rest) <= gaz.longest["フ"] < len(rest)
    assert gaz.prefix_limit("ヴァチカン") == min(5, max(gaz.longest.get(c, 0) for c in "ヴブバ") + 1)


def test_found_lengths_over_real_texts() -> None:
    """Every window of some real news and report texts (with ・, katakana names, long bodies) gives the same
    lengths as looking up each start of it."""
    gaz = gazetteer()
    texts = sorted((REPO / "tests" / "gold" / "texts").glob("names_*.txt"))[:6]
    windows = 0
    for path in texts:
        text = path.read_text(encoding="utf-8")[:1500]
        for at in range(len(text)):
            rest = text[at : at + gaz.max_len]
            assert gaz.found_lengths(rest) == [n for n in range(1, len(rest) + 1) if gaz.lookup(rest[:n])], rest
            windows += 1
    assert windows > 1000


@pytest.mark.parametrize(
    ("surface", "varies"),
    [("ロシア", False), ("中國", True), ("ヴェトナム", True), ("コスタ・リカ", True), ("ハイティ", True)],
)
def test_may_vary_marks_every_rewrite(surface: str, varies: bool) -> None:
    assert bool(MAY_VARY.search(surface)) == varies


def test_rewritten_spellings_still_found() -> None:
    gaz = gazetteer()
    assert gaz.lookup("中國") == gaz.lookup("中国")
    assert gaz.lookup("ルクセンブルグ") == gaz.lookup("ルクセンブルク")


# Windows as gazetteer_matches cuts them: listed names as written, behind rewrites, and none.
_WINDOWS = [
    "ロシア連邦政府は",
    "アメリカ合衆国の",
    "中國外交部",
    "ヴェトナム",
    "コスタ・リカ",
    "ハイティ共和国",
    "ルクセンブルグ",
    "キャンプデービッド",
    "東南アジア諸国連合",
    "政府高官",
    "あいうえお",
]


@pytest.mark.parametrize("rest", _WINDOWS)
def test_found_lengths_match_every_lookup(rest: str) -> None:
    gaz = gazetteer()
    plain = [n for n in range(1, len(rest) + 1) if gaz.lookup(rest[:n])]
    assert gaz.found_lengths(rest) == plain
    if not REWRITE_MARK.search(rest):
        assert gaz.found_lengths(rest, plain=True) == plain


def test_found_lengths_see_entries_added_later() -> None:
    gaz = Gazetteer()
    assert gaz.found_lengths("モンテネグロ共和国") == []
    gaz.add("モンテネグロ", "PLACE", "モンテネグロ")
    assert gaz.found_lengths("モンテネグロ共和国") == [6]


def test_marked_finds_a_mark_inside_the_window_only() -> None:
    text = "米国とヴェトナムの首脳"
    marks = [m.start() for m in REWRITE_MARK.finditer(text)]
    assert has_rewrite_mark(marks, 3, 8)  # ヴェトナム
    assert not has_rewrite_mark(marks, 0, 3)  # 米国と
    assert not has_rewrite_mark(marks, 4, 8)  # ェトナム: the ヴ is before it


def test_shortcut_still_finds_rewritten_places() -> None:
    gaz = gazetteer()
    assert starts_with_place("ヴァチカンを訪れた", gaz)  # found only through ヴァ -> バ
    assert not starts_with_place("政府高官によると", gaz)
