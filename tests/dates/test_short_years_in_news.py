"""Dates: two-digit years in news shorthand, terms of sentences, ranges of lengths, 本日 inside a name, apposition.

Round s8-dates3 (after heldout27's blind run); every rule is general and each case below comes from a page outside
the gold texts (URL given) unless marked constructed.

- A bare two-digit ``NN年`` is a year, not a length, when it opens with a zero (``05年の衆院選挙``), when the text
  writes the same year in full (``2023年`` … ``23年には``), when it is listed with such a year (``91年と99年``), or
  when it is attributive after an attributive four-digit year of its sentence (``1955年の結党以来、93年の…``).  A
  length keeps its words (``23年ぶり``, ``41年が経過``, ``震災から10年の節目``).
- With no publication date, a two-digit year after a full year is the one nearest it (1955 … 93年 is 1993).
- A two-digit year naming an agreement (``91年の合意``) is a label: a later ``8月30日`` keeps the story's year.
- The term of a sentence is a length also in kanji (``禁錮十年``); the end of a range of lengths (``6~10年``) is no
  mention of its own (ISO 8601 has no value for two lengths).
- ``本日`` right after a kanji that makes a name with 本 (``熊本日日新聞``) is no day word.
- A day word in apposition with the date after it (``投票の翌日の7月2日``) is that date.
"""

from __future__ import annotations

import pytest

from tests.dates.helpers import Row, triples

GOALHUNTER = "https://goalhunter.hatenadiary.org/entry/20090902/1251878579"
IMIDAS_55 = "https://imidas.jp/genre/detail/C-101-0075.html"
GO2SENKYO = "http://go2senkyo.com/articles/2017/10/03/32078.html"
HIRATAKUWA = "https://blog.goo.ne.jp./hiratakuwa1212/e/60f716c5cb6fc6675f5de670002986e0"
CHIBA_KINKO = "https://chiba-keijibengosi.com/?p=1809"
GSD_41 = "UD Japanese GSD dev (dates_gsd_dev: ランボルギーニ・ミウラは1971年生産の車体で41年が経過)"
CNN_STYLE = "constructed after CNN via livedoor (news shorthand 02年 / 23年 beside 2023年)"

# (text, published, every mention in text order as (surface, kind, value), source)
EXACT: list[tuple[str, str | None, list[Row], str]] = [
    (
        "続いて05年の衆院選挙である。これが郵政民営化の「住民投票」であり、与党内の構想が野党を呑込んだ形になった。",
        "2009-09-02",
        [("05年", "date", "2005")],
        GOALHUNTER,
    ),
    (
        "自由民主党は1955年の結党以来、93年の10カ月の中断を除いて、連立も含めて常に政権に就いていた。",
        None,
        [("1955年", "date", "1955"), ("93年", "date", "1993"), ("10カ月", "duration", "P10M")],
        IMIDAS_55,
    ),
    (
        "プーチン氏には2023年に発行された逮捕状が適用されるが、02年のICC設立の根拠となった規程の締約国ではない。\n"
        "23年には、サミットへの招待を辞退したものの、翌年は中国を訪問した。",
        None,
        [("2023年", "date", "2023"), ("02年", "date", "2002"), ("23年", "date", "2023"), ("翌年", "date", "2024")],
        CNN_STYLE,
    ),
    (
        "政令は1991年の往復書簡による合意の効力を停止する。その際、91年と99年の合意に基づく交流を停止すると発表した。"
        "91年の合意を提案した元大統領は8月30日に死去した。",
        "2022-09-06",
        [
            ("1991年", "date", "1991"),
            ("91年", "date", "1991"),
            ("99年", "date", "1999"),
            ("91年", "date", "1991"),
            ("8月30日", "date", "2022-08-30"),
        ],
        "constructed (a list of two-digit years with the full one; an agreement named by its year)",
    ),
    # Lengths stay lengths.
    (
        "1971年生産の車体で41年が経過した時点でも走行可能",
        None,
        [("1971年", "date", "1971"), ("41年", "duration", "P41Y")],
        GSD_41,
    ),
    (
        "2011年の震災から10年の節目を迎えた。",
        None,
        [("2011年", "date", "2011"), ("10年", "duration", "P10Y")],
        "constructed (から before the count: time elapsed)",
    ),
    (
        "2005年の「郵政解散」以降、その時々の「風」によって民意は激しく揺れ動いてきました。",
        None,
        [("2005年", "date", "2005")],
        GO2SENKYO,
    ),
    # Terms of sentences and ranges of lengths.
    (
        "検察側は禁錮5年を求刑し、弁護側は執行猶予付きの判決を求めていました。",
        None,
        [("5年", "duration", "P5Y")],
        CHIBA_KINKO,
    ),
    ("検察側は禁錮五年を求刑した。", None, [("五年", "duration", "P5Y")], "constructed (" + CHIBA_KINKO + " in kanji)"),
    ("この条項に反すれば、最長で禁固十年の刑法処罰の対象となる。", None, [("十年", "duration", "P10Y")], "constructed"),
    ("領土保全に対する違反行為は6~10年の懲役として処罰できる。", None, [], "constructed (a range of lengths)"),
    # 本日 inside a name.
    (
        "熊本県のローカル新聞に熊本日日新聞がある。\n明日、8月20日の朝刊に、自分が原案の記事が掲載される。",
        "2015-08-19",
        [("明日", "date", "2015-08-20"), ("8月20日", "date", "2015-08-20")],
        HIRATAKUWA,
    ),
    ("本日、熊本日日新聞に掲載された。", "2022-11-22", [("本日", "date", "2022-11-22")], "constructed (本日 opening)"),
    # Apposition: the day word is the date written after it.
    (
        "7月1日のロシアにおける全国投票で改憲草案が承認された。7月3日に大統領が述べた。国民投票の翌日の7月2日、記念碑が建立された。",
        "2020-09-01",
        [
            ("7月1日", "date", "2020-07-01"),
            ("7月3日", "date", "2020-07-03"),
            ("翌日", "date", "2020-07-02"),
            ("7月2日", "date", "2020-07-02"),
        ],
        "constructed (after the pattern of a JFIR commentary: 国民投票の翌日の7月2日)",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected", "source"), EXACT, ids=[row[3][:40] for row in EXACT])
def test_every_mention(text: str, published: str | None, expected: list[Row], source: str) -> None:
    assert triples(text, published) == expected, source
