"""Choosing among overlapping candidates and adjusting them before they become mentions.

Rules are ranked by ``PRIORITY`` (precise rules, then the model, then the broad rules); a weak candidate inside a
body is dropped, a person named with a post after a body
(``ソニーグループの…社長``) is split from it, companies are not places, a city
hosting a ministers' meeting is a place, and a person introduced with an office is found again when repeated bare.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extractors.names.filters import GUESSED
from pipeline.extractors.names.gazetteer import Gazetteer, gazetteer
from pipeline.extractors.names.offices import is_office_head
from pipeline.extractors.names.recur import Introduced, forms, repeats
from pipeline.extractors.names.vocab import (
    KANJI,
    KATA_NAME,
    NAME_CHAR,
    NOUN_AFTER_PLACE,
    OFFICE_TITLE,
    TITLE_HEAD,
    Candidate,
    SpanIndex,
    Spans,
    Tokens,
    is_person_name,
)

# Order chosen on the validation fold (training sentences, never the test split): titles, name lists,
# author lines, readings and country abbreviations first (they also give titles and aliases); then
# the model, usually right where a gazetteer word or a suffix pattern disagrees (東京 of
# 東京モーターショー); then those broad rules fill the gaps.  A gazetteer place inside a longer word
# ("gaz": 日本 of 東日本, 1 right in 33 on the validation fold) is no mention unless it starts the word
# (北朝鮮訪問) or follows a prefix (対朝鮮); it still keeps the model from cutting a known name apart.
# A known organisation keeps its place (国連安全保障理事会決議).
PRIORITY = {
    "post": -2,  # a full name right before a post in a news list (趙世暎第1次官, 長嶺安政駐韓大使)
    "office": -1,  # a surname token and its office: the name ends where UniDic ends the surname (黒田|日銀総裁)
    "person": 0,
    "list": 0,
    "author": 1,
    "read": 2,
    "abbr": 2,
    "quoted": 2,  # a quoted katakana name before 島 or 海峡 (「ウルップ」島): the model reads some as people
    "form": 2,  # a Latin or katakana name and its legal form (PwC税理士法人): the model keeps the letters only
    "region": 2,  # a place named with its administrative status (香港特別行政区): the model cuts the status off
    "model": 3,
    "gazword": 4,
    "known": 4,
    "org": 5,
    "place": 6,
    "gaz": 7,
    "tag": 8,
    "repeat": 9,  # a bare repeat of a name introduced with an office or a reading (added after resolving)
}


def place_before_noun(cand: Candidate, text: str, gaz: Gazetteer) -> Candidate:
    """A listed place and a NOUN_AFTER_PLACE read as one body or place: the place alone."""
    if cand.type not in ("ORG", "PLACE") or cand.rule not in ("model", "org", "known", "place", "tag"):
        return cand
    for n in range(min(cand.end - cand.start - 1, gaz.max_len), 1, -1):
        entry = gaz.lookup(text[cand.start : cand.start + n])
        if entry and entry[0] == "PLACE":
            if NOUN_AFTER_PLACE.fullmatch(text, cand.start + n, cand.end):
                return Candidate(cand.start, cand.start + n, "PLACE", cand.rule, entry[1])
            return cand
    return cand


# The headquarters of a listed body (国連本部, ニューヨークの国連本部で): one body, named so in the press.
HEADQUARTERS = re.compile(r"本部(?![長員])")


def with_headquarters(cand: Candidate, text: str, gaz: Gazetteer) -> Candidate:
    """A listed organisation directly followed by 本部: the headquarters, one ORG (国連本部). 本部 is checked
    before the gazetteer, which most candidates would otherwise be looked up in for nothing."""
    hq = HEADQUARTERS.match(text, cand.end) if cand.type == "ORG" else None
    entry = gaz.lookup(text[cand.start : cand.end]) if hq is not None else None
    if hq is None or entry is None or entry[0] != "ORG":
        return cand
    return Candidate(cand.start, hq.end(), "ORG", cand.rule, entry[1] + hq.group())


def city_meetings(candidates: list[Candidate], text: str, gaz: Gazetteer, toks: Tokens) -> list[Candidate]:
    """A conference named after the city that hosts it (ミュンヘン安全保障会議, ダボス会議) is an event, not a
    body: the city in it is the mention.  A state's council (ロシア安全保障会議) stays a body."""
    kept = []
    for cand in candidates:
        if cand.type == "PERSON" and _hosts_ministers_meeting(text, cand, toks):
            entry = gaz.lookup(text[cand.start : cand.end])
            kept.append(Candidate(cand.start, cand.end, "PLACE", "tag", entry[1] if entry else None))
            continue
        city = _meeting_city(text, cand, gaz, toks) if cand.type == "ORG" and cand.rule in GUESSED else None
        if city is None:
            kept.append(cand)
        else:
            entry = gaz.lookup(text[cand.start : city])
            kept.append(Candidate(cand.start, city, "PLACE", "tag", entry[1] if entry else None))
    return kept


