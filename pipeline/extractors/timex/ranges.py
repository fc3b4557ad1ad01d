"""Ranges: 18～19日, 6月18-19日, 2018〜2020年 as patterns; 2024年6月18日から19日 by joining.

Two point mentions joined by から/～/- become one range; the end takes the
parts it lacks from the beginning (``19日`` in ``6月18日から19日`` is June).
A date right before a clock time (``20日午前7時``) becomes one time mention;
a day and its weekday (``21日の月曜日``) one date; a day and a shift counted
from it (``今日から2日後``) one date.
"""

from __future__ import annotations

import re

from pipeline.extractors.timex.absdate import MONTH_DAYS
from pipeline.extractors.timex.base import SHORT, YEAR, Candidate, Parsed, Point, num, pattern
from pipeline.extractors.timex.reldate import MONTH_WORDS

DASH = r"[～〜~\-－–―−]"  # − is U+2212 MINUS SIGN, the dash of many Shift-JIS pages
_NO_DIGIT_BEFORE = r"(?<![0-9〇一二三四五六七八九十百千])"

# 18～19日, 6月18-19日, 2024年6月18～19日 (the first day has no 日).
DAY_SPAN = rf"""
    (?=[0-9〇○一二三四五六七八九十百千今同先来翌])  # fail fast: only where a numeral (or 今月) can start
    (?:(?P<y>{_NO_DIGIT_BEFORE}{YEAR})年)?(?:(?P<m>{_NO_DIGIT_BEFORE}{SHORT})月|(?P<mw>今月|同月|先月|来月|翌月)の?)?
    (?P<d1>{_NO_DIGIT_BEFORE}{SHORT})日?\s?{DASH}\s?(?P<d2>{SHORT})日
    (?!間|程度|ほど|くらい|ぐらい|以内)  # 2~3日程度 is a length (duration.APPROX_DURATION)
"""
# 7月7、8両日 / 15、16の両日 / 今月3、4日: two consecutive days listed with a comma are the span of
# both (news writes 両日 "both days"); not 3、4日間 (a length) nor 1、2日目 (ordinals).
TWO_DAYS = rf"""
    (?=[0-9〇○一二三四五六七八九十今同先来翌])
    (?:(?P<y>{_NO_DIGIT_BEFORE}{YEAR})年)?(?:(?P<m>{_NO_DIGIT_BEFORE}{SHORT})月|(?P<mw>今月|同月|先月|来月|翌月)の?)?
    (?P<d1>{_NO_DIGIT_BEFORE}{SHORT})[、,・](?P<d2>{SHORT})(?:日|の?両日)(?!間|目|程度|ほど|以内)
"""
# 1～3月, 2024年4-6月 (the first month has no 月; a day must not follow).
MONTH_SPAN = rf"""
    (?=[0-9〇○一二三四五六七八九十百千])  # fail fast: only where a numeral (or 今月) can start
    (?:(?P<y>{_NO_DIGIT_BEFORE}{YEAR})年)?
    (?P<m1>{_NO_DIGIT_BEFORE}{SHORT})\s?{DASH}\s?(?P<m2>{SHORT})月(?![0-9]|[一二三四五六七八九十]+日|間)
"""
# 2018〜2020年, 2018年～2020年度.
YEAR_SPAN = rf"""
    (?=[0-9〇○一二三四五六七八九十百千])  # fail fast: only where a numeral (or 今月) can start
    (?P<y1>(?<![0-9]){YEAR})年?(?P<fy1>度)?\s?{DASH}\s?(?P<y2>{YEAR})年(?P<fy>度)?(?![0-9]+月)  # 1992-2019年度
"""

# 1955-1983, 2018～2020 without 年: two four-digit years joined by a dash, as book titles and lists
# write a period (北方領土交渉1955-1983, a subtitle 起点:1945〜1956).  Not a page range, a phone or a code
# number around it, nor the part after a clock time or a volume:page (12:1945-1950).
BARE_YEAR_SPAN = r"""
    (?<![0-9.,/\-])(?<![0-9]:)(?P<y1>1[89][0-9]{2}|20[0-9]{2})\s?[～〜~\-–―]\s?(?P<y2>1[89][0-9]{2}|20[0-9]{2})
    (?![0-9./\-]|年|頁|ページ|号|円|人|件|番|km|m)
"""
# Page labels before a numeric span: pp. 1201-1250, S. 1955-1983, 頁 (a span of pages, not of years).
PAGE_LABEL_BEFORE = re.compile(r"(?:pp?\.|[PpSСс]\.|頁|ページ|ｐ)\s?$")


