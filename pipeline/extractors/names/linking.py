"""Within one document: titles of bureaus, glosses as aliases, defined abbreviations and links.

After resolving, mentions are linked: short forms to the full name (``金`` / ``金正恩氏`` -> ``金正恩``), a gloss to
the name it glosses (``朝鮮民主主義人民共和国(北朝鮮)``), an abbreviation defined in parentheses to its full form,
Diet chambers and state bodies to their canonical names, and the role of a list of judges to each name.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extractors.names.filters import LATIN_ACRONYM
from pipeline.extractors.names.gazetteer import Gazetteer, folded, is_dictionary_surname, sinographic_person
from pipeline.extractors.names.letters import full_organ
from pipeline.extractors.names.vocab import (
    COMPASS,
    CONTINENTS,
    KANJI,
    KANJI_SPACES,
    KATA,
    Candidate,
    SpanIndex,
    Tokens,
    known_prefix,
)
from pipeline.nlp.unidic import tagger
from pipeline.records import NameMention

# A person's office that heads a bureau or headquarters (アジア大洋州局長, 外務省国際連合局長,
# 朝鮮半島平和交渉本部長): the bureau is a body of its own, one ORG over the places and bodies inside its name.
BUREAU_TITLE = re.compile(rf"(?P<body>[{KANJI}{KATA}]{{3,20}}(?:局|本部))長$")
BUREAU_AFTER = re.compile(rf"[{KANJI}{KATA}]{{3,20}}?(?:局|本部)長(?![{KANJI}])")
_WITHIN_TITLE = 24  # how far after the name the title may start (a reading in parentheses between them)


def bureaus_in_titles(mentions: list[NameMention], text: str, gaz: Gazetteer) -> list[NameMention]:
    """Add the bureau a person's title heads, when the title opens with a listed name (not 事務局: the body's
    secretariat, SUBUNIT_TAIL), and drop the mentions inside it.  A person found without a title takes a
    bureau head's office written right after the name as the title (滝崎成樹|アジア大洋州局長)."""
    bureaus = []
    for mention in mentions:
        if mention.type != "PERSON":
            continue
        if mention.title is None:
            after = BUREAU_AFTER.match(text, mention.end)
            title, at = (after.group(), mention.end) if after else (None, -1)
        else:
            title = mention.title
            at = text.find(title, mention.end, mention.end + _WITHIN_TITLE + len(title))
        match = BUREAU_TITLE.search(title or "")
        if at < 0 or match is None or match.group("body").endswith("事務局"):
            continue
        body = match.group("body")
        if known_prefix(body[: gaz.max_len], gaz) is None:
            continue
        mention.title = title
        bureau = NameMention(mention_id="", start=at, end=at + len(body), surface=body, type="ORG", canonical=body)
        bureaus.append(bureau)
    if not bureaus:
        return mentions
    kept = [m for m in mentions if not any(b.start <= m.start and m.end <= b.end for b in bureaus)]
    return sorted(kept + bureaus, key=lambda m: m.start)


def glosses_as_aliases(mentions: list[NameMention], text: str) -> list[NameMention]:
    """A body or place named again in parentheses right after its name (ロシア連邦下院(国家会議)) is a gloss: an
    alias of the mention before it, not a mention of its own (as the gazetteer's own glosses, ``gazetteer_glosses``)."""
    kept: list[NameMention] = []
    gloss_end = 0  # where the last gloss of ``kept[-1]`` ended (its own end when it has none)
    for mention in mentions:
        before = kept[-1] if kept else None
        opened = before is not None and text[before.end : mention.start] in ("(", "（", " (")  # " (": English
        defined = (
            before is not None and gloss_end > before.end and GLOSS_AGAIN.fullmatch(text, gloss_end, mention.start)
        )
        if (
            before is not None
            and mention.type != "PERSON"
            and _same_thing(before, mention)
            and (
                (
                    (opened or defined)
                    and (GLOSS_CLOSE.match(text, mention.end) or _same_name_then_remark(before, mention, text))
                )
                or _lost_parenthesis(before, mention)
            )
        ):
            if mention.surface not in before.aliases:
                before.aliases = [*before.aliases, mention.surface]
            gloss_end = mention.end
            continue
        kept.append(mention)
        gloss_end = mention.end
    return kept


