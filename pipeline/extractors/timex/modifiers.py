"""Modifiers around a mention: 約 before, 以上 / ぶり / 以降 / にかけて after.

They are part of the surface (``約9か月後``, ``10時間以上``) and kept in the
``modifier`` column; which ones may follow depends on the kind of mention.
Convention for the span: a から / まで after a single point bounds it as 以降 /
以前 do and is part of the mention (``昨年8月ごろから``, ``6月22日まで``); a から
followed by a second date joins them into one range instead; the part of the
range's last month (``8月末``, ``6月上旬``) and its まで belong to the range.
"""

from __future__ import annotations

import re

from pipeline.extractors.timex.base import Candidate, Point
from pipeline.extractors.timex.ranges import MOVED_TO

# Before any mention: approximation and bounds (約9か月, 概ね10年, 少なくとも2時間, まる1日),
# and the windows 今後 / 過去 / ここ / 向こう before a duration (今後5日間).
# Nouns ending in 約 (条約, 契約, 規約, 協約, 公約, 制約, 要約, 予約, 集約, 節約, 誓約, 盟約, 確約, 密約, 違約,
# 解約, 特約): their 約 is no approximation of the number after it (安全保障条約1960年 once NFKC drops the
# space: the year is not "about 1960").
YAKU_NOUN_HEAD = "条契規協公制要予集節誓盟確密違解特"
PREFIX = re.compile(
    rf"(?:(?<![{YAKU_NOUN_HEAD}])約|およそ|おおよそ|概ね|おおむね|ほぼ|少なくとも|最大|最長|最短|最低|わずか|実に|まる|あと|この|(?:今後|過去|ここ|向こう|これから)の?"
    r"|(?<![一-龥])[本同]|去る|来る)$"  # 本18日 (official texts: this 18th), 同14日, 去る5月20日, 来る10日
)
# The demonstratives of official texts before a day: part of the span, as この is of この日;
# 同 (``同14日``: the 14th of the month just named) as it is of 同日 and 同37分.
DAY_DEMONSTRATIVES = {"本", "同", "去る", "来る"}
# Window words are part of the mention (ここ数年, 今後5日間); the demonstrative この is not before a
# count (この10年間 -> 10年間, この4年間 -> 4年間: it points back, as その / あの do), but この数年 is the
# idiom ここ数年 ("these last few years") and keeps it.  残り (残り2か月) is a noun of its own, outside.
WINDOWS = {"今後", "過去", "ここ", "向こう", "これから"}

# ころ, the kana spelling of 頃 without voicing (9時31分ころ, 10日ころ), not the verb 殺す, 転ぶ or ころんと.
KORO = r"ころ(?![がすぶん])"
# After a date or time: bounds, approximation, part of a month or year.
# 前/後 only where no noun continues (not 前半, 後任, 前日).
POINT_SUFFIX = re.compile(
    # またはその前 / の後から (as in the Recognizers-Text specs)
    r"(?:(?:または|及び|および|と|か)(?:その|それ)(?:前|後|以前|以降|以後)"
    r"|の(?:前|後)(?![半期者述記掲回任継方日月年週])(?:から)?"
    r"|の?(?:前半|後半|上旬|中旬|下旬|初旬|半ば|終わりごろ|終わり頃|終わり|初めごろ)"  # 2017年の前半, 今月の半ば
    rf"|以前|以降|以後|以来|より前|より後|前後|ごろ|頃|{KORO}|過ぎ|すぎ|初め|初頭|末"
    r"|頭(?![打数金取部痛脳上])"  # 2月頭 (early February, colloquial as 初め), not 頭打ち, 頭金
    r"|年頭|年初来|年初|年末(?!年始)"  # 2023年年頭 / 23年年頭 (agora-web.jp): the year's opening weeks; 2023年年初来
    # (year to date, as 年初来 alone is the year), 令和5年年末; not 年末年始 (the New Year holidays)
    r"|までに|まで|から|前(?![半期者述記掲回任継方日月年週])|後(?![半期者述記回任継方日月年週]))"
)
# After a range: its closing words, and the part of its last month or year, which belongs to the
# range (令和8年3月〜8月末, 4月〜6月上旬); 末まで takes both (two modifiers).
# 期 closes a span of months named as an accounting period (4-6月期, 10-12月期: monex, livedoor 決算 news).
RANGE_SUFFIX = re.compile(
    rf"(?:にかけて|までの間|まで|の間|間|末|初め|初頭|初旬|上旬|中旬|下旬|半ば|ごろ|頃|{KORO}|期(?![間限日待]))"
)
# After a duration: bounds and approximation, ぶり (since), 前後.
DURATION_SUFFIX = re.compile(
    r"(?:以上|以下|未満|以内|余り|あまり|足らず|近く|程度|ほど|ぶり|振り|超|強|弱|前後|ごろ|頃"
    r"|を上回る|を下回る|を超える)"
)

