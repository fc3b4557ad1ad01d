"""Recurring times (TIMEX3 ``SET``): 毎週月曜, 毎月第2火曜日, 毎年4月, 隔週, 毎日, 週1回.

A set names no single point, so it is never resolved in context and anchors nothing.  Its value
follows TIMEX3 (ISO-TimeML ``SET``), as ja-timex's set patterns do: a recurring calendar point
keeps the parts the text fixes and ``X`` for the others (毎週月曜 -> ``XXXX-WXX-1``, 毎年4月 ->
``XXXX-04``, 毎月15日 -> ``XXXX-XX-15``, 毎朝 -> ``XXXX-XX-XXTMO``, 毎週末 -> ``XXXX-WXX-WE``); a
bare interval is an ISO 8601 duration (毎日 ``P1D``, 隔週 ``P2W``, 3年に1度 ``P3Y``) and the count per
interval, TIMEX3's ``freq``, is the modifier (週2回 -> value ``P1W``, modifier ``2X``).  The n-th
weekday of every month (第3月曜日, 毎月第2火曜日) has no value: ISO 8601 has no form for it.
"""

from __future__ import annotations

import re

from pipeline.extractors.timex.absdate import WEEKDAYS
from pipeline.extractors.timex.base import SHORT, Parsed, num, pattern

INTERVAL_LETTER = {"日": "D", "週": "W", "月": "M", "年": "Y", "年度": "Y", "時": "TH"}
PART_OF_DAY = {"朝": "MO", "晩": "NI", "夜": "NI", "夕": "EV"}
WEEKDAY_LIST = r"[月火水木金土日](?:[・、][月火水木金土日])*"


def _interval(count: int, unit: str) -> str:
    """``P1W``, ``P2D``, ``PT1H``: an interval of ``count`` units (毎時 is a time unit)."""
    letter = INTERVAL_LETTER[unit]
    return f"PT{count}{letter[1:]}" if letter.startswith("T") else f"P{count}{letter}"


def _one_weekday(names: str) -> int | None:
    """ISO weekday of a single written weekday; None for a list (月・木曜日: no single TIMEX3 value)."""
    return WEEKDAYS[names] if len(names) == 1 else None


# --- 毎 + a unit, optionally fixing a point of it ------------------------------------------------------
# 毎週月曜(日), 毎週月・木曜日, 毎週末, 毎月15日, 毎月末, 毎年4月(1日), 毎年度, 毎日, 毎朝, 毎時.  Not the
# newspaper and broadcaster 毎日新聞 / 毎日放送 (MBS), nor 毎回 / 毎度 (each time: no calendar unit).
EVERY = rf"""
    毎(?:
        週の?(?P<wds>{WEEKDAY_LIST})曜日?                                    # 毎週月曜, 毎週火・金曜日
      |週(?P<weekend>末)                                                     # 毎週末
      |月の?(?P<md>{SHORT})日(?![間目])                                       # 毎月15日
      |月(?P<mpart>末日?|初め|上旬|中旬|下旬)                                  # 毎月末日 (no TIMEX3 value)
      |年の?(?P<ny>{SHORT})月の?第[1-5一二三四五][月火水木金土日]曜日?         # 毎年9月の第1日曜日 (no value)
      |年の?(?P<ym>{SHORT})月(?:(?P<yd>{SHORT})日)?(?![間目])                  # 毎年4月, 毎年11月3日
      |(?P<part>[朝晩夜夕])(?![刊食])                                         # 毎朝, 毎晩 (not 毎朝刊)
      |(?P<unit>年度|日|週|月|年|時)(?!新聞|放送|jp|ｊｐ|コミュニケーションズ)  # 毎日, 毎週, 毎年度
    )
"""


def parse_every(m: re.Match[str]) -> Parsed | None:
    if m.group("wds"):
        weekday = _one_weekday(m.group("wds"))
        return _set(f"XXXX-WXX-{weekday}" if weekday else None)
    if m.group("mpart") or m.group("ny"):
        return _set(None)
    if m.group("weekend"):
        return _set("XXXX-WXX-WE")
    if m.group("md"):
        day = num(m.group("md"))
        return _set(f"XXXX-XX-{day:02d}") if day and 1 <= day <= 31 else None
    if m.group("ym"):
        month, day = num(m.group("ym")), num(m.group("yd"))
        if not month or not 1 <= month <= 12:
            return None
        return _set(f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""))
    if m.group("part"):
        return _set(f"XXXX-XX-XXT{PART_OF_DAY[m.group('part')]}")
    return _set(_interval(1, m.group("unit")))


