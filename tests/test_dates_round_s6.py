"""Session-6 dates round: error classes of a fresh sample of unseen text (``tests/gold/texts/dates_r6_*``),
each fixed by a general rule and tested here on real sentences from OTHER pages (URL cited):

- a company's fiscal period named by its closing month: ``2025年3月期`` is April 2024 to March 2025;
- a day count before a word of shifting (1日早く, 2日遅れる, 1年延期) is a length, not the 1st or 2nd;
- a yearless January-March under a fiscal-year title (``令和7年度学校行事``) belongs to the next calendar year;
- a chronology's year heading may carry its gloss after a space (``元禄2年 1689年``);
- an era as a span (``元禄年間`` -> 1688/1704) and a century before the era (``紀元前5世紀``, no value);
- a two-digit year before a tournament (``98年フランス大会``, ``第16回 98年…``) or with a comma after it;
- ``N年前の今日``: one mention, today's date N years back;
- a fixed-date holiday with no year in context keeps its month and day (``憲法記念日`` -> ``--05-03``);
- no mention: the weekday a date is said to fall on (``28日が土曜日``), ``年末年始`` (the holiday season).

Rows marked ``constructed`` follow the cited page's pattern where no second real example was found.
"""

from __future__ import annotations

import pytest

from tests.dates_helpers import rows

MAX_IR = "https://www.max-ltd.co.jp/about/ir/finance/overview.html"
AWAISORA = "https://books.awaisora.com/2025/08/24/af759f24-c7da-4706-92f4-a89acca21892"
RUNNING = "https://running-journal.com/entry/2021/01/05/183454"
DAZAIFU = "https://www.dazaifu-e.ed.jp/site/dazaifuhigashi-e/73.html"
NRTHUGU = "http://nrthugu.blogspot.com/2018/11/blog-post_844.html"
JMEDIA_BCE = "https://jmedia.wiki/fifth/5th_century_BC"
SANSPO_98 = "https://www.sanspo.com/soccer/news/20140428/wcp14042805000001-n1.html"
GOO_PATTERN = "https://blog.goo.ne.jp/bosintang/d/20060612 (pattern of a gold text)"
VECTOR = "https://vector-cd.hateblo.jp/entry/2019/05/06/213607"
TOYOTA = "https://www2.toyota.ed.jp/weblog/index.php?id=s_obarachubu&type=4"
NIKKO = "https://nikko.i-ra.jp/e1288036.html"
TOKIWA = "https://2024n.tokiwa-home.jp/2010/12/28/"


@pytest.mark.parametrize(
    ("text", "published", "expected", "source"),
    [
        (
            "2025年3月期における世界経済は、緩やかな回復基調を継続しました。",
            None,
            [("2025年3月期", "range", "2024-04/2025-03")],
            MAX_IR,
        ),
        (
            "2026年3月期は、米国の政策動向などにより不透明感を抱えつつも、業績は堅調に推移しています。",
            None,
            [("2026年3月期", "range", "2025-04/2026-03")],
            MAX_IR,
        ),
        ("特に、発売が2日遅れる場合", None, [("2日", "duration", "P2D")], AWAISORA),
        (
            "東京オリンピック・パラリンピックが1年延期になったことにより",
            "2021-01-05",
            [("1年", "duration", "P1Y")],
            RUNNING,
        ),
        (
            "令和7年度学校行事\n4月\n12月\n1月\n3月",  # the page's title and month headings
            None,
            [
                ("令和7年度", "date", "2025"),
                ("4月", "date", "2025-04"),
                ("12月", "date", "2025-12"),
                ("1月", "date", "2026-01"),
                ("3月", "date", "2026-03"),
            ],
            DAZAIFU,
        ),
        (
            "元禄年間の出来事\n元禄16年(1703年)に起きた相模トラフ巨大地震",
            None,
            [("元禄年間", "range", "1688/1704"), ("元禄16年", "date", "1703"), ("1703年", "date", "1703")],
            NRTHUGU,
        ),
        ("日本文化年間行事", None, [], "constructed: 文化 inside a compound is no era"),
        (
            "紀元前5世紀は、紀元前500年の最初の日から始まり",
            None,
            [("紀元前5世紀", "date", None), ("紀元前500年", "date", "-0499")],
            JMEDIA_BCE,
        ),
        (
            "【W杯ヒストリー】第16回 98年フランス大会",
            "2014-04-28",
            [("98年", "date", "1998")],
            SANSPO_98,
        ),
        (
            "私が韓国に来た96年,日本はまだワールドカップに出たことがありませんでした。",
            "2006-06-12",
            [("96年", "date", "1996")],
            "constructed on " + GOO_PATTERN,
        ),
        (
            "ちょうど1年前の今日の記事を見つけたのでさらっと書いてみた。",
            "2019-05-06",
            [("1年前の今日", "date", "2018-05-06")],
            VECTOR,
        ),
        (
            "4日(日) みどりの日\n3日(土) 憲法記念日",
            None,
            [
                ("4日(日)", "date", "---04"),
                ("みどりの日", "date", "--05-04"),
                ("3日(土)", "date", "---03"),
                ("憲法記念日", "date", "--05-03"),
            ],
            TOYOTA,
        ),
        ("皆さまは年末年始に向けての準備は始めていらっしゃいますでしょうか", "2023-12-21", [], NIKKO),
        (
            "12月28日を「御用納め」とし、その年の最後の業務日とした。なお、翌年1月4日を「御用始め」としている。",
            "2010-12-28",
            [("12月28日", "date", "2010-12-28"), ("その年", "date", "2010"), ("翌年1月4日", "date", "2011-01-04")],
            TOKIWA,
        ),
        (
            "ただこの年末年始は12月28日が土曜日ですので",
            "2024-12-27",
            [("12月28日", "date", "2024-12-28")],
            "constructed on https://www.osaka-c.ed.jp/blog/makino/makinoblog/2024/12/27 (pattern of a gold text)",
        ),
    ],
)
def test_round_s6(text: str, published: str | None, expected: list, source: str) -> None:
    assert rows(text, published) == expected, source