# A time-zone note in parentheses right after a day or a time belongs to it, as a weekday does
# (朝日新聞: 14日午後(日本時間15日午前) keeps its second date; this is only a closed note):
# 23日(現地時間), 3日(米東部時間), 10日(ハワイ時間), 5日(グリニッジ標準時), 5日(UTC).
ZONE_NOTE = re.compile(
    r"""[(（](?:(?:現地|日本|[ァ-ヶー]{2,8}|[一-龥ァ-ヶー]{0,6}(?:東部|西部|中部|山岳部|太平洋|大西洋))時間
              |[一-龥ァ-ヶー]{1,8}標準時|JST|UTC|GMT)[)）]""",
    re.VERBOSE,
)


def _suffix_pattern(candidate: Candidate) -> re.Pattern[str]:
    kind = candidate.parsed.kind
    if kind == "range":
        return RANGE_SUFFIX
    if kind == "duration" or (candidate.parsed.point is not None and candidate.parsed.point.shift is not None):
        return DURATION_SUFFIX
    return POINT_SUFFIX


def add_modifiers(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Extend each mention over the modifiers around it, never into a neighbour."""
    for index, candidate in enumerate(candidates):
        limit_left = candidates[index - 1].end if index else 0
        limit_right = candidates[index + 1].start if index + 1 < len(candidates) else len(text)
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        _extend_left(text, candidate, limit_left)
        _extend_right(text, candidate, limit_right, not _length_of_its_own(text, following))
    return candidates


# After a length, the words that make it an adverbial of its own (``1時間半余りにわたって会談``).
OVER_A_LENGTH = re.compile(r"(?:余り|あまり|近く|ほど|程度|以上)?にわた[っりる]")


# A length qualifying a noun (``2泊の予約``): the point and the length name one stay together.
ATTRIBUTIVE = re.compile(r"の(?!間)")


def _length_of_its_own(text: str, candidate: Candidate | None) -> bool:
    """A length after から says how long something lasted (``7月18日から3日間``, ``午前0時半ごろから
    1時間半余りにわたって``): the から bounds the point before it, as after any single point.  A length
    qualifying a noun (``5月9日から2泊の予約``, Recognizers-Text) leaves the から outside both."""
    if candidate is not None and MOVED_TO.match(text, candidate.end):
        return True  # 令和5年度から令和6年度に繰り越した: two points, the から stays with the first
    if candidate is not None and candidate.parsed.kind == "set":
        return True  # 2012年から毎年: a recurrence closes no range; the から bounds the point
    if candidate is None or candidate.parsed.kind != "duration":
        return False
    return bool(OVER_A_LENGTH.match(text, candidate.end)) or not ATTRIBUTIVE.match(text, candidate.end)


# The old lunisolar calendar named before a month and day (国立国会図書館小史: 書籍館設立(旧暦4月28日)): part of
# the span, and the date has no ISO value (its Gregorian day is another one).
LUNISOLAR_PREFIX = re.compile(r"(?:旧暦|陰暦)の?$")


def _extend_left(text: str, candidate: Candidate, limit: int) -> None:
    if candidate.parsed.kind == "set":
        return  # 少なくとも4年毎の見直し: the bound qualifies the review's frequency, not a point or a length
    if _extend_over_day_prefix(text, candidate, limit):
        return
    match = PREFIX.search(text, max(limit, candidate.start - 5), candidate.start)
    if match:
        word = match.group(0) if match.group(0) == "この" else match.group(0).removesuffix("の")
        if match.group(0).endswith("の") and word not in WINDOWS | {"この"}:
            return
        if word in WINDOWS and candidate.parsed.kind != "duration":
            return
        if word in ("まる", "あと") and candidate.parsed.kind != "duration":
            return
        if word in DAY_DEMONSTRATIVES and not _day_alone(candidate):
            return
        if word == "この" and not _vague_duration(candidate):
            return
        candidate.start = match.start()
        candidate.parsed.modifiers.insert(0, word)


def _extend_over_day_prefix(text: str, candidate: Candidate, limit: int) -> bool:
    """Take the lunisolar calendar's name before a day into the span (``旧暦4月28日``, then no value); it is
    no modifier.  A zone word before a day stays outside (``日本時間7日午前``: the convention of the news gold)."""
    point = candidate.parsed.point
    if candidate.parsed.kind not in ("date", "time") or point is None or point.day is None:
        return False
    old = LUNISOLAR_PREFIX.search(text, max(limit, candidate.start - 3), candidate.start)
    if old and point.year is None:
        candidate.start = old.start()
        candidate.parsed.point, candidate.parsed.calendar = Point(), "japanese"
        return True
    return False


def _day_alone(candidate: Candidate) -> bool:
    """``18日``, ``5月20日``: a written day (本 / 去る / 来る point at it; 本年 is a word of its own)."""
    point = candidate.parsed.point
    return candidate.parsed.kind in ("date", "time") and point is not None and point.day is not None


def _vague_duration(candidate: Candidate) -> bool:
    """数年, 数日: a duration whose count the text does not give."""
    duration = candidate.parsed.duration
    return candidate.parsed.kind == "duration" and duration is not None and duration.vague is not None


def _extend_right(text: str, candidate: Candidate, limit: int, point_follows: bool = True) -> None:
    suffix = _suffix_pattern(candidate)
    _extend_over_zone_note(text, candidate, limit)
    for _ in range(2):  # 年末まで: two modifiers at most
        _extend_over_zone_note(text, candidate, limit)  # 午前11時30分頃(現地時間)から
        match = suffix.match(text, candidate.end, limit)
        if not match or match.end() > limit:
            return
        word = match.group(0)
        if word == "から" and point_follows and limit < len(text) and not text[match.end() : limit].strip():
            return  # 1月1日後から2月1日まで: this から joins the next mention, not this one
        if word == "までに":
            word = "まで"
        candidate.end = match.start() + len(word)
        candidate.parsed.modifiers.append(word)


# Parts of a month or a year, which a range may run between within one period: 4月上旬から中旬にかけて,
# 2015年前半から半ば頃にかけて (the second part takes the month or year of the first).
SUB_PERIODS = ("前半", "後半", "上旬", "中旬", "下旬", "初旬", "半ば", "初め", "末")
SUB_PERIOD_END = re.compile(rf"(?:{'|'.join(SUB_PERIODS)})(?:頃|ごろ)?(?P<close>にかけて|まで)")


def join_sub_period_ranges(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A point closed by a part of its period and から, then a bare later part with にかけて/まで, is one range
    within that period (the end names no month or year of its own, so it is no mention alone)."""
    for index, candidate in enumerate(candidates):
        mods = candidate.parsed.modifiers
        if candidate.parsed.kind != "date" or len(mods) < 2 or mods[-1] != "から" or mods[-2] not in SUB_PERIODS:
            continue
        limit = candidates[index + 1].start if index + 1 < len(candidates) else len(text)
        end = SUB_PERIOD_END.match(text, candidate.end, limit)
        if end is None:
            continue
        candidate.parsed.kind, candidate.parsed.end = "range", candidate.parsed.point
        candidate.parsed.modifiers.append(end.group("close"))
        candidate.end = end.end()
    return candidates


def _is_day_or_time(point: Point) -> bool:
    """A zone note only dates a day or a clock time (``6月(現地時間)`` says nothing)."""
    return point.day is not None or point.hour is not None or point.day_ref is not None


def _extend_over_zone_note(text: str, candidate: Candidate, limit: int) -> None:
    """Take a closed time-zone note after a day or a time into the span (not a modifier)."""
    point = candidate.parsed.point
    if candidate.parsed.kind not in ("date", "time") or point is None or not _is_day_or_time(point):
        return
    note = ZONE_NOTE.match(text, candidate.end, limit)
    if note:
        candidate.end = note.end()
