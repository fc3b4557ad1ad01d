"""Round 27 of the citation rules: the notes and reference lists of Japanese government economic reports
(内閣府/経済企画庁 年次経済(財政)報告, 世界経済の潮流, 日本経済), the classes of the round's fresh sample.

- the author-date year in square brackets (`木下康司[2006]『…』`, `CBO [2005] "…"`) reads as `(2006)`;
- a month and year closing a report's reference (`…", December 2005`) is its date, not a periodical;
- a pointer in 「」 or as a topic (`「Congressional Budget Office(2001)」によると`, `CBO(2014)では、`);
- a Japanese remark after a Western reference without a full stop (`…No.6447ただし、…。`) is cut;
- a paper series and the body issuing it (`内閣府経済社会総合研究所 ESRI Discussion Paper No.103`);
- `and` glued to an initial (`Michael P.and Peter`);
- an author-date reference inside an explanation, Japanese (`貝塚啓明(1999)「…」(発行者「誌名」)等がある`) or
  Western in parentheses (`(Hamilton & Flavin (1986), "…" American Economic Review, 76,pp808-16)`);
- `Surname, Title, Publisher, Year` (`Barro, Determinants of Economic Growth, MIT Press, 1997`);
- a site pointer whose URL stands in parentheses (`…のホームページを参照(http://…)。`).

Each row names its source page. Rows marked "sample" are notes of the round's gold texts
(tests/gold/texts/citations_r27_cao_*), kept here as regressions; the others are entries of the same public
pages that the gold texts do not quote, or "constructed" after the pattern of the page cited.
"""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.extractors.citations import (
    _bracketed_year_as_parenthesised,
    first_of_two_scripts,
    parse_citation,
)
from pipeline.records import Citation

BUNKEN = "https://www5.cao.go.jp/j-j/sekai_chouryuu/sa06-02/sa06-01-01-bunken.html"
WP2000 = "https://www5.cao.go.jp/j-j/wp/wp-je00/"


def _parse(text: str) -> Citation:
    return parse_citation(unicodedata.normalize("NFKC", text), "c1", "1", 0)


# (source, text, authors, title, container, date)
BRACKETED_YEARS = [
    (
        BUNKEN,
        "財務省[2006]「財政構造改革特別部会 海外調査報告書」",
        ["財務省"],
        "財政構造改革特別部会 海外調査報告書",
        None,
        "2006",
    ),
    (  # the month closes the reference: the date of issue
        BUNKEN,
        'CBO [2006b] "The Cyclically Adjusted and Standardized Budget Measures", March 2006',
        ["CBO"],
        "The Cyclically Adjusted and Standardized Budget Measures",
        None,
        "2006-03",
    ),
    (
        BUNKEN,
        'CBO [2006] "The Budget and Economic Outlook An Update", August 2006',
        ["CBO"],
        "The Budget and Economic Outlook An Update",
        None,
        "2006-08",
    ),
    (
        BUNKEN,
        "Casey, Bernard, Howard Oxley, Edward Whitehouse, Pablo Antolin, Romain Duval and Willi Leibfritz [2003] "
        '"Policies for an Ageing Society: Recent Measures and Areas for Further Reform", OECD Economic Department '
        "Working Papers No.369",
        ["Casey, Bernard", "Howard Oxley", "Edward Whitehouse", "Pablo Antolin", "Romain Duval", "Willi Leibfritz"],
        "Policies for an Ageing Society: Recent Measures and Areas for Further Reform",
        "OECD Economic Department Working Papers",
        "2003",
    ),
    (
        BUNKEN + " (sample)",
        "木下康司[2006]『図説 日本の財政』東洋経済新報社",
        ["木下康司"],
        "図説 日本の財政",
        None,
        "2006",
    ),
]


@pytest.mark.parametrize(("source", "text", "authors", "title", "container", "date"), BRACKETED_YEARS)
def test_bracketed_year_is_the_author_date_year(
    source: str, text: str, authors: list[str], title: str, container: str | None, date: str
) -> None:
    citation = _parse(text)
    assert (citation.authors, citation.title, citation.container, citation.date) == (authors, title, container, date)


