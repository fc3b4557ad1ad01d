"""What is never a name, or only in context: numbers, wars, glosses, events, generic bodies.

``find_names`` drops every candidate that overlaps a law or article number or a web address, a named war
(``朝鮮戦争``), a Latin gloss or a reading, an event named after a place (``北京オリンピック``), a generic
kind of paper or body (``国営通信社``, ``締約国``), an instrument's acronym, an era name or a named process
(``Brexit``); a gazetteer place inside a longer word is kept only where it starts the word or follows a prefix
(``対朝鮮``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extractors.names.gazetteer import Gazetteer
from pipeline.extractors.names.vocab import KANJI, KATA, ORG_HEADS, PLACE_HEADS, Candidate, SpanIndex, Tokens

# Words after a gazetteer name that make it another thing: a document (国連憲章), a language (ロシア語),
NON_NAME_TAILS = ("憲章", "語", "料理", "国籍")  # a cuisine (朝鮮料理), a nationality (日本国籍)
# A demonym: 人 after a country names its people, not the country (日本人拉致被害者, 韓国人拉致被害者, 中国人:
# https://www.rachi.go.jp/jp/ratimondai/other.html); the gold never marks the country inside one.  Not the words
# that merely open with 人 (北朝鮮人権法, 台湾人民, ウクライナ人道支援, 人口, 人材, 人事, 人形, 人質, 人間).
DEMONYM_TAIL = re.compile(r"人(?![権民道口材事形質間工])")
# 内閣 before 総辞職 or 改造 names the event (首相は内閣総辞職を表明した), not one cabinet.
CABINET_EVENT = re.compile(r"総辞職|改造")
CONTEXT_ONLY = frozenset({("gaz", "PLACE")})
# Kanji that may stand before a country inside a word without making a new name (対朝鮮, 訪日, 駐日).
_PLACE_PREFIXES = "対訪駐在親反滞来渡離"


# A body's Latin acronym run straight onto its Japanese name where a web copy dropped the parentheses
# (欧州連合EU for 欧州連合(EU), weblio's copy of Wikipedia).
LATIN_ACRONYM = re.compile(r"[A-Z]{2,8}")


# A romanised gloss in parentheses after a name, with or without a space before it (ICC条約 (ICC Treaty),
# ラヴロフ(Lavrov, Sergey Viktorovich, Minister of ...)); its content is Latin script only.  A
# mention that is only part of it (ICC of ICC Treaty) names a piece of the translated name: no mention.
LATIN_GLOSS = re.compile(rf"(?<=[{KANJI}{KATA}ぁ-ゖ]) ?[(（](?P<gloss>[A-Za-z][^()（）\n{KANJI}{KATA}ぁ-ゖ]*)[)）]")


# A dictionary-style gloss after a headword: a reading in hiragana (katakana inside it for loanwords) that either
# closes the parenthesis or is followed by a comma and a language label or Latin letters (国際連合(こくさいれんごう、
# 英: United Nations), 国際刑事裁判所ローマ規程(こくさいけいじさいばんしょローマきてい、The Rome Statute ...)).
# Everything in it restates the headword: no mention inside.  A reading must be long enough (4+) and no connective
# (なお、, ただし、) opening a remark in parentheses.
READING_GLOSS = re.compile(
    rf"(?<=[{KANJI}{KATA}])[(（](?!なお|ただし|ちなみに|また|すなわち|つまり|いわゆる|および|もしくは)"
    rf"[ぁ-ゖ][ぁ-ゖ{KATA}・ ]{{3,}}(?:[)）]|[、,] ?(?:[英仏独露中西伊]語?[:：]|ラテン語|[A-Za-z])"
    r"(?:[^()（）\n]|[(（][^()（）\n]*[)）])*[)）])"  # one level of nesting: 略称は国連(こくれん)
)


# A short name a legal text defines in parentheses (アメリカ合衆国(以下「合衆国」という。), 日本国とソヴィエト社会主義
# 共和国連邦(以下「ソ連邦」という。)): the definition restates the name before it, no mention of its own.
DEFINITION = re.compile(r"[(（]以下[、,]?「(?P<short>[^」\n]{1,20})」(?:という|と称する|とする)。?[)）]")


def reading_glosses(text: str) -> list[tuple[int, int]]:
    """The parentheses that gloss a headword with its reading and translations, or define its short name (no
    mention may stand in them)."""
    return [m.span() for m in READING_GLOSS.finditer(text)] + [m.span("short") for m in DEFINITION.finditer(text)]


def latin_gloss_parts(glosses: list[re.Match]) -> SpanIndex:
    """The inside of every romanised gloss that says more than one name: the names in it (Russian Federation)
    describe the name before the parenthesis and are no mentions.  A gloss that is one name only
    (北朝鮮(North Korea)) stays, to become an alias of the name before it."""
    spans = []
    for match in glosses:
        if re.search(r"[,;:]", match.group("gloss")):  # a list of parts, not one name
            spans.append(match.span("gloss"))
    return SpanIndex(spans)


# A law or article number or a date (連邦法第374号, 第3条, 2024年11月9日): never part of a name.
NUMBERED = re.compile(
    r"第[0-9０-９一二三四五六七八九十百千〇]+(?:号|条|項|章|編|款|節|部)"
    # a date in kanji numerals (平成十一年七月二十九日|外務省告示): no name
    r"|[元〇一二三四五六七八九十]+年[一二三四五六七八九十]+月[一二三四五六七八九十]+日"
    # a Diet session (第140回国会, 第213回通常国会) or the parliaments of several states (両国国会): no body's name
    r"|第[0-9０-９一二三四五六七八九十百千]+回(?:通常|臨時|特別)?国会|(?:両国|各国|両院)国会"
    r"|[0-9０-９]+年(?:[0-9０-９]+月(?:[0-9０-９]+日)?)?|[0-9０-９]+月[0-9０-９]+日"
)
# A web address (http://www.shugiin.go.jp/itdb_kenpou.nsf/html/...): its path segments are no names.
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[!-~]+")
# The last word of a name made of common nouns alone (国際連合, 防衛研究所): without one, 国民生活 and
# 国際秩序 are common nouns, not names.
_MORE_HEADS = "連合|機関|組合|会議|評議会|理事会|省|庁|党|院|所|社|局|会|団|部|隊|軍|市|町|村|県|島|山|川|湾|港|駅"
_NAME_HEADS = frozenset("|".join((ORG_HEADS, PLACE_HEADS, _MORE_HEADS)).split("|"))
# An event named after a place (北京オリンピック, 東京モーターショー): the place word is part of the
# event's name, not a mention of the place (wars: NAMED_WAR lists those known by a place's name).
EVENT_AFTER = re.compile(
    r"[・]?(?:国際|万国|世界)?(?:オリンピック|パラリンピック|五輪|大会|選手権|競技大会|映画祭|音楽祭|芸術祭|博覧会|万博|"
    r"モーターショー|国際映画祭|マラソン|グランプリ|大震災|震災|線|"
    r"[A-Z]{2,}|[0-9]+時間)"
)
# Wars known by a place's name (朝鮮戦争 "the Korean War", ベトナム戦争): the name of an event, so the place
# inside is no mention.  A war described by where it is fought (ウクライナ戦争) is not listed and keeps it.
NAMED_WAR = re.compile(
    r"(?:朝鮮|ベトナム|湾岸|イラク|アフガニスタン|アフガン|太平洋|日中|日露|日清|中東|印パ|スペイン内|ギリシャ内)戦争|朝鮮動乱"
)
# A session's ordinal right before a name it numbers (第18回|東アジア首脳会議): the name starts a word there.
ORDINAL_BEFORE = re.compile(r"第[0-9０-９一二三四五六七八九十]+[次回期]$")
_ORDINAL_SPAN = 8  # how far back such an ordinal may start


def after_ordinal(text: str, start: int) -> bool:
    """第18回|東アジア: a listed name right after a session's ordinal starts its word."""
    return ORDINAL_BEFORE.search(text, max(0, start - _ORDINAL_SPAN), start) is not None


