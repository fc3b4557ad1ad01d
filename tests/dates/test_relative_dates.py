"""Dates: relative and anaphoric mentions -- what each counts from.

- 前年度 / 翌年度 count from the fiscal year of the previous mention, as 前年 from its year (FNN 2025,
  https://www.fnn.jp/articles/-/856092); この年 is a year word like その年 / 同年 (この年金, その年収 are nouns of
  money).
- Hiragana day words of broadcast news (きょう, きのう, あす, けさ: TBS NEWS DIG
  https://newsdig.tbs.co.jp/articles/-/899212?display=1, 日テレ news every. https://datazoo.jp/tv/news+every./1844431);
  kana year words (``ことし``, ``ことし5月``; ``ことしか`` is no year); 翌 before a written year is inside the date
  (翌1946年: a public GitHub text file found with the code search, a history quiz).
- ``N年前の今日`` is one mention, today's date N years back; ``今日`` read "nowadays" (``今日では``,
  ``今日にも続く``) is no date; その日 / この日 before a pair of countries (日米安保) is no day.
- A shift awaited by the day a clause describes counts from that day (交渉期限が3日後に迫った27日 is the 30th); without
  a day after it (会期末を3週間後に控え) it counts from the day of writing.
- A month still ahead of the publication date anchors a bare day later in its sentence (11月に…6日); a month alone
  before a non-past verb of an event to come (``11月に実施される``) is the next such month.
- A yearless date with its weekday takes the one year near a full date the text writes; deictic words inside reported
  speech count from the day the words were said.
- 同月 after a bare month in a text without a year: that month as far as the text gives it; 同日 after an attributive
  month mention (先月初めの核実験) still counts from the last day told; 先月 in a text without a publication date
  counts from the last month-and-day mention.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.dates import find_dates
from pipeline.extractors.timex.base import Point
from pipeline.extractors.timex.discourse import in_reported_speech
from pipeline.extractors.timex.resolve import years_on_weekday
from tests.dates.helpers import Row, pairs, triples
from tests.dates.sources import MAINICHI_RANKING

DATAZOO_G7 = (
    "https://datazoo.jp/w/%E7%AC%AC49%E5%9B%9E%E5%85%88%E9%80%B2%E5%9B%BD%E9%A6%96%E8%84%B3%E4%BC%9A%E8%AD%B0/62898649"
)
ASAHI_PATTERN = "https://www.asahi.com/ (press pattern: 投開票を3日後に控えた7日)"
WIKI_TRA = "https://ja.wikipedia.org/wiki/%E5%8F%B0%E6%B9%BE%E9%96%A2%E4%BF%82%E6%B3%95"
VECTOR = "https://vector-cd.hateblo.jp/entry/2019/05/06/213607"
TOKIWA = "https://2024n.tokiwa-home.jp/2010/12/28/"
# https://art-village-toon.jp/news/post-1301/ (posted 2021.05.10; the posting line left out, so the text
# has no date of its own until its last line): 2021-05-19 is a Wednesday, 2020 and 2022 are not.
TOON_BODY = (
    "新型コロナウイルス感染症の拡大防止のため、5月19日(水)まで臨時休館としておりますが、"
    "5月31日(月)まで臨時休館を延長します。"
)
TOON = (
    TOON_BODY
    + "\nなお、今後の県内の感染状況に応じて変更することがあります。"
    + "\n臨時休館期間:2021年4月21日〜2021年5月31日"
)
# http://internal.artstor.org/kipabylev35189.html (a 聯合ニュース report; its headline's 今日 is the 27th, the
# announcement the text dates 27日): the 明日 quoted from the 26th evening is the 27th, not the day after
# publication.  The headline's 「…今日…」 is a title, not reported speech (no と after it).
YONHAP = (
    "ホワイトハウス「トランプ大統領、今日重大発表」・・・韓国時間夜10時 ドナルド・トランプ米国大統領が27日(現地時間)、"
    "「重大発表」をするとホワイトハウスが発表した。 ホーガン・ギドリーホワイトハウス副報道官は26日夜、"
    "「(トランプ)大統領が明日の午前9時(韓国時間午後10時)重大な声明を発表する」と語ったとAFP・ロイターなどが報じた。"
)
# https://sumibar.blogspot.com/2021/10/blog-post_41.html (読売新聞, 2021-10-14).
KISHIDA = (
    "岸田首相は14日午前、同日中に衆院を解散することについて、「大変厳粛な気持ちできょうを迎えている。選挙を通じ、"
    "しっかりと我々が何をしようとしているのか、何を目指しているのかを訴えていきたい」と述べた。"
)
REPORTHOLDER = "https://reportholder.com/2023/10/11/15916"
SANIN = "http://www.sanin-chuo.co.jp/www/contents/1506691654498/index.html (pattern, constructed)"
CHANG388 = "http://chang388.hatenablog.com/entry/2017/05/22/073014"
JOESEIJI = "https://joeseiji.com/category/%E5%85%B1%E5%92%8C%E5%85%9A/page/8"
SPUTNIK = "https://sputniknews.jp/_2016_US_Presidential_election"
NEWS = (  # the news seed in raw/ (two paragraphs)
    "金正恩国務委員長は24年ぶりに訪朝したロシアのプーチン大統領と6月19日、平壌で会談し、条約に署名した。\n"
    "朝鮮中央通信は20日、同条約の全文を報じた。"
)


# (text, published, every mention in text order as (surface, kind, value), source): nothing missing, nothing spurious.
EXACT = [
    (
        "ことし5月、G7広島サミットにゼレンスキー大統領が電撃来日。",
        "2023-12-20",
        [("ことし5月", "date", "2023-05")],
        DATAZOO_G7 + " (publication date constructed)",
    ),
    ("東南アジア諸国連合のことしの議長国で", "2023-12-17", [("ことし", "date", "2023")], "constructed (NHK style)"),
    ("待つことしかできない", "2023-12-17", [], "constructed (regression: こと + しか)"),
    (
        "ウィーンで続く協議は、交渉期限が3日後に迫った27日、外相会談を行った。",
        "2015-06-28",
        [("3日後", "date", "2015-06-30"), ("27日", "date", "2015-06-27")],
        "constructed on " + ASAHI_PATTERN,
    ),
    (
        "参院選の投開票を3日後に控えた7日、首相は街頭演説した。",
        "2025-07-08",
        [("3日後", "date", "2025-07-10"), ("7日", "date", "2025-07-07")],
        "constructed on " + ASAHI_PATTERN,
    ),
    (
        "会期末を3週間後に控え、法案審議が進む。",
        "2024-06-01",
        [("3週間後", "date", "2024-06-22")],
        "constructed (unchanged rule: counted from the day of writing)",
    ),
    (
        "アメリカは1979年、台湾関係法を制定した。この年3月、上下両院で採決後、4月10日に大統領が署名した。",
        "2014-03-18",
        [("1979年", "date", "1979"), ("この年3月", "date", "1979-03"), ("4月10日", "date", "1979-04-10")],
        "constructed on " + WIKI_TRA,
    ),
    (
        "この年齢になると難しい。この年金制度は1961年に始まった。その年収は多い。",
        "2014-03-18",
        [("1961年", "date", "1961")],
        "constructed",
    ),
    (
        "ちょうど1年前の今日の記事を見つけたのでさらっと書いてみた。",
        "2019-05-06",
        [("1年前の今日", "date", "2018-05-06")],
        VECTOR,
    ),
    (
        "12月28日を「御用納め」とし、その年の最後の業務日とした。なお、翌年1月4日を「御用始め」としている。",
        "2010-12-28",
        [("12月28日", "date", "2010-12-28"), ("その年", "date", "2010"), ("翌年1月4日", "date", "2011-01-04")],
        TOKIWA,
    ),
    (
        "国会の会期末を2週間後に控え、与党幹部が会談した。",
        "2018-06-06",
        [("2週間後", "date", "2018-06-20")],
        "constructed (NHK style, cf. " + MAINICHI_RANKING + ")",
    ),
    (
        "投開票が1週間後に迫った。",
        "2026-02-01",
        [("1週間後", "date", "2026-02-08")],
        "constructed (https://news.livedoor.com/topics/detail/30491056/)",
    ),
    ("合意から3年後に発効した。", None, [("3年後", "duration", "P3Y")], "constructed (regression: no anchor)"),
    (
        "米大統領、11月にアジア歴訪 安倍首相と6日会談調整",
        "2017-09-29",
        [("11月", "date", "2017-11"), ("6日", "date", "2017-11-06")],
        SANIN,
    ),
    # the reporting day is in the next sentence: the publication's month
    (
        "政府は、日中韓首脳会談を7月を軸に東京で開催する調整に入った。外務省幹部が21日、明らかにした。",
        "2017-05-22",
        [("7月", "date", "2017-07"), ("21日", "date", "2017-05-21")],
        CHANG388,
    ),
    # a reporting day in the same sentence (28日、発表した) stays the publication's month
    (
        "11月に訪日する大統領について、政府は28日、発表した。",
        "2017-09-29",
        [("11月", "date", "2017-11"), ("28日", "date", "2017-09-28")],
        SANIN,
    ),
    # a month in the past is background, as before
    (
        "昨年5月に就任した首相は19日、会見した。",
        "2017-09-29",
        [("昨年5月", "date", "2016-05"), ("19日", "date", "2017-09-19")],
        SANIN,
    ),
    # read in December 2023: the next November, not the one just gone
    (
        "アメリカ大統領選は11月に実施されるが、それに先立って、各政党は予備選や党員集会を通じて党の指名候補を決める。",
        "2023-12-20",
        [("11月", "date", "2024-11")],
        JOESEIJI,
    ),
    # the same with 開催される (constructed on the joeseiji pattern)
    ("党大会は8月に開催される予定だ。", "2023-12-20", [("8月", "date", "2024-08")], JOESEIJI + " (constructed)"),
    # a past verb keeps the nearest November
    (
        "アメリカ大統領選は11月に実施されたが、結果の確定は遅れた。",
        "2023-12-20",
        [("11月", "date", "2023-11")],
        JOESEIJI,
    ),
    # a day given: the nearest date as before (sputnik wrote this in 2016)
    ("アメリカ大統領選挙は11月8日に行われる。", "2016-10-01", [("11月8日", "date", "2016-11-08")], SPUTNIK),
]


@pytest.mark.parametrize(("text", "published", "expected", "source"), EXACT)
def test_mentions_are_exactly(text: str, published: str | None, expected: list[Row], source: str) -> None:
    assert triples(text, published) == expected, source


# (text, published, (surface, kind, value), source): the row is among the mentions of the text.
FOUND = [
    ("スクランブル」が、2024年度は前年度に比べて35回増加し", None, ("前年度", "date", "2023"), ""),
    # constructed
    ("2019年度に着工し、翌年度に完成した", None, ("翌年度", "date", "2020"), ""),
    # 同月 after a bare month in a text without a year: that month as far as the text gives it.
    # constructed
    ("6月のサミットの際の首脳会談、同月の外務大臣の訪露", None, ("同月", "date", "--06"), ""),
    ("両外相は、本18日、北朝鮮が", "2023-02-18", ("本18日", "date", "2023-02-18"), ""),
    ("去る5月20日に開催された", "2023-06-01", ("去る5月20日", "date", "2023-05-20"), ""),
    # tenki.jp-style forecasts: 今日 the day (tenki.jp./forecaster/k_shiraishi/2022/05/27/17600.html: 今日27日)
    # constructed, marked: forecast wording; 今日の午後 and 今日まで name the publication day
    ("関東は今日の午後、雨でしょう。", "2022-05-27", ("今日の午後", "time", "2022-05-27TAF"), ""),
    ("今日まで受付します。", "2022-05-27", ("今日まで", "date", "2022-05-27"), ""),
]


@pytest.mark.parametrize(("text", "published", "row", "source"), FOUND)
def test_row_is_found(text: str, published: str | None, row: Row, source: str) -> None:
    assert row in triples(text, published), source


# (text, published, every mention in text order as (surface, value)).
PAIRS_EXACT = [
    # constructed: 日米/日中 after a demonstrative (https://ameblo.jp/universalsoft/entry-12929538618.html writes
    # 日米安保は脆い条約であり, 日米関係は危うい同盟関係です)
    ("その日米安保条約は、5条で定める。", "2020-01-01", []),
    ("この日米関係は危うい同盟関係です。", "2020-01-01", []),
    ("その日中に返事が来た。", "2020-01-01", [("その日", "2020-01-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), PAIRS_EXACT)
def test_surfaces_and_values_are_exactly(
    text: str, published: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert pairs(text, published) == expected


# (text, published, (surface, value) pairs that must all be among the mentions).
PAIRS_FOUND = [
    (
        "きのうの夜に続き、けさ、北朝鮮が少なくとも1発の弾道ミサイルを発射しました。",
        "2022-11-18",
        [("きのうの夜", "2022-11-17TNI"), ("けさ", "2022-11-18TMO")],
    ),
    (
        "防衛省によりますと、北朝鮮はきょう午前8時24分ごろ、少なくとも1発の弾道ミサイルを発射しました。",
        "2022-11-18",
        [("きょう午前8時24分ごろ", "2022-11-18T08:24")],
    ),
    (
        "衆議院選挙はあす公示、来月8日に投開票が行われる。",
        "2026-01-26",
        [("あす", "2026-01-27"), ("来月8日", "2026-02-08")],
    ),
    (
        "翌1946年、浜松の焼け跡で拾った陸軍払い下げの無線機用発電エンジンを自転車に取り付け、本田技術研究所を設立します。",
        None,
        [("翌1946年", "1946")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), PAIRS_FOUND)
def test_surfaces_and_values_are_found(
    text: str, published: str | None, expected: list[tuple[str, str | None]]
) -> None:
    found = pairs(text, published)
    for pair in expected:
        assert pair in found, found


WEEKDAY_YEARS = [
    (TOON, [("5月19日(水)まで", "2021-05-19"), ("5月31日(月)まで", "2021-05-31")]),
    (TOON_BODY, [("5月19日(水)まで", "--05-19"), ("5月31日(月)まで", "--05-31")]),  # no full date: no year
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_YEARS)
def test_weekday_picks_the_year_near_a_written_full_date(text: str, expected: list) -> None:
    assert pairs(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("point", "stated", "years"),
    [
        (Point(month=5, day=19, weekday=3), frozenset({2021}), {2021}),
        (Point(month=5, day=19, weekday=3), frozenset(), set()),
        (Point(month=9, day=22, weekday=4), frozenset({2020}), set()),  # no Thursday 22 September in 2019-2021
        (Point(month=9, day=22, weekday=4), frozenset({1978, 2022}), {1977, 2022}),  # two fit: undecided
        (Point(month=5, day=19), frozenset({2021}), set()),  # no weekday
    ],
)
def test_years_on_weekday(point: Point, stated: frozenset[int], years: set[int]) -> None:
    assert years_on_weekday(point, stated) == years


def test_deixis_in_reported_speech_counts_from_the_day_it_was_said() -> None:
    values = dict(pairs(YONHAP, "2019-10-27"))
    assert values["今日"] == "2019-10-27"
    assert values["明日の午前9時"] == "2019-10-27T09:00"


def test_deixis_in_reported_speech_on_the_publication_day_is_unchanged() -> None:
    assert dict(pairs(YONHAP, "2019-10-26"))["明日の午前9時"] == "2019-10-27T09:00"


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        (YONHAP, "明日", True),
        (YONHAP, "今日", False),  # 「…」・・・: a headline, no quotative と
        (KISHIDA, "きょう", True),
        ("「2月23日」。今日は何の日でしょう？答えは「富士山の日」！", "今日", False),  # livedoor 30637242
    ],
)
def test_in_reported_speech(text: str, word: str, inside: bool) -> None:
    start = text.index(word)
    assert in_reported_speech(text, start, start + len(word)) is inside


def test_same_day_after_attributive_month() -> None:
    """constructed (a MOFA-style release without a year): 同日 skips the attributive 先月初めの."""
    text = (
        "1 2月7日午前,北朝鮮は,先月初めの核実験に引き続き弾道ミサイルを発射しました。\n"
        "2 我が国は,同日午前に抗議しました。"
    )
    assert triples(text) == [
        ("2月7日午前", "time", "--02-07TMO"),
        ("先月初め", "date", "--01"),
        ("同日午前", "time", "--02-07TMO"),
    ]


def test_last_month_from_dateline_without_publication() -> None:
    """constructed: 先月 below a yearless dateline counts from its month; a 先月 with nothing before stays empty."""
    assert triples("モスクワ、11月9日— 外相は述べた。\nクレムリンは、先月、会談に向けた努力を停止した。") == [
        ("11月9日", "date", "--11-09"),
        ("先月", "date", "--10"),
    ]
    assert triples("クレムリンは、先月、会談に向けた努力を停止した。") == [("先月", "date", None)]


@pytest.mark.parametrize(
    "text",
    [
        "本論文では、そのような変化がもたらした社会的な影響や問題点について考察し、今日にも続く課題として提示したい。",
        "今日でも発展途上国を中心に、この問題は現代にも残る課題である。",
    ],
)
def test_nowadays_is_no_date(text: str) -> None:
    assert all(surface != "今日" for surface, _, _ in triples(text, "2023-10-11")), REPORTHOLDER


def test_a_bare_day_names_the_mention_its_month_came_from():
    mentions = {m.surface: m for m in find_dates(NEWS, "2024-06-28")}
    assert mentions["20日"].value == "2024-06-20"
    assert mentions["20日"].anchor == mentions["6月19日"].mention_id


def test_a_bare_day_names_the_publication_date_when_the_story_has_moved_on():
    mentions = {m.surface: m for m in find_dates(NEWS, "2024-09-10")}
    assert (mentions["20日"].value, mentions["20日"].anchor) == ("2024-09-20", "published")
