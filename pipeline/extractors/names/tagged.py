"""People and places from UniDic tags: surname + given name, place words, katakana names joined by ・.

UniDic marks person and place names (``名詞-固有名詞-人名-姓``): a surname and a given name (``兵頭慎治``, with the
kanji that close Japanese given names) is a PERSON, a place name standing as a whole word or before a municipal
suffix (``揖斐川町``) a PLACE, and a dotted katakana full name ending on a UniDic person's name (``ジョー・バイデン``)
a PERSON.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extractors.names.gazetteer import Gazetteer
from pipeline.extractors.names.vocab import (
    KANJI,
    KATA,
    KATA_NAME,
    PLACE_SUFFIX_TOKENS,
    WHOLE_TITLE,
    Candidate,
    Tokens,
    whole_word,
)
from pipeline.nlp.unidic import tagger


def unidic_proper_nouns(toks: Tokens, text: str, gaz: Gazetteer) -> list[Candidate]:
    """UniDic proper nouns: 姓+名 pairs (兵頭慎治) and place names that stand as a whole word."""
    found = []
    starts, ends, tags = toks.starts, toks.ends, toks.tags
    for i, tag in enumerate(tags):
        if "固有名詞" not in tag:  # every rule below needs a proper noun
            continue
        start, end = starts[i], ends[i]
        if tag.endswith("人名-姓") and i + 1 < len(tags) and tags[i + 1].endswith("人名-名") and starts[i + 1] == end:
            found.append(Candidate(start, _given_name_end(toks, text, i + 1), "PERSON", "tag"))
        elif "固有名詞-地名" in tag and _is_municipality(toks, text, i):  # 揖斐川|町, フロリダ|州
            found.append(Candidate(start, ends[i + 1], "PLACE", "tag"))
        elif "固有名詞-地名" in tag and whole_word(text, start, end):
            entry = gaz.lookup(text[start:end])
            found.append(Candidate(start, end, "PLACE", "tag", entry[1] if entry else None))
        elif "人名" in tag and re.fullmatch(KATA_NAME, text[start:end]):
            run_start, run_end = katakana_run(text, start, end)
            if _ends_a_person_word(text, run_end):
                found.append(Candidate(run_start, run_end, "PERSON", "tag"))
    return found


# A foreign person's full name written as katakana words joined by ・ (ケタンジ・ブラウン・ジャクソン), which the
# tokenizer keeps as one common-noun token: a name when UniDic knows its surname (the last word) as a person's name.
DOTTED_KATAKANA = re.compile(rf"(?<![{KATA}・=])[{KATA}]{{2,}}(?:・[{KATA}]{{2,}}){{1,3}}(?![{KATA}・=])")


def dotted_people(text: str, gaz: Gazetteer) -> list[Candidate]:
    """Dotted katakana names: three or more words ending on a UniDic person's name, or two person's names
    (ジョー・バイデン); none of the words a listed place or body (ボスニア・ヘルツェゴビナ), and not run into a
    kanji word that is no title (レイル・ドール賞)."""
    found = []
    for match in DOTTED_KATAKANA.finditer(text):
        words = match.group().split("・")
        if gaz.lookup(match.group()) or any(gaz.lookup(word) for word in words):
            continue
        named = [_person_word(word) for word in words]
        if not named[-1] or (len(words) == 2 and not all(named)):
            continue
        if _ends_a_person_word(text, match.end()):
            found.append(Candidate(match.start(), match.end(), "PERSON", "tag"))
    return found


@lru_cache(maxsize=4096)
def _person_word(word: str) -> bool:
    """One katakana word UniDic reads as one person's name token (ジャクソン, not ケタンジ)."""
    words = list(tagger()(word))
    return len(words) == 1 and words[0].feature.pos2 == "固有名詞" and words[0].feature.pos3 == "人名"


# Kanji that close Japanese given names (…美, …子, …一, …樹, …郎: https://ja.wikipedia.org/wiki/日本人の名前,
# 名の末尾の字) and that UniDic, knowing only the shorter name (麻友, 幸, 光), leaves as a token of their own.
GIVEN_NAME_ENDINGS = frozenset("美子一樹郎彦也香江奈恵代枝乃介雄夫男哉朗司治紀輝菜穂佳")
_SHORT_GIVEN = 2


def _given_name_end(toks: Tokens, text: str, j: int) -> int:
    """End of the given name at token ``j``, with one closing kanji UniDic split off (小嶋麻友|美, 石川幸|一編,
    深澤光|樹): a one-kanji common token right after a short given name, before a new word."""
    end = toks.ends[j]
    k = j + 1
    if (
        k < len(toks.tags)
        and toks.starts[k] == end
        and toks.ends[k] == end + 1
        and end - toks.starts[j] <= _SHORT_GIVEN
        and text[end] in GIVEN_NAME_ENDINGS
        and "固有名詞" not in toks.tags[k]
        and (k + 1 == len(toks.tags) or toks.starts[k + 1] == end + 1)
    ):
        return end + 1
    return end


def person_end(toks: Tokens, text: str, end: int) -> int:
    """A person's span that ends on a given name UniDic cut short (小嶋麻友|美): with its closing kanji."""
    covering = toks.covering(end - 1, end)
    if len(covering) != 1 or toks.ends[covering[0]] != end or not toks.tags[covering[0]].endswith("人名-名"):
        return end
    return _given_name_end(toks, text, covering[0])


def _ends_a_person_word(text: str, end: int) -> bool:
    """A katakana name followed by a kanji word is a name only before a title (プーチン大統領, ゴメス政権); before
    another word it names a thing after a person (シューマン宣言, アンファール作戦, レイル・ドール賞)."""
    return end >= len(text) or not re.match(rf"[{KANJI}]", text[end]) or WHOLE_TITLE.match(text, end) is not None


def _is_municipality(toks: Tokens, text: str, i: int) -> bool:
    """A place name token, then 州 / 県 / 市 / 町 / 村 / 区 / 郡 as a token of its own, the pair a whole word."""
    if i + 1 >= len(toks.tags) or toks.starts[i + 1] != toks.ends[i]:
        return False
    suffix = text[toks.starts[i + 1] : toks.ends[i + 1]]
    return suffix in PLACE_SUFFIX_TOKENS - {"都", "島", "道"} and not (
        toks.starts[i] > 0 and re.match(rf"[{KATA}]", text[toks.starts[i] - 1])
    )


def katakana_run(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a katakana token to the whole ・-joined name around it (ジョン -> ジョン・ブック)."""
    while start > 0 and re.match(rf"[{KATA}・=]", text[start - 1]):
        start -= 1
    while end < len(text) and re.match(rf"[{KATA}・=]", text[end]):
        end += 1
    return start + (text[start] in "・="), end - (text[end - 1] in "・=")
