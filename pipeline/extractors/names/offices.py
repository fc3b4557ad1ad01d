"""A surname before the office held, and the officers of named bodies.

UniDic tags a surname (or a word it also reads as one); office words follow up to a head token
(``谷内国家安全保障局長`` -> 谷内, ``黒田日銀総裁`` -> 黒田).  Also officers named after their body in katakana
(``ロシア外務省ザハロワ報道官``) and family-first names with a state and office.  Bodies named only inside the
office are no mentions; places are.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extractors.names.gazetteer import Gazetteer, is_dictionary_surname
from pipeline.extractors.names.vocab import (
    BODY_SUFFIX_TOKENS,
    HEAD_OF_PLACE,
    KANJI,
    KANJI_WORD,
    KATA,
    KATA_NAME,
    NAME_CHAR,
    NOT_NAMES,
    ORG_HEADS,
    PLACE_SUFFIX_TOKENS,
    READING_PARENS,
    TIME_MARKS,
    TITLE_HEAD,
    TITLE_HEAD_SET,
    WHOLE_TITLE,
    Candidate,
    Tokens,
    is_person_name,
)

# A katakana name right before a body of the gazetteer: ストルテンベルグ北大西洋条約機構(NATO)事務総長.
KATA_BEFORE_KANJI = re.compile(rf"(?<![{KATA}・=])(?P<name>{KATA_NAME})(?=[{KANJI}])")


def body_officers(text: str, gaz: Gazetteer, toks: Tokens) -> list[Candidate]:
    """A katakana name, a listed body (and its acronym), then an office up to its head: the person, whose
    title runs from the body to the head (モゲリーニ欧州連合(EU)外務・安全保障政策上級代表)."""
    found = []
    for match in KATA_BEFORE_KANJI.finditer(text):
        name, at = match.group("name"), match.end()
        if gaz.lookup(name) or not is_person_name(name, gaz):
            continue
        body = next(
            (
                n
                for n in range(gaz.longest.get(text[at], 0), 1, -1)
                if (gaz.lookup(text[at : at + n]) or ("",))[0] == "ORG"
            ),
            None,
        )
        if body is None:
            continue
        after = at + body
        acronym = _ACRONYM.match(text, after)
        after = acronym.end() if acronym else after
        j = bisect_left(toks.starts, after)
        title_end = office_end(toks, text, j) if j < len(toks.starts) and toks.starts[j] == after else None
        if title_end:
            found.append(Candidate(match.start(), at, "PERSON", "person", title=text[at:title_end]))
    return found


# A katakana name, ・, then a body's name that ends on an organisational head and the office held in it
# (アフマド・アブルゲイト・アラブ連盟事務総長): the ・ parts the name from its title, as in 金正恩・朝鮮労働党総書記.
KATA_DOT_BODY = re.compile(
    rf"(?<![{KATA}・=])(?P<name>[{KATA}]{{2,}}(?:[・=][{KATA}]{{2,}})*?)・"
    rf"(?P<title>(?P<body>[{KATA}]{{2,}}[{KANJI}]{{0,6}}?(?:{ORG_HEADS})){TITLE_HEAD})"
)


def dotted_body_officers(text: str, gaz: Gazetteer, offices: list[tuple[int, int]]) -> list[Candidate]:
    """The person before ・ + body + office; the office (body included) is the title, so an unlisted body
    named only there is no mention of its own (the convention of office_holders)."""
    found = []
    for match in KATA_DOT_BODY.finditer(text):
        name = match.group("name")
        if gaz.lookup(name) or not is_person_name(name, gaz):
            continue
        offices.append(match.span("title"))
        found.append(Candidate(match.start("name"), match.end("name"), "PERSON", "person", title=match.group("title")))
    return found


# The family-first form of the Japanese foreign ministry: family name, a comma, given names, then (after a ・ or
# not) the state and the office: ラヴロフ,セルゲイ・ヴィクトロヴィチ・ロシア連邦外務大臣, ラヴロフ,セルゲイ・
# ヴィクトロヴィチ露外務大臣.  After 、 (also a list separator) the given names must be two (name and patronymic).
FAMILY_FIRST = re.compile(
    rf"(?<![{KATA}・=])[{KATA}]{{2,}}(?:[,，]|、(?=[{KATA}]{{2,}}・))[{KATA}]{{2,}}(?:・[{KATA}]{{2,}})*"
    rf"(?=[・{KANJI}])"
)


def family_first(text: str, gaz: Gazetteer) -> list[Candidate]:
    """One PERSON for the family-first name, the state as its own PLACE, and the office as the title; the
    name ends at the first ・ (or at the chain's end) that a listed state and an office follow."""
    found = []
    for match in FAMILY_FIRST.finditer(text):
        cuts = [m.start() for m in re.finditer("・", text[match.start() : match.end()])]
        for end in [match.start() + cut for cut in cuts] + [match.end()]:
            state = _state_and_office(text, end + text.startswith("・", end), gaz)
            if state is not None and end > match.start():
                title, at, n = state
                found.append(Candidate(match.start(), end, "PERSON", "person", title=title))
                found.append(Candidate(at, at + n, "PLACE", "person", gaz.lookup(text[at : at + n])[1]))
                break
    return found


def _state_and_office(text: str, at: int, gaz: Gazetteer) -> tuple[str, int, int] | None:
    """(office, start, length of the state) when a listed state and an office of the lexicon start at ``at``."""
    if at >= len(text):
        return None
    for n in range(gaz.longest.get(text[at], 0), 0, -1):
        title = WHOLE_TITLE.match(text, at + n)
        if gaz.is_state(text[at : at + n]) and title:
            return title.group(), at, n
    return None


# Last tokens of an office that follows a surname through a body's name (谷内|国家安全保障局|長,
# 浅川|財務|官, 富田和弘|岐阜県揖斐川町|長, 大谷|記者): UniDic cuts 局長 into 局 + 長, 審議官 into 審議 + 官.
_OFFICE_WORDS = """
長 官 相 大臣 長官 次官 議員 委員 代表 記者 総裁 総理 首相 外相 大統領 主席 総書記 議長 大使 知事 教授
助教 社長 会長 頭取 総長 理事 特使 補佐官 報道官 審議官 市長 町長 村長 区長
"""
_OFFICE_HEADS = frozenset(_OFFICE_WORDS.split())
# Tokens an office may be made of: nouns, suffixes and prefixes in kanji or katakana (両, 等, ・ between parts).
_OFFICE_PART = re.compile(rf"[{KANJI}{KATA}・]+")
_OFFICE_POS = ("名詞", "接尾辞", "接頭辞")
# An acronym in parentheses inside an office (環太平洋経済連携協定(TPP)等政府対策本部首席交渉官).
_ACRONYM = re.compile(r"\([A-Z]{2,8}\)")
# The longest office the rule reads (characters after the name).
_MAX_OFFICE = 32


_TIME_MARK_WORDS = ("前", "元", "現", "次期", "故")
# A reading in parentheses closing right before a token: what follows is the office of the name read there.
READING_CLOSE = re.compile(rf"{READING_PARENS}(?:{'|'.join(_TIME_MARK_WORDS)})?$")  # ...(キム・ビョンギ)前院内代表


def office_holders(toks: Tokens, text: str, gaz: Gazetteer, offices: list[tuple[int, int]]) -> list[Candidate]:
    """A surname (UniDic 姓, or a word UniDic also reads as one) at the start of a word, then the office
    it holds up to a head token: 谷内国家安全保障局長 -> 谷内 (title 国家安全保障局長); 森、山崎両外務審議官
    -> 森 and 山崎.  The title is never part of the name; places in it are found by the other rules."""
    found = []
    for i in _surname_like_tokens(toks):
        name_end = _surname_end(toks, text, gaz, i)
        if name_end is None:
            continue
        j = name_end
        title_end = office_end(toks, text, j)
        if title_end is None:
            continue
        start, end = toks.starts[i], _name_end(toks, text, gaz, i, title_end) or toks.ends[j - 1]
        if READING_CLOSE.search(text, max(0, start - 40), start) or text[start:title_end] in TITLE_HEAD_SET:
            continue  # 朴賛大(パク・チャンデ)院内代表, 院内代表を辞任: 院内 is part of the office, no surname
        title = text[end:title_end]
        if len(title) < 2 or (end - start == 1 and not toks.tags[i].endswith("人名-姓")):  # ロタ島の島|長
            continue
        if _bureau_of_a_place(text, start, end, title, toks.tags[i], gaz) or _place_holds_office(toks.tags[i], title):
            continue
        offices.append((end, title_end))
        title = without_state(title, gaz)
        found.append(Candidate(start, end, "PERSON", "office", title=title.removeprefix("両")))
        if title.startswith("両"):
            found += _paired_surname(toks, text, gaz, i, title.removeprefix("両"))
    return found


def _place_holds_office(tag: str, title: str) -> bool:
    """広島知事, 大阪市長: UniDic reads the word as a place and the office heads a place, so the word is the
    place; a tagged surname (岸田知事) stays a person, and so does a place-like surname before other offices
    (【NHK 大谷記者】)."""
    return "地名" in tag and title.lstrip(TIME_MARKS) in HEAD_OF_PLACE


# A body's head inside an office title (入国管理局|主任審査官, 外務省|局長): the office is held in that body.
BODY_IN_TITLE = re.compile(r"局|省|庁|裁判所|委員会")


def _bureau_of_a_place(text: str, start: int, end: int, title: str, tag: str, gaz: Gazetteer) -> bool:
    """広島|入国管理局主任審査官: a listed place that UniDic reads as a place, then a body named after it and an
    office in that body; the place names the body, it is no person's surname."""
    name = text[start:end]
    entries = [gaz.lookup(name + suffix) for suffix in ("", "県", "府", "都", "市")]  # 広島 of 広島県
    listed = any(entry and entry[0] == "PLACE" for entry in entries)
    return listed and "地名" in tag and BODY_IN_TITLE.search(title) is not None


def without_state(title: str, gaz: Gazetteer) -> str:
    """A state between the name and the office is a place of its own, not part of the title
    (鄧小平中国国務院副総理: title 国務院副総理, 中国 a PLACE)."""
    for n in range(min(len(title) - 2, gaz.max_len), 1, -1):
        if gaz.is_state(title[:n]):
            body = any((gaz.lookup(title[:m]) or ("",))[0] == "ORG" for m in range(n + 1, len(title) + 1))
            return title if body else title[n:]  # 朝鮮労働党副部長: the state names a listed body (朝鮮労働党)
    return title


def _name_end(toks: Tokens, text: str, gaz: Gazetteer, i: int, title_end: int) -> int | None:
    """Where the name ends when what follows up to ``title_end`` is one title of the lexicon: the given
    name UniDic does not tag (李|在明|大統領, 石破|茂|首相, 山野|内|経済局長); the shortest such name,
    at most four kanji, over no listed name (黒田|日銀|総裁 keeps 黒田)."""
    start = toks.starts[i]
    for k in range(i, len(toks.ends)):
        end = toks.ends[k]
        word = text[toks.starts[k] : end]
        if end - start > 4 or not re.fullmatch(rf"[{KANJI}]+", word) or (k > i and gaz.lookup(word)):
            return None
        party = text.find("党", toks.starts[k] + 1, end)  # 金|与|正党|副部長: UniDic glues 党 to the name
        if party > 0 and WHOLE_TITLE.fullmatch(text, party, title_end):
            return party
        if _is_title(toks, text, k + 1, title_end):
            return end
    return None


def _is_title(toks: Tokens, text: str, k: int, title_end: int) -> bool:
    """Tokens from ``k`` to ``title_end`` are one title of the lexicon, after 両 (和泉洋人|両首相補佐官) or
    after the place it governs (松井一實|広島市長, 広島|県知事)."""
    if k >= len(toks.starts):
        return False
    pos = toks.starts[k]
    if WHOLE_TITLE.fullmatch(text, pos + text.startswith("両", pos), title_end):
        return True
    if "固有名詞-地名" not in toks.tags[k]:
        return False
    after = toks.ends[k]
    suffixed = text[after : after + 1] in PLACE_SUFFIX_TOKENS
    return any(WHOLE_TITLE.fullmatch(text, at, title_end) for at in (after, after + suffixed))


# Tags of words UniDic may read as a surname in running text (岩屋 "cave", 松島 the place).
_SURNAME_LIKE = ("名詞-普通名詞", "名詞-固有名詞-地名")


def _surname_like_tokens(toks: Tokens) -> list[int]:
    """Indices of the tokens ``_surname_end`` can start a name at (its cheap tag and length tests, done in one
    pass, each distinct tag tested once, so that the other tokens cost no call)."""
    surname_like = {tag: tag.endswith("人名-姓") or tag.startswith(_SURNAME_LIKE) for tag in set(toks.tags)}
    return [
        i
        for i, (start, end, tag) in enumerate(zip(toks.starts, toks.ends, toks.tags, strict=True))
        if surname_like[tag] and end - start <= 3
    ]


def _surname_end(toks: Tokens, text: str, gaz: Gazetteer, i: int) -> int | None:
    """Index after the name that starts at token ``i``: 姓, or 姓 + 名; a one-kanji 名 only when no proper
    noun follows it (吉田|学|内閣官房..., but 梅本|環太平洋...: 環 begins the next name)."""
    start, end, tag = toks.starts[i], toks.ends[i], toks.tags[i]
    tagged = tag.endswith("人名-姓")
    if not (tagged or tag.startswith(_SURNAME_LIKE)) or end - start > 3:  # cheap tests first: every token
        return None
    word = text[start:end]
    if (start > 0 and NAME_CHAR.match(text, start - 1)) or not KANJI_WORD.fullmatch(word):
        return None
    if word[0] in NOT_NAMES or gaz.lookup(word) or not (tagged or is_dictionary_surname(word)):
        return None
    j = i + 1
    if j < len(toks.tags) and toks.tags[j].endswith("人名-名") and _given_name_fits(toks, j):
        j += 1
    if j < len(toks.tags) and text[toks.starts[j] : toks.ends[j]] in PLACE_SUFFIX_TOKENS | BODY_SUFFIX_TOKENS:
        return None
    return j


def _given_name_fits(toks: Tokens, j: int) -> bool:
    long = toks.ends[j] - toks.starts[j] >= 2
    return long or j + 1 == len(toks.tags) or not toks.tags[j + 1].startswith("名詞-固有名詞")


def is_office_head(word: str) -> bool:
    """局|長, 審議|官, and the one-token heads 室長, 部長, 所長 (not 成長, 延長)."""
    return word in _OFFICE_HEADS or (len(word) == 2 and word[1] in "長官" and word not in _NOT_OFFICES)


# Two-kanji words ending on 長 or 官 that are no office.
_NOT_OFFICES = frozenset({"成長", "延長", "身長", "助長", "冗長", "消長", "器官", "神官"})


def office_end(toks: Tokens, text: str, j: int) -> int | None:
    """End of the office that starts at token ``j``: the last head token before the run of office words ends."""
    n, first, last = len(toks.tags), toks.starts[j] if j < len(toks.tags) else None, None
    if first is None:
        return None
    while j < n and toks.starts[j] - first < _MAX_OFFICE:
        word = text[toks.starts[j] : toks.ends[j]]
        acronym = _ACRONYM.match(text, toks.starts[j])
        if acronym:  # skip the parenthesised acronym's tokens
            while j < n and toks.ends[j] <= acronym.end():
                j += 1
            continue
        if not (_OFFICE_PART.fullmatch(word) and (word == "・" or toks.tags[j].startswith(_OFFICE_POS))):
            break
        if is_office_head(word):
            last = toks.ends[j]
        j += 1
    return last


def _paired_surname(toks: Tokens, text: str, gaz: Gazetteer, i: int, title: str) -> list[Candidate]:
    """森、山崎両外務審議官: the surname before 、 shares the plural title."""
    if i < 2 or text[toks.starts[i - 1] : toks.ends[i - 1]] != "、":
        return []
    k = i - 2
    while k > 0 and toks.tags[k].endswith("人名-名"):
        k -= 1
    if _surname_end(toks, text, gaz, k) != i - 1:
        return []
    return [Candidate(toks.starts[k], toks.ends[i - 2], "PERSON", "office", title=title)]
