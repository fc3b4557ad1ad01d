"""Article references, round 5 of gap classes: numbers named after them, infobox number rows, bare resolution
numbers, chapters of a charter, and titles whose exceptional law stands inside them (…に関する皇室典範特例法).

Every example is real text from a source outside the gold (URL on each row), except the two sentences of
NAMED_AFTER_NUMBER, which pair a real number with its real name (marked there)."""

from __future__ import annotations

import pytest

from pipeline.extractors.articles import find_article_refs


def _rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(r.surface, r.kind, r.article, r.instrument) for r in find_article_refs(text)]


# A name written after its law number in the same parentheses is that number's instrument, and 同法 points to it.
# NOTE: no verbatim outside sentence of this shape was found with the search tools; the rows put real numbers and
# names together in it: 明治23年法律第97号 is the old 法例 (穂積陳重『法窓夜話』, http://bungo.bookstudio.com/ :
# 明治二十三年…法律第九十七号をもって…これを法例と称した), 昭和22年法律第67号 is 地方自治法
# (https://if2.info/wiki/地方自治法 : 地方自治法(ちほうじちほう、昭和22年法律第67号)).
NAMED_AFTER_NUMBER = [
    ("明治二十三年に法律第九十七号をもって公布された法例(明治23年法律第97号、旧法例)", "明治23年法律第97号", "旧法例"),
    ("昭和22年法律第67号(地方自治法)の規定による。同法第2条第1項", "昭和22年法律第67号", "地方自治法"),
]


@pytest.mark.parametrize(("text", "number", "name"), NAMED_AFTER_NUMBER)
def test_name_after_number_is_its_instrument(text: str, number: str, name: str) -> None:
    rows = _rows(text)
    assert (number, "law_number", None, name) in rows
    later = [r for r in rows if r[0].startswith("同法")]
    assert all(r[3] == name for r in later)


def test_excerpt_mark_after_number_is_no_name() -> None:
    """民法(明治29年法律第89号)(抄): a second pair of parentheses after a closed number names nothing."""
    rows = _rows("民法(明治29年法律第89号)(抄)第1条")
    assert ("明治29年法律第89号", "law_number", None, "民法") in rows


# The number row of an infobox opening a page (Wikipedia's Template:条約 rows: 通称・略称, 署名, …, 文献情報,
# https://www.wikizero.com/ja/Template:条約) belongs to the instrument of the title lines, however many rows
# stand between.
INFOBOX = [
    # ja.wikipedia 不戦条約 (mirror https://chikapedia.jppj.jp/wiki?url=https://ja.wikipedia.org/wiki/不戦条約)
    (
        "不戦条約\n戦争放棄に関する条約\n通称・略称 ケロッグ=ブリアン条約、パリ不戦条約\n署名 1928年8月27日\n"
        "署名場所 パリ\n発効 1929年7月24日\n現況 有効\n締約国\n寄託者 アメリカ合衆国政府\n"
        "文献情報 昭和4年7月25日官報号外条約第1号\n言語 フランス語、英語\n",
        "条約第1号",
        "不戦条約",
    ),
    # ja.wikipedia 天皇の退位等に関する皇室典範特例法 (mirror https://chikapedia.jppj.jp/wiki?url=https%3A%2F%2F
    # ja.wikipedia.org%2Fwiki%2F%E5%A4%A9%E7%9A%87%E9%80%80%E4%BD%8D%E7%89%B9%E4%BE%8B%E6%B3%95)
    (
        "天皇の退位等に関する皇室典範特例法\n日本の法令\n"
        "通称・略称 天皇退位特例法、退位特例法、譲位特例法、皇室典範特例法\n法令番号 平成29年法律第63号\n種類 憲法\n",
        "平成29年法律第63号",
        "天皇の退位等に関する皇室典範特例法",
    ),
]


