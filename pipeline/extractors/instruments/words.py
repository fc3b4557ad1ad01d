"""UniDic word analysis of a name run: glued names, a topic before a name, a country heading a name.

A run of nouns may hold two names glued (a lost comma) or a topic the writer glued to a name without a particle
(尖閣諸島日米安保条約): :func:`split_glued` cuts it where an instrument word meets a country's name (UniDic pos4
国) and opens a name at a country pair (日米); :func:`country_head` tells whether a prefix only names a country or
a pair of them (日米, 中華人民共和国), and :func:`adverbial_head` how long an adverbial noun glued before a country
is (その場合インド憲法).  Cached: the same runs are tagged at every cut point of every pair of names compared.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extractors.instruments.vocab import INSTRUMENT_END_RE
from pipeline.nlp.unidic import tagger

# Two countries abbreviated to one character each open a name (日米安保条約, 日韓請求権協定, 米ソ…条約): what a run of
# nouns holds before them is the topic the writer glued to the name without a particle (尖閣諸島日米安保条約).
COUNTRY_INITIALS = "日米中韓朝露ロソ英仏独豪印伊加台欧"
COUNTRY_PAIR_RE = re.compile(rf"(?P<a>[{COUNTRY_INITIALS}])(?!(?P=a))[{COUNTRY_INITIALS}]")


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[tuple[int, str, str], ...]:
    """(offset, surface, UniDic pos4) of the words of a run of name characters (cached: the same prefixes are
    tagged at every cut point of every pair of names compared)."""
    words, offset = [], 0
    for word in tagger()(name):  # UniDic pos4 国 tells a country name
        offset = name.find(word.surface, offset)
        words.append((offset, word.surface, word.feature.pos4 or ""))
        offset += len(word.surface)
    return tuple(words)


def split_glued(name: str) -> list[tuple[int, str]]:
    """The names in one run of name characters, as (offset, name).

    Two names glued where a list lost its comma split where an instrument word meets a country's name
    (中華人民共和国憲法中華人民共和国香港特別行政区基本法: UniDic tags 中華 pos4 国). A country pair that is not
    the run's first word opens the name (尖閣諸島日米安保条約 -> 日米安保条約)."""
    if len(name) < 6:
        return [(0, name)]
    words = _words(name)
    pieces, cut = [], 0
    for index, (offset, surface, _pos4) in enumerate(words):
        if offset > cut and COUNTRY_PAIR_RE.fullmatch(surface):
            cut = offset
        following = words[index + 1] if index + 1 < len(words) else None
        if following is not None and following[2] == "国" and INSTRUMENT_END_RE.search(surface):
            pieces.append((cut, name[cut : offset + len(surface)]))
            cut = following[0]
    pieces.append((cut, name[cut:]))
    return pieces


@lru_cache(maxsize=4096)
def adverbial_head(name: str) -> int:
    """How many leading characters of a name run are an adverbial noun glued before a country's name (その場合インド
    憲法, その際アメリカ合衆国憲法: UniDic 副詞可能 場合/際, then pos4 国): such a noun (a time or a case) never opens a
    title, so the name starts at the country."""
    words = list(tagger()(name[:12]))
    if len(words) < 3 or words[0].feature.pos3 != "副詞可能" or words[1].feature.pos4 != "国":
        return 0
    return len(words[0].surface) if name.startswith(words[0].surface) else 0


@lru_cache(maxsize=4096)
def country_head(prefix: str) -> bool:
    """Whether ``prefix`` only names a country or a pair of them (日米, 中華人民共和国, 日本国): a name without it
    is the same instrument (安保条約 of 日米安保条約)."""
    if COUNTRY_PAIR_RE.fullmatch(prefix):
        return True
    words = _words(prefix) if prefix else ()
    if not words or words[0][2] != "国":
        return False
    return len(words) == 1 or prefix.endswith(("国", "連邦"))
