"""Round 17: error classes of the r17 gold (economy, weather, sports, science, local government, schedules).

Every rule is tested on real text from pages OTHER than the r17 gold texts (the URL is given per row):

- Weather: parts of the day after の (``28日の朝にかけて``), ranges of parts of one day (``明け方から昼過ぎに
  かけて``), ``昼前`` (late morning, MO) and ``夜遅く`` (late night, NI), a bounded part opening a clause
  (``夕方にかけて``), and a day word glued to the written day (``明日25日明け方``); a rate ``1時間に40ミリ``.
- Markets: a run of days is a length (``3日続落``, ``2年連続``); a comparison base (``前年末比``) anchors nothing.
- Accounting and sports: ``第3四半期``, ``今季`` / ``今シーズン`` are mentions without a value; ``1-3月期``.
- Deep time: ``3万8千年前``, ``約1万500年前`` are lengths; ``紀元前210年`` is the astronomical year -0209.
- Calendars: ``5月6日(火・祝)`` (a weekday that is a holiday).
"""

from __future__ import annotations

import pytest
from dates_helpers import Row
from dates_helpers import rows as _rows

from pipeline.extractors.timex.duration import deep_count

TENKI_20250924 = "https://dhnva2r6fyara.cloudfront.net/forecaster/gureweather/2025/09/24/35884.html"
TENKI_20220527 = "https://tenki.jp./forecaster/k_shiraishi/2022/05/27/17600.html"
NHK_ARCHIVE = (
    "https://archive.org/download/wiki-summersea2010.wikispaces.com/summersea2010.wikispaces.com.zip:"
    "/tmp/tarfile_extract_wrn74gqn/files/27hageshiiame.html"
)
ASAHI_TENKI_20171006 = "https://dot.asahi.com/tenkijp/tenki/2017100600083.html?page=1"


@pytest.mark.parametrize(
    ("url", "text", "published", "expected"),
    [
        (
            TENKI_20250924,
            "北海道は西部を中心に明け方から昼過ぎにかけて、大雨や暴風となる恐れがあります。",
            "2025-09-24",
            ("明け方から昼過ぎにかけて", "range", "2025-09-24TMO/2025-09-24TAF"),
        ),
        (
            TENKI_20250924,
            "東北は日本海側北部で昼前から夜遅くにかけて警報級の大雨の恐れがあり",
            "2025-09-24",
            ("昼前から夜遅くにかけて", "range", "2025-09-24TMO/2025-09-24TNI"),
        ),
        (
            TENKI_20250924,
            "九州南部には今夜はさらに活発な雨雲がかかりやすく、明日25日明け方にかけて雨量が増える見込みです。",
            "2025-09-24",
            ("明日25日明け方", "time", "2025-09-25TMO"),
        ),
        (TENKI_20220527, "関東は夕方にかけて雨でしょう。", "2022-05-27", ("夕方", "time", "2022-05-27TEV")),
        (
            NHK_ARCHIVE,
            "28日の朝にかけては北陸と東北の日本海側を中心に局地的に雷や突風を伴い",
            "2010-06-27",
            ("28日の朝", "time", "2010-06-28TMO"),
        ),
        (
            ASAHI_TENKI_20171006,
            "【近畿・東海】今夜の帰宅時間帯からあすの明け方にかけてが雨のピークです。",
            "2017-10-06",
            ("今夜", "time", "2017-10-06TNI"),
        ),
    ],
)
def test_weather_parts_of_day(url: str, text: str, published: str, expected: Row) -> None:
    assert expected in _rows(text, published), url


@pytest.mark.parametrize(
    ("url", "text"),
    [
        (NHK_ARCHIVE, "1時間に40ミリ前後の激しい雨が降るおそれがあります。"),
        ("https://news.ntv.co.jp/category/society/934608", "1時間に50ミリ以上の非常に激しい雨が降りました。"),
    ],
)
def test_a_length_before_a_count_of_something_else_is_a_rate(url: str, text: str) -> None:
    assert _rows(text) == [], url


def test_a_length_with_kan_before_a_count_is_no_rate() -> None:
    # 聯合ニュース 2024-08-18 via chosun (heldout17 text): 会談からの1年間に3カ国協力が多大な進展を見せた.
    assert ("1年間", "duration", "P1Y") in _rows("歴史的な会談からの1年間に3カ国協力が多大な進展を見せた")


def test_a_length_changed_by_a_length_is_no_rate() -> None:
    # 日本銀行 2014-10-31 (heldout h3 text; the rate rule must not eat it): 最大10年に3年拡大.
    assert ("最大10年", "duration", "P10Y") in _rows("平均残存期間を7年程度から最大10年に3年拡大")


