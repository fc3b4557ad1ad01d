"""Dates: recurrences, kind ``set`` (TIMEX3 SET), and the words that look like them.

- ``毎週月曜日`` (``XXXX-WXX-1``), ``毎年4月`` (``XXXX-04``), ``毎日`` (``P1D``), ``週2回`` (``P1W``, modifier ``2X``:
  TIMEX3 freq), ``3年に1度`` (``P3Y``), the n-th weekday of every month (``第1・第3月曜``: no value), a standing
  closing day (``定休日は月曜日``); ``毎日新聞`` is a newspaper.
- ``4年毎`` / ``5年ごと`` are recurrences (set ``P4Y``); a bound before a set (``少なくとも``) stays outside.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.dates import find_dates
from tests.dates.helpers import Row, triples

HIROSHIMA_LIB = "https://www.library-city-hiroshima.com/information/guide"
MIURA_LIB = "https://miura-library.jp/TOSHOW/html/time.html"
AICHI_LIBS = "https://dash-dash-dash.jp/?p=38958"
YACHIMATA_LIB = "https://www.library.yachimata.chiba.jp/information/20250711_temporary_reading_seat.html"
HIDAKA_GOMI = "https://www.city.hidaka.lg.jp/life_procedure/6/bunbetu/kanengomi/27865.html"
YAMATOKORIYAMA_GOMI = "https://www.city.yamatokoriyama.lg.jp/soshiki/cleancenter/gomi_recycle/26/1374.html"
LANGRIDGE_FAQ = "https://langridge-english.com/faq"
TS_GUITAR = "https://ts-guitar-school.com/blogs/blogs-3671"
PPNETWORK_GOHEI = "http://ppnetwork.seesaa.net/index-7.html"
LIVEDOOR_SAPPORO_ART = "https://news.livedoor.com/topics/detail/30233475/"
JIGENSHA_AINU = "https://jigensha.info/2016/04/06/ainu-12"
TAKIGUCHI_BLOG = "https://takiguchilumber.hatenablog.com/entry/20100914/1284446585"
KOKUSEI_WIKI = "http://ja.m.wikipedia.org/wiki/%E5%9B%BD%E5%8B%A2%E8%AA%BF%E6%9F%BB_(%E6%97%A5%E6%9C%AC)"


# (text, published, every mention in text order as (surface, kind, value), source): nothing missing, nothing spurious.
EXACT = [
    ("統計法に基づき5年ごとに実施される日本の統計調査", None, [("5年ごと", "set", "P5Y")], KOKUSEI_WIKI),
    (
        "当該実装行為は、少なくとも4年毎の定期的な見直しの仕組みを定め",
        None,
        [("4年毎", "set", "P4Y")],
        "constructed (GDPR Art. 45(3), PPC translation pattern)",
    ),
    ("3か月ごとに報告する", None, [("3か月ごと", "set", "P3M")], "constructed"),
    ("毎年4月", None, [("毎年4月", "set", "XXXX-04")], "constructed (regression)"),
]


@pytest.mark.parametrize(("text", "published", "expected", "source"), EXACT)
def test_mentions_are_exactly(text: str, published: str | None, expected: list[Row], source: str) -> None:
    assert triples(text, published) == expected, source


# (text, published, (surface, kind, value), source): the row is among the mentions of the text.
FOUND = [
    (
        "休館日\n-\n毎週月曜日\n8月6日または祝日法の休日に当たるときは開館。",
        None,
        ("毎週月曜日", "set", "XXXX-WXX-1"),
        HIROSHIMA_LIB,
    ),
    ("※[休館日(毎週月曜日)]7月21日、28日", "2025-07-11", ("毎週月曜日", "set", "XXXX-WXX-1"), YACHIMATA_LIB),
    ("毎週月曜日毎月末日(館内整理)(月曜日にあたるときはその翌日)", None, ("毎月末日", "set", None), MIURA_LIB),
    ("中村図書館 | 第1・第3月曜 | 9:30-19:00 |", None, ("第1・第3月曜", "set", None), AICHI_LIBS),
    ("江南市立図書館 | 第4木曜 | 9:00-18:30 |", None, ("第4木曜", "set", None), AICHI_LIBS),
    ("可燃ごみの出しかた\n収集は週2回です。", None, ("週2回", "set", "P1W"), HIDAKA_GOMI),
    ("祝日も収集しますが、年2回施設の定期点検のため収集休止日があります。", None, ("年2回", "set", "P1Y"), HIDAKA_GOMI),
    ("燃えないごみ 月1回収集", None, ("月1回", "set", "P1M"), YAMATOKORIYAMA_GOMI),
    (
        "入会時および毎年4月に、教材費として 10,000円 を頂戴しております。",
        None,
        ("毎年4月", "set", "XXXX-04"),
        LANGRIDGE_FAQ,
    ),
    ("月曜日の17時と決まれば毎週同じ曜日と時間にレッスンをします。", None, ("毎週", "set", "P1W"), TS_GUITAR),
    ("宮大工の棟梁の五平が、毎日弁当に決まって握り飯に味噌を塗り", None, ("毎日", "set", "P1D"), PPNETWORK_GOHEI),
    (
        "３年に１度札幌で開かれる、アートの祭典「札幌国際芸術祭」の概要が発表されました。",
        "2025-12-19",
        ("３年に１度", "set", "P3Y"),
        LIVEDOOR_SAPPORO_ART,
    ),
    (
        "最近は、毎年10月に行われる地域のお祭りでも披露しているようです。",
        None,
        ("毎年10月", "set", "XXXX-10"),
        TAKIGUCHI_BLOG,
    ),
    ("すると毎年9月の第1日曜日に、蘭越生活館から徒歩で20分", None, ("毎年9月の第1日曜日", "set", None), JIGENSHA_AINU),
    # constructed, marked: the closing-day notices above (休館日(毎週月曜日), 休館日 毎週月曜日) said as a clause
    ("当館の休館日は月曜日です。", "2024-11-28", ("月曜日", "set", "XXXX-WXX-1"), ""),
    ("定休日:水曜日", "2024-11-28", ("水曜日", "set", "XXXX-WXX-3"), ""),
    # real: kidiya.hatenablog.com/entry/2024/11/28/080000
    ("毎週月曜日はちゅんちゃんが趣味のテニスに出かける日", "2024-11-28", ("毎週月曜日", "set", "XXXX-WXX-1"), ""),
]


@pytest.mark.parametrize(("text", "published", "row", "source"), FOUND)
def test_row_is_found(text: str, published: str | None, row: Row, source: str) -> None:
    assert row in triples(text, published), source


@pytest.mark.parametrize(
    ("url", "text", "surface", "freq"),
    [
        (HIDAKA_GOMI, "収集は週2回です。", "週2回", "2X"),
        (TS_GUITAR, "T’sGuitarSchoolは月4回固定制です。", "月4回", "4X"),
        (LIVEDOOR_SAPPORO_ART, "３年に１度札幌で開かれる", "３年に１度", "1X"),
    ],
)
def test_frequency_is_the_modifier(url: str, text: str, surface: str, freq: str) -> None:
    """TIMEX3 ``freq``: how many times in each interval."""
    assert [(m.surface, m.modifier) for m in find_dates(text) if m.kind == "set"] == [(surface, freq)], url


@pytest.mark.parametrize(
    ("url", "text", "published", "absent"),
    [
        # the n-th weekday of a named month is one day, not a set
        (
            "https://www.city.kakogawa.lg.jp/section/ebook/contents/02_kurashi/004_kurashiguide/pageindices/index112.html",
            "粗大ごみは平成29年10月より戸別有料収集を開始しています。",
            None,
            "set",
        ),
        # a count inside one named period: 今年6回目 (dailynk-style), not a recurrence
        ("https://to-z.net/blog/2575", "・日曜日、祝日、月5回目はお休みとなります。", None, "set"),
    ],
)
def test_not_sets(url: str, text: str, published: str | None, absent: str) -> None:
    assert all(kind != absent for _, kind, _ in triples(text, published)), url


def test_newspaper_name_is_no_set() -> None:
    """毎日新聞 (the newspaper) and 毎日放送: no recurrence (hatenablog-parts embed of mainichi.jp, 2023-08-28)."""
    text = "23年上半期の出生数、過去最少の37万1052人 3.6%減 | 毎日新聞"
    assert all(kind != "set" for _, kind, _ in triples(text, "2023-08-28"))


def test_nth_weekday_of_a_month_stays_a_date() -> None:
    """``11月の第3月曜日`` names one day (reldate.MONTH_NTH); only a month-less 第N曜日 recurs.  The wording is
    that of the to-z.net calendar (``検定試験は毎月最終日曜日``) with a month named: constructed, marked."""
    assert triples("検定試験は11月の第3月曜日です。", "2024-06-10") == [("11月の第3月曜日", "date", "2024-11-18")]
