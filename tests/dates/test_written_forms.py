"""Dates: how a date is written -- holiday names, dashes and slashes, era initials, weekdays, foreign scripts.

Every row is real text from a page other than the gold texts (URL in the row or below); rows marked
``constructed`` follow the cited page's pattern where no second real example was found.

- A holiday name is a date (``憲法記念日に憲法のことを考える``, kadoyagumi.com
  https://kadoyagumi.com/blog/%e6%86%b2%e6%b3%95%e3%82%bf%e3%82%a6%e3%83%b3%e3%83%9f%e3%83%bc%e3%83%86%e3%82%a3%e3%83%b3%e3%82%b0);
  an ordinal makes it the name of a yearly event, no mention (``今日は第35回憲法記念日集会``, blogmura
  https://politics.blogmura.com/themes/3097/posts/201905?site_preference=mobile); a fixed-date holiday with no year in
  context keeps its month and day (``憲法記念日`` -> ``--05-03``); a holiday name never starts inside a kanji compound
  (富士山の日 holds no 山の日: https://news.livedoor.com/topics/detail/30637242/, https://nao-writer.blog/?p=1225);
  ``年末年始`` (the holiday season) and the weekday a date is said to fall on (``28日が土曜日``) are no mentions.
- ISO dates with the Unicode hyphen U+2010 / U+2011 (repository cover pages, constructed), and a full date whose 日
  a page dropped before に (constructed; the dropped 日 is read only after a year).
- A span never ends in whitespace (Reuters photo credits, https://jp.reuters.com/article/us-global-decade-idJPKBN1YU09C);
  era initials with padded digits as court and database headers print them (``H17. 6.30``).
- A TV headline's ``(19/08/02)`` is a two-digit year, month, day (テレ朝news, http://akklejj.info/?p=97338).
- Month/day with a slash and no weekday: a date when a time word follows it (以降, 時点, a range dash), and then every
  M/D of the same text (one sense per discourse); never a fraction otherwise.
- Russian gazette cites write the year first (Российская газета, 2002, 5 июня).
- English dates on a line with no Japanese character in a Japanese text (an English reference in a Japanese list)
  are no mentions (foreign-language entries are annotated for citations only); the edition year of an English
  report title (SIPRI Yearbook 2023, Hiroshima Report 2018) is a year.
- 本 / 去る before a written day are part of the span (gov-base MOFA https://gov-base.info/2022/03/25/151410 uses
  本日; official texts write 本18日 / 去る the same way); 本年 stays a word.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.dates import find_dates
from tests.dates.helpers import Row, pairs, triples

TOYOTA = "https://www2.toyota.ed.jp/weblog/index.php?id=s_obarachubu&type=4"
NIKKO = "https://nikko.i-ra.jp/e1288036.html"
SPF_STYLE = "https://www.spf.org (English entry of a Japanese reference list)"
NOTE_SIPRI = "https://note.com/nangoku_sci_lg/n/n3af84f25f1fe"
NTT = "※年末年始(1/1〜1/3 、12/31)の配達は電話による配達でのみ対応しています。"  # ntt-east.co.jp D-MAIL 配達日
MEJIRO = (  # fishlights-hracing.cocolog-nifty.com/tabi/2023/10 (blog, 2023-10-31)
    "でも10/1時点ですでに「メジロ」はもうええわ状態なんですけどね。\n10/30,31,11/1と更新して11/2休み、です。"
)
KONKATSU = "私たちは、9/15 に真剣交際に入りました。"  # hisamatsuaya.hatenablog.jp/entry/2015/12/01 (no cue)
FRACTION = "妻は、ひと月の半分から1/3ぐらいは実家に帰っていたので"  # tanakano-aster.com/marriage-1695


# (text, published, every mention in text order as (surface, kind, value), source): nothing missing, nothing spurious.
EXACT = [
    (
        "スウェーデンのストックホルム国際平和研究所 (SIPRI) は2023年6月12日に SIPRI Yearbook 2023 (SIPRI 年鑑 2023 "
        "軍備の増強、軍備縮小と国際安全保障) を公表しました。",
        "2023-06-14",
        [("2023年6月12日", "date", "2023-06-12"), ("2023", "date", "2023")],
        NOTE_SIPRI,
    ),
    (
        "米国の Nuclear Posture Review 2022 は核の役割を述べる。",
        "2023-06-14",
        [("2022", "date", "2022")],
        "constructed",
    ),
    (
        "Korean Studies Review 2000-11 に書評が載った。",
        "2023-06-14",
        [],
        "constructed: an issue number, not an edition year",
    ),
    (
        "東京で会議があった。\nSIPRI. SIPRI Yearbook 2023. Oxford.",
        "2023-06-14",
        [],
        "constructed: English lines are citations only",
    ),
    ("Report 2018 は", "2023-06-14", [], "constructed: no title word before Report"),
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
        "ただこの年末年始は12月28日が土曜日ですので",
        "2024-12-27",
        [("12月28日", "date", "2024-12-28")],
        "constructed on https://www.osaka-c.ed.jp/blog/makino/makinoblog/2024/12/27 (pattern of a gold text)",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected", "source"), EXACT)
def test_mentions_are_exactly(text: str, published: str | None, expected: list[Row], source: str) -> None:
    assert triples(text, published) == expected, source


# (text, published, (surface, kind, value), source): the row is among the mentions of the text.
FOUND = [
    ("今日は第35回憲法記念日集会(群馬県)。", "2019-05-03", ("今日", "date", "2019-05-03"), ""),
    ("「憲法記念日に憲法のことを考える」", "2012-05-13", ("憲法記念日", "date", "2012-05-03"), ""),
    # constructed
    ("発行年 2011\u201010\u201014", None, ("2011\u201010\u201014", "date", "2011-10-14"), ""),
    ("2011\u201110\u201114", None, ("2011\u201110\u201114", "date", "2011-10-14"), ""),  # constructed
    (
        "批准書を昭和三十一年一月二十八に寄託した",
        None,
        ("昭和三十一年一月二十八", "date", "1956-01-28"),
        "",
    ),  # constructed
    # A span never ends in whitespace: the photo credit's year before the agency name.
    (
        "バングラデシュのシャーポリルウイップで2017年9月撮影(2019年 ロイター/Danish Siddiqui)",
        None,
        ("2019年", "date", "2019"),
        "",
    ),  # Reuters
    # Era initial with padded digits, as court and database headers print them.
    # constructed
    ("H17. 6.30 広島地方裁判所", None, ("H17. 6.30", "date", "2005-06-30"), ""),
    ("北朝鮮“飛翔体発射”を受け 岩屋防衛大臣が会見(19/08/02)", "2019-08-02", ("19/08/02", "date", "2019-08-02"), ""),
    (NTT, None, ("1/1〜1/3", "range", "--01-01/--01-03"), ""),
    (NTT, None, ("12/31", "date", "--12-31"), ""),  # bare, kept: the text writes 1/1〜1/3
    (MEJIRO, "2023-10-31", ("10/1", "date", "2023-10-01"), ""),
    (MEJIRO, "2023-10-31", ("11/1", "date", "2023-11-01"), ""),  # bare, kept (11/2休み: a noun follows, not kept)
    (
        "【ご入金が7/1(火)以降の場合】入金確認日の翌出荷日に製品が出荷されます。",
        "2025-06-27",
        ("7/1(火)以降", "date", "2025-07-01"),
        "",
    ),  # recella-salon.info/supportdesk/?p=4818
    # derived from tanakano-aster.com: 同年9月15日 written 同年9/15 (a year word before M/D)
    ("2018年8月22日に婚姻届を提出し、同年9/15に式を挙げました。", None, ("同年9/15", "date", "2018-09-15"), ""),
    (
        "Российская газета, 2002, 5 июня; Парламентская газета, 2002, 5 июня; Собрание законодательства",
        None,
        ("2002, 5 июня", "date", "2002-06-05"),
        "",
    ),  # knigalub.com/book/32180953/2 (notes)
    # skladknig.com, notes to 230-ФЗ
    ("РГ. 1995. 17 января. № 11–12.", None, ("1995. 17 января", "date", "1995-01-17"), ""),
    # skladknig.com
    ("www.pravo.gov.ru. 2012. 4 декабря.", None, ("2012. 4 декабря", "date", "2012-12-04"), ""),
]


@pytest.mark.parametrize(("text", "published", "row", "source"), FOUND)
def test_row_is_found(text: str, published: str | None, row: Row, source: str) -> None:
    assert row in triples(text, published), source


# (text, published, every mention in text order as (surface, value)).
PAIRS_EXACT = [
    ("答えは「富士山の日」！「ふ（2）じ（2）さん（3）」の語呂合わせから「富士山の日」となっています。", None, []),
    ("2月23日は富士山の日です。", None, [("2月23日", "--02-23")]),
    ("天皇誕生日(国民の祝日)", None, [("天皇誕生日", None)]),
]


@pytest.mark.parametrize(("text", "published", "expected"), PAIRS_EXACT)
def test_surfaces_and_values_are_exactly(
    text: str, published: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert pairs(text, published) == expected


# Texts where the new rules must add nothing: page spans, phone numbers, a 月 after 懲役 that is a day.
NOT_DATES = [
    ("Journal of Asian Studies 12, pp. 1955-1983.", None, "1955-1983"),  # constructed (a page range)
    ("Tel 03-1955-1983", None, "1955-1983"),  # constructed (a phone number)
    ("2019年 ロイター", None, "2019年 "),  # the space is never inside
    ("今日は第35回憲法記念日集会(群馬県)。", "2019-05-03", "憲法記念日"),
    # constructed: the dropped 日 is read only after a year
    ("3月28に", None, "3月28"),
]


@pytest.mark.parametrize(("text", "published", "surface"), NOT_DATES)
def test_surface_is_no_mention(text: str, published: str | None, surface: str) -> None:
    assert surface not in [m.surface for m in find_dates(text, published)]


def test_english_entry_of_a_japanese_list_has_no_dates():
    text = (
        "【参考文献】\n"
        "1 平川均(2019)「「一帯一路」構想とアジア経済」『一帯一路の政治経済学』所収、文眞堂。\n"
        "2 World Bank. 2021. Global Economic Prospects, January 2021. Washington, DC: World Bank."
    )
    assert [r[0] for r in triples(text)] == ["2019"], SPF_STYLE


def test_english_text_keeps_english_dates():
    assert triples("Global Economic Prospects, January 2021.") == [("January 2021", "date", "2021-01")], "constructed"


@pytest.mark.parametrize("text", [KONKATSU, FRACTION, "人口は1/2に減った。"])
def test_a_bare_slash_without_a_dated_slash_elsewhere_is_no_date(text):
    assert not [row for row in triples(text) if "/" in row[0]]


def test_hon_before_a_year_word_is_untouched() -> None:
    assert ("本年3月", "date", "2023-03") in triples("本年3月に", "2023-02-18")
