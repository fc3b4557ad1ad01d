"""Round 18: the classes the r17 gold left open, each on real text from pages OTHER than the gold texts.

- Recurrences, kind ``set`` (TIMEX3 SET): ``毎週月曜日`` (``XXXX-WXX-1``), ``毎年4月`` (``XXXX-04``), ``毎日``
  (``P1D``), ``週2回`` (``P1W``, modifier ``2X``: TIMEX3 freq), ``3年に1度`` (``P3Y``), the n-th weekday of every
  month (``第1・第3月曜``: no value), a standing closing day (``定休日は月曜日``); ``毎日新聞`` is a newspaper.
- Fiscal years: ``年度末`` is March of the fiscal year after it begins (``16年度末`` -> 2017-03), ``年度初め``
  April; a half of a fiscal year or of a calendar year is a range of months (``平成18年度下半期``).
- ``2月頭`` (early February) keeps 頭; after ``2025年末`` the next ``2月`` is February of the following year.
- ``AからBに繰り越した`` / ``…に延期`` are two points, not a range (the から stays with A).
- A title line ``2017年5月の日経平均株価`` gives a text without a publication date its month (``8日``, ``月末``).
- ``今日`` read "nowadays" (``今日では``, ``今日にも続く``, ``今日に至るまで``) is no date.
"""

from __future__ import annotations

import pytest
from dates_helpers import Row
from dates_helpers import rows as _rows

from pipeline.extractors.dates import find_dates

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


@pytest.mark.parametrize(
    ("url", "text", "published", "expected"),
    [
        (
            HIROSHIMA_LIB,
            "休館日\n-\n毎週月曜日\n8月6日または祝日法の休日に当たるときは開館。",
            None,
            ("毎週月曜日", "set", "XXXX-WXX-1"),
        ),
        (YACHIMATA_LIB, "※[休館日(毎週月曜日)]7月21日、28日", "2025-07-11", ("毎週月曜日", "set", "XXXX-WXX-1")),
        (MIURA_LIB, "毎週月曜日毎月末日(館内整理)(月曜日にあたるときはその翌日)", None, ("毎月末日", "set", None)),
        (AICHI_LIBS, "中村図書館 | 第1・第3月曜 | 9:30-19:00 |", None, ("第1・第3月曜", "set", None)),
        (AICHI_LIBS, "江南市立図書館 | 第4木曜 | 9:00-18:30 |", None, ("第4木曜", "set", None)),
        (HIDAKA_GOMI, "可燃ごみの出しかた\n収集は週2回です。", None, ("週2回", "set", "P1W")),
        (
            HIDAKA_GOMI,
            "祝日も収集しますが、年2回施設の定期点検のため収集休止日があります。",
            None,
            ("年2回", "set", "P1Y"),
        ),
        (YAMATOKORIYAMA_GOMI, "燃えないごみ 月1回収集", None, ("月1回", "set", "P1M")),
        (
            LANGRIDGE_FAQ,
            "入会時および毎年4月に、教材費として 10,000円 を頂戴しております。",
            None,
            ("毎年4月", "set", "XXXX-04"),
        ),
        (TS_GUITAR, "月曜日の17時と決まれば毎週同じ曜日と時間にレッスンをします。", None, ("毎週", "set", "P1W")),
        (PPNETWORK_GOHEI, "宮大工の棟梁の五平が、毎日弁当に決まって握り飯に味噌を塗り", None, ("毎日", "set", "P1D")),
        (
            LIVEDOOR_SAPPORO_ART,
            "３年に１度札幌で開かれる、アートの祭典「札幌国際芸術祭」の概要が発表されました。",
            "2025-12-19",
            ("３年に１度", "set", "P3Y"),
        ),
        (
            TAKIGUCHI_BLOG,
            "最近は、毎年10月に行われる地域のお祭りでも披露しているようです。",
            None,
            ("毎年10月", "set", "XXXX-10"),
        ),
        (
            JIGENSHA_AINU,
            "すると毎年9月の第1日曜日に、蘭越生活館から徒歩で20分",
            None,
            ("毎年9月の第1日曜日", "set", None),
        ),
    ],
)
def test_recurrences_are_sets(url: str, text: str, published: str | None, expected: Row) -> None:
    assert expected in _rows(text, published), url


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
    assert all(kind != absent for _, kind, _ in _rows(text, published)), url


