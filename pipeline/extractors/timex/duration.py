"""Durations: 4年半ぶり, 28年ぶり, 約9か月後, 10時間以上, 1時間半, 3カ月, 2週間, 数日間.

A duration followed by 前/後/先 (3日前, 1年後) is also a relative date; the
shift is kept in the point and resolved in context (``resolve.py``).  Bare
``N年`` is a duration only for 1-2 digit numbers (``28年``); ``1961年`` is a year.
"""

from __future__ import annotations

import re

from pipeline.extractors.timex.absdate import YEAR_NAMING, short_year_in_context
from pipeline.extractors.timex.base import KANJI, SHORT, Duration, Parsed, Point, Ref, num, pattern

# A count: Arabic digits (with a decimal part: 123.45秒), kanji, 数 (several), 数十.
COUNT = rf"(?:(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?![0-9])|{KANJI}|数十|数百|数|ひと|ふた)"

# The units, each with an optional 半 (half) after it: 4年半, 1時間半, 1か月半.
# Not 15年度 (a fiscal year), 1年中 (all year), 2年目 (ordinal), 6年生 (a pupil), 67年版, 70年代.
UNIT_YEAR = rf"(?:(?P<y>{COUNT})年(?![度中目生版代])(?P<yh>半)?)"
UNIT_WEEK = rf"(?:(?P<w>{COUNT})週間)"  # 第3週 / 3週目 are not durations
UNIT_DAY = (
    rf"(?:(?P<d>{COUNT})日(?!目)(?P<dh>半)?|(?P<bd>{COUNT})営業日|(?P<nights>{COUNT})泊(?![0-9]))"  # 4営業日, 2泊
)
UNIT_HOUR = rf"(?:(?P<h>{COUNT})時間(?P<hh>半)?(?!目))"  # 2時間目: a school period, an ordinal
UNIT_MINUTE = rf"(?:(?P<mi>{COUNT})分(?P<mih>半)?(?!の[0-9一二三四五六七八九十]|野|析|類|担|散|裂|離|解|布|配|割|け))"
UNIT_SECOND = rf"(?:(?P<s>{COUNT})秒)"

