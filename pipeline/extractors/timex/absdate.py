"""Absolute dates: Japanese (Gregorian and era), numeric, Western and Russian forms.

Every pattern here yields a ``Point`` whose parts are the ones written in the
text; missing parts (``6月19日`` has no year) are filled later in context.
"""

from __future__ import annotations

import itertools
import re

from pipeline.extractors.timex.base import KANJI, SHORT, YEAR, Parsed, Point, Ref, num, pattern

# Era name -> Gregorian year of its first year (元年).  Boundaries: 明治 from
# 1868, 大正 from 1912-07-30, 昭和 from 1926-12-25 (to 1989-01-07), 平成 from
# 1989-01-08, 令和 from 2019-05-01; the year count restarts in the middle of
# a Gregorian year, so 昭和64年 and 平成元年 are both 1989.
ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
ERA_LETTERS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
# The era of its first character, as court reports, tables and abbreviated law numbers print it (昭52, 平17法86).
ERA_OF_INITIAL = {era[0]: era for era in ERAS}
ERA_NAMES = "|".join(ERAS)

WEEKDAYS = {"月": 1, "火": 2, "水": 3, "木": 4, "金": 5, "土": 6, "日": 7}

# Part of the day after a day (20日夜, 21日未明) -> TIMEX3 part-of-day code; 昼過ぎ (just after noon)
# is the afternoon, as 午後 is.
# Negative lookaheads keep 朝鮮 (Korea), 夕刊, 昼食 and 午前7時 (a clock time) out.
PARTS = {
    "未明": "NI", "深夜": "NI", "夜間": "NI", "夜": "NI", "晩": "NI", "早朝": "MO", "明け方": "MO",
    "朝": "MO", "午前中": "MO", "午前": "MO", "昼間": "DT", "日中": "DT", "昼": "MI", "正午": "MI",
    "昼過ぎ": "AF", "昼すぎ": "AF", "昼前": "MO", "夜遅く": "NI",  # NHK: 31日昼前, 29日夜遅く
    "午後": "AF", "夕方": "EV", "夕刻": "EV", "夕": "EV",
}  # fmt: skip
PART_RE = r"(?:未明|深夜|夜間|夜遅く|夜(?!間)|晩|早朝|明け方|朝(?!鮮|日|刊|食|廷)|午前中|午前(?![0-9一二三四五六七八九十])|昼間|日中|昼過ぎ|昼すぎ|昼前|昼(?!食)|正午|午後(?![0-9一二三四五六七八九十])|夕方|夕刻|夕(?!刊|食))"  # noqa: E501
# A weekday after a date: (水), （水）, 水曜日, 水曜.
# After の only the parts that cannot begin a noun (18日の夕方から; not 3日の朝日新聞, 5日の昼食), and 朝 / 昼 /
# 明け方 where a particle closes them (NHK weather: 30日の朝から31日の昼すぎにかけて; not 10日の朝会).
PART_CLOSED = r"(?=から|にかけて|まで|[にはもの、。])"
PART_AFTER_NO_RE = (
    r"(?:の(?=午前中|午前(?![0-9一二三四五六七八九十])|午後(?![0-9一二三四五六七八九十])|夕方|夜(?!間)|晩|早朝|深夜|未明"
    rf"|明け方|朝{PART_CLOSED}|昼(?:過ぎ|すぎ|前)?{PART_CLOSED}))"
)
# (月・祝), (月祝), (月・休): a weekday that is a holiday (museum calendars: 7月21日(月・祝)).
WEEKDAY_RE = r"(?:\s?[(（](?P<wd>[月火水木金土日])(?:曜日?)?(?:・?(?:祝|休)日?)?[)）]|(?P<wd2>[月火水木金土日])曜日?)"


# Pre-Meiji eras -> Gregorian year of their first year: every era from 応仁 (1467) to 慶応, and
# the earlier ones most cited in history texts.  Their dates are lunisolar: months and days
# are not Gregorian ones, so only the year is given (天正18年 is 1590; 天正18年7月5日 too).
OLD_ERAS = {
    "大化": 645, "大宝": 701, "和銅": 708, "霊亀": 715, "養老": 717, "神亀": 724, "天平": 729,
    "天平勝宝": 749, "天平宝字": 757, "天平神護": 765, "神護景雲": 767, "宝亀": 770, "天応": 781,
    "延暦": 782, "建久": 1190, "承久": 1219, "文永": 1264, "弘安": 1278, "元弘": 1331, "建武": 1334,
    "応永": 1394, "応仁": 1467, "文明": 1469, "長享": 1487, "延徳": 1489, "明応": 1492, "文亀": 1501,
    "永正": 1504, "大永": 1521, "享禄": 1528, "天文": 1532, "弘治": 1555, "永禄": 1558, "元亀": 1570,
    "天正": 1573, "文禄": 1592, "慶長": 1596, "元和": 1615, "寛永": 1624, "正保": 1644, "慶安": 1648,
    "承応": 1652, "明暦": 1655, "万治": 1658, "寛文": 1661, "延宝": 1673, "天和": 1681, "貞享": 1684,
    "元禄": 1688, "宝永": 1704, "正徳": 1711, "享保": 1716, "元文": 1736, "寛保": 1741, "延享": 1744,
    "寛延": 1748, "宝暦": 1751, "明和": 1764, "安永": 1772, "天明": 1781, "寛政": 1789, "享和": 1801,
    "文化": 1804, "文政": 1818, "天保": 1830, "弘化": 1844, "嘉永": 1848, "安政": 1854, "万延": 1860,
    "文久": 1861, "元治": 1864, "慶応": 1865,
}  # fmt: skip
OLD_ERA_NAMES = "|".join(sorted(OLD_ERAS, key=len, reverse=True))


def era_year(era: str, year: int) -> int:
    """Gregorian year of ``year`` of ``era`` (元年 = 1)."""
    return ERAS[era] + year - 1


