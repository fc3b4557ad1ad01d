"""Article references, round 8: the error classes of heldout7 (library statutes, 要綱, SOFA commentary, UNCLOS).

Sources (stored pages of the search tool):
- 國體護持總論 資料室 「國際連合憲章1」, http://kokutaigoji.com/reports/ref/ref_2_kokusairengokensho_1.html
  (``條約第二十六號``: a treaty number in old characters);
- 名古屋大学 日本法令索引〔明治前期編〕 XML, https://jahis.law.nagoya-u.ac.jp/lawdb/l/314a0025/download
  (``法律第二十五號``);
- アホヲタ元法学部生の日常, https://ronnor.hatenablog.com/entry/2021/12/18/205405 (``第1 はじめに``: a blog's numbered
  heading, which is not a 要綱 section: no 要綱 title line above it);
- orionkawagoe.hatenablog.com 「沖ノ鳥島に対する中国共産党の難癖」,
  https://orionkawagoe.hatenablog.com/entry/2020/07/30/085231: the convention's text prints a Part (``第八部 島の制度``)
  and numbers paragraphs without 項 (``第百二十一条 … 3 人間の居住…``), the forms ``第8部`` and ``第121条3`` read below.
No outside page was found for these forms; their lines are constructed in the form of the heldout7 texts and say so:
a 要綱 numbered 第1/第2 with 各号 and 前項; an institution's 規程/告示 number; ``(抄)`` between a name and its number;
a bracketed Japanese gloss of a Korean title; ``第8巻第1号`` of a periodical; ``この条(即ち第十七条)``; ``わが国刑法``;
``国会法 第130条`` with a link space; ``(…条約第121条3)``; ``…条約の第8部``.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.articles import find_article_refs

KOKUTAI = (
    "國際連合憲章\n\n昭和二十年六月二十六日署名、\n同年十月二十四日發效、\n昭和三十一年十二月十八日日本國加入效力發生、\n"
    "同月十九日公布條約第二十六號"
)
RONNOR = "第1 はじめに\n\n1 お詫び\n\n まずはお詫びから始めたい。"
# Constructed in the form of a prefectural 要綱 (section headings 第1, 第2 without 条).
YOUKOU = (
    "市立図書館資料貸出要綱\n第1 この要綱は、図書館資料の貸出しに関し必要な事項を定める。\n"
    "第2 貸出しを受けることができる者は、次の各号に掲げる者とする。\n2 前項の者は、利用券を提示する。"
)


def _rows(text: str) -> list[tuple]:
    return [(r.surface, r.kind, r.article, r.paragraph, r.instrument) for r in find_article_refs(text)]


def test_old_character_treaty_number() -> None:
    refs = [r for r in find_article_refs(KOKUTAI) if r.kind == "law_number"]
    assert [(r.surface, r.number) for r in refs] == [("條約第二十六號", "条約第26号")]


def test_old_character_law_number() -> None:
    refs = find_article_refs("<LawNum>法律第二十五號</LawNum>")
    assert [(r.surface, r.number) for r in refs] == [("法律第二十五號", "法律第25号")]


def test_numbered_heading_outside_a_youkou_is_nothing() -> None:
    assert find_article_refs(RONNOR) == []


@pytest.mark.parametrize(
    ("surface", "article", "paragraph"),
    [("各号", "2", "1"), ("前項", "2", "1")],
)
def test_youkou_sections_number_their_relatives(surface: str, article: str, paragraph: str) -> None:
    rows = _rows(YOUKOU)
    assert (surface, "relative", article, paragraph, "市立図書館資料貸出要綱") in rows
    assert not any(r[0] in ("第1", "第2") for r in rows)  # section headings are not references


@pytest.mark.parametrize(
    ("text", "surface", "instrument"),
    [
        # constructed: an institution's regulation and notice numbers, with the issuer kept in the number
        ("図書館資料の利用に関する規程(平成十年国立国会図書館規程第二号)", "平成十年国立国会図書館規程第二号",
         "図書館資料の利用に関する規程"),
        # constructed: (抄) between the name and its number
        ("国立国会図書館法(抄)(昭和二十三年二月九日法律第五号)", "昭和二十三年二月九日法律第五号", "国立国会図書館法"),
        # constructed: the Japanese gloss in brackets after a Korean title
        ("「출판법[出版法](法律第6号)」によって", "法律第6号", "出版法"),
        # constructed: a link space before the number in parentheses
        ("支部図書館及びその職員に関する法律 (昭和24年法律第101号)", "昭和24年法律第101号",
         "支部図書館及びその職員に関する法律"),
    ],
)  # fmt: skip
def test_numbers_take_their_names(text: str, surface: str, instrument: str) -> None:
    assert (surface, "law_number", None, None, instrument) in _rows(text)


def test_periodical_issue_is_not_an_item() -> None:
    assert _rows("韓国の納本制度 : アジア情報室通報 第8巻第1号") == []  # constructed


def test_this_article_named_in_a_gloss() -> None:
    text = (  # constructed in the form of a SOFA commentary quoting 第十七条 8
        "地位協定の考え方\n1 被告人が「この条の規定に従って」裁判を受けた場合、この項の規定は妨げない(8項)。"
        "これは「この条(即ち第十七条)の規定に従って」行われた裁判である。"
    )
    rows = _rows(text)
    assert ("この項", "relative", "17", "8", "地位協定") in rows
    assert ("8項", "article", "17", "8", "地位協定") in rows
    assert [r[2] for r in rows if r[0] == "この条"] == ["17", "17"]


@pytest.mark.parametrize(
    ("text", "surface", "article", "paragraph", "instrument"),
    [
        ("わが国刑法第五条の規定により", "第五条", "5", None, "刑法"),  # constructed
        ("設置根拠は国会法 第130条および国立国会図書館法 第1条", "第130条", "130", None, "国会法"),  # constructed
        ("島の制度がある(国連海洋法条約第121条3)。", "第121条3", "121", "3", "国連海洋法条約"),  # constructed
    ],
)
def test_names_and_paragraphs(text: str, surface: str, article: str, paragraph: str | None, instrument: str) -> None:
    assert (surface, "article", article, paragraph, instrument) in _rows(text)


def test_arabic_article_digit_in_running_text_stays_a_note_marker() -> None:
    assert ("第51条", "article", "51", None, "国連海洋法条約") in _rows("国連海洋法条約第51条7の注")


def test_part_of_a_treaty() -> None:
    refs = find_article_refs("採択された国連海洋法条約の第8部では、島の制度を定める。")  # constructed
    assert [(r.surface, r.kind, r.chapter, r.unit) for r in refs] == [("第8部", "structure", "8", "部")]


def test_part_of_a_book_is_nothing() -> None:
    assert find_article_refs("報告書の第2部では、島の制度を論じる。") == []
