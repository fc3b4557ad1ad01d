"""Session-6 dates round 2: error classes of a fresh sample of news commentary and report-like texts
(``tests/gold/texts/dates_r7_*``) and the leftovers of round 1, each fixed by a general rule and tested here
on real sentences from OTHER pages (URL cited):

- a bare year listed after an era year in the same sentence is a year of that era (平成八年が…、九年が…);
- the opening of a year after it (``令和8年年頭``, ``23年年頭``) belongs to the year mention;
- a day after 旧暦 / 陰暦 is a lunisolar date: 旧暦 is in the span and there is no ISO value;
- a month still ahead of the publication date anchors a bare day later in its sentence (11月に…6日);
- a base period after 対 (対前年同期) anchors nothing;
- a company's closing-month period may carry a quarter (2025年3月期第1四半期) or a two-digit year (25年3月期).

Rows marked ``constructed`` follow the cited page's pattern where no second real example was found.
"""

from __future__ import annotations

import pytest

from tests.dates_helpers import rows

KANPO = "http://www.kantei.go.jp/jp/kanpo-shiryo/990414/siry0414.htm (pattern, constructed)"
EXPYDOC = "https://expydoc.com/doc/7732715 (総務省統計局 人口推計 平成26年)"
LIVEDOOR_NENTOU = "https://news.livedoor.com/topics/detail/30300648/"
SUIKAWIKI = "https://wiki.suikawiki.org/n/明治改暦"
SANIN = "http://www.sanin-chuo.co.jp/www/contents/1506691654498/index.html (pattern, constructed)"
CHANG388 = "http://chang388.hatenablog.com/entry/2017/05/22/073014"
KONICA = "https://konicaminolta.com/jp-ja/investors/ir_library/fr/f37_1q.html"
STOCKSCOPE = "https://stockscope.app/fiscal-reports/7264/2026/1"
MATSUI = "https://finance.matsui.co.jp/news/448823/index"


@pytest.mark.parametrize(
    ("text", "published", "expected", "source"),
    [
        (
            "消費支出は、平成8年が実質2.4%、9年が実質2.5%、10年が実質0.9%と3年連続の減少となった。",
            "1999-04-14",
            [
                ("平成8年", "date", "1996"),
                ("9年", "date", "1997"),
                ("10年", "date", "1998"),
                ("3年", "duration", "P3Y"),
            ],
            KANPO,
        ),
        (
            "件数は、令和元年が120件、二年が98件、三年が87件となったが、三年の減少幅は縮小した。",
            None,
            [
                ("令和元年", "date", "2019"),
                ("二年", "date", "2020"),
                ("三年", "date", "2021"),
                ("三年", "date", "2021"),
            ],
            KANPO,
        ),
        (  # a length after the era year: not an item of a list
            "平成3年に就任し、5年が経った。",
            None,
            [("平成3年", "date", "1991"), ("5年", "duration", "P5Y")],
            KANPO,
        ),
        (  # runs of years stay lengths (no era year in the sentence)
            "男女別にみると,男性は10年連続,女性は6年連続の自然減少となっています。",
            None,
            [("10年", "duration", "P10Y"), ("6年", "duration", "P6Y")],
            EXPYDOC,
        ),
    ],
)
def test_era_list_years(text: str, published: str | None, expected: list, source: str) -> None:
    assert rows(text, published) == expected, source


@pytest.mark.parametrize(
    ("text", "published", "expected", "source"),
    [
        (
            "【令和8年年頭所感】あけましておめでとうございます。",
            "2025-12-28",
            [("令和8年年頭", "date", "2026")],
            LIVEDOOR_NENTOU,
        ),
        (
            "これらは23年年頭に岸田首相が語ってから明らかにされた。",
            "2024-01-23",
            [("23年年頭", "date", "2023")],
            "https://agora-web.jp/archives/240123002321.html (pattern of a gold text, constructed)",
        ),
        ("日経平均は年初来高値を更新した。", "2024-01-23", [("年初来", "date", "2024")], "not 年初来 after a year"),
    ],
)
def test_year_opening(text: str, published: str | None, expected: list, source: str) -> None:
    assert rows(text, published) == expected, source


def test_lunisolar_day_has_no_value() -> None:
    text = "実は新暦の1月1日は旧暦12月3日にあたっていたので日本において「明治5年12月」は2日間しかありませんでした。"
    found = rows(text)
    assert ("旧暦12月3日", "date", None) in found, SUIKAWIKI
    assert ("明治5年12月", "date", "1872-12") in found, SUIKAWIKI


@pytest.mark.parametrize(
    ("text", "published", "expected", "source"),
    [
        (
            "米大統領、11月にアジア歴訪 安倍首相と6日会談調整",
            "2017-09-29",
            [("11月", "date", "2017-11"), ("6日", "date", "2017-11-06")],
            SANIN,
        ),
        (  # the reporting day is in the next sentence: the publication's month
            "政府は、日中韓首脳会談を7月を軸に東京で開催する調整に入った。外務省幹部が21日、明らかにした。",
            "2017-05-22",
            [("7月", "date", "2017-07"), ("21日", "date", "2017-05-21")],
            CHANG388,
        ),
        (  # a reporting day in the same sentence (28日、発表した) stays the publication's month
            "11月に訪日する大統領について、政府は28日、発表した。",
            "2017-09-29",
            [("11月", "date", "2017-11"), ("28日", "date", "2017-09-28")],
            SANIN,
        ),
        (  # a month in the past is background, as before
            "昨年5月に就任した首相は19日、会見した。",
            "2017-09-29",
            [("昨年5月", "date", "2016-05"), ("19日", "date", "2017-09-19")],
            SANIN,
        ),
    ],
)
def test_month_ahead_anchors_a_bare_day(text: str, published: str | None, expected: list, source: str) -> None:
    assert rows(text, published) == expected, source


def test_comparison_base_after_tai_anchors_nothing() -> None:
    text = "平成10年の消費支出を半期別対前年同期実質増加率でみると、1~6月期は耐久財への支出が増加した。"
    assert rows(text, "1999-04-14") == [
        ("平成10年", "date", "1998"),
        ("前年", "date", "1997"),
        ("1~6月期", "range", "1998-01/1998-06"),
    ], KANPO


@pytest.mark.parametrize(
    ("text", "published", "expected", "source"),
    [
        (
            "1.2025年3月期第1四半期の連結業績(2024年4月1日~2024年6月30日)",
            None,
            [
                ("2025年3月期第1四半期", "range", "2024-04/2024-06"),
                ("2024年4月1日~2024年6月30日", "range", "2024-04-01/2024-06-30"),
            ],
            KONICA,
        ),
        (
            "2026年3月期第1四半期の連結決算では、売上高が前年同期比3.4%増となりました。",
            None,
            [("2026年3月期第1四半期", "range", "2025-04/2025-06"), ("前年", "date", "2024")],
            STOCKSCOPE,
        ),
        (
            "25年3月期の連結経常利益を上方修正した。2025年3月期第4四半期においては影響は限定的であり",
            None,
            [("25年3月期", "range", "2024-04/2025-03"), ("2025年3月期第4四半期", "range", "2025-01/2025-03")],
            MATSUI,
        ),
    ],
)
def test_closing_month_period_quarters_and_short_years(
    text: str, published: str | None, expected: list, source: str
) -> None:
    assert rows(text, published) == expected, source