# A model span ending on a meeting or an event names no body or place as a whole (APEC首脳会議,
# 大阪・関西万博): the names inside it are found by the rules.
MEETING_END = re.compile(
    r"(?:首脳会議|首脳会談|首脳会合|首脳協議|外相会談|外相会合|閣僚会議|会談|会合|万博|博覧会|サミット)$"
)


# Rules that find a place by a dictionary alone, wherever the word stands.
DICTIONARY_RULES = frozenset({"gaz", "gazword", "tag"})
# The katakana word joined by ・ before or after a katakana place (ジョージ・|ワシントン, ニューオーリンズ|・ジャズ)
_DOT_BEFORE = re.compile(rf"[{KATA}]+・$")
_DOT_AFTER = re.compile(rf"・[{KATA}]+")


def in_dotted_name(text: str, start: int, end: int, gaz: Gazetteer, toks: Tokens) -> bool:
    """A katakana place joined by ・ to katakana words that are no place is part of a longer name
    (ジョージ・ワシントン, ウッドストック・フェスティバル); joined to a place it is one of a pair (ドイツ・ミュンヘン),
    to a meeting word the place where it met (シーアイランド・サミット)."""
    if not re.fullmatch(rf"[{KATA}]+", text[start:end]):
        return False
    before = _DOT_BEFORE.search(text, max(0, start - 20), start)
    after = _DOT_AFTER.match(text, end)
    if after and MEETING_END.fullmatch(text, after.start() + 1, after.end()):  # シーアイランド・サミット: held there
        return False
    neighbours = ([(before.start(), before.end() - 1)] if before else []) + (
        [(after.start() + 1, after.end())] if after else []
    )
    return bool(neighbours) and not any(is_place_word(text, a, b, gaz, toks) for a, b in neighbours)