@pytest.mark.parametrize(("text", "number", "name"), INFOBOX)
def test_infobox_number_row_belongs_to_title(text: str, number: str, name: str) -> None:
    assert (number, "law_number", None, name) in _rows(text)


def test_number_row_under_prose_is_not_the_titles() -> None:
    """A sentence above the number row: the page is no infobox, the number keeps no borrowed name (the 不戦条約
    infobox above with the lead sentence of the same article moved above its rows)."""
    text = (
        "不戦条約\n不戦条約は第一次世界大戦後に締結された多国間条約である。\n署名 1928年8月27日\n署名場所 パリ\n"
        "発効 1929年7月24日\n現況 有効\n締約国\n寄託者 アメリカ合衆国政府\n文献情報 昭和4年7月25日官報号外条約第1号\n"
    )
    assert [r[3] for r in _rows(text) if r[1] == "law_number"] != ["不戦条約"]


# A Security Council resolution by its bare number, in Arabic or positional kanji digits: kind law_number, the
# same instrument as 決議第N号; the UN Charter's 第七章 is a chapter (structure), never an article.
RESOLUTIONS = [
    # https://worldjpn.grips.ac.jp/documents/texts/docs/19901129.O1J.html (resolution 678)
    ("1990年8月2日の決議660、同月6日の同661を想起し", "決議660", "決議第660号"),
    # Diet minutes, 2003-03-20 (https://kokalog.net/viewer.html?meeting_url=https%3A%2F%2Fkokkai.ndl.go.jp%2Ftxt%2F
    # 115603895X00420030320&speech_order=137)
    ("イラクは決議六八七の重大な違反をこれまでも犯し", "決議六八七", "決議第687号"),
    # https://jmedia.wiki/wiki/UN_Security_Council_Resolution_678
    ("国連安全保障理事会決議678号は、1990年11月29日に採択されました。", "決議678号", "決議第678号"),
]


@pytest.mark.parametrize(("text", "surface", "number"), RESOLUTIONS)
def test_bare_resolution_number(text: str, surface: str, number: str) -> None:
    refs = [r for r in find_article_refs(text) if r.surface == surface]
    assert [(r.kind, r.number) for r in refs] == [("law_number", number)]


def test_resolution_counts_and_symbols_are_not_bare_numbers() -> None:
    """Two digits are too few, and 決議50/52 is a General Assembly symbol (its own rule)."""
    assert not [r for r in find_article_refs("決議12を採択した") if r.kind == "law_number"]
    assert [r.number for r in find_article_refs("総会決議50/52") if r.kind == "law_number"] == ["A/RES/50/52"]


def test_charter_chapter_is_a_structure() -> None:
    # https://tama5ya.net/potechi/?p=13148
    text = (
        "今回のイラク問題に関する主な安保理決議は1441号といわれるもので、国連憲章第七章に基づき、"
        "2002年11月に全会一致で採択されたものです。"
    )
    rows = [r for r in find_article_refs(text) if r.surface == "第七章"]
    assert [(r.kind, r.unit, r.article, r.instrument) for r in rows] == [("structure", "章", None, "国連憲章")]


# A title holding the law it makes an exception to (…に関する皇室典範特例法), after a relative clause: the name
# starts at the title, not at the clause and not at 皇室典範.
TITLES_AFTER_CLAUSE = [
    # weblio-style quotation of the act (https://051aa779-527d-4fec-8f6f-3cbc3982e47c.fbs-p.hungnp.com/ search page)
    ("天皇の退位等に関する皇室典範特例法第三条 前条の規定により退位した天皇は、上皇とする。", "第三条"),
]


@pytest.mark.parametrize(("text", "surface"), TITLES_AFTER_CLAUSE)
def test_title_with_inner_law_name(text: str, surface: str) -> None:
    rows = [r for r in find_article_refs(text) if r.surface == surface]
    assert [r.instrument for r in rows] == ["天皇の退位等に関する皇室典範特例法"]