# One duration: the units in decreasing order, at least one present.  Months
# need the counter (3カ月, 3か月; 3月 alone is March).  A bare day or year
# count needs 間 or a modifier after it (see ``_needs_marker``).
DURATION = rf"""
    (?=[0-9〇○零一二三四五六七八九十百千数半ひふ])                # fail fast where no count can start
    (?P<half>半(?=年|月|日))?                                  # 半年, 半月, 半日
    (?:{UNIT_YEAR}|(?P<hy>(?<=半)年))?
    (?:(?P<mo_c>{COUNT}[かカヶヵケ箇]月(?:半)?(?!目)|(?:ひと|ふた)月)|(?P<hmo>(?<=半)月)  # 3カ月目: ordinal
       |(?P<mo_l>{COUNT})月(?=を経過|を超え|以内))?               # statutes: 起算して6月を経過した日
    (?:{UNIT_WEEK})?
    (?:{UNIT_DAY}|(?P<hd>(?<=半)日))?
    (?:{UNIT_HOUR})?
    (?:{UNIT_MINUTE})?
    (?:{UNIT_SECOND})?
    (?P<kan>間)?                                                # 3日間, 5年間
    (?:(?P<bound>以上|余り|近く)(?=前|後|あと))?                  # 2週間以上前: a bound, then the shift
    (?P<rel>前|後|先|あと(?![0-9一二三四五六七八九十]))?(?![半期者述記回任継方])  # 3日前, 1年後, 2週間あと
    (?P<within>(?<![前後先と])以内に?)?                          # 9か月以内に: a deadline window
"""
# Markers that make a bare N年 / N日 a duration rather than a year or a day.
DURATION_MARKERS = re.compile(
    r"(?:ぶり|振り|以上|以下|未満|以内|余り|あまり|足らず|近く|超|程度|ほど|前後|にわたり|にわたって|かけて|がかり|経過|を経過|が経|で|を上回|を下回|を超え"
    r"|経[っつちた]|も経|が?たっ[てた]"  # 7日経っても, 3日たって, 二十日を経過した日: time that passes is a length
    r"|続伸|続落|続騰|連騰|連続|連勝|連敗"  # 日経: 9日まで3日続伸, 31日まで6日続落: a run of days is a length
    r"|早[くいめま]|遅[くいれらか]|順延|延期|繰り[上下]げ)"  # 例年より1日早く, 雨で3日順延: a shift
)
# A rate: 1日当たり, 1年あたり, 1時間につき, 1日平均 name a unit of measure ("per day"), not a length of time;
# by convention no mention at all (the day pattern in absdate.py refuses them too).
# 1時間に50ミリ, 3年に1度 (NTV, 気象庁 style): a length followed by に and a count of something else is a rate
# too; not 最大10年に3年拡大 (日銀: a length changed by another length).
_TIME_UNIT = r"年|[かカヶヵケ箇]月|週|日|時間|分|秒"
_OTHER_COUNT = rf"(?:約|数)?[0-9〇一二三四五六七八九十]+(?:\.[0-9]+)?(?![0-9〇一二三四五六七八九十.]|{_TIME_UNIT})"
RATE = re.compile(rf"(?:当たり|あたり|につき|平均|に(?={_OTHER_COUNT}))")
# After a 3-4 digit count only these make it a length (1992年では is a year; 2000年以上前 a length).
LONG_MARKERS = re.compile(r"(?:ぶり|振り|以上|以下|未満|余り|あまり|足らず|近く|超|にわたり|にわたって|が経|を経)")
# A school before a bare year count makes it a grade: 高校3年, 小学5、6年 (a list of grades), 中学1・2年,
# also after a space in award lists (sainou.or.jp: 井田小学校 1年); and a pupil's grade in parentheses after
# a name and honorific (岡村さん(5年)), or after a school event in a calendar (区界野外活動(5年), 修学旅行(6年)):
# a length is never put in brackets after a person or a pupils' outing.
SCHOOL_BEFORE = re.compile(
    r"(?:(?:小学校?|中学校?|高校|高等学校|大学|大学院|中等部|高等部)\s?|(?:さん|くん|君|ちゃん)[(（]"
    r"|(?:活動|学習|旅行|遠足|見学|体験|教室|学校|合宿|検診|予備日)[(（])"
    r"(?:[0-9一二三四五六]+[、・~〜～-])*$"
)
MONTH_COUNT = re.compile(rf"(?P<n>{COUNT})[かカヶヵケ箇]?月(?P<h>半)?")  # 3カ月, ひと月


def _count(text: str | None) -> float | None:
    """Number of a count group; 数 (several) gives -1 (unknown)."""
    if text is None:
        return None
    if text.startswith("数"):
        return -1
    if text in ("ひと", "ふた"):
        return 1 if text == "ひと" else 2
    try:
        return float(text)
    except ValueError:
        value = num(text)
        return float(value) if value is not None else None


def _add(parts: dict[str, float], unit: str, count: float | None, half: bool) -> bool:
    if count is None:
        return True
    parts[unit] = parts.get(unit, 0) + count + (0.5 if half else 0)
    return True


def _carry(parts: dict[str, float]) -> Duration:
    """Whole units, fractions carried down: 4.5Y -> 4Y6M, 1.5H -> 1H30M, 0.5M -> 15D."""
    down = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MI", 60), "MI": ("S", 60)}
    for unit in ("Y", "M", "W", "D", "H", "MI"):
        value = parts.get(unit, 0)
        if value != int(value):
            lower, factor = down[unit]
            parts[unit] = int(value)
            parts[lower] = parts.get(lower, 0) + (value - int(value)) * factor
    ints = {k: (round(v, 3) if k == "S" else round(v)) for k, v in parts.items()}  # 123.45秒 keeps its decimals
    return Duration(
        years=ints.get("Y", 0), months=ints.get("M", 0), weeks=ints.get("W", 0), days=ints.get("D", 0),
        hours=ints.get("H", 0), minutes=ints.get("MI", 0), seconds=ints.get("S", 0),
        business_days=ints.get("BD", 0),
    )  # fmt: skip


