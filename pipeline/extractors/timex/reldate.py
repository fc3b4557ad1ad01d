"""Relative dates: 同日, 翌日, 前日, 同年6月, 昨年, 今年の9月, 来月の4日, 来週の月曜日.

Each word says which part of the date it takes from context and from what:
``prev`` (the previous date mention: 同年, 翌日) or ``pub`` (the publication
date: 昨年, 今日).  The parts written after it (同年 *6月*) are kept.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extractors.timex.absdate import HOLIDAY_NAMES, PART_RE, PARTS, WEEKDAY_RE, WEEKDAYS
from pipeline.extractors.timex.base import SHORT, Parsed, Point, Ref, num, pattern

# Year words -> (base, offset in years).
YEAR_WORDS = {
    "同年": Ref("prev"), "翌年": Ref("prev", 1), "翌々年": Ref("prev", 2), "前年": Ref("prev", -1),
    "今年": Ref("pub"), "本年": Ref("pub"), "今年度": Ref("pub"), "本年度": Ref("pub"),
    "昨年": Ref("pub", -1), "去年": Ref("pub", -1), "一昨年": Ref("pub", -2), "来年": Ref("pub", 1),
    "再来年": Ref("pub", 2), "同年度": Ref("prev"), "昨年度": Ref("pub", -1), "来年度": Ref("pub", 1),
    "その年": Ref("prev"), "同じ年": Ref("prev"), "その翌年": Ref("prev", 1), "その前年": Ref("prev", -1),
    "この年": Ref("prev"),  # この年3月 (台湾関係法: the year just named), as その年
    "前の年": Ref("prev", -1), "次の年": Ref("prev", 1),
    "前年度": Ref("prev", -1), "翌年度": Ref("prev", 1),  # fiscal years counted from the previous mention
    "次年度": Ref("pub", 1),  # 大船渡市長会見: 次年度以降、しっかりと漁ができるように (the next fiscal year)
}  # fmt: skip
# Month words -> (base, offset in months).
MONTH_WORDS = {
    "同月": Ref("prev"), "翌月": Ref("prev", 1), "前月": Ref("prev", -1),
    "今月": Ref("pub"), "本月": Ref("pub"), "先月": Ref("pub", -1), "来月": Ref("pub", 1),
    "先々月": Ref("pub", -2), "再来月": Ref("pub", 2), "その月": Ref("prev"), "同じ月": Ref("prev"),
}  # fmt: skip
# Day words -> (base, offset in days).  当日 is the day of the previous mention.
DAY_WORDS = {
    "同日": Ref("prev"), "当日": Ref("prev"), "翌日": Ref("prev", 1), "翌々日": Ref("prev", 2),
    "前日": Ref("prev", -1), "前々日": Ref("prev", -2),
    "今日": Ref("pub"), "本日": Ref("pub"), "昨日": Ref("pub", -1), "一昨日": Ref("pub", -2),
    "明日": Ref("pub", 1), "明後日": Ref("pub", 2), "その日": Ref("prev"), "この日": Ref("prev"),
    "その翌日": Ref("prev", 1), "その前日": Ref("prev", -1),
}  # fmt: skip
# Week words -> (base, offset in weeks), used before a weekday: 来週の月曜日.
WEEK_WORDS = {
    "今週": Ref("pub"),
    "来週": Ref("pub", 1),
    "先週": Ref("pub", -1),
    "翌週": Ref("pub", 1),
    "次の": Ref("pub", 1),
}
# Weeks standing alone -> ISO week (2018-W11): 先週, 今週, 来週, 翌週, 次の週, その週.
WEEK_ALONE = {
    "今週": 0,
    "本週": 0,
    "来週": 1,
    "翌週": 1,
    "次週": 1,
    "次の週": 1,
    "先週": -1,
    "前週": -1,
    "その週": 0,
    "同じ週": 0,
}


def _alternation(words: dict[str, Ref]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# 同年6月, 今年の9月, 翌年, 昨年 (a year word, then an optional month and day).
# 前年比 and 今年度予算 stay dates; 同年代 (same age) is not one; nor is the 本年 inside 日本年 (「ロシアにおける
# 日本年」: the Japan Year, 日本 + 年): checked after the match (after_nichi), which keeps re's literal scan.
# Nor a noun of money glued to その年 / この年 (この年金制度, その年収): 年金, 年収, 年俸 are words of their own.
YEAR_REL = rf"""
    (?P<yw>{_alternation(YEAR_WORDS)})(?!代|齢|生|金|収|俸|末年始)  # この年末年始: the holiday season, no year
    (?:の?(?P<ey>(?<![0-9])[0-9]{{4}})年(?!度))?  # 来年2023年, 今年2020年5月: the written year, one mention
    (?:の?(?P<m>{SHORT})月(?:(?P<d>{SHORT})日(?P<part>{PART_RE})?)?
       |(?P<sm>1[0-2]|0?[1-9])/(?P<sd>3[01]|[12][0-9]|0?[1-9])(?![0-9/.]))?   # 同年12/12 (a year word, then M/D)
