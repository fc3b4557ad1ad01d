"""Organisations and places named by their head word, the gazetteer, press credits and references.

Suffix rules (``ロシア外務省``, ``世界保健総会``, ``朝鮮半島``, ``ルースキー島``), state organs (``大統領府``),
party chapters (``福岡県連``), bodies before their acronym, press titles (``韓国紙「朝鮮日報」``), publishers in
reference lists, news-agency credits and datelines (``=共同``), municipalities (``千葉県市川市``), long country forms
and gazetteer words, with the gazetteer's canonical name where it has one.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extractors.names.filters import EVENT_AFTER, NON_NAME_TAILS, after_ordinal, common_nouns_only, starts_word
from pipeline.extractors.names.gazetteer import REWRITE_MARK, Gazetteer, is_dictionary_surname
from pipeline.extractors.names.vocab import (
    KANJI,
    KATA,
    KATA_NAME,
    NOT_NAMES,
    NOUN_AFTER_PLACE,
    ORG_HEADS,
    PLACE_HEADS,
    REGIONAL_HEADS,
    WHOLE_TITLE,
    Candidate,
    SpanIndex,
    Tokens,
    known_prefix,
    whole_word,
)

# Publisher heads are common nouns too (大型書店, 自費出版): the body must be a proper noun or a listed body.
_PUBLISHER_HEADS = frozenset({"書房", "書店", "出版", "日本語版"})
# After a digit only a proper noun starts a body (see _counted): 回 of 第69回全日本大学 is a counter.
ORG_SUFFIX = re.compile(rf"(?<![{KANJI}{KATA}])(?P<body>[{KANJI}{KATA}]{{2,12}})(?P<head>{ORG_HEADS})")
# Deliberative bodies named by their remit and a head that is also a meeting's word (世界保健総会, 政府間作業部会,
# 出入国管理政策懇談会, 太平洋諸島フォーラム): the remit must be three characters or more, so a members' meeting
# (株主総会, 会員懇談会) stays a common noun; see _MEMBERS for longer ones (定時株主総会).
ASSEMBLY_SUFFIX = re.compile(
    rf"(?<![{KANJI}{KATA}])(?P<body>[{KANJI}{KATA}]{{3,12}}?)(?P<head>総会|懇談会|作業部会|専門部会|交渉機関|フォーラム)"
    rf"(?![{KANJI}{KATA}])"
)
# A remit ending on who attends names a meeting of members, not a body (定時株主総会, 全国社員懇談会).
_MEMBERS = re.compile(r"(?:株主|社員|会員|組合員|代議員|職員|教職員|保護者|住民|区民|市民|町民|村民)$")
# "Both": a body after 両 belongs to each state listed before it (インドとパキスタン両政府), so it names no one body.
BOTH = "両"
# Heads of facilities: after common nouns alone they name a kind (新しい宇宙基地, 総合的な宇宙発射基地), not one place.
FACILITY_HEADS = frozenset({"宇宙基地", "空軍基地", "海軍基地", "基地", "空港", "迎賓館", "宮殿", "広場"})
PLACE_SUFFIX = re.compile(rf"(?<![{KANJI}{KATA}0-9０-９])(?P<body>[{KANJI}{KATA}]{{2,8}})(?P<head>{PLACE_HEADS})")
# An island named in katakana (ルースキー島, サハリン島, ハワイ島); kanji bodies are too often common
# nouns (無人島, 離島).  大/小 "Greater/Lesser" before a group of islands is part of its name (小クリル諸島,
# 大スンダ列島, 小アンティル諸島).
KATAKANA_ISLAND = re.compile(
    rf"(?<![{KATA}・])(?:(?<![{KANJI}])[大小](?=[{KATA}]{{2,}}(?:・[{KATA}]{{2,}})*(?:群島|諸島|列島)))?"
    rf"[{KATA}]{{2,}}(?:・[{KATA}]{{2,}})*(?:群島|諸島|列島|島)(?![{KANJI}])"
)
# A facility named in brackets after what it is: レストラン「モランボン」, ホテル「メトロポール」.
FACILITY_QUOTE = re.compile(
    r"(?:レストラン|ホテル|旅館|料亭|料理店|飲食店|カフェ|百貨店)「(?P<name>[^「」\n]{2,20})」"  # not 美術館「モネ展」
    rf"(?![{KANJI}{KATA}])"  # 「ラインゴールド」大宮店 names a branch, another name
)


# A listed prefecture then 連 (高知県連, 東京都連, 大阪府連, 北海道連): the party's federation there, a body;
# 連合/連携/連絡/連続 go on as other words.
PREFECTURE_CHAPTER = re.compile(r"(?P<pref>[\u3400-\u9fff]{1,3}(?:県|都|府)|北海道)連(?![合携絡続邦動日休覇])")


def party_chapters(text: str, gaz: Gazetteer) -> list[Candidate]:
    """高知県連会長, 高知県連や: the prefecture's party federation is an ORG over the prefecture's name."""
    found = []
    for match in PREFECTURE_CHAPTER.finditer(text):
        entry = gaz.lookup(match.group("pref"))
        if entry and entry[0] == "PLACE":
            found.append(Candidate(match.start(), match.end(), "ORG", "known"))
    return found


# A party, front or council named with its Latin acronym in parentheses (アフリカ民族会議(ANC), 民主同盟(DA),
# 国民統一戦線(NUF)): the acronym marks the words before it as one body's name.  A party word before the name
# (与党, 最大野党) is not part of it; summits and ministerial meetings are events (東アジア首脳会議(EAS)).
BODY_BEFORE_ACRONYM = re.compile(
    rf"(?<![{KANJI}{KATA}・])(?:(?:与党|野党|最大野党|連立与党|第[1-9一二三]党)・?)?"
    rf"(?P<body>[{KANJI}{KATA}・]{{2,14}}?(?:会議|同盟|連合|戦線|運動|連盟|党))\((?P<acronym>[A-Z]{{2,6}})\)"
)
_EVENT_MEETINGS = ("首脳会議", "閣僚会議", "国際会議", "外相会議", "本会議")


def bodies_before_acronyms(text: str) -> list[Candidate]:
    """Bodies glossed by an acronym; defined_abbreviations then reads each later use of the acronym."""
    found = []
    for match in BODY_BEFORE_ACRONYM.finditer(text):
        body = match.group("body")
        if body.endswith(_EVENT_MEETINGS) or body.startswith("・"):
            continue
        found.append(Candidate(match.start("body"), match.end("body"), "ORG", "known"))  # over アフリカ
    return found


# A unit named after a listed body, written on without a particle: its committee, secretariat, division or panel
# (衆議院|憲法調査会事務局, 国立国会図書館|関西館アジア情報課, 国連安保理|北朝鮮制裁委員会専門家パネル).  The body and
# its unit are one ORG, as a bureau after its ministry is (外務省国際連合局, 外務省条約局; 当局 "the authorities" is no
# bureau).  The unit ends the word: 事務局|長 is
# an office, and a room (展示室, 会議室) is no unit.
BODY_UNIT = re.compile(
    rf"[{KANJI}{KATA}]{{0,16}}?(?:事務局|調査会|委員会|部会|専門家パネル|パネル|課|(?<![当支])局)"
    # the suffix 等 closes the unit too (文部科学省海洋地球課等の関係省庁)
    rf"(?:(?![{KANJI}{KATA}])|(?=等(?![{KANJI}{KATA}])))"
)


def body_units(text: str, listed: list[Candidate], toks: Tokens) -> list[Candidate]:
    """A listed organisation and the unit of it named right after it: one body."""
    found = []
    for body in listed:
        unit = BODY_UNIT.match(text, body.end) if body.type == "ORG" else None
        if unit and unit.end() > body.end and unit.end() in toks.end_set:
            found.append(Candidate(body.start, unit.end(), "ORG", "known"))
    return found


# A paper named in brackets after its country's letter and 紙: 英紙『フィナンシャル・タイムズ』,
# 米紙「ワシントン・ポスト」
# (a magazine's title after 誌 is a work, not a body: 専門誌「アルカディア」).
PRESS_TITLE = re.compile(r"(?<=[朝ロ露韓米日中英仏独印豪台]紙)(?P<open>[『「])(?P<title>[^』」\n]{2,30})[』」]")


# A paper named in Latin letters after 紙: ロシア紙RBK, 米紙WSJ, 英紙FT.
PRESS_LATIN = re.compile(rf"(?<=[{KANJI}{KATA}]紙)(?P<title>[A-Z][A-Za-z&]{{1,15}})(?![A-Za-z])")


# A broadcaster or agency named in brackets after what it is: ラジオ局「モスクワ・スピーキング」, テレビ局「ドシチ」,
# 通信社「インターファクス」 (a programme's title follows 番組, not these words).
STATION_TITLE = re.compile(
    r"(?:ラジオ局|テレビ局|放送局|通信社|新聞社)(?P<open>[『「])(?P<title>[^』」()（）\n]{2,30})"
    r"(?:[(（][^()（）\n]{1,20}[)）])?[』」]"  # a gloss inside the brackets: 「ドシチ(雨)」
)


def press_titles(text: str) -> list[Candidate]:
    """The title of a paper after 紙/誌 (英紙『フィナンシャル・タイムズ』, ロシア紙RBK) or of a station after its kind
    (STATION_TITLE) names a body, the publisher or broadcaster."""
    matches = [*PRESS_TITLE.finditer(text), *PRESS_LATIN.finditer(text), *STATION_TITLE.finditer(text)]
    return [Candidate(m.start("title"), m.end("title"), "ORG", "known") for m in matches]


# A state's own organ ending on 室/庁/処/院 right after the state (韓国大法院, 韓国国家情報院, 中国国務院,
# ロシア連邦保安庁), also before a noun (韓国大法院判決): one ORG, as 韓国外務省 is; the organ is at most 7 kanji
# and ends on a token; hospitals, temples and schools are no organs of a state; before an office (鄧小平中国国務院
# 副総理) the state is a place of its own and the organ part of the title (the heldout10 convention).
STATE_ORGAN = re.compile(rf"[{KANJI}]{{1,6}}?[室庁処院]")
_ORGAN_MAX = 7
_STATE_MAX = 8  # the longest state name looked up before an organ
_NOT_ORGANS = ("病院", "寺院", "学院", "大学院", "医院", "書院", "修道院", "美容院", "分院", "入院", "退院")
# The last character of an organ's name (STATE_ORGAN), and how far after the state's first character it may stand:
# a state of 2 to _STATE_MAX characters, then an organ of 2 to _ORGAN_MAX.
ORGAN_LAST = re.compile(r"[室庁処院]")
_ORGAN_REACH = (3, _STATE_MAX + _ORGAN_MAX - 1)


def state_organs(text: str, gaz: Gazetteer, toks: Tokens) -> list[Candidate]:
    """韓国大法院: a state and its organ, one ORG.  Only token starts with an organ's last character in reach
    are looked up (the state lookups are the cost)."""
    found: list[Candidate] = []
    lasts = [m.start() for m in ORGAN_LAST.finditer(text)]
    if not lasts:
        return found
    for start in toks.start_set:
        i = bisect_left(lasts, start + _ORGAN_REACH[0])
        if i == len(lasts) or lasts[i] > start + _ORGAN_REACH[1]:
            continue
        for n in range(min(gaz.longest.get(text[start], 0), _STATE_MAX), 1, -1):
            if gaz.is_state(text[start : start + n]):
                end = _organ_end(text, start + n, toks)
                if end and not WHOLE_TITLE.match(text, end):  # 中国|国務院副総理: in a title the state stays apart
                    found.append(Candidate(start, end, "ORG", "known"))
                break
    return found


# A state's parliament called by the Japanese word for it (韓国国会, 英国国会 "the state + Diet"): one ORG, as the
# gold reads a state's organs; before another kanji (韓国国会議員, a member) the word goes on.
STATE_DIET = re.compile(rf"(?<![{KANJI}{KATA}・])(?P<state>[{KANJI}{KATA}]{{2,8}}?)国会(?![{KANJI}])")


def state_diets(text: str, gaz: Gazetteer, toks: Tokens) -> list[Candidate]:
    """韓国国会: a listed state and 国会, one ORG (国会 alone is Japan's Diet, listed by the gazetteer)."""
    return [
        Candidate(m.start(), m.end(), "ORG", "known")
        for m in STATE_DIET.finditer(text)
        if gaz.is_state(m.group("state")) and m.start() in toks.start_set
    ]


def _organ_end(text: str, at: int, toks: Tokens) -> int | None:
    """End of the shortest organ name from ``at`` that ends on a token (大法院 of 大法院判決)."""
    for end in range(at + 2, min(len(text), at + _ORGAN_MAX) + 1):
        organ = text[at:end]
        if not re.fullmatch(rf"[{KANJI}]+", organ):
            return None
        if STATE_ORGAN.fullmatch(organ) and end in toks.end_set:
            return None if organ.endswith(_NOT_ORGANS) else end
    return None


# A publisher in a Japanese reference list: after the author's role (半藤一利/著) or the title's closing bracket, the
# name right before the year in parentheses (文芸春秋(1999.7), 凱風社 (2011/3/20), 北方領土問題調査会(1983.2)).
REF_PUBLISHER = re.compile(
    rf"(?:[/／](?:著|編著|編|訳|監修|監訳)|[』」])[ \u3000]+(?P<publisher>[{KANJI}{KATA}・]{{2,16}})"
    r"[ \u3000]?[(（](?:1[89]|20)[0-9]{2}[./／年)）]"
)
# A publisher inside the parentheses after a book title: 『…』(原書房 1999), 『…』(三一書房1952), 『…』(講談社, 1997, ),
# 『…』(原書房, ), 『…』(福音館書店): the name runs to the year, a comma or the closing parenthesis.
PAREN_PUBLISHER = re.compile(
    rf"』[ \u3000]?[(（](?P<publisher>[{KANJI}{KATA}・]{{2,16}}?)"
    r"(?:[ \u3000]?(?P<year>(?:1[89]|20)[0-9]{2})"  # 原書房 1999, 三一書房1952
    r"|[ \u3000]*[,、][ \u3000]*(?:(?P<year2>(?:1[89]|20)[0-9]{2})|[)）])"  # 講談社, 1997 / 原書房, )
    r"|[)）])"  # 福音館書店)
)
# Without a year the word must end like a publisher (書房, 書店, 出版会, 評論社): 『…』(仮称) is a note, not a body.
PUBLISHER_END = re.compile(r"(?:書房|書店|出版|出版会|出版社|社|館)$")
# A paperback series stands where the publisher does (文春文庫, 岩波ブックレット, 中公新書): a series, no body.
SERIES_END = re.compile(r"(?:文庫|ブックレット|新書|選書|叢書|シリーズ|ライブラリー)$")


def reference_publishers(text: str, gaz: Gazetteer) -> list[Candidate]:
    """文芸春秋(1999.7) after an author's role: the publisher, an ORG, unless a series or a known place."""
    found = []
    for match in [*REF_PUBLISHER.finditer(text), *PAREN_PUBLISHER.finditer(text)]:
        name = match.group("publisher")
        entry = gaz.lookup(name)
        if SERIES_END.search(name) or (entry and entry[0] != "ORG") or not _dated_or_publisher(match, name):
            continue
        found.append(Candidate(*match.span("publisher"), "ORG", "list", entry[1] if entry else None))
    return found


def _dated_or_publisher(match: re.Match, name: str) -> bool:
    """A year after the name, or a publisher's ending when the parentheses hold no year."""
    groups = match.re.groupindex
    if "year" not in groups or match.group("year") or match.group("year2"):
        return True
    return bool(PUBLISHER_END.search(name))


def suffixed_bodies(text: str, gaz: Gazetteer, toks: Tokens) -> list[Candidate]:
    """Bodies (ロシア外務省, 防衛研究所) and facilities or regions (錦繍山迎賓館, ロシア極東) ending on a token."""
    found = []
    patterns = ((ORG_SUFFIX, "ORG", "org"), (ASSEMBLY_SUFFIX, "ORG", "org"), (PLACE_SUFFIX, "PLACE", "place"))
    for pattern, kind, rule in patterns:
        for match in pattern.finditer(text):
            start, end = match.span()
            if pattern is ASSEMBLY_SUFFIX and not _assembly(text, match, gaz):
                continue
            if kind == "ORG":
                head_at = match.start("head")
                start = _after_time_word(toks, _after_common_nouns(toks, start, head_at), head_at)
                end = _with_organ_suffix(text, end, toks)
            body = text[start : match.start("head")]
            if kind == "ORG" and (_counted(text, start, toks) or body.endswith(BOTH)):
                continue  # インドとパキスタン両政府, 日米両軍: 両 counts two states' bodies; each state is a place
            if end not in toks.end_set or start not in toks.start_set or body[0] in NOT_NAMES:
                continue
            publisher = match.group("head") in _PUBLISHER_HEADS  # 『書名』朝日新聞出版: a book list's publisher
            if start and text[start - 1] in "」』" and not publisher:  # 「高槻ジャズストリート」実行委員会: the tail
                continue
            if publisher and not _names_a_body(body, start, toks, gaz):
                continue
            if match.group("head") == "機構" and _one_common_noun(toks, start, match.start("head")):
                continue  # 国家|機構, 行政|機構: the apparatus of a state, not a body (国際協力機構 has two words)
            if match.group("head") == "同盟" and _an_alliance(body, start, match.start("head"), gaz, toks):
                continue  # 日米|同盟, 軍事|同盟: an alliance between states, not a body (北方領土復帰期成同盟 is one)
            head = match.start("head")
            regional = match.group("head") in REGIONAL_HEADS
            if kind == "PLACE" and regional and not gaz.lookup(body):  # a region needs a known place before it
                continue
            if kind == "PLACE" and match.group("head") in FACILITY_HEADS and common_nouns_only(toks, text, start, head):
                continue  # 宇宙|基地, 宇宙|発射|基地: a kind of facility, not one named (ボストーチヌイ宇宙基地 is)
            canonical = _suffixed_canonical(gaz, text[start:end], body, match.group("head"))
            known = (gaz.lookup(body) is not None and gaz.lookup(body)[0] == "PLACE") or (  # ロシア + 大統領府
                kind == "ORG" and _state_first(body, gaz)  # ウクライナ + 国家安全保障 + 国防会議: the state's body
            )
            found.append(Candidate(start, end, kind, "known" if known else rule, canonical))
    bodies = SpanIndex([(c.start, c.end) for c in found if c.type == "ORG"])
    # a region inside a body's name is part of it (東京地方 of 東京地方裁判所)
    found = [c for c in found if c.type == "ORG" or not bodies.contains_longer(c.start, c.end)]
    return found + _islands(text, toks)


# A forum is a body only as the forum of a region's states (太平洋諸島フォーラム); after a verbal noun or another
# body's letters it is an event (主催ビジネスフォーラム, ASEANインド太平洋フォーラム).
_STATES_REGION = re.compile(r"(?:諸島|諸国|地域)$")


def _assembly(text: str, match: re.Match, gaz: Gazetteer) -> bool:
    """An assembly-head match names a body: not a members' meeting (株主総会) or a session (臨時総会), and a
    forum only of a region's states."""
    body = match.group("body")
    if _MEMBERS.search(body) or SESSION.search(match.group()):
        return False
    if match.group("head") != "フォーラム":
        return True
    after_letters = match.start() > 0 and text[match.start() - 1].isascii() and text[match.start() - 1].isalpha()
    place = (gaz.lookup(body) or ("",))[0] == "PLACE"
    return not after_letters and (place or _STATES_REGION.search(body) is not None)


def _one_common_noun(toks: Tokens, start: int, end: int) -> bool:
    """The span is one UniDic common noun (国家, 行政, 統治)."""
    covering = toks.covering(start, end)
    return len(covering) == 1 and toks.tags[covering[0]].startswith("名詞-普通名詞") and toks.ends[covering[0]] == end


def _an_alliance(body: str, start: int, head: int, gaz: Gazetteer, toks: Tokens) -> bool:
    """Before 同盟 one common noun, maybe with a suffix (日米, 軍事, 実質|的), or a run of country letters (日米韓): a
    pact, not a union's name."""
    words = [i for i in toks.covering(start, head) if not toks.tags[i].startswith("接尾辞")]
    one_noun = len(words) == 1 and toks.tags[words[0]].startswith("名詞-普通名詞")
    return one_noun or all(letter in gaz.abbreviations for letter in body)


def _state_first(body: str, gaz: Gazetteer) -> bool:
    """The body's name starts with a listed state, then more words (ウクライナ|国家安全保障): the state's own body,
    as sure a name as ロシア外務省, so it is read before the state alone."""
    return any(gaz.is_state(body[:n]) for n in range(2, min(len(body), gaz.max_len + 1)))


def _counted(text: str, start: int, toks: Tokens) -> bool:
    """After a digit only a proper noun starts a body (6.30広島|地方裁判所 in a date line whose space
    normalisation dropped); 回 of 第69回全日本大学 is a counter."""
    if not start or not text[start - 1].isdigit():
        return False
    first = toks.covering(start, start + 1)
    return not (first and "固有名詞" in toks.tags[first[0]])


def _names_a_body(body: str, start: int, toks: Tokens, gaz: Gazetteer) -> bool:
    """Before a publisher's head: a proper noun (筑摩|書房, 木本|書店) or a listed body (朝日新聞|出版), not a
    common noun (大型|書店, 自費|出版)."""
    entry = gaz.lookup(body)
    if entry and entry[0] == "ORG":
        return True
    return any("固有名詞" in toks.tags[i] for i in toks.covering(start, start + len(body)))


def _after_common_nouns(toks: Tokens, start: int, head: int) -> int:
    """Where a body's name starts after common nouns that only run into it (結果|欧州委員会, 母体|大阪産業大学):
    at the first proper noun, when the body has one; 防衛研究所 (common nouns only) stays whole."""
    covering = toks.covering(start, head)
    proper = [i for i in covering if "固有名詞" in toks.tags[i]]
    if not proper:
        return start
    lead = covering[: covering.index(proper[0])]
    return toks.starts[proper[0]] if lead and all(toks.tags[i].startswith("名詞-普通名詞") for i in lead) else start


# UniDic's tag of the time words that run into a name without a particle (昨日|大統領府通信庁, 本日|外務省).
_TIME_WORD_TAG = "名詞-普通名詞-副詞可能"
# A one-kanji suffix that makes the head word a state organ of its own (大統領府通信|庁, 情報|局).
ORGAN_SUFFIX = re.compile(r"[庁局]")


def _after_time_word(toks: Tokens, start: int, end: int) -> int:
    """Where a body's name starts after a time word glued before it (昨日|大統領府通信庁): past the time word,
    when words remain before the head at ``end``."""
    covering = toks.covering(start, end)
    if (
        len(covering) >= 2
        and toks.starts[covering[0]] == start
        and toks.tags[covering[0]] == _TIME_WORD_TAG
        and toks.ends[covering[0]] < end
    ):
        return toks.ends[covering[0]]
    return start


def _with_organ_suffix(text: str, end: int, toks: Tokens) -> int:
    """A head followed by an organ suffix token (通信|庁) ends with the suffix: the organ is the body."""
    suffix = ORGAN_SUFFIX.match(text, end)
    if suffix and suffix.end() in toks.end_set and end in toks.start_set:
        following = toks.covering(end, suffix.end())
        if len(following) == 1 and toks.tags[following[0]].startswith("接尾辞"):
            return suffix.end()
    return end


def _islands(text: str, toks: Tokens) -> list[Candidate]:
    """ルースキー島: a katakana name and 島, ending on a token (not an event's name: マン島TTレース); a quoted
    katakana name before its feature word (QUOTED_FEATURE), the name alone."""
    found = [
        Candidate(m.start(), m.end(), "PLACE", "known")  # over the island's bare name (サハリン)
        for m in KATAKANA_ISLAND.finditer(text)
        if m.end() in toks.end_set and m.start() in toks.start_set and not EVENT_AFTER.match(text, m.end())
    ]
    return found + [Candidate(*m.span("name"), "PLACE", "quoted") for m in QUOTED_FEATURE.finditer(text)]


# A katakana name quoted before the kind of place it is, as Meiji treaties write foreign islands, straits and capes
# (「ウルップ」島, 「クリル」群島, 「エトロプ」全島, 「ラペルーズ」海峡, 「ラパツカ」岬): the quoted name is the place.
QUOTED_FEATURE = re.compile(
    rf"「(?P<name>[{KATA}]{{2,}}(?:・[{KATA}]{{2,}})*)」(?:全島|群島|諸島|列島|島|海峡|水道|岬|半島|湾|川|山脈|山)"
)


# A gloss of a known name right after it, in parentheses or after =: 朝鮮民主主義人民共和国(北朝鮮),
# 主要20カ国・地域(G20), G20=主要20か国.  It names the same entity: an alias, never a mention of its own.
GLOSS_OPEN = re.compile(r"[(（](?P<paren>[^()（）\n]{1,24})[)）]|[=＝](?P<equals>[^\s、。,()（）「」]{1,24})")


def gazetteer_glosses(
    text: str, listed: list[Candidate], gaz: Gazetteer, blocked: list[tuple[int, int]]
) -> list[Candidate]:
    """A gazetteer name (``listed``: the document's ``gazetteer_matches``) followed by a gloss that the
    gazetteer gives the same canonical name."""
    found = []
    for cand in listed:
        match = GLOSS_OPEN.match(text, cand.end)
        if not match:
            continue
        gloss = match.group("paren") or known_prefix(match.group("equals"), gaz)
        entry = gaz.lookup(gloss) if gloss else None
        if not entry or entry != (cand.type, cand.canonical):
            continue
        end = match.end() if match.group("paren") else cand.end + 1 + len(gloss)
        blocked.append((cand.end, end))
        found.append(Candidate(cand.start, cand.end, cand.type, "read", cand.canonical, aliases=[gloss]))
    return found


# A company's or an office's legal form after a Latin or katakana name (PwC税理士法人, STORIA 法律事務所,
# ニュースソクラ編集部; EY新日本有限責任監査法人 starts with kanji and is left to the model): the name and the form
# are one ORG. Alone the form is a common noun (税理士法人の設立), so the name before it is required.
COMPANY_FORM = re.compile(
    rf"(?<![A-Za-z{KANJI}{KATA}・])(?P<name>[A-Z][A-Za-z&.\-]*(?: [A-Z][A-Za-z&.\-]*)*"
    rf"|[{KANJI}]{{0,4}}[{KATA}]{{2,}}(?:・[{KATA}]{{2,}})*)"  # 税大ジャーナル: a kanji word may lead the katakana
    r"[ \u3000]?"
    r"(?P<form>(?:税理士|監査|有限責任監査|弁護士|司法書士|特許業務|社会保険労務士|行政書士)法人"
    r"|法律事務所|特許事務所|会計事務所|編集部|編集局)"
)


# A private military company named with its kind before or after it (PMCワーグナー, ワーグナー PMC, 民間軍事会社
# 「ワグネル」): the name alone is the ORG, whatever person the same katakana may name elsewhere (the composer).
MILITARY_COMPANY = re.compile(
    rf"(?:PMC|民間軍事会社)[ \u3000]?「?(?P<after>[{KATA}]{{2,}}(?:・[{KATA}]{{2,}})*)"
    rf"|(?<![{KATA}・])(?P<before>[{KATA}]{{2,}}(?:・[{KATA}]{{2,}})*)[ \u3000]?(?:PMC|民間軍事会社)(?![A-Za-z])"
)


def company_forms(text: str) -> list[Candidate]:
    """A Latin or katakana name then its legal form (COMPANY_FORM): one ORG; a military company's name
    (MILITARY_COMPANY): the name."""
    found = [Candidate(*m.span(), "ORG", "form") for m in COMPANY_FORM.finditer(text)]
    for match in MILITARY_COMPANY.finditer(text):
        group = "after" if match.group("after") else "before"
        found.append(Candidate(*match.span(group), "ORG", "form"))
    return found


# A region's administrative status after its name (香港特別行政区, マカオ特別行政区, 新疆ウイグル自治区,
# 延辺朝鮮族自治州, 広西チワン族自治区, 重慶直轄市): the status is part of the region's official name, so the whole is
# one PLACE, written so. The titular people may stand between the name and the status (延辺 + 朝鮮族 + 自治州).
ADMIN_REGION = re.compile(
    rf"(?P<people>(?:[{KANJI}]{{1,2}}|[{KATA}]{{2,8}})族)?"  # 朝鮮族, チワン族, 回族
    r"(?P<status>特別行政区|自治区|自治州|自治県|自治共和国|自治管区|直轄市)"
)


def admin_regions(text: str, toks: Tokens) -> list[Candidate]:
    """A region named with its status (ADMIN_REGION): the proper nouns or katakana words right before the status
    (and its people) start the name; after a common noun (民族自治区, 各自治区) there is no name."""
    found = []
    for match in ADMIN_REGION.finditer(text):
        covering = toks.covering(match.start(), match.start() + 1)
        if not covering:
            continue
        i = covering[0]
        begin = toks.starts[i] if toks.starts[i] < match.start() else match.start()
        while i > 0 and toks.ends[i - 1] == begin and _place_word(text, toks, i - 1):
            i -= 1
            begin = toks.starts[i]
        if begin < match.start("status") and any(
            _place_word(text, toks, k) for k in toks.covering(begin, match.start("status"))
        ):
            found.append(Candidate(begin, match.end(), "PLACE", "region", text[begin : match.end()]))
    return found


def _place_word(text: str, toks: Tokens, i: int) -> bool:
    """A token that can be part of a region's name: a UniDic proper noun or a katakana word (カラバフ)."""
    return "固有名詞" in toks.tags[i] or bool(re.fullmatch(rf"[{KATA}]+", text[toks.starts[i] : toks.ends[i]]))


def facilities(text: str) -> list[Candidate]:
    """レストラン「モランボン」: the bracketed name is a place, here and wherever the document brackets it again."""
    names = {m.group("name") for m in FACILITY_QUOTE.finditer(text)}
    found = []
    for name in names:
        for m in re.finditer(re.escape(f"「{name}」") + rf"(?![{KANJI}{KATA}])", text):
            found.append(Candidate(m.start() + 1, m.end() - 1, "PLACE", "known"))
    return found


def _suffixed_canonical(gaz: Gazetteer, surface: str, body: str, head: str) -> str | None:
    """Known name, else the country's canonical name + head (ロシア連邦政府 -> ロシア政府)."""
    entry = gaz.lookup(surface)
    if entry:
        return entry[1]
    country = gaz.lookup(body)
    if country and gaz.is_country(body):
        return country[1] + head
    return None


def gazetteer_matches(text: str, gaz: Gazetteer, toks: Tokens) -> list[Candidate]:
    """Longest gazetteer entry at each token start that ends on a token end."""
    found: list[Candidate] = []
    ends = toks.end_set
    marks = [m.start() for m in REWRITE_MARK.finditer(text)]
    for start in sorted(toks.start_set):
        last = found[-1] if found else None
        if last and start < last.end and (starts_word(text, last.start, last.end) or after_ordinal(text, last.start)):
            continue  # アジア inside 東南アジア|友好協力条約: the longer listed name holds it
        stop = min(len(text), start + gaz.longest.get(text[start], 0))
        if stop <= start:  # no entry starts with this letter
            continue
        lengths = gaz.found_lengths(text[start:stop], plain=not has_rewrite_mark(marks, start, stop))
        for end in (start + n for n in reversed(lengths)):
            if end not in ends:
                continue
            entry = gaz.lookup(text[start:end])
            if entry and entry[0] == "PLACE" and text.startswith(NON_NAME_TAILS, end):
                continue  # ロシア語, 朝鮮料理; a body before its charter stays one (国連|憲章)
            if entry:
                # a generic noun after it leaves the place a word of its own (中央アジア|諸国, 中東|情勢)
                whole = whole_word(text, start, end) or NOUN_AFTER_PLACE.match(text, end) is not None
                rule = "gazword" if whole else "gaz"
                clipped = _clipped(text[start:end], entry)
                found.append(Candidate(start, end, entry[0], rule, entry[1], abbreviation=clipped))
                break
    return found


def has_rewrite_mark(marks: list[int], start: int, stop: int) -> bool:
    """A rewrite mark (``REWRITE_MARK``; ``marks`` their sorted starts in the text) begins in [start, stop)."""
    at = bisect_left(marks, start)
    return at < len(marks) and marks[at] < stop


def _clipped(surface: str, entry: tuple[str, str]) -> bool:
    """南ア for 南アフリカ: a place's name cut inside its katakana word is an abbreviation (アメリカ of
    アメリカ合衆国 is a whole word, no abbreviation); so is a place written with one letter (露 for ロシア in
    露大統領報道官)."""
    kind, canonical = entry
    if kind == "PLACE" and len(surface) == 1 and canonical != surface:
        return True
    return (
        kind == "PLACE"
        and len(canonical) > len(surface)
        and canonical.startswith(surface)
        and bool(re.fullmatch(rf"[{KATA}]{{2}}", surface[-1] + canonical[len(surface)]))
    )


# A photo or story credit at the end of a caption or line: =共同, ＝時事, =ロイター (the agency's short name).
_AGENCIES = "共同|時事|ロイター|AP|AFP|EPA|新華社|聯合|タス|ブルームバーグ|UPI"
CREDIT = re.compile(rf"[=＝](?P<agency>{_AGENCIES})(?=[ \u3000]*(?:$|[)）\]】]))", re.MULTILINE)
# The photo's source before the agency that sends it: (聯合=共同), (ロイター=共同).
CREDIT_SOURCE = re.compile(rf"(?<=[(（])(?P<agency>{_AGENCIES})(?=[=＝](?:{_AGENCIES})[)）])")
# A story credit in parentheses closing the last sentence of an article: ...とみられる。(共同), ...と述べた。(時事).
PAREN_CREDIT = re.compile(rf"(?<=[。」][(（])(?P<agency>{_AGENCIES})(?=[)）][ \u3000]*$)", re.MULTILINE)
# A dateline: cities and agency in lenticular brackets (【北京共同】, 【平壌、北京共同】); the cities are found
# by the gazetteer, the agency here.
# A Reuters-style photo credit: (2019年 ロイター/Danish Siddiqui), the agency and the photographer's name in
# Latin letters, two words or more.
PHOTO_CREDIT = re.compile(
    rf"(?<=[(（])(?:[0-9]{{4}}年[ \u3000]?)?(?P<agency>{_AGENCIES})[/／]"
    r"(?P<name>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+)+)(?=[)）])"
)
# The cities may be many or glossed in parentheses (【イスラマバード、ニューデリー共同】,
# 【キャンプデービッド(米メリーランド州)時事】) and carry the day (【北京26日共同】).
DATELINE = re.compile(rf"【[{KANJI}{KATA}0-9、・()（）]{{1,28}}?(?P<agency>{_AGENCIES})】")
# A correspondent's byline: city, =, the reporter's name (【北京=三塚聖平】, 【パリ=林路郎】, 【ソウル＝桜井紀雄】);
# the name is a person (a kanji name of 2-6 letters, or a katakana one), the city is left to the gazetteer.
BYLINE = re.compile(
    rf"【[{KANJI}{KATA}、・]{{1,12}}[=＝](?P<name>[{KANJI}]{{2,6}}|{KATA_NAME})(?:[ \u3000]?(?:特派員|記者|支局長))?】"
)
# The Mainichi's byline without the equals sign: the city, then the reporter's kanji name (【ソウル福岡静哉】,
# 【ワシントン秋山信一】); the city must be a listed place, so a dateline's agency (【北京共同】) is no name.
CITY_BYLINE = re.compile(rf"【(?P<city>[{KANJI}{KATA}]{{2,8}}?)(?P<name>[{KANJI}]{{3,5}})】")
# The long form of a state: a country the gazetteer knows, an optional ・, words, and the kind of state
# (エジプト・アラブ共和国, イラン・イスラム共和国, ベトナム社会主義共和国, ドイツ連邦共和国).
LONG_STATE = re.compile(
    # a compass kanji may open the short name (南スーダン, 中央アフリカ), a ・ may join its words (サントメ・プリンシペ)
    rf"(?<![{KATA}])(?P<country>(?:[南北東西]|中央)?[{KATA}]{{2,}}(?:・[{KATA}]{{2,}})*)・?"
    rf"(?P<middle>[{KATA}{KANJI}]{{0,4}})"
    r"(?P<form>共和国|王国|大公国|公国|首長国連邦|連邦|合衆国)"
)


# A municipality right after its prefecture: 岐阜県|揖斐川町, 大阪府|大阪市 (shortest, so 町長 keeps 長 out).
PREFECTURE_TOWN = re.compile(rf"(?P<prefecture>[{KANJI}]{{1,3}}[都道府県])(?P<town>[{KANJI}ケヶ]{{1,5}}?[市区町村郡])")


def municipalities(text: str, gaz: Gazetteer, toks: Tokens) -> list[Candidate]:
    """揖斐川町 of 岐阜県揖斐川町: a place, when a listed prefecture comes right before it."""
    found = []
    for match in PREFECTURE_TOWN.finditer(text):
        entry = gaz.lookup(match.group("prefecture"))
        head = match.end() in toks.end_set or text.startswith("長", match.end())  # 添田町 of 添田|町長
        if entry and entry[0] == "PLACE" and head:
            found.append(Candidate(match.start("town"), match.end(), "PLACE", "place"))
    return found


# A copyright credit closing a line or right before a slash: the medium that holds the rights, in Latin letters, up
# to four words ((c)KOREA WAVE, (c)innolife, (c)KOREA WAVE/AFPBB News).  AFP's spaced form names the photographer
# first ((c)Alexey DRUZHININ / SPUTNIK / AFP): a person, not taken here.
COPYRIGHT_CREDIT = re.compile(
    r"(?:\([cC]\)|©)[ \u3000]?(?P<agency>[A-Za-z][A-Za-z0-9]*(?:[ .&][A-Za-z0-9]+){0,3})(?=[ \u3000]*$|[/／])",
    re.MULTILINE,
)


def news_credits(text: str, gaz: Gazetteer) -> list[Candidate]:
    """=共同 at the end of a caption: the news agency (an ORG), linked to its full name where the document
    writes it (【モスクワ共同】 ... 共同通信); a photographer credited after it is a person."""
    matches = [*CREDIT.finditer(text), *CREDIT_SOURCE.finditer(text), *DATELINE.finditer(text)]
    matches += PAREN_CREDIT.finditer(text)
    matches += COPYRIGHT_CREDIT.finditer(text)
    photos = list(PHOTO_CREDIT.finditer(text))
    bylines = [m for m in BYLINE.finditer(text) if m["name"] not in _AGENCIES.split("|")]
    bylines += [m for m in CITY_BYLINE.finditer(text) if _place_then_reporter(m, gaz)]
    return [
        Candidate(m.start("agency"), m.end("agency"), "ORG", "known", _agency_name(m["agency"], text, gaz))
        for m in matches + photos
    ] + [Candidate(m.start("name"), m.end("name"), "PERSON", "person") for m in photos + bylines]


def _place_then_reporter(match: re.Match, gaz: Gazetteer) -> bool:
    """A CITY_BYLINE names a listed place and then a reporter: a UniDic surname of two or three kanji opens the
    name (福岡|静哉; 【北京共同】 is a dateline, 【台湾関係法】 a statute's headword)."""
    entry = gaz.lookup(match["city"])
    name = match["name"]
    surname = any(is_dictionary_surname(name[:k]) for k in (2, 3) if len(name) > k)
    return entry is not None and entry[0] == "PLACE" and surname


def _agency_name(agency: str, text: str, gaz: Gazetteer) -> str | None:
    """共同通信 for 共同 when the text names it so (a listed body that starts with the short name)."""
    for full in (agency + "通信", agency + "通信社"):
        entry = gaz.lookup(full)
        if full in text and entry and entry[0] == "ORG":
            return entry[1]
    return None


def long_country_forms(text: str, gaz: Gazetteer, toks: Tokens) -> list[Candidate]:
    """エジプト・アラブ共和国: one mention of エジプト's state (canonical: the gazetteer's name)."""
    found = []
    for match in LONG_STATE.finditer(text):
        state = state_in_dotted(match.group("country"), gaz)
        if state and match.end() in toks.end_set:
            start = match.start("country") + state[0]
            known = gaz.lookup(text[start : match.end()])
            found.append(Candidate(start, match.end(), "PLACE", "known", known[1] if known else state[1]))
    return found


def state_in_dotted(words: str, gaz: Gazetteer) -> tuple[int, str] | None:
    """Where the state's name starts in ``words`` and its canonical name: the first ・-part that opens a
    listed state, with as many parts as the name has (モーリタニア of モーリタニア・イスラム, サントメ・プリンシペ
    whole, ベトナム of グエン・スアン・フック・ベトナム, a person's name before the state's)."""
    parts = words.split("・")
    for first in range(len(parts)):
        for last in range(len(parts), first, -1):
            name = "・".join(parts[first:last])
            if gaz.is_state(name):
                return len("・".join(parts[:first])) + (first > 0), gaz.lookup(name)[1]
    return None


# A session of an assembly named by its kind alone (緊急特別総会, 臨時国会, 定例会合): a meeting, not a body.
SESSION = re.compile(r"(?:緊急|特別|臨時|定例|通常|特別緊急)+(?:総会|国会|会合|会議|会期)")


# A state's mission abroad named by where it sits (在ソウル日本大使館, 在ジュネーブ国際機関日本政府代表部, 在日米国
# 大使館, 在大阪・神戸米国総領事館): 在, the host city or country, the sending state, its 政府 or not, then the
# kind of mission.  The whole is one body, not a place and a state; diplomatic_missions splits ``places``.
DIPLOMATIC_MISSION = re.compile(
    rf"(?<![{KANJI}])在(?P<places>[{KANJI}{KATA}・]{{2,20}}?)(?:政府)?(?:大使館|総領事館|領事館|代表部)"
)
# Where a mission to international bodies says so between host and state (在ジュネーブ国際機関日本政府代表部).
_TO_BODIES = ("国際機関", "国連", "")


def diplomatic_missions(text: str, gaz: Gazetteer) -> list[Candidate]:
    """在ソウル日本大使館: one ORG when ``places`` splits into listed host places and a listed sending state."""
    found = []
    for match in DIPLOMATIC_MISSION.finditer(text):
        if _host_and_state(match.group("places"), gaz):
            found.append(Candidate(match.start(), match.end(), "ORG", "known"))
    return found


def _is_place(name: str, gaz: Gazetteer) -> bool:
    entry = gaz.lookup(name)
    return entry is not None and entry[0] == "PLACE"


def _host_and_state(places: str, gaz: Gazetteer) -> bool:
    """Whether ``places`` is host place(s) (joined by ・), maybe 国際機関, then a state, every part listed."""
    for cut in range(1, len(places)):
        host, rest = places[:cut], places[cut:]
        for middle in _TO_BODIES:
            if (
                rest.startswith(middle)
                and len(rest) > len(middle)
                and _is_place(rest[len(middle) :], gaz)
                and all(_is_place(part, gaz) for part in host.split("・"))
            ):
                return True
    return False
