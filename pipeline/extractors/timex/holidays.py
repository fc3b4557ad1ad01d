"""Japanese national holidays (国民の祝日に関する法律) and business days (営業日).

Why rules, not a table: the law states each holiday as a fixed day, a Monday
of a month (ハッピーマンデー, from 2000/2003) or an equinox, plus the
substitute holiday (振替休日) and the day between two holidays (国民の休日).
The equinox days use the usual approximation formula, exact for 1980-2099.
Used for 営業日 arithmetic and for holiday names in text (こどもの日).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

# Holidays moved by the 2020/2021 Olympic special measures law: name -> {year: (month, day)}.
_MOVED = {
    "海の日": {2020: (7, 23), 2021: (7, 22)},
    "スポーツの日": {2020: (7, 24), 2021: (7, 23)},
    "山の日": {2020: (8, 10), 2021: (8, 8)},
}


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` (1-5, or -1 = last) ``weekday`` (1 = Monday) of a month: 1月の第2月曜日."""
    if nth < 0:
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        last = following - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def _equinox(year: int, base: float) -> int:
    return int(base + 0.242194 * (year - 1980) - (year - 1980) // 4)


def _named(year: int) -> dict[str, tuple[int, int] | None]:
    """Each holiday's (month, day) in ``year``, None when it did not exist then."""
    monday = lambda m, n: (m, nth_weekday(year, m, 1, n).day)  # noqa: E731
    days: dict[str, tuple[int, int] | None] = {
        "元日": (1, 1),
        "成人の日": monday(1, 2) if year >= 2000 else (1, 15),
        "建国記念の日": (2, 11) if year >= 1967 else None,
        "天皇誕生日": (2, 23)
        if year >= 2020
        else (12, 23)
        if 1989 <= year <= 2018
        else (4, 29)
        if year < 1989
        else None,
        "春分の日": (3, _equinox(year, 20.8431)),
        "昭和の日": (4, 29) if year >= 2007 else None,
        "みどりの日": (5, 4) if year >= 2007 else (4, 29) if year >= 1989 else None,
        "憲法記念日": (5, 3),
        "こどもの日": (5, 5),
        "海の日": monday(7, 3) if year >= 2003 else (7, 20) if year >= 1996 else None,
        "山の日": (8, 11) if year >= 2016 else None,
        "敬老の日": monday(9, 3) if year >= 2003 else (9, 15) if year >= 1966 else None,
        "秋分の日": (9, _equinox(year, 23.2488)),
        "スポーツの日": monday(10, 2) if year >= 2020 else None,
        "体育の日": monday(10, 2) if 2000 <= year <= 2019 else (10, 10) if 1966 <= year < 2000 else None,
        "文化の日": (11, 3),
        "勤労感謝の日": (11, 23),
    }
    for name, moved in _MOVED.items():
        if year in moved:
            days[name] = moved[year]
    return days


def holiday_date(name: str, year: int) -> dt.date | None:
    """The date of holiday ``name`` in ``year`` (None when it did not exist then)."""
    month_day = _named(year).get(name)
    return dt.date(year, *month_day) if month_day else None


@lru_cache(maxsize=256)
def holidays(year: int) -> frozenset[dt.date]:
    """Every national holiday of ``year``, with 振替休日 and 国民の休日."""
    days = {dt.date(year, *md) for md in _named(year).values() if md}
    if year == 2019:  # 即位の日 and the days around it (special law of 2018)
        days |= {dt.date(2019, 4, 30), dt.date(2019, 5, 1), dt.date(2019, 5, 2), dt.date(2019, 10, 22)}
    for day in sorted(days):  # 国民の休日: a weekday between two holidays
        between = day + dt.timedelta(days=1)
        if between not in days and between + dt.timedelta(days=1) in days and between.isoweekday() != 7:
            days.add(between)
    for day in sorted(days):  # 振替休日: a holiday on Sunday moves to the next non-holiday
        if day.isoweekday() == 7 and year >= 1973:
            substitute = day + dt.timedelta(days=1)
            while substitute in days:
                substitute += dt.timedelta(days=1)
            days.add(substitute)
    return frozenset(days)


def is_business_day(day: dt.date) -> bool:
    """A weekday that is not a national holiday (banks also close 12/31-1/3: 年末年始)."""
    if day.isoweekday() >= 6 or day in holidays(day.year):
        return False
    return (day.month, day.day) not in ((12, 31), (1, 2), (1, 3))


def add_business_days(day: dt.date, count: int, sign: int) -> dt.date:
    """The ``count``-th business day after (sign 1) or before (sign -1) ``day``."""
    for _ in range(count):
        day += dt.timedelta(days=sign)
        while not is_business_day(day):
            day += dt.timedelta(days=sign)
    return day