@pytest.mark.parametrize("text", ["外務省[2020-04-20]「外交青書」", "王兵[J]. 经济研究, 2005", "Title [1] of a list"])
def test_only_a_year_in_brackets_is_rewritten(text: str) -> None:
    """Access dates, GB/T type codes and list numbers in brackets stay as written (constructed)."""
    assert _bracketed_year_as_parenthesised(text) == text


# (source, text, authors, date)
POINTERS = [
    (
        WP2000.replace("wp-je00/", "wp-je01/wp-je01bun-01-34.html (sample)"),
        "「Congressional Budget Office(2001)」によると、米国経済の潜在成長率は82~95年の3.0%から上昇している。",
        ["Congressional Budget Office"],
        "2001",
    ),
    (
        "https://www5.cao.go.jp/j-j/sekai_chouryuu/sh14-01/footnote/s1_14_fn1_2_1_01.html (sample)",
        "CBO(2014)では、中期的な潜在成長率の低下は世界金融危機の影響が長引いていることなどが要因としている。",
        ["CBO"],
        "2014",
    ),
]


@pytest.mark.parametrize(("source", "text", "authors", "date"), POINTERS)
def test_pointer_in_quotes_or_as_topic(source: str, text: str, authors: list[str], date: str) -> None:
    citation = _parse(text)
    assert (citation.authors, citation.date, citation.title) == (authors, date, None)


def test_a_japanese_date_glossed_with_its_year_is_no_pointer() -> None:
    """`平成26年(2014)では、` is a date with its Western year (constructed)."""
    citation = _parse("平成26年(2014)では、景気が回復した。")
    assert (citation.authors, citation.date, citation.type) == ([], None, "note")


# (source, text, kept)
REMARK_TAILS = [
    (
        WP2000 + "wp-je00bun-242c.html (sample)",
        'Alesina and Perotti, 1996, "Fiscal adjustments in OECD countries: composition and macroeconomic effects," '
        "NBER Working Paper No.5730 また、平成10年度経済白書第3章第1節でも同様の分析を詳細に行っている。",
        'Alesina and Perotti, 1996, "Fiscal adjustments in OECD countries: composition and macroeconomic effects," '
        "NBER Working Paper No.5730",
    ),
    (
        "constructed: a Japanese title in a Western-style entry has no `。` and stays",
        "Tanaka, Taro, 日本経済論, 2001.",
        "Tanaka, Taro, 日本経済論, 2001.",
    ),
    (
        "constructed: Japanese before the tail keeps the whole note",
        "OECD Economic Survey, Japan, 1999.2000年における赤字を見込んで計算している。",
        "OECD Economic Survey, Japan, 1999.2000年における赤字を見込んで計算している。",
    ),
]


@pytest.mark.parametrize(("source", "text", "kept"), REMARK_TAILS)
def test_japanese_remark_after_a_western_reference(source: str, text: str, kept: str) -> None:
    assert first_of_two_scripts(unicodedata.normalize("NFKC", text)) == kept


def test_kotlikoff_note_keeps_its_year_out_of_the_authors() -> None:
    """年次経済報告 平成12年 注15 (wp-je00bun-232c.html, sample): the year before the title is the date."""
    citation = _parse(
        'Kotlikoff and Leibfritz, 1998, "An international comparison of generation accounts", '
        "NBER Working Paper No.6447 ただし、2000年度の日本の年金制度改正は考慮されていない。"
    )
    assert (citation.authors, citation.date, citation.container) == (
        ["Kotlikoff", "Leibfritz"],
        "1998",
        "NBER Working Paper",
    )


