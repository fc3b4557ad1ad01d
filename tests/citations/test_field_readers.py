"""The shared field readers: pages, dates, periodical issues and call numbers as written.

- pages as written (`188-94`), page lists, ranges closed by `p` (`75-76p`), pages after `(2008).`, spaced units
  (`1673 頁`, `сс. 76–87`), the Cyrillic capital `Р.`; a page of a periodical is no year;
- issue dates: weekly magazines by cover date (`12月12日号`), French months (`mars 2000`), a set's years of
  publication (`1960-64`, `2009.6-2015.8`) as one range (an ISO month `2011-03` is no span);
- periodicals and law reports known by abbreviation (`民集`) and details that are an issue only (`1995. 25 янв.`);
- NDL call numbers, also the older NDC class and author mark joined by hyphens (`【308-Ki228k-K】`).
"""

from __future__ import annotations

import pytest

from pipeline.extractors.citations.fields import (
    blank_pages,
    find_call_number,
    find_date,
    find_pages,
)
from pipeline.extractors.citations.periodicals import issue_details_only, periodical_container

from .helpers import parse
from .sources import VAVT_IEEE


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12月12日号、38頁", "--12-12"), ("5月号", "--05"), ("2016年12月8日号", "2016-12-08"), ("mars 2000", "2000-03")],
)
def test_issue_and_french_dates(text, expected):
    assert find_date(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # page ranges stay as written (Chicago's `325–50`; https://docslib.org/doc/7349405/notes-and-references)
        ("Sociological Theory, 8 (Fall 1990): 188-94.", "188-94"),
        ("pp. 92–3", "92-3"),
        ("pp.161-163", "161-163"),
    ],
)
def test_pages_as_written(text, expected):
    assert find_pages(text)[0] == expected


PAGE_CASES = [
    # a year before the pages is no locator of a page list
    # https://happylibus.com/doc/337111/ (中国裁判事例研究(11), note 1)
    (
        "「張励與徐州市同力創展房地産有限公司商品房預售合同糾紛案」『中華人民共和国最高人民法院公報』2012年第11輯,31頁。",
        "31",
    ),
    # `および` joins page expressions only: `および続頁` (and following pages) adds none
    # (a public bibliography record found with the code search: `pages:'213–214頁および続頁'`)
    ("213–214頁および続頁", "213-214"),
    # GB/T 7714 `Year(issue):pages` (https://rbwtyj.hbu.edu.cn/EN/10.14156/j.cnki.rbwtyj.2022.02.008)
    ("歴史と地理,2018(6):38-47.", "38-47"),
]


@pytest.mark.parametrize(("text", "expected"), PAGE_CASES)
def test_page_lists(text: str, expected: str) -> None:
    assert find_pages(text)[0] == expected


@pytest.mark.parametrize(
    ("name", "container"),
    [
        ("民集", "最高裁判所民事判例集"),  # law report: expanded
        ("平成17年度重判解", "平成17年度重判解"),  # yearly law journal: as written
        ("法律時報", "法律時報"),  # form: …時報
        ("Российская газета", "Российская газета"),
        ("Journal of Japanese Studies", "Journal of Japanese Studies"),
        ("Гамбургская декларация", None),  # a document, not a periodical
        ("岩波書店", None),
    ],
)
def test_periodical_container(name: str, container: str | None) -> None:
    assert periodical_container(name) == container


@pytest.mark.parametrize(
    ("details", "only"),
    [
        ("1995. 25 янв.", True),
        ("2002, 5 июня", True),
        ("1996, 18, 19, 20, 25 июня", True),
        ("51 巻 4 号 1673 頁", True),
        ("2014. – № 12. – Ст. 1201", True),
        ("2002, октябрь. – Париж: ЮНЕСКО, 2002. – 17 с.", False),  # an imprint: a book, not an issue
    ],
)
def test_issue_details_only(details: str, only: bool) -> None:
    assert issue_details_only(details) is only


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        ("講談社学術文庫ISBN 978-4062919128、75-76p", "75-76"),  # AKARINOHON
        ("xii, 250p.", None),  # a book's extent, not a locator
        ("1999-2001p", None),  # a span of years
    ],
)
def test_pages_closed_by_p(text: str, pages: str | None) -> None:
    assert find_pages(text)[0] == pages


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        ("Asian Survey, 41.3(2001).455-470.", "455-470"),  # CONSTRUCTED (MLA, colon typed as a full stop)
        ("Tokyo: Iwanami, (2008). 5", None),  # CONSTRUCTED negative: a lone number after the year is no page
    ],
)
def test_pages_after_year_and_full_stop(text: str, pages: str | None) -> None:
    assert find_pages(text)[0] == pages