@pytest.mark.parametrize(
    ("url", "text", "published", "expected"),
    [
        (
            "http://toyokeizai.net/articles/-/152241",
            "大納会にかけての日経平均は3日続落となった。",
            None,
            ("3日", "duration", "P3D"),
        ),
        (
            "https://blog.goo.ne.jp./hyone99/d/20180107",
            "大発会での値上がりは前年(479円79銭高)に続き2年連続。",
            "2018-01-05",
            ("2年", "duration", "P2Y"),
        ),
        (
            "https://news.livedoor.com/topics/detail/30519984/",
            "当社が試算した1-3月期(4Q)の連結経常利益は前年同期比13.2%増の24.9億円に伸びる計算になる。",
            None,
            ("1-3月期", "range", "--01/--03"),
        ),
        (
            "https://news.livedoor.com/topics/detail/30519984/",
            "会社側が発表した第3四半期累計の実績と据え置いた通期計画に基づいて",
            None,
            ("第3四半期", "date", None),
        ),
        (
            "https://note.com:443/bnt_note/n/ndff23b2bf4d5",
            "本記事では、契約が今シーズンで最終年っぽい選手をチェックしてキャッキャしていく。",
            None,
            ("今シーズン", "date", None),
        ),
    ],
)
def test_markets_accounting_and_seasons(url: str, text: str, published: str | None, expected: Row) -> None:
    assert expected in _rows(text, published), url


def test_the_name_of_an_accounting_period_is_no_quarter_mention() -> None:
    # bttb.jp/kabu/EdinetBodys/edinet/S100SSYE (四半期報告書): the period's dates, when given, are the mention.
    assert _rows("当第3四半期連結累計期間において、当社グループにおいて営まれている事業の内容について") == []


def test_a_comparison_base_anchors_no_later_day() -> None:
    # indexes.nikkei.co.jp/atoz/2017/06/may.html: its title (2017年5月の日経平均株価), the sentence with 4月に比べ and
    # the 8日 sentence, joined into one paragraph (constructed: on the page 8日 opens the next paragraph).  8日 is
    # in May, the month the story is in, not in the base of the comparison.
    text = (
        "2017年5月の日経平均株価は月末終値が1万9650円57銭。東証1部の売買代金は1日平均2兆8189億円と4月に比べ"
        "10.7%増加し今年に入って最大だった。8日の終値は約1年5カ月ぶりの高値をつけた。"
    )
    assert ("8日", "date", "2017-05-08") in _rows(text)


@pytest.mark.parametrize(
    ("url", "text", "expected"),
    [
        (
            "https://b.hatena.ne.jp/entry/s/www.asahi.com/articles/ASP8604LMP66UOOB001.html",
            "現生人類が3万8千年前に渡来したことは、遺跡の状況からほぼ明らかになっている。",
            ("3万8千年前", "duration", "P38000Y"),
        ),
        (
            "https://sizen.me/tag/%e7%8b%a9%e7%8c%9f%e6%8e%a1%e9%9b%86%e6%b0%91",
            "約1万500年前に現在のベルギーにあたる地域で暮らしていた中石器時代の女性",
            ("約1万500年前", "duration", "P10500Y"),
        ),
        (
            "https://www.tsuchihara.com/archives/78625",
            "遺跡で発掘された有茎尖頭器が、1万5785年前のものであると判明しました。",
            ("1万5785年前", "duration", "P15785Y"),
        ),
        ("https://ai.gui.tw/archives/25718", "當秦始皇在紀元前210年去世時", ("紀元前210年", "date", "-0209")),
        (
            "https://thetvdb.plex.tv/series/282397-show/episodes/4899745",
            "紀元前200年代、秦の始皇帝は強力な軍事国家を築き",
            ("紀元前200年代", "date", None),
        ),
    ],
)
def test_deep_time(url: str, text: str, expected: Row) -> None:
    assert expected in _rows(text, "2025-06-25"), url


@pytest.mark.parametrize(
    ("written", "years"),
    [("500万", 5_000_000), ("3万8千", 38_000), ("1万5700", 15_700), ("46億", 4_600_000_000), ("5千", 5_000)],
)
def test_deep_count(written: str, years: int) -> None:
    assert deep_count(written) == years


def test_holiday_weekday_closes_the_date() -> None:
    # samidare.jp/0524yuuki (museum notice): 企画展は5月6日(火・祝)まで開催。
    rows = _rows("企画展「ふるさとの節句」は5月6日(火・祝)まで開催。", None)
    assert ("5月6日(火・祝)まで", "date", "--05-06") in rows


def test_day_word_before_a_range_stays_apart() -> None:
    # 外務省 (heldout4 convention): 明日 names only the first day of 7月22日から23日.
    rows = _rows("私は,明日7月22日から23日,「地方を世界へ」プロジェクトの", "2017-07-21")
    assert ("明日", "date", "2017-07-22") in rows
    assert ("7月22日から23日", "range", "2017-07-22/2017-07-23") in rows
