"""People written in Cyrillic: Russian inflected forms (``Путина``) of a person the text romanises (Vladimir Putin).

The Cyrillic stem becomes an alias of that person, so the entity lists the Latin and the Cyrillic form.
"""

from __future__ import annotations

import re

from pipeline.extractors.names.vocab import SpanIndex
from pipeline.records import NameMention

# A capitalised Cyrillic word (Путина, Кима): a candidate for a person the text romanises elsewhere.
CYRILLIC_WORD = re.compile(r"(?<![А-Яа-яЁё])[А-ЯЁ][а-яё]{2,}")
_CYRILLIC_ENDINGS = ("ым", "ом", "ой", "а", "у", "е", "ы", "")
# Russian letters to Latin as in common English romanisation (BGN/PCGN, simplified).
_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "_",
            "y",
            "_",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)


def _romanise(word: str) -> str:
    return "".join(_TRANSLIT.get(ch, ch) for ch in word.lower()).replace("_", "")


def cyrillic_people(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """Russian inflected forms (Путина) of a person whose romanised name the text gives (Vladimir Putin).

    The stem (Путин) becomes an alias, so the entity lists the Latin and the Cyrillic form.
    """
    surnames = {}
    for mention in mentions:
        if mention.type == "PERSON":
            for alias in mention.aliases:
                if re.fullmatch(r"[A-Za-z .'\-]+", alias):
                    surnames[alias.split()[-1].lower()] = mention.canonical
    taken = SpanIndex([(m.start, m.end) for m in mentions])
    found = []
    for match in CYRILLIC_WORD.finditer(text) if surnames else ():
        if taken.overlaps(match.start(), match.end()):
            continue
        word = match.group()
        for ending in _CYRILLIC_ENDINGS:
            stem = word[: len(word) - len(ending)] if ending else word
            if word.endswith(ending) and _romanise(stem) in surnames:
                canonical = surnames[_romanise(stem)]
                found.append(NameMention("", match.start(), match.end(), word, "PERSON", canonical, aliases=[stem]))
                break
    return found