def parse_bare_year_span(m: re.Match[str]) -> Parsed | None:
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if not y1 < y2 <= y1 + 100 or PAGE_LABEL_BEFORE.search(m.string, max(0, m.start() - 5), m.start()):
        return None
    return _span(Point(year=y1), Point(year=y2))


# 1992年から93年, 2018～20年, 1992年4月から93年3月: the end gives only two digits of its year
# (the century is the beginning's, the next one when the year would go back).
SHORT_YEAR_END = rf"""
    (?P<y1>(?<![0-9])[0-9]{{4}})(?P<nen>年)?(?:(?P<m1>{_NO_DIGIT_BEFORE}{SHORT})月)?
    \s?(?P<conn>から|より|{DASH})\s?                                       # 2018～20年 needs no first 年
    (?P<y2>(?<![0-9])[0-9]{{2}})年(?:(?P<fy>度)|(?P<m2>{SHORT})月)?(?!間|ぶり|以上|以下|前|後|[0-9])
"""


def parse_short_year_end(m: re.Match[str]) -> Parsed | None:
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    end_year = y1 // 100 * 100 + y2
    end_year += 100 if end_year < y1 else 0
    if not m.group("nen") and (m.group("m1") or m.group("conn") in ("から", "より")):
        return None  # 1992から93年: a bare number, not a year
    if bool(m.group("m1")) != bool(m.group("m2")) or end_year - y1 > 50:
        return None
    span = _span(Point(year=y1, month=num(m.group("m1"))), Point(year=end_year, month=num(m.group("m2"))))
    if span is not None and m.group("fy"):
        span.modifiers.append("年度")
    return span


# 2/28-3/1, 12/28～1/4: two month/day pairs joined by a dash (fractions are never written as spans).
MD_SPAN = rf"""
    (?<![0-9./\-])(?P<m1>1[0-2]|0?[1-9])/(?P<d1>3[01]|[12][0-9]|0?[1-9])\s?{DASH}\s?
    (?P<m2>1[0-2]|0?[1-9])/(?P<d2>3[01]|[12][0-9]|0?[1-9])(?![0-9/])
"""


def parse_md_span(m: re.Match[str]) -> Parsed | None:
    (m1, d1), (m2, d2) = (int(m.group("m1")), int(m.group("d1"))), (int(m.group("m2")), int(m.group("d2")))
    if d1 > MONTH_DAYS[m1 - 1] or d2 > MONTH_DAYS[m2 - 1] or (m1, d1) == (m2, d2):
        return None
    if (m2, d2) < (m1, d1) and not (m1 >= 11 and m2 <= 2):
        return None  # only a year-end span (12/28～1/4) runs backwards; 2/3-1/2 is a pair of fractions
    return _span(Point(month=m1, day=d1), Point(month=m2, day=d2))


def _span(begin: Point, end: Point) -> Parsed | None:
    for point in (begin, end):
        if (point.month or 1) > 12 or not 1 <= (point.day or 1) <= 31:
            return None
    return Parsed("range", begin, end)


def parse_day_span(m: re.Match[str]) -> Parsed | None:
    year, month = num(m.group("y")), num(m.group("m"))
    d1, d2 = num(m.group("d1")), num(m.group("d2"))
    if d1 is None or d2 is None or d2 <= d1:
        return None
    begin = Point(year=year, month=month, day=d1)
    if m.group("mw"):
        begin = begin.with_(month_ref=MONTH_WORDS[m.group("mw")])
    return _span(begin, Point(day=d2))