def _after_kanji(m: re.Match[str]) -> bool:
    return m.start() > 0 and "一" <= m.string[m.start() - 1] <= "龥"


# Before a count, words that make it a length: 約370年, まる1日, あと6日 (6 days left, not the 6th).
APPROXIMATE_BEFORE = re.compile(r"(?:約|およそ|ほぼ|実に|わずか|過去|今後|まる|丸|あと|残り)$")


# An event a count of years is an anniversary of (``終戦75年の今年``, ``国交正常化50年``, ``戦後70年談話``):
# the count names the occasion, neither a date nor a length of time the text measures.
ANNIVERSARY_BEFORE = re.compile(
    r"(?:終戦|戦後|建国|創立|創業|創刊|結党|開校|開業|設立|国交正常化|国交樹立|被爆|返還|復帰|発足|生誕|没後)$"
)


def _label_or_anniversary(m: re.Match[str]) -> bool:
    """A bare year count that is an anniversary (終戦75年) or a two-digit label year (56年宣言)."""
    only_year = m.group("y") and not any(m.group(g) for g in ("mo_c", "mo_l", "w", "d", "h", "mi", "s", "yh"))
    if not only_year or m.group("rel") or m.group("within") or m.group(0) != m.group("y") + "年":
        return False
    if ANNIVERSARY_BEFORE.search(m.string, 0, m.start()):
        return True
    return len(m.group("y")) == 2 and bool(re.match(YEAR_NAMING, m.string[m.end() :]))


# The word of a sentence before a bare count of years (最長で禁固十年, 懲役十五年): the term is a length, also
# in kanji numerals, which otherwise need a marker (十年 alone is as often a year of an era list).
TERM_BEFORE = re.compile(r"(?:懲役|禁錮|禁固|拘禁刑|刑期)刑?\s?$")
# A count that ends a range of counts (6~10年の懲役, 3~5日): two lengths for one, which ISO 8601 cannot write;
# the bare end alone (10年) is no mention (an approximate count with a marker is APPROX_DURATION's).
COUNT_RANGE_BEFORE = re.compile(r"[0-9〇一二三四五六七八九十]\s?[~〜～]\s?$")

# A numeral right before 数 (十数年, 二十数日, 一〇数年): the tens of a vague count, so 数年 alone is half a word.
NUMERAL_BEFORE_SEVERAL = re.compile(r"[0-9〇○一二三四五六七八九十百千]$")