"""


def after_nichi(text: str, start: int) -> bool:
    """Whether a year word would start at the 本 of 日本 (日本年 is 日本 + 年, no 本年)."""
    return start > 0 and text.startswith("日本", start - 1)


def parse_year_rel(m: re.Match[str]) -> Parsed | None:
    month, day = num(m.group("m") or m.group("sm")), num(m.group("d") or m.group("sd"))
    point = Point(year_ref=YEAR_WORDS[m.group("yw")], month=month, day=day)
    if m.group("ey"):  # the year written after the word is the value; the word only confirms it
        point = point.with_(year=int(m.group("ey")), year_ref=None)
    if m.group("part"):
        point = point.with_(part=PARTS[m.group("part")])
    parsed = Parsed("time" if point.part else "date", point)
    if m.group("yw").endswith("年度"):
        parsed.modifiers.append("年度")
    return parsed


# 同月20日, 来月の4日, 今月10日, 先月.
MONTH_REL = rf"""
    (?P<mw>{_alternation(MONTH_WORDS)})
    (?:の?(?P<d>{SHORT})日(?P<part>{PART_RE})?)?
"""


def parse_month_rel(m: re.Match[str]) -> Parsed | None:
    point = Point(month_ref=MONTH_WORDS[m.group("mw")], day=num(m.group("d")))
    if m.group("part"):
        point = point.with_(part=PARTS[m.group("part")])
    return Parsed("time" if point.part else "date", point)


# 同日, 翌日, 前日, 今日, 昨日夜, 本日の午後 (a day word, then an optional part of day; after の only
# the unambiguous parts: 今日の日中関係 is Japan-China, 本日の朝日新聞 a newspaper).
# 前日比 stays a date; 本日付 too.  今日的 (modern) is not a date.
PART_AFTER_NO = r"(?:午前中|午前|午後|夕方|夜(?!間)|晩|早朝|深夜)(?![0-9一二三四五六七八九十])"
# A day word whose 日 begins a pair of countries (その日米安保条約 is "that Japan-US security treaty", この日米同盟):
# the 日 is Japan's, no day.  Only before the words such pairs name (安保, 同盟, 関係, …) or a third country.
_COUNTRY_LETTER = "[米韓露朝英仏独豪印中]"
COUNTRY_PAIR_AFTER = (
    rf"{_COUNTRY_LETTER}(?:安保|同盟|関係|首脳|両国|両政府|間|共同|協力|貿易|外相|防衛|地位協定|{_COUNTRY_LETTER})"
)
DAY_REL = rf"""
    (?P<dw>{_alternation(DAY_WORDS)})(?!的|性|{COUNTRY_PAIR_AFTER})(?:(?P<part>{PART_RE})|の(?P<part_no>{PART_AFTER_NO}))?
