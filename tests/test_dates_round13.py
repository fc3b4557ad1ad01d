"""Round 13 (error classes of held-out set 13), each on real text from sources other than the gold.

Classes: the 約 ending a noun (条約1951年) is no approximation; a year numbering a 内閣告示 is no
date; a holiday name never starts inside a kanji compound (富士山の日 holds no 山の日); a bare year span
may follow a colon (史纲:1917-1991); a yearless date with its weekday takes the one year near a full
date the text writes; deictic words inside reported speech count from the day the words were said.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.dates import find_dates
from pipeline.extractors.timex.base import Point
from pipeline.extractors.timex.discourse import in_reported_speech
from pipeline.extractors.timex.resolve import years_on_weekday


def _pairs(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.surface, m.value) for m in find_dates(text, published)]


# A quiz answer in a public GitHub repository (file school_koko_kasei_fill.ts, found with the code
# search): the 約 of 条約 glued to a year.  Control: 約 standing alone keeps its approximation.
QUIZ = "①→②→④→③(サンフランシスコ平和条約1951年→日ソ共同宣言1956年→日韓基本条約1965年→日中共同声明1972年)"

# https://news.livedoor.com/topics/detail/30637242/ and https://nao-writer.blog/?p=1225 (富士山の日);
# http://d.hatena.ne.jp/keyword/%BE%EF%CD%D1%B4%C1%BB%FA%C9%BD and http://kotoba.ne.jp/word/10/常用漢字一覧
# (内閣告示 numbers); https://zikele-4721.xlog.app/zhong-su-guan-xi-de-fu-za-yan-bian-ji-qi-dui-dang-dai-guo-ji-guan-xi-de-qi-shi?locale=ja
# (a book title with a colon before its period).
SPANS = [
    (QUIZ, [("1951年", "1951"), ("1956年", "1956"), ("1965年", "1965"), ("1972年", "1972")]),
    ("期間は約3年", [("約3年", "P3Y")]),
    (
        "2010年(平成22年)11月30日、「常用漢字表」の内閣告示に伴い、同日付けで「平成22年内閣告示第4号」として"
        "「現代仮名遣い」の一部改正が行われた。",
        [("2010年(平成22年)11月30日", "2010-11-30"), ("同日", "2010-11-30")],
    ),
    (
        "ハイフンは送り仮名の付け方 (昭和48年内閣告示第2号〔昭和56年内閣告示第3号、平成22年内閣告示第3号 により"
        "一部が改正された。〕)による送り仮名の区切りである。",
        [],
    ),
    ("答えは「富士山の日」！「ふ（2）じ（2）さん（3）」の語呂合わせから「富士山の日」となっています。", []),
    ("2月23日は富士山の日です。", [("2月23日", "--02-23")]),
    ("天皇誕生日(国民の祝日)", [("天皇誕生日", None)]),
    (
        "《中苏关系史纲:1917-1991 年中苏关系若干问题再探讨》は沈志華教授の力作であり",
        [("1917-1991", "1917/1991")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_spans_and_values(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(text) == expected


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

WEEKDAY_YEARS = [
    (TOON, [("5月19日(水)まで", "2021-05-19"), ("5月31日(月)まで", "2021-05-31")]),
    (TOON_BODY, [("5月19日(水)まで", "--05-19"), ("5月31日(月)まで", "--05-31")]),  # no full date: no year
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_YEARS)
def test_weekday_picks_the_year_near_a_written_full_date(text: str, expected: list) -> None:
    assert _pairs(text)[: len(expected)] == expected


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


# http://internal.artstor.org/kipabylev35189.html (a 聯合ニュース report; its headline's 今日 is the 27th, the
# announcement the text dates 27日): the 明日 quoted from the 26th evening is the 27th, not the day after
# publication.  The headline's 「…今日…」 is a title, not reported speech (no と after it).
YONHAP = (
    "ホワイトハウス「トランプ大統領、今日重大発表」・・・韓国時間夜10時 ドナルド・トランプ米国大統領が27日(現地時間)、"
    "「重大発表」をするとホワイトハウスが発表した。 ホーガン・ギドリーホワイトハウス副報道官は26日夜、"
    "「(トランプ)大統領が明日の午前9時(韓国時間午後10時)重大な声明を発表する」と語ったとAFP・ロイターなどが報じた。"
)


def test_deixis_in_reported_speech_counts_from_the_day_it_was_said() -> None:
    values = dict(_pairs(YONHAP, "2019-10-27"))
    assert values["今日"] == "2019-10-27"
    assert values["明日の午前9時"] == "2019-10-27T09:00"


def test_deixis_in_reported_speech_on_the_publication_day_is_unchanged() -> None:
    assert dict(_pairs(YONHAP, "2019-10-26"))["明日の午前9時"] == "2019-10-27T09:00"


# https://sumibar.blogspot.com/2021/10/blog-post_41.html (読売新聞, 2021-10-14).
KISHIDA = (
    "岸田首相は14日午前、同日中に衆院を解散することについて、「大変厳粛な気持ちできょうを迎えている。選挙を通じ、"
    "しっかりと我々が何をしようとしているのか、何を目指しているのかを訴えていきたい」と述べた。"
)


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