def is_place_word(text: str, start: int, end: int, gaz: Gazetteer, toks: Tokens) -> bool:
    """The gazetteer lists the word as a place, or UniDic tags its first token a place name."""
    entry = gaz.lookup(text[start:end])
    first = toks.covering(start, start + 1)
    return (entry is not None and entry[0] == "PLACE") or (bool(first) and "固有名詞-地名" in toks.tags[first[0]])


def starts_word(text: str, start: int, end: int) -> bool:
    """Nothing of the same script before ``start`` but a prefix (北朝鮮訪問 and 対朝鮮, not 東日本); a katakana
    name also ends its word (タイ of タイアップ, ロンドン of ロンドンオリンピック: a katakana run is one word)."""
    script = KANJI if re.match(rf"[{KANJI}]", text[start]) else KATA
    if script == KATA and end < len(text) and re.match(rf"[{KATA}]", text[end]):
        return False
    return start == 0 or text[start - 1] in _PLACE_PREFIXES or not re.match(rf"[{script}]", text[start - 1])


# A term a text defines for itself: 所得合算ルール(以下、「IIR」という。), 著作権法(以下「法」という).
TERM_DEFINITION = re.compile(r"[(（]以下[、,]?「(?P<short>[^「」\n]{1,20})」(?:という|と呼ぶ|とする|とします)。?[)）]")