"""
# One-word day and part of day: 昨夜 is the night of yesterday (TIMEX3 2017-07-20TNI), 今朝 this morning.
DAY_PART_WORDS = {
    "昨夜": (Ref("pub", -1), "NI"), "昨晩": (Ref("pub", -1), "NI"), "昨夕": (Ref("pub", -1), "EV"),
    "今朝": (Ref("pub"), "MO"), "今夜": (Ref("pub"), "NI"), "今晩": (Ref("pub"), "NI"), "今夕": (Ref("pub"), "EV"),
    "明朝": (Ref("pub", 1), "MO"), "明晩": (Ref("pub", 1), "NI"), "同夜": (Ref("prev"), "NI"),
    "翌朝": (Ref("prev", 1), "MO"), "前夜": (Ref("prev", -1), "NI"),
}  # fmt: skip
DAY_PART = rf"(?P<dpw>{_alternation(DAY_PART_WORDS)})(?!祭|食|刊|体)"  # not 前夜祭, 明朝体 (a typeface)


# Day words in hiragana, as broadcast news writes them (TBS NEWS DIG: きのうの夜に続き、けさ、…北朝鮮はきょう
# 午前8時24分ごろ; 日テレ: 衆議院選挙はあす公示).  Kana can begin other words (きょうだい, あすか, きのうせい), so
# the word stands after a non-hiragana letter and before a particle, punctuation, a kanji noun (あす公示,
# きょう発売), a clock time (きょう午前8時) or a part of the day.
KANA_DAY_WORDS = {
    "きょう": Ref("pub"), "あす": Ref("pub", 1), "あした": Ref("pub", 1), "あさって": Ref("pub", 2),
    "きのう": Ref("pub", -1), "おととい": Ref("pub", -2),
}  # fmt: skip
KANA_DAY_FOLLOWER = r"[はのもにがで、。,，」』)）\s一-龥]|から|まで|[0-9]|$"
KANA_DAY = rf"""
    (?:(?<![ぁ-ゖ])|(?<=[はもがをとでに]))(?P<dw>{_alternation(KANA_DAY_WORDS)})  # after a particle: 北朝鮮はきょう
    (?:(?P<part>{PART_RE})|の(?P<part_no>{PART_AFTER_NO})|(?={KANA_DAY_FOLLOWER}))
"""
# けさ (this morning) on the same terms: not the folk song おけさ.
KANA_MORNING = rf"(?:(?<![ぁ-ゖ])|(?<=[はもがをとでに]))けさ(?={KANA_DAY_FOLLOWER})"


def _day_word(m: re.Match[str], words: dict[str, Ref]) -> Parsed:
    """A day word (``dw``) with the part of the day after it, if any: a time when the part is given."""
    point = Point(day_ref=words[m.group("dw")])
    part = m.group("part") or m.group("part_no")
    if part:
        point = point.with_(part=PARTS[part])
    return Parsed("time" if point.part else "date", point)


def parse_kana_day(m: re.Match[str]) -> Parsed | None:
    return _day_word(m, KANA_DAY_WORDS)


# Year words in kana, as NHK writes them: ことし (this year), きょねん, らいねん; on the same terms as the kana days
# (not inside a word: することしか is する + ことしか, whose か no day word takes either); also after の, as a
# noun's modifier (ASEANのことしの議長国).
KANA_YEAR_WORDS = {"ことし": Ref("pub"), "きょねん": Ref("pub", -1), "らいねん": Ref("pub", 1)}
KANA_YEAR = rf"""
    (?:(?<![ぁ-ゖ])|(?<=[はもがをとでにの]))(?P<yw>{_alternation(KANA_YEAR_WORDS)})  # 連合のことしの議長国
    (?:の?(?P<m>{SHORT})月(?:(?P<d>{SHORT})日)?|(?={KANA_DAY_FOLLOWER}))  # ことし3月, ことし4月1日
