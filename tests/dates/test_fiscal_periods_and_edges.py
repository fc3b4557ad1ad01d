"""Dates: fiscal years, accounting periods, quarters, halves, and the edges of a year or a month.

- Fiscal years run from 1 April to 31 March (財政法第11条): in January-March 来年度 is the fiscal year that begins in
  April of the same year; ``年度末`` is March of the fiscal year after it begins (``16年度末`` -> 2017-03),
  ``年度初め`` April; a half of a fiscal year or of a calendar year is a range of months (``平成18年度下半期``).
- A company's fiscal period named by its closing month: ``2025年3月期`` is April 2024 to March 2025; it may carry a
  quarter (2025年3月期第1四半期) or a two-digit year (25年3月期).
- A yearless January-March under a fiscal-year title (``令和7年度学校行事``) belongs to the next calendar year.
- A quarter of a year: ``2017年第1四半期`` and ``来年第1四半期`` are TIMEX3 ``2017-Q1`` (one mention); a fiscal
  year's quarter stays apart; ``第3四半期``, ``今季`` / ``今シーズン`` are mentions without a value; ``1-3月期``.
- The edge of a year right after it (``2026年年初``, ``令和5年年末``, ``2023年年初来``, ``令和8年年頭``) belongs to
  the year mention, never a second mention of the publication year; 先月初め is one mention (先月 with its 初め, not
  the bare 月初め); ``2月頭`` (early February) keeps 頭; after ``2025年末`` the next ``2月`` is February of the
  following year.
- A comparison base (``前年末比``, ``対前年同期``) anchors nothing.
"""

from __future__ import annotations

import pytest

from tests.dates.helpers import Row, triples
from tests.dates.sources import KANPO

TOUR_JOURNAL = "https://tour-journal.com/%e3%81%9d%e3%81%ae%e4%bb%96/103358.html"
MAX_IR = "https://www.max-ltd.co.jp/about/ir/finance/overview.html"
DAZAIFU = "https://www.dazaifu-e.ed.jp/site/dazaifuhigashi-e/73.html"
LIVEDOOR_NENTOU = "https://news.livedoor.com/topics/detail/30300648/"
KESOYO = "public GitHub page source, find_string id 19121639123 (2026年年初より正規輸入開始決定)"
NIKKEI_2023 = "https://indexes.nikkei.co.jp/atoz/2023/02/202301.html (pattern, constructed)"
SUZUKI = "http://suzukikazuyuki.com/post-blog/ (2024-01-05: 年初来高値を更新するところまで)"
MBP_SHAROUSHI = "https://mbp-japan.com/hokkaido/iceblend02/column/5131357/"
NIKKEI_201703 = "https://indexes.nikkei.co.jp/atoz/2017/04/mar.html"
KURIKOSHI_GUIDE = "https://vdocuments.mx/-ceoecoecoecc.html"
YACHIMATA_FINANCE = "http://www.city.yachimata.chiba.jp/top/new/jijyo18b.html"
DAILYSUNNY_BIRTHS = "https://dailysunny.com/2023/08/29/23%e5%b9%b4%e4%b8%8a%e5%8d%8a%e6%9c%9f%e3%81%ae%e5%87%ba%e7%94%9f%e6%95%b037%e4%b8%87%e4%ba%ba"
KANAME_BLOG = "https://blog.kaname-fujita.work/entry/2023/04/01/170000"
KONICA = "https://konicaminolta.com/jp-ja/investors/ir_library/fr/f37_1q.html"
STOCKSCOPE = "https://stockscope.app/fiscal-reports/7264/2026/1"
MATSUI = "https://finance.matsui.co.jp/news/448823/index"