# Ministers' or leaders' meeting right after a name (広島|外相会合, 東京|首脳会議): the post names the meeting.
MINISTERS_MEETING = re.compile(rf"{TITLE_HEAD}(?:会合|会議|会談)")


def _hosts_ministers_meeting(text: str, cand: Candidate, toks: Tokens) -> bool:
    """広島外相会合: a single UniDic place token before a post and a meeting is the host city, not a person
    whose office is 外相 (the rules read it as name + post)."""
    if cand.start not in toks.start_set or not MINISTERS_MEETING.match(text, cand.end):
        return False
    covering = toks.covering(cand.start, cand.end)
    return len(covering) == 1 and "地名" in toks.tags[covering[0]]


def _meeting_city(text: str, cand: Candidate, gaz: Gazetteer, toks: Tokens) -> int | None:
    """End of the city (UniDic place token, no state) that starts a span ending in 会議."""
    if not text.endswith("会議", cand.start, cand.end) or cand.start not in toks.start_set:
        return None
    i = bisect_left(toks.starts, cand.start)
    city = text[cand.start : toks.ends[i]]
    is_place = "固有名詞-地名" in toks.tags[i] and not toks.tags[i].endswith("国")
    return toks.ends[i] if is_place and not gaz.is_state(city) and toks.ends[i] <= cand.end - 2 else None


BODY_RULES = frozenset({"gazword", "known", "org", "place"})


def without_weak_inside_bodies(candidates: list[Candidate]) -> list[Candidate]:
    """A weak "name" before a title word that a body's name goes on with is no name (予算|委員|会 is the
    body 予算委員会, not a person 予算 with the title 委員; 入国管理|局長 is in the listed 入国管理局)."""
    bodies = SpanIndex([(c.start, c.end) for c in candidates if c.rule in BODY_RULES or c.type == "ORG"])
    return [c for c in candidates if not (c.weak and bodies.contains_longer(c.start, c.end))]


# Posts held in a company or a team (ホンダの三部社長, 日産自動車のゴーン社長, 楽天の辰見鴻之介内野手,
# 日立の小島啓二執行役副社長):
# after "body + の" a run of kanji right before such a post is the holder's full name, however UniDic cuts it
# (三|部, 辰|見|鴻|之|介, 貝|原典|也), and the word before の is the company or the team, never a place
# (日立 the city, 広島 the team).
_STAFF_POSTS = (
    "執行役副社長|常務執行役員|専務執行役員|執行役員|副社長|社長|副会長|会長|頭取|理事長|監督|投手|捕手|内野手|外野手"
)
STAFF_NAME = re.compile(
    rf"(?:\([0-9A-Z]{{4}}\))?の(?P<name>[{KANJI}]{{2,5}}?|{KATA_NAME})(?P<post>{_STAFF_POSTS})(?![{KANJI}])"
)  # a stock code may stand between the body and の (ソニーグループ(6758)の); a katakana name too (ゴーン社長)
# Words of a company officer's rank that run into the post (参天製薬の代表取締役会長): no name.
OFFICER_RANK = re.compile(r"代表|取締役|役員|専務|常務|執行|名誉|相談役|顧問")
# Last characters of a body or a place before の that is no company or team (兵庫県の, 米国の).
_NOT_STAFF_BODY_ENDS = tuple("国県都府市町村区州郡省庁")


