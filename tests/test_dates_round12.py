"""Dates round 12 (errors of the heldout12 blind set): era years in parentheses after a
two-digit Western year, and the から before a length.

- White papers write the Western year with two digits and the era year in parentheses, 同 for the era
  named before (防衛白書 2004, 凡例: "西暦表記は下二桁とし、元号表記は…初出のみ「平成」又は「昭和」と表記し、
  それ以降についてはそれぞれ原則として「同」", http://www.clearing.mod.go.jp/hakusho_data/2004/2004/html/16hanrei.html):
  ``97(同9)年`` is one date, 1997, the century given by the era year.
- A から between a point and an adverbial length (``23日午前11時からおよそ45分間、…会談しました``) stays
  inside the point's row, as in heldout3/5/7/8/9/10 (``7月18日から`` + ``3日間``); only a length qualifying
  a noun (``5月9日から2泊の予約``) leaves it outside both (tests/test_dates_round8.py).
- ``年内`` (within the year) is vague and no mention (heldout3 convention).
"""

from __future__ import annotations

import pytest

from pipeline.extractors.dates import find_dates

Row = tuple[str, str, str | None]

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


# A から before an adverbial length bounds the point and stays in its row.
FROM_BEFORE_LENGTH: list[tuple[str, str | None, str, list[Row]]] = [
    (
        "https://vovworld.vn/ja-JP/%a5%cb%a5%e5%a1%bc%a5%b9/%c6%fc%cb%dc%bc%f3%c1%ea-%a5%c8%a5%e9%a5%f3%a5%d5"
        "%c2%e7%c5%fd%ce%ce%a4%c8%c5%c5%cf%c3%b2%f1%c3%cc-%b3%d5%ce%bd%b8%f2%be%c4%a4%ce%b6%a8%b5%c4%a4%cb%b4%fc"
        "%c2%d4%bc%a8%a4%b9-1393907.vov (NHK via VOV; the story's day taken as published)",
        "2025-05-23",
        "石破総理大臣は23日午前11時からおよそ45分間、トランプ大統領と電話で会談しました。",
        [("23日午前11時から", "time", "2025-05-23T11:00"), ("およそ45分間", "duration", "PT45M")],
    ),
    (
        "https://you1news.com/archives/date/2024/11/page/18 (産経 2024-11-08)",
        "2024-11-08",
        "韓国の東亜日報は、同国国家安保室の発表として、尹氏とトランプ氏との間に「7日午前7時59分から約12分間、"
        "通話が行われた」と報じた。",
        [("7日午前7時59分から", "time", "2024-11-07T07:59"), ("約12分間", "duration", "PT12M")],
    ),
    (
        "https://totalnewsjp.com/2025/04/07/ishiba-321",
        None,
        "2025年4月7日、石破首相はアメリカのトランプ大統領と夜9時から20分間電話会談を行い、",
        [
            ("2025年4月7日", "date", "2025-04-07"),
            ("夜9時から", "time", "2025-04-07T21:00"),
            ("20分間", "duration", "PT20M"),
        ],
    ),
]


@pytest.mark.parametrize(("source", "published", "text", "rows"), FROM_BEFORE_LENGTH)
def test_from_before_a_length_stays_with_the_point(
    source: str, published: str | None, text: str, rows: list[Row]
) -> None:
    found = [(m.surface, m.kind, m.value) for m in find_dates(text, published)]
    assert found == rows, source


# 年内 is vague (heldout3 convention); fsight.jp: 中谷元・防衛庁長官の訪露も年内実現の可能性がある。
def test_nennai_is_no_mention() -> None:
    text = "中谷元・防衛庁長官の訪露も年内実現の可能性がある。"  # http://www.fsight.jp/articles/print/8425
    assert [m.surface for m in find_dates(text)] == []