# (text, published, every mention in text order as (surface, kind, value), source): nothing missing, nothing spurious.
EXACT = [
    (
        "英国からの正式な通告によって、来年第1四半期にEUの基本条約「リスボン条約」の第50条が発動され",
        "2016-10-03",
        [("来年第1四半期", "date", "2017-Q1")],
        TOUR_JOURNAL + " (publication date from the event, 2016-10-02)",
    ),
    (
        "第50条を「2017年第1四半期」までに発動する",
        None,
        [("2017年第1四半期", "date", "2017-Q1")],
        "constructed (" + TOUR_JOURNAL + ")",
    ),
    (
        "2017年度第1四半期の決算",
        None,
        [("2017年度", "date", "2017"), ("第1四半期", "date", None)],
        "constructed (regression: a fiscal quarter)",
    ),
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
    # the page's title and month headings
    (
        "令和7年度学校行事\n4月\n12月\n1月\n3月",
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
    ("2026年年初より正規輸入開始決定", None, [("2026年年初", "date", "2026")], KESOYO),
    ("2023年年初から株価は上昇傾向が続いた。", "2023-12-29", [("2023年年初から", "date", "2023")], NIKKEI_2023),
    # the year's end anchors a later month: 2月 is February of the next year
    (
        "令和5年年末に辞任し、2月に復帰した。",
        None,
        [("令和5年年末", "date", "2023"), ("2月", "date", "2024-02")],
        NIKKEI_2023,
    ),
    ("2023年年初来の上昇率は28%だった。", None, [("2023年年初来", "date", "2023")], NIKKEI_2023),
    # the holidays: no edge
    ("2023年年末年始の営業", None, [("2023年", "date", "2023")], NIKKEI_2023),
    ("もう少しで年初来高値を更新するところまで近づいていた", "2024-01-05", [("年初来", "date", "2024")], SUZUKI),
    # constructed: 先月初め with its modifier, value from the publication date
    ("北朝鮮は先月初めの核実験に引き続き", "2016-02-08", [("先月初め", "date", "2016-01")], ""),
    # https://divineprinciple.hatenablog.com/entry/2017/09/03/154305 (産経ニュース 2017-09-03): 先月末 as before
    ("米韓両軍が先月末まで合同軍事演習を実施した際", "2017-09-03", [("先月末まで", "date", "2017-08")], ""),
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
]


@pytest.mark.parametrize(("text", "published", "expected", "source"), EXACT)
def test_mentions_are_exactly(text: str, published: str | None, expected: list[Row], source: str) -> None:
    assert triples(text, published) == expected, source


# (text, published, (surface, kind, value), source): the row is among the mentions of the text.
FOUND = [
    # Fiscal years: in January-March 来年度 is the fiscal year that begins in April of the same year.
    # 財政法第11条
    ("来年度から5年間の防衛費の総額", "2023-03-15", ("来年度", "date", "2023"), ""),
    # 財政法第11条
    ("今年度の予算", "2023-02-01", ("今年度", "date", "2022"), ""),
    ("今年度の予算", "2023-06-01", ("今年度", "date", "2023"), ""),
    (
        "当社が試算した1-3月期(4Q)の連結経常利益は前年同期比13.2%増の24.9億円に伸びる計算になる。",
        None,
        ("1-3月期", "range", "--01/--03"),
        "https://news.livedoor.com/topics/detail/30519984/",
    ),
    (
        "会社側が発表した第3四半期累計の実績と据え置いた通期計画に基づいて",
        None,
        ("第3四半期", "date", None),
        "https://news.livedoor.com/topics/detail/30519984/",
    ),
    (
        "本記事では、契約が今シーズンで最終年っぽい選手をチェックしてキャッキャしていく。",
        None,
        ("今シーズン", "date", None),
        "https://note.com:443/bnt_note/n/ndff23b2bf4d5",
    ),
    ("年度末が近づいて来ました。", "2023-03-15", ("年度末", "date", "2023-03"), MBP_SHAROUSHI),
    (
        "16年度末の日経平均の終値は15年度末に比べ2150円59銭(12.8%)上昇。",
        "2017-04-01",
        ("16年度末", "date", "2017-03"),
        NIKKEI_201703,
    ),
    (
        "16年度末の日経平均の終値は15年度末に比べ2150円59銭(12.8%)上昇。",
        "2017-04-01",
        ("15年度末", "date", "2016-03"),
        NIKKEI_201703,
    ),
    (
        "会社などの組織にもよるが、4/1を年度初めにすることが多い。",
        "2023-04-01",
        ("年度初め", "date", "2023-04"),
        KANAME_BLOG,
    ),
    ("年度末の公共工事など予算を年度末に無理やり使い切る", None, ("年度末", "date", None), KURIKOSHI_GUIDE),
    ("平成18年度下半期財政事情", None, ("平成18年度下半期", "range", "2006-10/2007-03"), YACHIMATA_FINANCE),
    (
        "2023年上半期(1~6月)に生まれた赤ちゃんの数(出生数)は、前年同期比3.6%減の37万1052人だった。",
        "2023-08-29",
        ("2023年上半期", "range", "2023-01/2023-06"),
        DAILYSUNNY_BIRTHS,
    ),
]


@pytest.mark.parametrize(("text", "published", "row", "source"), FOUND)
def test_row_is_found(text: str, published: str | None, row: Row, source: str) -> None:
    assert row in triples(text, published), source


def test_the_name_of_an_accounting_period_is_no_quarter_mention() -> None:
    # bttb.jp/kabu/EdinetBodys/edinet/S100SSYE (四半期報告書): the period's dates, when given, are the mention.
    assert triples("当第3四半期連結累計期間において、当社グループにおいて営まれている事業の内容について") == []


def test_a_comparison_base_anchors_no_later_day() -> None:
    # indexes.nikkei.co.jp/atoz/2017/06/may.html: its title (2017年5月の日経平均株価), the sentence with 4月に比べ and
    # the 8日 sentence, joined into one paragraph (constructed: on the page 8日 opens the next paragraph).  8日 is
    # in May, the month the story is in, not in the base of the comparison.
    text = (
        "2017年5月の日経平均株価は月末終値が1万9650円57銭。東証1部の売買代金は1日平均2兆8189億円と4月に比べ"
        "10.7%増加し今年に入って最大だった。8日の終値は約1年5カ月ぶりの高値をつけた。"
    )
    assert ("8日", "date", "2017-05-08") in triples(text)


def test_early_month_and_year_end_anchor() -> None:
    """``2月頭`` keeps 頭; after ``2025年末`` a February is the next one.  Sentence built on the wording of the
    grapo page (2月頭に開幕) with another league: constructed, marked."""
    rows = triples("2025年末は、Bリーグが2月頭に再開する関係上、オフが短めです。")
    assert ("2025年末", "date", "2025") in rows
    assert ("2月頭", "date", "2026-02") in rows


def test_comparison_base_after_tai_anchors_nothing() -> None:
    text = "平成10年の消費支出を半期別対前年同期実質増加率でみると、1~6月期は耐久財への支出が増加した。"
    assert triples(text, "1999-04-14") == [
        ("平成10年", "date", "1998"),
        ("前年", "date", "1997"),
        ("1~6月期", "range", "1998-01/1998-06"),
    ], KANPO
