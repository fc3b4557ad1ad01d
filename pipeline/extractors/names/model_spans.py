"""Spans of the trained NER (``names.model``), trimmed, retyped and split into known names.

The model is usually right where a broad rule disagrees, but its spans need cleaning: titles, ordinals, web
addresses and building numbers are cut off, a run of known names (``ロシア極東ウラジオストク``) is split into its
pieces, spans tiled by precise rules are left to them, and common-noun-only spans are dropped.  The broad rules give
canonical names and types to what the model keeps.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from pipeline.extractors.names.bodies import ASSEMBLY_SUFFIX, BOTH, PREFECTURE_TOWN, SESSION
from pipeline.extractors.names.filters import MEETING_END, WEB_ADDRESS, common_nouns_only, is_place_word
from pipeline.extractors.names.gazetteer import Gazetteer
from pipeline.extractors.names.letters import STATE_BODY_END
from pipeline.extractors.names.tagged import katakana_run, person_end
from pipeline.extractors.names.vocab import (
    BODY_SUFFIX_TOKENS,
    COMPASS,
    CONTINENTS,
    HEAD_OF_PLACE,
    KANJI,
    KANJI_SPACES,
    KATA,
    KATA_NAME,
    LETTERS,
    ORG_HEADS,
    REGIONAL_HEADS,
    TITLE_HEAD,
    TITLE_HEADS,
    WHOLE_TITLE,
    Candidate,
    SpanIndex,
    Tokens,
)


def _before_web_address(text: str, start: int, end: int) -> int:
    """A model span that runs on into a web address (国際連合憲章 http…) ends before it."""
    address = WEB_ADDRESS.search(text, start, end)
    return len(text[start : address.start()].rstrip()) + start if address else end


# Descriptions the model takes into a name: 首都平壌 is the place 平壌.
DESCRIPTOR_PREFIX = re.compile(r"(?:首都|州都|県都|省都|港湾都市|都市|隣国|同国|同市|同州|故郷|母国|旧)")
# A compass part before a place the rules found (南部フロリダ州, 北部カリフォルニア): where in the country, not part
# of the place's name (南部アフリカ開発共同体 keeps it: no rule finds a place right after 南部 there).
COMPASS_PREFIX = re.compile(r"(?:北東|北西|南東|南西|東|西|南|北|中)部")
# The secretariat or office of a listed body, read by the model as part of its name (国際連合教育科学文化機関|
# 事務局長): the body is the mention, its secretariat a common noun (and 事務局長 an office).
SUBUNIT_TAIL = re.compile(r"(?:事務局|事務所)$")
# Troops of a state or its army, read by the model as part of the name (北朝鮮軍|部隊, 北朝鮮|特殊部隊): the state or
# army is the mention, the unit a common noun; a unit word alone (特殊部隊) names no one.
TROOPS_TAIL = re.compile(r"(?:特殊部隊|部隊)$")
# The head of a body after its name (ウクライナ国防省情報総局|トップ): an office, never part of the body's name.
HEAD_TAIL = re.compile(rf"(?<=[{KANJI}])トップ$")
# A numbered division of a court or bench after it (東京地方裁判所民事第3部, 最高裁判所第二小法廷): the court is
# the body; the division is a unit of it, as SUBUNIT_TAIL.
COURT_DIVISION = re.compile(r"(?<=裁判所)(?:民事|刑事|行政)?第[0-9０-９一二三四五六七八九十]+(?:部|小法廷)$")
# A count of what the span names, at its end: 両島 "both islands", 2島, 両国 "both countries" (トルコ両国).
COUNT_TAIL = re.compile(r"(?:両|[0-9０-９二三四])(?:島|国|カ国|か国)$")
# One-letter heads of bodies and places (党, 社, 庁, 州): a quoted common noun ending on one is a body's name.
_HEAD_WORDS = frozenset(head for head in ORG_HEADS.split("|") if len(head) == 1) | frozenset("党社庁省局会団州県市")
# A body's head of two letters or more at the end of a span (政府, 議会, 研究所): no person's name ends so.
ORG_HEAD_END = re.compile(rf"(?:{'|'.join(head for head in ORG_HEADS.split('|') if len(head) > 1)})$")
# A state, a compass part of it, then a city there (ロシア中部カザン, ロシア南部ロストフ): two places, the part none
# (as オーストラリア北部 is the state, heldout15).
STATE_PART_CITY = re.compile(
    rf"(?P<part>(?:北|南|東|西|中|北東|北西|南東|南西)部)(?P<city>[{KATA}]{{2,}}|[{KANJI}]{{2,}})$"
)


def _known_before(text: str, start: int, end: int, gaz: Gazetteer, typed: dict) -> bool:
    """The words before a unit word are a listed name or a body a rule found (北朝鮮, 北朝鮮軍)."""
    return (start, end) in typed or gaz.lookup(text[start:end]) is not None


def _state_part_and_city(text: str, start: int, end: int, kind: str, gaz: Gazetteer) -> list[Candidate]:
    """A model PLACE over a state, a compass part and a city: the state and the city, each a place."""
    match = STATE_PART_CITY.search(text, start, end) if kind == "PLACE" else None
    if match is None or not gaz.is_state(text[start : match.start()]):
        return []
    state = gaz.lookup(text[start : match.start()])[1]
    return [
        Candidate(start, match.start(), "PLACE", "model", state),
        Candidate(match.start("city"), end, "PLACE", "model"),
    ]


# A kanji then kana to the end: the okurigana of a verb or adjective (米国|立ち寄り, read 米|国立|ち寄り), which
# ends no organisation's name (a name in kana only, ゆうちょ, has no kanji before its kana).
OKURIGANA_END = re.compile(rf"[{KANJI}][ぁ-ゖ]+$")
# The bodies of two states counted with 両 (インドとパキスタン両政府, インド、パキスタン両軍): each state is a place;
# the span names no one body (上下両院, one chamber pair, is left alone).
BOTH_BODIES = re.compile(rf"{BOTH}(?:政府|軍|国政府|国軍)$")
# Kanji names listed with ・ (歯舞・色丹, 国後・択捉): in kanji text ・ separates items; each is its own name.
KANJI_LIST = re.compile(rf"[{KANJI}]+(?:・[{KANJI}]+)+")
# A model span that crosses a bracket (ウラジオストク(EPA) is cut wrong: dropped.
_BRACKETS = re.compile(r"[()（）「」『』【】\[\]]")


# An office or "the authorities" after a known place (台湾総統、…, 台湾当局は): the model reads the pair as one body,
# but the gold names the place only (北朝鮮当局 -> 北朝鮮); the office is a title without a name.
OFFICE_AFTER_PLACE = re.compile(rf"(?:当局|{TITLE_HEAD})$")


def _place_before_office(text: str, start: int, end: int, kind: str, gaz: Gazetteer) -> tuple[str, int]:
    """A model ORG that is a listed place and an office or 当局 is the place alone (台湾|総統, 台湾|当局)."""
    tail = OFFICE_AFTER_PLACE.search(text, start, end) if kind == "ORG" else None
    if tail is None or tail.start() == start:
        return kind, end
    entry = gaz.lookup(text[start : tail.start()])
    return ("PLACE", tail.start()) if entry and entry[0] == "PLACE" else (kind, end)


# A country letter the model calls a place, alone before a katakana or Latin name (米GM, 米キー・セーフティ, 英BP,
# 独シーメンス): the common noun 米 "rice" never stands so; a katakana ロ before katakana starts a word (ロンドン).
LETTER_BEFORE_COMPANY = re.compile(
    rf"(?<![{KANJI}{KATA}0-9０-９])(?:[朝露韓米日中英仏独印豪台](?=[{KATA}A-Z])|ロ(?=[A-Z]))"
)


# A body the model reads with the letter is cut only before a katakana company (米|ゼネラル・モーターズ); one in
# Latin letters keeps it (日ASEAN統合基金 is one fund).
KATA_AFTER_LETTER = re.compile(rf"[{KATA}]{{2,}}")


def _company_country(text: str, start: int, end: int, kind: str, gaz: Gazetteer) -> str | None:
    """The country of a letter the model gives alone (米|GM) or with a katakana company (米ゼネラル・モーターズ)."""
    if not LETTER_BEFORE_COMPANY.match(text, start):
        return None
    alone = kind == "PLACE" and end == start + 1
    with_company = kind == "ORG" and KATA_AFTER_LETTER.match(text, start + 1, end) is not None
    return gaz.abbreviations.get(text[start]) if alone or with_company else None


def _over_name_suffix(text: str, start: int, end: int, gaz: Gazetteer, toks: Tokens) -> int:
    """A span that stops right before a UniDic suffix which closes a listed name (ギリシャユーロ|圏: ユーロ圏 is
    listed) takes the suffix: the model cut the last name of a run (ギリシャ|ユーロ圏) in two."""
    i = bisect_left(toks.starts, end)
    if i >= len(toks.starts) or toks.starts[i] != end or not toks.tags[i].startswith("接尾辞"):
        return end
    stop = toks.ends[i]
    whole = gaz.lookup(text[start:stop]) or _known_pieces(text, start, stop, gaz)
    return stop if whole else end


# A city's or a ward's unit word glued to a word of area or people (ロンドン|市内, パリ|市民, ソウル|市街): 市内 is
# "within the city", so the foreign city's name ends before 市 (a Japanese city keeps 市: 横浜市 is its name; a
# state keeps 州, part of its name in the news gold: カリフォルニア州内 is in カリフォルニア州).
CITY_AREA = re.compile(r"[市区](?=[内外民街域])")


def _before_city_area(text: str, start: int, end: int, kind: str, gaz: Gazetteer, toks: Tokens) -> int:
    """A model PLACE of a katakana city and 市 before 内 (ロンドン市|内): the listed or UniDic-known city alone."""
    if kind != "PLACE" or end - start < 3 or not CITY_AREA.match(text, end - 1):
        return end
    city = text[start : end - 1]
    if not re.fullmatch(KATA_NAME, city):
        return end
    return end - 1 if is_place_word(text, start, end - 1, gaz, toks) else end


def _suffix_at(toks: Tokens, at: int) -> bool:
    """The token starting at ``at`` is a UniDic suffix (圏 of 首都圏, 都 of 旧都): it ends the word before it."""
    i = bisect_left(toks.starts, at)
    return i < len(toks.starts) and toks.starts[i] == at and toks.tags[i].startswith("接尾辞")


def model_candidates(doc, text: str, gaz: Gazetteer, rules: list[Candidate], toks: Tokens) -> list[Candidate]:
    """The NER spans, less those that cut a bracket, are a piece of a longer known name (安保理 of 国連安保理)
    or are common nouns only (国民生活); a descriptive prefix (首都平壌) is cut off."""
    from pipeline.extractors.names.model import predict

    known = SpanIndex([(c.start, c.end) for c in rules if c.rule in ("gaz", "gazword", "known", "org", "place")])
    typed = {(c.start, c.end): c for c in rules if c.rule in ("gazword", "known", "org", "place", "abbr")}
    inner = SpanIndex(list(typed))
    pieces = {(c.start, c.end) for c in rules if c.rule in TILING_RULES}
    splitters = {(c.start, c.end) for c in rules if c.rule in SPLITTING_RULES}
    places = {c.start for c in rules if c.type == "PLACE" and c.rule in ("gazword", "known")}
    place_spans = {(c.start, c.end) for c in rules if c.type == "PLACE"}
    found = []
    for start, end, kind in _model_pieces(text, predict(doc, text=text)):
        if LOWERCASE_WORD.match(text, start, end):
            continue  # its founding: English words, no name
        end = _before_web_address(text, start, end)
        end = _over_name_suffix(text, start, end, gaz, toks)
        end = _before_city_area(text, start, end, kind, gaz, toks)
        prefix = DESCRIPTOR_PREFIX.match(text, start, end)
        if prefix and prefix.end() < end and prefix.end() in toks.start_set and not _suffix_at(toks, prefix.end()):
            start = prefix.end()  # 首都|平壌 -> 平壌, but 首都|圏 stays whole: 圏 is a suffix, no name
        compass = COMPASS_PREFIX.match(text, start, end)
        if compass and (compass.end(), end) in place_spans:
            start = compass.end()  # 南部|フロリダ州 -> フロリダ州: the part of the country is no name of its own
        country = _company_country(text, start, end, kind, gaz)
        if country:
            # 米|GM, 米|キー・セーフティ・システムズ, and 米ゼネラル・モーターズ read as one body: the letter is
            # the company's country, an abbreviation; the company is the ORG after it.
            found.append(Candidate(start, start + 1, "PLACE", "model", country, abbreviation=True))
            if kind == "PLACE":
                continue
            start += 1
        if kind == "PERSON":
            end = _before_country(text, start, end, places)
            end = _before_title(text, start, end, toks)
        unit = SUBUNIT_TAIL.search(text, start, end)
        if unit and (gaz.lookup(text[start : unit.start()]) or ("",))[0] == "ORG":  # ユネスコ|事務局(長)
            end = unit.start()
        if DELEGATION_INSIDE.search(text[start:end]):
            continue  # ロシア代表団イスタンブル(到着): a headline glues the sender and the place; the rules find both
        troops = TROOPS_TAIL.search(text, start, end)
        if troops and (troops.start() == start or not _known_before(text, start, troops.start(), gaz, typed)):
            continue  # 特殊部隊 alone, コッズ部隊: a unit word or a unit's own name, left to the rules
        end = troops.start() if troops else end
        head = HEAD_TAIL.search(text, start, end)
        end = head.start() if head else end
        start = _after_last_digit(text, start, end, typed)
        end = _before_building(text, start, end, typed)
        division = COURT_DIVISION.search(text, start, end)
        if division:
            end = division.start()
        if COUNT_TAIL.fullmatch(text, start, end) or BOTH_BODIES.search(text, start, end):
            continue  # 四島の帰属, 両国, パキスタン両政府: a count of islands, states or their bodies, no name
        tail = COUNT_TAIL.search(text, start, end)
        if tail and tail.start() > start:  # 国後・択捉両島, 色丹2島, トルコ両国: a count, not part of the name
            end = tail.start()
        start, end = _trimmed(text, start, end, gaz, toks)
        start, end = _between_kanbun_kana(text, start, end)
        end = _place_before_common_nouns(text, start, end, kind, gaz, toks)
        kind, end = _place_before_office(text, start, end, kind, gaz)
        if start >= end or _names_no_entity(text, start, end, kind, toks):
            continue
        if kind != "PERSON" and _loanword_common_nouns(doc, text, toks, start, end, kind, gaz):
            continue  # ボランティア, 武装グループ, コロナウィルス: words of the dictionary, no name
        if kind == "ORG" and OKURIGANA_END.search(text, start, end):
            continue  # 米国立ち寄り: a verb's kana ending closes no body's name
        if kind == "ORG" and _quoted_common_words(text, start, end, gaz, toks):
            continue  # 「NKシグナル」: a column's or a slogan's title in quotes, no body
        if kind == "PERSON" and ORG_HEAD_END.search(text, start, end):
            kind = "ORG"  # ジャンムー・カシミール州政府: a body's head ends no person's name
        parts = _state_part_and_city(text, start, end, kind, gaz)
        if parts:
            found += parts
            continue
        officer = _katakana_officer(text, start, end, gaz, toks)
        if officer:
            found.append(officer)
            continue
        kind = _retyped(text, start, end, kind, toks)
        if kind == "PERSON" and _bare_place_token(text, start, end, toks):
            kind = "PLACE"  # 中近東その他: UniDic's one place word, with no title or honorific a person would have
        if kind == "PERSON":
            end = person_end(toks, text, end)
        if (
            KANJI_LIST.fullmatch(text, start, end)
            or MEETING_END.search(text, start, end)
            or (kind == "ORG" and _cut_before_head(text, end, toks))
            or (kind == "PERSON" and _office_of_a_place(text, start, end, gaz))
            or _tiled(start, end, pieces, text, splitters)
            or known.contains_longer(start, end)
            or known.crosses(start, end)
            or (kind == "PLACE" and _before_title(text, start, end, toks) < end)  # 添田町長: an office
            or common_nouns_only(toks, text, start, end)
            or (kind != "PERSON" and _state_then_common_nouns(text, start, end, gaz, toks))
            or _not_one_name(toks, text, start, end, inner)
            or _group_of_a_place(text, start, end, gaz)
        ):
            continue
        surface = text[start:end]
        if kind != "PERSON" and KANJI_SPACES.search(surface):  # 国交回復秘録 北方領土交渉, 第1請 求: no body's name
            continue
        if surface in TITLE_HEADS or _BRACKETS.search(surface) or not _has_name_letters(toks, surface, start, end):
            continue
        split = (
            _country_then_place(text, start, end, kind, gaz, toks)
            or _place_then_acronym(text, start, end, gaz)
            or _run_of_known_names(text, start, end, gaz)
            or _prefecture_then_town(text, start, end, gaz)
            or _state_then_city(text, start, end, kind, gaz)
        )
        if split:
            found += split
            continue
        entry = gaz.lookup(surface)
        same = typed.get((start, end))
        if same is not None:  # the model's span, the rule's type: ロシア大統領府 is an ORG, 北東アジア a PLACE
            kind, entry = same.type, (same.type, same.canonical or surface)
        elif entry:  # 朝鮮民主主義人民共和国 is a country, not an ORG
            kind = entry[0]
        canonical = entry[1] if entry and entry[0] == kind else None
        title = _title_after(text, end) if kind == "PERSON" else None
        clipped = same is not None and same.abbreviation
        found.append(Candidate(start, end, kind, "model", canonical, title, abbreviation=clipped))
    return found


# A copyright mark before a credit line (ⓒ 中央日報, which NFKC makes "c 中央日報"; (c) 共同通信社).
COPYRIGHT_MARK = re.compile(r"(?:[cCⓒ©]|\([cC]\))[ \u3000]+")
# An ordinal at the end of a span, the start of the office that follows (国防委員会|第1委員長,
# メリニコフ下院|第1副議長): never part of a body's or a person's name.
ORDINAL_TAIL = re.compile(r"第[0-9０-９一二三四五六七八九十]+副?$")
# An ordinal before a listed body's name, the number of a meeting it holds (第3次|国連海洋法会議, 第1回|国連総会):
# the body is the name.  A cabinet's ordinal is part of its name (第2次安倍内閣, heldout13).
ORDINAL_HEAD = re.compile(r"第[0-9０-９一二三四五六七八九十]+[次回期]")


# A delegation a body sends (北朝鮮外務省代表団): the body is the name, its delegation a group of people.
DELEGATION_TAIL = re.compile(r"(?:代表団|使節団|議員団)$")
# A delegation word inside a model span, names on both sides (ロシア代表団イスタンブル到着, a headline without
# particles): the span glues two names, the sender and where the delegation went.
DELEGATION_INSIDE = re.compile(r"(?<=.)(?:代表団|使節団|議員団)(?=.)")
# A term and sitting after an assembly's name (最高人民会議|第14期第6回会議, 第10期第3次会議): the body is the
# name; the session is an event of it.
_NUMERAL = "[0-9０-９一二三四五六七八九十]+"
SESSION_TAIL = re.compile(rf"第{_NUMERAL}期(?:第{_NUMERAL}[回次](?:全員会議|会議|総会)?)?$")
# Two names side by side with a space between, as in a headline (北朝鮮 ロシア外相の訪朝発表): the space parts them
# when kanji stands on one side; katakana words spaced apart are one company's name (ビーム サントリー).
SPACE_BETWEEN = re.compile(rf"(?<=[{KANJI}])[ \u3000]+(?=[{KANJI}{KATA}])|(?<=[{KATA}])[ \u3000]+(?=[{KANJI}])")
# What a text issues or does, not a body or a place: statements, declarations, agreements, strategies, letters,
# programmes (イルクーツク声明, ロシア東方戦略, 緊急エネルギー支援); the names inside are found by the rules.
NOT_BODY_END = re.compile(
    r"(?:声明|宣言|合意|戦略|支援|書簡|構想|計画|演説|談話|政策|外交"
    # an instrument named after a body or a place (国際刑事裁判所ローマ規程, 国連海洋法条約), a budget or a bill
    r"|規程|条約|憲章|協定|議定書|予算|法案)$"
)
# The common noun a model span may begin with before a known place (これまで通り|北朝鮮): UniDic's counter-like and
# adverbial nouns.
_LEAD_TAGS = ("名詞-普通名詞-助数詞可能", "名詞-普通名詞-副詞可能")
# Heads that make a span the model reads as a place a body (朝鮮民主主義人民共和国国防委員会).
BODY_END = re.compile(r"(?:委員会|外務省|国防省|政府|議会|労働党|共産党|評議会|協議会|連盟|内閣府)$")


def _numbered_body(rest: str, gaz: Gazetteer) -> bool:
    """After 第N次 a listed body (第3次|国連) or a deliberative one (第7次|出入国管理政策懇談会) is the name; the
    ordinal numbers its meeting or its term."""
    return (gaz.lookup(rest) or ("",))[0] == "ORG" or ASSEMBLY_SUFFIX.fullmatch(rest) is not None


# Kana endings of kanji-katakana prose (Meiji statutes and treaties: 露西亜帝国ニ属シ, 第一款ニ記セル樺太島): a
# particle or verb ending between two kanji (or closing the span) is no part of a name; names hold a lone katakana
# letter between kanji only as ヶ or ノ (霞ヶ関, 一ノ瀬), which are not in this set.
KANBUN_KANA = re.compile(rf"(?<=[{KANJI}])[ニヲハテシルセリクトス]{{1,3}}(?=[{KANJI}]|$)")


def _between_kanbun_kana(text: str, start: int, end: int) -> tuple[int, int]:
    """The longest piece of the span between KANBUN_KANA endings (露西亜帝国ニ属シ -> 露西亜帝国)."""
    cuts = [m.span() for m in KANBUN_KANA.finditer(text[:end], start)]
    if not cuts:
        return start, end
    bounds = [start, *[edge for cut in cuts for edge in cut], end]
    pieces = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    return max(pieces, key=lambda piece: piece[1] - piece[0])


def _trimmed(text: str, start: int, end: int, gaz: Gazetteer, toks: Tokens) -> tuple[int, int]:
    """A model span without a copyright mark before it, an ordinal after it, or an adverbial noun glued before a
    known place (これまで通り|北朝鮮)."""
    mark = COPYRIGHT_MARK.match(text, start, end)
    if mark and (start == 0 or not text[start - 1].isalnum()):
        start = mark.end()
    ordinal = ORDINAL_TAIL.search(text, start, end)
    if ordinal:
        end = ordinal.start()
    head = ORDINAL_HEAD.match(text, start, end)
    if head and head.end() in toks.start_set and _numbered_body(text[head.end() : end], gaz):
        start = head.end()  # 第3次|国連: a listed body; a cabinet keeps its ordinal (第2次安倍内閣)
    session = SESSION_TAIL.search(text, start, end)
    if session and session.start() > start:
        end = session.start()
    delegation = DELEGATION_TAIL.search(text, start, end)
    if delegation and BODY_END.search(text, start, delegation.start()):
        end = delegation.start()
    covering = toks.covering(start, end)
    if len(covering) >= 2 and toks.starts[covering[0]] == start and toks.tags[covering[0]].startswith(_LEAD_TAGS):
        rest = toks.starts[covering[1]]
        entry = gaz.lookup(text[rest:end])
        if entry and entry[0] == "PLACE":
            start = rest
    return start, end


# What a model PLACE that runs on into common nouns may end with and still name no place: an act or event
# (ウクライナ|侵攻), a statute or a collection of them (朝鮮民主主義人民共和国|タバコ統制法, |主要法令集), a topic
# (日本|関係記事).  Other common nouns after a place make a facility, which is a place (北京国家体育場, 東京支店).
NON_PLACE_TAIL = re.compile(r"(?:侵攻|侵略|侵入|攻撃|併合|占領|情勢|問題|政策|記事|法|法令集|法規集|法規|憲法|条約)$")
# The words after the place: nouns (羅先 of 朝鮮民主主義人民共和国|羅先経済貿易地帯法 too) and noun suffixes, the first
# no suffix (ニューヨーク|州法 is the state's law: 州 makes the place).
_TAIL_TAGS = ("名詞-普通名詞", "名詞-固有名詞", "形状詞", "接尾辞-名詞的")


def _place_before_common_nouns(text: str, start: int, end: int, kind: str, gaz: Gazetteer, toks: Tokens) -> int:
    """A model PLACE that runs a known place into the common nouns after it (ウクライナ|侵攻, 朝鮮民主主義人民共和国|
    タバコ統制法, 日本|関係記事) ends with the place: the nouns name an event, a statute or a topic, not a place."""
    stop = _compound_end(text, end, toks)  # 羅先経済貿易|地帯法: the model may stop inside the compound
    covering = list(toks.covering(start, stop))
    if kind != "PLACE" or len(covering) < 2 or toks.starts[covering[0]] != start:
        return end
    if not NON_PLACE_TAIL.search(text, start, stop):  # a facility (北京国家体育場) is a place
        return end
    for k in range(len(covering) - 1, 0, -1):  # the longest known place first
        cut = toks.ends[covering[k - 1]]
        entry = gaz.lookup(text[start:cut])
        if not entry or entry[0] != "PLACE":
            continue
        rest = [toks.tags[i] for i in covering[k:]]
        nouns = rest[0].startswith(_TAIL_TAGS[:3]) and all(tag.startswith(_TAIL_TAGS) for tag in rest)
        return cut if nouns else end
    return end


def _compound_end(text: str, end: int, toks: Tokens) -> int:
    """Where the kanji noun compound a span ends in really ends: over the common nouns and noun suffixes glued
    after it (…貿易|地帯|法), so that what the compound names is judged whole."""
    i = bisect_left(toks.starts, end)
    while (
        i < len(toks.starts)
        and toks.starts[i] == end
        and toks.tags[i].startswith(_TAIL_TAGS[0::3])
        and re.fullmatch(rf"[{KANJI}]+", text[end : toks.ends[i]])
    ):
        end = toks.ends[i]
        i += 1
    return end


def _quoted_common_words(text: str, start: int, end: int, gaz: Gazetteer, toks: Tokens) -> bool:
    """A span that fills a pair of 「」 and is UniDic common nouns only, with no body's head and no listed name
    (「NKシグナル」, 「ニュースの窓」): the title of a column, a programme or a slogan; a body quoted so has a head
    or a proper noun (「アフリカ民族会議」, 「朝鮮中央通信」)."""
    if not (start and text[start - 1] == "「" and text.startswith("」", end)) or gaz.lookup(text[start:end]):
        return False
    covering = toks.covering(start, end)
    if not covering or text[toks.starts[covering[-1]] : end] in _HEAD_WORDS:
        return False
    return all(toks.tags[i].startswith("名詞-普通名詞") for i in covering) and not ORG_HEAD_END.search(text, start, end)


# UniDic's lemma of a word borrowed from a European language carries its source word (ボランティア-volunteer,
# ウイルス-virus, デジタル-digital); an unknown katakana name (ヴェドモスティ) has none.
LOANWORD_LEMMA = re.compile(r"-[a-zA-Z]")
# Two katakana words joined by a middle dot: a transcribed foreign name (ゼネラル・モーターズ).
KATA_DOT = re.compile(rf"[{KATA}]・[{KATA}]")
# The most words such a phrase of common nouns holds (武装|グループ); longer runs are names of labs or projects.
_MAX_PHRASE = 2
# Tokens that neither make nor unmake a common-noun phrase (化 of デジタル化, the ・ of a list).
_NEUTRAL_TAGS = ("補助記号", "接尾辞")


def _loanword_common_nouns(doc, text: str, toks: Tokens, start: int, end: int, kind: str, gaz: Gazetteer) -> bool:
    """A body or place the model reads in one or two UniDic common nouns, one of them a loanword the dictionary
    knows (ボランティア, 武装|グループ, デジタル化・ネットワーク): a phrase of the language, no name.
    Longer spans (先端研創発戦略研究オープンラボ), a suffix at the end (グリン|ドラ|党), a listed word
    (NHK|ニュース) or, for a place, a kanji word (南海|トラフ) leave a name."""
    covering = toks.covering(start, end)
    words = [i for i in covering if not toks.tags[i].startswith(_NEUTRAL_TAGS)]
    if not words or len(words) > _MAX_PHRASE or toks.tags[covering[-1]].startswith("接尾辞"):
        return False
    if KATA_DOT.search(text, start, end) or ORG_HEAD_END.search(text, start, end):
        return False  # ゼネラル・モーターズ: dotted katakana words transcribe a foreign name
    pieces = [text[toks.starts[i] : toks.ends[i]] for i in words]
    if gaz.lookup(text[start:end]) or any(gaz.lookup(piece) for piece in pieces):
        return False
    if kind == "PLACE" and any(re.search(rf"[{KANJI}]", piece) for piece in pieces):
        return False
    if len(words) > 1 and all(re.fullmatch(rf"[{KATA}]+", piece) for piece in pieces):
        return False  # ソフト|バンク, a katakana compound glued into one word: a brand's coinage
    common = all(toks.tags[i].startswith("名詞-普通名詞") for i in words)
    return common and any(_katakana_loanword(doc, text, toks, i) for i in words)


def _katakana_loanword(doc, text: str, toks: Tokens, i: int) -> bool:
    """A loanword the dictionary knows, written in katakana (not 硝子-glass of 旭硝子, a kanji spelling)."""
    return bool(LOANWORD_LEMMA.search(doc[i].lemma_)) and bool(
        re.fullmatch(rf"[{KATA}]+", text[toks.starts[i] : toks.ends[i]])
    )


def _names_no_entity(text: str, start: int, end: int, kind: str, toks: Tokens) -> bool:
    """Spans that are no name: two names across a space (not a person's 姓 名), a statement or a strategy,
    a session of an assembly (a span that is only an ordinal, 第1, is already cut to nothing by ``_trimmed``)."""
    if kind != "PERSON" and SPACE_BETWEEN.search(text, start, end):
        return True
    return NOT_BODY_END.search(text, start, end) is not None or SESSION.fullmatch(text, start, end) is not None


# A katakana name and an office of the lexicon, read by the model as one body (グロムイコ代表, ソ連の代表): the
# person and the title.
KATA_OFFICER = re.compile(rf"(?P<name>{KATA_NAME})(?P<title>{TITLE_HEAD}|代表)")


def _katakana_officer(text: str, start: int, end: int, gaz: Gazetteer, toks: Tokens) -> Candidate | None:
    """A katakana name that is no place (not イングランド of イングランド代表: listed, or a UniDic place token) and
    the office after it, or a katakana name followed by a listed body in which the office is held
    (イワン・メリニコフ|下院第1副議長)."""
    match = KATA_OFFICER.fullmatch(text, start, end)
    listed = match and gaz.lookup(match.group("name"))
    if match and not listed and not is_place_word(text, start, match.end("name"), gaz, toks):
        return Candidate(start, match.end("name"), "PERSON", "model", title=match.group("title"))
    name = re.match(KATA_NAME, text[start:end])
    if not name or name.end() == end - start or "・" not in name.group() or gaz.lookup(name.group()):
        return None
    body_end = next((n for n in range(end, start + name.end(), -1) if gaz.lookup(text[start + name.end() : n])), None)
    if body_end is None or gaz.lookup(text[start + name.end() : body_end])[0] != "ORG":
        return None
    office = WHOLE_TITLE.match(text, end)
    title = text[start + name.end() : office.end()] if office else None
    return Candidate(start, start + name.end(), "PERSON", "model", title=title)


# A party's prefectural federation (高知県連, 東京都連, 大阪府連, 北海道連): a body, not the prefecture.
PARTY_CHAPTER = re.compile(r"[\u3400-\u9fff]{1,3}(?:県|都|府|道)連")


def _retyped(text: str, start: int, end: int, kind: str, toks: Tokens) -> str:
    """A span the model calls a place that ends on a body's head is that body (…共和国国防委員会); a place token
    the model calls a body before an office a place holds (広島|知事) is the place."""
    if kind == "PLACE" and (BODY_END.search(text, start, end) or PARTY_CHAPTER.fullmatch(text, start, end)):
        return "ORG"
    covering = toks.covering(start, end)
    one_place = len(covering) == 1 and "地名" in toks.tags[covering[0]]
    if kind != "PLACE" and one_place and text.startswith(tuple(HEAD_OF_PLACE), end):  # 広島|知事選挙
        return "PLACE"
    return kind


# What follows a person's name and not a place's: an honorific or a title (大畠|大臣, 菅|氏).
_PERSON_NEXT = re.compile(r"さん|同志|君|様")


def _bare_place_token(text: str, start: int, end: int, toks: Tokens) -> bool:
    """The span is one UniDic place token (中近東, not a surname: UniDic tags those 人名) with no title or honorific
    after it."""
    covering = toks.covering(start, end)
    one = len(covering) == 1 and toks.starts[covering[0]] == start and toks.ends[covering[0]] == end
    if not (one and "固有名詞-地名" in toks.tags[covering[0]]):
        return False
    return _title_after(text, end) is None and not _PERSON_NEXT.match(text, end) and not TITLE_HEAD_AT.match(text, end)


# A note or list number before a name (3 松本俊一/著; at a line start also glued: 1東京入国管理局主任審査官 in a
# PDF's numbered paragraph): never part of the name.
LEADING_NUMBER = re.compile(r"[0-9０-９]+[ \u3000]+|(?<![^\n])[0-9０-９]+(?=[\u3400-\u9fffァ-ヺ])")
# A slash separates an author from its role (松本俊一/著) and an agency from a photographer
# (ロイター/Rodrigo Garrido): no name runs across it.
SLASH = re.compile(r"[/／]")
# The role after an author's name in a book list (松本俊一/著, 佐藤優(解説)/著): the name is a person's (a listed
# body keeps its own type).
AUTHOR_ROLE = re.compile(r"(?:\([^()\n]{1,6}\))?[/／](?:著|編著|編|訳|監修|監訳)")


def _model_pieces(text: str, spans) -> list[tuple[int, int, str]]:
    """The model's spans without outer spaces or a leading list number, cut at slashes."""
    pieces = []
    for start, end, kind in spans:
        number = LEADING_NUMBER.match(text, start, end)
        cuts = [start + (number.end() - start if number else 0)]
        cuts += [m.start() for m in SLASH.finditer(text, cuts[0], end)] + [end]
        for left, right in pairwise(cuts):
            if left != cuts[0]:
                left += 1  # after the slash
            while left < right and (text[left].isspace() or text[left] in EDGE_PUNCTUATION):
                left += 1
            # 山口 亮\n: the model takes the line break; 大阪府連、: the comma after a name
            while right > left and (text[right - 1].isspace() or text[right - 1] in EDGE_PUNCTUATION):
                right -= 1
            if right > left:
                pieces.append((left, right, "PERSON" if AUTHOR_ROLE.match(text, right) else kind))
    return pieces


# Punctuation that ends or parts a clause, never the edge of a name (大阪府連、 is 大阪府連); a full stop stays: Latin
# abbreviations end on it (Co., U.S.).
EDGE_PUNCTUATION = frozenset("、。,，:：;；!！?？")
# A lowercase Latin word at a span's start (its founding, the agreement): English prose, no name; a name in Latin
# letters starts with a capital (United Nations), or mixes cases within its first word (iPhone, eBay).
LOWERCASE_WORD = re.compile(r"[a-z]+(?![A-Za-z])")


# A name written in hiragana alone (the pen name やなせ, the role すみれ): two kana or more.
HIRAGANA_NAME = re.compile(r"[ぁ-ゖー]{2,}")


def _after_last_digit(text: str, start: int, end: int, typed: dict) -> int:
    """A span that runs from a number into a body the rules name (H18. 3.17|東京地方裁判所): the body alone."""
    digits = [m.end() for m in re.finditer(r"[0-9０-９]", text[start:end])]
    if digits and (start + digits[-1], end) in typed:
        return start + digits[-1]
    return start


# A building, floor or room after a body (防衛省A棟10階会見室, 外務省2号館): where the body is, not its name.
BUILDING_AFTER = re.compile(r"[A-ZＡ-Ｚ0-9０-９]{1,3}(?:棟|号館|号棟|階)")


def _before_building(text: str, start: int, end: int, typed: dict) -> int:
    """A span that runs from a body the rules name into a building or floor of it: the body alone."""
    for cut in range(end - 1, start, -1):
        body = typed.get((start, cut))
        if body is not None and body.type == "ORG" and BUILDING_AFTER.match(text, cut, end):
            return cut
    return end


def _has_name_letters(toks: Tokens, surface: str, start: int, end: int) -> bool:
    """A model span needs a kanji, katakana or Latin letter, or is all hiragana and all nouns (the pen name
    たけし); particles and endings alone (のは) are no name."""
    if re.search(rf"[{KANJI}{KATA}{LETTERS}]", surface):
        return True
    covering = toks.covering(start, end)
    return (
        HIRAGANA_NAME.fullmatch(surface) is not None
        and bool(covering)
        and all(toks.tags[i].startswith("名詞") for i in covering)
    )


def _country_then_place(text: str, start: int, end: int, kind: str, gaz: Gazetteer, toks: Tokens) -> list[Candidate]:
    """A country, then a place in it, read by the model as one span: two places in news usage
    (米国|キャンプ・デービッド, ブラジル・|リオデジャネイロ, ロシア|沿海地方).  A region listed with its country
    stays whole (ロシア極東|ウラジオストク).  The place after the country is listed, one UniDic place token,
    or, in a span the model calls a place, a katakana name."""
    cut = _state_prefix_end(text, start, end, gaz)
    if cut is None or not (cut in toks.start_set or text[cut] == "・"):
        return []
    rest = cut + (text[cut] == "・")
    surface, entry = text[rest:end], gaz.lookup(text[rest:end])
    if not surface or surface.startswith(REGIONAL_HEADS):
        return []
    covering = toks.covering(rest, end)
    one_place = len(covering) == 1 and "固有名詞-地名" in toks.tags[covering[0]] and toks.starts[covering[0]] == rest
    katakana = kind == "PLACE" and re.fullmatch(KATA_NAME, surface) is not None
    if not ((entry and entry[0] == "PLACE") or one_place or katakana):
        return []
    country = gaz.lookup(text[start:cut])
    return [
        Candidate(start, cut, "PLACE", "model", country[1] if country else None),
        Candidate(rest, end, "PLACE", "model", entry[1] if entry and entry[0] == "PLACE" else None),
    ]


# A body's acronym at the end of a span (チリAPEC, 東京G20 are not: G20 is no body here).
LATIN_ACRONYM_END = re.compile(r"[A-Z]{2,}$")


def _place_then_acronym(text: str, start: int, end: int, gaz: Gazetteer) -> list[Candidate]:
    """A listed place, then a listed body in Latin capitals (チリAPEC, the APEC meeting in Chile): two names."""
    tail = LATIN_ACRONYM_END.search(text, start, end)
    if tail is None or tail.start() == start:
        return []
    place, body = gaz.lookup(text[start : tail.start()]), gaz.lookup(tail.group())
    if not (place and place[0] == "PLACE" and body and body[0] == "ORG"):
        return []
    return [
        Candidate(start, tail.start(), "PLACE", "model", place[1]),
        Candidate(tail.start(), end, "ORG", "model", body[1]),
    ]


# Latin words left at the end of a span whose parentheses were lost (英国Great Britain): a gloss, no name.
LATIN_WORDS_TAIL = re.compile(r"[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*$")
_MIN_PIECE = 2


def _run_of_known_names(text: str, start: int, end: int, gaz: Gazetteer) -> list[Candidate]:
    """Listed names run together in one span, where a web copy lost the links or parentheses between
    them (イギリス欧州連合, ギリシャユーロ圏, 英国欧州連合EU): one mention each.  A piece with the same
    canonical as the one before it was that one's gloss (欧州連合EU); Latin words at the end too.
    A span that is itself listed, or whose last piece is a state's body (ロシア外務省), stays whole."""
    if gaz.lookup(text[start:end]):
        return []
    tail = LATIN_WORDS_TAIL.search(text, start, end)
    pieces = _known_pieces(text, start, end, gaz) or (tail and _known_pieces(text, start, tail.start(), gaz))
    if (
        not pieces
        or (len(pieces) < 2 and not tail)
        or not all(_may_follow(a, b, text, gaz) for a, b in pairwise(pieces))
    ):
        return []
    found: list[Candidate] = []
    for piece_start, piece_end, (kind, canonical) in pieces:
        if found and found[-1].canonical == canonical:
            continue
        found.append(Candidate(piece_start, piece_end, kind, "model", canonical))
    return found


# A foreign state written with 州, then a city in it (インディアナ州|インディアナポリス, カリフォルニア州|ロサンゼルス):
# an address, two places.
STATE_THEN_CITY = re.compile(rf"(?P<state>[{KATA}]{{2,}}州)・?(?P<city>{KATA_NAME})")


def _state_then_city(text: str, start: int, end: int, kind: str, gaz: Gazetteer) -> list[Candidate]:
    """A model PLACE over a katakana state with 州 and a katakana city after it: the state and the city."""
    match = STATE_THEN_CITY.fullmatch(text, start, end) if kind == "PLACE" else None
    if match is None:
        return []
    state, city = gaz.lookup(match.group("state")), gaz.lookup(match.group("city"))
    return [
        Candidate(start, match.end("state"), "PLACE", "model", state[1] if state else None),
        Candidate(match.start("city"), end, "PLACE", "model", city[1] if city else None),
    ]


def _prefecture_then_town(text: str, start: int, end: int, gaz: Gazetteer) -> list[Candidate]:
    """神奈川県横浜市 read by the model as one span: the listed prefecture and its municipality, two places."""
    match = PREFECTURE_TOWN.fullmatch(text, start, end)
    entry = match and gaz.lookup(match.group("prefecture"))
    if not (match and entry and entry[0] == "PLACE"):
        return []
    return [
        Candidate(start, match.end("prefecture"), "PLACE", "model", entry[1]),
        Candidate(match.start("town"), end, "PLACE", "model", None),
    ]


def _may_follow(first: tuple, second: tuple, text: str, gaz: Gazetteer) -> bool:
    """Two listed names that stay two: not a state's region (ロシア|極東) and not a state's own body (ロシア|外務省,
    北朝鮮|最高人民会議); a body named after a region is nobody's own (英国|欧州連合, 中国|東南アジア諸国連合)."""
    surface = text[second[0] : second[1]]
    if surface.startswith(REGIONAL_HEADS) or (STATE_BODY_END.search(surface) and first[2][0] != "ORG"):
        return False  # a body after a body stays two (衆議院参議院: a web copy lost the ・ between them)
    if second[2][0] != "ORG" or not gaz.is_state(text[first[0] : first[1]]):
        return True
    return any((gaz.lookup(surface[:n]) or ("",))[0] == "PLACE" for n in range(_MIN_PIECE, len(surface)))


def _known_pieces(text: str, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int, tuple[str, str]]]:
    """[start, end) cut into listed names of two or more characters, longest first from the left; [] when
    some part is no listed name."""
    pieces = []
    at = start
    while at < end:
        for stop in range(min(end, at + gaz.longest.get(text[at], 0)), at + _MIN_PIECE - 1, -1):
            entry = gaz.lookup(text[at:stop])
            if entry:
                pieces.append((at, stop, entry))
                at = stop
                break
        else:
            return []
    return pieces


