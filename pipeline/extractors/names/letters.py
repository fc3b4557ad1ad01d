"""Countries abbreviated to one letter: 朝ロ, 韓米日, 日・モンテネグロ, 対米, 北.

Runs of one-letter country abbreviations are split into one PLACE per letter unless the run opens a word
(``米加工``, ``日ソ連``) or a joint body's name (``日米合同委員会``); a letter before a named body or an acronym
(``米ホワイトハウス``, ``露外務省``, ``日EU首脳協議``), after 対 "against", paired with a full country name,
and North Korea as 北 in a document that names it in full.
"""

from __future__ import annotations

import re
from itertools import pairwise

from pipeline.extractors.names.gazetteer import Gazetteer
from pipeline.extractors.names.vocab import KANJI, KATA, Candidate, Tokens, known_prefix

# Runs of one-letter country abbreviations: 朝ロ, 韓米日, 米日 (not inside a longer word, not before katakana:
# 米ロシア, 日韓クラブチャンピオンシップ); the pairs with Europe also before a katakana noun (欧米メディア).
ABBREV_RUN = re.compile(
    r"(?:(?<=年)|(?<![\u3400-\u9fff々0-9ァ-ヺー]))(?:[朝ロ露韓米日中英仏独印豪台欧加ソ]{2,4}(?![ァ-ヺー])|欧米|米欧|日欧)"
)  # also right after a year (2024年日米首脳会談, 本年日加両国)
# A run whose last letter starts a common word is no run: 米加工 (rice processing), 日加盟, 日ソ連 (Japan and
# the ソ連). 加 (Canada) and ソ (the Soviet Union) are letters of 加工/加盟/加速 and of ソ連.
RUN_INTO_WORD = re.compile(r"加[盟工速入算熱味減担害筆護重圧持湿齢]|ソ連")
# A run that opens a joint body's name is part of that name (日米合同委員会, 日米安全保障協議委員会, 日韓議員連盟):
# the body is one ORG, its letters no mentions of their own.
JOINT_BODY = re.compile(rf"[{KANJI}]{{2,10}}?(?:委員会|議員連盟|連盟|協会|協議会|評議会)")
# Letters of a region in such runs (欧米 "Europe and America", 日欧): no state, so not in the gazetteer's ISO letters.
REGION_LETTERS = {"欧": "欧州"}
# 日中 / 中日 also mean "daytime"/"China-Japan", and 朝日 "the morning sun" (朝日新聞, 朝日会館); only as
# countries before these words (朝日首脳会談). 中米 is Central America in Japanese press (蔡英文総統が中米訪問),
# China and the US (米中 is the usual order) only before such words (中米関係).
_AMBIGUOUS_PAIR = {"日中", "中日", "朝日", "中米"}
_PAIR_CONTEXT = re.compile(r"関係|首脳|会談|外相|間|両国|両政府|戦略|韓|友好|平和|国交|共同|(?:防衛|国防|財務|経済)相")
# North Korea as one letter, in the Korean and Japanese press (「北のいかなる挑発」, 北の核): a whole
# word before a particle, only in a document that names North Korea in full; not a direction (線の北の地域,
# 北の方, 北側).
NORTH_SHORT = re.compile(rf"(?<![{KANJI}の])北(?=の|が|は|を|との)(?!の方|の海|の空|の端)")
_NORTH_KOREA = ("北朝鮮", "北韓", "朝鮮民主主義人民共和国")


# A run of the katakana letters alone (ソロ, ロソ): every real run has a kanji letter (日ソ, 米ソ, 中ロ, 朝ロ).
KATAKANA_LETTERS = re.compile(rf"[{KATA}]+")


def _one_verbal_noun(toks: Tokens, start: int, end: int) -> bool:
    """The run is one UniDic token that is a verbal noun (印加 "applying", tagged サ変可能): a word; the
    country pairs UniDic knows as one token (日米, 米中, 日ソ) are tagged 普通名詞-一般."""
    covering = toks.covering(start, end)
    return (
        len(covering) == 1
        and toks.starts[covering[0]] == start
        and toks.ends[covering[0]] == end
        and toks.tags[covering[0]] == "名詞-普通名詞-サ変可能"
    )