def _needs_marker(m: re.Match[str], end_text: str) -> bool:
    """A bare 28年 or 3日 is a duration only with 間, 前/後 or a marker (ぶり, 以上) after it."""
    only_year = m.group("y") and not any(m.group(g) for g in ("mo_c", "mo_l", "w", "d", "h", "mi", "s", "yh"))
    only_day = m.group("d") and not any(m.group(g) for g in ("y", "mo_c", "mo_l", "w", "h", "mi", "s", "dh"))
    if not (only_year or only_day) or m.group("kan") or m.group("rel") or m.group("within"):
        return False
    if (only_year or only_day) and (m.group("y") or m.group("d")).startswith("数"):
        return False  # 数年, 数日: never a date
    if COUNT_RANGE_BEFORE.search(m.string, max(0, m.start() - 3), m.start()) and not DURATION_MARKERS.match(end_text):
        return True  # 6~10年の懲役: the end of a range of lengths, no mention of its own
    if only_year and TERM_BEFORE.search(m.string, max(0, m.start() - 5), m.start()):
        return False  # 最長で禁固十年: the term of a sentence, a length
    if only_year and SCHOOL_BEFORE.search(m.string, max(0, m.start() - 16), m.start()):
        return True  # 高校2、3年用の教科書, 中学3年の生徒: a school grade, no length (nor a date)
    if only_day and (_count(m.group("d")) or 0) > 31:
        return False  # 申請猶予期間が六十日, 90日: no month has that day, so a length
    if only_day and m.group("d") == "一" and m.group(0) == "一日":
        return end_text.startswith("も早")  # 一日 alone: いちにち, one day; 一日も早く is an idiom (soon)
    if only_year and not m.group("y").isdigit():
        return not DURATION_MARKERS.match(end_text)
    if only_year and re.match(r"[0-9〇一二三四五六七八九十]{1,3}月", end_text):
        return True  # 天平宝字3年11月16日: a year of a date, never a length
    if only_year and len(m.group("y")) == 2 and end_text.startswith(("、", ",", "，")) and not _after_kanji(m):
        return True  # 24年、/ 24年の / 25年3月: a two-digit year (absdate.SHORT_YEAR)
    if (
        only_year
        and len(m.group("y")) == 2
        and not _after_kanji(m)
        and short_year_in_context(m.string, m.start(), m.end())
    ):
        return True  # 02年, 91年の合意 after 1991年: news shorthand for a year (absdate.short_year_in_context)
    if only_year and len(m.group("y")) <= 2:
        return False  # 28年: a duration even bare; 1961年 is left to the date patterns
    if ((only_year and len(m.group("y")) == 3) or only_day) and APPROXIMATE_BEFORE.search(m.string, 0, m.start()):
        return False  # 約370年, まる1日: a length (a year or a day of the month is not approximate)
    return not DURATION_MARKERS.match(end_text)


def parse_duration_match(m: re.Match[str]) -> Parsed | None:
    """The duration (and relative shift) of a match; None for an empty or bare match."""
    if not m.group(0) or m.group(0) in ("間", "前", "後", "先") or not m.group(0).rstrip("間前後先"):
        return None
    text = m.string
    rate = RATE.match(text, m.end())
    if rate and not m.group("rel") and not (rate.group(0) == "に" and m.group("kan")):
        return None  # 1日当たり100人: per day; not 1年間に3カ国協力が進展 (over the year: a length)
    if _label_or_anniversary(m) or _needs_marker(m, text[m.end() : m.end() + 6]):
        return None
    if m.group(0).startswith("数") and NUMERAL_BEFORE_SEVERAL.search(text, max(0, m.start() - 1), m.start()):
        return None  # 十数年, 一〇数年来 ("ten-odd years"): a vague count whose tens the pattern cannot read
    digits = m.group("y") if m.group("y") and m.group("y").isdigit() else ""
    approximate = bool(APPROXIMATE_BEFORE.search(m.string, 0, m.start()))
    long_year = len(digits) >= 3 and not approximate and not m.group("kan")
    if long_year and not LONG_MARKERS.match(text[m.end() : m.end() + 6]):
        return None  # 2024年前 / 2024年後 are years with a modifier
    parts: dict[str, float] = {}
    vague = None
    for unit, count_group, half_group in (
        ("Y", "y", "yh"),
        ("W", "w", None),
        ("D", "d", "dh"),
        ("H", "h", "hh"),
        ("MI", "mi", "mih"),
        ("S", "s", None),
    ):
        raw = m.group(count_group)
        if raw is None:
            continue
        count = _count(raw)
        if count is None:
            return None
        if count < 0:
            vague = {"Y": "Y", "W": "W", "D": "D", "H": "TH", "MI": "TM", "S": "TS"}[unit]
            continue
        _add(parts, unit, count, bool(half_group and m.group(half_group)))
    if m.group("mo_l"):
        count = _count(m.group("mo_l"))
        if count is None or count < 0:
            return None
        _add(parts, "M", count, False)
    if m.group("mo_c"):
        month = MONTH_COUNT.match(m.group("mo_c"))
        count = _count(month.group("n")) if month else None
        if count is None:
            return None
        if count < 0:
            vague = "M"
        else:
            _add(parts, "M", count, bool(month.group("h")))
    if m.group("half"):
        unit = "Y" if m.group("hy") else "M" if m.group("hmo") else "D" if m.group("hd") else None
        if unit is None:
            return None
        parts[unit] = parts.get(unit, 0) + 0.5
    if m.group("bd") or m.group("nights"):
        count = _count(m.group("bd") or m.group("nights"))
        if count is None or count < 0 or count != int(count):
            return None
        _add(parts, "BD" if m.group("bd") else "D", count, False)
    if not parts and not vague:
        return None
    if m.group("mi") and len(m.group("mi")) == 1 and not m.group("mi").isdigit() and not m.group("kan"):
        return None  # 十分 (enough), 一分 (a bit), 二分 (split in two) are not minutes
    duration = Duration(vague=vague) if vague and not parts else _carry(parts)
    parsed = Parsed("duration", duration=duration)
    if m.group("bound"):
        parsed.modifiers.append(m.group("bound"))
    if m.group("rel"):
        sign = -1 if m.group("rel") == "前" else 1
        parsed.point = Point(shift=(Ref("context"), duration, sign))
        parsed.modifiers.append(m.group("rel"))
    if m.group("within"):
        parsed.modifiers.append(m.group("within"))
    return parsed


