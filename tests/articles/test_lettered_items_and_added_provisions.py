"""Article references: a treaty item letter glued to 条, relative paragraphs in a statute page without paragraph
numbers, items added to a provision by an amending clause, relative words inside quoted new wording.

Rows quote the page cited next to them; ``constructed`` rows follow the layout of the page named and say so.
"""

from __future__ import annotations

import pytest

from tests.articles.helpers import WITH_ITEM, WITH_SUB, ref_rows

# weblio (Wikipedia 軍属, 2021-12-04 版), https://www.weblio.jp/content/%E5%9C%A8%E6%97%A5%E7%B1%B3%E8%BB%8D%E3%81%AE%E3%80%8C%E8%BB%8D%E5%B1%9E%E3%80%8D
WEBLIO_SOFA_ART1 = (
    "日米地位協定の第1条(a)は、「日本国の領域にある間におけるアメリカ合衆国の陸軍、海軍又は空軍に属する人員で現に"
    "服役中のもの」を「合衆国軍隊の構成員」と規定しており、これには一般に軍属と呼ばれる文官や非戦闘員も含まれている。"
    " 一方で第1条(b)では、「合衆国の国籍を有する文民」を「軍属」と定義している。"
)
# 行政手続法 第八条 (e-Gov XML in /work/shared/external/egov-statute), laid out as iuris.jp prints a statute: the
# heading line, then the paragraphs without their 2項 marks.
GYOSEI_ART8_NO_MARKS = (
    "行政手続法\n第八条 理由の提示\n"
    "行政庁は、申請により求められた許認可等を拒否する処分をする場合は、申請者に対し、同時に、当該処分の理由を示さなけれ"
    "ばならない。\n前項本文に規定する処分を書面でするときは、同項の理由は、書面により示さなければならない。\n"
)
# ... the same with the paragraph numbers e-Gov prints: the number is the paragraph's own, nothing is counted on.
GYOSEI_ART8_MARKED = GYOSEI_ART8_NO_MARKS.replace("\n前項本文", "\n２　前項本文")
# hoti-ak.hatenadiary.org, https://hoti-ak.hatenadiary.org/entry/20150911/1441971724 (独立行政法人国際協力機構法の
# 一部を改正する法律, 平成18年法律第100号): items added to the article the clause has just named.
HOTI_AK_ITEMS_ADDED = "第19条中「甲」を「乙」に改め、同条に次の各号及び2項を加える。"
# constructed on the clause form of e-Gov's amending acts (第N条第M項中「…」を「…」に改め、同項に次の各号を加える。,
# lawinfo.joureikun.jp/faq/?p=114 quotes 同項に次の1号を加える): the items belong to 同項, not to the amending act's
# own 第一条 heading above.
CONSTRUCTED_ITEMS_TO_SAME_PARAGRAPH = (
    "第一条 甲法の一部を次のように改正する。\n第七十六条第一項中「乙」を「丙」に改め、同項に次の各号を加える。\n"
)
# constructed on the same form: a clause that amends an article's wording and then adds a paragraph to 同条; the
# added paragraph's 前項 is that article's (its number is not known from the clause).
CONSTRUCTED_PARAGRAPH_ADDED_TO_SAME = (
    "甲法の一部を次のように改正する。\n第十二条の二第一項中「乙」を「丙」に改め、「丁」を削り、同条に次の一項を加える。\n"
    "前項の規定は、戊について準用する。\n"
)
# constructed on the amending form weblio quotes (同項後段中「甲」を「乙」に改める, 改め文方式, 2022-05-03 版):
# 同項後段 in the clause is a reference; inside the quoted new wording it is a word of the amended text.
CONSTRUCTED_SAME_LATTER_QUOTED = (
    "第五条第二項中「又はその保護」を「又は同項後段の規定により同乗させる者」に改める。\n"
    "第六条第一項後段を削り、同項後段中「甲」を「乙」に改める。\n"
)
# constructed on the iuris.jp layout of 日英円滑化協定実施法 (a chapter heading, then its first article's paragraph 1
# without the article heading): 次項 there is paragraph 2 of an article the page does not number.
CONSTRUCTED_NEXT_BELOW_CHAPTER = (
    "甲に関する法律\n第二章 道路運送法の適用除外\n"
    "公用車両(次項において同じ。)には、道路運送法第九十四条の規定は、適用しない。\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            WEBLIO_SOFA_ART1,
            [
                ("第1条(a)", "article", "1", None, "a", "日米地位協定"),
                ("第1条(b)", "article", "1", None, "b", "日米地位協定"),
            ],
        ),
    ],
)
def test_item_letter_glued_to_article(text: str, expected: list[tuple]) -> None:
    """第1条(a): a lettered subparagraph right after 条 is the article's item (as 第2条1(a) after a paragraph)."""
    assert [row for row in ref_rows(WITH_ITEM, text) if row[0] in {e[0] for e in expected}] == expected


@pytest.mark.parametrize(
    ("text", "surface", "paragraph"),
    [
        (GYOSEI_ART8_NO_MARKS, "前項本文", "1"),  # the unnumbered line is paragraph 2: 前項 is 1
        (GYOSEI_ART8_MARKED, "前項本文", "1"),  # its own number: 2, 前項 is 1 (no double count)
    ],
)
def test_previous_paragraph_opening_unnumbered_line(text: str, surface: str, paragraph: str) -> None:
    """前項 opening a line a page printed without its paragraph number points to the paragraph above it."""
    rows = [r for r in ref_rows(WITH_ITEM, text) if r[0] == surface]
    assert rows == [(surface, "relative", "8", paragraph, None, "行政手続法")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HOTI_AK_ITEMS_ADDED, ("各号", "relative", "19", None, None, None)),
        (CONSTRUCTED_ITEMS_TO_SAME_PARAGRAPH, ("各号", "relative", "76", None, "1", None)),
    ],
)
def test_items_added_to_the_provision_named(text: str, expected: tuple) -> None:
    """同条に次の各号を加える: the items are the provision's the clause names, not the amending act's article."""
    row = next(r for r in ref_rows(WITH_SUB, text) if r[0] == "各号")
    assert row[:5] == expected[:5] and row[5] == expected[5]


def test_previous_paragraph_in_paragraph_added_to_same_article() -> None:
    """同条に次の一項を加える closing a clause: the quoted paragraph's 前項 is in that article (84条の3 form)."""
    row = next(r for r in ref_rows(WITH_SUB, CONSTRUCTED_PARAGRAPH_ADDED_TO_SAME) if r[0] == "前項")
    assert row[2:4] == ("12", "2")


def test_relative_with_proviso_word_inside_quoted_new_wording() -> None:
    """「…同項後段の規定により…」 quoted as new wording is no row; 同項後段 in the clause itself is one."""
    surfaces = [r[0] for r in ref_rows(WITH_ITEM, CONSTRUCTED_SAME_LATTER_QUOTED)]
    assert surfaces.count("同項後段") == 1
    latter = next(r for r in ref_rows(WITH_ITEM, CONSTRUCTED_SAME_LATTER_QUOTED) if r[0] == "同項後段")
    assert latter[2:4] == ("6", "1")


def test_next_paragraph_below_chapter_heading() -> None:
    """次項 on the first line below a chapter heading with no article heading: paragraph 2, article unknown."""
    row = next(r for r in ref_rows(WITH_ITEM, CONSTRUCTED_NEXT_BELOW_CHAPTER) if r[0] == "次項")
    assert row[2:4] == (None, "2")
