"""Source lines with stamps and credits (pipeline.extractors.citations.source_lines): site stamps, photo credits,
credits with より, a body's named site, republication notes, KAKEN report headings, short author-date notes and
a database's title-and-pages line.

Rows marked `constructed` are written on the pattern of the publisher's convention named beside them (no second
real line of that shape was found within the round); the others are real lines from pages outside the gold.
"""

from __future__ import annotations

import pytest

from tests.citations.helpers import assert_fields, parse

# (note, expected fields, source)
STAMPS = [
    (
        "ⓒ 中央日報/中央日報日本語版2023.05.10 09:15",
        {"type": "news", "container": "中央日報日本語版", "date": "2023-05-10", "title": None, "authors": []},
        "constructed on JoongAng Ilbo's Japanese edition's closing credit (japanese.joins.com article pages)",
    ),
    (
        "Record China 2017年12月11日(月) 17時40分",
        {"type": "news", "container": "Record China", "date": "2017-12-11", "title": None},
        "constructed on Record China's stamp (https://www.excite.co.jp/News/source/Recordchina/?_p=2: "
        "`2017年12月11日` and `(12月11日 17時40分)`)",
    ),
    (
        "12月11日付人民日報(c)新華社",
        {"type": "news", "container": "人民日報", "date": "--12-11", "title": None},
        "constructed on KOREA WAVE's photo credits (`…付労働新聞(c)KOREA WAVE`)",
    ),
]

CREDITS = [
    (
        "(2021年9月30日 人民網日本語版より)",
        {"type": "news", "container": "人民網日本語版", "date": "2021-09-30"},
        "constructed on http://www.chinalaborf.org/jinminmo2109b/ (`「人民網日本語版」2021年09月30日`)",
    ),
    (
        "(2021年9月30日 中国外交部HPより)",
        {"type": "web page", "container": "中国外交部HP", "date": "2021-09-30"},
        "constructed: a ministry's home page (HP) credited with より",
    ),
    (
        "(法務省「e-Gov法令検索」サイト)",
        {"type": "web page", "title": "e-Gov法令検索", "publisher": "法務省", "authors": []},
        "constructed on a body's named site in brackets",
    ),
    (
        "※本記事は、姉妹サイト「BUSINESS LAWYERS」の掲載記事(2024年4月1日公開)を一部変更のうえ転載したものです。",
        {"type": "web page", "container": "BUSINESS LAWYERS", "date": "2024-04-01"},
        "constructed on the republication notes of businesslawyers.jp / UNITIS articles",
    ),
]

RECORDS = [
    (
        "2014 Fiscal Year Annual Research Report “地域社会がつくる公共交通計画”のための計画策定と社会的選択の方法論",
        {
            "type": "report",
            "date": "2014",
            "title": "“地域社会がつくる公共交通計画”のための計画策定と社会的選択の方法論",
        },
        "https://kaken.nii.ac.jp/report/KAKENHI-PROJECT-25249071/252490712014jisseki",
    ),
    (
        "山田(2010)、45頁。",
        {"type": "book", "authors": ["山田"], "date": "2010", "pages": "45", "title": None},
        "constructed on the Japanese author-date short note (`著者(年)、頁。`)",
    ),
    (
        "[出典] 日米関係資料集1945-97,123ー125頁.",
        {"type": "book", "title": "日米関係資料集1945-97", "pages": "123ー125"},
        "constructed on データベース「世界と日本」(worldjpn) source lines; ー as a dash as in "
        "http://kiip.or.jp/publish/bubsyo_nenpyo.html (`1941ー1960年`)",
    ),
    (
        "(記事原文) http://www.xinhuanet.com/politics/2021-07/11/c_1127643712.htm",
        {"type": "web page", "title": None, "url": "http://www.xinhuanet.com/politics/2021-07/11/c_1127643712.htm"},
        "constructed: a translated article's link to its original",
    ),
]

# Notes in a bibliographic style that must keep their readings.
UNCHANGED = [
    (
        "和田春樹『北方領土問題』朝日新聞社、1999年、45頁。",
        {"type": "book", "authors": ["和田春樹"], "title": "北方領土問題"},
        "constructed on the Japanese book style of issue 6",
    ),
    (
        "松橋和夫「アメリカ連邦議会上院における立法手続」『レファレンス』 2004.5, pp.7-36",
        {"type": "journal article", "authors": ["松橋和夫"], "container": "レファレンス"},
        "issue 6 (NDL report note)",
    ),
]


@pytest.mark.parametrize(("note", "expected", "source"), STAMPS + CREDITS + RECORDS + UNCHANGED)
def test_source_line_shape(note: str, expected: dict, source: str) -> None:
    assert_fields(parse(note), expected, source)
