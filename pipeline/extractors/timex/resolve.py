"""Resolution in context: fill what a mention leaves out, compute relative dates.

Walks the mentions in text order keeping the last resolved date (the
*previous mention*).  A partial date (``6月19日``) takes its missing
parts from the previous mention in its paragraph, else from the publication
date (the nearest such date), else from the date the first paragraph gives; a
year from another paragraph is never borrowed (a page of separate notices).
A bare day (``19日``) and a bare time (``午前4時16分``) take the previous
mention *of a day* in their paragraph, else the publication date when it gives
a day (naming the previous day mention as anchor when it gives the same
month): a month alone (``昨年5月``) is the background of a story, not the day
it is at.  ``同16年`` is year 16 of the era of the previous mention.  同年 /
翌日 take the previous mention; 昨年 / 今日 the publication date; ``3日前``
the publication date, ``9か月後`` the previous mention when the text points
back to it (``から``, ``その``) or it stands in the same sentence.
Without an anchor a value keeps only what the text says (``--06-19``).
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import re
from dataclasses import dataclass

from pipeline.extractors.timex.absdate import ERA_LAST_YEAR, ERAS, era_year
from pipeline.extractors.timex.base import Candidate, Duration, Point, Ref
from pipeline.extractors.timex.discourse import continues, in_reported_speech, numbered_list_start
from pipeline.extractors.timex.holidays import add_business_days, holiday_date, nth_weekday

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # first month of each season
# A four-digit Gregorian year written with 年 (1956年), the long form of a two-digit label year.
SPELLED_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年")
ANAPHORIC_BEFORE = re.compile(r"(?:から|その|この|それから|同)(?:約|およそ)?$")
SENTENCE_END = re.compile(r"[。！？\n]")
# An event now ahead of the writer (会期末を3週間後に控え, 投開票が1週間後に迫る): the shift counts from the
# publication date whatever mention came before.
AWAITED_AFTER = re.compile(r"に(?:控え|控える|控えた|迫っ|迫る|迫り|迫った)")
# ... and the day the clause describes right after it: 交渉期限が3日後に迫った27日 (three days after the 27th), 投開票を
# 3日後に控えた12日: the shift counts from that day, not from the day of writing.
AWAITED_DAY_AFTER = re.compile(r"に(?:控える|控えた|迫る|迫った)(?P<day>3[01]|[12][0-9]|[1-9])日(?![間後前])")
# After a bare day, the words of the day the news is reported on (政府は28日、発表した; 28日発表した): that day is
# the publication's, whatever month a schedule before it names.
REPORTING_DAY = re.compile(r"[、,]|に?(?:発表|表明|明らかに|述べ|語っ|記者会見|会見)")
BARE_DAY_AT = re.compile(r"(?:3[01]|[12][0-9]|[1-9])日")
# After a month alone, a non-past verb of an event still to come (livedoor 2026-03-04: アメリカで11月に行われる中間選挙;
# joeseiji.com: 大統領選は11月に実施されるが; 11月に開かれる): the next such month, even when the last one is nearer.
AHEAD_AFTER = re.compile(r"に(?:行われる|開かれる|開催される|実施される)")
# A clock time labelled with its zone: 日本時間の午前0時半, 現地時間午後5時25分, モスクワ時間の
# (searched in the characters up to the time).
ZONE_LABEL_BEFORE = re.compile(r"(?:日本|現地|[ァ-ヶー]{2,8})時間の?$")
# What joins a bare day to the date before it in one list of days of that month: 7月4日及び28日, 5月3日と4日,
# 10月9日、10日 (the month is written once; the days rise).
DAY_LIST_JOIN = re.compile(r"[ \u3000]?(?:及び|および|並びに|ならびに|又は|または|と|や|、|,|・)[ \u3000]?")


@dataclass
class Anchor:
    """A resolved point and where it came from (a mention id or ``published``)."""

    point: Point
    name: str
    end: int = 0  # end offset of the mention in the text (-1 for published)


@dataclass
class Resolved:
    point: Point | None
    resolution: str
    anchor: str | None


def era_of(year: int) -> str | None:
    """The modern era a Gregorian year falls in (its later era where two share a year: 1989 is 平成)."""
    eras = [name for name, first in ERAS.items() if first <= year]
    return max(eras, key=ERAS.__getitem__) if eras else None


def parse_published(published: str | None) -> Anchor | None:
    """The publication date as an anchor, when it gives at least a year."""
    if not published:
        return None
    match = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", str(published))
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    return Anchor(Point(year=year, month=month, day=day), "published", -1)


# --- date arithmetic -------------------------------------------------------------------


def _ymd(point: Point) -> tuple[int, int, int]:
    """Year, month and day of an anchor for comparisons (a missing month or day counts as the last)."""
    return (point.year or 0, point.month or 12, point.day or 31)


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _clamp_day(year: int, month: int, day: int) -> int:
    return min(day, _calendar.monthrange(year, month)[1])


def _as_date(point: Point) -> dt.date | None:
    if point.year is None or point.month is None or point.day is None:
        return None
    try:
        return dt.date(point.year, point.month, point.day)
    except ValueError:
        return None


def _from_date(date: dt.date, like: Point) -> Point:
    return like.with_(year=date.year, month=date.month, day=date.day)


# Window words that look back from the publication date (ここ数年, 過去5年間).
PAST_WINDOWS = ("過去", "ここ")


def window(pub: Anchor | None, duration: Duration, word: str) -> tuple[Point, Point] | None:
    """今後5日間 / 過去5年間: the span after (from the next day) or before the publication date."""
    date = _as_date(pub.point) if pub else None
    if date is None or duration.vague:
        return None
    if word == "以内に":  # 9か月以内に, 2営業日以内に: from the publication date to the deadline
        end = shift_point(pub.point, duration, 1, keep_day=True)
        return (pub.point, end) if end else None
    if duration.business_days:  # 今後4営業日: the next day to the day after the 4th business day
        sign = -1 if word in PAST_WINDOWS else 1
        edge = _from_date(add_business_days(date, duration.business_days, sign), Point())
        if sign < 0:
            return edge, pub.point
        return _from_date(date + dt.timedelta(days=1), Point()), shift_point(edge, Duration(days=1), 1)
    if word in PAST_WINDOWS:
        start = shift_point(pub.point, duration, -1, keep_day=True)
        return (start, pub.point) if start else None
    begin = _from_date(date + dt.timedelta(days=1), Point())
    end = shift_point(begin, duration, 1, keep_day=True)
    return (begin, end) if end else None


def shift_point(base: Point, duration: Duration, sign: int, keep_day: bool = False) -> Point | None:
    """``base`` moved by ``duration`` (sign -1 = before), at the coarser of the base's precision and
    the duration's unit (``keep_day``: at the base's precision, for the ends of 今後5年間)."""
    if base.year is None or duration.vague:
        return None
    if duration.business_days:  # 4営業日前: counted in business days, at day precision
        date = _as_date(base)
        moved = add_business_days(date, duration.business_days, sign) if date else None
        return _from_date(moved, Point()) if moved else None
    year, month = base.year, base.month or 1
    year, month = _add_months(year, month, sign * (duration.years * 12 + duration.months))
    day = _clamp_day(year, month, base.day or 1)
    date = dt.date(year, month, day) + dt.timedelta(days=sign * (duration.weeks * 7 + duration.days))
    extra_seconds = duration.hours * 3600 + duration.minutes * 60 + duration.seconds
    if extra_seconds and base.day is not None:
        if base.hour is None and not (duration.years or duration.months or duration.weeks or duration.days):
            return None  # 開始9分27秒後 after a bare day: no anchor time, it stays a duration
        moment = dt.datetime(date.year, date.month, date.day, base.hour or 0, base.minute or 0)
        moment += dt.timedelta(seconds=base.second or 0)
        moment += dt.timedelta(seconds=sign * extra_seconds)
        second = moment.second + moment.microsecond / 1e6 if base.second is not None or duration.seconds else None
        return Point(
            year=moment.year, month=moment.month, day=moment.day, hour=moment.hour, minute=moment.minute, second=second
        )
    # The coarser of the base's precision and the duration's unit: 2年前 of 2025-12-25 is 2023.
    needs_day = (keep_day or bool(duration.weeks or duration.days)) and base.day is not None
    needs_month = (needs_day or bool(duration.months)) and base.month is not None
    return Point(
        year=date.year,
        month=date.month if needs_month else None,
        day=date.day if needs_day else None,
    )


# Years over which a holiday with no year in context is tested for a fixed month and day: the holidays act as
# revised in 2007 (昭和の日, みどりの日 on 5/4); 天皇誕生日 moved in 2019, so it has no fixed day.
_FIXED_HOLIDAY_YEARS = range(2007, 2030)


def _fixed_holiday(name: str) -> Point | None:
    """``憲法記念日`` in a blog without a date -> --05-03: a holiday on the same day every year keeps its
    month and day; a moving one (成人の日, 春分の日) has no value without a year."""
    days = {holiday_date(name, year) for year in _FIXED_HOLIDAY_YEARS}
    days = {(d.month, d.day) if d else None for d in days}
    if len(days) != 1 or None in days:
        return None
    month, day = days.pop()
    return Point(month=month, day=day)


# The end of a fiscal-year mention: 年度, perhaps with the particle of a bound kept in its span (年度から).
FISCAL_YEAR_END = re.compile(r"年度(?:から|以降|まで|中)?$")


def _nearest_year(month: int, day: int | None, pub: Point) -> int:
    """Year that puts month/day closest to the publication date."""
    assert pub.year is not None
    if pub.month is None:
        return pub.year
    target = (pub.month, pub.day or 15)
    best = min(
        (-1, 0, 1),
        key=lambda k: abs(
            (pub.year + k) * 372 + month * 31 + (day or 15) - (pub.year * 372 + target[0] * 31 + target[1])
        ),
    )
    return pub.year + best


def _nearest_month(day: int, pub: Point) -> tuple[int, int]:
    """Year and month that put ``day`` closest to the publication date."""
    assert pub.year is not None and pub.month is not None
    options = [_add_months(pub.year, pub.month, k) for k in (-1, 0, 1)]
    options = [ym for ym in options if day <= _calendar.monthrange(*ym)[1]] or options
    pub_index = pub.year * 372 + pub.month * 31 + (pub.day or 15)
    return min(options, key=lambda ym: abs(ym[0] * 372 + ym[1] * 31 + day - pub_index))


def _nth_of_month(point: Point) -> Point:
    """``4月の最終月曜日`` -> its date; ``6月第2週`` -> its ISO week (the weeks start on Monday,
    the first holding the 1st of the month, the last holding its last day)."""
    if point.year is None or point.month is None:
        return point
    if point.weekday is not None:
        date = nth_weekday(point.year, point.month, point.weekday, point.nth)
        return _from_date(date, point.with_(nth=None, weekday=None))
    if point.nth < 0:
        edge = nth_weekday(point.year, point.month, 1, -1) + dt.timedelta(days=6)
        edge = min(edge, dt.date(point.year, point.month, _calendar.monthrange(point.year, point.month)[1]))
    else:
        edge = dt.date(point.year, point.month, 1) + dt.timedelta(weeks=point.nth - 1)
    iso_year, iso_week, _ = edge.isocalendar()
    return Point(year=iso_year, week=iso_week)


def _on_weekday(point: Point, anchor: Point) -> dt.date | None:
    """The date nearest ``anchor`` with the point's month/day that falls on its weekday."""
    if point.weekday is None or point.day is None or point.nth is not None or anchor.month is None:
        return None
    pub = dt.date(anchor.year, anchor.month, anchor.day or 15)
    options = []
    for k in range(-36, 37):
        year, month = _add_months(anchor.year, anchor.month, k)
        if (point.month is not None and month != point.month) or point.day > _calendar.monthrange(year, month)[1]:
            continue
        date = dt.date(year, month, point.day)
        if date.isoweekday() == point.weekday:
            options.append(date)
    return min(options, key=lambda d: abs((d - pub).days)) if options else None