# A page unit spaced off its number, as PDF text layers of Japanese papers write units (`2002 年`,
# https://keisobiblio.com/2024/05/29/atogakitachiyomi_hanreikougiminpou1).
PAGES = [
    ("CONSTRUCTED (PDF text layer)", "判例時報2345号 1673 頁", "1673"),
    ("CONSTRUCTED (PDF text layer)", "民集 62 巻 3 号 665 頁以下", "665"),
    (VAVT_IEEE, "сс. 76–87", "76-87"),
]


@pytest.mark.parametrize(("source", "text", "value"), PAGES)
def test_spaced_page_units(source: str, text: str, value: str) -> None:
    assert find_pages(text)[0] == value, source


def test_periodical_page_is_no_year() -> None:
    """The periodical parser reads pages with the shared reader: `1673 頁` stays a page, never the year 1673."""
    citation = parse("判例時報2345号 1673 頁")
    assert (citation.container, citation.pages, citation.date) == ("判例時報", "1673", None)
    assert "1673" not in blank_pages("判例時報2345号 1673 頁")


# A public GitHub notes file (code search id 56224762057): `한역 분도출판사 1979-1981 3권`.
GITHUB_DALLET = "github: find_string '출판사 19', id 56224762057"


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("한역 분도출판사 1979-1981 3권", "1979/1981", GITHUB_DALLET),
        ("(조선로동당출판사 1967-94)", "1967/1994", "constructed"),
        ("(증보판 출판사 2009.6-2015.8)", "2009-06/2015-08", "constructed"),
        ("2011-03", "2011-03", "constructed: an ISO month, no span"),
        ("(岩波書店 1990)", "1990", "github: find_string '岩波書店 199', id 54990554848"),
        ("1998-1997", None, "constructed: an end before the start is no span (and no year alone)"),
        # a period in a title leaves the imprint's year the date (constructed)
        ("Volume 2, Neither War nor Peace, 1985-1998. Berkeley, 1998.", "1998", "constructed"),
    ],
)
def test_publication_span(text: str, expected: str | None, source: str) -> None:
    assert find_date(text)[0] == expected, source


NDL_CURRENT_P4 = "http://current.ndl.go.jp/aggregator/categories/1?page=4"


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("『金日成選集 』(三一書房1952)第1~2巻、補巻【308-Ki228k-K】", "308-Ki228k-K", "constructed: NDC-class form"),
        ("(出版社 1980)【312.1-Ko123s】", "312.1-Ko123s", "constructed: NDC class with a decimal"),
        ("(岩波書店 2004 【A121-H68】)", "A121-H68", "constructed: the NDLC form, unchanged"),
        ("【308-12】", None, "constructed: digits alone are no author mark"),
        # a CRD answer's record number and a reference-collection class (http://current.ndl.go.jp/aggregator/
        # categories/1?page=4, 相模原市立相模大野図書館): `日外アソシエーツ 紀伊國屋書店 2014 【s30821557 R403.5】`
        ("日外アソシエーツ 紀伊國屋書店 2014 【s30821557 R403.5】", "s30821557 R403.5", NDL_CURRENT_P4),
        ("紀伊國屋書店洋書部 2003 【s22058002 R281】", "s22058002 R281", NDL_CURRENT_P4),
        ("『事典』【R337.8/O67】", "R337.8/O67", "constructed: a collection letter before a class and book mark"),
        ("不二出版 2010【023.8/ナイ/7】", "023.8/ナイ/7", "constructed: class, kana book mark and volume"),
        ("1989.6【515.5/283/#】", "515.5/283/#", "constructed: class, book mark and copy mark"),
        ("【資料1】", None, "current.ndl.go.jp/aggregator/categories/1?page=1: a label, not a call number"),
    ],
)
def test_ndc_call_numbers(text: str, expected: str | None, source: str) -> None:
    assert find_call_number(text)[0] == expected, source


@pytest.mark.parametrize(
    ("text", "pages"),
    [("Vol. 18 (3), No. 11. Р. 434-444.", "434-444"), ("2015. № 3. С. 85-89.", "85-89"), ("Руб. 120.", None)],
)
def test_cyrillic_p_pages(text: str, pages: str | None) -> None:
    assert find_pages(text)[0] == pages
