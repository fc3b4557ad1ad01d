"""Dates, round 7: the error classes of heldout6 (INF and New START news), each on real text from other sources.

Sources (stored pages of the search tool, or public repositories for 何年にもわたって):
- 共同 via dailysunny.com 2023-11-28, https://dailysunny.com/2023/11/28/%e3%83%ad%e3%82%b7%e3%82%a2%e3%80%81%e9%9d%9e%e6%a0%b8%e5%8c%96%e5%8d%94%e5%ae%9a%e3%81%ae%e5%b1%a5%e8%a1%8c%e5%81%9c%e6%ad%a2
  (通告から半年後: a length counted from an event; 1993年に締結された…協定: a label year);
- livedoor ニュース (しんぶん赤旗), https://news.livedoor.com/topics/detail/15479578/ (1987年に締結された…条約);
- ダイヤモンド・オンライン (WSJ), https://diamond.jp/articles/-/318208 (前日 after a bare 21日, no year anywhere);
- Adobe Campaign documentation (Experience League, Japanese), データのインポート (public docs repository) and a public
  trivia translation file ("カラスは人間の顔を認識するだけではありません…"): 何年にもわたって.
The rule that a shift finer than its anchor stays a length (60日後 after a bare 1987年) had no outside example in this
form: it is tested on the function, with values.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.dates import find_dates, is_label_year
from pipeline.extractors.timex.base import Duration, Point
from pipeline.extractors.timex.resolve import finer_than

DAILYSUNNY = (
    "ロシア外務省は28日、極東での退役原子力潜水艦解体などを日本が支援するために1993年に締結された日ロ政府間の"
    "非核化協力に関する協定の履行停止を今月21日に日本側に通告したと発表した。\n"
    "ウクライナ侵攻を巡る日米欧との対立を背景にロシアのミシュスチン首相が今月7日、履行停止の政令に署名していた。\n"
    "ロシア外務省は、日本の対ロ制裁や極東での軍事活動強化を挙げ「国の安全保障に関わる問題で非友好国との協力継続は"
    "不可能だ」と説明。協定は履行停止の通告から半年後の来年5月に正式に破棄されるとしている。"
)
LIVEDOOR_INF = (
    "【ワシントン=池田晋】トランプ米大統領は20日、米国と旧ソ連の間で1987年に締結された中距離核戦力(INF)全廃条約"
    "から離脱する意向を表明しました。"
)
DIAMOND_START = (
    "ロシアのウラジーミル・プーチン大統領は21日、米ロ間の核競争を制限する最後の主要な協定である「新戦略兵器削減条約"
    "(新START)」の履行を停止すると表明した。プーチン氏は21日の「年次教書演説」で、「特別軍事作戦」と呼ぶウクライナ"
    "侵攻を西側が誘発したとあらためて非難した。ジョー・バイデン米大統領は前日にウクライナの首都キーウ(キエフ)を訪問し、"
    "同国への支援継続を表明した。"
)
ADOBE = "この正規化が信頼でき、何年にもわたって変更されないことを確認します。"
CROWS = (
    "彼らは何年にもわたって自分たちにひどい仕打ちをした人々のことを覚えていて、他のカラスに警告することさえできます。"
)


def _rows(text: str, published: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.surface, m.kind, m.value) for m in find_dates(text, published)]


CASES = [
    # text, published, surface, kind, value
    (DAILYSUNNY, "2023-11-28", "半年後", "duration", "P6M"),  # 通告から: an undated event, not 今月21日 + 6 months
    (DAILYSUNNY, "2023-11-28", "今月21日", "date", "2023-11-21"),
    (DAILYSUNNY, "2023-11-28", "来年5月", "date", "2024-05"),
    (DIAMOND_START, None, "前日", "date", "---20"),  # the day before a bare 21日: the day as far as the text gives it
    (ADOBE, None, "何年", "duration", "PXY"),  # "how many years", then にも: a length the text does not count
    (CROWS, None, "何年", "duration", "PXY"),
]


@pytest.mark.parametrize(("text", "published", "surface", "kind", "value"), CASES)
def test_round7_values(text, published, surface, kind, value):
    rows = [row for row in _rows(text, published) if row[0] == surface]
    assert rows == [(surface, kind, value)]


def test_a_question_word_without_mo_is_no_length():
    assert _rows("彼は何年に生まれたのか。") == []  # constructed counter-example: which year, not how many


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
    rows = _rows(LIVEDOOR_INF + "トランプ氏は10月、条約から脱退する意向を示した。")
    assert ("10月", "date", "--10") in rows


FINER = [
    # duration, base point, finer than the base
    (Duration(days=60), Point(year=1987), True),  # 60日後 after 1987年: no day to count from
    (Duration(months=6), Point(year=2019), True),
    (Duration(months=6), Point(year=2019, month=2), False),
    (Duration(years=2), Point(year=2025), False),  # 2年前 of a year is a year
    (Duration(days=3), Point(year=2024, month=6, day=28), False),
]


@pytest.mark.parametrize(("duration", "base", "finer"), FINER)
def test_a_shift_finer_than_its_anchor_stays_a_length(duration, base, finer):
    assert finer_than(duration, base) is finer
