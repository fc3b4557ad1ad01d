"""Shared pieces of the temporal tagger: parsed values, pattern records, numbers.

Patterns are data (ja-timex style): each module under ``timex/`` lists
``Pattern`` records, a named, commented regular expression plus the function
that turns its match into a ``Parsed`` value.  ``dates.find_dates`` runs them
all, keeps the longest non-overlapping matches and resolves them in context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from pipeline.extractors.numerals import parse_number

# A number as a date part: Arabic digits (1-4) or a run of kanji numerals
# (二十三, 二〇二四, 十二).  Digits may not continue on either side (so 12345
# never yields 2345).
KANJI = "[〇○零一二三四五六七八九十百千]+"
NUM = rf"(?<![0-9.])(?:[0-9]{{1,4}}|{KANJI})(?![0-9])"
# A short number: 1-2 Arabic digits or kanji (months, days, hours, counts).
SHORT = r"(?:[0-9]{1,2}|[〇一二三四五六七八九十]{1,3})"
# A year in Arabic digits (3-4) or kanji digits (二〇二四).
YEAR = r"(?:[0-9]{3,4}|[〇○一二三四五六七八九]{4}|[一二三四五六七八九千百十〇]{4,7})"


def num(text: str | None) -> int | None:
    """Value of a numeral group (Arabic or kanji), None when absent or not a number."""
    return parse_number(text) if text else None


@dataclass(frozen=True)
class Ref:
    """A part of a date taken from context: ``base`` is ``prev`` (the previous
    mention: 同年, 翌日) or ``pub`` (the publication date: 昨年, 今日)."""

    base: str
    offset: int = 0


@dataclass(frozen=True)
class Duration:
    """A length of time; fractions already carried into the next unit (4年半 = 4Y6M)."""

    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0
    hours: int = 0
    minutes: int = 0
    seconds: float = 0
    business_days: int = 0  # 4営業日: weekdays that are not holidays (TIMEX3 P4BD; ISO 8601 has no such unit)
    vague: str | None = None  # 数日 / 数時間: the count is unknown; "D" or "TH" (unit letter)

    def iso(self) -> str:
        """ISO 8601 duration (``P4Y6M``, ``PT1H30M``); TIMEX3 ``PXD``/``PTXH`` for 数日/数時間."""
        if self.vague:
            return "PTX" + self.vague[1:] if self.vague.startswith("T") else "PX" + self.vague
        if self.business_days:
            return f"P{self.business_days}BD"
        date = "".join(
            f"{v}{u}" for v, u in ((self.years, "Y"), (self.months, "M"), (self.weeks, "W"), (self.days, "D")) if v
        )
        time = "".join(f"{v:g}{u}" for v, u in ((self.hours, "H"), (self.minutes, "M"), (self.seconds, "S")) if v)
        return "P" + date + ("T" + time if time else "") if (date or time) else "P0D"


@dataclass(frozen=True)
class Point:
    """A calendar point with the parts the text gives; missing parts are None.

    ``*_ref`` say a part comes from context (同年 = year of the previous
    mention); ``shift`` moves the whole point (3日前, 約9か月後).
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: float | None = None  # 午前9時49分46秒, 7時58分38.7秒 (earthquake reports): precision second
    part: str | None = None  # TIMEX3 part of day: MO, AF, EV, NI, DT, MI
    meridiem: str | None = None  # 午前 / 午後 (or 夜, 朝 ...) as written before a clock hour; carries over in ranges
    weekday: int | None = None  # 1 = Monday ... 7 = Sunday
    week: int | None = None  # ISO week number (先週 -> 2018-W11)
    season: str | None = None  # TIMEX3 season SP, SU, FA, WI (今夏 -> 2016-SU) or quarter Q1-Q4 (2017-Q1)
    holiday: str | None = None  # こどもの日: a national holiday, its date depends on the year
    nth: int | None = None  # 第2月曜日 / 第2週 of the month (1-5; -1 = the last)
    decade: int | None = None
    century: int | None = None
    era: str | None = None  # 平成 for 平成15年: 同16年 after it is 平成16年 (the era of the previous mention)
    year_ref: Ref | None = None
    month_ref: Ref | None = None
    day_ref: Ref | None = None
    shift: tuple[Ref, Duration, int] | None = None  # (base, length, sign)

    def with_(self, **changes) -> Point:
        return replace(self, **changes)


@dataclass
class Parsed:
    """What one pattern match says: a point, a range of two points or a duration."""

    kind: str  # date, range, duration, time, set
    point: Point | None = None
    end: Point | None = None
    duration: Duration | None = None
    calendar: str = "gregorian"
    modifiers: list[str] = field(default_factory=list)
    anchor: Point | None = None  # 今日から2日後: the point a shift counts from, written in the mention
    value: str | None = None  # a set's TIMEX3 value as written (XXXX-WXX-1, P1W): never resolved in context


@dataclass
class Candidate:
    """A match in the text before resolution."""

    start: int
    end: int
    parsed: Parsed
    pattern: str
    hidden: bool = False  # the year of a case or law number: not a mention, but 同年 after it takes its year


@dataclass(frozen=True)
class Pattern:
    """A named regular expression for one form of temporal expression."""

    name: str
    regex: re.Pattern[str]
    parse: Callable[[re.Match[str]], Parsed | None]
    # A literal every match contains: a document without it is not scanned (speed only, same matches).
    gate: re.Pattern[str] | None = None
    # Where a match may not start (text, start): checked after the match, so that ``re`` keeps its fast scan for
    # the pattern's literal prefix, which a leading lookbehind would disable; the search resumes one further on.
    reject_start: Callable[[str, int], bool] | None = None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The pattern's matches in ``text``: ``regex.finditer``, less the starts ``reject_start`` refuses."""
        if self.gate is not None and self.gate.search(text) is None:
            return
        if self.reject_start is None:
            yield from self.regex.finditer(text)
            return
        pos = 0
        while (match := self.regex.search(text, pos)) is not None:
            if self.reject_start(text, match.start()):
                pos = match.start() + 1
                continue
            yield match
            pos = match.end() if match.end() > match.start() else match.end() + 1


def pattern(
    name: str,
    regex: str,
    parse: Callable[[re.Match[str]], Parsed | None],
    gate: str | None = None,
    reject_start: Callable[[str, int], bool] | None = None,
) -> Pattern:
    """Compile a pattern (verbose mode: whitespace and # comments are ignored); ``gate`` and ``reject_start``
    as in Pattern."""
    return Pattern(name, re.compile(regex, re.VERBOSE), parse, re.compile(gate) if gate else None, reject_start)
