"""Round 24 of the citation rules: error classes of the eighth fresh sample (cit_fresh8), written as classes.

- Japanese natural-science reference lists (crop science, entomology, agronomy, architecture journals): names joined
  by `・` or `.`, the year in brackets with a colon or a space, or after the names and closed by a period; the title
  up to its period or comma; then `Journal Vol: Pages` (journal article) or book, `(Name 編)`, publisher, place and
  pages (chapter);
- Vancouver/NLM: any dash between the pages (U+2010 as exported by PubMed), the issue's month and day in the date
  (`2015 May 1` -> 2015-05-01), and the CSE name-year variant with the year after the names.

Each row names its source: a public page (URL) found with the search tool (pages corpus), or "constructed" after
the rule of the page cited.
"""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.extractors.citations import parse_citation
from pipeline.records import Citation


def _parse(text: str, note: str = "1") -> Citation:
    return parse_citation(unicodedata.normalize("NFKC", text), f"c{note}", note, 0)


# http://globalauthorid.com/WebPortal/ArticleView?wd=2F31AFE8184678FB4F35389FCF08D5431946253B868BF841 (日作紀 list)
# http://globalauthorid.com/WebPortal/ArticleView?wd=6A014294BD3F8782815B849F8D0E2DB7055A161BE6FAD046 (応動昆 list)
# https://ouci.dntb.gov.ua/en/works/7pyEKLa4 (応動昆 list; the English version in [] after each entry left out)
SCIENCE_JOURNAL_ROWS = [
    (
        "福嶌陽・太田久稔・梶亮太・津田直人 2015. 生産力検定試験成績を利用した水稲の収量形成要因の解析. "
        "日作紀 84: 249-255.",
        ["福嶌陽", "太田久稔", "梶亮太", "津田直人"],
        "生産力検定試験成績を利用した水稲の収量形成要因の解析",
        "日作紀",
        "2015",
        "249-255",
    ),
    (
        "本庄一雄 1971. 米のタンパク含量に関する研究:第 2 報 施肥条件のちがいが玄米のタンパク質含有率および"
        "タンパク質総量に及ぼす影響. 日作紀 40: 190-196.",
        ["本庄一雄"],
        "米のタンパク含量に関する研究:第 2 報 施肥条件のちがいが玄米のタンパク質含有率およびタンパク質総量に及ぼす影響",
        "日作紀",
        "1971",
        "190-196",
    ),
    (
        "藤崎祐一郎(1982) 宮城県における水田に生息するカメムシ類と斑点米発生の検討.宮城農セ報49:45–58.",
        ["藤崎祐一郎"],
        "宮城県における水田に生息するカメムシ類と斑点米発生の検討",
        "宮城農セ報",
        "1982",
        "45-58",
    ),
    (
        "上室 剛・東垂水昭子・末永 博(2016) チャノホソガ(チョウ目:ホソガ科)の異なる発育ステージに対する各種薬剤の効果."
        "応動昆60:111–118.",
        ["上室 剛", "東垂水昭子", "末永 博"],
        "チャノホソガ(チョウ目:ホソガ科)の異なる発育ステージに対する各種薬剤の効果",
        "応動昆",
        "2016",
        "111-118",
    ),
    (  # constructed after the same lists: the colon after the bracketed year (植物防疫 style)
        "山田太郎・鈴木花子(1996): 水田におけるカメムシ類の発生消長.植物防疫 50, 218-221.",
        ["山田太郎", "鈴木花子"],
        "水田におけるカメムシ類の発生消長",
        "植物防疫",
        "1996",
        "218-221",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "container", "date", "pages"), SCIENCE_JOURNAL_ROWS)
def test_natural_science_journal_article(
    text: str, authors: list[str], title: str, container: str, date: str, pages: str
) -> None:
    citation = _parse(text)
    assert (citation.authors, citation.title, citation.container) == (authors, title, container)
    assert (citation.date, citation.pages, citation.type) == (date, pages, "journal article")


# http://globalauthorid.com/WebPortal/ArticleView?wd=6A014294BD3F8782815B849F8D0E2DB708298970A651067D
SCIENCE_CHAPTER_ROWS = [
    (
        "枝恵太郎・四方圭一郎(2013) キリガ亜科.日本産蛾類標準図鑑II(岸田泰則 編).学研教育出版,東京,pp. 323–367.",
        ("キリガ亜科", "日本産蛾類標準図鑑II", "岸田泰則", "学研教育出版", "323-367"),
    ),
    (  # constructed after the same list: the editor before the book, the place before the pages
        "佐藤一郎(1994): 茶の成分.山本次郎編,茶の栽培.養賢堂,東京, 384-400.",
        ("茶の成分", "茶の栽培", "山本次郎", "養賢堂", "384-400"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCIENCE_CHAPTER_ROWS)
def test_natural_science_chapter(text: str, expected: tuple[str, ...]) -> None:
    citation = _parse(text)
    found = (citation.title, citation.container, citation.editor, citation.publisher, citation.pages)
    assert (found, citation.type) == (expected, "chapter")


def test_author_date_pointer_is_no_science_entry() -> None:
    """`内閣府(2006)、第I部第1章参照。` (a pointer, no title) stays with the author-date reading."""
    citation = _parse("内閣府(2006)、第I部第1章参照。")
    assert (citation.authors, citation.title, citation.date) == (["内閣府"], None, "2006")


# https://libguides.uwi.edu/c.php?g=915733&p=6598549 (NLM examples; the trailing PMID left out)
# https://libguides.uwi.edu/c.php?g=915733&p=6598549 (Ezenwaka: no day, the old form still read)
VANCOUVER_ROWS = [
    (
        "Sharma A, Bahadursingh S, Ramsewak S, Teelucksingh S. Medical and surgical interventions to improve outcomes "
        "in obese women planning for pregnancy. Best Pract Res Clin Obstet Gynaecol. 2015 May 1;29(4):565-76.",
        "Best Pract Res Clin Obstet Gynaecol",
        "2015-05-01",
        "565-76",
    ),
    (
        "Ezenwaka CE, Offiah NV. Cardiovascular risk of obese and non-obese patients with type 2 diabetes in the West "
        "Indies. J Biomed Sci. 2001;8(4):314-20.",
        "J Biomed Sci",
        "2001",
        "314-20",
    ),
    (  # constructed after the NLM rule: PubMed's U+2010 hyphen between the pages, month only
        "Smith JA, Lee K. Sleep and memory. J Neurol. 2018 Feb;265(2):231\u2010238.",
        "J Neurol",
        "2018-02",
        "231-238",
    ),
    (  # constructed after CSE name-year: the year after the names, a one-letter abbreviation with its period
        "Fauci AS. 2002. Smallpox vaccination policy. N Engl J. Med. 346(17):1319-1320.",
        "N Engl J. Med",
        "2002",
        "1319-1320",
    ),
]


@pytest.mark.parametrize(("text", "container", "date", "pages"), VANCOUVER_ROWS)
def test_vancouver_dates_and_dashes(text: str, container: str, date: str, pages: str) -> None:
    citation = _parse(text)
    assert (citation.container, citation.date, citation.pages, citation.type) == (
        container,
        date,
        pages,
        "journal article",
    )


def test_vancouver_title_keeps_its_words_before_the_journal() -> None:
    """A two-word title is not cut at its first word to make room for a dotted journal (`Coming home. Nature.`)."""
    citation = _parse("Mayor S. Coming home. Nature. 2005 Jul 28;436(7050):488–9.")
    assert (citation.title, citation.container, citation.date) == ("Coming home", "Nature", "2005-07-28")
