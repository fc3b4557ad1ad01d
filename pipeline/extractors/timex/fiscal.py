"""Parts of a Japanese fiscal year (年度: April to March) and halves of a year: 年度末, 年度初め, 上期, 下半期.

Conventions: the end of a fiscal year is its last month (``令和5年度末`` -> ``2024-03``; a bare ``年度末``
takes the fiscal year of the mention before it in its segment, else of the publication date), its beginning
its first (``年度初め`` -> ``YYYY-04``).  A half is a range of months: of a fiscal year when 年度 is written
(``2024年度上期`` -> ``2024-04/2024-09``, ``下期`` -> ``2024-10/2025-03``), of the calendar year otherwise
(``2024年上半期`` -> ``2024-01/2024-06``).  A half the text gives no year for (``上期は増収``) is no mention.
"""

from __future__ import annotations

import re

from pipeline.extractors.timex.absdate import ERA_NAMES, era_year
from pipeline.extractors.timex.base import SHORT, Parsed, Point, Ref, num, pattern
from pipeline.extractors.timex.reldate import YEAR_WORDS, _alternation

# The month an edge of a fiscal year names and the years it lies after the year the fiscal year begins in.
FISCAL_EDGE_MONTH = {"末": (3, 1), "初め": (4, 0), "始め": (4, 0), "当初": (4, 0), "初頭": (4, 0)}

# 年度末, 年度初め, 年度当初 alone (not 今年度末 / 令和5年度末: a year word or a year is written before it,
# the year patterns take it and 末 comes as a modifier; not 年度末調整 of no kind we know: 尾 excluded).
FISCAL_EDGE = r"(?<![0-9〇一二三四五六七八九十元同翌前今本昨来毎先次])年度(?P<edge>末|初め|始め|当初|初頭)(?!尾)"


def parse_fiscal_edge(m: re.Match[str]) -> Parsed | None:
    return Parsed("date", Point(year_ref=Ref("fiscal")), modifiers=["年度", m.group("edge")])


def fiscal_edge(point: Point, modifiers: list[str]) -> Point:
    """``令和5年度末`` -> 2024-03: a resolved fiscal year with an edge modifier becomes that edge's month."""
    if "年度" not in modifiers or point.year is None or point.month is not None:
        return point
    edge = next((FISCAL_EDGE_MONTH[m] for m in modifiers if m in FISCAL_EDGE_MONTH), None)
    if edge is None:
        return point
    month, after = edge
    return point.with_(year=point.year + after, month=month)


# Halves: (first month, last month, years the last month lies after the first) for a fiscal and a calendar year.
HALVES = {
    ("上", True): (4, 9, 0),
    ("下", True): (10, 3, 1),
    ("上", False): (1, 6, 0),
    ("下", False): (7, 12, 0),
}
# 2024年度上期, 令和6年度下半期, 今年度上期, 2023年の上半期 (the year is written with the half).
HALF = rf"""
    (?:(?P<era>{ERA_NAMES})(?P<ey>元|{SHORT})年|(?<![0-9])(?P<y>[0-9]{{4}})年|(?P<yw>{_alternation(YEAR_WORDS)}))
    (?P<fy>度)?の?(?P<h>[上下])(?:半)?期(?![間限日待末])
"""


def parse_half(m: re.Match[str]) -> Parsed | None:
    fiscal = bool(m.group("fy")) or (m.group("yw") or "").endswith("年度")
    first, last, after = HALVES[(m.group("h"), fiscal)]
    modifiers = ["年度"] if fiscal else []
    if m.group("yw"):
        ref = YEAR_WORDS[m.group("yw")]
        end = Point(year_ref=Ref(ref.base, ref.offset + after), month=last)
        return Parsed("range", Point(year_ref=ref, month=first), end, modifiers=modifiers)
    if m.group("era"):
        year = era_year(m.group("era"), num(m.group("ey")) or 0)  # num reads 元 (元年) as 1
        calendar = "japanese"
    else:
        year, calendar = int(m.group("y")), "gregorian"
    begin, end = Point(year=year, month=first), Point(year=year + after, month=last)
    return Parsed("range", begin, end, calendar=calendar, modifiers=modifiers)


# A company's fiscal period named by the month it ends in (決算期): ``2024年3月期`` is the twelve months
# April 2023 to March 2024 (EDINET 四半期報告書: 2004年3月期と比較すると2023年3月期は…); ``12月期`` the calendar
# year.  Not 3月期末 (the period's last day: the month pattern takes 3月) nor 3月期間.  The year may have two
# digits, its century from context as other short years (kabutan: 25年3月期の連結経常利益), and a quarter of the
# period may follow: ``2025年3月期第1四半期`` is April-June 2024, one mention (EDINET 四半期報告書 covers).
CLOSING_MONTH_PERIOD = rf"""
    (?:(?P<era>{ERA_NAMES})(?P<ey>元|{SHORT})年|(?<![0-9])(?P<y>[0-9]{{4}})年|(?<![0-9.,])(?P<yy>[0-9]{{2}})年)
    (?P<m>1[0-2]|[1-9])月期(?![間限日待末中])
    (?:の?第(?P<q>[1-4一二三四])四半期(?!報告|決算短信|(?:連結)?(?:累計|会計)期間))?
"""
QUARTER_MONTHS = 3


def parse_closing_month_period(m: re.Match[str]) -> Parsed | None:
    """``2024年3月期`` -> 2023-04/2024-03: the twelve months up to the closing month; with a quarter, its
    three months (``2025年3月期第1四半期`` -> 2024-04/2024-06)."""
    month = int(m.group("m"))
    calendar = "japanese" if m.group("era") else "gregorian"
    if m.group("yy"):
        two = int(m.group("yy"))  # the period may begin in the year before: 00年3月期 begins in (19)99
        first_two = two if month == 12 else (two - 1) % 100
        begin = Point(year=first_two, month=1 if month == 12 else month + 1)
        end = Point(year=two, month=month)
        if m.group("q"):
            begin = _months_after(begin, QUARTER_MONTHS * ((num(m.group("q")) or 1) - 1))
            end = _months_after(begin, QUARTER_MONTHS - 1)
        return Parsed("range", *(_short(point) for point in (begin, end)))
    year = era_year(m.group("era"), num(m.group("ey")) or 0) if m.group("era") else int(m.group("y"))
    begin = Point(year=year, month=1) if month == 12 else Point(year=year - 1, month=month + 1)
    if m.group("q"):
        begin = _months_after(begin, QUARTER_MONTHS * ((num(m.group("q")) or 1) - 1))
        return Parsed("range", begin, _months_after(begin, QUARTER_MONTHS - 1), calendar=calendar)
    return Parsed("range", begin, Point(year=year, month=month), calendar=calendar)


def _short(point: Point) -> Point:
    """A point whose year holds two digits only: its century comes from context (``Ref("century")``)."""
    return Point(year_ref=Ref("century", (point.year or 0) % 100), month=point.month)


def _months_after(point: Point, months: int) -> Point:
    index = (point.year or 0) * 12 + (point.month or 1) - 1 + months
    return Point(year=index // 12, month=index % 12 + 1)


PATTERNS = [
    pattern("closing_month_period", CLOSING_MONTH_PERIOD, parse_closing_month_period, gate="月期"),
    pattern("fiscal_edge", FISCAL_EDGE, parse_fiscal_edge, gate="年度"),
    pattern("year_half", HALF, parse_half, gate="[上下]半?期"),
]