def _lost_parenthesis(before: NameMention, mention: NameMention) -> bool:
    """欧州連合EU: the acronym right after the name it abbreviates is its gloss."""
    return (
        mention.start == before.end
        and (mention.type, mention.canonical) == (before.type, before.canonical)
        and LATIN_ACRONYM.fullmatch(mention.surface) is not None
        and LATIN_ACRONYM.search(before.surface) is None
    )


# What ends a gloss in parentheses: the closing parenthesis; the short form the text defines next
# (国際連合(United Nations、略称UN), 朝鮮民主主義人民共和国(DPRK。以下、北朝鮮)); or an acronym after a space or
# comma, then the closing parenthesis (国際連合(国連 UN)).
GLOSS_CLOSE = re.compile(r"[)）]|[。、,]?(?:以下|略称)|[ 、,][A-Z]{2,8}[)）]")
# Between two glosses in one parenthesis: 。以下、 (or 以下「…」という).
GLOSS_AGAIN = re.compile(r"[。、,]以下[、「]?")


def _same_name_then_remark(before: NameMention, gloss: NameMention, text: str) -> bool:
    """国際刑事裁判所(ICC、2003年3月発足): the body's own short name, then a remark after a comma."""
    return before.canonical == gloss.canonical and text.startswith(("、", ","), gloss.end)


def _same_thing(before: NameMention, gloss: NameMention) -> bool:
    """The same entity, or two bodies: a body glossed by another name (クレムリン(ロシア大統領府)) is one body; two
    places stay two (ソウル(韓国) says where a city lies)."""
    if before.type == gloss.type == "ORG":
        return True
    return (before.type, before.canonical) == (gloss.type, gloss.canonical)


# A short form defined in parentheses right after a body's name: 青年法律家協会(青法協), 国家安全保障国防会議(NSDC).
DEFINED_SHORT = re.compile(rf"[(（](?P<short>[A-Z][A-Za-z]{{1,7}}|[{KANJI}{KATA}]{{2,5}})[)）]")


