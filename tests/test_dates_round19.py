"""Round 19: the date classes of the blind set heldout19, each on real text from pages OTHER than the gold texts.

- ``半世紀`` / ``四半世紀`` are lengths (``P50Y`` / ``P25Y``), never a century date.
- Kana year words as NHK writes them: ``ことし`` (this year, also after の), ``ことし5月``; ``ことしか`` is no year.
- A quarter of a year: ``2017年第1四半期`` and ``来年第1四半期`` are TIMEX3 ``2017-Q1`` (one mention); a fiscal
  year's quarter stays apart.
- A two-digit year glued to an act (``99年発効``, ``93年に発効``) is a year, not a length of 99 years.
- ``4年毎`` / ``5年ごと`` are recurrences (set ``P4Y``); a bound before a set (``少なくとも``) stays outside.
- ``4月上旬から中旬にかけて``: a range inside one period, one mention without a value (ISO 8601 has none for
  parts of a month or year).
- English dates on a line with no Japanese character in a Japanese text (an English reference in a Japanese list)
  are no mentions (foreign-language entries are annotated for citations only).

Rows marked ``constructed`` are written on the pattern of the cited page.
"""

from __future__ import annotations

import pytest
from dates_helpers import rows as _rows

NAGASAKI = "https://nordot.app/948393018228899840?ncmp=post_rcmd"
RYOCHI = "https://ryochigakusha.pw/contents_773.html"
DATAZOO_G7 = (
    "https://datazoo.jp/w/%E7%AC%AC49%E5%9B%9E%E5%85%88%E9%80%B2%E5%9B%BD%E9%A6%96%E8%84%B3%E4%BC%9A%E8%AD%B0/62898649"
)
TOUR_JOURNAL = "https://tour-journal.com/%e3%81%9d%e3%81%ae%e4%bb%96/103358.html"
Y_HISTORY = "https://y-history.net/appendix/wh1701-060.html"
KOKUSEI_WIKI = "http://ja.m.wikipedia.org/wiki/%E5%9B%BD%E5%8B%A2%E8%AA%BF%E6%9F%BB_(%E6%97%A5%E6%9C%AC)"
HAPPYEVERYDAY = "https://happyeveryday.net/post-512-512"
SPF_STYLE = "https://www.spf.org (English entry of a Japanese reference list)"


@pytest.mark.parametrize(
    ("text", "published", "expected", "source"),
    [
        ("国交正常化から半世紀、日中関係は揺れ動いているが", None, [("半世紀", "duration", "P50Y")], NAGASAKI),
        ("中国はこの半世紀でめざましく発展し", None, [("半世紀", "duration", "P50Y")], RYOCHI),
        ("四半世紀にわたり続いた", None, [("四半世紀", "duration", "P25Y")], "constructed"),
        ("21世紀半ばには", None, [("21世紀半ば", "date", "20")], "constructed (regression: a century)"),
    ],
)
def test_half_century_is_a_length(text, published, expected, source):
    assert _rows(text, published) == expected, source


@pytest.mark.parametrize(
    ("text", "published", "expected", "source"),
    [
        ("ことし5月、G7広島サミットにゼレンスキー大統領が電撃来日。", "2023-12-20",
         [("ことし5月", "date", "2023-05")], DATAZOO_G7 + " (publication date constructed)"),
        ("東南アジア諸国連合のことしの議長国で", "2023-12-17", [("ことし", "date", "2023")], "constructed (NHK style)"),
        ("待つことしかできない", "2023-12-17", [], "constructed (regression: こと + しか)"),
    ],
)  # fmt: skip
def test_kana_year_words(text, published, expected, source):
    assert _rows(text, published) == expected, source


@pytest.mark.parametrize(
    ("text", "published", "expected", "source"),
    [
        ("英国からの正式な通告によって、来年第1四半期にEUの基本条約「リスボン条約」の第50条が発動され", "2016-10-03",
         [("来年第1四半期", "date", "2017-Q1")], TOUR_JOURNAL + " (publication date from the event, 2016-10-02)"),
        ("第50条を「2017年第1四半期」までに発動する", None, [("2017年第1四半期", "date", "2017-Q1")],
         "constructed (" + TOUR_JOURNAL + ")"),
        ("2017年度第1四半期の決算", None, [("2017年度", "date", "2017"), ("第1四半期", "date", None)],
         "constructed (regression: a fiscal quarter)"),
    ],
)  # fmt: skip
def test_quarter_of_a_year(text, published, expected, source):
    assert _rows(text, published) == expected, source


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("1992年に締結され、93年に発効した「ヨーロッパ連合条約」。",
         [("1992年", "date", "1992"), ("93年", "date", "1993")], Y_HISTORY),
        ("アムステルダム条約(99年発効)、ニース条約(2003年発効)", [("99年", "date", "1999"), ("2003年", "date", "2003")],
         "constructed (" + Y_HISTORY + ")"),
        ("発効から28年が経った", [("28年", "duration", "P28Y")], "constructed (regression: a length)"),
    ],
)  # fmt: skip
def test_two_digit_year_of_an_act(text, expected, source):
    assert _rows(text) == expected, source


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("統計法に基づき5年ごとに実施される日本の統計調査", [("5年ごと", "set", "P5Y")], KOKUSEI_WIKI),
        ("当該実装行為は、少なくとも4年毎の定期的な見直しの仕組みを定め", [("4年毎", "set", "P4Y")],
         "constructed (GDPR Art. 45(3), PPC translation pattern)"),
        ("3か月ごとに報告する", [("3か月ごと", "set", "P3M")], "constructed"),
        ("毎年4月", [("毎年4月", "set", "XXXX-04")], "constructed (regression)"),
    ],
)  # fmt: skip
def test_every_n_units(text, expected, source):
    assert _rows(text) == expected, source


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("東北は6月上旬から中旬にかけて見頃を迎えます。", [("6月上旬から中旬にかけて", "range", None)],
         "constructed (" + HAPPYEVERYDAY + ")"),
        ("2015年前半から半ば頃にかけて", [("2015年前半から半ば頃にかけて", "range", None)], "constructed"),
        ("6月上旬から7月上旬にかけて見頃を迎えます。", [("6月上旬", "date", "--06"), ("7月上旬", "date", "--07")],
         HAPPYEVERYDAY + " (regression: two months stay two points)"),
    ],
)  # fmt: skip
def test_range_inside_one_period(text, expected, source):
    assert _rows(text) == expected, source


def test_english_entry_of_a_japanese_list_has_no_dates():
    text = (
        "【参考文献】\n"
        "1 平川均(2019)「「一帯一路」構想とアジア経済」『一帯一路の政治経済学』所収、文眞堂。\n"
        "2 World Bank. 2021. Global Economic Prospects, January 2021. Washington, DC: World Bank."
    )
    assert [r[0] for r in _rows(text)] == ["2019"], SPF_STYLE


def test_english_text_keeps_english_dates():
    assert _rows("Global Economic Prospects, January 2021.") == [("January 2021", "date", "2021-01")], "constructed"
