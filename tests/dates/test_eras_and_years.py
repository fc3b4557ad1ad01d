"""Dates: era years, two-digit years, centuries and decades.

- White papers write the Western year with two digits and the era year in parentheses, 同 for the era named before
  (防衛白書 2004, 凡例: "西暦表記は下二桁とし、元号表記は…初出のみ「平成」又は「昭和」と表記し、それ以降については
  それぞれ原則として「同」", http://www.clearing.mod.go.jp/hakusho_data/2004/2004/html/16hanrei.html): ``97(同9)年``
  is one date, 1997, the century given by the era year.
- A pre-Meiji era year with its Western year in parentheses (慶応3(1867)年; lunisolar: the year only, as 文久元年4月 in
  heldout8), constructed after the NDL treaty guide's style (the form 明治19(1886)年 is already covered by
  absdate.JA_ERA); a day after 旧暦 / 陰暦 is a lunisolar date: 旧暦 is in the span and there is no ISO value.
- A bare year listed after an era year in the same sentence is a year of that era (平成八年が…、九年が…).
- An era as a span (``元禄年間`` -> 1688/1704) and a century before the era (``紀元前5世紀``, no value).
- With no publication date, a two-digit year takes the century of the nearest four-digit year of its paragraph
  (``21年度空自のスクランブル…2022年4月18日``, social-care.biz https://social-care.biz/?p=58401).
- A two-digit year glued to an act (``99年発効``, ``93年に発効``), to a games' or a fair's name (``15年W杯``,
  ``20年東京五輪``), before a tournament (``98年フランス大会``) or with a comma after it is a year, not a length.
- A two-digit decade (``90年代半ば``) is a decade in the century of present-day writing.
- ``年内`` (within the year) is vague and no mention (heldout3 convention).
"""

from __future__ import annotations

import pytest

from pipeline.extractors.dates import find_dates
from tests.dates.helpers import Row, pairs, triples
from tests.dates.sources import KANPO, MAINICHI_RANKING

Y_HISTORY = "https://y-history.net/appendix/wh1701-060.html"
NRTHUGU = "http://nrthugu.blogspot.com/2018/11/blog-post_844.html"
JMEDIA_BCE = "https://jmedia.wiki/fifth/5th_century_BC"
SANSPO_98 = "https://www.sanspo.com/soccer/news/20140428/wcp14042805000001-n1.html"
GOO_PATTERN = "https://blog.goo.ne.jp/bosintang/d/20060612 (pattern of a gold text)"
EXPYDOC = "https://expydoc.com/doc/7732715 (総務省統計局 人口推計 平成26年)"
SUIKAWIKI = "https://wiki.suikawiki.org/n/明治改暦"
PIXIV_2019 = "https://dic.pixiv.net/a/2019%E5%B9%B4"


# (text, published, every mention in text order as (surface, kind, value), source): nothing missing, nothing spurious.
EXACT = [
    (
        "1992年に締結され、93年に発効した「ヨーロッパ連合条約」。",
        None,
        [("1992年", "date", "1992"), ("93年", "date", "1993")],
        Y_HISTORY,
    ),
    (
        "アムステルダム条約(99年発効)、ニース条約(2003年発効)",
        None,
        [("99年", "date", "1999"), ("2003年", "date", "2003")],
        "constructed (" + Y_HISTORY + ")",
    ),
    ("発効から28年が経った", None, [("28年", "duration", "P28Y")], "constructed (regression: a length)"),
    (
        "ラグビー元日本代表の湯原祐希さん死去 36歳 2011、15年W杯代表",
        "2020-09-30",
        [("15年", "date", "2015")],
        MAINICHI_RANKING + " (元日本代表 is no 元日)",
    ),
    ("25年大阪・関西万博の会場", "2023-04-01", [("25年", "date", "2025")], "constructed"),
    ("懲役20年の判決", None, [("20年", "duration", "P20Y")], "constructed (regression: a length)"),
    ("90年代半ばには、平和構築構想を打ち出した", None, [("90年代半ば", "date", "199")], "constructed (外交青書 style)"),
    ("00年代に入ると", None, [("00年代", "date", "200")], "constructed"),
    ("1990年代半ばには", None, [("1990年代半ば", "date", "199")], "constructed (regression)"),
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
    ("【W杯ヒストリー】第16回 98年フランス大会", "2014-04-28", [("98年", "date", "1998")], SANSPO_98),
    (
        "私が韓国に来た96年,日本はまだワールドカップに出たことがありませんでした。",
        "2006-06-12",
        [("96年", "date", "1996")],
        "constructed on " + GOO_PATTERN,
    ),
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
    # a length after the era year: not an item of a list
    ("平成3年に就任し、5年が経った。", None, [("平成3年", "date", "1991"), ("5年", "duration", "P5Y")], KANPO),
    # runs of years stay lengths (no era year in the sentence)
    (
        "男女別にみると,男性は10年連続,女性は6年連続の自然減少となっています。",
        None,
        [("10年", "duration", "P10Y"), ("6年", "duration", "P6Y")],
        EXPYDOC,
    ),
]


