"""Shared vocabulary of the article-reference rules: levels, numeral fragments, the Part token.

Every step of ``articles`` speaks of the same things: the level of a part (``LAW`` ... ``PROVISO``, outermost
first, with the structural and unit tables), the regex fragments for numbers (``N``, ``SUB`` for branch
numbers such as 第3条の2, ``SP`` for the space PDF text layers leave inside 第 10 条), the characters of an
instrument name, and :class:`Part`, one token of a reference.  Kept in one place so that the step modules
import it and never one another's internals for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extractors.instruments.vocab import Instrument
from pipeline.extractors.numerals import NUMBER, parse_number

# Levels of a part, outermost first.
LAW, DIVISION, EDITION, CHAPTER, SECTION, SUBSECTION, DIVISION2, ANNEX = range(8)
ARTICLE, PARAGRAPH, ITEM, SUBITEM, PROVISO = range(8, 13)
STRUCT_LEVEL = {"編": EDITION, "部": EDITION, "章": CHAPTER, "節": SECTION, "款": SUBSECTION, "目": DIVISION2}
UNIT_LEVEL = {"条": ARTICLE, "項": PARAGRAPH, "号": ITEM}
# The US Constitution divides its Articles into Sections (第1条第8節, 第2条第2節): a 節 glued to an article is
# below it, at a paragraph's level in the chain, and fills no column (article_refs has none for it).
ARTICLE_SECTION_LEVEL = PARAGRAPH
LEVEL_NAMES = {
    LAW: "Law", DIVISION: "Division", EDITION: "Part", CHAPTER: "Chapter", SECTION: "Section",
    SUBSECTION: "Subsection", DIVISION2: "Division", ANNEX: "APPDX", ARTICLE: "Article",
    PARAGRAPH: "Paragraph", ITEM: "Item", SUBITEM: "SUBITEM", PROVISO: "PROVISO",
}  # fmt: skip

SP = r"[ \u3000]?"  # one space PDF extraction may leave inside 第 10 条
N = rf"(?:{NUMBER})"
KANJI_DIGIT = "〇一二三四五六七八九十百千"
# A numeral after の that begins a word is no branch number: 第77条の一部 (a part of article 77), の一つ, の一環,
# 民法772条の二段階の推定 (a two-stage presumption), の二重, の三者.
NOT_BRANCH_AFTER = rf"(?![部つ環種節文例員方端因角面点件段重者次回度倍{KANJI_DIGIT}])"
SUB = rf"(?:[のノ]{N}{NOT_BRANCH_AFTER})*"  # branch numbers: 第3条の2, 第七十条の五の二, old codes 第二百六十六条ノ三
NAME_CHAR = "一-龥々ァ-ヴー"  # characters of an instrument name
# The instrument words a text uses alone for the instrument it discusses (法第2条, 条約第4条, 協定第二条, 憲章8章),
# not as the end of a longer name: BARE_WORD_BEFORE_RE, SELF_WORD_RE and BARE_WORD_PART_RE share them.
BARE_INSTRUMENT_WORD = "法|条約|協定|憲章"


@dataclass(frozen=True)
class Part:
    """One token of a reference: a level, how it points, its number."""

    start: int
    end: int
    level: int
    relation: str  # NAMED, PREV, NEXT, HERE, SAME, EACH
    number: str | None = None  # Arabic, branch numbers joined by _ (70_5_2)
    end_number: str | None = None  # for 第10～13条
    bare: bool = False
    word: str = ""  # the instrument word of a LAW part, proviso word, ...
    paragraph: str | None = None  # English states paragraph and item inside the article part: Article 5(2)
    item: str | None = None


def arabic(surface: str) -> str | None:
    value = parse_number(surface)
    return None if value is None else str(value)


def branch(sub: str) -> list[str]:
    return [arabic(piece) or piece for piece in re.split("[のノ]", sub) if piece]


def split_number(number: str | None) -> tuple[str | None, str | None]:
    """``70_5_2`` → (``70``, ``5_2``)."""
    if number is None:
        return None, None
    head, _, sub = number.partition("_")
    return head, sub or None


STEP = {"PREV": -1, "NEXT": 1, "HERE": 0}


def same_family(inst: Instrument, word: str) -> bool:
    families = {"法": ("law", "constitution"), "法律": ("law",), "条約": ("treaty",), "協定": ("agreement",),
                "憲章": ("charter",), "議定書": ("protocol",), "規約": ("covenant",), "決議": ("resolution",),
                "宣言": ("declaration",),
                "令": ("ordinance",), "規則": ("regulation",), "規程": ("regulation",), "指令": ("directive",),
                "政令": ("ordinance",),
                "省令": ("ordinance", "regulation")}  # fmt: skip
    return inst.kind in families.get(word, (inst.kind,))