"""


def parse_kana_year(m: re.Match[str]) -> Parsed | None:
    point = Point(year_ref=KANA_YEAR_WORDS[m.group("yw")], month=num(m.group("m")), day=num(m.group("d")))
    return Parsed("date", point)


def parse_kana_morning(m: re.Match[str]) -> Parsed | None:
    return Parsed("time", Point(day_ref=Ref("pub"), part="MO"))


# 今日 read こんにち, "nowadays", not the day of publication: before では / でも, 至る, a lasting verb after にも
# or まで, a degree adverb (今日まったく使われていない, 今日ではほとんど使われなくなり, 今日にも続く課題), or a
# noun of an age (今日の挑戦, 今日の社会).  今日にも発表 (as soon as today) and 今日まで (until today) stay days.
NOWADAYS_AFTER = re.compile(
    r"(?:では|でも|に至|にも(?:続|残|通)|まで(?:受け継|続|残|伝)"
    r"|(?:まったく|全く|ほとんど|もはや|もなお|なお|一般に|広く)"
    r"|の(?:社会|世界|時代|我々|われわれ|私たち|挑戦|課題|国際社会|情勢|人類|文明))"
)


# 前日 / 翌日 of a day the text names by an event (施行の日の前日まで, 掲示を始めた日の翌日, 末日の前日): statutes
# count from a day no calendar gives, so no date mention.  Not after a date (19日の翌日) or その日/同日.
EVENT_DAY_BEFORE = re.compile(r"(?<![0-9０-９〇一二三四五六七八九十同そ])日の$")
EVENT_SHIFT_WORDS = ("前日", "翌日", "前々日", "翌々日")


# A kanji that makes a name with 本 (熊本, 松本, 山本, 岡本, 橋本, 坂本, 日本 …): 本日 right after it is that name
# and the next word (熊本日日新聞 is the Kumamoto newspaper, 松本日銀審議委員), never "today".
NAME_WITH_HON_BEFORE = re.compile(r"[熊松山岡橋坂宮杉根藤榎森吉塚西福川河野竹寺岸浜秋日]$")


def parse_day_rel(m: re.Match[str]) -> Parsed | None:
    if m.group("dw") == "本日" and NAME_WITH_HON_BEFORE.search(m.string, max(0, m.start() - 1), m.start()):
        return None
    if m.group("dw") in EVENT_SHIFT_WORDS and EVENT_DAY_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None
    if m.group("dw") == "今日" and m.group("part") is None and NOWADAYS_AFTER.match(m.string, m.end()):
        return None
    return _day_word(m, DAY_WORDS)


# 午前中 / 午前 / 午後 on their own ("in the morning", Recognizers-Text: 午前中に会いましょう -> TMO; 共同通信:
# 日ロ首脳が午後、山口で会談): a half of the day whose day the text does not write; it takes the day the
# story is at (resolve.py: the last day of the paragraph, else the publication date).  After a day
# word or a day it is part of that mention (本日午前中, 22日午後); before a numeral it opens a clock time.
BARE_MORNING = r"(?<![0-9日の])(?P<half>午前中|午前|午後)(?![0-9０-９〇一二三四五六七八九十零]|[時零])"


def parse_bare_morning(m: re.Match[str]) -> Parsed | None:
    return Parsed("time", Point(part=PARTS[m.group("half")]))


def parse_day_part(m: re.Match[str]) -> Parsed | None:
    ref, part = DAY_PART_WORDS[m.group("dpw")]
    return Parsed("time", Point(day_ref=ref, part=part))


# 来週の月曜日, 今週の金曜日, 先週の水曜日, 次の木曜日, or a bare 金曜日.
# Not the weekday a date is said to fall on (makino blog: 12月28日が土曜日ですので, 1月4日も土曜日): a predicate.
WEEKDAY_REL = rf"""
    (?<![0-9〇一二三四五六七八九十]日[がはも])
    (?:(?P<ww>{_alternation(WEEK_WORDS)})の?)?(?P<wd>[月火水木金土日])曜日
"""


def parse_weekday(m: re.Match[str]) -> Parsed | None:
    ref = WEEK_WORDS[m.group("ww")] if m.group("ww") else Ref("pub")
    return Parsed("date", Point(weekday=WEEKDAYS[m.group("wd")], day_ref=Ref("week", ref.offset)))


# 先週, 今週, 来週 (not 今週末, a weekend, nor 同じ週刊誌, nor 先週の月曜日, a day).
WEEK_REL = rf"(?P<wk>{'|'.join(sorted(WEEK_ALONE, key=len, reverse=True))})(?!末|刊)"


def parse_week(m: re.Match[str]) -> Parsed | None:
    return Parsed("date", Point(day_ref=Ref("week", WEEK_ALONE[m.group("wk")])))


# 今週末, 先週末, 来週末, その週末 -> the weekend of that ISO week (TIMEX3 2018-W48-WE).
WEEKEND = r"(?P<wk>今週|先週|来週|翌週|その週|同じ週)末"


def parse_weekend(m: re.Match[str]) -> Parsed | None:
    return Parsed("date", Point(day_ref=Ref("week", WEEK_ALONE[m.group("wk")]), part="WE"))


# 翌8日 (the 8th, the day after the previous mention): a day number, month from context; its
# weekday may follow (翌27日(火曜日)) as after any day.
NEXT_DAY_NUMBER = rf"翌(?P<d>{SHORT})日(?:{WEEKDAY_RE})?(?P<part>{PART_RE})?"


def parse_next_day_number(m: re.Match[str]) -> Parsed | None:
    day = num(m.group("d"))
    if day is None or not 1 <= day <= 31:
        return None
    wd = m.group("wd") or m.group("wd2")
    point = Point(day=day, part=PARTS[m.group("part")] if m.group("part") else None)
    point = point.with_(weekday=WEEKDAYS[wd]) if wd else point
    return Parsed("time" if point.part else "date", point)


# 年末, 年初来, 月末 alone: the end or start of the publication year or month (末 / 初 as modifier);
# 先月初め is a month word with its modifier, not 月初め; 年末年始 (the New Year holidays) is neither;
# 2023年年初 / 令和5年年末 is the year's own modifier (modifiers.POINT_SUFFIX), not a second mention.
PERIOD_EDGE = (
    r"(?<![0-9〇一二三四五六七八九十同翌前今本昨来毎先])(?<![0-9〇一二三四五六七八九十元]年)"
    r"(?P<unit>年|月)(?P<edge>末|初来|初め|初)(?!期|尾|年始)"
)


def parse_period_edge(m: re.Match[str]) -> Parsed | None:
    point = Point(year_ref=Ref("pub")) if m.group("unit") == "年" else Point(month_ref=Ref("pub"))
    return Parsed("date", point, modifiers=[m.group("edge")])


# Seasons: 今夏, 昨秋, 来春, 今年の夏, 2016年夏 -> TIMEX3 2016-SU (夏休み, 冬季 are not seasons of a year).
SEASONS = {"春": "SP", "夏": "SU", "秋": "FA", "冬": "WI"}
# 来春 / 昨秋: the next / last such season around the publication date (resolve.py).
SEASON_PREFIX = {
    "今": Ref("pub"),
    "昨": Ref("season", -1),
    "来": Ref("season", 1),
    "翌": Ref("prev", 1),
    "同": Ref("prev"),
}
SEASON = rf"""
    (?:(?P<yw>{_alternation(YEAR_WORDS)})の?|(?P<y>(?<![0-9])[0-9]{{4}})年の?|(?P<short>[今昨来翌同]))
    (?P<season>[春夏秋冬])(?!休|季|期|場|物|服|祭|至|分|眠|日)