@pytest.mark.parametrize(("text", "published", "expected", "source"), EXACT)
def test_mentions_are_exactly(text: str, published: str | None, expected: list[Row], source: str) -> None:
    assert triples(text, published) == expected, source


# (text, published, (surface, kind, value), source): the row is among the mentions of the text.
FOUND = [
    ("21年度空自のスクランブル1,004回 対中国機が7割 2022年4月18日", None, ("21年度", "date", "2021"), ""),
]


@pytest.mark.parametrize(("text", "published", "row", "source"), FOUND)
def test_row_is_found(text: str, published: str | None, row: Row, source: str) -> None:
    assert row in triples(text, published), source


# (text, published, every mention in text order as (surface, value)).
PAIRS_EXACT = [
    ("慶応元(1865)年に", None, [("慶応元(1865)年", "1865")]),
    ("安政5(1858)年6月19日に調印された", None, [("安政5(1858)年6月19日", "1858")]),
    ("文久2(1862)年から明治3(1870)年まで", None, [("文久2(1862)年から明治3(1870)年まで", "1862/1870")]),
    # a gloss that is not this era's year is no date of it (the bracketed year alone stays a citation year)
    ("慶応3(1901)年", None, [("1901", "1901")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), PAIRS_EXACT)
def test_surfaces_and_values_are_exactly(
    text: str, published: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert pairs(text, published) == expected


# (source, published, text, rows in text order)
ERA_IN_PARENTHESES: list[tuple[str, str | None, str, list[Row]]] = [
    (
        "http://www.clearing.mod.go.jp/hakusho_data/2009/2009/html/l3322200.html",
        None,
        "防衛省は、97(同9)年のクラスノヤルスクでの日露首脳会談以降、さまざまな分野で日露関係が進展する中、"
        "99(同11)年に作成された日露防衛交流の覚書に沿って各レベルで着実にロシアとの防衛交流を進めている。",
        [("97(同9)年", "date", "1997"), ("99(同11)年", "date", "1999")],
    ),
    (
        "http://www.clearing.mod.go.jp/hakusho_data/2009/2009/html/l3322200.html",
        None,
        "96(同8)年に、旧ソ連時代を含めて初めて臼井防衛庁長官(当時)が訪露して以来、日露間のハイレベルの交流が"
        "進展している。\n06(同18)年の1月には、額賀防衛庁長官(当時)が訪露し",
        [("96(同8)年", "date", "1996"), ("06(同18)年", "date", "2006"), ("1月", "date", "2006-01")],
    ),
    (
        "https://heitansen.okigunnji.com/category1/category33/entry383.html",
        None,
        "特別紹介 防衛省の秘蔵映像(35) 日米同盟の堅持 1998(平成10)年の映像紹介",
        [("1998(平成10)年", "date", "1998")],
    ),
    (
        "https://kotobank.jp/word/%E5%A4%96%E4%BA%A4%E9%9D%92%E6%9B%B8-42351",
        None,
        "昭和32年(1957)の第1号刊行当時、英国議会の外交委員会報告書の表紙が青色であったことにならって",
        [("昭和32年(1957)", "date", "1957")],
    ),
    # Constructed on the 凡例's rule (the first mention names the era): 04(平成16)年12月.
    ("constructed (防衛白書 凡例)", None, "04(平成16)年12月の防衛大綱", [("04(平成16)年12月", "date", "2004-12")]),
    # Constructed negatives: an era year that does not fit the two digits, and no 年 at all.
    ("constructed", None, "98(平成11)年の記述", []),
    ("constructed", None, "価格は98(同10)円であった", []),
]


@pytest.mark.parametrize(("source", "published", "text", "rows"), ERA_IN_PARENTHESES)
def test_era_year_in_parentheses(source: str, published: str | None, text: str, rows: list[Row]) -> None:
    found = [(m.surface, m.kind, m.value) for m in find_dates(text, published)]
    assert found == rows, source


# 年内 is vague (heldout3 convention); fsight.jp: 中谷元・防衛庁長官の訪露も年内実現の可能性がある。
def test_nennai_is_no_mention() -> None:
    text = "中谷元・防衛庁長官の訪露も年内実現の可能性がある。"  # http://www.fsight.jp/articles/print/8425
    assert [m.surface for m in find_dates(text)] == []


def test_lunisolar_day_has_no_value() -> None:
    text = "実は新暦の1月1日は旧暦12月3日にあたっていたので日本において「明治5年12月」は2日間しかありませんでした。"
    found = triples(text)
    assert ("旧暦12月3日", "date", None) in found, SUIKAWIKI
    assert ("明治5年12月", "date", "1872-12") in found, SUIKAWIKI