# Longest month in any year (February 29 exists in leap years): 30/2 and 31/4 are no dates.
MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid(month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= (MONTH_DAYS[month - 1] if month else 31)


def _point(year: int | None, month: int | None, day: int | None, m: re.Match[str] | None = None) -> Point | None:
    """A point with the optional weekday and part of day of match ``m``."""
    if not _valid(month, day) or (year is None and month is None and day is None):
        return None
    point = Point(year=year, month=month, day=day)
    if m is not None:
        groups = m.groupdict()
        wd = groups.get("wd") or groups.get("wd2")
        if wd:
            point = point.with_(weekday=WEEKDAYS[wd])
        if groups.get("part"):
            point = point.with_(part=PARTS[groups["part"]])
    return point


def _kind(point: Point) -> str:
    return "time" if point.part or point.hour is not None else "date"


# A full date whose 日 the page dropped (Wikisource 外務省告示: 批准書を昭和三十一年一月二十八に…寄託した): the
# day right after 月 and before the particle に is read as the day; only after a year and a month.
DAY_WITHOUT_NICHI = rf"(?<=月)(?P<dn>{SHORT})(?=に(?![0-9〇一二三四五六七八九十]))"


# --- Japanese Gregorian: 2024年11月9日, 二〇二四年十一月九日, 11月, 20日, 2018年 12月 ----
# Year (3-4 digits or kanji), month, day, each optional but in this order;
# 年度 (fiscal year) is kept in the surface; a weekday and a part of day may follow the day.
JA_DATE = rf"""
    (?=[0-9〇○一二三四五六七八九十百千]|翌[0-9]{{4}}年)                  # fail fast: a numeral starts it
    (?:(?:翌(?=[0-9]{{4}}年))?                                       # 翌2000年2月9日: 翌 inside, year written
       (?P<y>(?<![0-9〇一二三四五六七八九十百千]){YEAR})年(?P<fy>度)?[ 　]?)?   # year
    (?:(?P<m>(?<![0-9〇一二三四五六七八九十百千]){SHORT})月(?!間)[ 　]?)?      # month (not 3月間)
    # day (not 日間, 日本, 四日市, 1日平均, 2日目: an ordinal counter, the second day of an event)
    (?:(?P<d>(?<![0-9〇一二三四五六七八九十百千]){SHORT})日(?![間本銀市目]|平均|あたり|当たり|につき)
       (?:{WEEKDAY_RE})?(?:{PART_AFTER_NO_RE}?(?P<part>{PART_RE}))?
       |(?(y){DAY_WITHOUT_NICHI}|(?!)))?  # the dropped 日 only in a full date (a year written)
"""


def parse_ja_date(m: re.Match[str]) -> Parsed | None:
    """``2024年11月9日`` and every shorter Japanese form."""
    if not m.group(0).strip() or (m.group("fy") and (m.group("m") or m.group("d"))):
        return None
    year, month, day = num(m.group("y")), num(m.group("m")), num(m.group("d") or m.group("dn"))
    if m.group(0) == "一日":
        return None  # 一日 alone (no month) reads いちにち, a day's length (duration.py); the 1st is 1日 / 十月一日
    if year is not None and year < 1000 and month is None:
        return None  # 100年, 370年: a count of years far more often than a year
    if m.group("m") and m.group("m").startswith("0") and len(m.group("m")) == 1:
        return None
    point = _point(year, month, day, m)
    if point is None:
        return None
    parsed = Parsed(_kind(point), point)
    if m.group("fy"):
        parsed.modifiers.append("年度")
    return parsed


# --- Japanese era: 平成元年1月8日, 令和6年, 昭和64年1月7日, 明治40(1907)年2月1日, 平成24年(2012年) --
JA_ERA = rf"""
    (?P<era>{ERA_NAMES})[ 　]?(?P<ey>元|[0-9]{{1,2}}|{KANJI})          # era and year (元年 = 1)
    (?:[(（](?P<gy>[0-9]{{4}})[)）])?年(?!代)(?P<fy>度)?                 # 明治40(1907)年, 平成23年度
    (?:[(（](?P<gy2>[0-9]{{4}})年?[)）])?                               # 平成24年(2012年)
    # month and day; a space may pad a one-digit number (判決一覧: 令和 4年 2月 7日)
    (?:[ 　]?(?P<m>{SHORT})月)?(?:[ 　]?(?P<d>{SHORT})日(?:{WEEKDAY_RE})?(?P<part>{PART_RE})?|{DAY_WITHOUT_NICHI})?
"""


def parse_ja_era(m: re.Match[str]) -> Parsed | None:
    """Era dates; the calendar is ``japanese``."""
    year_in_era = num(m.group("ey"))
    if year_in_era is None or year_in_era < 1:
        return None
    if m.group("fy") and (m.group("m") or m.group("d")):
        return None
    point = _point(era_year(m.group("era"), year_in_era), num(m.group("m")), num(m.group("d") or m.group("dn")), m)
    if point is None:
        return None
    parsed = Parsed(_kind(point), point.with_(era=m.group("era")), calendar="japanese")
    if m.group("fy"):
        parsed.modifiers.append("年度")
    return parsed


# --- Pre-Meiji era years: 天正18年, 慶応三年, 元禄元年十二月 (lunisolar: the year only) ------
OLD_ERA = rf"""
    (?:(?<![一-龥々])|(?<=[翌同前自至]))                    # not inside a compound (日本文化10年計画); 自…至
    (?P<era>{OLD_ERA_NAMES})(?P<ey>元|[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})
    (?:[(（](?P<gy>[0-9]{{4}})[)）])?年(?!代|間|ぶり|前|後)           # 慶応3(1867)年: the Western year glossed
    (?:(?P<m>閏?{SHORT})月(?:(?P<d>{SHORT})日)?)?                      # months and days kept in the surface
"""


def parse_old_era(m: re.Match[str]) -> Parsed | None:
    """A pre-Meiji era year; the calendar is ``japanese`` and the value the Gregorian year."""
    year_in_era = 1 if m.group("ey") == "元" else num(m.group("ey"))
    if not year_in_era or year_in_era > 70:
        return None
    year = OLD_ERAS[m.group("era")] + year_in_era - 1
    if m.group("gy") and abs(int(m.group("gy")) - year) > 1:  # a gloss that is no year of this era
        return None
    return Parsed("date", Point(year=year), calendar="japanese")


# --- Gregorian year with the era in parentheses: 2012年(平成24年) -----------
# Also 1989(昭和64)年1月7日 and 1989(平成元)年, where 年 follows the parenthesis.  White papers
# (防衛白書: 97(同9)年, 06(同18)年) shorten the Western year to two digits and write 同 for the era of
# the year before; the era year then says the century (98 with 平成10 or 同10 is 1998).
GREGORIAN_WITH_ERA = rf"""
    (?<![0-9])(?P<y>[0-9]{{4}}|[0-9]{{2}}(?=[(（]|年[(（]))
    (?:年[(（](?P<era>{ERA_NAMES}|同)(?P<ey>元|[0-9]{{1,2}}|{KANJI})年[)）]
      |[(（](?P<era2>{ERA_NAMES}|同)(?P<ey2>元|[0-9]{{1,2}}|{KANJI})年?[)）]年)
    (?:(?P<m>{SHORT})月)?(?:(?P<d>{SHORT})日)?
"""
# Last year of each closed era (昭和64 is 1989): a two-digit year is checked against it.
ERA_LAST_YEAR = {"明治": 45, "大正": 15, "昭和": 64, "平成": 31}


def _century_year(two_digits: int, era: str, year_in_era: int) -> int | None:
    """The full year of ``98`` given the era year in parentheses (平成10, or 同10: any era that fits)."""
    eras = ERAS if era == "同" else {era: ERAS[era]}
    years = {
        era_year(name, year_in_era)
        for name in eras
        if year_in_era <= ERA_LAST_YEAR.get(name, 99) and era_year(name, year_in_era) % 100 == two_digits
    }
    return years.pop() if len(years) == 1 else None


def parse_gregorian_with_era(m: re.Match[str]) -> Parsed | None:
    """``1998(平成10)年11月``; ``98(同10)年11月`` takes its century from the era year."""
    year = int(m.group("y"))
    if len(m.group("y")) == 2:
        written = m.group("ey") or m.group("ey2")
        year_in_era = 1 if written == "元" else num(written)
        full = _century_year(year, m.group("era") or m.group("era2"), year_in_era) if year_in_era else None
        if full is None:
            return None
        year = full
    point = _point(year, num(m.group("m")), num(m.group("d")))
    return Parsed("date", point) if point else None


# --- Era letter short forms in lists and tables: H24.4.1, R6.5, R6年度, R6 ---
# Court and database headers pad a one-digit month or day with a space: H17. 6.30, H 9. 3. 5.
ERA_SHORT = r"""
    (?<![A-Za-z0-9_./\-])(?P<e>[MTSHR])(?:\s(?=[0-9][./]))?(?P<ey>[0-9]{1,2})
    (?:(?P<sep>[./])(?:\s(?=[0-9][./]))?(?P<m>[0-9]{1,2})                 # H24.4, H17. 6
       (?:(?P=sep)(?:\s(?=[0-9](?![0-9])))?(?P<d>[0-9]{1,2}))?         # H24.4.1, H17. 6.30
      (?![0-9]|[./][0-9])
     |(?P<fy>年度?)                                                       # R6年度
     |(?=[、,)）\s]|$)(?<=[HR][0-9])|(?<=[HR][0-9]{2})(?=[、,)）\s]|$))     # bare R6 / H24
"""


def parse_era_short(m: re.Match[str]) -> Parsed | None:
    """``H24.4.1`` is 2012-04-01; bare ``S1`` or ``T5`` are too often not dates."""
    era = ERA_LETTERS[m.group("e")]
    year_in_era = int(m.group("ey"))
    if year_in_era < 1 or (era == "平成" and year_in_era > 31) or (era == "令和" and year_in_era > 40):
        return None
    point = _point(era_year(era, year_in_era), num(m.group("m")), num(m.group("d")))
    if point is None:
        return None
    parsed = Parsed("date", point.with_(era=era), calendar="japanese")
    if m.group("fy") == "年度":
        parsed.modifiers.append("年度")
    return parsed


# --- Numeric year first: 2024/11/9, 2024-11-09, 2024.11.9, 2023.9.13. (citations) --
# A year 1800-2099, then month and day with one separator repeated; no digit or
# separator may continue (so 1.2.3 versions and 03-1234-5678 phones never match).
NUMERIC_YMD = r"""
    (?<![0-9./])(?P<y>1[89][0-9]{2}|20[0-9]{2})(?P<sep>[./\-])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})
    (?![0-9]|(?P=sep)[0-9])
"""

# --- Year and month in citations: 2004.5, 2024/11 -------------------------------
# Not followed by another digit group, a percent sign or a unit (2020.5億円 is a number).
NUMERIC_YM = r"""
    (?<![0-9./\-])(?P<y>1[89][0-9]{2}|20[0-9]{2})[./](?P<m>1[0-2]|0?[1-9])
    (?![0-9%％億万兆円倍]|[./\-][0-9])
"""

# --- Day first (Russian and European citations): 14.09.2023, 09.11.2024, 29/2/2020 --
NUMERIC_DMY = r"""
    (?<![0-9./\-])(?P<d>[0-9]{1,2})(?P<sep>[./])(?P<m>[0-9]{1,2})(?P=sep)(?P<y>1[89][0-9]{2}|20[0-9]{2})
    (?![0-9]|[./][0-9])
"""

# --- Day first without a year: 29/2 (the day above 12 says which number is the day) ----
DAY_FIRST = r"""
    (?<![0-9./\-])(?P<d>1[3-9]|2[0-9]|3[01])/(?P<m>1[0-2]|0?[1-9])(?![0-9]|[./\-][0-9])
"""

# --- Month/day with its weekday in notices: 2/28(水), 12/1（金） (a fraction has no weekday) ---
MONTH_SLASH_DAY = rf"""
    (?<![0-9./\-])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9/]){WEEKDAY_RE}
"""


# --- Month/day with a slash and no weekday in running text: 8/9以降, 1/1〜1/3 ---------------------
# Without a weekday ``8/9`` could be a fraction (1/2に減少).  It is a date when a word that only
# follows a point in time comes next (以降, 以来, から, まで, 頃, 付, a range dash); NTT東日本 D-MAIL:
# 年末年始(1/1〜1/3 、12/31)の配達.
SLASH_DATE_FOLLOWER = r"(?:以降|以来|以前|以後|から|まで|頃|ごろ|付け?|時点|現在|発効|締め?切り?|[~〜～])"
MONTH_SLASH_DAY_CUED = rf"""
    (?<![0-9A-Za-z./\-])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9/.])(?={SLASH_DATE_FOLLOWER})
"""
# The same form followed only by a particle or punctuation (つまり8/14にソ連に): a candidate that
# ``dates.slash_dates_by_discourse`` keeps only in a text that already writes a cued M/D date (one
# sense per discourse: a text that writes dates as M/D does so throughout).
MONTH_SLASH_DAY_BARE = r"""
    (?<![0-9A-Za-z./\-])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9/.])
    (?=[にのはもでと、。,，)）\s]|$)
"""


# --- Month/day before a clock time in a news header: 12/11 23:32 更新 (KBC) -------------------------
# A clock time after M/D says it is a date (a fraction has no time of day); the clock joins it later.
MONTH_SLASH_DAY_CLOCK = r"""
    (?<![0-9A-Za-z./\-])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9/.])
    (?=[ ][0-9]{1,2}:[0-9]{2}(?![0-9]))
"""

# What every MONTH_SLASH_DAY_CLOCK match holds with its lookahead (the day, a space, the hour, a colon): a
# document without it is not scanned.
MONTH_SLASH_DAY_CLOCK_GATE = r"/[0-9]{1,2} [0-9]{1,2}:"

# --- Two-digit year, month, day in parentheses after a TV news headline: (19/07/31), (19/08/02) ---
# テレ朝news titles; every part zero-padded and the parentheses around it.  The century comes from
# context as for ``24年`` (resolve.py).
SHORT_YMD = r"""
    (?<=[(（])(?P<yy>[0-9]{2})/(?P<m>0[1-9]|1[0-2])/(?P<d>0[1-9]|[12][0-9]|3[01])(?=[)）])
"""
# What every SHORT_YMD match holds with its lookarounds: a document without it is not scanned.
SHORT_YMD_GATE = r"[(（][0-9]{2}/[0-9]{2}/[0-9]{2}[)）]"


def parse_short_ymd(m: re.Match[str]) -> Parsed | None:
    point = _point(None, int(m.group("m")), int(m.group("d")))
    return Parsed("date", point.with_(year_ref=Ref("century", int(m.group("yy"))))) if point else None


def parse_month_slash_day(m: re.Match[str]) -> Parsed | None:
    """``2/28(水)``: the weekday stays in the point (it picks the year, resolve.py)."""
    point = _point(None, int(m.group("m")), int(m.group("d")), m)
    return Parsed("date", point) if point else None


# --- Month・day in captions: (6・19平壌) -------------------------------------------
MONTH_DOT_DAY = r"""
    (?<=[(（\s])(?P<m>1[0-2]|[1-9])・(?P<d>3[01]|[12][0-9]|[1-9])(?![0-9・号条項章節回])
"""


def parse_numeric(m: re.Match[str]) -> Parsed | None:
    """Numeric forms, Gregorian calendar; month and day validated."""
    groups = m.groupdict()
    point = _point(int(groups["y"]) if groups.get("y") else None, int(groups["m"]), num(groups.get("d")))
    return Parsed("date", point) if point else None


# --- The year of an imprint right after the publisher: (三一書房 1952), (名古屋大学出版会 2009 【A121-J68】),
# (사회과학출판사 1992), (岩波書店 1990); a set's years of publication as a span: (조선로동당출판사 1960-64),
# (…출판사 2009.6-2015.8).  Only before the closing bracket or a call number in 【】. ----------------
_PUBLISHER_LAST = r"[会房店社館閣堂院部局所\uac00-\ud7af]"
IMPRINT_YEAR = rf"""
    (?:(?<={_PUBLISHER_LAST})|(?<={_PUBLISHER_LAST}\s))                      # right after the publisher's name
    (?P<y>1[5-9][0-9]{{2}}|20[0-9]{{2}})(?:\.(?P<m>1[0-2]|[1-9]))?
    (?:[-–~〜](?P<y2>1[5-9][0-9]{{2}}|20[0-9]{{2}}|[0-9]{{2}})(?:\.(?P<m2>1[0-2]|[1-9]))?)?
    (?=\s?【|\s?[)）])
"""
# What every IMPRINT_YEAR match holds with its lookbehind (the publisher's last letter, then the year): the gate.
IMPRINT_YEAR_GATE = rf"{_PUBLISHER_LAST}\s?(?:1[5-9]|20)[0-9]{{2}}"


def year_span_end(year: int, end: str, month: str | None, end_month: str | None) -> int | None:
    """The last year of a span of publication years: ``1960-64`` -> 1964, ``2009.6-2015.8`` -> 2015.

    None when the digits are no such span: a two-digit end of 12 or less without months reads as a month
    (``2011-03``), the end must be a later year within 60, and both sides or neither carry a month.
    Shared by the dates extractor and the citation fields, so an imprint reads the same in both tables.
    """
    if len(end) == 2 and month is None and int(end) <= 12:
        return None
    end_year = int(end) if len(end) == 4 else year // 100 * 100 + int(end)
    if not year < end_year <= year + 60 or (month is None) != (end_month is None):
        return None
    return end_year


def parse_imprint_year(m: re.Match[str]) -> Parsed | None:
    """A year (``1952``) or a span of years of publication (``1960-64`` is 1960 to 1964)."""
    year, month = int(m.group("y")), num(m.group("m"))
    begin = Point(year=year, month=month)
    if not m.group("y2"):
        return Parsed("date", begin)
    end_year = year_span_end(year, m.group("y2"), m.group("m"), m.group("m2"))
    if end_year is None:
        return None
    return Parsed("range", begin, Point(year=end_year, month=num(m.group("m2"))))


# --- Bare years in citations: 』2007, p.94 / , 2023. / (2007) ----------------------
CITATION_YEAR = r"""
    (?:(?<=[』」”"),，])|(?<=[』」”"),，]\s)|(?<=[(（]))
    (?P<y>1[89][0-9]{2}|20[0-9]{2})
    (?=[,，.)）]|\s*$)
"""


# --- A year between an author and pages in a short citation: 竹内均 1970, p. 25. / 吉川智 1993, pp. 96-97. ---
# Wikipedia's {{sfn}} renders ``NAME YEAR, p. N.``; ingest drops the space after a CJK name.
AUTHOR_YEAR_PAGES = r"""
    (?<![0-9./\-])(?P<y>1[89][0-9]{2}|20[0-9]{2})(?=,\s?pp?\.\s?[0-9])
"""
AUTHOR_YEAR_PAGES_GATE = r",\s?pp?\.\s?[0-9]"  # the pages every AUTHOR_YEAR_PAGES match looks ahead to


def parse_citation_year(m: re.Match[str]) -> Parsed | None:
    return Parsed("date", Point(year=int(m.group("y"))))


# --- Decades and centuries: 1990年代, 15世紀 ----------------------------------------
DECADE = r"(?<![0-9])(?:(?P<y>[0-9]{2,3}0)|(?P<yy>[0-9]0))年代"
# A two-digit decade (90年代半ば, 00年代) is read in the century of present-day writing: 30年代-90年代 are the
# 1900s, 00年代-20年代 the 2000s (as two-digit years: no later than about twenty years ahead).
SHORT_DECADE_PIVOT = 30
CENTURY = rf"(?<![0-9])(?P<c>[0-9]{{1,2}}|{KANJI})世紀"


def parse_decade(m: re.Match[str]) -> Parsed | None:
    if m.group("yy"):
        two = int(m.group("yy"))
        return Parsed("date", Point(decade=(1900 + two if two >= SHORT_DECADE_PIVOT else 2000 + two) // 10))
    return Parsed("date", Point(decade=int(m.group("y")) // 10))


def parse_century(m: re.Match[str]) -> Parsed | None:
    century = num(m.group("c"))
    return Parsed("date", Point(century=century)) if century else None


# --- Western citations: September 14, 2023 / 27 April 1981 / April 1981 --------------
EN_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
EN_MONTH = r"(?P<mon>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?)"  # noqa: E501
EN_MDY = (
    rf"(?<![A-Za-z]){EN_MONTH}\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>1[89][0-9]{{2}}|20[0-9]{{2}})(?![0-9])"
)
EN_DMY = rf"(?<![0-9A-Za-z])(?P<d>[0-9]{{1,2}})\s+{EN_MONTH}\s+(?P<y>1[89][0-9]{{2}}|20[0-9]{{2}})(?![0-9])"
EN_MY = rf"(?<![A-Za-z0-9]){EN_MONTH}\s+(?P<y>1[89][0-9]{{2}}|20[0-9]{{2}})(?![0-9])"


# The year of an annual publication's edition in its English title: Hiroshima Report 2018, Nuclear Posture Review
# 2022, SIPRI Yearbook 2023, World Economic Outlook 2024 (a year, printed as the report's own date).
EDITION_TITLE_WORDS = ("Report", "Review", "Yearbook", "Outlook", "Survey")
EN_EDITION_YEAR = (
    "(?:" + "|".join(rf"(?<=[A-Za-z]\x20{word}\x20)" for word in EDITION_TITLE_WORDS) + ")"
    r"(?P<y>19[0-9]{2}|20[0-9]{2})(?![0-9/\-]|\.[0-9])"  # not a number going on: Review 2000-11, 2020.5
)
EN_EDITION_GATE = rf"(?:{'|'.join(EDITION_TITLE_WORDS)}) (?:19|20)[0-9]{{2}}"


def parse_edition_year(m: re.Match[str]) -> Parsed | None:
    point = _point(int(m.group("y")), None, None)
    return Parsed("date", point) if point else None


def parse_english(m: re.Match[str]) -> Parsed | None:
    month = EN_MONTHS[m.group("mon")[:3].lower()]
    point = _point(int(m.group("y")), month, num(m.groupdict().get("d")))
    return Parsed("date", point) if point else None


# --- Russian citations: 28 ноября 1996 года, 14 сентября 2023 г. ---------------------
RU_MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}  # fmt: skip
RU_MONTH_NAMES = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
RU_DATE = rf"""
    (?<![0-9])(?P<d>[0-9]{{1,2}})\s+
    (?P<mon>{RU_MONTH_NAMES})\s+
    (?P<y>1[89][0-9]{{2}}|20[0-9]{{2}})(?:\s*(?:года|г\.))?
"""
# Gazette cites give the year first, then the day: ``Российская газета, 2002, 5 июня``,
# ``РГ. 1995. 17 января.`` (the notes of a commentary on the 2012 law 230-ФЗ, skladknig.com).
RU_YEAR_FIRST = rf"""
    (?<![0-9])(?P<y>1[89][0-9]{{2}}|20[0-9]{{2}})[,.][ ]?(?P<d>[0-9]{{1,2}})\s+(?P<mon>{RU_MONTH_NAMES})(?![а-яё])
"""


def parse_russian(m: re.Match[str]) -> Parsed | None:
    name = m.group("mon")
    month = next(v for k, v in sorted(RU_MONTHS.items(), key=lambda kv: -len(kv[0])) if name.startswith(k))
    point = _point(int(m.group("y")), month, int(m.group("d")))
    return Parsed("date", point) if point else None


# --- Court reports and lists: 昭52・2・17, 平成3・4・1 (era initial or name, dots) ---------
ERA_INITIALS = {"明": "明治", "大": "大正", "昭": "昭和", "平": "平成", "令": "令和"}
ERA_DOTTED = r"""
    # an era name, or its initial alone or after 判/決 (水戸地判昭52・2・17, a court report)
    (?P<era>明治|大正|昭和|平成|令和|(?:(?<=[判決])|(?<![一-龥]))[明大昭平令](?=[0-9元]))
    (?P<ey>元|[0-9]{1,2})[・.](?P<m>1[0-2]|0?[1-9])[・.](?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9])
"""


def parse_era_dotted(m: re.Match[str]) -> Parsed | None:
    era = ERA_INITIALS.get(m.group("era"), m.group("era"))
    point = _point(era_year(era, num(m.group("ey")) or 1), int(m.group("m")), int(m.group("d")))
    return Parsed("date", point.with_(era=era), calendar="japanese") if point else None


# --- The era of the previous mention: 同16年1月14日 after 平成15年 (lists of court decisions) ----------
# 同 + a year number is a year of the era last written (resolve.py); 同年 (no number) is reldate's.
SAME_ERA = rf"""
    同(?P<ey>[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})年(?!間|代|目|ぶり|前|後|以上|度)
    (?:(?P<m>{SHORT})月(?:(?P<d>{SHORT})日(?:{WEEKDAY_RE})?)?)?
"""


def parse_same_era(m: re.Match[str]) -> Parsed | None:
    """``同16年1月14日``: the year counts in the era of the previous mention (``Ref("era", 16)``)."""
    year_in_era = num(m.group("ey"))
    point = _point(None, num(m.group("m")), num(m.group("d")), m) or Point()
    if not year_in_era or not _valid(point.month, point.day):
        return None
    return Parsed("date", point.with_(year_ref=Ref("era", year_in_era)), calendar="japanese")


# --- Years that number a document, not a date (not mentions, but anchors of 同年) -------------
# A case number 平成11年(行ツ)第8号, 令和1年(受)第877号, 昭和三九年(あ)第二九六号, or the number of a law
# or an ordinance 平成30年法律第75号, 昭和三十六年政令第百号, and of a treaty or a notice with its issuer
# (明治40年条約第1号, 昭和二十七年外務省令第六号, 昭和31年外務省告示第11号): the year only dates the numbering.
DOCUMENT_NUMBER_AFTER_YEAR = re.compile(
    r"""\s?(?:[(（][^()（）\s]{1,4}[)）]\s?第?                           # (行ツ)第 / (受)第 / (あ)第: a case number
         |(?:[一-龥]{1,8}?(?:省|庁|府|院|委員会)|内閣)?                 # issued by: 外務省告示, 人事院規則, 内閣告示
          (?:法律|政令|勅令|省令|府令|内閣府令|令|規則|条例|告示|訓令|通達|条約)第)  # 法律第 / 外務省令第
       [0-9〇一二三四五六七八九十百千]+号""",
    re.VERBOSE,
)


# --- Two-digit years in headlines: 24年、1~11月 / 25年3月 / 06年度 --------------------
# The century comes from context (resolve.py); 24年ぶり (a duration) never matches.
# Words a two-digit year names a thing by (``56年宣言`` = the 1956 declaration, ``60年安保`` = the
# 1960 security treaty, ``55年体制``): the year is a label, never a length of 56 years.
YEAR_LABELLED = r"宣言|条約|協定|安保|体制|憲法"
# ... and the acts that happen in a year, glued to it or after に as chronologies write them: アムステルダム条約(99年
# 発効), 93年に発効した (a length is never followed by the act: 発効から28年, not 28年発効).
YEAR_EVENT = (
    r"発効|署名|調印|採択|締結|成立|施行|公布|批准|発足|設立|創設|開催|行われ|開かれ"  # 97年に行われ (goo blog)
)
# ... and the games and fairs a year names, after an optional host (20年東京五輪, 25年大阪・関西万博, 02年W杯,
# sanspo: 02年日韓大会; a blog: 98年のフランス大会): a length of 20 years is never glued to a games' name.
YEAR_GAMES = r"(?:の?[一-龥ァ-ヶー・]{1,6})?(?:五輪|オリンピック|パラリンピック|万博|W杯|ワールドカップ|大会)"
# ... and the opening of the year after it (agora-web.jp: 23年年頭に岸田首相が…): a length has no opening.
YEAR_OPENING = r"年頭|年初(?!来)"
YEAR_NAMING = rf"{YEAR_LABELLED}|{YEAR_GAMES}|に?(?:{YEAR_EVENT})|{YEAR_OPENING}"
SHORT_YEAR = rf"""
    (?:(?<![0-9〇一二三四五六七八九十百千年度一-龥])|(?<=第[0-9]回)|(?<=第[0-9]{{2}}回))  # not 懲役13年 (after a
    (?P<yy>[0-9]{{2}})年                  # kanji); a series' 第17回 02年日韓大会 (the space gone in normalising)
    (?:(?P<m>{SHORT})月(?:(?P<d>{SHORT})日)?|(?P<fy>度)|(?=[、,，])|(?=(?:{YEAR_NAMING}))
       |(?P<bare>(?![間代度前後半ぶ振以余近超程]|[0-9〇一二三四五六七八九十]月)))  # a bare 91年: by context
"""

# News shorthand writes a year with its last two digits (CNN via livedoor: ０２年のＩＣＣ設立, ２３年には; はてな:
# 91年と99年の合意).  A bare two-digit NN年 is such a year, not a length of NN years, when
# - it opens with a zero (02年, 07年): nobody counts a length as 02 years;
# - the text writes the same year in full elsewhere (2023年 … 23年には, 1991年 … 91年の合意);
# - it is listed with such a year (91年と99年の合意: 91 is 1991, so 99 is a year too);
# - it is attributive (NN年の…) in a sentence that writes an attributive four-digit year before it (1991年の…合意、
#   ならびに99年の…合意; imidas: 1955年の結党以来、93年の10カ月の中断): a sequence of years; not after a から
#   (2011年の震災から10年の節目 is a length), nor when not attributive (41年が経過 after 1971年).
# Never with a word of a length after it (23年ぶり, 10年以上, 15年にわたる, 41年が経過: LENGTH_AFTER).
LENGTH_AFTER = re.compile(
    r"(?:間|ぶり|振り|以上|以下|未満|以内|余り|あまり|近く|超|程度|ほど|前|後|に(?:わた|渡)|かけ|が?経|が?たっ|連続)"
)
SPELLED_FULL_YEAR = r"(?<![0-9])(?:19|20){yy}年"
LISTED_SHORT_YEAR_BEFORE = re.compile(r"(?<![0-9])(?P<yy>[0-9]{2})年[とや・、]$")
LISTED_SHORT_YEAR_AFTER = re.compile(r"[とや・、](?P<yy>[0-9]{2})年")
# A four-digit year alone and attributive, then no から up to the two-digit one (not 2011年の震災から10年の節目).
FULL_YEAR_IN_SENTENCE = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}年の(?:(?!から)[^。\n])*$")


def _short_year_named(text: str, yy: str) -> bool:
    """Is the two-digit year ``yy`` sure to be a year by itself: a leading zero or its full form in the text?"""
    return yy.startswith("0") or re.search(SPELLED_FULL_YEAR.format(yy=yy), text) is not None


def short_year_in_context(text: str, start: int, end: int) -> bool:
    """Is the bare two-digit ``NN年`` at ``start:end`` a year by its context (see above)?"""
    yy = text[start : start + 2]
    if not (yy.isdigit() and text[start + 2 : end] == "年") or LENGTH_AFTER.match(text, end):
        return False
    if _short_year_named(text, yy):
        return True
    before = LISTED_SHORT_YEAR_BEFORE.search(text[max(0, start - 4) : start])
    after = LISTED_SHORT_YEAR_AFTER.match(text, end)
    if any(match and _short_year_named(text, match.group("yy")) for match in (before, after)):
        return True
    sentence_start = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    return text.startswith("の", end) and FULL_YEAR_IN_SENTENCE.search(text, sentence_start, start) is not None


def parse_short_year(m: re.Match[str]) -> Parsed | None:
    if m.group("bare") is not None and not short_year_in_context(m.string, m.start("yy"), m.end()):
        return None
    point = _point(None, num(m.group("m")), num(m.group("d")))
    point = (point or Point()).with_(year_ref=Ref("century", int(m.group("yy"))))
    return Parsed("date", point, modifiers=["年度"] if m.group("fy") else [])


# --- A day with its 日 left out before a night word: 11未明 (テレ朝news: 11未明に千葉県を震源とした) ------
# Only the words that never follow a plain count (未明, 早朝, 深夜); 11時 / 11月 are other patterns.
DAY_NO_NICHI = r"(?<![0-9.,])(?P<d>3[01]|[12][0-9]|[1-9])(?P<part>未明|早朝|深夜)"


def parse_day_no_nichi(m: re.Match[str]) -> Parsed | None:
    return Parsed("time", Point(day=int(m.group("d")), part=PARTS[m.group("part")]))


# --- Years before the common era: 紀元前3千年, 紀元前221年, 紀元前五世紀 is a century (not here) --------
# ISO 8601 counts years astronomically (1 BC = 0000), so 紀元前221年 is -0220 and 紀元前3千年 is -2999.
# 紀元前200年代 (a decade or so before the era): a mention without a value, never the 200s of the era.
BCE_YEAR = rf"紀元前(?P<y>[0-9]+千|[0-9]{{1,4}}|{KANJI})年(?P<decade>代)?(?![度間])"


def parse_bce_year(m: re.Match[str]) -> Parsed | None:
    if m.group("decade"):
        return Parsed("date", Point())
    raw = m.group("y")
    count = int(raw[:-1]) * 1000 if raw.endswith("千") and raw[:-1].isdigit() else num(raw)
    if not count:
        return None
    return Parsed("date", Point(year=1 - count))


# 紀元前5世紀 (pedia.3rd-in.co.jp: 紀元前5世紀(紀元前500年から紀元前401年)): a mention without a value (ISO 8601
# centuries of astronomical years do not line up with the centuries before the era), never the 5th century.
BCE_CENTURY = rf"紀元前(?P<c>[0-9]{{1,2}}|{KANJI})世紀"


def parse_bce_century(m: re.Match[str]) -> Parsed | None:
    return Parsed("date", Point())


# --- An era as a span: 元禄年間 (sangakaiku.com: 元禄年間とは,1688年から1704年で) ----------------------
# From its first year to the year the next era began (the change fell inside that year): 元禄年間 -> 1688/1704.
# Only where the table lists every era in turn (応仁 onwards, and the modern ones); 令和年間 has no end yet.
_ERA_SEQUENCE = sorted(
    [(year, name) for name, year in OLD_ERAS.items() if year >= OLD_ERAS["応仁"]] + [(y, n) for n, y in ERAS.items()]
)
ERA_SPANS = {name: (start, nxt) for (start, name), (nxt, _) in itertools.pairwise(_ERA_SEQUENCE)}
ERA_SPAN = rf"(?<![一-龥々])(?P<era>{'|'.join(sorted(ERA_SPANS, key=len, reverse=True))})年間"


def parse_era_span(m: re.Match[str]) -> Parsed | None:
    start, end = ERA_SPANS[m.group("era")]
    return Parsed("range", Point(year=start), Point(year=end), calendar="japanese")


# --- Named days: 元旦, 元日, 大晦日 (the year comes from context) ----------------------
NAMED_DAYS = {"元旦": (1, 1), "元日": (1, 1), "大晦日": (12, 31), "大みそか": (12, 31)}
NAMED_DAY = r"(?P<name>元旦|元日(?!本)|大晦日|大みそか)"  # not 元日本代表 (元 + 日本: a former Japan player)


def parse_named_day(m: re.Match[str]) -> Parsed | None:
    month, day = NAMED_DAYS[m.group("name")]
    return Parsed("date", Point(month=month, day=day))


# --- Japanese national holidays: こどもの日, 2024年の海の日 (the date from holidays.py) --------
HOLIDAY_NAMES = (
    "成人の日|建国記念の日|天皇誕生日|春分の日|昭和の日|みどりの日|憲法記念日|こどもの日|海の日"
    "|山の日|敬老の日|秋分の日|スポーツの日|体育の日|文化の日|勤労感謝の日"
)
# A holiday's name starts a word: not inside a compound ending in a kanji (日本海の日本: the sea 日本海, then
# の日本, is no 海の日); a year before it is written with 年 (2024年海の日).
HOLIDAY = rf"(?:(?P<y>(?<![0-9])[0-9]{{4}})年の?|(?<![一-龥々]))(?P<name>{HOLIDAY_NAMES})"


# An ordinal before a holiday makes it the name of a yearly event (第35回憲法記念日集会, 第43回憲法記念日講演会):
# the event is named after the holiday, the holiday itself is not mentioned; the text dates the event apart.
EVENT_ORDINAL_BEFORE = re.compile(r"第[0-9〇一二三四五六七八九十百]+回$")


def parse_holiday(m: re.Match[str]) -> Parsed | None:
    if not m.group("y") and EVENT_ORDINAL_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None
    year = int(m.group("y")) if m.group("y") else None
    return Parsed("date", Point(year=year, holiday=m.group("name")))


PATTERNS = [
    pattern("holiday", HOLIDAY, parse_holiday, gate=HOLIDAY_NAMES),  # gate: every match names the holiday
    pattern("ja_date", JA_DATE, parse_ja_date),
    pattern("named_day", NAMED_DAY, parse_named_day),
    pattern("bce_year", BCE_YEAR, parse_bce_year),
    pattern("bce_century", BCE_CENTURY, parse_bce_century, gate="紀元前"),
    pattern("era_span", ERA_SPAN, parse_era_span, gate="年間"),
    pattern("day_no_nichi", DAY_NO_NICHI, parse_day_no_nichi),
    pattern("era_dotted", ERA_DOTTED, parse_era_dotted),
    pattern("short_year", SHORT_YEAR, parse_short_year),
    pattern("ja_era", JA_ERA, parse_ja_era),
    pattern("old_era", OLD_ERA, parse_old_era),
    pattern("gregorian_with_era", GREGORIAN_WITH_ERA, parse_gregorian_with_era),
    pattern("era_short", ERA_SHORT, parse_era_short),
    pattern("same_era", SAME_ERA, parse_same_era),
    pattern("numeric_ymd", NUMERIC_YMD, parse_numeric),
    pattern("numeric_ym", NUMERIC_YM, parse_numeric),
    pattern("numeric_dmy", NUMERIC_DMY, parse_numeric),
    pattern("month_dot_day", MONTH_DOT_DAY, parse_numeric),
    pattern("day_first", DAY_FIRST, parse_numeric),
    pattern("month_slash_day", MONTH_SLASH_DAY, parse_month_slash_day),
    pattern("month_slash_day_cued", MONTH_SLASH_DAY_CUED, parse_numeric),
    pattern("month_slash_day_clock", MONTH_SLASH_DAY_CLOCK, parse_numeric, gate=MONTH_SLASH_DAY_CLOCK_GATE),
    pattern("short_ymd", SHORT_YMD, parse_short_ymd, gate=SHORT_YMD_GATE),
    pattern("author_year_pages", AUTHOR_YEAR_PAGES, parse_citation_year, gate=AUTHOR_YEAR_PAGES_GATE),
    pattern("month_slash_day_bare", MONTH_SLASH_DAY_BARE, parse_numeric),
    pattern("citation_year", CITATION_YEAR, parse_citation_year),
    pattern("imprint_year", IMPRINT_YEAR, parse_imprint_year, gate=IMPRINT_YEAR_GATE),
    pattern("decade", DECADE, parse_decade, gate="0年代"),  # gate: every decade ends in 0年代
    pattern("century", CENTURY, parse_century),
    pattern("en_mdy", EN_MDY, parse_english),
    pattern("en_dmy", EN_DMY, parse_english),
    pattern("en_my", EN_MY, parse_english),
    pattern("en_edition", EN_EDITION_YEAR, parse_edition_year, gate=EN_EDITION_GATE),
    pattern("ru_date", RU_DATE, parse_russian),
    pattern("ru_year_first", RU_YEAR_FIRST, parse_russian),
]