def staff_of_bodies(candidates: list[Candidate], text: str, gaz: Gazetteer, toks: Tokens) -> list[Candidate]:
    """The holder of a company's or a team's post after the body and の; the body is an ORG."""
    by_end = {c.end: c for c in candidates if c.type in ("ORG", "PLACE") and c.rule not in ("abbr", "gazword")}
    found, bodies = [], set()
    for end in by_end:
        match = STAFF_NAME.match(text, end)
        if match is None:
            continue
        body = by_end[end]
        surface = text[body.start : body.end]
        if surface.endswith(_NOT_STAFF_BODY_ENDS) or gaz.is_state(surface):
            continue
        start, stop = match.span("name")
        name = match.group("name")
        if not is_person_name(name, gaz) and not name.endswith("部"):  # 三部: a surname, not a department
            continue
        if _one_common_word(toks, start, stop) or OFFICER_RANK.search(name):
            continue  # 先発投手, 主力投手: a common noun before the post
        found.append(Candidate(start, stop, "PERSON", "office", title=match.group("post")))
        bodies.add((body.start, body.end))
    retyped = [
        Candidate(c.start, c.end, "ORG", c.rule, canonical=c.canonical, aliases=c.aliases)
        if (c.start, c.end) in bodies and c.type == "PLACE"
        else c
        for c in candidates
    ]
    return retyped + found


# The last word of a company's name (三菱自動車, 日信工業, 日立製作所, and the press's short 三菱自 for
# 三菱自動車): the model sometimes types such a name PLACE, after the place name it begins with (三菱 is also a
# town's name); no place name ends on these words.
COMPANY_LAST_WORD = re.compile(r"(?:自動車|自|工業|重工業|重工|製作所|電機|電器|製薬|商事|物産|証券|ホールディングス)$")


def company_not_place(cand: Candidate, text: str) -> Candidate:
    """A model's or UniDic's PLACE that ends on a company's last word is the company (ORG)."""
    if cand.type != "PLACE" or cand.rule not in ("model", "tag") or cand.end - cand.start < 3:
        return cand
    if not COMPANY_LAST_WORD.search(text, cand.start, cand.end):
        return cand
    return Candidate(cand.start, cand.end, "ORG", cand.rule, canonical=cand.canonical, aliases=cand.aliases)


# A news agency or broadcaster's ORG span (モンツァメ通信社, イラン通信, 中央テレビ): the state-owner word glued
# before it belongs to the name as the press writes it (国営イラン通信, 国営モンツァメ通信社; heldout26 gold).
AGENCY_TAIL = re.compile(r"(?:通信社?|テレビ|放送)$")
STATE_OWNED = "国営"


def state_owned_agency(cand: Candidate, text: str) -> Candidate:
    """An agency's ORG right after 国営 starts at 国営: 国営モンツァメ通信社 is one name, not 国営 + a name."""
    start = cand.start - len(STATE_OWNED)
    if cand.type != "ORG" or start < 0 or text[start : cand.start] != STATE_OWNED:
        return cand
    if not AGENCY_TAIL.search(text[cand.start : cand.end]):
        return cand
    return Candidate(start, cand.end, "ORG", cand.rule, canonical=cand.canonical, aliases=cand.aliases)


def _one_common_word(toks: Tokens, start: int, end: int) -> bool:
    """UniDic reads the whole run as one common noun (先発, 主力) or ends it on a suffix (外国|人)."""
    i = bisect_left(toks.starts, start)
    if i >= len(toks.starts) or toks.starts[i] != start:
        return False
    j = bisect_left(toks.ends, end)
    if j >= len(toks.ends) or toks.ends[j] != end:
        return False
    one_word = i == j and toks.tags[i].startswith("名詞-普通名詞")
    return one_word or toks.tags[j].startswith("接尾辞")


