"""Dates: ranges, and the points that only look like one.

- The classical range 自A至B of accounts and official titles (有価証券報告書 表紙,
  https://financialreports.eu/filings/striders-corporation/registration-form/2023/7559066; 四半期報告書,
  https://jsd1.kenkyoinvesting.com/company_filing/download/36286;
  https://irbank.net/E00721/notes/NotesSecuritiesConsolidatedFinancialStatementsTextBlock?f=S100TW1Z.).
- U+2212 MINUS SIGN as the dash of a range; a span of years without 年 in a book title or list (奈良県立図書情報館
  book list, http://www.library.pref.nara.jp/event/booklist/magazine.html); a bare year span may follow a colon
  (史纲:1917-1991, https://zikele-4721.xlog.app/zhong-su-guan-xi-de-fu-za-yan-bian-ji-qi-dui-dang-dai-guo-ji-guan-xi-de-qi-shi?locale=ja).
- ``4月上旬から中旬にかけて``: a range inside one period, one mention without a value (ISO 8601 has none for parts of
  a month or year).
- ``AからBに繰り越した`` / ``…に延期`` are two points, not a range (the から stays with A).
- 以来 (since) names a point before its anchor.
- A holiday weekday closes a date (``5月6日(火・祝)``).
"""

from __future__ import annotations

import pytest

from tests.dates.helpers import Row, pairs, triples

HAPPYEVERYDAY = "https://happyeveryday.net/post-512-512"


# (text, published, every mention in text order as (surface, kind, value), source): nothing missing, nothing spurious.
EXACT = [
    # constructed: a trip report's period with U+2212 between two dates closed by their weekdays
    (
        "期間:2003年11月18日(火)−12月2日(火)",
        None,
        [("2003年11月18日(火)−12月2日(火)", "range", "2003-11-18/2003-12-02")],
        "",
    ),
    # http://hanga-museum.jp/rental/schedule (the same span with a wave dash, unchanged)
    ("11月5日(水) ~11月9日(日)", None, [("11月5日(水) ~11月9日(日)", "range", "--11-05/--11-09")], ""),
    # constructed, marked: the wording of municipal carry-over notes (繰越明許費: 翌年度に繰り越して使用)
    (
        "事業費は平成12年度から平成13年度に繰り越した。",
        "2019-10-03",
        [("平成12年度から", "date", "2000"), ("平成13年度", "date", "2001")],
        "",
    ),
    # constructed, marked: a postponement (kougaya-iris.com/1748.html writes 6日(日)に延期)
    (
        "運動会を10月5日から10月6日に延期します。",
        "2019-10-03",
        [("10月5日から", "date", "2019-10-05"), ("10月6日", "date", "2019-10-06")],
        "",
    ),
    (
        "東北は6月上旬から中旬にかけて見頃を迎えます。",
        None,
        [("6月上旬から中旬にかけて", "range", None)],
        "constructed (" + HAPPYEVERYDAY + ")",
    ),
    ("2015年前半から半ば頃にかけて", None, [("2015年前半から半ば頃にかけて", "range", None)], "constructed"),
    (
        "6月上旬から7月上旬にかけて見頃を迎えます。",
        None,
        [("6月上旬", "date", "--06"), ("7月上旬", "date", "--07")],
        HAPPYEVERYDAY + " (regression: two months stay two points)",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected", "source"), EXACT)
def test_mentions_are_exactly(text: str, published: str | None, expected: list[Row], source: str) -> None:
    assert triples(text, published) == expected, source


# (text, published, (surface, kind, value), source): the row is among the mentions of the text.
FOUND = [
    # A span of years without 年 in a book title or list.
    (
        "051.6-フンケ | 「諸君!」の30年 : 1969-1999 | 文藝春秋編 | 文藝春秋 | 1999.12 |",
        None,
        ("1969-1999", "range", "1969/1999"),
        "",
    ),
    # zxdas.hatenablog.com (産経)
    ("日中外相会談は昨年8月以来。", "2017-02-18", ("昨年8月以来", "date", "2016-08"), ""),
    # derived from the same sentence without 昨年: the nearest 8月 to 2017-02-18 would be 2017-08
    ("日中外相会談は8月以来。", "2017-02-18", ("8月以来", "date", "2016-08"), ""),
]


@pytest.mark.parametrize(("text", "published", "row", "source"), FOUND)
def test_row_is_found(text: str, published: str | None, row: Row, source: str) -> None:
    assert row in triples(text, published), source


# (text, published, every mention in text order as (surface, value)).
PAIRS_EXACT = [
    (
        "【事業年度】 第59期(自 2022年4月1日 至 2023年3月31日)",
        None,
        [("自 2022年4月1日 至 2023年3月31日", "2022-04-01/2023-03-31")],
    ),
    (
        "前第1四半期連結累計期間(自 2023年1月1日 至 2023年3月31日)",
        None,
        [("自 2023年1月1日 至 2023年3月31日", "2023-01-01/2023-03-31")],
    ),
    (
        "当連結会計年度(自 2023年4月1日 至 2024年3月31日)",
        None,
        [("自 2023年4月1日 至 2024年3月31日", "2023-04-01/2024-03-31")],
    ),
    # constructed: a title of the old statute books, pre-Meiji months lunisolar (the year only)
    ("『法令全書 自慶応元年十月至慶応二年三月』", None, [("自慶応元年十月至慶応二年三月", "1865/1866")]),
    # constructed: 至 without 自 joins nothing
    ("2022年4月1日至2023年3月31日", None, [("2022年4月1日", "2022-04-01"), ("2023年3月31日", "2023-03-31")]),
    ("《中苏关系史纲:1917-1991 年中苏关系若干问题再探讨》は沈志華教授の力作であり", None, [("1917-1991", "1917/1991")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), PAIRS_EXACT)
def test_surfaces_and_values_are_exactly(
    text: str, published: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert pairs(text, published) == expected


def test_holiday_weekday_closes_the_date() -> None:
    # samidare.jp/0524yuuki (museum notice): 企画展は5月6日(火・祝)まで開催。
    rows = triples("企画展「ふるさとの節句」は5月6日(火・祝)まで開催。", None)
    assert ("5月6日(火・祝)まで", "date", "--05-06") in rows


def test_day_word_before_a_range_stays_apart() -> None:
    # 外務省 (heldout4 convention): 明日 names only the first day of 7月22日から23日.
    rows = triples("私は,明日7月22日から23日,「地方を世界へ」プロジェクトの", "2017-07-21")
    assert ("明日", "date", "2017-07-22") in rows
    assert ("7月22日から23日", "range", "2017-07-22/2017-07-23") in rows


def test_a_span_still_joins() -> None:
    """A plain から … まで is one range (indexes.nikkei.co.jp/atoz/2017/11/oct.html)."""
    text = "2017年10月の日経平均株価\n日経平均は2日から24日まで連騰した。"
    assert ("2日から24日まで", "range", "2017-10-02/2017-10-24") in triples(text)