def defined_abbreviations(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """The short form a text defines for a body is an alias of it, and every later use of it (NSDC書記,
    青法協の例会) a mention of the same body.  A kanji short form must take its letters, in order, from the
    full name (青法協 of 青年法律家協会), so that a gloss or a place in parentheses is not read as one."""
    taken = SpanIndex([(m.start, m.end) for m in mentions])
    at_span = {(m.start, m.end): m for m in mentions}
    found: list[NameMention] = []
    for mention in mentions:
        match = DEFINED_SHORT.match(text, mention.end)
        if mention.type != "ORG" or match is None:
            continue
        short = match.group("short")
        if not (short.isascii() or is_contraction(short, mention.surface)):
            continue
        mention.aliases = [*mention.aliases, short] if short not in mention.aliases else mention.aliases
        edge = "A-Za-z" if short.isascii() else KATA  # NSDC after a katakana name (ダニーロウNSDC書記)
        for use in re.finditer(rf"(?<![{edge}]){re.escape(short)}(?![{edge}])", text):
            other = at_span.get(use.span())
            if use.start() >= match.end() and other is not None and (other.type != "ORG" or other.canonical == short):
                # ANCは: not a person, nor a body of its own name (the model's bare ORG ANC is the defined body)
                other.type, other.canonical, other.title = "ORG", mention.canonical, None
                continue
            if use.start() >= match.end() and not taken.overlaps(use.start(), use.end()):
                found.append(NameMention("", use.start(), use.end(), short, "ORG", mention.canonical))
                taken = SpanIndex([*taken.spans, use.span()])  # a short form two bodies define is read once
    return found


def is_contraction(short: str, full: str) -> bool:
    """Every letter of ``short`` occurs in ``full`` in the same order, and ``short`` is shorter."""
    letters = iter(full)
    return len(short) < len(full) and all(ch in letters for ch in short)


def canonical_form(text: str, cand: Candidate) -> str:
    """The surface as canonical; a person's kanji name without the spaces that lay it out; a body or place in
    the Japanese kanji forms (中國外交部 -> 中国外交部), a Japanese person as written (濱口 stays 濱口), a Korean or
    Chinese one in Japanese forms (尹錫悅 -> 尹錫悦)."""
    surface = text[cand.start : cand.end]
    return person_canonical(surface) if cand.type == "PERSON" else folded(surface)


# The bench of a court decision: (裁判官:杉原則彦・品田幸男・島村典男), a role, a colon and the people in it.
ROLE_LIST = re.compile(r"[(（](?P<role>裁判長裁判官|裁判官|裁判長)[:：](?P<names>[^()（）\n]{2,60})[)）]")


def titles_of_lists(text: str, mentions: list[NameMention]) -> None:
    """Every person named in a ROLE_LIST holds that role as the title."""
    for match in ROLE_LIST.finditer(text):
        for mention in mentions:
            inside = match.start("names") <= mention.start and mention.end <= match.end("names")
            if inside and mention.type == "PERSON" and not mention.title:
                mention.title = match.group("role")


# Designated cities (政令指定都市, 地方自治法第252条の19) named like their prefecture: the bare name is the city
# as often as the prefecture (大阪, 広島), so it is left as written.
_PREFECTURE_CITIES = frozenset({"千葉", "新潟", "静岡", "京都", "大阪", "岡山", "広島", "福岡", "熊本"})


def prefecture_of(surface: str, kind: str, gaz: Gazetteer) -> str | None:
    """A bare prefecture name (山口, 沖縄) links to the listed prefecture (山口県, 沖縄県); an unlisted place only."""
    if kind != "PLACE" or gaz.lookup(surface) or surface in _PREFECTURE_CITIES:
        return None
    return next((surface + head for head in "県府都" if (gaz.lookup(surface + head) or ("",))[0] == "PLACE"), None)


def person_canonical(surface: str) -> str:
    """A person's name without the spaces that lay it out, a Korean or Chinese one in Japanese kanji forms."""
    name = KANJI_SPACES.sub("", surface)
    return folded(name) if sinographic_person(name) else name


def _kanji_forms(people: list[NameMention]) -> dict[str, str]:
    """Katakana names the text glosses with their kanji form (キム・ジョンウン(金正恩)): the surface -> that form,
    which is the name every other document uses, so the katakana name and its short forms (キム) take it."""
    return {m.surface: m.canonical for m in people if m.canonical in m.aliases and m.canonical != m.surface}


def link_people(mentions: list[NameMention], toks: Tokens, weak: set[tuple[int, int]]) -> list[NameMention]:
    """Short forms of a person join the full name used in the same document (金 -> 金正恩).

    A weak name or a lone one-character "name" that joins nobody (and that
    UniDic does not tag as a personal name) is dropped: more likely a word.
    """
    people = [m for m in mentions if m.type == "PERSON" and (m.start, m.end) not in weak]
    counts = Counter(m.surface for m in people)
    person_tags = {start for start, tag in zip(toks.starts, toks.tags, strict=True) if "人名" in tag}
    kanji_forms = _kanji_forms(people)
    kept = []
    for mention in mentions:
        if mention.type == "PERSON":
            full = _full_form(mention.surface, counts)
            mention.canonical = kanji_forms.get(full or mention.surface) or person_canonical(full or mention.surface)
            lone = (
                len(mention.surface) == 1
                and mention.start not in person_tags
                and not (mention.title and is_dictionary_surname(mention.surface))
            )
            if full is None and (lone or (mention.start, mention.end) in weak):
                continue
        kept.append(mention)
    return kept


_CHAMBERS = frozenset({"下院", "上院", "議会"})
# A supreme court named bare joins its state's court only when the document names that court in full (the Jackson
# nomination's 最高裁判所 -> アメリカ合衆国最高裁判所); a Japanese text's bare 最高裁判所 stays Japan's.
_COURTS = frozenset({"最高裁判所"})


def link_bodies(mentions: list[NameMention], gaz: Gazetteer) -> None:
    """A bare chamber (下院) joins the one state's chamber the document gives in full (ロシア下院 …
    ボロディン下院議長, as heldout12's bare 下院 joins ロシア下院): the short form of a name, as 金 joins 金正恩;
    with two states' chambers it stays as it is.  A federal form (連邦下院, 連邦最高裁判所) is the same bare
    organ (a bare chamber with no full form stays bare: heldout18, heldout19)."""
    letters = {m.end: m.canonical for m in mentions if m.abbreviation}  # 米|下院: the letter names the state
    bodies = {letters.get(m.start, "") + m.canonical for m in mentions if m.type == "ORG"}
    lettered = set(letters)
    for mention in mentions:
        bare = mention.canonical.removeprefix("連邦")
        if mention.type != "ORG" or mention.start in lettered or bare not in _CHAMBERS | _COURTS:
            continue
        fuller = {body for body in bodies if body.endswith(bare) and gaz.is_state(body[: -len(bare)])}
        if len(fuller) == 1:
            mention.canonical = fuller.pop()


# 国会 in a Diet session's name (通常国会, 終盤国会, 今国会: heldout10/heldout20 conventions; 第211回国会 is a NUMBERED
# span) or in a party post (国会対策委員長: the party's committee, not the Diet) names no body.
DIET_SESSION_BEFORE = re.compile(r"(?:通常|臨時|特別|終盤|序盤|延長|[今次同])$")
DIET_POST_AFTER = re.compile(r"対策")
# A cabinet or an administration named after its head (トルドー新内閣): the person's title, no body.
CABINET_WORDS = frozenset({"内閣", "政権", "新内閣", "新政権"})
# A state's organ named bare after 連邦 "federal" (連邦下院, 連邦最高裁): one ORG, the federal organ.
FEDERAL_ORGANS = frozenset({"最高裁判所", "最高裁", "上院", "下院", "議会"})
# What may not stand before that 連邦: a word it belongs to (ロシア連邦下院, 米連邦議会), except a session's counter
# (第42回|連邦下院総選挙).
FEDERAL_BLOCKED_AFTER = re.compile(rf"[{KATA}]|(?!回)[{KANJI}]")
# A state + one of its organs, maybe after 連邦 (米国上院, アメリカ連邦最高裁, ロシア連邦下院): the canonical names the
# state as CLDR does and the organ in full.
STATE_CHAMBER = re.compile(r"(?P<state>.+?)(?:連邦)?(?P<head>上院|下院|議会|最高裁判所|最高裁)$")
# A chamber's short form inside an election's or a member's name (参院選, 棚橋泰文衆院議員): no row (heldout3, 4).
DIET_SHORT = re.compile(r"[衆参]院")
DIET_SHORT_WORD = re.compile(r"選|議員")
# A part of a country or a continent by compass point (オーストラリア北部, シリア北東部, アフリカ中西部): the
# country or continent is the place (heldout15; heldout24 for continents).
COMPASS_PART = re.compile(rf"{COMPASS}$")


def diet_and_state_bodies(mentions: list[NameMention], text: str, gaz: Gazetteer) -> list[NameMention]:
    """Fix the forms a legislature's or a state's organs take in news on parliaments (heldout20): sessions,
    party posts and a chamber's short form inside a word are no bodies, 連邦 joins its organ, a state's organ takes
    the state's name, a state's constitution and a compass part of a state are the state, and a cabinet after a
    person is the person's title."""
    kept = []
    _cabinet_as_title(mentions)
    titles = [(m.end, m.end + len(m.title)) for m in mentions if m.type == "PERSON" and m.title]
    for mention in mentions:
        if mention.surface in CABINET_WORDS and any(a <= mention.start and mention.end <= b for a, b in titles):
            continue  # トルドー|新内閣, 安倍晋三|内閣総理大臣: the person's title (a signature line's 内閣 stays)
        if mention.type == "ORG" and mention.surface == "国会" and _session_or_post(text, mention):
            continue
        if mention.type == "ORG" and DIET_SHORT.fullmatch(mention.surface) and _in_a_word(text, mention):
            continue
        _federal(text, mention)
        _state_canonical(mention, gaz)
        _state_inside(mention, gaz)
        _municipality_before_nouns(mention)
        kept.append(mention)
    return kept


def _cabinet_as_title(mentions: list[NameMention]) -> None:
    """A cabinet word right after an untitled person (岸田|内閣, 菅|内閣, whichever way the NER cut it) is that
    person's title, as the gold has it; the cabinet mention is then dropped by the caller."""
    people = {m.end: m for m in mentions if m.type == "PERSON" and not m.title}
    for mention in mentions:
        person = people.get(mention.start)
        if mention.surface in CABINET_WORDS and person is not None:
            person.title = mention.surface


def _in_a_word(text: str, mention: NameMention) -> bool:
    """衆院 of 衆院選 or 衆院議員."""
    return DIET_SHORT_WORD.match(text, mention.end) is not None


def _session_or_post(text: str, mention: NameMention) -> bool:
    """国会 of 通常国会/今国会 or of 国会対策委員長."""
    before = text[max(0, mention.start - 2) : mention.start]
    return DIET_SESSION_BEFORE.search(before) is not None or DIET_POST_AFTER.match(text, mention.end) is not None


def _federal(text: str, mention: NameMention) -> None:
    """連邦|下院 -> 連邦下院 when 連邦 starts a word (not ロシア連邦下院, a span of its own)."""
    at = mention.start - 2
    if mention.type != "ORG" or mention.surface not in FEDERAL_ORGANS or at < 0 or text[at : mention.start] != "連邦":
        return
    if at > 0 and FEDERAL_BLOCKED_AFTER.match(text, at - 1):
        return
    mention.start = at
    mention.surface = text[at : mention.end]
    mention.canonical = "連邦" + mention.canonical


def _state_canonical(mention: NameMention, gaz: Gazetteer) -> None:
    """米国上院 -> アメリカ合衆国上院 (a body named after its chamber's short form keeps its name as written:
    参院予算委員会, heldout3)."""
    if mention.type != "ORG" or mention.canonical != mention.surface:
        return
    organ = STATE_CHAMBER.fullmatch(mention.surface)
    if organ and gaz.is_state(organ.group("state")):
        mention.canonical = gaz.lookup(organ.group("state"))[1] + full_organ(organ.group("head"))


# A municipality (UniDic place name + 区/市/町/村) and the common nouns of what it regulates or runs, in a model span
# (中野区|自転車 of 中野区自転車等放置防止条例, 加古川市|都市計画法): the municipality is the place.  Its own offices
# and bodies (中野区役所, 横浜市教育委員会, 加古川市議会, 大分市平和運動センター) end on a body's head or a katakana
# word and stay whole.
MUNICIPAL_SUFFIX = frozenset("区市町村")
BODY_HEAD_END = re.compile(r"[所場会院省庁局部課室隊党団長]$")


def _municipality_before_nouns(mention: NameMention) -> None:
    """中野区自転車 -> PLACE 中野区."""
    if mention.type == "PERSON":
        return
    words = list(tagger()(mention.surface))
    if len(words) < 3 or BODY_HEAD_END.search(mention.surface):
        return
    first, suffix, rest = words[0].feature, words[1].surface, words[2:]
    if not (first.pos2 == "固有名詞" and first.pos3 == "地名" and suffix in MUNICIPAL_SUFFIX):
        return
    if not all(w.feature.pos2 == "普通名詞" or w.feature.pos1 == "接尾辞" for w in rest):
        return
    if not re.fullmatch(rf"[{KANJI}]+", "".join(w.surface for w in rest)):
        return  # 大分市平和運動センター: a katakana head names a body of its own
    cut = len(words[0].surface) + 1
    mention.end = mention.start + cut
    mention.surface = mention.surface[:cut]
    mention.type = "PLACE"
    mention.canonical = mention.surface


def _state_inside(mention: NameMention, gaz: Gazetteer) -> None:
    """アメリカ合衆国憲法 -> PLACE アメリカ合衆国; オーストラリア北部 -> PLACE オーストラリア."""
    cut = None
    if mention.surface.endswith("憲法"):
        cut = len(mention.surface) - 2
    elif mention.type in ("PLACE", "ORG") and (part := COMPASS_PART.search(mention.surface)):  # no body ends so
        cut = part.start()
    head = mention.surface[:cut] if cut else ""
    if cut is None or cut < 1 or not (gaz.is_state(head) or (head in CONTINENTS and gaz.lookup(head))):
        return
    mention.end = mention.start + cut
    mention.surface = mention.surface[:cut]
    mention.type = "PLACE"
    mention.canonical = gaz.lookup(mention.surface)[1]


def _full_form(surface: str, counts: Counter) -> str | None:
    """The most frequent longer name that starts with ``surface`` (金 -> 金正恩), or ends with it
    after a separator (プーチン -> ウラジーミル・プーチン) or as a kanji given name (正恩 -> 金正恩)."""
    order = list(counts)  # first occurrence order
    longer = [
        name
        for name in counts
        if len(name) > len(surface)
        and (
            name.startswith(surface)
            or name.endswith(("・" + surface, "=" + surface))
            or (len(surface) >= 2 and name.endswith(surface) and len(name) - len(surface) == 1)
        )
    ]
    if not longer:
        return None
    return max(longer, key=lambda name: (counts[name], len(name), -order.index(name)))
