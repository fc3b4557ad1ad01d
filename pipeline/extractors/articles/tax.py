"""Tax writing's compact citations: 法法6の2, (法法6の3、6の4、8の2), 法法82十五, 法法82の3 4, 法法(案)82条四.

Japanese tax administration and commentary cite a statute by a fixed abbreviation (法法 = 法人税法, 措法 = 租税特別措置
法; the 凡例 of the NTA's textbooks, ``pipeline/data/tax_law_abbreviations.tsv``) and a compact number: the article
with its branch numbers (82の3), the paragraph as a circled digit (①) and the item in kanji (三): ``法9①三`` is
所得税法第9条第1項第3号 (NTA 税大講本 凡例, http://www.nta.go.jp/ntc/kouhon/syotoku/hanrei.htm). A compact number is
read only right after a listed abbreviation or as the next member of its list (、6の4), never alone: bare digits are
amounts, years and note numbers everywhere else. Normalisation turns ① into a digit, so a paragraph is read only where
a space keeps it apart from the article (``82の3 4``); glued (``82の34``) it cannot be told from a branch number.

The instrument is the statute the text itself defines the abbreviation as (法人税法(以下、「法法」という。): the
instruments scan makes 法法 its alias), else the abbreviation as written, since the text never names it (gold
convention of heldout25).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from pipeline.extractors.articles.vocab import NAME_CHAR, arabic
from pipeline.extractors.instruments.vocab import Instrument
from pipeline.records import ArticleRef

ABBREVIATIONS_FILE = Path(__file__).resolve().parents[2] / "data" / "tax_law_abbreviations.tsv"


@cache
def tax_abbreviations() -> dict[str, str]:
    """Abbreviation → statute, from the data file (comment lines start with #)."""
    rows = ABBREVIATIONS_FILE.read_text(encoding="utf-8").splitlines()
    pairs = (line.split("\t") for line in rows if line and not line.startswith("#"))
    return {fields[0]: fields[1] for fields in pairs}


# One compact citation: the article and its branch numbers, with or without 条 (法法6の2, 法法(案)82条四, 82条の2), a
# paragraph kept apart by a space (82の3 4: a circled ④ after normalisation) or still circled, and an item in kanji
# (82十五). Never followed by more digits, a decimal point or a date or amount unit (法法 is no prefix of 2024年 or
# 1.5%).
MEMBER = (
    r"(?P<art>[0-9]{1,3})(?P<sub>(?:の[0-9]{1,3}){0,3})(?:条(?P<sub2>(?:の[0-9]{1,3}){0,3}))?"
    r"(?:[ \u3000](?P<para>[0-9]{1,2})(?![0-9.年月日%％])|(?P<circled>[①-⑳]))?"
    r"(?P<item>[一二三四五六七八九十]{1,4}(?![号条項]))?"
    r"(?![0-9.年月日%％])"
)
MEMBER_RE = re.compile(MEMBER)
# The next member of a list after one abbreviation: (法法6の3、6の4、8の2、8の3).
NEXT_MEMBER_RE = re.compile(rf"[、,，](?={MEMBER})")


@cache
def _abbreviation_re() -> re.Pattern[str]:
    """A listed abbreviation, not inside a longer word (手法, 方法 end with 法 but never precede 法), with an optional
    bill mark (法法(案)82条四: the provision of the bill), right before a compact number."""
    names = "|".join(sorted(map(re.escape, tax_abbreviations()), key=len, reverse=True))
    return re.compile(rf"(?<![{NAME_CHAR}])(?P<abbr>{names})(?:[(（]案[)）])?(?=[0-9])")


def tax_refs(text: str, instruments: list[Instrument], taken: list[tuple[int, int]]) -> list[ArticleRef]:
    """Rows of every compact citation after a listed abbreviation; spans another rule already read stay its own."""
    defined = {alias: inst for inst in instruments for alias in inst.aliases}
    refs: list[ArticleRef] = []
    for match in _abbreviation_re().finditer(text):
        abbr = match.group("abbr")
        instrument = defined.get(abbr)
        position, resolution = match.end(), "explicit"
        while (member := MEMBER_RE.match(text, position)) is not None:
            if not any(s < member.end() and member.start() < e for s, e in taken):
                ref = _row(member, instrument.canonical if instrument else abbr, resolution)
                ref.instrument_id = instrument.instrument_id if instrument else None
                refs.append(ref)
            resolution = "same"  # a later member of the list takes the abbreviation of the first
            following = NEXT_MEMBER_RE.match(text, member.end())
            if following is None:
                break
            position = following.end()
    return refs


def _row(member: re.Match[str], instrument: str, resolution: str) -> ArticleRef:
    subs = [piece for piece in (member.group("sub") + (member.group("sub2") or "")).split("の") if piece]
    item = member.group("item")
    return ArticleRef(
        mention_id="",
        start=member.start(),
        end=member.end(),
        surface=member.group(0),
        kind="article",
        instrument=instrument,
        article=member.group("art"),
        article_sub="_".join(subs) or None,
        paragraph=member.group("para") or _circled(member.group("circled")),
        item=arabic(item) if item else None,
        resolution=resolution,
    )


def _circled(digit: str | None) -> str | None:
    """``④`` → ``4`` (text not yet normalised keeps its circled paragraph numbers)."""
    return None if digit is None else str(ord(digit) - ord("①") + 1)