def country_letter_runs(text: str, gaz: Gazetteer, toks: Tokens) -> list[Candidate]:
    """朝ロ, 韓米日: each letter a PLACE mention of its country."""
    found = []
    runs = list(ABBREV_RUN.finditer(text))
    glosses = {b.span() for a, b in pairwise(runs) if _glosses_pair(text, a, b)}
    for match in runs:
        letters = match.group()
        if len(set(letters)) != len(letters) or match.span() in glosses:
            continue
        if letters in _AMBIGUOUS_PAIR and not _PAIR_CONTEXT.match(text, match.end()):
            continue
        joint = JOINT_BODY.match(text, match.end())
        if RUN_INTO_WORD.match(text, match.end() - 1) or (joint and joint.end() in toks.end_set):
            continue
        if KATAKANA_LETTERS.fullmatch(letters) or _one_verbal_noun(toks, match.start(), match.end()):
            continue  # ソロ "solo" (ソ|ロ), 印加 "applying a voltage" (印|加): a word, not a run of countries
        letters = letters[: _run_end(match, toks) - match.start()]
        for i, letter in enumerate(letters):
            pos = match.start() + i
            country = gaz.abbreviations.get(letter) or REGION_LETTERS[letter]
            found.append(Candidate(pos, pos + 1, "PLACE", "abbr", country, abbreviation=True))
    found += _single_abbreviations(text, gaz)
    found += _india_pakistan(text, gaz)
    found += _letters_before_named_bodies(text, gaz, toks)
    found += _letters_before_acronyms(text, gaz)
    found += _paired_with_country(text, gaz)
    found += _north_korea_short(text)
    for match in LETTER_CHAMBER.finditer(text):
        canonical = gaz.abbreviations[match.group("letter")] + full_organ(match.group("head"))
        found.append(Candidate(match.start(), match.end(), "ORG", "abbr", canonical))
    for match in ABBREV_ORG.finditer(text):
        canonical = gaz.abbreviations[match.group("letter")] + match.group("head")
        if match.group("unit"):
            canonical = match.group()
        found.append(Candidate(match.start(), match.end(), "ORG", "abbr", canonical))
    return found


# 印パ, the press's pair for India and Pakistan (印パが停戦順守で合意, 印パ戦争): パ is Pakistan's letter only right
# after 印 and before no more katakana, so it stays out of the kanji letter runs.
INDIA_PAKISTAN = re.compile(rf"(?<![{KANJI}{KATA}])印パ(?![{KATA}])")


def _india_pakistan(text: str, gaz: Gazetteer) -> list[Candidate]:
    """印パ: 印 a mention of India, パ of Pakistan, both abbreviations."""
    found = []
    for match in INDIA_PAKISTAN.finditer(text):
        at = match.start()
        for pos, country in ((at, gaz.abbreviations["印"]), (at + 1, "パキスタン")):
            found.append(Candidate(pos, pos + 1, "PLACE", "abbr", country, abbreviation=True))
    return found


def _run_end(match: re.Match, toks: Tokens) -> int:
    """Where a run of letters ends: before a last letter that starts a longer word (日ソ|中立条約: 中立 is
    "neutrality", not China)."""
    end = match.end()
    last = toks.covering(end - 1, end)
    if end - match.start() > 2 and last and toks.starts[last[0]] == end - 1 and toks.ends[last[0]] > end:
        return end - 1
    return end


def _glosses_pair(text: str, run: re.Match, paren: re.Match) -> bool:
    """朝米(米朝): the parenthesis gives the same countries in the reader's order, a gloss, not new mentions."""
    return (
        paren.start() == run.end() + 1
        and text.startswith(("(", "（"), run.end())
        and text.startswith((")", "）"), paren.end())
        and sorted(run.group()) == sorted(paren.group())
    )


def _north_korea_short(text: str) -> list[Candidate]:
    """北 for North Korea (北の挑発) where the document names North Korea in full elsewhere."""
    if not any(name in text for name in _NORTH_KOREA):
        return []
    return [
        Candidate(m.start(), m.end(), "PLACE", "abbr", "北朝鮮", abbreviation=True) for m in NORTH_SHORT.finditer(text)
    ]


# One abbreviation letter + a ministry or government: 露外務省 -> ロシア外務省.
ABBREV_ORG = re.compile(
    r"(?<![\u3400-\u9fff々ァ-ヺー])(?P<letter>[朝ロ露韓米日中英仏独印豪台])(?P<head>外務省|国防省|国務省|外交部|国防部|大統領府|政府)"
    # a named unit of the ministry, one body as written: 米国防省教育部 (DoDEA), 米国務省情報調査局
    r"(?P<unit>(?![内外全一幹本]部)[\u4e00-\u9fff]{1,5}?(?:部|局|庁)(?![\u3400-\u9fff々]))?"
)


# One abbreviation letter directly before a known city: 米ニューヨーク.
SINGLE_ABBREV = re.compile(
    r"(?<![\u3400-\u9fff々ァ-ヺー])(?P<letter>[朝ロ露韓米日中英仏独印豪台])(?=[ァ-ヺ\u4e00-\u9fff])"
)


