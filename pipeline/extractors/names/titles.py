"""People named with their title or post, in lists and in pairs.

Finds a name before an office (``プーチン大統領``, ``金正恩・朝鮮労働党総書記``, ``第二次安倍政権``), a full name
before a post in news lists (``趙世暎第1次官``, ``長嶺安政駐韓大使``), an envoy of a country, several names sharing
one plural title (``ブリンケン・上川両氏``) and pairs of names before an exchange (``岸・ハーター交換公文``).
The title is kept on the mention; a country before the title becomes a PLACE of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extractors.names.gazetteer import Gazetteer, is_dictionary_surname
from pipeline.extractors.names.offices import without_state
from pipeline.extractors.names.vocab import (
    AFTER_ADMIN_ORDINAL,
    COUNTRY_PREFIX,
    HAN_SURNAMES,
    HEAD_OF_PLACE,
    KANJI,
    KANJI_NAME,
    KANJI_START,
    KANJI_WORD,
    KATA,
    KATA_NAME,
    NAME_CHAR,
    NOT_NAME_ENDS,
    NOT_NAMES,
    OFFICE_TITLE,
    READING_PARENS,
    TIME_MARKS,
    TITLE_HEAD_SET,
    Candidate,
    Tokens,
    after_late,
    is_person_name,
    reading_aliases,
)
from pipeline.nlp.unidic import tagger

TITLED_PERSON = re.compile(
    rf"(?:(?<![{KATA}・=])(?P<kata>{KATA_NAME})|(?:{KANJI_START}(?!次)|{AFTER_ADMIN_ORDINAL})(?P<kanji>{KANJI_NAME}))"
    rf"(?:{READING_PARENS})?(?:(?<=[{KANJI}])・)?(?P<when>(?:次期|前|元)(?={COUNTRY_PREFIX}))?(?P<country>{COUNTRY_PREFIX})??"
    rf"{OFFICE_TITLE}"
)  # a ・ may part a kanji name from its office (金正恩・朝鮮労働党総書記)
# Several names sharing one plural title: ブリンケン・上川両氏.
NAME_LIST = re.compile(
    rf"(?<![{KATA}{KANJI}・])(?P<names>(?:{KATA_NAME}|[{KANJI}]{{1,4}})(?:[・、](?:{KATA_NAME}|[{KANJI}]{{1,4}}))+)"
    r"両(?P<title>氏|首脳|外相|大統領|首相)"
)


def _party_before_office(title: str) -> bool:
    """党 opens the title as the party's short form (党政権, 党副部長), not as part of one head word (党首:
    DAのスティーンヘイゼン党首 is the leader's name and office)."""
    return title.startswith("党") and title not in TITLE_HEAD_SET


def titled_people(toks: Tokens, text: str, gaz: Gazetteer, blocked: list[tuple[int, int]]) -> list[Candidate]:
    """A PERSON before their office (プーチン大統領, 金正恩朝鮮労働党総書記), titled with the office."""
    found = []
    for match in TITLED_PERSON.finditer(text):
        group = "kata" if match.group("kata") else "kanji"
        start, end = after_late(text, match.start(group), match.end(group))
        name = text[start:end]
        if group == "kanji" and _inside_katakana_word(text, start, toks):
            continue  # ソ|連初代大統領: the kanji goes on a katakana word (ソ連), no name starts there
        if group == "kanji" and match.group("country") and end not in toks.end_set:
            continue  # 昨日|大統領府: one word (昨日) runs over the name and the country letter, no name ends there
        if not is_person_name(name, gaz) or (
            _party_before_office(match.group("title")) and not _has_person_token(toks, start, end)
        ):
            continue  # バアス党政権: a party's name before 党, unless UniDic reads a person (金|与|正党副部長)
        plausible = _name_tokens_plausible(toks, start, end, match)
        if plausible is None:
            continue
        if not plausible and match.group("title") != "政権":  # 岩屋外務大臣: UniDic also knows 岩屋 as a surname
            plausible = is_dictionary_surname(name)
        if group == "kata":
            start, end, country = _split_country(text, start, end, gaz)
            found += country
        found.append(
            Candidate(
                start,
                end,
                "PERSON",
                "person",
                # a time mark keeps the country in the title, as the gold has it (次期米政権)
                title=text[match.start("when") : match.end("title")] if match.group("when") else match.group("title"),
                aliases=reading_aliases(match),
                weak=not plausible,
            )
        )
        if match.group("reading"):
            blocked.append((match.start("reading") - 1, match.end("reading") + 1))
        if match.group("country"):
            found += _country_prefix(match, gaz)
    return found


