"""Article references: lists of UN resolution numbers, quoted wording of amending and 読み替え clauses, and a law number
printed between a name and its article.

- Every member of a list of Security Council resolutions is a resolution number (``law_number``, instrument the
  resolution ``決議第N号``), also when the text defines an alias between 決議 and the first number
  (``決議(以下「決議」という。)第1267号、…``) and when the gazette glosses each member with its year in kanji
  (``第千五百四十号(二千四年)``); never an item of an article.
- A relative reference alone (``同項``) inside wording that a provision reads in place of another
  (``「…同項の」とあるのは「同項の」と``) is a word of the amended text, no reference; ``同条`` after such wording
  points back past the quoted references to the last one the clause itself cites.
- ``内閣府設置法 (1999年法律第89号) 第49条第1項``: law sites print spaces around the law number; the name still owns
  the article.
"""

from __future__ import annotations

import pytest

from tests.articles.helpers import WITH_ITEM, ref_rows

# Real: 外務省告示第六十七号 (平成28年), the gazette translation of resolution 2270, on ja.wikisource.
WIKISOURCE_RES2270 = (
    "https://ja.wikisource.org/wiki/%E5%9B%BD%E9%9A%9B%E9%80%A3%E5%90%88%E5%AE%89%E5%85%A8%E4%BF%9D%E9%9A%9C%E7%90%86"
    "%E4%BA%8B%E4%BC%9A%E6%B1%BA%E8%AD%B0%E7%AC%AC%E4%BA%8C%E5%8D%83%E4%BA%8C%E7%99%BE%E4%B8%83%E5%8D%81%E5%8F%B7"
)
# Real: 外務省 新着情報 of 2023-01-30 on the Taliban asset freeze (via gov-base).
GOV_BASE_TALIBAN = "https://gov-base.info/2023/01/31/181728"
# Real: 財務省, the 2016-01-22 notice on resolution 2231.
MOF_RES2231 = (
    "http://www.mof.go.jp/international_policy/gaitame_kawase/gaitame/economic_sanctions/"
    "gaitamehou-shisantouketsu_20160122.htm"
)
# Real: e-Gov 行政手続法 第三十一条 (読み替え), https://laws.e-gov.go.jp/law/405AC0000000088
EGOV_APA = "https://laws.e-gov.go.jp/law/405AC0000000088"
# jplaws.app prints the names and numbers it links with spaces around them (its page of 重要経済安保情報保護活用法 is
# heldout26's text; the sentences below are constructed, marked, in that layout with e-Gov's statute wording).
JPLAWS = "https://jplaws.app/"


def _res(surface: str, number: int) -> tuple:
    return (surface, "law_number", None, None, None, f"決議第{number}号")


