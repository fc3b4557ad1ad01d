"""Round 16 (error classes of held-out set 16), each on real text from sources other than the gold where found.

Classes: ころ, the unvoiced kana spelling of 頃, after a clock time; 先月初め is one mention (先月 with its 初め,
not the bare 月初め); U+2212 MINUS SIGN as the dash of a range; 同日 after an attributive month mention
(先月初めの核実験) still counts from the last day told; a bare clock time in a text with neither a publication
date nor a stamp line takes the last day told (not when labelled with another zone); 先月 in such a text
counts from the last month-and-day mention; consecutive numbered paragraphs (``1 …``, ``2 …``) are one story.
Rows marked "constructed" had no real example outside the gold found by the search tools.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.dates import find_dates
from pipeline.extractors.timex.discourse import numbered_list_start


def _triples(text: str, published: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.surface, m.kind, m.value) for m in find_dates(text, published)]


KORO = [
    # http://week.co.jp/pubress/?p=8525 (新発田警察署 不審者情報)
    (
        "11月27日午後4時40分ころ、新発田市小舟町3丁目地内で、下校中の小学生1名の正面から",
        [("11月27日午後4時40分ころ", "time", "--11-27T16:40")],
    ),
    # same page: a date closed by its weekday keeps its clock time apart (heldout4 / heldout7 convention)
    (
        "[発生日時] 令和元年11月27日(水)午後4時40分ころ [発生場所] 新発田市小舟町3丁目地内",
        [("令和元年11月27日(水)", "date", "2019-11-27"), ("午後4時40分ころ", "time", "2019-11-27T16:40")],
    ),
    # constructed: ころ of a verb (殺したころ, 転ぶ) is no date word
    ("人を殺したころに転ぶ", []),
]


@pytest.mark.parametrize(("text", "expected"), KORO)
def test_koro_after_clock(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


MONTH_EDGE = [
    # constructed: 先月初め with its modifier, value from the publication date
    ("北朝鮮は先月初めの核実験に引き続き", "2016-02-08", [("先月初め", "date", "2016-01")]),
    # https://divineprinciple.hatenablog.com/entry/2017/09/03/154305 (産経ニュース 2017-09-03): 先月末 as before
    ("米韓両軍が先月末まで合同軍事演習を実施した際", "2017-09-03", [("先月末まで", "date", "2017-08")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), MONTH_EDGE)
def test_last_month_edge_is_one_mention(text: str, published: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _triples(text, published) == expected


MINUS_RANGE = [
    # constructed: a trip report's period with U+2212 between two dates closed by their weekdays
    ("期間:2003年11月18日(火)−12月2日(火)", [("2003年11月18日(火)−12月2日(火)", "range", "2003-11-18/2003-12-02")]),
    # http://hanga-museum.jp/rental/schedule (the same span with a wave dash, unchanged)
    ("11月5日(水) ~11月9日(日)", [("11月5日(水) ~11月9日(日)", "range", "--11-05/--11-09")]),
]


@pytest.mark.parametrize(("text", "expected"), MINUS_RANGE)
def test_minus_sign_range(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _triples(text) == expected


STORY_DAY = [
    # https://www.atex.ne.jp/jikenbo/ (no date on the page): the fire put out the same day
    (
        "15日午後7時21分、那覇市港町のホクガン運輸で、会社関係者から119番通報があった。"
        "同社の倉庫が半焼し、午後8時半に鎮火した。",
        [("15日午後7時21分", "time", "---15T19:21"), ("午後8時半", "time", "---15T20:30")],
    ),
    # constructed: a time labelled with another zone does not take the bare day told
    (
        "会談が17日未明ドイツで行われ、ミュンヘンで日本時間の午前0時半ごろから会談しました。",
        [("17日未明", "time", "---17TNI"), ("午前0時半ごろから", "time", "T00:30")],
    ),
    # constructed: with a publication date the bare time keeps its old anchor (the publication day)
    ("同社の倉庫が半焼し、午後8時半に鎮火した。", [("午後8時半", "time", "2019-10-19T20:30")]),
]


@pytest.mark.parametrize(("text", "expected"), STORY_DAY)
def test_bare_time_on_story_day(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    published = "2019-10-19" if not text.startswith(("15日", "会談")) else None
    assert _triples(text, published) == expected


def test_same_day_after_attributive_month() -> None:
    """constructed (a MOFA-style release without a year): 同日 skips the attributive 先月初めの."""
    text = (
        "1 2月7日午前,北朝鮮は,先月初めの核実験に引き続き弾道ミサイルを発射しました。\n"
        "2 我が国は,同日午前に抗議しました。"
    )
    assert _triples(text) == [
        ("2月7日午前", "time", "--02-07TMO"),
        ("先月初め", "date", "--01"),
        ("同日午前", "time", "--02-07TMO"),
    ]


def test_last_month_from_dateline_without_publication() -> None:
    """constructed: 先月 below a yearless dateline counts from its month; a 先月 with nothing before stays empty."""
    assert _triples("モスクワ、11月9日— 外相は述べた。\nクレムリンは、先月、会談に向けた努力を停止した。") == [
        ("11月9日", "date", "--11-09"),
        ("先月", "date", "--10"),
    ]
    assert _triples("クレムリンは、先月、会談に向けた努力を停止した。") == [("先月", "date", None)]


# https://www.mofa.go.jp/mofaj/press/release/press4_007943.html (報道発表 日米外相電話会談, 令和元年10月22日)
NUMBERED = (
    "1 冒頭,茂木大臣から,本日行われた即位礼正殿の儀に際して謝意を述べました。\n"
    "2 また,茂木大臣から,台風19号の被害に関して謝意を述べました。\n"
    "3 両大臣は,中東情勢を中心に意見交換を行いました。\n"
    "5 両大臣は,北朝鮮をめぐる最新の情勢について意見交換を行いました。"
)


@pytest.mark.parametrize(
    ("line", "first"),
    [
        ("2 また", "1 冒頭"),  # item 2 after item 1
        ("3 両大臣は", "1 冒頭"),  # item 3 after item 2 (opens with a noun: only its number links it)
        ("5 両大臣は", "5 両大臣は"),  # constructed gap: item 5 after item 3 starts afresh
    ],
)
def test_numbered_list_start(line: str, first: str) -> None:
    assert numbered_list_start(NUMBERED, NUMBERED.index(line)) == NUMBERED.index(first)


def test_numbered_item_after_title_starts_a_list() -> None:
    """constructed: item 1 under a heading, and a year opening a line, start no list with what is above."""
    assert numbered_list_start("報道発表\n1 冒頭,", len("報道発表\n")) == len("報道発表\n")
    assert numbered_list_start("2024年。\n2025年に", len("2024年。\n")) == len("2024年。\n")


def test_bare_day_in_numbered_item_takes_month_of_earlier_item() -> None:
    """constructed (a press release without a year): 8日 in item 3 is in February as 2月7日 of item 1;
    the same lines without numbers stay apart (dev gold: a bare 十六日 after an unrelated 2月17日)."""
    numbered = "1 2月7日午前,発射しました。\n2 また,抗議しました。\n3 8日未明から会合が開催されます。"
    assert _triples(numbered)[-1] == ("8日未明から", "time", "--02-08TNI")
    plain = "2月7日午前,発射しました。\nまた,抗議しました。\n8日未明から会合が開催されます。"
    assert _triples(plain)[-1] == ("8日未明から", "time", "---08TNI")