# A yearless date with its weekday (4月7日(金)) in a text without a publication date: the weekday picks the
# year among those next to the year of a full date the text writes (平成29年4月14日 later in a notice).  One
# year either side of each: a month/day moves one or two weekdays a year, so three years in a row never
# share its weekday.  When two years fit, or none, the date stays --MM-DD.
WEEKDAY_YEAR_WINDOW = 1
# Days before publication a quoted statement may have been made and still be the story's day.
SPEECH_DAY_WINDOW = 7


def years_on_weekday(point: Point, stated: frozenset[int]) -> set[int]:
    """The years within the window of a stated year on which the point's month/day falls on its weekday."""
    if point.weekday is None or point.month is None or point.day is None or point.nth is not None:
        return set()
    found = set()
    for year in {y + k for y in stated for k in range(-WEEKDAY_YEAR_WINDOW, WEEKDAY_YEAR_WINDOW + 1)}:
        fits = point.day <= _calendar.monthrange(year, point.month)[1]
        if fits and dt.date(year, point.month, point.day).isoweekday() == point.weekday:
            found.add(year)
    return found


# --- resolution of one point -------------------------------------------------------------


class Resolver:
    """Keeps the previous mention and the publication date while walking a document."""

    def __init__(self, text: str, published: str | None) -> None:
        self.text = text
        self.pub = parse_published(published)
        self.prev: Anchor | None = None
        self.story: Anchor | None = None  # the previous mention that sets the story's time (no label year)
        self._segments: dict[int, int] = {}  # paragraph start -> start of the discourse segment it belongs to
        self.prev_day: Anchor | None = None  # the last mention giving a month and a day (year or not)
        self.told_day: Anchor | None = None  # the last such day not named attributively (not 22日の「…」)
        self.lead: Anchor | None = None  # the first dated point of the first paragraph: the document's own date
        self.last_day: Anchor | None = None  # the last mention when it gives a day, with or without month and year
        self.last_month: Anchor | None = None  # the last mention when it gives a month, with or without a year
        self.lead_end = text.find("\n") if "\n" in text else len(text)
        self.stated_years: frozenset[int] = frozenset()  # the years the text writes (dates.stated_years)
        self.header: Anchor | None = None  # a yearless stamp line (``12/11 23:32 更新``) when no date is published
        self.heading: Anchor | None = None  # the last heading line that is a year alone (``2023年`` in a chronology)
        first_spelled = SPELLED_YEAR.search(text)
        self._first_spelled_year_end = first_spelled.end() if first_spelled else None

    def adopt_dateline(self, point: Point | None, name: str, end: int) -> None:
        """A time stamp line dates the article below it as a publication date would (``今年``,
        a later paragraph's ``24日``), when the document has no publication date of its own."""
        if self.pub is None and point is not None and point.year is not None and point.day is not None:
            self.pub = Anchor(Point(year=point.year, month=point.month, day=point.day), name, end)

    def adopt_header(self, point: Point | None, name: str, end: int) -> None:
        """A stamp line without a year (``12/11 23:32 更新``, ``11月26日 10時56分``) tells the month and day
        the article was written: a later ``11日`` or ``先月`` counts from it when no publication date does."""
        if self.pub is None and self.header is None and point is not None and point.month and point.day:
            self.header = Anchor(Point(month=point.month, day=point.day), name, end)

    def adopt_title(self, point: Point | None, name: str, end: int) -> None:
        """A title line giving a year and a month (``2018年1月の日経平均株価``) says which month the report
        is about: a later bare ``4日`` or ``月末`` takes it when no publication date does."""
        if self.pub is None and self.header is None and point is not None and point.year and point.month:
            self.header = Anchor(Point(year=point.year, month=point.month), name, end)

    def adopt_heading(self, point: Point | None, name: str, end: int) -> None:
        """A line that is a year alone (``2023年`` over ``1月5日 - …`` in a chronology) gives its year to the
        yearless dates of the lines below it, up to the next such heading."""
        if point is not None and point.year is not None and point.month is None:
            self.heading = Anchor(Point(year=point.year, era=point.era), name, end)

    def remember(
        self,
        point: Point | None,
        name: str,
        end: int,
        explicit_point: bool = False,
        label: bool = False,
        since: bool = False,
    ) -> None:
        """Make ``point`` the previous mention when it gives at least a year, and the previous
        day mention when it gives a month and a day (``11月21日`` anchors a later ``22日``).
        An explicit point with a year in the first paragraph (``2023年に…のリスト``) dates the document.
        A ``label`` year (``1993年のロシア憲法``: a year naming a thing) anchors ``同年`` but does not
        move the story's time, so a later ``7月1日`` does not take it."""
        if point is not None and point.year is not None:
            self.prev = Anchor(point, name, end)
            if not label:
                self.story = self.prev
            if explicit_point and not label and self.lead is None and end <= self.lead_end:
                self.lead = self.prev
        # 同日/翌日 count from the last mention only: after 昨年11月 a 翌日 has no day to count from.  A
        # ``since`` bound (``今年8月以来``: background to the day told) leaves the day told in place.
        # An attributive month (``先月初めの核実験``: background naming a thing) leaves it in place too.
        if point is not None and point.day is not None:
            self.last_day = Anchor(point, name, end)
        elif not since and not self.text.startswith("の", end):
            self.last_day = None
        if point is not None and point.month is not None:
            self.last_month = Anchor(point, name, end)
        if point is not None and point.month is not None and point.day is not None:
            self.prev_day = Anchor(point, name, end)
            if not self.text.startswith("の", end):
                self.told_day = self.prev_day

    def point(self, candidate: Candidate, point: Point) -> Resolved:
        """Resolve one point of ``candidate``; a weekday or week of a month once its year is known."""
        if point.holiday is not None:
            return self._holiday(candidate, point)
        resolved = self._point(candidate, point)
        if resolved.point is not None and resolved.point.nth is not None:
            return Resolved(_nth_of_month(resolved.point), resolved.resolution, resolved.anchor)
        return resolved

    def _holiday(self, candidate: Candidate, point: Point) -> Resolved:
        """こどもの日: the year as written or from context (the nearest such holiday), then its date."""
        name, bare = point.holiday, point.with_(holiday=None)
        if point.year is None and point.year_ref is None:
            anchor = self._partial_anchor(candidate.start)
            guess = holiday_date(name, anchor.point.year) if anchor and anchor.point.year else None
            if guess is None:
                return Resolved(_fixed_holiday(name), "explicit", None)
            resolved = self._partial(bare.with_(month=guess.month, day=guess.day), anchor)
        else:
            resolved = self._point(candidate, bare)
        year = resolved.point.year if resolved.point else None
        date = holiday_date(name, year) if year else None
        return Resolved(_from_date(date, Point()) if date else None, resolved.resolution, resolved.anchor)

    def _point(self, candidate: Candidate, point: Point) -> Resolved:
        if point == Point():
            return Resolved(None, "explicit", None)  # 今季, 第3四半期: a period whose dates the text does not give
        if point.shift is not None:
            return self._shifted(candidate, point)
        if point.day_ref is not None and point.month_ref is not None and point.year_ref is not None:
            return self._years_back_same_day(candidate, point)
        for ref, fill in (
            (point.day_ref, lambda p, r: self._day_ref(p, r, candidate)),
            (point.month_ref, self._month_ref),
            (point.year_ref, lambda p, r: self._year_ref(p, r, candidate.start, "年度" in candidate.parsed.modifiers)),
        ):
            if ref is not None:
                return fill(point, ref)
        if point.year is not None or point.decade is not None or point.century is not None:
            return Resolved(point, "explicit", None)
        if point.month is None and point.day is None:
            if point.hour is None and point.part is not None and self._in_paragraph(self.told_day, candidate.start):
                return self._time_alone(point, self.told_day)  # 午後は…: the day the story is told at
            return self._time_alone(point, self._day_anchor(candidate.start) or self._story_day(candidate.start))
        since = "以来" in candidate.parsed.modifiers  # 2月以来: since a point in the past
        if point.month is None and (listed := self._listed_day(candidate.start, point)) is not None:
            return listed
        if point.month is None:
            day_anchor = self._day_anchor(candidate.start, point.day)
            return self._partial(point, day_anchor or self._partial_anchor(candidate.start), since)
        ahead = point.day is None and bool(AHEAD_AFTER.match(self.text, candidate.end))
        return self._partial(point, self._partial_anchor(candidate.start), since, ahead)

    def _in_paragraph(self, anchor: Anchor | None, start: int) -> bool:
        return anchor is not None and anchor.end > self.segment_start(start)

    def _day_anchor(self, start: int, day: int | None = None) -> Anchor | None:
        """What a bare day (``19日``) or a bare time (``午前4時16分``) belongs to: the previous mention
        of a day in the same paragraph, else the publication date when it gives a day.  A month
        alone (``昨年5月``, ``令和6年10月``) is background, not the day the story is at.  A bare day in
        a later paragraph names the previous day mention as its anchor when that mention gives the
        same month as the publication date (``20日`` after ``6月19日``, published 2024-06-28: June of
        that mention); when they disagree the publication date wins."""
        # A month ahead holds a bare day (11月に…6日), never a bare time (来月…午後の記者会見: the day of writing).
        reported = day is None or REPORTING_DAY.match(self.text, self._end_of(start))
        ahead = None if reported else self._month_ahead(start)
        if ahead is not None and (self.prev_day is None or ahead.end > self.prev_day.end):
            return ahead
        if self._in_paragraph(self.prev_day, start):
            return self.prev_day
        if day is not None and self.pub is None and self._in_numbered_list(self.prev_day, start):
            return self.prev_day  # 8日未明 in item 4 after 2月7日 in item 1 of a press release without a date
        if self.pub is not None and self.pub.point.day is not None:
            if day is not None and self._same_month(self.prev_day, day):
                return self.prev_day
            return self.pub
        return self.header

    def _listed_day(self, start: int, point: Point) -> Resolved | None:
        """``28日`` in ``7月4日及び28日``: a later day listed right after a date shares its month and year (never
        the nearest month: June 28 is nearer to July 4 than July 28 is)."""
        prev = self.prev_day
        if prev is None or prev.point.month is None or prev.point.day is None or point.day is None:
            return None
        if point.day <= prev.point.day or not DAY_LIST_JOIN.fullmatch(self.text, prev.end, start):
            return None
        return Resolved(point.with_(year=prev.point.year, month=prev.point.month), "inferred", prev.name)

    def _end_of(self, start: int) -> int:
        """Where the bare day starting at ``start`` ends (its digits and 日)."""
        match = BARE_DAY_AT.match(self.text, start)
        return match.end() if match else start

    def _month_ahead(self, start: int) -> Anchor | None:
        """A month alone still ahead of the publication date, earlier in the same sentence: the schedule a
        bare day belongs to (山陰中央新報 2017-09-29: 米大統領、11月にアジア歴訪 安倍首相と6日会談調整 is November
        6th).  A month in the past (``昨年5月``) stays the story's background."""
        month = self.last_month
        if month is None or month.point.day is not None or month.point.year is None or month.end < 0:
            return None
        if self.pub is None or self.pub.point.month is None or SENTENCE_END.search(self.text, month.end, start):
            return None
        ahead = (month.point.year, month.point.month) > (self.pub.point.year, self.pub.point.month)
        return month if ahead else None

    def _in_numbered_list(self, anchor: Anchor | None, start: int) -> bool:
        paragraph = self.text.rfind("\n", 0, start) + 1
        return anchor is not None and anchor.end > numbered_list_start(self.text, paragraph)

    def _story_day(self, start: int) -> Anchor | None:
        """A bare time in a text with neither a publication date nor a stamp line: the last day told
        (``7日午前9時31分ころ`` … ``午前10時3分``), the only day the story is at.  Not a time labelled with
        its zone (``日本時間の午前0時半``): the day told may be the local one, the time the other zone's."""
        if (
            self.pub is not None
            or self.header is not None
            or ZONE_LABEL_BEFORE.search(self.text, max(0, start - 12), start)
        ):
            return None
        return self.last_day

    def _same_month(self, anchor: Anchor | None, day: int) -> bool:
        """Would ``day`` fall in the same month next to ``anchor`` as next to the publication date?"""
        if anchor is None or anchor.point.year is None or self.pub is None:
            return False
        return _nearest_month(day, anchor.point) == _nearest_month(day, self.pub.point)

    def _time_alone(self, point: Point, anchor: Anchor | None) -> Resolved:
        """``午前4時16分ごろ``: on the day of its anchor (its year too, when the anchor has one)."""
        if anchor is None or point.day_ref is not None or point.weekday is not None:
            return Resolved(point, "explicit", None)
        day = anchor.point
        return Resolved(point.with_(year=day.year, month=day.month, day=day.day), "inferred", anchor.name)

    def _base(self, ref: Ref) -> Anchor | None:
        """The anchor a reference names; 同日 with no earlier mention falls back to the publication date."""
        if ref.base == "prev":
            return self.prev or self.pub
        return self.pub

    def _partial_anchor(self, start: int) -> Anchor | None:
        """The previous mention when it stands in the same discourse segment, else the publication
        date, else the date its first paragraph gives (a report without a publication date narrates
        in its own year).  A year from another segment is never borrowed: in a page of separate
        notices (``令和8年3月〜8月末`` in one, ``11月21日`` in the next) it belongs to another story.
        A label year (``1993年のロシア憲法``) is no anchor."""
        if self.story is not None and self.story.end > self.segment_start(start):
            return self.story
        if self.heading is not None and self.heading.end <= start:
            return self.heading  # a chronology's year heading beats a year told in an earlier item
        return self.pub or self.lead

    def segment_start(self, start: int) -> int:
        """Start of the paragraph holding ``start``, extended back over the paragraphs it continues
        (a list item, a line opening with a conjunction or a particle: ``discourse.continues``)."""
        paragraph = self.text.rfind("\n", 0, start) + 1
        if paragraph not in self._segments:
            segment = paragraph
            while segment > 0 and continues(self.text, segment):
                segment = self.text.rfind("\n", 0, segment - 1) + 1
            self._segments[paragraph] = segment
        return self._segments[paragraph]

    def _partial(self, point: Point, anchor: Anchor | None, since: bool = False, ahead: bool = False) -> Resolved:
        """``6月19日`` or ``20日``: the missing year (and month) that put it nearest its anchor;
        with a weekday (``31日の日曜日``), the nearest such date that falls on it.  ``since``
        (``2月以来``) names a point before its anchor: the nearest one that is not after it; ``ahead``
        (``11月に行われる``) one still to come: the nearest one not before the anchor's month."""
        if anchor is None or anchor.point.year is None:
            years = years_on_weekday(point, self.stated_years)
            if len(years) == 1:  # 4月7日(金) in a notice that writes 平成29年 only later: 2017
                return Resolved(point.with_(year=years.pop(), weekday=None), "inferred", None)
        if anchor is None:
            return Resolved(point, "explicit", None)
        if anchor.point.year is None:  # 22日 after 11月21日 (no year written anywhere): --11-22
            if point.month is None and anchor.point.month is not None:
                month = _nearest_month(point.day, anchor.point.with_(year=2000))[1]  # any leap year
                return Resolved(point.with_(month=month), "inferred", anchor.name)
            return Resolved(point, "explicit", None)
        matching = _on_weekday(point, anchor.point)
        if matching is not None:
            return Resolved(_from_date(matching, point.with_(weekday=None)), "inferred", anchor.name)
        if point.month is not None:
            year = _nearest_year(point.month, point.day, anchor.point)
            if anchor.point.month is None and point.month <= 3 and self._fiscal(anchor):
                year += 1  # 1月14日 under 令和7年度学校行事: January-March close the fiscal year, in 2026
            if since and (year, point.month, point.day or 1) > _ymd(anchor.point):
                year -= 1
            if ahead and anchor.point.month and (year, point.month) < (anchor.point.year, anchor.point.month):
                year += 1
            if (point.month, point.day) == (2, 29) and not _calendar.isleap(year):  # 29/2: the nearest leap year
                year = min((y for y in range(year - 4, year + 5) if _calendar.isleap(y)), key=lambda y: abs(y - year))
            return Resolved(point.with_(year=year), "inferred", anchor.name)
        if anchor.point.month is None:
            return Resolved(point, "explicit", None)
        if anchor.point.day is None:
            return Resolved(point.with_(year=anchor.point.year, month=anchor.point.month), "inferred", anchor.name)
        year, month = _nearest_month(point.day, anchor.point)
        return Resolved(point.with_(year=year, month=month), "inferred", anchor.name)

    def _fiscal(self, anchor: Anchor) -> bool:
        """Whether ``anchor`` is a fiscal year as written (令和7年度, 2024年度から), not a calendar year."""
        return anchor.end > 0 and FISCAL_YEAR_END.search(self.text, max(0, anchor.end - 6), anchor.end) is not None

    def _year_ref(self, point: Point, ref: Ref, start: int = 0, fiscal: bool = False) -> Resolved:
        """今年 / 来年度 / 同年: the year counted from the anchor.  A Japanese fiscal year (年度) runs from
        April to March, so in January-March 今年度 is the fiscal year begun the calendar year before
        (来年度 in a paper of 2023-03-15 is 2023)."""
        if ref.base == "century":
            return self._short_year(point, ref.offset, start)
        if ref.base == "season":
            return self._season(point, ref.offset)
        if ref.base == "era":
            return self._same_era(point, ref.offset)
        if ref.base == "fiscal":
            return self._fiscal_year(point, start)
        base = self._base(ref)
        if base is None or base.point.year is None:
            return Resolved(point.with_(year_ref=None), "relative", None)
        year = base.point.year + ref.offset
        if fiscal and ref.base == "pub" and base.point.month is not None and base.point.month <= 3:
            year -= 1  # January-March belong to the fiscal year begun the April before
        return Resolved(point.with_(year=year, year_ref=None), "relative", base.name)

    def _fiscal_year(self, point: Point, start: int) -> Resolved:
        """A bare ``年度末``: the fiscal year of the mention before it in its segment (令和5年度 -> 2023; a
        date in January-March belongs to the fiscal year begun the April before), else of the publication date."""
        anchor = self._partial_anchor(start)
        if anchor is None or anchor.point.year is None:
            return Resolved(point.with_(year_ref=None), "relative", None)
        month = anchor.point.month
        year = anchor.point.year - (1 if month is not None and month <= 3 else 0)
        return Resolved(point.with_(year=year, year_ref=None), "inferred", anchor.name)

    def _same_era(self, point: Point, year_in_era: int) -> Resolved:
        """``同16年``: year 16 of the era of the previous mention (written, or the era its year falls in)."""
        base = self.prev or self.pub
        era = (base.point.era or era_of(base.point.year)) if base and base.point.year else None
        if era is None:
            return Resolved(point.with_(year_ref=None), "relative", None)
        return Resolved(point.with_(year=ERAS[era] + year_in_era - 1, era=era, year_ref=None), "relative", base.name)

    def _season(self, point: Point, direction: int) -> Resolved:
        """来春: the next spring after the publication date; 昨秋: the last autumn before it."""
        if self.pub is None or self.pub.point.year is None:
            return Resolved(point.with_(year_ref=None), "relative", None)
        start = SEASON_START[point.season or "SP"]
        month, year = self.pub.point.month or 6, self.pub.point.year
        upcoming = month < start if direction > 0 else month > start + 2  # in the publication year?
        year = year if upcoming else year + direction
        return Resolved(point.with_(year=year, year_ref=None), "relative", "published")

    def _short_year(self, point: Point, two_digits: int, start: int = 0) -> Resolved:
        """``24年``: the year the text spells out (``56年宣言`` … ``1956年``), else the century of the
        publication date (or of the previous mention),
        the year no later than twenty years after it (30年度までに: a plan).  With neither, the century of the nearest
        four-digit year in the paragraph (``01年度以降で過去最多(共同通信 2013年4月17日)``)."""
        era_year = self._year_of_written_era(two_digits, start)
        if era_year is not None:  # 平成18年1月23日 … 19年度以降: the era the document writes its years in
            era = self.prev.point.era if self.prev is not None else None
            return Resolved(
                point.with_(year=era_year, era=era, year_ref=None), "inferred", self.prev.name if self.prev else None
            )
        spelled = self._spelled_year(two_digits)
        if spelled is not None:  # 56年宣言 … 1956年の日ソ共同宣言, 2023年 … 23年には: the text spells the year out
            return Resolved(point.with_(year=spelled, year_ref=None), "inferred", None)
        base = self.pub or self.prev
        reference = base.point.year if base is not None else None
        if reference is None:
            reference = self._nearest_written_year(start)
            if reference is None:
                return Resolved(None, "inferred", None)
        century = reference // 100 * 100
        year = century + two_digits if century + two_digits <= reference + 20 else century - 100 + two_digits
        if self.pub is None and base is not None:  # 1955年の結党以来、93年の…: the year nearest the one told before
            year = min((century + offset + two_digits for offset in (-100, 0, 100)), key=lambda y: abs(y - reference))
        return Resolved(point.with_(year=year, year_ref=None), "inferred", base.name if base else None)

    def _year_of_written_era(self, year_in_era: int, start: int) -> int | None:
        """``19年度`` after ``平成18年…``: officials drop the era name once the text has written it, so a
        bare two-digit year right after an era-written mention is a year of that era, when the era
        lasted that long (平成 had 31 years), the text before writes no Western year (a paper that
        writes ``2006年`` writes ``15年度`` for 2015) and the year is not over twenty years after publication."""
        era = self.prev.point.era if self.prev is not None else None
        if era is None or not 1 <= year_in_era <= ERA_LAST_YEAR.get(era, 99):
            return None
        if self._first_spelled_year_end is not None and self._first_spelled_year_end <= start:
            return None  # a Western year (fixed width, no lookahead) is written before ``start``
        year = era_year(era, year_in_era)
        if self.pub is not None and self.pub.point.year is not None and year > self.pub.point.year + 20:
            return None
        return year

    def _nearest_written_year(self, start: int) -> int | None:
        """The four-digit year written nearest to ``start`` in its paragraph (None when there is none)."""
        left = self.text.rfind("\n", 0, start) + 1
        right = self.text.find("\n", start)
        right = len(self.text) if right < 0 else right
        found = [(abs(m.start() - start), int(m.group(1))) for m in SPELLED_YEAR.finditer(self.text, left, right)]
        return min(found)[1] if found else None

    def _spelled_year(self, two_digits: int) -> int | None:
        """The one four-digit year in the text that ends in ``two_digits`` (a headline's ``56年``
        and the body's ``1956年``); None when there is none or more than one."""
        years = {int(y) for y in SPELLED_YEAR.findall(self.text) if int(y) % 100 == two_digits}
        return years.pop() if len(years) == 1 else None

    def _month_ref(self, point: Point, ref: Ref) -> Resolved:
        base = self._base(ref)
        if (base is None or base.point.month is None) and ref.base == "prev" and ref.offset == 0:
            return self._same_partial_month(point)
        if base is None and ref.base == "pub" and self.header is not None:  # 先月 below a yearless stamp line
            header = self.header.point
            if header.year is not None:  # 月末 under a title ``2018年1月の…``: that year too
                year, month = _add_months(header.year, header.month, ref.offset)
                return Resolved(point.with_(year=year, month=month, month_ref=None), "relative", self.header.name)
            month = (header.month - 1 + ref.offset) % 12 + 1
            return Resolved(point.with_(month=month, month_ref=None), "relative", self.header.name)
        if base is None and ref.base == "pub" and self.prev_day is not None:  # 先月 after 2月7日, no year anywhere
            month = (self.prev_day.point.month - 1 + ref.offset) % 12 + 1
            return Resolved(point.with_(month=month, month_ref=None), "relative", self.prev_day.name)
        if base is None or base.point.month is None:
            return Resolved(point.with_(month_ref=None), "relative", None)
        year, month = _add_months(base.point.year, base.point.month, ref.offset)
        return Resolved(point.with_(year=year, month=month, month_ref=None), "relative", base.name)

    def _years_back_same_day(self, candidate: Candidate, point: Point) -> Resolved:
        """``1年前の今日`` (reldate.YEARS_AGO_TODAY): today's month and day, whole years back (29 February to 28)."""
        assert point.day_ref is not None and point.year_ref is not None
        today = self._day_ref(point.with_(year_ref=None, month_ref=None), point.day_ref, candidate)
        day = today.point
        if day is None or day.year is None or day.month is None or day.day is None:
            return today
        year = day.year + point.year_ref.offset
        last = _calendar.monthrange(year, day.month)[1]
        return Resolved(day.with_(year=year, day=min(day.day, last)), today.resolution, today.anchor)

    def _day_ref(self, point: Point, ref: Ref, candidate: Candidate | None = None) -> Resolved:
        if ref.base == "week":
            return self._weekday(point, ref)
        base = self._speech_day(candidate) if ref.base == "pub" else None
        base = base or self._base(ref)
        date = _as_date(base.point) if base else None
        if date is None and ref.base == "prev" and self._partial_day_moves(ref.offset):
            return self._same_partial_day(point, ref.offset)
        if date is None:
            return Resolved(point.with_(day_ref=None), "relative", None)
        return Resolved(
            _from_date(date + dt.timedelta(days=ref.offset), point.with_(day_ref=None)), "relative", base.name
        )

    def _speech_day(self, candidate: Candidate | None) -> Anchor | None:
        """The day a quoted statement was made (「今日、…」と述べた): the day the story is told at, when the
        text names one in the week before publication (a report of the day before: ``29日`` published on
        the 30th).  None outside quotations, or when the story's day is the publication day or far from it."""
        if candidate is None or self.pub is None or self.told_day is None or self.pub.point.day is None:
            return None
        told, published = _as_date(self.told_day.point), _as_date(self.pub.point)
        if told is None or published is None or not 0 < (published - told).days <= SPEECH_DAY_WINDOW:
            return None
        return self.told_day if in_reported_speech(self.text, candidate.start, candidate.end) else None

    def _partial_day_moves(self, offset: int) -> bool:
        """Can 同日/前日/翌日 be counted from the last day mention without its month (no month end crossed)?"""
        if self.last_day is None:
            return False
        return offset == 0 or 1 <= self.last_day.point.day + offset <= PARTIAL_DAY_SAFE

    def _same_partial_month(self, point: Point) -> Resolved:
        """``同月`` after a bare ``6月`` in a text with no year: that month as far as the text gives it
        (``--06``; ``同月21日`` -> ``--06-21``), as ``同日`` after a bare day."""
        if self.last_month is None:
            return Resolved(point.with_(month_ref=None), "relative", None)
        month = self.last_month.point
        return Resolved(
            point.with_(year=month.year, month=month.month, month_ref=None), "relative", self.last_month.name
        )

    def _same_partial_day(self, point: Point, offset: int) -> Resolved:
        """``同日`` after ``2日`` in a text with no year anywhere: that day as far as the text gives it (``---02``);
        ``前日`` after ``21日`` is ``---20`` (only within a month: no month end is crossed without the month)."""
        day = self.last_day.point
        same = point.with_(year=day.year, month=day.month, day=day.day + offset, day_ref=None)
        return Resolved(same, "relative", self.last_day.name)

    def _weekday(self, point: Point, ref: Ref) -> Resolved:
        """来週の月曜日: the weekday in the publication date's week, moved by whole weeks."""
        date = _as_date(self.pub.point) if self.pub else None
        clean = point.with_(day_ref=None)
        if date is None:
            return Resolved(clean, "relative", None)
        monday = date - dt.timedelta(days=date.weekday()) + dt.timedelta(weeks=ref.offset)
        if point.weekday is None:  # a whole week: ISO week number
            iso_year, iso_week, _ = monday.isocalendar()
            return Resolved(clean.with_(year=iso_year, week=iso_week), "relative", "published")
        target = monday + dt.timedelta(days=point.weekday - 1)
        return Resolved(_from_date(target, clean.with_(weekday=None)), "relative", "published")

    def _shifted(self, candidate: Candidate, point: Point) -> Resolved:
        """``3日前`` / ``9か月後``: the anchor moved by the duration."""
        _, duration, sign = point.shift
        if candidate.parsed.anchor is not None:  # 今日から2日後: the anchor is in the mention
            inner = self.point(candidate, candidate.parsed.anchor)
            base = Anchor(inner.point, inner.anchor or "published") if inner.point is not None else None
        else:
            base = self._shift_base(candidate, sign)
        if base is not None and finer_than(duration, base.point):
            base = None  # 60日後 after a bare 1987年: no day to count from, it stays a length
        shifted = shift_point(base.point, duration, sign) if base else None
        if shifted is None:
            return Resolved(None, "relative", None)
        return Resolved(shifted, "relative", base.name)

    def _shift_base(self, candidate: Candidate, sign: int) -> Anchor | None:
        before = self.text[max(0, candidate.start - 6) : candidate.start]
        pointer = ANAPHORIC_BEFORE.search(before)
        if (
            pointer
            and pointer.group(0).startswith("から")
            and self._from_undated_event(max(0, candidate.start - 6) + pointer.start())
        ):
            return None  # 通告から6カ月後: counted from an event the text does not date, a length
        if pointer and self.prev is not None:
            return self.prev
        if sign < 0 and self.pub is not None:
            return self.pub
        awaited_day = AWAITED_DAY_AFTER.match(self.text, candidate.end) if sign > 0 else None
        if awaited_day is not None and self.pub is not None and self.pub.point.month is not None:
            day = int(awaited_day.group("day"))
            year, month = _nearest_month(day, self.pub.point)
            return Anchor(Point(year=year, month=month, day=day), self.pub.name, awaited_day.end())
        if sign > 0 and self.pub is not None and AWAITED_AFTER.match(self.text, candidate.end):
            return self.pub  # 会期末を3週間後に控え: counted from the day of writing
        sentence_start = max((m.end() for m in SENTENCE_END.finditer(self.text, 0, candidate.start)), default=0)
        if self.prev is not None and self.prev.end >= sentence_start:
            return self.prev
        return None

    def _from_undated_event(self, kara: int) -> bool:
        """Is the から at ``kara`` after an event the text does not date?  ``通告から`` is (a rule's term); a
        demonstrative (``このロ朝首脳会談から``) or a date mention right before it (``2月1日から``) points back to a
        dated point."""
        kara = max(kara, 0)
        clause = CLAUSE_START.split(self.text[max(0, kara - CLAUSE_WINDOW) : kara])[-1]
        if DATED_POINTER.search(clause):
            return False
        return not (self.prev is not None and kara - 3 <= self.prev.end <= kara)