def test_newspaper_name_is_no_set() -> None:
    """毎日新聞 (the newspaper) and 毎日放送: no recurrence (hatenablog-parts embed of mainichi.jp, 2023-08-28)."""
    text = "23年上半期の出生数、過去最少の37万1052人 3.6%減 | 毎日新聞"
    assert all(kind != "set" for _, kind, _ in _rows(text, "2023-08-28"))


def test_nth_weekday_of_a_month_stays_a_date() -> None:
    """``11月の第3月曜日`` names one day (reldate.MONTH_NTH); only a month-less 第N曜日 recurs.  The wording is
    that of the to-z.net calendar (``検定試験は毎月最終日曜日``) with a month named: constructed, marked."""
    assert _rows("検定試験は11月の第3月曜日です。", "2024-06-10") == [("11月の第3月曜日", "date", "2024-11-18")]


# --- fiscal years and halves ---------------------------------------------------------------------------------

MBP_SHAROUSHI = "https://mbp-japan.com/hokkaido/iceblend02/column/5131357/"
NIKKEI_201703 = "https://indexes.nikkei.co.jp/atoz/2017/04/mar.html"
KURIKOSHI_GUIDE = "https://vdocuments.mx/-ceoecoecoecc.html"
YACHIMATA_FINANCE = "http://www.city.yachimata.chiba.jp/top/new/jijyo18b.html"
DAILYSUNNY_BIRTHS = "https://dailysunny.com/2023/08/29/23%e5%b9%b4%e4%b8%8a%e5%8d%8a%e6%9c%9f%e3%81%ae%e5%87%ba%e7%94%9f%e6%95%b037%e4%b8%87%e4%ba%ba"
KANAME_BLOG = "https://blog.kaname-fujita.work/entry/2023/04/01/170000"


@pytest.mark.parametrize(
    ("url", "text", "published", "expected"),
    [
        (MBP_SHAROUSHI, "年度末が近づいて来ました。", "2023-03-15", ("年度末", "date", "2023-03")),
        (
            NIKKEI_201703,
            "16年度末の日経平均の終値は15年度末に比べ2150円59銭(12.8%)上昇。",
            "2017-04-01",
            ("16年度末", "date", "2017-03"),
        ),
        (
            NIKKEI_201703,
            "16年度末の日経平均の終値は15年度末に比べ2150円59銭(12.8%)上昇。",
            "2017-04-01",
            ("15年度末", "date", "2016-03"),
        ),
        (
            KANAME_BLOG,
            "会社などの組織にもよるが、4/1を年度初めにすることが多い。",
            "2023-04-01",
            ("年度初め", "date", "2023-04"),
        ),
        (KURIKOSHI_GUIDE, "年度末の公共工事など予算を年度末に無理やり使い切る", None, ("年度末", "date", None)),
        (YACHIMATA_FINANCE, "平成18年度下半期財政事情", None, ("平成18年度下半期", "range", "2006-10/2007-03")),
        (
            DAILYSUNNY_BIRTHS,
            "2023年上半期(1~6月)に生まれた赤ちゃんの数(出生数)は、前年同期比3.6%減の37万1052人だった。",
            "2023-08-29",
            ("2023年上半期", "range", "2023-01/2023-06"),
        ),
    ],
)
def test_fiscal_edges_and_halves(url: str, text: str, published: str | None, expected: Row) -> None:
    assert expected in _rows(text, published), url


def test_early_month_and_year_end_anchor() -> None:
    """``2月頭`` keeps 頭; after ``2025年末`` a February is the next one.  Sentence built on the wording of the
    grapo page (2月頭に開幕) with another league: constructed, marked."""
    rows = _rows("2025年末は、Bリーグが2月頭に再開する関係上、オフが短めです。")
    assert ("2025年末", "date", "2025") in rows
    assert ("2月頭", "date", "2026-02") in rows