# A post in a news list right after a full name (jiji style: 外務省の趙世暎第1次官, 長嶺安政駐韓大使, 金鉉宗国家安保室
# 第2次長): an envoy's post names the host country (駐韓 = to Korea, 駐中国) and maybe the sending one (駐日中国大使),
# an office may sit in a state's unit ending on 室/庁/処/院/部/省 (国家安保室, 外交部), and a rank may be numbered
# (第1次官, 外交部第一次官).
_POST_ORDINAL = r"第[0-9０-９一二三四五六七八九十]{1,2}"
_POSTED = rf"駐(?P<posted>{COUNTRY_PREFIX}|[朝ロ露韓米日中英仏独印豪台])(?P<sender>{COUNTRY_PREFIX})??"
POST = re.compile(
    rf"(?:{_POSTED}|(?P<unit>[{KANJI}]{{2,6}}?[室庁処院部省]))?"
    rf"(?P<rank>{_POST_ORDINAL})?(?:{OFFICE_TITLE}|(?P<deputy>次長))(?![{KANJI}])"
)
# A title (or a country and a title) right after the surname: the kanji after it are the office, no given name
# (金国務委員長, 李韓国大使).
_SURNAME_TITLE = re.compile(rf"(?:{COUNTRY_PREFIX})?{OFFICE_TITLE}|{_POST_ORDINAL}|駐")


def names_before_posts(toks: Tokens, text: str, gaz: Gazetteer) -> list[Candidate]:
    """A surname (UniDic 姓, or a one-kanji Korean or Chinese surname at a token start), a one- or two-kanji
    given name and a post of the news-list kind (see POST): the whole name is the person, the post its title,
    the countries in it places and the unit an ORG.  A surname alone before an envoy's post or a numbered rank
    (横井駐中国大使) is the person too; before other titles the older rules decide."""
    found = []
    for start, end, tag in zip(toks.starts, toks.ends, toks.tags, strict=True):
        if text[start] not in HAN_SURNAMES and not tag.endswith("人名-姓"):
            continue  # cheap test first: no surname of _post_surname_end's starts here
        surname_end = _post_surname_end(text, start, end, tag)
        if surname_end is None or (start and NAME_CHAR.match(text, start - 1)):
            continue
        bare = _SURNAME_TITLE.match(text, surname_end) is not None
        for given in (0,) if bare else (2, 1):
            name_end = surname_end + given
            post = POST.match(text, name_end)
            if post and _post_fits(toks, text, (start, surname_end, name_end), post, gaz):
                found += _post_candidates(text, start, name_end, post, gaz)
                break
    return found


def _post_fits(toks: Tokens, text: str, spans: tuple[int, int, int], post: re.Match, gaz: Gazetteer) -> bool:
    """The name (start, surname end, name end) is kanji, its given name plausible (or, with none, the post an
    envoy's or a numbered one) and no dictionary word runs from the name into the post."""
    start, surname_end, name_end = spans
    if not re.fullmatch(rf"[{KANJI}]+", text[start:name_end]) or _splits_a_known_word(toks, text, name_end):
        return False
    if name_end == surname_end:
        return bool(post.group("posted") or post.group("rank"))
    given = text[surname_end:name_end]
    return _given_name_ok(given, gaz) and not _common_word(given)