# The last day every month has: a partial day moved by 前日/翌日 stays in its month up to here.
PARTIAL_DAY_SAFE = 28
# The clause a から closes: back to punctuation or a line break.  Within it a demonstrative points back.
CLAUSE_START = re.compile(r"[、。,，「」『』\n]")
CLAUSE_WINDOW = 20
DATED_POINTER = re.compile(r"この|その|あの|同|当該|前記|上記|それ")


def finer_than(duration: Duration, base: Point) -> bool:
    """Does the shift count in a unit the base does not give (days from a year alone, months from a year)?"""
    if duration.vague:
        return False
    needs_day = bool(duration.weeks or duration.days or duration.business_days)
    needs_month = needs_day or bool(duration.months)
    return (needs_day and base.day is None) or (needs_month and base.month is None)


# --- ISO 8601 values ----------------------------------------------------------------------


def iso(point: Point | None) -> str | None:
    """ISO 8601 of a point: 2024-06-20, 2024-06, --06-19, ---20, 2024-06-20T07:00, 2024-06-20TNI."""
    if point is None:
        return None
    if point.century is not None:
        return f"{point.century - 1:02d}"
    if point.decade is not None:
        return f"{point.decade:03d}"
    date = _date_part(point)
    time = _time_part(point)
    return date + time if date or time else None