# --- two points, not a range -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # constructed, marked: the wording of municipal carry-over notes (繰越明許費: 翌年度に繰り越して使用)
        (
            "事業費は平成12年度から平成13年度に繰り越した。",
            [("平成12年度から", "date", "2000"), ("平成13年度", "date", "2001")],
        ),
        # constructed, marked: a postponement (kougaya-iris.com/1748.html writes 6日(日)に延期)
        (
            "運動会を10月5日から10月6日に延期します。",
            [("10月5日から", "date", "2019-10-05"), ("10月6日", "date", "2019-10-06")],
        ),
    ],
)
def test_moved_from_one_point_to_another(text: str, expected: list[Row]) -> None:
    assert _rows(text, "2019-10-03") == expected


def test_a_span_still_joins() -> None:
    """A plain から … まで is one range (indexes.nikkei.co.jp/atoz/2017/11/oct.html)."""
    text = "2017年10月の日経平均株価\n日経平均は2日から24日まで連騰した。"
    assert ("2日から24日まで", "range", "2017-10-02/2017-10-24") in _rows(text)


# --- the title line's month -----------------------------------------------------------------------------------

NIKKEI_201705 = "https://indexes.nikkei.co.jp/atoz/2017/06/may.html"


def test_title_month_dates_bare_days() -> None:
    text = (
        "2017年5月の日経平均株価\n"
        "5月の日経平均株価は月末終値が1万9650円57銭と前月末に比べ453 円83銭(2.4%)上昇した。\n"
        "中旬までは上昇が目立った。8日の終値は約1年5カ月ぶりの高値をつけた。"
    )
    rows = _rows(text)
    assert ("月末", "date", "2017-05") in rows, NIKKEI_201705
    assert ("8日", "date", "2017-05-08") in rows, NIKKEI_201705


def test_title_line_is_no_anchor_with_a_publication_date() -> None:
    """The publication date wins over a title's month (the title names the subject, the page is dated)."""
    text = "2017年5月の日経平均株価\n中旬までは上昇が目立った。8日の終値は高値をつけた。"
    assert ("8日", "date", "2017-06-08") in _rows(text, "2017-06-20")


# --- 今日 as "nowadays" ---------------------------------------------------------------------------------------

REPORTHOLDER = "https://reportholder.com/2023/10/11/15916"


@pytest.mark.parametrize(
    "text",
    [
        "本論文では、そのような変化がもたらした社会的な影響や問題点について考察し、今日にも続く課題として提示したい。",
        "今日でも発展途上国を中心に、この問題は現代にも残る課題である。",
    ],
)
def test_nowadays_is_no_date(text: str) -> None:
    assert all(surface != "今日" for surface, _, _ in _rows(text, "2023-10-11")), REPORTHOLDER


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tenki.jp-style forecasts: 今日 the day (tenki.jp./forecaster/k_shiraishi/2022/05/27/17600.html: 今日27日)
        ("関東は今日の午後、雨でしょう。", ("今日の午後", "time", "2022-05-27TAF")),
        ("今日まで受付します。", ("今日まで", "date", "2022-05-27")),
    ],
)
def test_today_stays_a_day(text: str, expected: Row) -> None:
    """Constructed, marked: forecast wording; 今日の午後 and 今日まで name the publication day."""
    assert expected in _rows(text, "2022-05-27")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # constructed, marked: the closing-day notices above (休館日(毎週月曜日), 休館日 毎週月曜日) said as a clause
        ("当館の休館日は月曜日です。", ("月曜日", "set", "XXXX-WXX-1")),
        ("定休日:水曜日", ("水曜日", "set", "XXXX-WXX-3")),
        # real: kidiya.hatenablog.com/entry/2024/11/28/080000
        ("毎週月曜日はちゅんちゃんが趣味のテニスに出かける日", ("毎週月曜日", "set", "XXXX-WXX-1")),
    ],
)
def test_standing_closing_day_is_a_set(text: str, expected: Row) -> None:
    assert expected in _rows(text, "2024-11-28")