# An approximate count, two numbers for one length: 2、3時間程度, 2~3日程度, 5~10分.  A bare day
# or year needs a marker after it (18～19日 alone is a span of days of the month).
APPROX_COUNT = r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})"
APPROX_DURATION = rf"""
    (?<![0-9.])(?P<a>{APPROX_COUNT})\s?(?:[、,～〜~\-]|から)\s?(?P<b>{APPROX_COUNT})
    (?:(?P<unit>時間|週間|[かカヶヵケ箇]月|分(?!の))
      |(?P<bare>日|年)(?=間|程度|ほど|くらい|ぐらい|以内|前後|余り|近く))
"""
_VAGUE_UNIT = {"時間": "TH", "週間": "W", "分": "TM", "日": "D", "年": "Y"}


def parse_approx_duration(m: re.Match[str]) -> Parsed | None:
    """A length given as two counts (2、3時間): TIMEX3 vague ``PTXH`` / ``PXD``, the count unknown."""
    low, high = num(m.group("a")), num(m.group("b"))
    if low is None or high is None or not 0 < low < high:
        return None
    unit = m.group("unit") or m.group("bare")
    return Parsed("duration", duration=Duration(vague=_VAGUE_UNIT.get(unit, "M")))


# "How many" before a unit, then も: 何年にもわたって, 何日も, 何時間も — a length the text does not count (TIMEX3
# vague, no value in the gold).  Without も it asks which year or day (何年に生まれたか), no mention.
COUNTLESS_DURATION = r"何(?P<unit>年|[かカヶヵケ箇]月|週間|日|時間)(?=に?も)"
_COUNTLESS_UNIT = {"年": "Y", "週間": "W", "日": "D", "時間": "TH"}


def parse_countless_duration(m: re.Match[str]) -> Parsed | None:
    """``何年`` in ``何年にもわたって``: a vague duration of that unit."""
    return Parsed("duration", duration=Duration(vague=_COUNTLESS_UNIT.get(m.group("unit"), "M")))