def _date_part(point: Point) -> str:
    year, month, day = point.year, point.month, point.day
    if point.week is not None and year is not None:
        return f"{year:04d}-W{point.week:02d}" + ("-WE" if point.part == "WE" else "")
    if point.season is not None:
        return f"{year:04d}-{point.season}" if year is not None else f"XXXX-{point.season}"
    if year is not None:
        out = f"{year:04d}" if year >= 0 else f"-{-year:04d}"  # 紀元前221年: astronomical year -0220
        if month is not None:
            out += f"-{month:02d}"
            if day is not None:
                out += f"-{day:02d}"
        return out
    if month is not None:
        return f"--{month:02d}" + (f"-{day:02d}" if day is not None else "")
    if day is not None:
        return f"---{day:02d}"
    return ""


def _time_part(point: Point) -> str:
    if point.week is not None:
        return ""  # a week (or its weekend, WE) has no time
    if point.hour is not None:
        return f"T{point.hour:02d}:{point.minute or 0:02d}{_seconds(point.second)}"
    if point.part is not None:
        return f"T{point.part}"
    return ""


def _seconds(second: float | None) -> str:
    """``:46`` or ``:38.7`` (ISO 8601 decimal seconds); empty when the text gives none."""
    if second is None:
        return ""
    whole = int(second)
    fraction = f"{second - whole:.3f}".rstrip("0").rstrip(".")[1:]
    return f":{whole:02d}{fraction}"


