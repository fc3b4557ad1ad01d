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
from pipeline.extractors.timex.base import KANJI, Candidate, Parsed, Point, num, pattern

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
    # a US federal docket number is no time: office, colon, year, case type (`1:22-cv-9386-GHW`, `1:19-cr-00373`)
    r"(?!-[a-z]{2}-)"
)
# A part of the day standing alone: 未明, 深夜, 早朝, 正午 (夜 or 朝 alone are too vague).
PART_ALONE = r"(?P<part>未明|深夜|早朝|正午|明け方)"

# The end of a range of parts of one day, after から and before にかけて / まで (NHK weather: 30日未明から昼に
# かけて, 30日の明け方から夕方にかけて): 昼 or 夕方 alone are too vague, but after から they close the range.
PART_RANGE_END = r"(?<=から)(?P<part>明け方|朝|昼過ぎ|昼すぎ|昼前|昼|夕方|夜遅く|夜)(?=にかけて|まで)"
# A part of the day opening a clause and bounded by から / まで / にかけて (tenki.jp: 夕方からは、九州の雨は
# いったん止んで; 関東は夕方にかけて雨でしょう): the day the story is at.  Not after a letter (今日の夕方,
# 土曜夕方 belong to their day word), and only the parts that name no other thing.
PART_BOUNDED = r"(?<![の一-龥ァ-ヶー])(?P<part>夕方|昼過ぎ|昼すぎ|昼前)(?=から|にかけて|まで)"

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


# --- Schedules (首相動静): ``▽9時5分 私邸発。22分 官邸。``, ``午前9時23分、公邸発。同24分、官邸着。`` ---
# A bare ``N分`` opening a sentence and followed by a space is a time of the hour last written
# (09:22), not a length; a length is followed by its verb or particle (22分待った, 22分で).
SCHEDULE_MINUTE = re.compile(r"(?:(?<=[。\n▽▼■◆●・])|^)(?P<mi>[0-9]{1,2})分(?=[ 　])")
# 同24分 (the hour last written), 同5時11分 (the half of the day last written: after 午後4時59分, 17:11).
SAME_CLOCK = r"""
    同(?:(?P<h>[0-9]{1,2})時(?!間|点|期|代)(?:(?P<mi>[0-9]{1,2})分(?!間)|(?P<half>半))?
       |(?P<mi2>[0-9]{1,2})分(?!間))
"""


def parse_same_clock(m: re.Match[str]) -> Parsed | None:
    """The hour (None: the previous one) and minutes; ``schedule_times`` completes them."""
    hour = int(m.group("h")) if m.group("h") else None
    minute = int(m.group("mi") or m.group("mi2") or (30 if m.group("half") else 0))
    if (hour is not None and hour > 24) or minute > 59:
        return None
    return Parsed("time", Point(hour=hour, minute=minute, meridiem="同"))


def schedule_times(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Times that take their hour from the time before them: ``22分`` after ``9時5分`` in a schedule
    line (the same paragraph, a later minute) is 9:22; ``同24分`` is 9:24 and ``同5時11分`` after
    ``午後4時59分`` is 17:11.  A ``同`` time with no time before it is dropped."""
    out: list[Candidate] = []
    last: tuple[int, int, int] | None = None  # hour, minute and paragraph start of the last time
    for candidate in candidates:
        paragraph = text.rfind("\n", 0, candidate.start) + 1
        point = candidate.parsed.point
        if point is not None and point.meridiem == "同":
            if last is None:
                continue
            candidate.parsed = Parsed("time", _same_clock(point, last[0]))
        elif last is not None and last[2] == paragraph and _bare_minute(text, candidate, last[1]) is not None:
            candidate.parsed = Parsed("time", Point(hour=last[0], minute=_bare_minute(text, candidate, last[1])))
        point = candidate.parsed.point
        if point is not None and point.hour is not None:
            last = (point.hour, point.minute or 0, paragraph)
        out.append(candidate)
    return out


def _same_clock(point: Point, previous_hour: int) -> Point:
    """``同24分``: the previous hour; ``同5時``: that hour in the previous half of the day (after
    ``午後4時``, ``(日本時間同3時)`` is 15:00)."""
    if point.hour is None:
        return Point(hour=previous_hour, minute=point.minute)
    hour = point.hour + 12 if previous_hour >= 12 and point.hour < 12 else point.hour
    return Point(hour=hour, minute=point.minute, meridiem="午後" if hour >= 12 else None)


def _bare_minute(text: str, candidate: Candidate, previous_minute: int) -> int | None:
    """The minutes of a schedule's ``22分 官邸`` (a length parsed so far), when later than the last time."""
    match = SCHEDULE_MINUTE.match(text, candidate.start)
    if candidate.parsed.kind != "duration" or not match or match.end() != candidate.end:
        return None
    minute = int(match.group("mi"))
    return minute if minute > previous_minute else None


# --- Evening events: ``今日7時半から…夕食会を行いました`` is 19:30 -----------------------------------
# A clock hour written without 午前/午後 (4-11時) is in the evening when it times a dinner: the dinner
# word follows it in the same sentence with no other clock time in between (``7時半から…夕食会``).
# It never fires when the sentence says morning (朝食は7時から、夕食は19時から: 7時 stays 07:00), nor
# for a dinner written before the hour (夕食後、8時に…: the text does not say which 8 o'clock).
EVENING_EVENT = re.compile(r"夕食|晩餐|晩さん|ディナー|夕飯|晩ご飯|晩御飯|夜会")
MORNING_WORD = re.compile(r"朝(?!鮮|日)|午前|早朝|未明|明け方|起床|モーニング")
CLOCK_HOUR = re.compile(r"[0-9０-９一二三四五六七八九十]時(?!間)")
SENTENCE = re.compile(r"[^。！？\n]*")


def evening_hours(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A bare ``7時半`` that times a dinner -> 19:30 (the text's context fixes the half day)."""
    for candidate in candidates:
        point = candidate.parsed.point
        if candidate.parsed.kind != "time" or point is None or point.hour is None or point.meridiem is not None:
            continue
        if 4 <= point.hour <= 11 and "時" in text[candidate.start : candidate.end] and _times_a_dinner(text, candidate):
            candidate.parsed.point = point.with_(hour=point.hour + 12)
    return candidates


def _times_a_dinner(text: str, candidate: Candidate) -> bool:
    """Is a dinner the next event after this time, in a sentence that never says morning?"""
    sentence_start = max(text.rfind(end, 0, candidate.start) for end in "。！？\n") + 1
    sentence = SENTENCE.match(text, sentence_start).group(0)
    if MORNING_WORD.search(sentence):
        return False
    after = text[candidate.end : sentence_start + len(sentence)]
    dinner = EVENING_EVENT.search(after)
    return dinner is not None and not CLOCK_HOUR.search(after, 0, dinner.start())


PATTERNS = [
    pattern("clock", CLOCK, parse_clock),
    pattern("clock_colon", COLON, parse_clock),
    pattern("part_of_day", PART_ALONE, parse_part_alone),
    # gates: what every match holds (a part of the day after から; 夕方 or 昼 before から/にかけて/まで)
    pattern("part_range_end", PART_RANGE_END, parse_part_alone, gate="から(?:明け方|朝|昼|夕方|夜)"),
    pattern("part_bounded", PART_BOUNDED, parse_part_alone, gate="(?:夕方|昼過ぎ|昼すぎ|昼前)(?:から|にかけて|まで)"),
    pattern("same_clock", SAME_CLOCK, parse_same_clock),
]