# A compass part right after a continent or a country, before the place named in it (アフリカ中部|ガボン).
COMPASS_HEAD = re.compile(COMPASS)


def _state_prefix_end(text: str, start: int, end: int, gaz: Gazetteer) -> int | None:
    """End of the longest listed place that starts the span and is a state or begins with one, with the
    region of the state that may follow it (ロシア極東, 米東部)."""
    for n in range(min(end - start - 1, gaz.max_len), 1, -1):
        prefix = text[start : start + n]
        entry = gaz.lookup(prefix)
        if (
            entry
            and entry[0] == "PLACE"
            and (prefix in CONTINENTS or any(gaz.is_state(prefix[:k]) for k in range(2, n + 1)))
        ):
            cut = start + n
            head = next((h for h in REGIONAL_HEADS if text.startswith(h, cut) and cut + len(h) < end), "")
            compass = COMPASS_HEAD.match(text, cut, end - 1) if not head else None  # アフリカ中西部|ニジェール
            return cut + len(compass.group() if compass else head)
    return None


# Groups named by what their members are (記者団 "the press corps", 代表団 "a delegation"): common nouns
# that end on the body head 団, never a body's name (劇団青年団 and バレエ団 are names).
_GROUP_NOUNS = frozenset(
    ["記者団", "代表団", "使節団", "視察団", "調査団", "取材団", "訪問団", "応援団", "選手団", "交渉団", "特使団"]
)