def resolve_overlaps(candidates: list[Candidate], blocked: list[tuple[int, int]]) -> list[Candidate]:
    """Keep the best non-overlapping candidates: rule priority, then length; none inside a reading."""
    size = max([c.end for c in candidates] + [end for _, end in blocked], default=0)
    used = bytearray(size)  # 1 where a reading or an accepted mention already stands
    for start, end in blocked:
        used[start:end] = b"\x01" * (end - start)
    taken: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (PRIORITY[c.rule], -(c.end - c.start), c.start)):
        if any(used[cand.start : cand.end]):
            continue
        used[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def surnames_of_people(chosen: list[Candidate], text: str, gaz: Gazetteer) -> list[Candidate]:
    """A body or place the model finds that is the bare surname of a person the document names in full
    (ワレリー・ザルジニー … ザルジニーと): that person, whatever type the model gave; a listed name (ワシントン of
    ジョージ・ワシントン) keeps its own type."""
    surnames = {
        form
        for c in chosen
        if c.type == "PERSON" and not c.weak
        for form in forms(text[c.start : c.end])
        if form != text[c.start : c.end]
    }
    return [
        Candidate(c.start, c.end, "PERSON", c.rule)
        if c.rule == "model"
        and c.type != "PERSON"
        and text[c.start : c.end] in surnames
        and not gaz.lookup(text[c.start : c.end])
        else c
        for c in chosen
    ]


# An office right after a repeated name (李在明代表 once 李在明 is introduced): the repeat's title.
TITLE_AT = re.compile(OFFICE_TITLE)


# What a bare repeat may be glued to: the government or camp the person leads (鄭清来指導部, 尹錫悦政権).
LED_BY = re.compile(r"政権|政府|陣営|指導部|体制")


def _stands_alone(text: str, end: int, toks: Tokens) -> bool:
    """A repeat glued to a following word is the person only before an office or what the person leads; any
    other word makes the compound another name (ケネディ宇宙センター, 京極騒乱)."""
    if end >= len(text) or not NAME_CHAR.match(text[end]):
        return True
    j = bisect_left(toks.starts, end)
    head = text[end : toks.ends[j]] if j < len(toks.starts) and toks.starts[j] == end else ""
    return bool(TITLE_AT.match(text, end) or LED_BY.match(text, end) or (head and is_office_head(head)))


def with_repeated_people(chosen: list[Candidate], text: str, toks: Tokens, blocked: Spans) -> list[Candidate]:
    """Add every bare repeat of a full name the document introduced with an office, an honorific or a
    reading (names.recur); a repeat replaces the shorter person mentions inside it (李 of 李在明代表)."""
    gaz = gazetteer()
    people = [
        Introduced(form, c.canonical)
        for c in chosen
        if c.type == "PERSON" and not c.weak and (c.title or c.aliases)
        for form in forms(text[c.start : c.end])
        if form == text[c.start : c.end] or gaz.lookup(form) is None  # ジョージ・ワシントン: ワシントン is a city
    ]
    if not people:
        return chosen
    taken = blocked + [(c.start, c.end) for c in chosen if c.type != "PERSON"]
    persons = {(c.start, c.end) for c in chosen if c.type == "PERSON"}
    drop: set[tuple[int, int]] = set()
    added = []
    guessed = {(c.start, c.end) for c in chosen if c.type == "PERSON" and c.rule == "model"}
    given_names = {toks.starts[i] for i, tag in enumerate(toks.tags) if "人名-名" in tag}
    for start, end, _canonical in repeats(text, people, taken, toks.start_set, toks.end_set):
        if end in given_names or not _stands_alone(text, end, toks):
            continue  # 山田|太郎, ケネディ宇宙センター: the start of another name
        inside = {p for p in persons if start <= p[0] and p[1] <= end and p != (start, end)}
        inside |= {p for p in guessed if p[0] == start and p[1] > end}  # the model's 鄭清来指導部: the name only
        crossing = any(p[0] < end and start < p[1] for p in persons - inside)
        if crossing:
            continue
        drop |= inside
        office = TITLE_AT.match(text, end)
        added.append(Candidate(start, end, "PERSON", "repeat", title=office.group("title") if office else None))
    if not added:
        return chosen
    kept = [c for c in chosen if (c.start, c.end) not in drop or c.type != "PERSON"]
    return sorted(kept + added, key=lambda c: c.start)
