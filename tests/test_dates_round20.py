"""Round 20: the date classes of the blind set heldout20, each on real text from pages OTHER than the gold texts.

- A line that is a year alone (``2021年`` under ``召集前`` in a Diet chronology) gives its year to the yearless
  dates of the lines below it, up to the next such heading, even after an item that tells another year.
- A shift before an awaited event (``会期末を3週間後に控え``) counts from the publication date.
- A two-digit year glued to a games' or a fair's name (``15年W杯``, ``20年東京五輪``) is a year, not a length.
- A school before a bare year count (``高校2、3年``, ``中学3年``) makes it a grade: no mention.
- A two-digit decade (``90年代半ば``) is a decade in the century of present-day writing.
- ``前日`` / ``翌日`` of a day a statute names by an event (``施行の日の前日まで``) is no date mention.

Rows marked ``constructed`` are written on the pattern of the cited page.
"""

from __future__ import annotations

import pytest
from dates_helpers import rows as _rows

DIET_208 = "http://mobile.seisyun.net/wgate/%E7%AC%AC208%E5%9B%9E%E5%9B%BD%E4%BC%9A/p25"
MAINICHI_RANKING = "https://mainichi.jp/articles/20200617/k00/00m/010/185000c (ranking box, crawled 2020-09-30)"
EGOV_STYLE = "e-Gov 法令検索 (附則 wording, e.g. https://elaws.jp/view/415CO0000000439)"
PIXIV_2019 = "https://dic.pixiv.net/a/2019%E5%B9%B4"

DIET_208_TEXT = (
    "今国会の動き\n召集前\n2021年\n"
    "12月24日 - 自由民主党の山田修路参議院議員が石川県知事選挙出馬のため議員辞職。\n"
    "12月28日 - 無所属の宮口治子参議院議員が立憲民主党に入党。\n"
    "会期中\n2022年\n1月17日 - 召集。\n"
    "岸田が政府四演説の場に立ったのは外相として外交演説を行った2017年の第193回国会以来。\n"
    "1月19日\n代表質問1日目"
)


def test_year_heading_dates_the_chronology():
    assert _rows(DIET_208_TEXT) == [
        ("2021年", "date", "2021"),
        ("12月24日", "date", "2021-12-24"),
        ("12月28日", "date", "2021-12-28"),
        ("2022年", "date", "2022"),
        ("1月17日", "date", "2022-01-17"),
        ("2017年", "date", "2017"),
        ("1月19日", "date", "2022-01-19"),
    ], DIET_208


@pytest.mark.parametrize(
    ("text", "published", "expected", "source"),
    [
        ("大会は1964年10月10日に開幕した。\n2020年の記録\n8月9日に閉会した。", None,
         [("1964年10月10日", "date", "1964-10-10"), ("2020年", "date", "2020"), ("8月9日", "date", "1964-08-09")],
         "constructed (regression: a year inside a title line is no heading)"),
        ("2019年\n12月31日 – ゴーンがレバノンへ無断で出国したことが発覚。", None,
         [("2019年", "date", "2019"), ("12月31日", "date", "2019-12-31")],
         "https://ishin.biz/seironsya/2019%E5%B9%B4%E5%9B%BD%E5%86%85%E3%81%AE%E5%87%BA%E6%9D%A5%E4%BA%8B"),
    ],
)  # fmt: skip
def test_year_heading_edges(text, published, expected, source):
    assert _rows(text, published) == expected, source


@pytest.mark.parametrize(
    ("text", "published", "expected", "source"),
    [
        ("国会の会期末を2週間後に控え、与党幹部が会談した。", "2018-06-06",
         [("2週間後", "date", "2018-06-20")], "constructed (NHK style, cf. " + MAINICHI_RANKING + ")"),
        ("投開票が1週間後に迫った。", "2026-02-01", [("1週間後", "date", "2026-02-08")],
         "constructed (https://news.livedoor.com/topics/detail/30491056/)"),
        ("合意から3年後に発効した。", None, [("3年後", "duration", "P3Y")], "constructed (regression: no anchor)"),
    ],
)  # fmt: skip
def test_shift_before_an_awaited_event(text, published, expected, source):
    assert _rows(text, published) == expected, source


@pytest.mark.parametrize(
    ("text", "published", "expected", "source"),
    [
        ("ラグビー元日本代表の湯原祐希さん死去 36歳 2011、15年W杯代表", "2020-09-30",
         [("15年", "date", "2015")], MAINICHI_RANKING + " (元日本代表 is no 元日)"),
        ("25年大阪・関西万博の会場", "2023-04-01", [("25年", "date", "2025")], "constructed"),
        ("懲役20年の判決", None, [("20年", "duration", "P20Y")], "constructed (regression: a length)"),
    ],
)  # fmt: skip
def test_two_digit_year_of_games(text, published, expected, source):
    assert _rows(text, published) == expected, source


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("主に高校2、3年用の教科書", [], "constructed (時事 style)"),
        ("中学3年の生徒を対象に", [], "constructed"),
        ("高校3年間で学ぶ", [("3年間", "duration", "P3Y")], "constructed (regression: a length)"),
    ],
)
def test_school_grade_is_no_length(text, expected, source):
    assert _rows(text, "2017-03-24") == expected, source


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("90年代半ばには、平和構築構想を打ち出した", [("90年代半ば", "date", "199")], "constructed (外交青書 style)"),
        ("00年代に入ると", [("00年代", "date", "200")], "constructed"),
        ("1990年代半ばには", [("1990年代半ば", "date", "199")], "constructed (regression)"),
    ],
)
def test_two_digit_decade(text, expected, source):
    assert _rows(text) == expected, source


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("この法律の施行の日の前日までにその期日を公示された選挙については、なお従前の例による。", [],
         "constructed (" + EGOV_STYLE + ")"),
        ("掲示を始めた日の翌日から起算する。", [], "constructed (行政手続法第31条 wording)"),
        ("6月19日に会談し、19日の翌日に帰国した。", None, "regression: a date's 翌日 stays a date"),
    ],
)  # fmt: skip
def test_event_day_shift_is_no_date(text, expected, source):
    rows = _rows(text, "2024-06-28")
    if expected is None:
        assert ("翌日", "date", "2024-06-20") in rows, source
    else:
        assert rows == expected, source