_TEAMS = frozenset({"選手団", "応援団"})


def _group_of_a_place(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """記者団, or an envoys' group named after where it comes from (韓国特使団): the place is the mention.
    A team (スペイン選手団) is a body of its own, as Wikipedia annotates it."""
    surface = text[start:end]
    group = next((g for g in _GROUP_NOUNS if surface.endswith(g)), None)
    if group is None or (surface != group and group in _TEAMS):
        return False
    rest = surface[: -len(group)]
    entry = gaz.lookup(rest) if rest else None
    return not rest or (entry is not None and entry[0] == "PLACE")


# Rules whose spans, side by side, make a model span that joins them no name of its own when one of them is
# a country's letter or a person (米|フロリダ州, 富田和弘|岐阜県揖斐川).  Places joined to places stay one
# mention, as the Wikipedia gold has them (東京都千代田区, アメリカ・サンフランシスコ).
TILING_RULES = frozenset({"gaz", "gazword", "known", "org", "place", "abbr", "tag", "person", "office"})
SPLITTING_RULES = frozenset({"abbr", "person", "office"})


def _before_title(text: str, start: int, end: int, toks: Tokens) -> int:
    """Where a person's name ends when the model took a title of the lexicon into it (金正恩第一書記): the
    title goes to ``mentions.title`` (found after the name), never into the name.  A place span with a
    title in it (福岡県添田町長) names an office: dropped, the rules give its places."""
    for i in toks.covering(start, end):
        at = toks.starts[i]
        if at > start and WHOLE_TITLE.fullmatch(text, at, end):
            return at
    return end


TITLE_HEAD_AT = re.compile(TITLE_HEAD)
# A representative's office after a person's name (グロムイコ代表, 李在明代表): 代表 is a title there, though not in the
# lexicon, where it would make 日本代表 (a team) a person.
REPRESENTATIVE = re.compile("代表")


def _title_after(text: str, end: int) -> str | None:
    """The title of the lexicon right after a name the model found (楊潔チ氏: 氏), when a word ends there."""
    match = WHOLE_TITLE.match(text, end) or REPRESENTATIVE.match(text, end)
    return match.group() if match and not re.match(rf"[{KANJI}{KATA}]", text[match.end() : match.end() + 1]) else None


def _cut_before_head(text: str, end: int, toks: Tokens) -> bool:
    """中国共産党中央政治|局員: the model ends a body's name before the member word of its head (局員, 部員), so
    its span is no whole name; a span that ends on a head (日本医師会|会員) is whole."""
    if end not in toks.start_set or text[end - 1 : end] in BODY_SUFFIX_TOKENS:
        return False
    k = bisect_left(toks.starts, end)
    word = text[toks.starts[k] : toks.ends[k]]
    return len(word) == 2 and word[0] in BODY_SUFFIX_TOKENS and word[1] == "員"


def _office_of_a_place(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """ロシア外相 with no name after it: a place and an office, no person (the place is found by the gazetteer)."""
    for n in range(1, end - start):
        entry = gaz.lookup(text[start : start + n]) or (
            ("PLACE", gaz.abbreviations[text[start]]) if n == 1 and text[start] in gaz.abbreviations else None
        )
        if entry and entry[0] == "PLACE" and WHOLE_TITLE.fullmatch(text, start + n, end):
            return True
    return False


def _before_country(text: str, start: int, end: int, places: set[int]) -> int:
    """グエン・スアン・フック・ベトナム社会主義共和国(首相): the person's name ends before the ・ that
    joins the country of the office."""
    dot = text.find("・", start, end)
    while dot >= 0:
        if dot + 1 in places and dot > start:
            return dot
        dot = text.find("・", dot + 1, end)
    return end


def _tiled(start: int, end: int, pieces: set[tuple[int, int]], text: str, splitters: set[tuple[int, int]]) -> bool:
    """[start, end) is two or more rule spans end to end (at most a ・ between them), one of them a splitter."""
    count, pos, split = 0, start, False
    while pos < end:
        nxt = max((e for s, e in pieces if s == pos and e <= end), default=None)
        if nxt is None:
            if text[pos] == "・" and count:
                pos += 1
                continue
            return False
        split = split or (pos, nxt) in splitters
        count, pos = count + 1, nxt
    return count >= 2 and split


# Parts of speech a name never starts or ends with (直ちに軍事: an adverb).
_NOT_NAME_EDGE = ("副詞", "助詞", "助動詞", "動詞", "形容詞", "接続詞", "連体詞")


def _not_one_name(toks: Tokens, text: str, start: int, end: int, inner: SpanIndex) -> bool:
    """A model span that starts or ends on a function word, or joins names the rules know with の or
    ・ (ロシア極東のボストチヌイ宇宙基地, ベトナム・ハノイ): the rules give each name by itself."""
    covering = toks.covering(start, end)
    if not covering:
        return False
    whole_katakana = re.fullmatch(rf"[{KATA}]+", text[start:end]) and katakana_run(text, start, end) == (start, end)
    if len(covering) > 1 and whole_katakana and not toks.tags[covering[-1]].startswith(_NOT_NAME_EDGE):
        return False  # a whole katakana word UniDic cut after a particle's letter (ノ|ジマ): the model's one name
    if toks.tags[covering[0]].startswith(_NOT_NAME_EDGE) or toks.tags[covering[-1]].startswith(_NOT_NAME_EDGE):
        return True
    joints = [i for i in covering if text[toks.starts[i] : toks.ends[i]] in ("の", "・", "=", "＝")]
    return bool(joints) and all(
        inner.contains_longer(toks.starts[i], toks.ends[i]) is False
        and inner.overlaps(start, toks.starts[i])
        and inner.overlaps(toks.ends[i], end)
        for i in joints
    )


# What follows a state in a compound that names a thing of that state, never a body: a registry or nationality
# (北朝鮮|籍, 日本|籍|船舶) first, or goods, vessels and measures last (北朝鮮|特定|貨物, 対北朝鮮|輸出入|禁止|措置).
# Companies and teams with common nouns (日本|通運, スリランカ|航空, アメリカ|代表) stay bodies.
_REGISTRY_FIRST = frozenset({"籍", "船籍", "国籍"})
_THING_LAST = frozenset({"措置", "制裁", "禁止", "規制", "貨物", "船舶", "物資"})


def _state_then_common_nouns(text: str, start: int, end: int, gaz: Gazetteer, toks: Tokens) -> bool:
    """A listed state, then common nouns that name its registry, goods or measures (北朝鮮|特定|貨物,
    日本|籍|船舶): a thing of that state, not a body; the state alone is the mention."""
    for cut in range(start + 2, min(end, start + gaz.max_len + 1)):
        if not (cut in toks.start_set and gaz.is_state(text[start:cut])):
            continue
        covering = toks.covering(cut, end)
        if not covering or not re.fullmatch(rf"[{KANJI}]+", text[cut:end]):
            return False
        words = [text[toks.starts[i] : toks.ends[i]] for i in covering]
        nouns = all(toks.tags[i].startswith(("名詞-普通名詞", "接尾辞-名詞的")) for i in covering)
        return nouns and (words[0] in _REGISTRY_FIRST or words[-1] in _THING_LAST)
    return False
