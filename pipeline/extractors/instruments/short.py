"""Whether one name is a short form of another: abbreviations, country-pair short names, listed pairs.

``民訴法`` of ``民事訴訟法`` (a character subsequence keeping the instrument word, see :func:`is_abbreviation`),
``安保条約`` of ``日米安保条約`` (a shorter one when what is cut names a country), ``日米安保条約`` of
``日本国とアメリカ合衆国との間の相互協力及び安全保障条約`` (the parties' initials), ``ソ日`` and ``日ソ`` (one pair
in the other order), and pairs the curated list gives.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extractors.instruments.curated import known_aliases, same_listed_title
from pipeline.extractors.instruments.registry import other_version
from pipeline.extractors.instruments.vocab import SHORT_NAMES, Instrument, fold
from pipeline.extractors.instruments.words import COUNTRY_INITIALS, COUNTRY_PAIR_RE, country_head


def swapped_pair(a: str, b: str) -> bool:
    """``ソ日共同宣言`` and ``日ソ共同宣言``: one name with its two country initials in the other order."""
    return (
        len(a) == len(b) > 2 and a != b and a[2:] == b[2:] and a[:2] == b[1::-1]
        and all(c in COUNTRY_INITIALS for c in a[:2])
    )  # fmt: skip


def short_form_of(short: Instrument, full: Instrument) -> bool:
    """Whether ``short`` names the same instrument as ``full`` (one kind, no number of its own that differs)."""
    key, known = fold(short.canonical), fold(full.canonical)
    if short.kind != full.kind or short.canonical == short.number or key == known:
        return False
    if (key, known) in known_aliases() or (known, key) in known_aliases() or swapped_pair(key, known):
        return True
    if same_listed_title(key, known):
        return True  # 核拡散防止条約 and 核兵器不拡散条約, NPT: short names the list gives for one title
    if short.number and full.number and short.number != full.number:
        return False
    if known.endswith(key) and (len(key) >= 5 or short.canonical in SHORT_NAMES):
        return not other_version(known, key)
    if len(key) >= 3 and any(
        fold(name).endswith(key) and fold(name) != key and country_head(fold(name)[: -len(key)])
        for name in full.names()
    ):
        return True  # 安保条約 of 日米安保条約 (itself short for 日米安全保障条約)
    return (
        is_abbreviation(short.canonical, full.canonical) or _abbreviation_without_country(key, known)
        or _country_pair_short(key, known)
    )  # fmt: skip


# The states a one-character initial stands for in a pair name (日米, 日ソ, 日韓): how the formal title spells them.
INITIAL_STATES = {
    "日": ("日本",), "米": ("アメリカ", "合衆国"), "ソ": ("ソヴィエト", "ソビエト"), "露": ("ロシア",),
    "ロ": ("ロシア",), "中": ("中華",), "韓": ("大韓民国",), "朝": ("朝鮮",), "英": ("グレート・ブリテン", "英国"),
    "仏": ("フランス",), "独": ("ドイツ",), "豪": ("オーストラリア",), "印": ("インド",), "伊": ("イタリア",),
    "加": ("カナダ",),
}  # fmt: skip
# The parties' clause of a bilateral title: 日本国政府とアメリカ合衆国政府との間の行政協定.
PARTIES_CLAUSE_RE = re.compile(r"^(?P<parties>[^、。]{2,40}?)との間の(?P<rest>.+)$")


def _country_pair_short(key: str, known: str) -> bool:
    """``日米行政協定`` of ``日本国政府とアメリカ合衆国政府との間の行政協定``: the pair's initials stand for the
    parties' clause, the rest is the title after との間の (as it stands or abbreviated)."""
    pair = COUNTRY_PAIR_RE.match(key)
    clause = PARTIES_CLAUSE_RE.match(known)
    if pair is None or clause is None or len(key) < 4:
        return False
    parties, rest, tail = clause.group("parties"), key[2:], clause.group("rest")
    if not all(any(state in parties for state in INITIAL_STATES.get(initial, ())) for initial in key[:2]):
        return False
    return tail == rest or (len(rest) >= 3 and is_abbreviation(rest, tail))


@lru_cache(maxsize=4096)
def _abbreviation_without_country(key: str, known: str) -> bool:
    """``安保条約`` of ``日米安全保障条約``: the full name without its country head (日米, 日本国) abbreviated."""
    if len(key) < ABBREVIATION_MIN_LENGTH or not known.endswith(ABBREVIATION_WORDS):
        return False
    return any(
        is_abbreviation(key, known[cut:]) and country_head(known[:cut])  # the tagger only for a fitting tail
        for cut in range(2, min(len(known) - len(key), 12) + 1)
    )


# A name shortened by dropping words inside it, as Japanese lawyers and the press write: 民訴法 (民事訴訟法),
# 労基法 (労働基準法), 個人情報保護法 (個人情報の保護に関する法律), 日米安保条約 (日米安全保障条約), 核不拡散条約
# (核兵器の不拡散に関する条約). Both end in the same instrument word; the short stem keeps the first character,
# its characters stand in order in the full stem, and at least two gaps were cut, the end of the full stem
# counting (会社法 is not 会社更生法 with one word dropped: that is another law); a short stem that is a word of
# the full name is another instrument about that word (国会法 is not 国立国会図書館法).
ABBREVIATION_MIN_LENGTH, ABBREVIATION_MIN_GAPS = 3, 2
ABBREVIATION_WORDS = ("議定書", "条約", "協定", "憲章", "法")


def is_abbreviation(short: str, full: str) -> bool:
    """``民訴法`` of ``民事訴訟法``, ``日米安保条約`` of ``日米安全保障条約`` (see above)."""
    full = full.removesuffix("律") if full.endswith("法律") else full
    word = next((w for w in ABBREVIATION_WORDS if short.endswith(w) and full.endswith(w)), None)
    if word is None or len(short) < ABBREVIATION_MIN_LENGTH or short in SHORT_NAMES or len(short) >= len(full):
        return False
    stem, full_stem = short.removesuffix(word), full.removesuffix(word)
    if not stem or stem[0] != full_stem[0] or stem in full_stem:
        return False
    gaps, position, cut = 0, 0, ""
    for char in stem:
        found = full_stem.find(char, position)
        if found < 0:
            return False
        gaps, cut = gaps + (found > position), cut + full_stem[position:found]
        position = found + 1
    gaps, cut = gaps + (position < len(full_stem)), cut + full_stem[position:]
    return gaps >= ABBREVIATION_MIN_GAPS or (gaps >= 1 and PARTICLES_ONLY_RE.fullmatch(cut) is not None)


# What an abbreviation may drop in one cut: only the particles joining the title's words (東南アジア友好協力条約 of
# 東南アジアにおける友好協力条約, 日本国憲法 is not so cut from anything); dropping a content word takes two cuts.
PARTICLES_ONLY_RE = re.compile(r"[ぁ-ん]+")
