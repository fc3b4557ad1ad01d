"""Author zones: the names before a title, split into authors, editors and translators.

Japanese zones carry the role after the names (`著`, `編`, `監修`, `訳`, a list's role reaching every name before
it; :func:`split_japanese_authors`, :func:`japanese_translator`); Western zones are lists in natural or inverted
order joined by commas and `and`/`&`/`и` (:func:`split_western_authors`), with APA's inverted initials
(:data:`INVERTED_INITIALS_LIST`) and generational suffixes kept with their names.
"""

from __future__ import annotations

import re

from pipeline.extractors.citations.vocabulary import AUTHOR_YEAR, clean

# The role word after a Japanese name: 著/編著 (author), 編/監修 (editor), 訳 (translator).
ROLE = re.compile(r"(?:他|ほか|等|など)?(?P<role>編著|編訳|編|著|監修|監訳|補訂|訳|ほか|他|等|など)$")
# Separators between the names of a Japanese list; `・` separates names too, except inside a
# katakana name (`ジョン・スミス`) or after a Latin initial (`K・J・アロー`, `O・ランゲ`).
# `=` joins two authors in law notes (`星野英一=田中英夫`) but two parts of one name written in katakana
# (`マイルス=A・A`, `レヴィ＝ストロース`): between katakana and katakana or an initial it stays in the name.
NAME_GROUPS_JA = re.compile(r"[、,，;；/／]|(?<![\u30a0-\u30ff])[=＝]|[=＝](?![\u30a0-\u30ffA-Z])")
SPLIT_AUTHORS_JA = re.compile(r"・(?![\u30a0-\u30ffA-Z])(?<![\u30a0-\u30ff]・)(?<![A-Z]・)")
# Roles that a word written once after a list (`小池和男・猪木武徳編`, `吉川智、阿部一夫編`) gives every
# name before it; `訳` only reaches names joined by `・`, since `アロー,長名寛明訳` names the
# author first and the translator second.
LIST_ROLES = frozenset({"編", "編著", "監修", "著", "他", "ほか", "等", "など"})
# A role in brackets after a name, as book sites list contributors (`佐藤優(解説)/著`, `山田花子(イラスト)`): a
# commentator, illustrator or translator, never an author.
PAREN_ROLE = re.compile(r"[(（](?P<role>解説|監修|翻訳|訳|イラスト|写真|絵|画|編集)[)）]$")
# `編著` (edited and written by) names an author, as NDL catalogues record it (`六角弘編著` → author 六角弘).
AUTHOR_ROLES = frozenset({"", "著", "編著", "他", "ほか", "等", "など"})
# `補訂` (revised by: `芦部信喜・高橋和之補訂『憲法(第8版)』`, CALL4 意見書 甲33) reads as ZONE_RESPONSIBILITY's
# bracketed `(高橋和之補訂)` does: an editor, not an author.
EDITOR_ROLES = frozenset({"編", "監修", "補訂"})
# `編訳` (edited and translated: `潘樹広著・松岡栄志編訳`) names the translator.
TRANSLATOR_ROLES = frozenset({"訳", "監訳", "編訳"})


def _named_parts(zone: str) -> list[tuple[str, str, int]]:
    """(name, role, group) for each name of a zone; group counts the `、` / `,` separated runs."""
    named: list[tuple[str, str, int]] = []
    for group, run in enumerate(NAME_GROUPS_JA.split(zone)):
        for part in (p.strip() for p in SPLIT_AUTHORS_JA.split(run)):
            match = ROLE.search(part)
            raw = part[: match.start()] if match else part
            name = clean(raw)
            if name and FINAL_INITIAL.search(raw.rstrip()) and not name.endswith("."):
                name += "."  # `ボブズボームE.J.`
            aside = PAREN_ROLE.search(name or "")
            if name and aside:  # `佐藤優(解説)/著`: the bracketed role wins over the catalogue's 著
                named.append((name[: aside.start()].strip(), aside.group("role"), group))
            elif name:
                named.append((name, match.group("role") if match else "", group))
    role, group = "", -1
    for index in range(len(named) - 1, -1, -1):
        name, own, own_group = named[index]
        if own or (role in TRANSLATOR_ROLES and own_group != group) or role not in LIST_ROLES | TRANSLATOR_ROLES:
            role, group = own, own_group
        named[index] = (name, own or role, own_group)
    return named


def split_japanese_authors(zone: str) -> tuple[list[str], str | None]:
    """Authors and editor from the text before a Japanese title.

    `吉川智、阿部一夫` → two authors; `防衛研究所編` → editor; `中山眞彦著(1995)` → one author;
    `K・J・アロー,長名寛明訳` → the author only (the translator: :func:`japanese_translator`).
    """
    named = _named_parts(_zone_names(zone))
    authors = [name for name, role, _ in named if role in AUTHOR_ROLES]
    editors = [name for name, role, _ in named if role in EDITOR_ROLES]
    return authors, ("・".join(editors) if editors else None)


def japanese_translator(zone: str) -> str | None:
    """The translators named in a zone (`K・J・アロー,長名寛明訳` → 長名寛明)."""
    names = [name for name, role, _ in _named_parts(_zone_names(zone)) if role in TRANSLATOR_ROLES]
    return "・".join(names) if names else None


# A name closed by a Latin initial keeps that initial's period: `ボブズボームE.J.`, `デイヴィーズJ.`.
FINAL_INITIAL = re.compile(r"(?<![A-Za-z])[A-Z]\.$")


