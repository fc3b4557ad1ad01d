"""Dates: years that number or name something -- law and case numbers, label years, citations, anniversaries.

Rows cite their source: held-out gold texts now used for development (h3 = tests/gold/heldout/texts, h4 =
tests/gold/heldout4/texts), development gold texts (tests/gold/texts, sources in tests/gold/sources_dates.md), or a
public page (URL).

- The year of a law, treaty, imperial-ordinance, ministry-ordinance or case number is no mention; an issuing body may
  stand before the kind (NDL リサーチ・ナビ https://ndlsearch.ndl.go.jp/rnavi/politics/jouyaku_nihon:
  ``(明治40年条約第1号)``,
  ``(明治40年勅令第6号)``; e-Gov
  http://elaws.e-gov.go.jp/search/elawsSearch/elaws_search/lsg0500/detail?lawId=327M50000020006:
  ``(昭和二十七年外務省令第六号)``); a year numbering a 内閣告示 is no date
  (http://d.hatena.ne.jp/keyword/%BE%EF%CD%D1%B4%C1%BB%FA%C9%BD, http://kotoba.ne.jp/word/10/常用漢字一覧); a Western
  year written before the era year of a law number (1898年・明治31年法律第10号) numbers the law; the promulgation day of
  a law number is a date.
- A year in a clause dating an instrument (1993年に締結された…協定) is a label year: it does not date the story
  (共同 via dailysunny.com 2023-11-28; livedoor ニュース (しんぶん赤旗) https://news.livedoor.com/topics/detail/15479578/).
  A two-digit label year takes the century the text spells out (``60年安保改定`` with ``1958年から1960年``: 平和学会
  「100の論点:3. 60年安保改定…」, https://www.psaj.org/100points3/).
- An anniversary count is no length (``戦後80年の総理談話``: livedoor ニュース (TBS) 2025-08-14,
  https://news.livedoor.com/topics/detail/29370340/); a length counted from an event stays a length
  (``終戦から80年を迎えた``: TBS NEWS DIG, https://newsdig.tbs.co.jp/articles/-/2112276).
- The year of a short author-year citation before its pages (竹内均 1970, p. 25.: Wikipedia's {{sfn}} rendering,
  https://kampuspedia.com/ja/%E5%88%A9%E7%94%A8%E8%80%85:Afaz/%E7%95%A5%E8%A8%98%E8%84%9A%E6%B3%A8%E6%B3%95) is a
  year; the year of an in-text citation (中川(2001年)、74ページ) anchors no later 同年; the year of an imprint right
  after the publisher is a year.
- 同 before a number year counts in the era of the previous mention (同64年1月7日).
"""

from __future__ import annotations

import pytest

from pipeline.extractors.dates import find_dates, is_label_year
from tests.dates.helpers import Row, one, pairs, triples
from tests.dates.sources import DAILYSUNNY, DIAMOND_START

LIVEDOOR_INF = (
    "【ワシントン=池田晋】トランプ米大統領は20日、米国と旧ソ連の間で1987年に締結された中距離核戦力(INF)全廃条約"
    "から離脱する意向を表明しました。"
)
PSAJ = (
    "60年安保改定とは、1952年発効の日米安全保障条約から現行の日米安全保障条約への改定過程"
    "(ほぼ1958年から1960年)を指します。"
)
LIVEDOOR_80 = "石破総理はあす、終戦の日に合わせた戦後80年の総理談話の発表を見送る方針です。"
TBS_80 = "終戦の日の8月15日。終戦から80年を迎えた"
# Constructed: a meeting's start time, then how long it lasted.
OVER = "日本時間の午前0時半ごろから1時間半余りにわたって会談しました。"
TKC = (  # h4 tkc_hanrei (TKC ローライブラリー「注目の判例」)
    "最高裁平成11年(行ツ)第8号同年11月10日大法廷判決・民集53巻8号1577頁及び"
    "最高裁平成15年(行ツ)第15号同16年1月14日大法廷判決・民集58巻1号1頁の判示するところ"
)