# (source, text, authors, container, publisher)
SERIES = [
    (
        BUNKEN + " (sample)",
        "茂呂賢吾[2004]「政府の規模と経済成長−先進国パネル分析に見る負の相関の再検証」、内閣府経済社会総合研究所 ESRI "
        "Discussion Paper No.103",
        ["茂呂賢吾"],
        "ESRI Discussion Paper",
        "内閣府経済社会総合研究所",
    ),
    (
        BUNKEN + " (sample; `P.and` glued)",
        'Devereux, Michael P.and Peter Birch Sørensen. [2005] "The Corporate Income Tax: International Trends and '
        'Options for Fundamental Reform", EPRU Analysis No.24, Economic Policy Research Unit, Department of '
        "Economics, University of Copenhagen.",
        ["Devereux, Michael P.", "Peter Birch Sørensen"],
        "EPRU Analysis",
        "Economic Policy Research Unit, Department of Economics, University of Copenhagen",
    ),
    (
        "constructed after the ESRI entries of " + BUNKEN,
        "田中太郎[2010]「財政と成長」、財務総合政策研究所 PRI Discussion Paper No.10",
        ["田中太郎"],
        "PRI Discussion Paper",
        "財務総合政策研究所",
    ),
]


@pytest.mark.parametrize(("source", "text", "authors", "container", "publisher"), SERIES)
def test_series_and_issuing_body(source: str, text: str, authors: list[str], container: str, publisher: str) -> None:
    citation = _parse(text)
    assert (citation.authors, citation.container, citation.publisher) == (authors, container, publisher)
    assert citation.type == "report"


# (source, text, authors, title, container, publisher, date)
EMBEDDED = [
    (
        WP2000 + "wp-je00bun-214c.html (sample)",
        "こうした高定期支出の規模についての議論は、貝塚啓明(1999)「公共支出と財政赤字」(大蔵省財政金融研究所"
        "「フィナンシャル・レビュー」)等がある。",
        ["貝塚啓明"],
        "公共支出と財政赤字",
        "フィナンシャル・レビュー",
        "大蔵省財政金融研究所",
        "1999",
    ),
    (
        WP2000 + "wp-je00bun-232c.html (sample)",
        "財政のサステナビリティを見るテストとしては、政府の予算制約条件が満たされているかを推計する方法がある"
        '(Hamilton & Flavin (1986), "On the limitation of government borrowing: A framework for empirical testing" '
        "American Economic Review, 76,pp808-16)。先行研究では、1990年までのデータを使って示されている。",
        ["Hamilton", "Flavin"],
        "On the limitation of government borrowing: A framework for empirical testing",
        "American Economic Review",
        None,
        "1986",
    ),
]


@pytest.mark.parametrize(("source", "text", "authors", "title", "container", "publisher", "date"), EMBEDDED)
def test_author_date_reference_inside_an_explanation(
    source: str, text: str, authors: list[str], title: str, container: str, publisher: str | None, date: str
) -> None:
    citation = _parse(text)
    got = (citation.authors, citation.title, citation.container, citation.publisher, citation.date)
    assert got == (authors, title, container, publisher, date)


def test_surname_title_publisher_year_is_a_book() -> None:
    """年次経済報告 平成12年 注6 (wp-je00bun-214c.html, sample)."""
    citation = _parse("Barro, Determinants of Economic Growth, MIT Press, 1997")
    got = (citation.authors, citation.title, citation.container, citation.publisher, citation.type)
    assert got == (["Barro"], "Determinants of Economic Growth", None, "MIT Press", "book")


def test_without_a_publisher_the_rule_does_not_fire() -> None:
    """No publisher after the second element: not read as a book (constructed)."""
    citation = _parse("Smith, Growth Theory, Journal of Economics, 12, 1999")
    assert citation.type != "book"


@pytest.mark.parametrize(
    ("source", "text", "container", "url"),
    [
        (
            "https://www5.cao.go.jp/j-j/sekai_chouryuu/sa08-02/s2-08-fn-2-2-13.html (sample)",
            "ユーロスタットのホームページを参照(http://www.ec.europa.eu/eurostat/)。",
            "ユーロスタットのホームページ",
            "http://www.ec.europa.eu/eurostat/",
        ),
        (
            "constructed after the same note",
            "統計は気象庁ホームページを参照(https://www.jma.go.jp/)。",
            "気象庁ホームページ",
            "https://www.jma.go.jp/",
        ),
    ],
)
def test_site_pointer_with_the_url_in_parentheses(source: str, text: str, container: str, url: str) -> None:
    citation = _parse(text)
    assert (citation.container, citation.url, citation.title, citation.type) == (container, url, None, "web page")