# --- 隔 + a unit: every other day / week / month / year (隔週, 隔週水曜日, 隔年, 隔月刊) ---------------------
ALTERNATE = rf"隔(?P<unit>日|週|月|年)(?:の?(?P<wds>{WEEKDAY_LIST})曜日?)?"


def parse_alternate(m: re.Match[str]) -> Parsed | None:
    return _set(_interval(2, m.group("unit")))


# --- A frequency: 週1回, 月2回, 年4回, 1日3回, 毎週1回, 週に2回, 3年に1度, 2週間に1回 ---------------------------
# Not 今年2回目 / 同月2回 (a count in one named period: 今 / 同 / 前 … before it, or 目 after it), nor a date
# before the count (5月2回: a digit before 月), nor 第1回.
FREQUENCY = rf"""
    (?<![今昨来本同前翌先当第0-9〇一二三四五六七八九十])
    (?:毎?(?P<unit>週|月|年)に?|(?P<k>{SHORT})?(?P<kunit>日|週間?|か月|カ月|ヶ月|ヵ月|年)に?)
    (?P<n>{SHORT})(?:回|度)(?!目|戦|分|忌|生|以上の)
"""
KUNIT = {
    "日": "日", "週": "週", "週間": "週", "年": "年",
    "か月": "月", "カ月": "月", "ヶ月": "月", "ヵ月": "月", "箇月": "月",
}  # fmt: skip


def parse_frequency(m: re.Match[str]) -> Parsed | None:
    count = num(m.group("n"))
    if not count:
        return None
    if m.group("unit"):
        every, unit = 1, m.group("unit")
    else:
        every, unit = num(m.group("k")) or 1, KUNIT[m.group("kunit")]
        if m.group("kunit") == "日" and not m.group("k"):
            return None  # 日3回 alone is no phrase; 1日3回 needs its 1
    parsed = _set(_interval(every, unit))
    parsed.modifiers.append(f"{count}X")
    return parsed


# --- A count of units then 毎/ごと: 4年毎の見直し, 3か月ごとに, 2週間毎 (every N units: P4Y, P3M, P2W) ----------
# Not a count in one named period (今年ごと is no phrase) nor a date before it (5月ごと: a digit before 月).
EVERY_COUNT = r"""
    (?<![0-9〇一二三四五六七八九十今昨来本同前翌先当第])
    (?P<k>[0-9]{1,3}|[一二三四五六七八九十]{1,3})(?P<kunit>日|週間?|か月|カ月|ヶ月|ヵ月|箇月|年)(?:毎|ごと)
"""


def parse_every_count(m: re.Match[str]) -> Parsed | None:
    every = num(m.group("k"))
    unit = KUNIT[m.group("kunit")]
    return _set(_interval(every, unit)) if every else None


# --- The n-th weekday of every month: 第3月曜日 (a closing day), 毎月第2火曜日, 第2・第4土曜日 -----------------
# Without a month before it (11月の第3月曜日 and 来月第2火曜日 are single days: reldate.MONTH_NTH).
NTH_WEEKDAY = rf"""
    (?:毎月の?|(?<![月の0-9]))
    第[1-5一二三四五](?:[・、]第?[1-5一二三四五])*(?P<wds>{WEEKDAY_LIST})曜日?
"""


def parse_nth_weekday(m: re.Match[str]) -> Parsed | None:
    return _set(None)


# --- A weekday named as a standing closing day: 休館日は月曜日, 定休日:水曜日, 休診日は毎週木曜 --------------
CLOSING_DAY = rf"(?<=(?:休館|定休|休業|休診|休園|休校|休刊)日[はも:：])(?:毎週)?(?P<wds>{WEEKDAY_LIST})曜日?"


def parse_closing_day(m: re.Match[str]) -> Parsed | None:
    weekday = _one_weekday(m.group("wds"))
    return _set(f"XXXX-WXX-{weekday}" if weekday else None)


def _set(value: str | None) -> Parsed:
    return Parsed("set", value=value)


PATTERNS = [
    pattern("set_every", EVERY, parse_every, gate="毎"),
    pattern("set_alternate", ALTERNATE, parse_alternate, gate="隔"),
    pattern("set_frequency", FREQUENCY, parse_frequency, gate="[0-9〇一二三四五六七八九十][回度]"),
    pattern("set_every_count", EVERY_COUNT, parse_every_count, gate="毎|ごと"),
    pattern("set_nth_weekday", NTH_WEEKDAY, parse_nth_weekday, gate="[月火水木金土日]曜"),
    pattern("set_closing_day", CLOSING_DAY, parse_closing_day, gate="日[はも:：]"),
]
