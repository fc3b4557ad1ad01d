"""Names followed by a reading, speakers in official records and authors in headers.

A name right before its reading in parentheses (``平壌(ピョンヤン)``, ``尹錫悦(ユン・ソンニョル)``) or a kana
reading (``堀田(ほった)``) is a name whatever its type; the reading becomes an alias, never a mention.  Speakers
of Diet minutes and official addresses (``○岸田内閣総理大臣``), author lines of report headers (``堀田 主``) and
spaced bylines are people.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extractors.names.filters import common_nouns_only
from pipeline.extractors.names.gazetteer import Gazetteer, folded, gazetteer, is_dictionary_surname
from pipeline.extractors.names.offices import office_end
from pipeline.extractors.names.vocab import (
    HAN_SURNAMES,
    KANJI,
    KANJI_SPACES,
    KANJI_START,
    KATA,
    KATA_NAME,
    READING_PARENS,
    WHOLE_TITLE,
    Candidate,
    Tokens,
    after_late,
    is_person_name,
    reading_aliases,
)
from pipeline.nlp.unidic import tagger

# Any name immediately followed by a reading: 平壌(ピョンヤン), 尹錫悦(ユン・ソンニョル).
READ_NAME = re.compile(
    rf"(?:(?<![{KATA}・=])(?P<kata>{KATA_NAME})|{KANJI_START}(?P<kanji>[{KANJI}]{{1,4}})){READING_PARENS}"
)
# An author line of a report header: department, then 姓 名 separated by a space (堀田 主).
AUTHOR_LINE = re.compile(rf"(?:^|[ \u3000])(?P<name>[{KANJI}]{{1,3}}[ \u3000][{KANJI}ぁ-ん]{{1,3}})$")


# The addressee or sender of an official letter: office, a space or not, the name, then 殿/君/様 or the
# line's end (衆議院議長 額賀福志郎 殿, 衆議院議員緒方林太郎君提出, 内閣総理大臣 石破 茂).  The honorific is
# neither name nor title.
OFFICIAL_ADDRESS = re.compile(
    rf"(?P<office>[{KANJI}]{{1,10}}(?:大臣|議長|議員|長官|知事|大使|委員長|市長|町長|村長))[ \u3000]*"
    rf"(?P<name>[{KANJI}]{{1,4}}[ \u3000]{{1,2}}(?![殿君様](?![{KANJI}]))[{KANJI}]{{1,4}}?|[{KANJI}]{{2,8}}?)"
    rf"(?=[ \u3000]?(?:殿|君|様)|[ \u3000]*$)",
    re.MULTILINE,
)


# A speaker in the Diet minutes: ○, the surname, the speaker's role (○岸田国務大臣, ○野上説明員, ○下牧説明員).
DIET_SPEAKER = re.compile(
    rf"^[○◯](?P<name>[{KANJI}]{{1,4}}?)(?P<office>説明員|政府委員|政府参考人|参考人|国務大臣|委員長|理事|委員|議長|君)"
    r"(?![(（])",  # ○政府委員(…: the role alone, its holder follows in parentheses
    re.MULTILINE,
)
# The older minutes' form: ○, the role, the speaker and 君 in parentheses (○政府委員(高橋通敏君), ○議長(益谷秀次君)).
# The name is the speaker's, titled with the honorific 君 as 氏 is after a name in the news.
DIET_ROLE_SPEAKER = re.compile(
    rf"^[○◯][{KANJI}]{{1,12}}[(（](?P<name>[{KANJI}]{{2,8}}?)(?P<office>君)[)）]",
    re.MULTILINE,
)


def official_addresses(text: str, toks: Tokens) -> list[Candidate]:
    """衆議院議長 額賀福志郎 殿, ○野上説明員: the person, titled with the office; the name must start with a
    surname token."""
    found = []
    speakers = [*DIET_SPEAKER.finditer(text), *DIET_ROLE_SPEAKER.finditer(text)]
    for m in [*OFFICIAL_ADDRESS.finditer(text), *speakers]:
        covering = toks.covering(m.start("name"), m.end("name"))
        speaker = m.re is not OFFICIAL_ADDRESS  # the minutes' ○ mark already says a person speaks
        if covering and toks.starts[covering[0]] == m.start("name") and (speaker or "人名" in toks.tags[covering[0]]):
            found.append(Candidate(m.start("name"), m.end("name"), "PERSON", "person", title=m.group("office")))
    return found


# A reading in hiragana after a kanji run (原田親仁(ちかひと), 岸田文雄(きしだ・ふみお)): the news style for a
# person's name; the name starts at a surname token UniDic tags (or is one personal-name token: 習近平).
KANA_READING = re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff々])\((?P<reading>[ぁ-ゖー・ ]{2,16})\)")
_MAX_KANJI_NAME = 6


def kana_read_names(text: str, toks: Tokens, blocked: list[tuple[int, int]]) -> list[Candidate]:
    """A kanji name read in hiragana: the person runs from the surname token to the parenthesis (原田|親仁,
    劉|鶴); a reading of family and given name (しゅう・きんぺい) makes the whole kanji word a name (習近|平)."""
    found = []
    for match in KANA_READING.finditer(text):
        start = _kana_name_start(text, toks, match)
        if start is not None:
            start = _spaced_surname(text, toks, start, match.group("reading"))
            blocked.append(match.span())
            title = _office_after(toks, text, match.end())
            reading = match.group("reading")
            found.append(Candidate(start, match.start(), "PERSON", "read", title=title, aliases=[reading]))
    return found


def _kana_name_start(text: str, toks: Tokens, match: re.Match) -> int | None:
    """Start of the name before a hiragana reading: the earliest surname token of the kanji word, else the word
    itself when the reading names family and given name (a ・ inside)."""
    end = match.start()
    k = bisect_left(toks.ends, end)
    starts = []
    for i in range(k, max(k - 4, -1), -1):
        if end - toks.starts[i] > _MAX_KANJI_NAME or not re.fullmatch(rf"[{KANJI}]+", text[toks.starts[i] : end]):
            break
        starts.append(i)
    surnames = [toks.starts[i] for i in starts if toks.tags[i].endswith("人名-姓")]
    word_start = toks.starts[starts[-1]] if starts else None
    whole = word_start is not None and not re.match(rf"[{KANJI}]", text[word_start - 1 : word_start])
    if surnames and whole and text[word_start : min(surnames)] in HAN_SURNAMES:
        return word_start  # 朱|鳳|蓮(しゅほうれん): UniDic tags 鳳 the surname, but 朱 before it is one
    if surnames:
        return min(surnames)
    return word_start if whole and "・" in match.group("reading") and end - word_start <= 4 else None


# A surname set off by a space before the given name (中谷 元(なかたに・げん), the style of ministry press pages).
SPACED_SURNAME = re.compile(rf"(?<![{KANJI}])[{KANJI}]{{1,3}}[ \u3000]$")


def _spaced_surname(text: str, toks: Tokens, start: int, reading: str) -> int:
    """Start of the whole name when a reading of family and given name (なかたに・げん) follows a given name
    that a space parts from its surname (UniDic's 姓 on the word before the space, or a word it also lists as a
    surname: 中谷 is a place in running text): 中谷 元 -> 中谷 元."""
    before = SPACED_SURNAME.search(text, max(0, start - 4), start)
    if "・" not in reading or before is None:
        return start
    first = toks.covering(before.start(), before.start() + 1)
    surname = bool(first) and toks.tags[first[0]].endswith("人名-姓")
    return before.start() if surname or is_dictionary_surname(before.group().strip()) else start


def read_names(text: str, gaz: Gazetteer, toks: Tokens, blocked: list[tuple[int, int]]) -> list[Candidate]:
    """A name with a reading in parentheses: a place if the gazetteer knows it, else a person."""
    found = []
    for match in READ_NAME.finditer(text):
        group = "kata" if match.group("kata") else "kanji"
        start, end = after_late(text, match.start(group), match.end(group))
        name = text[start:end]
        if group == "kanji" and _tail_of_listed_name(text, start, end, gaz):
            continue  # アフリカ連合(African Union): the gloss reads the whole listed name, not 連合
        entry = gaz.lookup(name)
        other = gaz.lookup(match.group("reading"))
        if entry and other and other != entry:  # 米国(ニューヨーク): a second place, not a reading
            continue
        if entry:
            kind, canonical = entry
        elif (
            is_person_name(name, gaz)
            and _looks_like_person_reading(match.group("reading"), name)
            and not (group == "kanji" and common_nouns_only(toks, text, start, end))  # 議定書(Protocol on …)
        ):
            kind, canonical = "PERSON", None
        else:
            continue
        blocked.append((match.start("reading") - 1, match.end("reading") + 1))
        title = _office_after(toks, text, match.end()) if kind == "PERSON" else None
        found.append(Candidate(start, end, kind, "read", canonical, title, aliases=reading_aliases(match)))
    return found


# A Korean or Chinese person's name in katakana with the kanji name after it in parentheses, as Korean news sites
# in Japanese write it (キム・ジョンウン(金正恩)朝鮮労働党総書記, イ・ジェミョン(李在明)大統領): a family name of
# one letter or more (イ, ユン), a ・, then the given name; the kanji open with a listed one-kanji surname.
KANJI_AFTER_READING = re.compile(
    rf"(?<![{KATA}・=])(?P<kata>[{KATA}]+(?:[・=][{KATA}]{{2,}})+)\((?P<kanji>[{KANJI}]{{2,4}})\)"
)


def kanji_glossed_readings(text: str, toks: Tokens, blocked: list[tuple[int, int]]) -> list[Candidate]:
    """The katakana name is the mention, the kanji in parentheses its canonical name (the form every other
    document uses: 金正恩) and an alias, never a mention of its own; an office after the parenthesis is the title."""
    found = []
    for match in KANJI_AFTER_READING.finditer(text):
        kanji = match.group("kanji")
        if kanji[0] not in HAN_SURNAMES:
            continue  # ミサイル・システム(迎撃): a gloss, not a person's kanji name
        blocked.append((match.start("kanji") - 1, match.end("kanji") + 1))
        title = _office_after(toks, text, match.end()) or _body_office_after(text, match.end(), gazetteer())
        canonical = folded(kanji)
        found.append(Candidate(*match.span("kata"), "PERSON", "read", canonical, title, aliases=[kanji]))
    return found


def _body_office_after(text: str, at: int, gaz: Gazetteer) -> str | None:
    """A listed body and a lexicon office after it, the whole being the title (朝鮮労働党総書記, 朝鮮労働党副部長):
    the office words alone stop at the body's proper noun."""
    for n in range(min(gaz.max_len, len(text) - at), 1, -1):
        entry = gaz.lookup(text[at : at + n])
        if entry and entry[0] == "ORG":
            office = WHOLE_TITLE.match(text, at + n)
            return text[at : office.end()] if office else None
    return None


