"""Rules named by another instrument word (規程), law numbers glued to their names, and 次の各号 under a unit heading.

Real pages: Wikipedia's article on the Rome Statute (its full Japanese name, a title ending in 規程), iuris.jp's pages
of 国際刑事裁判所に対する協力等に関する法律 (its 節/款 pages print the unit heading, drop the article headings and the
1項/2項 marks, and lose the parentheses around a law number), kokekokko's hatena page (a name glued to its number,
the opening parenthesis lost).
"""

from __future__ import annotations

import pytest

from pipeline.extractors.instruments import scan_instruments
from tests.articles.helpers import WITH_KIND, ref_rows

WIKI_ROME = "https://ja.wikipedia.org/wiki/国際刑事裁判所ローマ規程"
IURIS_SECTION = "https://iuris.jp/国際刑事裁判所に対する協力等に関する法律-第一節-通則/jpn/s/1975"
KOKEKOKKO = "https://kokekokko.hatenadiary.org/entry/20050114/p1"
# The act's title lines as iuris.jp prints them above every page of the act (IURIS_SECTION).
IURIS_TITLE = (
    "国際刑事裁判所に対する協力等に関する法律\n平成十九年法律第三十七号\n略称 : 国際刑事裁判所協力法  ICC協力法\n"
)
ACT = "国際刑事裁判所に対する協力等に関する法律"
ROME = "国際刑事裁判所に関するローマ規程"


# (source, text, names expected among the instruments)
RULE_NAMES: list[tuple[str, str, list[str]]] = [
    (  # a treaty titled …に関する…規程, unquoted, no article after it
        WIKI_ROME,
        "国際刑事裁判所に関するローマ規程(こくさいけいじさいばんしょにかんするローマきてい、英語: The Rome Statute of "
        "the International Criminal Court)は、国際刑事裁判所 (ICC) の構成、管轄犯罪、手続などを規定する国際条約。",
        [ROME],
    ),
    (  # constructed on the act's 第一条 wording (e-Gov, 419AC0000000037): the rule given a short name, no article
        IURIS_SECTION,
        "この法律は、ローマ規程(以下「規程」という。)が定める集団殺害犯罪その他の犯罪について定める。",
        ["ローマ規程"],
    ),
    (  # a kind of rule (総務省令で定める) stays no name: the alias rule needs 以下「…」
        IURIS_SECTION,
        "請求の方式が規程に適合しないと認める場合を除き、総務省令で定める書面を送付する。",
        [],
    ),
]


@pytest.mark.parametrize(("source", "text", "names"), RULE_NAMES)
def test_rule_names(source: str, text: str, names: list[str]) -> None:
    assert source.startswith("https://")
    assert [inst.canonical for inst in scan_instruments(text)] == names


# (source, text, expected rows (surface, kind, article, paragraph, instrument))
RULE_REFERENCES: list[tuple[str, str, list[tuple]]] = [
    (  # constructed on the act's 第二条 (iuris layout): the alias 規程 stands for the Statute, not the act
        IURIS_SECTION,
        IURIS_TITLE + "第一章 総則\nこの法律は、国際刑事裁判所に関するローマ規程(以下「規程」という。)の的確な"
        "実施を確保することを目的とする。\n規程第五条1の規定により国際刑事裁判所が管轄権を有する犯罪をいう。",
        [
            ("平成十九年法律第三十七号", "law_number", None, None, ACT),
            ("第五条1", "article", "5", "1", ROME),
        ],
    ),
    (  # constructed on the 節 page's wording: a bare 規程 the page never defines names a rule it does not give,
        # never the act the page is about (as 憲章第53条 in a text naming only a resolution)
        IURIS_SECTION,
        IURIS_TITLE + "第一節 通則\n外務大臣は、規程第九十条に規定する請求の競合があるときは、法務大臣と協議する。",
        [
            ("平成十九年法律第三十七号", "law_number", None, None, ACT),
            ("第九十条", "article", "90", None, None),
        ],
    ),
    (  # constructed: a law number glued to its name, the parentheses lost as iuris.jp prints them
        IURIS_SECTION,
        "当該請求が刑事訴訟法昭和二十三年法律第百三十一号第百九十九条に規定する逮捕状の請求と競合するとき、"
        "同法第二百条の規定を準用する。",
        [
            ("昭和二十三年法律第百三十一号", "law_number", None, None, "刑事訴訟法"),
            ("第百九十九条", "article", "199", None, "刑事訴訟法"),
            ("同法第二百条", "article", "200", None, "刑事訴訟法"),
        ],
    ),
    (  # constructed (the glued shape of KOKEKOKKO's 予防拘禁所官制昭和16年…): a year after a name that is no law
        # number; the name still ends before the era (日本国憲法, not 日本国憲法昭和…)
        KOKEKOKKO,
        "日本国憲法昭和二十一年十一月三日公布の第九条をめぐる議論。",
        [("第九条", "article", "9", None, "日本国憲法")],
    ),
]


@pytest.mark.parametrize(("source", "text", "expected"), RULE_REFERENCES)
def test_rule_references(source: str, text: str, expected: list[tuple]) -> None:
    assert source.startswith("https://")
    assert ref_rows(WITH_KIND, text) == expected


# (source, text, expected (surface, article, paragraph) of every 各号 row)
EACH_BELOW_UNIT: list[tuple[str, str, list[tuple]]] = [
    (  # constructed on the 節 page (its 次に掲げる written 次の各号に掲げる): the first line under a unit heading
        # is paragraph 1 of an article the page does not number
        IURIS_SECTION,
        IURIS_TITLE + "第一節 通則\n国際刑事裁判所に対する協力に関する次の各号に掲げる事務は、外務大臣が行う。\n一 号\n"
        "国際刑事裁判所からの協力の請求の受理\n",
        [("各号", None, "1")],
    ),
    (  # ... a later line may be another article's or paragraph's (the page drops 2項): no paragraph
        IURIS_SECTION,
        IURIS_TITLE + "第一節 通則\n外務大臣は、国際刑事裁判所から協力の請求を受理したときは、これを法務大臣に"
        "送付する。\n法務大臣は、次の各号いずれかに該当する場合を除き、措置をとる。\n",
        [("各号", None, None)],
    ),
    (  # an article heading on the page: its own paragraph (unchanged)
        IURIS_SECTION,
        IURIS_TITLE + "第三十条 外務大臣との協議\n法務大臣は、次の各号いずれかに該当する場合には、外務大臣と"
        "協議する。\n",
        [("各号", "30", "1")],
    ),
]


@pytest.mark.parametrize(("source", "text", "expected"), EACH_BELOW_UNIT)
def test_each_item_below_a_unit_heading(source: str, text: str, expected: list[tuple]) -> None:
    assert source.startswith("https://")
    rows = ref_rows(("surface", "article", "paragraph"), text)
    assert [row for row in rows if row[0].endswith("各号")] == expected