@lru_cache(maxsize=4096)
def _common_word(word: str) -> bool:
    """UniDic knows ``word`` as one common noun (石川|拉致|問題対策本部事務局長: 拉致 is no given name); a word
    it does not know (鉉宗) or a proper noun (長嶺|安政) may be a given name."""
    words = tagger()(word)
    return len(words) == 1 and not words[0].is_unk and words[0].feature.pos2 == "普通名詞"


def _post_surname_end(text: str, start: int, end: int, tag: str) -> int | None:
    """End of a surname at this token: a UniDic 姓 token in kanji, or a listed one-kanji Korean or Chinese
    surname that starts the token (呉|江 of the token 呉江; 程 read as the particle ほど), unless the token is a
    common word that only begins with it (石油, 方面, 金融)."""
    if tag.endswith("人名-姓") and KANJI_WORD.fullmatch(text, start, end):
        return end
    if text[start] in HAN_SURNAMES and (end - start == 1 or "固有名詞" in tag):
        return start + 1
    return None


def _country_at(match: re.Match, group: str, gaz: Gazetteer) -> Candidate:
    """The country a post names: a letter (駐韓) as an abbreviation, a name (駐中国) as itself."""
    country = match.group(group)
    if country in gaz.abbreviations:
        return Candidate(
            match.start(group), match.end(group), "PLACE", "post", gaz.abbreviations[country], abbreviation=True
        )
    entry = gaz.lookup(country)
    return Candidate(match.start(group), match.end(group), "PLACE", "post", entry[1] if entry else country)


def _splits_a_known_word(toks: Tokens, text: str, at: int) -> bool:
    """A dictionary word runs over ``at`` (古本|朗|支局|長: 支 starts 支局, no given name ends on it); a word UniDic
    does not know (趙|世|暎第|1次官: the rare 暎 glued to 第) may be cut."""
    inside = [i for i in toks.covering(at, at + 1) if toks.starts[i] < at]
    if not inside:
        return False
    words = tagger()(text[toks.starts[inside[0]] : toks.ends[inside[0]]])
    return len(words) == 1 and not words[0].is_unk


def _given_name_ok(given: str, gaz: Gazetteer) -> bool:
    """Kanji that can be a given name: no listed name, no body's last character, no prefix like 同/前."""
    return not (gaz.lookup(given) or given[0] in NOT_NAMES or given.endswith(NOT_NAME_ENDS) or given[0] in "駐第")


def _post_candidates(text: str, start: int, end: int, post: re.Match, gaz: Gazetteer) -> list[Candidate]:
    title = without_state(post.group(), gaz)  # 鄧小平中国国務院副総理: 中国 is a place of its own
    found = [Candidate(start, end, "PERSON", "post", title=title)]
    for group in ("posted", "sender"):
        if post.group(group):
            found.append(_country_at(post, group, gaz))
    if post.group("unit"):
        unit_start = max(post.start("unit"), post.end() - len(title))
        if post.end("unit") - unit_start >= 2:
            found.append(Candidate(unit_start, post.end("unit"), "ORG", "org"))
    return found


# A foreign envoy named before the country in their charge: ビーガン北朝鮮担当特別代表, ソン・キム北朝鮮担当特別代表.
# The country is a place of its own, the title the office after it.
COUNTRY_ENVOY = re.compile(
    rf"(?<![{KATA}・=])(?P<name>{KATA_NAME})(?P<country>[{KANJI}{KATA}]{{1,8}}?)"
    r"(?P<title>担当(?:特別|特命)?(?:代表|大使|特使|調整官|補佐官|次官補))"
)