# What may follow a lone abbreviation letter and make it a country: a state or city in katakana
# (米フロリダ州, 米カリフォルニア州), an office of its state (米大統領就任式, 米政府) or a paper (英紙, 米誌).
_AFTER_SINGLE = re.compile(
    rf"[{KATA}]{{2,}}(?:州|市|島)|大統領|副大統領|国務長官|国防長官|政府|首相|外相|[紙誌](?![{KANJI}])"
    # a katakana leader's name and office or government: 米トランプ政権, 米バイデン大統領
    rf"|[{KATA}]{{2,}}(?:・[{KATA}]{{2,}})*(?:政権|大統領|首相)"
)  # 英紙, 米誌: a paper of that country


# A letter joined by ・ to a country in a bilateral meeting or relation: 日・モンテネグロ首脳会談, 日・イラン外相会談.
DOT_PAIR = re.compile(
    rf"(?<![{KANJI}{KATA}・])(?P<letter>[朝ロ露韓米日中英仏独印豪台])・(?P<country>[{KATA}]{{2,}}|[{KANJI}]{{1,4}}?)"
    r"(?=首脳|外相|首相|会談|関係|間|友好|国交|共同|(?:防衛|国防|財務|経済)相)"
    # or a katakana country as a whole word before any noun (日・カナダ物品役務相互提供協定, 日・カナダACSA)
    rf"|(?<![{KANJI}{KATA}・])(?P<letter2>[朝ロ露韓米日中英仏独印豪台])・(?P<country2>[{KATA}]{{2,}})(?![{KATA}・])"
)


def _paired_with_country(text: str, gaz: Gazetteer) -> list[Candidate]:
    """日・モンテネグロ首脳会談: the letter is a country when what follows the ・ is one."""
    found = []
    for match in DOT_PAIR.finditer(text):
        letter = "letter" if match.group("letter") else "letter2"
        if gaz.is_state(match.group("country") or match.group("country2")):
            country = gaz.abbreviations[match.group(letter)]
            found.append(Candidate(match.start(), match.end(letter), "PLACE", "abbr", country, abbreviation=True))
    return found


# One letter before its state's armed forces or parliament: 米軍, 在日米軍 (在日 itself names no one), 露上下院.
# The letter is the country (an abbreviation even where 露 alone is listed); 軍 or 議会 is a common noun.
LETTER_BEFORE_BODY = re.compile(
    rf"(?:(?<=在[{KANJI}])|(?<![{KANJI}{KATA}]))(?P<letter>[米露ロ韓英仏独豪印])(?=軍|上下院|上院|下院|議会)"
)


def _single_abbreviations(text: str, gaz: Gazetteer) -> list[Candidate]:
    found = [
        Candidate(m.start(), m.end(), "PLACE", "abbr", gaz.abbreviations[m.group("letter")], abbreviation=True)
        for m in LETTER_BEFORE_BODY.finditer(text)
    ]
    for match in SINGLE_ABBREV.finditer(text):
        if gaz.lookup(match.group("letter")):  # 露 alone is the country's name, not an abbreviation
            continue
        if match.group("letter") == "ロ" and re.match(rf"[{KATA}]", text[match.end() : match.end() + 1]):
            continue  # ロ|ンドン市長: a katakana letter before katakana is the start of a word, not Russia
        rest = text[match.end() : match.end() + gaz.max_len]
        if _AFTER_SINGLE.match(rest) or starts_with_place(rest, gaz):
            letter = match.group("letter")
            found.append(
                Candidate(match.start(), match.end(), "PLACE", "abbr", gaz.abbreviations[letter], abbreviation=True)
            )
    return found


def starts_with_place(rest: str, gaz: Gazetteer) -> bool:
    """Some start of ``rest`` (two letters or more) is a listed PLACE (カリフォルニア of カリフォルニア州で); only the
    starts the gazetteer lists are looked up (``Gazetteer.found_lengths``)."""
    return any(n >= 2 and gaz.lookup(rest[:n])[0] == "PLACE" for n in gaz.found_lengths(rest))


# One country letter as its own token before a listed organisation (米ホワイトハウス, 露クレムリン, 英ロイター).
LETTER_BEFORE_NAME = re.compile(
    rf"(?<![{KANJI}{KATA}0-9０-９])(?P<letter>[朝ロ露韓米日中英仏独印豪台])(?=[{KATA}{KANJI}A-Z])"
)
# The head of a body every state has (外務省, 国防部, 大統領府, 政府, 議会, 軍): the letter before it names whose
# body it is, and the two are one ORG as the gold and ABBREV_ORG read them (露外務省 -> ロシア外務省).  A body
# whose name is unique without the letter (ホワイトハウス, クレムリン, ロイター) leaves the letter a PLACE.
STATE_BODY_END = re.compile(r"(?:省|部|府|院|庁|会|軍|党|局|隊|議会|政府)$")