"""


def parse_season(m: re.Match[str]) -> Parsed | None:
    season = SEASONS[m.group("season")]
    if m.group("y"):
        return Parsed("date", Point(year=int(m.group("y")), season=season))
    ref = YEAR_WORDS[m.group("yw")] if m.group("yw") else SEASON_PREFIX[m.group("short")]
    return Parsed("date", Point(year_ref=ref, season=season))


# 第31週, 2018年の第3週, 2015年の最初の週, 2016年の最後の週 -> ISO weeks.
ISO_WEEK = rf"(?:(?P<y>(?<![0-9])[0-9]{{4}})年の?)?(?:第(?P<n>{SHORT})週(?!目|間)|(?<=年の)(?P<edge>最初|最後)の週)"


def parse_iso_week(m: re.Match[str]) -> Parsed | None:
    if m.group("edge"):
        if not m.group("y"):
            return None
        year = int(m.group("y"))
        last = dt.date(year, 12, 28).isocalendar()[1]
        return Parsed("date", Point(year=year, week=1 if m.group("edge") == "最初" else last))
    week = num(m.group("n"))
    if week is None or not 1 <= week <= 53:
        return None
    year = int(m.group("y")) if m.group("y") else None
    return Parsed("date", Point(year=year, week=week, year_ref=None if year else Ref("pub")))


# Weekdays and weeks of a month: 1月の第2月曜日, 4月の最終月曜日, 四月最後の月曜日, 6月第2週,
# 2015年1月の最初の週.  A week of a month is the Monday-first week holding its first (or last) day.
ORDINALS = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5}
MONTH_NTH = rf"""
    (?:(?P<y>(?<![0-9])[0-9]{{4}})年の?)?(?P<m>(?<![0-9〇一二三四五六七八九十]){SHORT})月の?
    (?:第(?P<n>[1-5一二三四五])|(?P<last>最終|最後の?)|(?P<first>最初の))
    (?:(?P<wd>[月火水木金土日])曜日?|(?P<week>週)(?!目|間))