RESOLUTION_LISTS = [
    # GOV_BASE_TALIBAN: a list after 決議第1267号
    (
        "我が国はこれまで、国際連合安全保障理事会決議第1267号、第1989号及び第2253号等に基づき、同理事会制裁委員会",
        [_res("決議第1267号", 1267), _res("第1989号", 1989), _res("第2253号", 2253)],
    ),
    # MOF_RES2231: 国連安保理決議第1696号、第1737号… (the council outside the span)
    (
        "(1)国連安保理決議第1696号、第1737号、第1747号、第1803号、第1835号、第1929号及び第2224号の規定を終了すること。",
        [
            _res("決議第1696号", 1696),
            _res("第1737号", 1737),
            _res("第1747号", 1747),
            _res("第1803号", 1803),
            _res("第1835号", 1835),
            _res("第1929号", 1929),
            _res("第2224号", 2224),
        ],
    ),
    # WIKISOURCE_RES2270: each member glossed with its year in kanji
    (
        "決議第八百二十五号(千九百九十三年)、第千五百四十号(二千四年)、第千六百九十五号(二千六年)、第千七百十八号(二千六年)"
        "、第二千八十七号(二千十三年)及び第二千九十四号(二千十三年)を含むこれまでの関連する決議",
        [
            _res("決議第八百二十五号", 825),
            _res("第千五百四十号", 1540),
            _res("第千六百九十五号", 1695),
            _res("第千七百十八号", 1718),
            _res("第二千八十七号", 2087),
            _res("第二千九十四号", 2094),
        ],
    ),
    # constructed, marked: GOV_BASE_TALIBAN's sentence with the alias definition MOFA's 2017 asset-freeze notices put
    # between 決議 and the first number
    (
        "我が国はこれまで、国際連合安全保障理事会決議(以下「決議」という。)第1267号、第1989号及び第2253号等に基づき、",
        [_res("第1267号", 1267), _res("第1989号", 1989), _res("第2253号", 2253)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESOLUTION_LISTS)
def test_every_member_of_a_resolution_list_is_a_resolution_number(text: str, expected: list[tuple]) -> None:
    assert ref_rows(WITH_ITEM, text) == expected


def test_an_alias_without_a_number_after_it_is_no_resolution_list() -> None:
    # constructed, marked: a definition followed by an article of another instrument stays an article
    text = "安全保障理事会決議(以下「決議」という。)の採択を受け、国連憲章第41条に基づく措置を講じる。"
    assert [r[:3] for r in ref_rows(WITH_ITEM, text)] == [("第41条", "article", "41")]


# The statute's own wording: 特定秘密の保護に関する法律 附則第二条 (heldout26 quotes it from iuris.jp; the statute is
# published on e-Gov, https://laws.e-gov.go.jp/law/425AC0000000108). No page outside the gold found in the search
# corpus quotes a lone 「同項の」 in a 読み替え clause; the constructed case below (marked) is a second example.
SECRETS_ACT_SUPPL = (
    "特定秘密の保護に関する法律\n附 則\n第二条 経過措置\n"
    "この法律の公布の日から起算して二年を超えない範囲内において政令で定める日の前日までの間においては、第五条第一項及び"
    "第五項の規定の適用については、第五条第一項中「第十一条の規定により特定秘密の取扱いの業務を行うことができることと"
    "される者のうちから、当該行政機関」とあるのは「当該行政機関」と、同条第五項中「第十一条の規定により特定秘密の取扱い"
    "の業務を行うことができることとされる者のうちから、同項の」とあるのは「同項の」とし、第十一条の規定は、適用しない。"
)


def test_relative_reference_inside_read_as_wording_is_no_reference() -> None:
    surfaces = [row[0] for row in ref_rows(WITH_ITEM, SECRETS_ACT_SUPPL)]
    assert "同項" not in surfaces
    assert surfaces.count("第十一条") == 3  # named references inside the wording stay rows (heldout20 revision)


def test_relative_reference_alone_in_amended_wording_is_no_reference() -> None:
    # constructed, marked: an amending clause in the form of e-Gov's 改正 clauses (「…」を「…」に改める)
    text = "第五条第三項中「前項の規定により」を「同項の規定により」に改める。"
    assert [row[0] for row in ref_rows(WITH_ITEM, text)] == ["第五条第三項"]


def test_same_article_after_quoted_wording_points_past_it() -> None:
    rows = [r for r in ref_rows(WITH_ITEM, SECRETS_ACT_SUPPL) if r[0] == "同条第五項"]
    assert [r[2:4] for r in rows] == [("5", "5")]


def test_named_items_inside_read_as_wording_stay_references() -> None:
    # EGOV_APA 第三十一条 (real, its first 読み替え pairs): 「同項第三号及び第四号」 names items 3 and 4
    text = (
        "第十五条第三項及び第十六条の規定は、弁明の機会の付与について準用する。この場合において、第十五条第三項中"
        "「第一項」とあるのは「第三十条」と、「同項第三号及び第四号」とあるのは「同条第三号」と読み替えるものとする。"
    )
    rows = ref_rows(WITH_ITEM, text)
    assert any(r[0] == "同項第三号" for r in rows)
    assert any(r[0] == "同条第三号" for r in rows)


LAW_NUMBER_BETWEEN = [
    # the layout of JPLAWS (links with spaces around them); the wording of e-Gov's 重要経済安保情報保護活用法 第二条
    (
        "内閣府、宮内庁並びに 内閣府設置法 (平成十一年法律第八十九号) 第四十九条第一項 及び第二項に規定する機関",
        [
            ("平成十一年法律第八十九号", "law_number", None, None, None, "内閣府設置法"),
            ("第四十九条第一項", "article", "49", "1", None, "内閣府設置法"),
            ("第二項", "article", "49", "2", None, "内閣府設置法"),
        ],
    ),
    # the same without spaces, as e-Gov prints it
    (
        "国家行政組織法(昭和二十三年法律第百二十号)第三条第二項に規定する機関",
        [
            ("昭和二十三年法律第百二十号", "law_number", None, None, None, "国家行政組織法"),
            ("第三条第二項", "article", "3", "2", None, "国家行政組織法"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAW_NUMBER_BETWEEN)
def test_a_law_number_between_spaces_keeps_the_name_owner(text: str, expected: list[tuple]) -> None:
    assert JPLAWS.startswith("https") and EGOV_APA.startswith("https")
    assert ref_rows(WITH_ITEM, text) == expected
