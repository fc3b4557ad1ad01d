"""Years listed after an era year without repeating the era: 平成8年が…、9年が…、10年が….

Statistical reports (官報資料版, 白書) count a series of years in one sentence and write the era only once:
``消費支出は、平成八年が実質二・四%、九年が実質二・五%、十年が実質〇・九%と三年連続の減少``.  The bare
``九年`` is year 9 of that era (as ``同9年`` would be), not a length of nine years.  A bare year counts only:
- after a comma (the next item of the list), in the same sentence as an era year written before it;
- when it is later than the last year of the list and still inside the era (平成 has 31 years);
- followed by a particle of a list item (が, は, も, と, に, 、) or by の when it repeats a year of the list
  (``十年の減少幅は``), never by a word of length (間, ぶり, 前, 後, 連続, 以上, 経っ, 過ぎ...).
"""

from __future__ import annotations

import re

from pipeline.extractors.timex.absdate import ERA_LAST_YEAR, ERA_NAMES, ERAS
from pipeline.extractors.timex.base import Candidate, Parsed, Point, Ref, num

# An item of the list: a comma, a one- or two-digit year (arabic or kanji) with 年, and the particle after it.
LIST_YEAR = re.compile(r"(?<=[、,])(?P<y>[0-9]{1,2}|[一二三四五六七八九十]{1,3})年(?P<after>[がはもとに、]|の)")
# The era year opening the list (平成8年, 平成八年), as the era patterns read it.
ERA_YEAR_START = re.compile(rf"(?:{ERA_NAMES})")
SENTENCE_ENDS = "。！？\n"
# After が, the verbs that make the count a length of time (平成3年に就任、5年が経った / たった / 過ぎた).
LENGTH_VERB = re.compile(r"(?:経|たっ|たち|過ぎ|すぎ)")
LAST_YEAR_OF_CURRENT_ERA = 99  # 令和: no last year yet


def era_list_years(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Read the bare years of an era list as years of that era (replacing a length read on the same span)."""
    added: list[Candidate] = []
    for match in LIST_YEAR.finditer(text):
        opening = _list_opening(text, candidates, match.start())
        if opening is None:
            continue
        era, last = opening
        listed = _listed_years(text, added, match.start(), last)
        year = num(match.group("y"))
        if year is None or year > ERA_LAST_YEAR.get(era, LAST_YEAR_OF_CURRENT_ERA):
            continue
        if match.group("after") == "が" and LENGTH_VERB.match(text, match.end()):
            continue
        if match.group("after") == "の" and year not in listed:
            continue
        if match.group("after") != "の" and year <= max(listed):
            continue
        end = match.end("y") + 1
        point = Point(year_ref=Ref("era", year))
        added.append(Candidate(match.start(), end, Parsed("date", point, calendar="japanese"), "era_list_year"))
    if not added:
        return candidates
    spans = [(c.start, c.end) for c in added]
    kept = [c for c in candidates if not any(c.start < e and s < c.end for s, e in spans)]
    return sorted(kept + added, key=lambda c: c.start)


def _list_opening(text: str, candidates: list[Candidate], start: int) -> tuple[str, int] | None:
    """The era and year of an era year written earlier in the same sentence (the list's first item)."""
    sentence_start = _sentence_start(text, start)
    for candidate in reversed(candidates):
        if candidate.end > start or candidate.start < sentence_start:
            continue
        point = candidate.parsed.point
        era = point.era if point is not None else None
        if era is None or point.year is None or point.month is not None or not ERA_YEAR_START.match(era):
            continue
        return era, point.year - ERAS[era] + 1
    return None


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins (after the last 。, ！, ？ or line end before it)."""
    return max(text.rfind(mark, 0, start) for mark in SENTENCE_ENDS) + 1


def _listed_years(text: str, added: list[Candidate], start: int, first: int) -> set[int]:
    """The years of the list so far in this sentence: its opening year and the bare ones read before."""
    sentence_start = _sentence_start(text, start)
    years = {first}
    for candidate in added:
        if candidate.start >= sentence_start and candidate.parsed.point is not None:
            ref = candidate.parsed.point.year_ref
            if ref is not None:
                years.add(ref.offset)
    return years
