"""Dates: a bare day listed after a date, and the bare year of a foreign citation line.

- ``7月4日及び28日``: a later day joined to a date by 及び / と / 、 shares that date's month and year (one list of
  days of one month), never the month nearest to the first date (June 28 is nearer to July 4 than July 28 is).
  A smaller day after 、 (``9月30日、1日から``) is no member of that list and keeps the nearest month.
- A citation's bare year on a line with no Japanese character in a Japanese text (``Law, 2024, vol. 26``) belongs to a
  foreign-language entry, annotated for citations only (h11 convention), like the English dates of such lines.
"""

from __future__ import annotations

import pytest

from tests.dates.helpers import Row, triples

# Real: 防衛日報デジタル 【2022年5月12日(木)1面】, https://dailydefense.jp/_ct/17539591?tg=%E5%9B%BD%E9%98%B2
DAILYDEFENSE = "https://dailydefense.jp/_ct/17539591?tg=%E5%9B%BD%E9%98%B2"
# The first foreign line is the English header line of an article in Pacific Rim: Economics, Politics, Law 26(2), 2024
# (https://cyberleninka.ru/article/n/pravovaya-osnova-vzaimodeystviya-severo-vostoka-kitaya-s-rossiyskimi-regionami, a
# heldout26 note); the second is constructed, marked, in APA form. The rule is the h11 convention the English dates of
# such lines already follow.

LISTED = [
    # DAILYDEFENSE: two launches of one month
    (
        "防衛省によると、北朝鮮が5月4日と7日、それぞれ1発の弾道ミサイルを発射したと発表した。",
        "2022-05-12",
        [("5月4日", "date", "2022-05-04"), ("7日", "date", "2022-05-07")],
    ),
    # constructed, marked: the same with a late day, nearer to the month before
    (
        "北朝鮮が7月4日及び28日に弾道ミサイルを発射したことを受けて",
        "2017-08-16",
        [("7月4日", "date", "2017-07-04"), ("28日", "date", "2017-07-28")],
    ),
    # constructed, marked: no publication date: the list keeps the month without a year
    ("会議は3月2日、30日の二回開かれた。", None, [("3月2日", "date", "--03-02"), ("30日", "date", "--03-30")]),
    # constructed, marked: a smaller day after 、 is the next month's (the nearest month, as before)
    ("受付は9月30日、1日から新制度に移る。", None, [("9月30日", "date", "--09-30"), ("1日から", "date", "--10-01")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), LISTED)
def test_listed_day_shares_the_month(text: str, published: str | None, expected: list[Row]) -> None:
    assert DAILYDEFENSE.startswith("https")
    assert triples(text, published) == expected


FOREIGN_LINES = [
    "本稿の出典は次のとおり。\n12 Pacific Rim: Economics, Politics, Law, 2024, vol. 26, по. 2, pp. 171-185.",
    "参考文献\nSmith, J. (2019). Sanctions and treaties. Journal of Law, 12(3).",
]


@pytest.mark.parametrize("text", FOREIGN_LINES)
def test_citation_year_on_a_foreign_line_is_no_date(text: str) -> None:
    assert triples(text) == []


def test_citation_year_on_a_japanese_line_stays() -> None:
    # constructed, marked: the same year in a Japanese reference line is a date
    assert triples("山田太郎「制裁と条約」『法学』(2019)") == [("2019", "date", "2019")]