"""


def parse_month_nth(m: re.Match[str]) -> Parsed | None:
    month = num(m.group("m"))
    if month is None or not 1 <= month <= 12 or (m.group("first") and not m.group("week")):
        return None
    nth = -1 if m.group("last") else 1 if m.group("first") else ORDINALS[m.group("n")]
    year = int(m.group("y")) if m.group("y") else None
    weekday = WEEKDAYS[m.group("wd")] if m.group("wd") else None
    return Parsed("date", Point(year=year, month=month, nth=nth, weekday=weekday))


# 今年の海の日, 昨年の文化の日: a holiday in a year named relative to the publication date.
YEAR_HOLIDAY = rf"(?P<yw>{_alternation(YEAR_WORDS)})の?(?P<name>{HOLIDAY_NAMES})"


def parse_year_holiday(m: re.Match[str]) -> Parsed | None:
    return Parsed("date", Point(year_ref=YEAR_WORDS[m.group("yw")], holiday=m.group("name")))


# Periods a text names by its own calendar, whose dates the words alone do not give: a sports season
# (今季, 来季: J-League seasons are calendar years, B.League's run October-May) and a fiscal quarter
# (第3四半期: October-December for a company closing in March, July-September for one closing in
# December).  Mentions without a value, as 今年度 without an anchor (yokohamarosa.hatenablog.com
# 2019-12-27: 契約は今季までだった; media.monex.co.jp/articles/-/998: 第3四半期(10-12月期)に増益).
SPORTS_SEASON = r"(?P<sw>今季|来季|昨季|前季|同季|(?:今|来|昨|前)シーズン)(?![節限報語])"
# Not the name of an accounting period whose dates follow (前第1四半期連結累計期間(自 2023年1月1日 至 …): the
# dates are the mention), nor a document title (四半期報告書, 決算短信).
FISCAL_QUARTER = r"第(?P<q>[1-4１-４一二三四])四半期(?!報告|決算短信|(?:連結)?(?:累計|会計)期間)"


# A quarter of a written calendar year: 2017年第1四半期 -> TIMEX3 2017-Q1 (one mention, as 2016年夏 is 2016-SU).
# A fiscal year's quarter (2017年度第1四半期) has no calendar value and stays with FISCAL_QUARTER.
# The year may be a year word: 来年第1四半期 (the next calendar year's first quarter).
YEAR_QUARTER = rf"(?:(?<![0-9])(?P<y>[0-9]{{4}})年|(?P<yw>今年|本年|来年|昨年|去年|同年|翌年))の?{FISCAL_QUARTER}"


def parse_year_quarter(m: re.Match[str]) -> Parsed | None:
    quarter = f"Q{num(m.group('q'))}"
    if m.group("yw"):
        return Parsed("date", Point(year_ref=YEAR_WORDS[m.group("yw")], season=quarter))
    return Parsed("date", Point(year=int(m.group("y")), season=quarter))


def parse_unvalued_period(m: re.Match[str]) -> Parsed | None:
    return Parsed("date", Point())


# The same day N years back (canpan blog 2017-01-25: 1年前の今日、2年前の今日…): one mention, today's month and
# day in the year N years before; not 1年前の今日の (a length then a noun phrase is rare; kept simple).
YEARS_AGO_TODAY = r"(?P<n>[1-9][0-9]?)年前の(?:今日|本日|きょう)"


def parse_years_ago_today(m: re.Match[str]) -> Parsed | None:
    point = Point(year_ref=Ref("pub", -int(m.group("n"))), month_ref=Ref("pub"), day_ref=Ref("pub"))
    return Parsed("date", point)


PATTERNS = [
    pattern("years_ago_today", YEARS_AGO_TODAY, parse_years_ago_today, gate="年前の"),
    pattern("sports_season", SPORTS_SEASON, parse_unvalued_period, gate="季|シーズン"),
    pattern("year_quarter", YEAR_QUARTER, parse_year_quarter, gate="四半期"),
    pattern("fiscal_quarter", FISCAL_QUARTER, parse_unvalued_period),
    pattern("year_holiday", YEAR_HOLIDAY, parse_year_holiday),
    pattern("month_nth", MONTH_NTH, parse_month_nth),
    pattern("season", SEASON, parse_season),
    pattern("iso_week", ISO_WEEK, parse_iso_week),
    pattern("next_day_number", NEXT_DAY_NUMBER, parse_next_day_number),
    pattern("period_edge", PERIOD_EDGE, parse_period_edge),
    pattern("year_rel", YEAR_REL, parse_year_rel, reject_start=after_nichi),
    pattern("week_rel", WEEK_REL, parse_week),
    pattern("weekend", WEEKEND, parse_weekend),
    pattern("month_rel", MONTH_REL, parse_month_rel),
    pattern("day_rel", DAY_REL, parse_day_rel),
    pattern("day_part", DAY_PART, parse_day_part),
    pattern("kana_day", KANA_DAY, parse_kana_day, gate=_alternation(KANA_DAY_WORDS)),
    pattern("kana_year", KANA_YEAR, parse_kana_year, gate=_alternation(KANA_YEAR_WORDS)),
    pattern("kana_morning", KANA_MORNING, parse_kana_morning, gate="けさ"),
    pattern("bare_morning", BARE_MORNING, parse_bare_morning),
    pattern("weekday", WEEKDAY_REL, parse_weekday),
]