def parse_two_days(m: re.Match[str]) -> Parsed | None:
    """Only consecutive days: ``3、5日`` names two separate days, not a span."""
    d1, d2 = num(m.group("d1")), num(m.group("d2"))
    if d1 is None or d2 != d1 + 1:
        return None
    return parse_day_span(m)


def parse_month_span(m: re.Match[str]) -> Parsed | None:
    m1, m2 = num(m.group("m1")), num(m.group("m2"))
    if m1 is None or m2 is None or not 1 <= m1 < m2 <= 12:
        return None
    return _span(Point(year=num(m.group("y")), month=m1), Point(month=m2))


def parse_year_span(m: re.Match[str]) -> Parsed | None:
    y1, y2 = num(m.group("y1")), num(m.group("y2"))
    if y1 is None or y2 is None or not y1 < y2 < y1 + 200:
        return None
    span = _span(Point(year=y1), Point(year=y2))
    if span is not None and m.group("fy"):
        span.modifiers.append("年度")  # a span of fiscal years: 年度 stays in the surface
    return span


PATTERNS = [
    pattern("day_span", DAY_SPAN, parse_day_span),
    pattern("two_days", TWO_DAYS, parse_two_days),
    pattern("month_span", MONTH_SPAN, parse_month_span),
    pattern("year_span", YEAR_SPAN, parse_year_span),
    pattern("bare_year_span", BARE_YEAR_SPAN, parse_bare_year_span),
    pattern("short_year_end", SHORT_YEAR_END, parse_short_year_end),
    pattern("md_span", MD_SPAN, parse_md_span),
]

# What may stand between the two ends of a range: から, より, a dash or a tilde.
CONNECTOR = re.compile(rf"\s?(?:から|より|{DASH})\s?")
# The same before a clock time, with 同 (the same day): 2020年1月22日午後7時50分~同8時10分.
CONNECTOR_SAME_DAY = re.compile(rf"\s?(?:から|より|{DASH})\s?同")
# Parts of the day after noon: an end hour written without its own 午前/午後 takes them (午後7時~8時 is 19-20).
_AFTERNOON = {"午後", "夜", "夕方", "深夜"}
# What may stand between a date and a clock time: nothing, a space, の.
DATE_TIME_GAP = re.compile(r"\s?の?")


def _is_point(candidate: Candidate) -> bool:
    return (
        candidate.parsed.kind in ("date", "time")
        and candidate.parsed.point is not None
        and candidate.parsed.point.shift is None
    )


# A weekday in parentheses closing a date: 平成29年7月21日(金曜日).
CLOSED_BY_WEEKDAY = re.compile(r"[(（][月火水木金土日](?:曜日?)?(?:・?(?:祝|休)日?)?[)）]$")  # also 21日(月・祝)