def precision(point: Point | None) -> str | None:
    """Finest unit the point gives."""
    if point is None:
        return None
    for name, value in (
        ("second", point.second),
        ("minute", point.minute),
        ("hour", point.hour),
        ("part_of_day", point.part),
        ("day", point.day),
        ("week", point.week),
        ("month", point.month),
        ("season", point.season),
        ("year", point.year),
        ("decade", point.decade),
        ("century", point.century),
    ):
        if value is not None:
            return name
    return None


def complete_end(begin: Point, end: Point) -> Point:
    """The end of a range takes the parts it lacks from its beginning; 11月から3月 crosses a year."""
    filled = end
    no_day = end.year is None and end.month is None and end.day is None and end.year_ref is None
    if no_day and (end.hour is not None or (end.part is not None and end.day_ref is None)):
        return end.with_(year=begin.year, month=begin.month, day=begin.day)  # 30日未明から昼: the same day
    if end.year is None and end.year_ref is None and begin.year is not None:
        filled = filled.with_(year=begin.year)
        if end.month is None and end.day is not None:
            filled = filled.with_(month=begin.month)
        if (filled.month or 0, filled.day or 0) < (begin.month or 0, begin.day or 0) and end.month is not None:
            filled = filled.with_(year=begin.year + 1)
    elif end.month is None and end.day is not None and end.year is None:
        filled = filled.with_(month=begin.month)
    return filled