def envoys(text: str, gaz: Gazetteer) -> list[Candidate]:
    """A PERSON and a PLACE for each envoy named before the country in their charge (ビーガン北朝鮮担当特別代表)."""
    found = []
    for match in COUNTRY_ENVOY.finditer(text):
        country, name = gaz.lookup(match.group("country")), match.group("name")
        if not country or country[0] != "PLACE" or gaz.lookup(name):
            continue
        found.append(Candidate(match.start("name"), match.end("name"), "PERSON", "person", title=match.group("title")))
        found.append(Candidate(match.start("country"), match.end("country"), "PLACE", "person", country[1]))
    return found


def _split_country(text: str, start: int, end: int, gaz: Gazetteer) -> tuple[int, int, list[Candidate]]:
    """トーマスドッティル・アイスランド大統領: the last ・-part is the country of the office, not the name."""
    name = text[start:end]
    head, dot, last = name.rpartition("・")
    entry = gaz.lookup(last) if dot else None
    if not entry or entry[0] != "PLACE" or not head:
        return start, end, []
    place = Candidate(start + len(head) + 1, end, "PLACE", "person", entry[1])
    return start, start + len(head), [place]


def _has_person_token(toks: Tokens, start: int, end: int) -> bool:
    return any("人名" in toks.tags[i] for i in toks.covering(start, end))


def _inside_katakana_word(text: str, start: int, toks: Tokens) -> bool:
    """A kanji right after katakana inside one UniDic token (ソ連, ソ|連 of ソ連初代): the word started before it."""
    return start > 0 and start not in toks.start_set and re.match(rf"[{KATA}]", text[start - 1]) is not None


def _name_tokens_plausible(toks: Tokens, start: int, end: int, match: re.Match) -> bool | None:
    """None: not a name (one place-name token, イングランド代表).  False: only if it links to a
    longer name (a kanji name with no proper-noun token and no reading: 正恩氏, not 社会主義政権)."""
    covering = toks.covering(start, end)
    if (
        len(covering) == 1
        and "固有名詞-地名" in toks.tags[covering[0]]
        and toks.starts[covering[0]] == start
        and toks.ends[covering[0]] == end
    ):
        return True if _surname_before_office(toks, covering[0], match.group("title")) else None
    if match.group("kanji") and end - start > 1 and not match.group("reading"):
        return any("固有名詞" in toks.tags[i] for i in covering)
    return True


# Offices a place can hold too (広島知事, 駐日大使, イングランド代表): before them a place-name token stays a place.
_PLACE_OFFICES = HEAD_OF_PLACE | {"大使", "議員", "政権", "党首", "特使", "記者"}
# Titles that name a department of a state (外交部長, 国務長官): a state before them is no surname (台湾外交部長).
_STATE_OFFICE = re.compile(r"(?:外交部|国防部|統一部|国務|国防|外務|国家)")


def _surname_before_office(toks: Tokens, i: int, title: str) -> bool:
    """茂木外務大臣, 鄭長官: UniDic tags these surnames as places (茂木 the town, 鄭 the ancient state), but a
    place that is no listed place (the caller checked) and holds a person's office is a surname.  Offices a
    place holds itself (知事, 大使) keep the place; a state or region (地名-国 that is no surname, 地名-一般
    over one kanji only when UniDic also lists it as a surname) before a department head stays a place."""
    if title.lstrip(TIME_MARKS) in _PLACE_OFFICES:
        return False
    word_len = toks.ends[i] - toks.starts[i]
    tag = toks.tags[i]
    if tag.endswith("地名-国") or word_len == 1:
        return not _STATE_OFFICE.match(title)
    return tag.endswith("地名-一般") and word_len <= 3


def _country_prefix(match: re.Match, gaz: Gazetteer) -> list[Candidate]:
    country = match.group("country")
    if country in gaz.abbreviations:
        return [
            Candidate(
                match.start("country"),
                match.end("country"),
                "PLACE",
                "person",
                gaz.abbreviations[country],
                abbreviation=True,
            )
        ]
    entry = gaz.lookup(country)
    return [Candidate(match.start("country"), match.end("country"), "PLACE", "person", entry[1] if entry else country)]