def _zone_names(zone: str) -> str:
    zone = AUTHOR_YEAR.sub("", zone).strip(" \u3000、,:：")
    zone = zone if FINAL_INITIAL.search(zone) else zone.rstrip(".").rstrip(" \u3000、,:：")
    return re.sub(r"\s?\[(?:ほか|他)\]\s?", "他", zone)


# A surname with initials (`Aron, L.`, `Remley, T. P.`, `Olszewski-Kubilius, P.`) and a list of them.
# An initial may be a digraph of a transliterated Russian name (`Aliev, R. Sh.`, `Yu.`, `Ch.`).
INVERTED_INITIALS = re.compile(
    r"[A-ZА-ЯЁ][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s(?:[A-ZА-ЯЁ][a-zа-яё]?\.(?:\s?-?[A-ZА-ЯЁ][a-zа-яё]?\.)*)"
)
INVERTED_INITIALS_LIST = re.compile(
    rf"(?:{INVERTED_INITIALS.pattern})(?:,?\s(?:&\s|and\s)?(?:{INVERTED_INITIALS.pattern}))*"
)


# A generational suffix split off by the comma before it (`Joseph S. Nye, Jr.`): part of the name.
NAME_SUFFIX = re.compile(r"(?:Jr|Sr)\.?|II|III|IV")


def _join_name_suffixes(names: list[str]) -> list[str]:
    """`['Joseph S. Nye', 'Jr.']` → `['Joseph S. Nye, Jr.']`."""
    joined: list[str] = []
    for name in names:
        if joined and NAME_SUFFIX.fullmatch(name):
            joined[-1] += ", " + (name if name.endswith(".") or "I" in name else name + ".")
        else:
            joined.append(name)
    return joined


# The word before a list's last name: English `and`/`&`, Russian `и`, Ukrainian `і`/`та` (OJS CSL Turabian
# `Гурак, Ігор, і Ігор Цепенда`), German `und`; a semicolon separates names too.
AUTHOR_CONJUNCTION = re.compile(r",?\s+(?:and|&|и|і|та|und)\s+|;\s*")


# One inverted name whose surname has two or three capitalised words and whose given name is one word
# (`Vidal Liy, Macarena`, El País in en.wikipedia.org/wiki/WannaCry_ransomware_attack; `Van den Noord, Paul`):
# a lone given name after the comma cannot be a second author, who would have a surname of his own.
COMPOUND_SURNAME_INVERTED = re.compile(
    r"\s*(?:[A-ZÀ-ÖØ-Þ][\w'’-]+|van|von|de|del|der|den|da|du|la|le)(?:\s(?:[A-ZÀ-ÖØ-Þ][\w'’-]+|van|von|de|del|der|den|da|du|la|le)){1,2}"
    r",\s?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+\s*"
)


def split_western_authors(zone: str) -> list[str]:
    """`Charles Schultz, Charles Brown, and Lucy VanPelt` → three names; `Esher, Louise` → one."""
    zone = AUTHOR_YEAR.sub("", zone.strip()).strip(" ,")
    zone = re.sub(r",?\s+(?:et al|и др)\.?$", "", zone)
    zone = zone if re.search(r"\b[A-ZА-ЯЁ][a-zа-яё]?\.$", zone) else zone.rstrip(".")
    if not zone:
        return []
    if INVERTED_INITIALS_LIST.fullmatch(zone):  # APA: `Aron, L., Botella, M., & Lubart, T.`
        return [m.group(0).strip() for m in INVERTED_INITIALS.finditer(zone)]
    parts = [p.strip() for p in AUTHOR_CONJUNCTION.split(zone) if p.strip()]
    names: list[str] = []
    inverted = False
    for part in parts:
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        # `Schultz, Charles` or `Ikenberry, David L.` (inverted first author): surname, given names; after
        # `&`/`and` a two-piece part of a list that opened inverted is inverted too (`Baker, David S., &
        # Henrichsen, Lynn`, APA with full given names)
        initials = len(pieces) == 2 and re.fullmatch(r"(?:[A-ZА-ЯЁ]\.?\s?)+", pieces[1])
        follows = inverted and len(pieces) == 2
        if len(parts) == 1 and not names and COMPOUND_SURNAME_INVERTED.fullmatch(part):
            names.append(part.strip())  # `Vidal Liy, Macarena`: a surname of two words, one given name
            continue
        if (
            len(pieces) >= 2
            and len(pieces[0].split()) == 1
            and len(pieces[1].split()) <= 3
            and (not names or initials or follows)
        ):
            names.append(re.match(r"[^,]+,\s?[^,]+", part).group(0).strip())  # as written: `Pyatt,Graham`
            pieces, inverted = pieces[2:], not names[:-1] or inverted
        names.extend(pieces)
    names = _join_name_suffixes(names)
    names = [n.rstrip(".") if not re.search(r"\b[A-ZА-ЯЁ][a-zа-яё]?\.$", n) else n for n in names]
    return [n for n in names if not NO_AUTHOR.fullmatch(n)]


# Words that say a work has no author: `s.a.` (sine auctore, French notes), `Anon.`, `Anonymous`, `N.N.`
NO_AUTHOR = re.compile(r"s\.\s?a\.?|s\.\s?n\.?|[Aa]non(?:ymous|\.)?|N\.\s?N\.?|б\.\s?а\.?")
