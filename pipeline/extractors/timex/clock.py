"""Times of day: 午前7時過ぎ, 17時31分, 午後3時半, 7:30, 午前9時49分46秒, and parts of the day alone (未明, 深夜).

Seconds written in words belong to the time (気象庁: ``午前9時49分46秒``): the value is
``T09:49:46``, precision ``second``; ``59分13秒`` alone after an hour is never a length (the
longer clock match wins).  Machine timestamps (``2025-02-07 14:03:32`` in page metadata) keep
minute precision, as the development gold annotates them.

Kanji hours need 午前/午後 in front (一時 alone is "temporarily").  A time
right after a date (20日午前7時) is joined to it by ``ranges.join_date_time``.
"""

from __future__ import annotations

import re

from pipeline.extractors.timex.absdate import PARTS
from pipeline.extractors.timex.base import KANJI, Parsed, Point, num, pattern

# 午前7時過ぎ / 17時31分 / 午後三時 / 7時半 / 午前0時.  Not 1時間 (a duration).
CLOCK = rf"""
    (?:(?P<ap>午前|午後|朝|夜|夕方|深夜|未明)
       (?P<kh>[0-9]{{1,2}}|{KANJI})
     |(?<![0-9.])(?P<h>[0-9]{{1,2}})
    )時(?!間|点|期|代|計|刻|事|給|差|速|価|効)
    (?:(?P<mi>[0-9]{{1,2}}|{KANJI})分(?!間)
       (?:(?P<sec>[0-9]{{1,2}}(?:\.[0-9]+)?|{KANJI})秒(?!間))?   # 9時49分46秒, 7時58分38.7秒: only after minutes
     |(?P<half>半))?
"""
# 7:30, 17:31 (minutes two digits; not ratios such as 1:1 or scores 3:2).
COLON = (
    r"(?<![0-9:.])(?P<h>[01]?[0-9]|2[0-4]):(?P<mi>[0-5][0-9])(?::[0-5][0-9])?(?![0-9:])"  # 14:03:32: seconds dropped
)
# A part of the day standing alone: 未明, 深夜, 早朝, 正午 (夜 or 朝 alone are too vague).
PART_ALONE = r"(?P<part>未明|深夜|早朝|正午|明け方)"

_AFTERNOON = {"午後", "夜", "夕方"}


def parse_clock(m: re.Match[str]) -> Parsed | None:
    """Hours and minutes; 午後3時 is 15:00, 午前0時 is 00:00."""
    groups = m.groupdict()
    hour = num(groups.get("kh") or groups.get("h"))
    minute = num(groups.get("mi")) if groups.get("mi") else (30 if groups.get("half") else 0)
    second = _seconds(groups.get("sec"))
    if hour is None or minute is None or hour > 24 or minute > 59 or (second is not None and second > 59):
        return None
    ap = groups.get("ap")
    if ap in _AFTERNOON and hour < 12:
        hour += 12
    point = Point(hour=hour, minute=minute, second=second, meridiem=ap)
    return Parsed("time", point)


def _seconds(text: str | None) -> float | None:
    """Seconds as written: 46 or 38.7 (気象庁 detection times carry tenths)."""
    if not text:
        return None
    return float(text) if "." in text else num(text)


def parse_part_alone(m: re.Match[str]) -> Parsed | None:
    if m.group("part") == "正午":
        return Parsed("time", Point(hour=12, minute=0))
    return Parsed("time", Point(part=PARTS[m.group("part")]))


PATTERNS = [
    pattern("clock", CLOCK, parse_clock),
    pattern("clock_colon", COLON, parse_clock),
    pattern("part_of_day", PART_ALONE, parse_part_alone),
]