# A term of a sentence or of a permit in court documents: 懲役1年6月, 禁錮1年2月, 期間1年6月 count months
# with a bare 月 (the statutes' style, as 6月を経過), so 2月 there is two months, not February.
TERM_WORDS = "".join(rf"(?<={w})" + "|" for w in ("懲役", "禁錮", "禁固", "拘禁刑", "期間", "刑期")).rstrip("|")
SENTENCE_TERM = rf"""
    (?:{TERM_WORDS})\s?                                  # right after the word of the term
    (?:(?P<y>{SHORT})年)?(?P<mo>{SHORT})月                # 1年2月, 8月
    (?![0-9]|[一二三四五六七八九十]|日)                     # not 2月10日 (a date)
"""


def parse_sentence_term(m: re.Match[str]) -> Parsed | None:
    years, months = num(m.group("y")) or 0, num(m.group("mo"))
    if months is None or not 0 < months < (12 if years else 13):
        return None  # 1年12月 would be written 2年 (懲役12月 is written, as 12 months)
    return Parsed("duration", duration=Duration(years=years, months=months))


# Deep time (archaeology, geology, astronomy): a count of years written with 千 / 万 / 億 (約500万年前,
# 3万8千年前, 1万5700年前, 46億年, およそ5千年).  Always a length: "N years ago" at that scale is not a calendar
# year, so a publication date does not turn it into a date (60年前 with one does); 前 stays in the span.
DEEP_YEARS = r"""
    (?<![0-9.])
    (?P<n>(?:[0-9]+(?:\.[0-9]+)?億(?:[0-9]+万)?|[0-9]+(?:\.[0-9]+)?万)(?:[0-9]+千|[0-9]{1,4})?  # 500万, 3万8千, 1万5700
         |[0-9]+千)                                                                   # 5千, 3千
    年(?P<kan>間)?(?P<rel>前)?(?![度代中目生版])
"""
_MAGNITUDES = {"億": 100_000_000, "万": 10_000, "千": 1_000}


def deep_count(text: str) -> int | None:
    """500万 -> 5000000, 3万8千 -> 38000, 1万5700 -> 15700, 1.5億 -> 150000000."""
    total, current = 0.0, ""
    for char in text:
        if char in _MAGNITUDES:
            total += float(current or "1") * _MAGNITUDES[char]
            current = ""
        else:
            current += char
    total += float(current) if current else 0
    return int(total) if total == int(total) and total > 0 else None


def parse_deep_years(m: re.Match[str]) -> Parsed | None:
    years = deep_count(m.group("n"))
    if years is None:
        return None
    parsed = Parsed("duration", duration=Duration(years=years))
    if m.group("rel"):
        parsed.modifiers.append("前")
    return parsed


# Half and quarter of a century, a length in years: それから半世紀 (P50Y), 四半世紀にわたり (P25Y), 半世紀前. A
# numbered century (20世紀) is a date (absdate.CENTURY); 半世紀 is never one.
HALF_CENTURY = r"(?<![0-9〇一二三四五六七八九十])(?P<quarter>四)?半世紀(?P<rel>前|後|ぶり|振り)?"


def parse_half_century(m: re.Match[str]) -> Parsed | None:
    duration = Duration(years=25 if m.group("quarter") else 50)
    parsed = Parsed("duration", duration=duration)
    if m.group("rel") in ("前", "後"):
        parsed.point = Point(shift=(Ref("context"), duration, -1 if m.group("rel") == "前" else 1))
        parsed.modifiers.append(m.group("rel"))
    return parsed


PATTERNS = [
    pattern("half_century", HALF_CENTURY, parse_half_century, gate="半世紀"),
    # gate: a magnitude letter, then only digits and 千 up to 年 (万年, 億年, 3万8千年, 1万5700年)
    pattern("deep_years", DEEP_YEARS, parse_deep_years, gate="[万億千][0-9千]*年"),
    pattern("sentence_term", SENTENCE_TERM, parse_sentence_term),
    pattern("duration", DURATION, parse_duration_match),
    pattern("approx_duration", APPROX_DURATION, parse_approx_duration),
    pattern("countless_duration", COUNTLESS_DURATION, parse_countless_duration),
]
