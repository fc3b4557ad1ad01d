"""Dates, round 8: the error classes of heldout7 (Russia-Japan foreign-minister news), on text from other sources.

Sources (stored pages of the search tool):
- 平和学会 「100の論点:3. 60年安保改定…」, https://www.psaj.org/100points3/ (``60年安保改定`` with ``1958年から1960年``:
  a two-digit label year the text spells out);
- livedoor ニュース (TBS) 2025-08-14, https://news.livedoor.com/topics/detail/29370340/ (``戦後80年の総理談話``:
  an anniversary count);
- TBS NEWS DIG, https://newsdig.tbs.co.jp/articles/-/2112276 (``終戦から80年を迎えた``: a length counted from an
  event stays a length);
- Recognizers-Text DateTimeModel (Japanese spec, in /work/shared/external): ``5月9日から2泊`` keeps its から out.
No outside page was found for two forms, whose lines below are constructed in that form and say so: a time stamp line
(``2020.4.25 19:58``) dating the article under it, and ``から`` before a length with ``にわたって``.
"""

from __future__ import annotations

import pytest

from pipeline.extractors.dates import find_dates

PSAJ = (
    "60年安保改定とは、1952年発効の日米安全保障条約から現行の日米安全保障条約への改定過程"
    "(ほぼ1958年から1960年)を指します。"
)
LIVEDOOR_80 = "石破総理はあす、終戦の日に合わせた戦後80年の総理談話の発表を見送る方針です。"
TBS_80 = "終戦の日の8月15日。終戦から80年を迎えた"
# Constructed in the form of a web article's stamp line above its dateline (no outside page in this form was found).
STAMPED = "露が大戦終結日を変更\n2021.5.7 10:15国際\n【モスクワ共同】\nプーチン大統領は6日、法案に署名した。今年は"
# Constructed: a meeting's start time, then how long it lasted.
OVER = "日本時間の午前0時半ごろから1時間半余りにわたって会談しました。"


def _rows(text: str, published: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.surface, m.kind, m.value) for m in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "surface", "kind", "value"),
    [
        (PSAJ, "60年", "date", "1960"),  # 60年安保: the label year, 1960 as the text spells it
        ("56年宣言を基礎に対話を進める。1956年の日ソ共同宣言は", "56年", "date", "1956"),  # (the h7 form)
        (OVER, "午前0時半ごろから", "time", "T00:30"),
        (TBS_80, "80年", "duration", "P80Y"),  # 終戦から80年: から makes it a length
    ],
)
def test_label_years_and_bounds(text: str, surface: str, kind: str, value: str) -> None:
    assert (surface, kind, value) in _rows(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (LIVEDOOR_80, "80年"),  # 戦後80年の総理談話: an anniversary, no mention
        ("終戦75年の今年、", "75年"),
        ("60年安保の年に生まれた", "60年"),  # no spelled-out year: no value, but never a length P60Y
    ],
)
def test_anniversaries_are_not_lengths(text: str, absent: str) -> None:
    assert all(not (s == absent and k == "duration") for s, k, _ in _rows(text))


def test_anniversary_gives_no_mention() -> None:
    assert [s for s, _, _ in _rows(LIVEDOOR_80)] == ["あす"]  # round 14: the kana day word is a date; 80年 is not


def test_label_year_without_spelled_year_has_no_value() -> None:
    assert ("60年", "date", None) in _rows("60年安保の年に生まれた")


def test_length_after_kara_without_over_leaves_kara_to_the_range() -> None:
    rows = _rows("5月9日から2泊の予約はできますか。", published="2018-05-01")
    assert ("5月9日", "date", "2018-05-09") in rows and ("2泊", "duration", "P2D") in rows


def test_stamp_line_dates_the_article_below() -> None:
    rows = _rows(STAMPED)
    assert ("6日", "date", "2021-05-06") in rows
    assert ("今年", "date", "2021") in rows


def test_stamp_line_does_not_override_publication_date() -> None:
    assert ("今年", "date", "2022") in _rows(STAMPED, published="2022-01-10")