def _letters_before_named_bodies(text: str, gaz: Gazetteer, toks: Tokens) -> list[Candidate]:
    """米ホワイトハウス: the letter is the country (an abbreviation), the listed body a name of its own."""
    found = []
    for match in LETTER_BEFORE_NAME.finditer(text):
        at = match.end()
        if match.start() not in toks.start_set or at not in toks.start_set:
            continue
        entry = _listed_at(text, at, gaz, toks)
        if entry is None or entry[0] != "ORG" or STATE_BODY_END.search(entry[1]):
            continue
        country = gaz.abbreviations[match.group("letter")]
        found.append(Candidate(match.start(), at, "PLACE", "abbr", country, abbreviation=True))
    return found


# A country letter before a body's Latin acronym in a bilateral meeting or relation, also after a session's
# ordinal or with a ・ between them: 日EU首脳協議, 第26回日ASEAN首脳会議, 日・EU定期首脳協議, 日ASEAN関係.
LETTER_BEFORE_ACRONYM = re.compile(
    rf"(?:(?<=[0-9０-９一二三四五六七八九十]回)|(?<![{KANJI}{KATA}0-9０-９A-Za-z]))"
    r"(?P<letter>[朝ロ露韓米日中英仏独印豪台])・?(?P<acronym>[A-Z]{2,8})(?![A-Za-z])"
)


def _letters_before_acronyms(text: str, gaz: Gazetteer) -> list[Candidate]:
    """日EU, 第26回日ASEAN: the letter is its country when the capitals after it are a listed body."""
    found = []
    for match in LETTER_BEFORE_ACRONYM.finditer(text):
        entry = gaz.lookup(match.group("acronym"))
        if entry and entry[0] == "ORG":
            country = gaz.abbreviations[match.group("letter")]
            found.append(Candidate(match.start(), match.end("letter"), "PLACE", "abbr", country, abbreviation=True))
    return found


def _listed_at(text: str, at: int, gaz: Gazetteer, toks: Tokens) -> tuple[str, str] | None:
    """The longest gazetteer entry from ``at`` that ends on a token end."""
    for end in range(min(len(text), at + gaz.longest.get(text[at], 0)), at + 1, -1):
        entry = gaz.lookup(text[at:end]) if end in toks.end_set else None
        if entry:
            return None if STATE_BODY_END.search(text[at:end]) else entry
    return None


# 対 "towards, against" and one country's letter before a noun (対露外交, 対ロ制裁, 対米輸出): the letter is the
# country.  Not inside a longer word (絶対|中止, 反対) and not the start of a longer name (対中国, 対日本) or word
# (対|中小企業): the letter ends its token and no prefix follows it.
AGAINST_LETTER = re.compile(rf"対(?P<letter>[朝ロ露韓米日中英仏独印豪])(?=[{KANJI}])")


def letters_after_against(text: str, gaz: Gazetteer, toks: Tokens) -> list[Candidate]:
    """対露外交, 対ロ制裁: the letter after 対 as a country abbreviation."""
    found = []
    for match in AGAINST_LETTER.finditer(text):
        at = match.start("letter")
        if match.start() not in toks.start_set or at + 1 not in toks.end_set:
            continue
        if known_prefix(text[at : at + gaz.max_len], gaz):  # 対中国, 対日本
            continue
        after = toks.covering(at + 1, at + 2)
        if after and toks.tags[after[0]].startswith(("接頭辞", "接尾辞")):  # 対中|小|企業: UniDic cuts 中小 apart
            continue
        country = gaz.abbreviations[match.group("letter")]
        found.append(Candidate(at, at + 1, "PLACE", "abbr", country, abbreviation=True))
    return found


# A state's chamber named bare (下院, 上院, 議会) names no body on its own; bodies with names of their own
# (大統領府, 労働党) keep their canonical as written, as the development and heldout5 gold have them.
# One abbreviation letter + a chamber of its parliament standing as a word (米上院は, 米下院では, 米議会上下院): one
# ORG, the state's organ, as 露外務省 and ロシア下院 are.  Not before a title (米上院議員: the letter a PLACE inside
# the title, heldout9) nor 露上下院 (two chambers: the letter is the country).
LETTER_CHAMBER = re.compile(
    rf"(?<![{KANJI}{KATA}])(?P<letter>[朝ロ露韓米日中英仏独印豪台])(?:議会(?=上院|下院)|連邦)?"
    rf"(?P<head>上院|下院|議会|最高裁判所|最高裁)(?=上下院|両院|[^{KANJI}]|$)"
)  # 米議会上院, 米連邦最高裁: the parliament or 連邦 "federal" before the organ, still the one organ


def full_organ(head: str) -> str:
    """最高裁 -> 最高裁判所 (the press's short form of the court); other heads as they are."""
    return "最高裁判所" if head == "最高裁" else head
