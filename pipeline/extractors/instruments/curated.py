"""The curated alias list (pipeline/data/instrument_aliases.tsv) and the names only it can find.

Common names that are no character subsequence of the official title (国連海洋法条約 of 海洋法に関する国際連合条約),
each with its official source: :func:`known_aliases` gives the folded pairs; listed short names with hiragana in
them (子どもの権利条約) and listed Latin acronyms standing alone (NPT) are found as mentions.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.extractors.instruments.vocab import NameMention, fold, kind_of

# A Latin acronym standing alone as a word (NPT前文, NPTは第10条に則って): not part of a longer Latin word.
LATIN_WORD_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,8}(?![A-Za-z0-9])")


def curated_acronyms(text: str, taken: list[tuple[int, int]]) -> list[NameMention]:
    """Latin acronyms the curated alias list gives for a treaty (NPT: 核兵器の不拡散に関する条約), standing alone:
    the press and reports name the treaty by them (同条約第6条 after NPT前文 points to it). Only the listed ones,
    since most acronyms name organisations (IAEA, NATO), not instruments."""
    acronyms = {short: full for short, full in known_aliases() if LATIN_WORD_RE.fullmatch(short)}
    if not acronyms:
        return []
    found = []
    for match in LATIN_WORD_RE.finditer(text):
        full = acronyms.get(match.group(0))
        if full is None or any(match.start() < e and s < match.end() for s, e in taken):
            continue
        found.append(NameMention(match.start(), match.end(), match.group(0), "unquoted", kind_of(full)))
    return found


# Common names that are not a character subsequence of the official title (国連海洋法条約 of 海洋法に関する国際連合
# 条約): a small list of major treaties, each with its official source, in pipeline/data (see its README).
ALIASES_FILE = Path(__file__).resolve().parents[2] / "data" / "instrument_aliases.tsv"


@lru_cache(maxsize=1)
def _alias_rows() -> tuple[tuple[str, str], ...]:
    """(short, full) rows of the curated alias list, as written."""
    lines = ALIASES_FILE.read_text(encoding="utf-8").splitlines()
    return tuple((row[0], row[1]) for row in (line.split("\t") for line in lines if line and not line.startswith("#")))


@lru_cache(maxsize=1)
def known_aliases() -> frozenset[tuple[str, str]]:
    """(short, full) pairs of the curated alias list, folded as names are compared."""
    return frozenset((fold(short), fold(full)) for short, full in _alias_rows())


# A listed short name written partly in hiragana: 子どもの権利条約, 児童の権利条約.
HIRAGANA_RE = re.compile("[ぁ-ん]")


def curated_kana_names(text: str) -> list[NameMention]:
    """Listed short names with hiragana in them (子どもの権利条約 for 児童の権利に関する条約): the unquoted scanner
    reads runs of kanji and katakana and would keep only their tail (権利条約), a name no text uses alone. Only the
    listed ones, since a phrase Xの…条約 is most often a description (日本の安保条約), not a name."""
    found = []
    for short in {short for short, _ in _alias_rows() if HIRAGANA_RE.search(short)}:
        for match in re.finditer(re.escape(short), text):
            found.append(NameMention(match.start(), match.end(), short, "unquoted", kind_of(short)))
    return found


@lru_cache(maxsize=1024)
def same_listed_title(key: str, known: str) -> bool:
    """Whether the curated list gives both folded names as short names of one official title."""
    titles = {full for short, full in known_aliases() if short == key}
    return any(short == known and full in titles for short, full in known_aliases())