# (text, published, every mention in text order as (surface, kind, value), source): nothing missing, nothing spurious.
EXACT = [
    (
        "ウェーゲナーは大陸移動説を1912年に発表した。\n脚注\n1. ^ 竹内均 1970, p. 25.",
        None,
        [("1912年", "date", "1912"), ("1970", "date", "1970")],
        "",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected", "source"), EXACT)
def test_mentions_are_exactly(text: str, published: str | None, expected: list[Row], source: str) -> None:
    assert triples(text, published) == expected, source


# (text, published, (surface, kind, value), source): the row is among the mentions of the text.
FOUND = [
    (PSAJ, None, ("60年", "date", "1960"), ""),  # 60年安保: the label year, 1960 as the text spells it
    # (the h7 form)
    ("56年宣言を基礎に対話を進める。1956年の日ソ共同宣言は", None, ("56年", "date", "1956"), ""),
    (OVER, None, ("午前0時半ごろから", "time", "T00:30"), ""),
    (TBS_80, None, ("80年", "duration", "P80Y"), ""),  # 終戦から80年: から makes it a length
]


@pytest.mark.parametrize(("text", "published", "row", "source"), FOUND)
def test_row_is_found(text: str, published: str | None, row: Row, source: str) -> None:
    assert row in triples(text, published), source


# (text, published, every mention in text order as (surface, value)).
PAIRS_EXACT = [
    # a public GitHub plan file (code search id 54867992372)
    ("조선말 사전 (사회과학출판사 1992) — 먹다 → 먹어", None, [("1992", "1992")]),
    # a public GitHub notes file (code search id 54990554848)
    ("大野晋・佐竹昭広・前田金五郎 *岩波古語辞典* (岩波書店 1990) — 平安期語彙", None, [("1990", "1990")]),
    ("山田孝雄 *日本文法学概論* (宝文館 1936) — 古典助動詞活用の標準", None, [("1936", "1936")]),
    # constructed in the NDL list shape (ingest drops the space between CJK and digits)
    ("『조선말 사전』(재판 사회과학출판사1960-64)【EB57-K42】", None, [("1960-64", "1960/1964")]),
    ("『조선말 사전』(사회과학출판사 2009.6-2015.8)全25巻", None, [("2009.6-2015.8", "2009-06/2015-08")]),
    # not after a publisher's name: a count of people, a code
    ("(参加者 1990)", None, []),
    # constructed after aoyagi's style: the Western year and the era year both number the law; 同年 takes it
    ("法例(1898年・明治31年法律第10号)は、同年7月16日から施行された。", None, [("同年7月16日から", "1898-07-16")]),
    ("(1947年・昭和22年法律第67号)", None, []),
    # a year with a full date before the law number stays a date (h11 revision)
    ("平成18年6月21日法律第78号", None, [("平成18年6月21日", "2006-06-21")]),
    (
        "2010年(平成22年)11月30日、「常用漢字表」の内閣告示に伴い、同日付けで「平成22年内閣告示第4号」として"
        "「現代仮名遣い」の一部改正が行われた。",
        None,
        [("2010年(平成22年)11月30日", "2010-11-30"), ("同日", "2010-11-30")],
    ),
    (
        "ハイフンは送り仮名の付け方 (昭和48年内閣告示第2号〔昭和56年内閣告示第3号、平成22年内閣告示第3号 により"
        "一部が改正された。〕)による送り仮名の区切りである。",
        None,
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), PAIRS_EXACT)
def test_surfaces_and_values_are_exactly(
    text: str, published: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert pairs(text, published) == expected


def test_a_date_before_a_law_number_stays_a_date():
    # the promulgation day of a law number is a date (dev dates_laws_jplaws); only a bare year is hidden
    rows = triples("出入国管理及び難民認定法(平成16年6月2日法律第73号による改正前のもの)")
    assert ("平成16年6月2日", "date", "2004-06-02") in rows


def test_in_text_citation_year_anchors_no_same_year() -> None:
    """Wikipedia-style body text: the cited work's year is no anchor for the 同年 that follows."""
    text = "そして翌2000年2月9日に正式に調印された〔中川(2001年)、74ページ〕。同年4月に批准された。"
    assert ("同年4月", "2000-04") in pairs(text)
    assert ("2001年", "2001") in pairs(text)


# 5. A year that dates a named instrument is a label, not the story's time: a later day takes the
# story's year (rbth: 1993年憲法の条文は、1993年5月の…大統領令で設立された憲法会議により作成された).
def test_a_year_naming_an_instrument_does_not_date_the_story():
    # derived from jbpress.ismedia.jp/articles/-/61271: two of its sentences, shortened and joined
    text = (
        "本稿では、2020年6月に実施された投票に言及したいと思います。1993年の新生ロシア連邦憲法は、7月1日に修正された。"
    )
    assert ("7月1日", "date", "2020-07-01") in triples(text)
    assert ("1993年", "date", "1993") in triples(text)  # still a mention (and an anchor of 同年)
    assert ("同年12月", "date", "1993-12") in triples("1993年の新生ロシア連邦憲法は同年12月に制定された。")


LABELS = [
    # text, year surface, is a label
    (DAILYSUNNY, "1993年", True),  # 1993年に締結された…協定
    (LIVEDOOR_INF, "1987年", True),  # 1987年に締結された中距離核戦力(INF)全廃条約
    (DIAMOND_START, "21日", False),
]


@pytest.mark.parametrize(("text", "surface", "label"), LABELS)
def test_a_year_in_a_clause_dating_an_instrument_is_a_label(text, surface, label):
    from pipeline.extractors.dates import run_patterns

    candidate = next(c for c in run_patterns(text) if text[c.start : c.end] == surface)
    assert is_label_year(text, candidate) is label


def test_a_label_year_does_not_date_the_story():
    # The livedoor sentence, then a month with no year: the treaty's 1987 is not the story's year.
    rows = triples(LIVEDOOR_INF + "トランプ氏は10月、条約から脱退する意向を示した。")
    assert ("10月", "date", "--10") in rows


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (LIVEDOOR_80, "80年"),  # 戦後80年の総理談話: an anniversary, no mention
        ("終戦75年の今年、", "75年"),
        ("60年安保の年に生まれた", "60年"),  # no spelled-out year: no value, but never a length P60Y
    ],
)
def test_anniversaries_are_not_lengths(text: str, absent: str) -> None:
    assert all(not (s == absent and k == "duration") for s, k, _ in triples(text))


def test_anniversary_gives_no_mention() -> None:
    assert [s for s, _, _ in triples(LIVEDOOR_80)] == ["あす"]  # the kana day word is a date; 80年 is not


def test_label_year_without_spelled_year_has_no_value() -> None:
    assert ("60年", "date", None) in triples("60年安保の年に生まれた")


DOCUMENT_NUMBERS = [
    # text, surfaces that must not be mentions   # source
    ("「病院船ニ関スル条約」(明治40年条約第1号)から", ["明治40年"]),
    ("「公式令」(明治40年勅令第6号)によって定められました", ["明治40年"]),
    ("外務職員の範囲を定める省令(昭和二十七年外務省令第六号)", ["昭和二十七年"]),
    (TKC, ["平成11年", "平成15年"]),
    ("公職選挙法の一部を改正する法律(平成30年法律第75号)による改正後の", ["平成30年"]),  # h4 tkc_hanrei
    ("判決 (上告審)/令和1年(受)第877号 等", ["令和1年"]),  # h4 tkc_hanrei
    ("電気通信事業法(昭和五十九年法律第八十六号)", ["昭和五十九年"]),  # dev articles_kagaku_heiki
    ("学校教育法 昭和二十二年法律第二十六号", ["昭和二十二年"]),  # dev dates_laws (convention changed)
    # http://civilpro.sx3.jp/kurita/openDB/caseindex/ (判例一覧)
    ("最高裁判所 令和 4年 2月 7日 第2小法廷 判決 ( 令和3年(行ツ)第73号 )", ["令和3年"]),
]


@pytest.mark.parametrize(("text", "words"), DOCUMENT_NUMBERS)
def test_the_year_of_a_case_or_law_number_is_no_mention(text, words):
    surfaces = [m.surface for m in find_dates(text)]
    assert not [s for s in surfaces if any(w in s for w in words)], surfaces


def test_a_full_date_before_a_law_number_stays_a_date():
    # dev dates_laws_jplaws (国際受刑者移送法 附則): the promulgation day is a date
    assert ("2004年6月2日", "date", "2004-06-02") in triples("附 則(2004年6月2日法律第73号) 抄 1条")


def test_case_number_years_anchor_dono_year_and_era_shorthand():
    rows = triples(TKC)
    assert ("同年11月10日", "date", "1999-11-10") in rows
    assert ("同16年1月14日", "date", "2004-01-14") in rows
    assert len(rows) == 2


def test_a_list_case_date_with_padded_digits_is_one_mention():
    text = DOCUMENT_NUMBERS[-1][0]
    assert triples(text) == [("令和 4年 2月 7日", "date", "2022-02-07")]


SAME_ERA = [
    # text, surface, value   # source
    (TKC, "同16年1月14日", "2004-01-14"),
    ("昭和63年に着工し、同64年1月7日に中断した", "同64年1月7日", "1989-01-07"),  # issue 3 boundary day
    ("令和元年5月1日に施行され、同2年4月1日に改正された", "同2年4月1日", "2020-04-01"),  # issue 3
]


@pytest.mark.parametrize(("text", "surface", "value"), SAME_ERA)
def test_dono_number_year_counts_in_the_era_of_the_previous_mention(text, surface, value):
    mention = one(text, surface)
    assert (mention.value, mention.calendar) == (value, "japanese")


def test_era_shorthand_without_an_era_before_keeps_no_invented_year():
    assert triples("同16年1月14日判決") == [("同16年1月14日", "date", "--01-14")]