def without_defined_terms(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A short form defined for what no mention names (所得合算ルール(以下、「IIR」という。): a rule) is a term, so
    none of its uses is a name; one defined for a mention's name (…協会(以下「協会」という)) is left alone."""
    ends = {c.end for c in chosen}
    terms = {m.group("short") for m in TERM_DEFINITION.finditer(text) if m.start() not in ends}
    return [c for c in chosen if text[c.start : c.end] not in terms] if terms else chosen


def after_whole(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """A state's name of two letters or more after 全 "all" (全露西亜国皇帝陛下, the Tsar's style in the 1875
    treaty; 全ロシア): the state itself, a mention, though 全 glues it into one word."""
    return start > 0 and text[start - 1] == "全" and end - start > 1 and gaz.is_state(text[start:end])


def after_time_noun(text: str, toks: Tokens, start: int) -> bool:
    """A kanji place right after a word of time that UniDic keeps apart (先日|中東|訪問, 昨年|中国): a word of its
    own (a katakana place still ends its katakana run: その後|ロンドンオリンピック is no mention)."""
    if not re.match(rf"[{KANJI}]", text[start]):
        return False
    before = [i for i in toks.covering(start - 1, start) if toks.ends[i] == start] if start else []
    return bool(before) and toks.tags[before[0]].startswith("名詞-普通名詞-副詞可能")


def names_an_event(cand: Candidate, text: str, gaz: Gazetteer) -> bool:
    """A place the dictionary or gazetteer found right before an event word (東京モーターショー); a listed body
    after it (チリAPEC: the APEC meeting held in Chile) leaves the place a mention, as in meeting names."""
    if cand.type != "PLACE" or cand.rule not in EVENT_RULES:
        return False
    event = EVENT_AFTER.match(text, cand.end)
    if event is None:
        return False
    entry = gaz.lookup(event.group().lstrip("・"))
    return not (entry and entry[0] == "ORG")


EVENT_RULES = frozenset({"gazword", "tag"})
# Rules that guess a body from its shape, not from a list: inside an office they name part of a title
# (国家安全保障局 of 谷内国家安全保障局長); a listed body stays (日銀 of 黒田日銀総裁).
GUESSED = frozenset({"model", "org", "tag"})


# The legal form of a Japanese company, before or after its name (図書印刷株式会社, 株式会社生島企画室): the span
# names a company even when every other word is a common noun.
COMPANY_FORM = re.compile(r"株式会社|有限会社|合資会社|合名会社|合同会社")
# The trade word a Japanese company's name ends with (任天堂, 旭硝子, 東洋製糖, 防長交通, 東邦映画, 日本通運): after a
# name the model reads as an ORG it makes a company, though UniDic tags every part a common noun.  Stockmark's
# Wikipedia gold has these as ORG (validation fold).
COMPANY_END = re.compile(
    r"(?:堂|商店|商会|商事|物産|製作所|工業|電機|電鉄|交通|映画|製糖|製紙|硝子|証券|海上|通運|汽船|興業|紡績|製薬)$"
)
# A state's armed services named alone (空軍は破損した試作機を…, 海軍総裁): the model reads them as ORG, as the
# Stockmark gold does; the rules' common-noun filter would drop them.
ARMED_FORCES = frozenset({"空軍", "海軍", "陸軍", "海兵隊"})


# The head of a named facility, a place (the 錦繍山迎賓館; Stockmark's 施設名): what the model reads before it
# is a name even when UniDic splits it into common nouns (後楽園球場, 相国寺, 水車公園, 海洋産業博物館).
FACILITY_END = re.compile(r"(?:球場|寺|公園|庭園|神社|劇場|美術館|博物館)$")


def common_nouns_only(toks: Tokens, text: str, start: int, end: int) -> bool:
    """A kanji span of UniDic common nouns alone, not ending on an organisational or place head."""
    covering = toks.covering(start, end)
    if not re.fullmatch(rf"[{KANJI}]+(?:・[{KANJI}]+)*", text[start:end]) or not covering:
        return False
    if text[toks.starts[covering[-1]] : end] in _NAME_HEADS or COMPANY_FORM.search(text, start, end):
        return False
    if COMPANY_END.search(text, start, end) and COMPANY_END.search(text, start, end).start() > start:
        return False  # the model's company: a name, then a trade word (任天|堂, 旭|硝子, 東洋|製糖)
    if text[start:end] in ARMED_FORCES or FACILITY_END.search(text, start + 1, end):
        return False  # 後楽|園|球場, 相国|寺, 水車|公園: a facility's name, all common nouns to UniDic
    return all(
        toks.tags[i].startswith("名詞-普通名詞")
        or text[toks.starts[i]] == "・"
        or (i != covering[0] and toks.tags[i].startswith("接尾辞-名詞的"))  # 締結|後, 議定|書, 自衛|隊|戦闘|機
        for i in covering
    )


# Bodies named by their role, never a name: the parties of a treaty (締約政府, 締約国), every prefecture.
# Kinds of body named by common nouns in treaties and commentary (国連憲章第53条: 地域的機関; "the regional
# security bodies", "the governments concerned"): descriptions, not one named body.
# Kinds of paper or news agency, named by their language, leaning or owner, never one paper: 朝鮮語新聞 (papers in
# Korean), 独立系新聞, 公式系新聞, 国営通信社 (a state news agency), 政府系英字紙.
GENERIC_PRESS = re.compile(
    rf"(?:[{KANJI}]{{1,4}}語|[{KANJI}]{{1,3}}系|国営|官営|民間|地方|全国|日刊|週刊|夕刊|業界)"
    r"(?:新聞社|新聞|通信社|英字紙|紙|テレビ局|放送局)"
)
GENERIC_BODIES = frozenset(
    {"締約政府", "締約国", "当事国", "加盟国", "都道府県", "市町村", "関係政府", "関係国", "地域的機関", "国際機関"}
    | {"地域安全保障機構", "地域機構", "国際機構"}
    # kinds of court and a cross-party stance, not one body (常設の国際裁判所, 超党派の法案)
    | {"国際裁判所", "国際司法機関", "超党派"}
    # a tier of government, not one body: every state's government, and the federation's in a federal country
    # without its name (連邦政府と州政府が競争する)
    | {"連邦政府", "州政府"}
    # the boards a treaty sets up for each dispute (調停委員会又は仲裁委員会に付託される): kinds, not one body
    | {"仲裁委員会", "調停委員会"}
    # a kind of alliance and the statutory class of state organs (軍事同盟ではない, 「行政機関」とは), not one body
    | {"軍事同盟", "行政機関"}
    # the armed services as a kind (憲法第九条第二項は「陸海空軍その他の戦力」の保持を禁止: mod.go.jp 答弁第一七二号)
    | {"陸海空軍"}
    # any foreign country's forces as a kind (在日米軍が主要な外国軍として国内に駐留): not one army
    | {"外国軍", "外国軍隊"}
)
# An acronym the text defines for an agreement, a treaty, a declaration or a body of rules (経済連携協定(EPA),
# 欧州連合条約(TEU), 国際保健規則(IHR), 自由権規約(ICCPR)):
# in that document the letters name the instrument, not the body a gazetteer lists under them (EPA the agency).
INSTRUMENT_ACRONYM = re.compile(r"(?:協定|条約|協約|宣言|議定書|規則|規約|規程)[(（](?P<acronym>[A-Z]{2,8})[)）]")


@lru_cache(maxsize=1)
def listed_instrument_acronyms() -> frozenset[str]:
    """Latin acronyms the curated treaty list gives as a treaty's short name (NPT): a treaty, never a body, even
    where the text does not spell the treaty out before them."""
    from pipeline.extractors.instruments.curated import known_aliases

    return frozenset(short for short, _full in known_aliases() if LATIN_ACRONYM.fullmatch(short))


# Names of events and processes, not of a body or a place, that the model tags for their Latin letters or their
# katakana (the UK's exit from the EU: https://ja.wikipedia.org/wiki/イギリスの欧州連合離脱).
NAMED_PROCESSES = frozenset({"Brexit", "ブレグジット", "ブレクジット", "Grexit", "グレグジット"})
# Japanese era names (元号) that open a date (令和元年8月29日): https://ja.wikipedia.org/wiki/元号一覧_(日本)
ERA_NAMES = frozenset(
    {"令和", "平成", "昭和", "大正", "明治"}
    # and those of the late Edo period, in treaty texts and their commentaries (安政元年12月21日: the 1855 treaty)
    | {"寛政", "享和", "文化", "文政", "天保", "弘化", "嘉永", "安政", "万延", "文久", "元治", "慶応"}
)


# An aircraft's type designation before what it is (F2戦闘機の後継機, F-2の後継機): a model, not a body or place.
AIRCRAFT_TYPE = re.compile(r"[A-Z]{1,2}-?[0-9]{1,3}[A-Z]?(?=戦闘機|爆撃機|輸送機|哨戒機|練習機|支援戦闘機|の後継)")


def is_aircraft_type(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an AIRCRAFT_TYPE designation."""
    match = AIRCRAFT_TYPE.match(text, start)
    return match is not None and match.end() == end


# A law's name read as a body by the model (米国統一軍法, 軍法): names of laws end in 法 and are no bodies; the
# country inside is found by the gazetteer instead.
LAW_END = "法"


def names_a_law(c: Candidate, text: str) -> bool:
    """A model ORG span ending in 法 (a statute's name), not a listed body."""
    return c.rule == "model" and c.type == "ORG" and text[c.end - 1 : c.end] == LAW_END