def name_lists(text: str, gaz: Gazetteer) -> list[Candidate]:
    """A PERSON for each name that shares one plural title (ブリンケン・上川両氏, 鳩山一郎、ブルガーニン両首相)."""
    found = []
    for match in NAME_LIST.finditer(text):
        offset = match.start("names")
        for part in re.split("[・、]", match.group("names")):  # 鳩山一郎、ブルガーニン両首相
            if is_person_name(part, gaz):
                found.append(Candidate(offset, offset + len(part), "PERSON", "list", title=match.group("title")))
            offset += len(part) + 1
    return found


# Two people joined by ・ before a document or talks named after them (吉田・アチソン交換公文, 岸・ハーター交換公文,
# 藤山・マッカーサー口頭了解, 佐藤・ニクソン共同声明): each side is a person.  Only nouns that such pairs name; a
# pair of countries (ロシア・ウクライナ会談, 米・イラン会談) is ruled out by the gazetteer.
_PAIR = (
    rf"(?<![{KANJI}{KATA}・])(?P<first>[{KATA}]{{2,}}|[{KANJI}]{{1,4}})・(?P<second>[{KATA}]{{2,}}|[{KANJI}]{{1,4}}?)"
)
_PAIRED_NOUN = r"(?:交換公文|往復書簡|書簡|口頭了解|共同声明|会談|覚書|密約|ライン)"
PAIRED_NAMES = re.compile(rf"{_PAIR}(?={_PAIRED_NOUN})")
# Pairs listed before one such noun (河野・フルシチョフ、鳩山・フルシチョフ会談): each pair is two people.
PAIR_IN_LIST = re.compile(
    rf"{_PAIR}(?=、(?:[{KATA}]{{2,}}|[{KANJI}]{{1,4}})・(?:[{KATA}]{{2,}}|[{KANJI}]{{1,4}}?){_PAIRED_NOUN})"
)


def paired_names(text: str, gaz: Gazetteer, toks: Tokens) -> list[Candidate]:
    """吉田・アチソン交換公文: both names are people, neither a listed place, body or country letter.  Both
    patterns join the pair with ・ and the list one needs 、: a text without them is not scanned."""
    found: list[Candidate] = []
    if "・" not in text:
        return found
    in_list = PAIR_IN_LIST.finditer(text) if "、" in text else ()
    for match in [*PAIRED_NAMES.finditer(text), *in_list]:
        parts = [(_pair_name_start(text, match, toks), match.end("first")), match.span("second")]
        if all(_pair_part_fits(text, a, b, gaz, toks) for a, b in parts):
            found += [Candidate(a, b, "PERSON", "list") for a, b in parts]
    return found


def _pair_part_fits(text: str, start: int, end: int, gaz: Gazetteer, toks: Tokens) -> bool:
    """A side of the pair is a name: no listed place, body or country letter, and in kanji only proper-noun
    tokens (吉田, 松本; not 南北・米朝|首脳会談)."""
    name = text[start:end]
    if not is_person_name(name, gaz) or name in gaz.abbreviations:
        return False
    if re.match(rf"[{KATA}]", name):
        return True
    covering = toks.covering(start, end)
    aligned = start in toks.start_set and end in toks.end_set
    return aligned and bool(covering) and all("固有名詞" in toks.tags[i] for i in covering)


def _pair_name_start(text: str, match: re.Match, toks: Tokens) -> int:
    """早速|吉田・アチソン: a kanji first name starts at its first personal-name token, if UniDic reads one."""
    start = match.start("first")
    if re.match(rf"[{KATA}]", text[start]):
        return start
    names = [i for i in toks.covering(start, match.end("first")) if "人名" in toks.tags[i]]
    return max(start, toks.starts[names[0]]) if names else start
