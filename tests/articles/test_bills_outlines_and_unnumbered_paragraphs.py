"""Article references: a bill's own articles (named with 案), its Diet number (no item), an amending bill's outline
(its 第N条関係 notes name the amended law's articles), a law number above the act's title, a law number with its
dotted Western date, relative paragraphs inside a paragraph on a page without paragraph numbers, a deleted run.

Rows quote the page cited next to them; ``constructed`` rows follow the layout of the page named and say so.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from pipeline.extractors.articles import find_article_refs
from tests.articles.helpers import WITH_KIND, find_ref, ref_rows
from tests.conftest import EXTERNAL


def _gyosei_article(num: str) -> list[str]:
    """The paragraphs of one article of 行政手続法 (e-Gov XML, /work/shared/external/egov-statute), unnumbered."""
    tree = ET.parse(EXTERNAL / "egov-statute" / "gyosei-tetsuzuki-ho.xml")
    article = next(a for a in tree.iter("Article") if a.get("Num") == num)
    return ["".join(s.text or "" for s in p.iter("Sentence")) for p in article.findall("Paragraph")]


def _unnumbered(heading: str, paragraphs: list[str], *, bare_heading: bool) -> str:
    """行政手続法's article as 衆議院's 制定法律 pages print it (heading and paragraph 1 on one line, then the
    paragraphs without their 2/3 marks), or as iuris.jp does (the heading alone on its line)."""
    if bare_heading:
        return "行政手続法\n" + heading + "\n" + "\n".join(paragraphs) + "\n"
    return "行政手続法\n" + heading + " " + "\n".join(paragraphs) + "\n"


@pytest.mark.parametrize("bare_heading", [False, True])
def test_relative_paragraphs_inside_unnumbered_paragraphs(bare_heading: bool) -> None:
    """第十四条 2: 行政庁は、前項ただし書の場合においては、…同項の理由を示さなければならない (前項 inside the line):
    paragraph 2 of a page that prints no paragraph numbers, so 前項 and 同項 are paragraph 1; 第十七条 3: …前項の
    代理人について準用する。 is paragraph 3, its 前項 paragraph 2."""
    text = _unnumbered("第十四条", _gyosei_article("14"), bare_heading=bare_heading)
    rows = [r for r in ref_rows(WITH_KIND, text) if r[0] in ("前項ただし書", "同項")]
    assert rows == [
        ("前項ただし書", "relative", "14", "1", "行政手続法"),
        ("同項", "relative", "14", "1", "行政手続法"),
    ]
    text = _unnumbered("第十七条", _gyosei_article("17"), bare_heading=bare_heading)
    rows = [r for r in ref_rows(WITH_KIND, text) if r[0] == "前項"]
    assert rows == [("前項", "relative", "17", "1", "行政手続法"), ("前項", "relative", "17", "2", "行政手続法")]


def test_wrapped_lines_are_not_counted_as_paragraphs() -> None:
    """A PDF's text layer wraps a paragraph mid-sentence: lines that do not end a sentence are no paragraphs, so
    nothing is counted on (constructed: 行政手続法 第十四条 paragraph 1 broken after 名あて人に対し、)."""
    first, second, _third = _gyosei_article("14")
    cut = first.index("同時に")
    text = "行政手続法\n第十四条 " + first[:cut] + "\n" + first[cut:] + "\n" + second + "\n"
    ref = find_ref(text, "前項ただし書")
    assert (ref.article, ref.paragraph) == ("14", None)


# Constructed on the layout of 衆議院 議案本文 pages (session, bill number, name line, 目次; e.g. 第164回 衆第33号,
# http://www.shugiin.go.jp/Internet/itdb_gian.nsf/html/gian/honbun/houan/g16401033.htm) with another law's name.
BILL_TEXT = (
    "第一六六回\n衆第三四号\n公文書等の管理に関する法律案\n目次\n第一章 総則(第一条―第三条)\n"
    "第一条 この法律は、公文書等の管理に関する基本的事項を定めることを目的とする。\n"
    "第二条 前条の目的を達成するため、国は、必要な措置を講ずるものとする。\n"
)
# The document title the pipeline gives such a page (its longest header line).
BILL_TITLE = "公文書等の管理に関する法律案"


def test_a_bills_articles_name_the_bill_and_its_diet_number_is_no_item() -> None:
    """The bill's own provisions are the bill's (its name line: the law's name and 案), and 衆第三四号 is its number
    in the Diet, not an item (heldout25's convention: 改正法(案)附則第14条 → …法律案)."""
    refs = [(r.surface, r.article, r.instrument) for r in find_article_refs(BILL_TEXT, title=BILL_TITLE)]
    assert all(r[0] != "第三四号" for r in refs)
    assert ("前条", "1", "公文書等の管理に関する法律案") in refs


def test_a_law_is_not_a_bill_when_its_name_line_has_no_an() -> None:
    """The same text under the law's name (no 案) keeps the law's name."""
    text = BILL_TEXT.replace(BILL_TITLE, BILL_TITLE[:-1])
    refs = [(r.surface, r.article, r.instrument) for r in find_article_refs(text, title=BILL_TITLE[:-1])]
    assert ("前条", "1", "公文書等の管理に関する法律") in refs


# 衆議院's outline of an amending bill (要綱), constructed on the layout of 外国為替及び外国貿易法の一部を改正する法律案
# 要綱 (第159回国会, 衆議院 議案 要綱) with the provision another amending act added (行政手続法 第36条の3, e-Gov).
OUTLINE = (
    "行政手続法の一部を改正する法律案要綱\n第一 処分等の求め\n"
    "何人も、法令に違反する事実がある場合には、処分又は行政指導を求めることができるものとすること。 (第36条の3関係)\n"
    "第二 施行期日\nこの法律は、公布の日から起算して一年を超えない範囲内において政令で定める日から施行すること。\n"
)


def test_an_amending_bills_outline_names_the_amended_laws_articles() -> None:
    refs = ref_rows(("surface", "article", "instrument"), OUTLINE)
    assert refs == [("第36条の3", "36", "行政手続法")]


# Japanese law numbers open the promulgated text above its title (Wikipedia 法令の基本形式: 法令番号は題名より前に
# 置かれ, https://www.wikizero.com/ja/%E6%9D%A1%E6%96%87); 衆議院's 制定法律 pages print it 法律第N号(平…) ⏎ ◎title.
# Constructed with 行政手続法's real number and date (平成五年法律第八十八号, 1993-11-12).
PROMULGATED = "法律第八十八号(平五・一一・一二)\n◎行政手続法\n第一章 総則\n第一条 この法律は、…目的とする。\n"
# Korean acts' Japanese translations print their history as 制定1990.8.1法律第4240号 (constructed on the layout of a
# geocities.jp translation of 南北交流協力に関する法律, with 南北協力基金法's real number and date).
KOREAN_HISTORY = (
    "南北協力基金法\n制定1990.8.1法律第4240号\n第1条(目的)この法律は、南北協力基金を設置することを目的とする。\n"
)


@pytest.mark.parametrize(
    ("text", "surface", "instrument"),
    [
        (PROMULGATED, "法律第八十八号", "行政手続法"),
        (KOREAN_HISTORY, "1990.8.1法律第4240号", "南北協力基金法"),
    ],
)
def test_law_numbers_above_a_title_and_with_a_dotted_date(text: str, surface: str, instrument: str) -> None:
    ref = find_ref(text, surface)
    assert (ref.kind, ref.instrument) == ("law_number", instrument)


def test_a_statutes_own_heading_glued_to_its_text_and_a_deleted_run_are_no_references() -> None:
    """第1条(目的)この法律は (no space after the caption) heads its provision; 第十一条から第十五条まで 削除 is the
    heading of deleted articles (e-Gov prints 外国為替及び外国貿易法 so), not a reference."""
    assert [r[0] for r in ref_rows(("surface",), KOREAN_HISTORY)] == ["1990.8.1法律第4240号"]
    text = "外国為替及び外国貿易法\n第十条 この法律は、…できる。\n第十一条から第十五条まで 削除\n"
    assert ref_rows(("surface",), text) == []