def join_date_time(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``20日`` + ``午前7時`` -> one time mention ``20日午前7時``.

    A date closed by its weekday in parentheses keeps the clock time after it apart
    (``平成29年7月21日(金曜日)10時21分``: a date and a time, the time on that day), and so a
    time range after it (``令和6年11月22日(金) 13:46~14:13``: the date and the range of times).
    """
    out: list[Candidate] = []
    for candidate in candidates:
        if out and _closed_date_before_time(text, out):
            out.append(candidate)
        elif out and _joins_time(text, out[-1], candidate):
            first = out[-1]
            clock = candidate.parsed.point
            point = first.parsed.point.with_(
                hour=clock.hour, minute=clock.minute, second=clock.second, part=None, meridiem=clock.meridiem
            )
            out[-1] = Candidate(
                first.start, candidate.end, Parsed("time", point, calendar=first.parsed.calendar), "date_time"
            )
        else:
            out.append(candidate)
    return out


def _closed_date_before_time(text: str, done: list[Candidate]) -> bool:
    """The date ends with ``(金曜日)`` and no range ends at it (``1月9日(火)~2月14日(水)17時`` is one
    range whose end keeps its closing time)."""
    first = done[-1]
    if not CLOSED_BY_WEEKDAY.search(text, first.start, first.end):
        return False
    return not (len(done) > 1 and bool(CONNECTOR.fullmatch(text[done[-2].end : first.start])))


def _joins_time(text: str, first: Candidate, second: Candidate) -> bool:
    a, b = first.parsed.point, second.parsed.point
    if not (_is_point(first) and _is_point(second)) or a is None or b is None:
        return False
    whole_week = a.day_ref is not None and a.day_ref.base == "week" and a.weekday is None
    has_day = (a.day is not None or a.day_ref is not None) and not whole_week
    return (
        has_day
        and a.hour is None
        and b.hour is not None
        and b.year is None
        and bool(DATE_TIME_GAP.fullmatch(text[first.end : second.start]))
    )


WEEKDAY_GAP = re.compile(r"\s?[,、]?\s?の?")


def _weekday_only(candidate: Candidate) -> bool:
    point = candidate.parsed.point
    return _is_point(candidate) and point is not None and point.weekday is not None and point.day is None


def _day_point(candidate: Candidate) -> bool:
    point = candidate.parsed.point
    return _is_point(candidate) and point is not None and point.day is not None and point.hour is None


def join_weekdays(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``21日の月曜日`` and ``今週の金曜日(6月15日)``: a day and its weekday are one date (the day wins)."""
    out: list[Candidate] = []
    for candidate in candidates:
        previous = out[-1] if out else None
        gap = text[previous.end : candidate.start] if previous else ""
        if previous and _day_point(previous) and _weekday_only(candidate) and WEEKDAY_GAP.fullmatch(gap):
            point = previous.parsed.point.with_(weekday=candidate.parsed.point.weekday)  # 31日の日曜日: picks the month
            parsed = Parsed("date", point, calendar=previous.parsed.calendar)
            out[-1] = Candidate(previous.start, candidate.end, parsed, "date_weekday")
        elif previous and _weekday_only(previous) and _day_point(candidate) and gap in ("", "(", "（"):
            end = candidate.end + (1 if gap and text[candidate.end : candidate.end + 1] in ")）" else 0)
            out[-1] = Candidate(previous.start, end, Parsed("date", candidate.parsed.point), "weekday_date")
        else:
            out.append(candidate)
    return out


def _day_word_only(candidate: Candidate) -> bool:
    """あす, きょう, 今夜: a day counted from the publication date, no number written."""
    point = candidate.parsed.point
    return (
        _is_point(candidate)
        and point is not None
        and point.day_ref is not None
        and point.day_ref.base == "pub"
        and point.day is None
        and point.hour is None
    )


def _written_day(candidate: Candidate) -> bool:
    """A day written as a number, with or without a clock time (14日, 14日午前9時)."""
    point = candidate.parsed.point
    return _is_point(candidate) and point is not None and point.day is not None and point.day_ref is None


def join_day_words(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``あす15日``, ``きょう14日``, ``今夜14日`` (weather and broadcast news): the day word glued to the
    written day names that day; one mention, the written day wins and the word's part of day stays.  A day
    that opens a range stays apart (外務省: ``明日7月22日から23日``: 明日 names only the first day)."""
    out: list[Candidate] = []
    for index, candidate in enumerate(candidates):
        previous = out[-1] if out else None
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        opens_range = following is not None and bool(CONNECTOR.fullmatch(text[candidate.end : following.start]))
        if (
            previous
            and _day_word_only(previous)
            and _written_day(candidate)
            and previous.end == candidate.start
            and not opens_range
        ):
            point = candidate.parsed.point
            if point.part is None and previous.parsed.point.part is not None:
                point = point.with_(part=previous.parsed.point.part)
            parsed = Parsed("time" if point.part else "date", point, calendar=candidate.parsed.calendar)
            out[-1] = Candidate(previous.start, candidate.end, parsed, "day_word_day")
        else:
            out.append(candidate)
    return out


# 今日から2日後, 昨日の2日前: a day and a shift counted from it.
SHIFT_GAP = re.compile(r"から|の")


def join_anchored_shifts(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``今日から2日後``: one date, the shift counted from the day written before it."""
    out: list[Candidate] = []
    for candidate in candidates:
        previous = out[-1] if out else None
        point = candidate.parsed.point
        gap = text[previous.end : candidate.start] if previous else ""
        within = candidate.parsed.kind == "duration" and "以内" in "".join(candidate.parsed.modifiers)
        if (
            previous
            and _is_point(previous)
            and point is not None
            and point.shift is not None
            and SHIFT_GAP.fullmatch(gap)
        ):
            parsed = Parsed("date", point, modifiers=list(candidate.parsed.modifiers), anchor=previous.parsed.point)
            out[-1] = Candidate(previous.start, candidate.end, parsed, "anchored_shift")
        elif previous and _is_point(previous) and within and gap == "から":  # 明日から3日以内: a range
            parsed = Parsed("duration", duration=candidate.parsed.duration, anchor=previous.parsed.point)
            parsed.modifiers = list(candidate.parsed.modifiers)
            out[-1] = Candidate(previous.start, candidate.end, parsed, "anchored_within")
        else:
            out.append(candidate)
    return out


# The classical (漢文) range 自A至B, "from A to B", of official titles, accounts and forms: 『法令全書
# 自慶応三年十月至明治元年十二月』, 事業年度 (自 2022年4月1日 至 2023年3月31日).  自 opens the span.
CLASSICAL_FROM = re.compile(r"自\s?$")
CLASSICAL_TO = re.compile(r"\s?至\s?")


# After ``A から B``, a verb of moving or changing: A and B are two points, a thing moved from one to the other
# (令和5年度から令和6年度に繰り越した, 3月1日から10日に延期), not one span of time (…から…にかけて / まで).
MOVED_TO = re.compile(
    r"(?:に|へ)(?:と)?(?:繰り?越|延期|変更|移行|移(?:し|っ|さ|る|り)|前倒し|ずれ込|切り?替|振り?替|繰り?上げ|繰り?下げ"
    r"|先送り|延ば|早め|遅ら)"
)


def join_ranges(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``A から B``, ``A～B`` and ``自A至B`` (both points) -> one range from A to B; not when a verb after B
    says something moved from A to B (``MOVED_TO``)."""
    out: list[Candidate] = []
    for candidate in candidates:
        previous = out[-1] if out else None
        classical = previous is not None and _classical(text, previous, candidate)
        if (
            previous
            and _is_point(previous)
            and _is_point(candidate)
            and (classical or _connects(text, previous, candidate))
            and not MOVED_TO.match(text, candidate.end)
        ):
            end = _carry_meridiem(previous.parsed.point, candidate.parsed.point)
            parsed = Parsed("range", previous.parsed.point, end, calendar=previous.parsed.calendar)
            parsed.modifiers = previous.parsed.modifiers + candidate.parsed.modifiers
            start = text.rindex("自", 0, previous.start) if classical else previous.start
            out[-1] = Candidate(start, candidate.end, parsed, "joined_range")
        else:
            out.append(candidate)
    return out


def _classical(text: str, first: Candidate, second: Candidate) -> bool:
    """``自 A 至 B``: 至 between the points and 自 right before the first."""
    return bool(
        CLASSICAL_TO.fullmatch(text[first.end : second.start])
        and CLASSICAL_FROM.search(text, max(0, first.start - 2), first.start)
    )


def _connects(text: str, first: Candidate, second: Candidate) -> bool:
    """から / ～ between two points; ``～同8時10分`` only from a day with a time to a bare time."""
    gap = text[first.end : second.start]
    if CONNECTOR.fullmatch(gap):
        return True
    a, b = first.parsed.point, second.parsed.point
    bare_time = b is not None and b.hour is not None and b.day is None and b.month is None and b.year is None
    return bool(CONNECTOR_SAME_DAY.fullmatch(gap)) and bare_time and a is not None and a.hour is not None


def _carry_meridiem(begin: Point | None, end: Point | None) -> Point | None:
    """``午後7時50分~8時10分``: the end hour without its own 午前/午後 is in the afternoon too
    (only when 午後 is written: ``19時～8時`` in 24-hour notation stays as it is)."""
    if begin is None or end is None or begin.meridiem not in _AFTERNOON or end.meridiem is not None:
        return end
    if end.hour is None or begin.hour is None or end.hour >= 12 or end.hour + 12 < begin.hour:
        return end
    return end.with_(hour=end.hour + 12)
