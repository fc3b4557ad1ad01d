"""A person's full name, once the text has introduced it, is the same person wherever it recurs.

News commentary introduces a person once with an office or a reading (尹錫悦(ユン・ソクヨル)大統領,
ザルジニー総司令官, ザルジニー氏) and then repeats the bare name inside quotes or before an office the title
lexicon does not know (「尹錫悦に対する罷免処分」, 李在明代表, ザルジニー総司令官).  The rules that need an
office or a reading miss those repeats; this module finds them by the name alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

KANJI = "\u3400-\u4dbf\u4e00-\u9fff々〆ヶ"
KATA = "ァ-ヺー"

# A single token after a kanji name that turns it into a place or a body (尹錫悦政府 is the name + 政府, but
# 山田町 is a town): the repeat is then no person.
_NOT_PERSON_AFTER = frozenset("県都府市町村区州郡島道省庁党院社局部署課団軍会家派系流式")
# A katakana name is a whole word: no katakana, ・ or = on either side (ザルジニー, not ザルジニーナ).
_KATA_EDGE = re.compile(rf"[{KATA}・=]")
_KANJI_CHAR = re.compile(rf"[{KANJI}]")
# The shortest repeat worth finding: three kanji (尹錫悦, 李在明) or three katakana (ボレル).  Two kanji are mostly a
# surname alone (上川氏; a clan in history, 京極氏 ... 京極騒乱; the start of 諏訪頼重), which the linker joins.
_MIN_KANJI = 3
_MIN_KATA = 3


@dataclass(frozen=True)
class Introduced:
    """A person the document introduces with an office, an honorific or a reading."""

    surface: str
    canonical: str | None


def _is_kanji_name(name: str) -> bool:
    return all(_KANJI_CHAR.match(ch) for ch in name)


def _is_kata_name(name: str) -> bool:
    return bool(re.fullmatch(rf"[{KATA}]+(?:[・=][{KATA}]+)*", name))


def worth_repeating(name: str) -> bool:
    """Only full names: three or more kanji, or three or more katakana (a foreign surname or a full name)."""
    if _is_kanji_name(name):
        return len(name) >= _MIN_KANJI
    return _is_kata_name(name) and len(name) >= _MIN_KATA


def forms(name: str) -> list[str]:
    """The forms a repeat may take: the full name, and for a katakana given name and surname the surname
    alone (ワレリー・ザルジニー総司令官 ... ザルジニーと政治指導者)."""
    found = [name] if worth_repeating(name) else []
    if _is_kata_name(name) and ("・" in name or "=" in name):
        surname = re.split("[・=]", name)[-1]
        if len(surname) >= _MIN_KATA:
            found.append(surname)
    return found


def _edges_ok(
    text: str, start: int, end: int, kanji: bool, token_starts: frozenset[int], token_ends: frozenset[int]
) -> bool:
    """The repeat stands as a word: a katakana name has no katakana beside it; a kanji name has no kanji
    before it and ends at a token boundary not followed by a place or body suffix."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if not kanji:
        return not (before and _KATA_EDGE.match(before)) and not (after and _KATA_EDGE.match(after))
    if before and _KANJI_CHAR.match(before):
        return False
    if start not in token_starts or end not in token_ends:
        return False
    return not after or after not in _NOT_PERSON_AFTER


def repeats(
    text: str,
    people: Iterable[Introduced],
    taken: list[tuple[int, int]],
    token_starts: frozenset[int],
    token_ends: frozenset[int],
) -> list[tuple[int, int, str | None]]:
    """(start, end, canonical) of every repeat of an introduced full name that no accepted mention or
    reading covers; a span may cover shorter person mentions (李 of 李在明), which the caller replaces."""
    used = bytearray(len(text) + 1)
    for start, end in taken:
        used[start:end] = b"\x01" * (end - start)
    found: list[tuple[int, int, str | None]] = []
    for person in sorted(set(people), key=lambda p: -len(p.surface)):
        kanji = _is_kanji_name(person.surface)
        at = text.find(person.surface)
        while at >= 0:
            end = at + len(person.surface)
            if not any(used[at:end]) and _edges_ok(text, at, end, kanji, token_starts, token_ends):
                found.append((at, end, person.canonical))
                used[at:end] = b"\x01" * (end - at)
            at = text.find(person.surface, at + 1)
    return sorted(found)