def _tail_of_listed_name(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether ``text[start:end]`` ends a longer gazetteer name glued before it (連合 of アフリカ連合); no listed
    name is longer than ``gaz.max_len``."""
    return any(gaz.lookup(text[head:end]) for head in range(max(0, end - gaz.max_len), start))


# A kanji name with a reading glued to a word that says where it lies (北朝鮮東部元山(ウォンサン), 道庁所在地清津
# (チョンジン), 首都平壌(ピョンヤン)): READ_NAME wants no kanji before the name, and after such a word it is a place.
PLACE_READ_AFTER = re.compile(
    rf"(?:(?<=東部|西部|南部|北部|中部|首都)|(?<=所在地))(?P<name>[{KANJI}]{{1,4}}){READING_PARENS}"
)


def places_read_after_region(text: str, gaz: Gazetteer, blocked: list[tuple[int, int]]) -> list[Candidate]:
    """元山(ウォンサン) after 東部: a place, known or not, whose reading is an alias."""
    found = []
    for match in PLACE_READ_AFTER.finditer(text):
        entry = gaz.lookup(match.group("name"))
        if entry and entry[0] != "PLACE":
            continue
        blocked.append((match.start("reading") - 1, match.end("reading") + 1))
        canonical = entry[1] if entry else None
        found.append(Candidate(*match.span("name"), "PLACE", "read", canonical, aliases=reading_aliases(match)))
    return found


def _office_after(toks: Tokens, text: str, at: int) -> str | None:
    """The office right after a person's reading, up to its head token: 鄭義溶(チョン・ウィヨン)国家安保室長,
    徐薫(ソ・フン)院長, 金明吉(キム・ミョンギル)巡回大使."""
    j = bisect_left(toks.starts, at)
    if j >= len(toks.starts) or toks.starts[j] != at:
        return None
    end = office_end(toks, text, j)
    if not end or end - at < 2:
        return None
    return _without_leading_state(text[at:end], gazetteer())


def _without_leading_state(title: str, gaz: Gazetteer) -> str:
    """A state right before a lexicon office is a place of its own (ブチッチ(Aleksandar Vučić)セルビア大統領: title
    大統領); only when the state is the longest listed name there (朝鮮半島平和交渉本部長 keeps 朝鮮半島)."""
    for n in range(min(len(title) - 1, gaz.max_len), 1, -1):
        if gaz.lookup(title[:n]):
            return title[n:] if gaz.is_state(title[:n]) and WHOLE_TITLE.fullmatch(title, n) else title
    return title


def _looks_like_person_reading(reading: str, name: str) -> bool:
    """キム・ジョンウン or Vladimir Putin: a given and a family name; IFX or ピョンヤン is not a person's."""
    first = re.split(r"[、,]", reading)[0].strip()
    return len(re.split(r"[・= ]", first)) >= 2


def author_lines(doc, text: str, toks: Tokens) -> list[Candidate]:
    """姓 名 at the end of a header line (the report's author line); the 姓 must be tagged 人名 by UniDic."""
    found = []
    surnames = {toks.starts[i] for i, tag in enumerate(toks.tags) if tag.startswith("名詞-固有名詞-人名")}
    for start, end in _header_lines(doc, text):
        match = AUTHOR_LINE.search(text[start:end])
        if match and start + match.start("name") in surnames:
            found.append(Candidate(start + match.start("name"), start + match.end("name"), "PERSON", "author"))
    return found


# A byline on a line of its own with a space after every kanji (長 友 昭, 劉 星), as journals lay out short names.
SPACED_BYLINE = re.compile(rf"^(?P<name>[{KANJI}](?:[ \u3000]+[{KANJI}]){{1,3}})[ \u3000]*$", re.MULTILINE)


def spaced_bylines(text: str) -> list[Candidate]:
    """A SPACED_BYLINE whose letters, joined, UniDic reads as a surname and then a given name (or a one-kanji
    name after the surname); a letter-spaced heading (目 次, 序 章) is a common noun."""
    found = []
    for match in SPACED_BYLINE.finditer(text):
        joined = KANJI_SPACES.sub("", match.group("name"))
        tags = [node.pos for node in tagger()(joined)]  # 名詞,固有名詞,人名,姓
        if tags and "人名,姓" in tags[0] and all("人名" in t or t.startswith("接尾辞") for t in tags[1:]):
            found.append(Candidate(match.start("name"), match.end("name"), "PERSON", "author", joined))
    return found


def _header_lines(doc, text: str) -> list[tuple[int, int]]:
    meta = getattr(doc._, "meta", None) or {}
    lines = []
    for region in meta.get("regions", []) or []:
        if getattr(region, "section", None) == "header":
            pos = region.start
            for line in text[region.start : region.end].split("\n"):
                lines.append((pos, pos + len(line)))
                pos += len(line) + 1
    return lines
