"""Clause-long titles and titles before a law number: 民法の一部を改正する法律, …に関する件 (平成N年法律第M号).

A title that is a whole clause (``…の処罰に関する法律``) starts after punctuation, a bullet, 第N条中 or the
conjunction after a previous law's number, and may keep a relative clause's head noun (…者等の…に関する法律);
a name in front of a law number in parentheses is the title of that number (:func:`titled_mentions`), checked
with UniDic to be a noun phrase, not the end of a sentence.
"""

from __future__ import annotations

import re

from pipeline.extractors.instruments.unquoted import CONJOINED_TITLE_RE
from pipeline.extractors.instruments.vocab import (
    GENERIC,
    INSTRUMENT_END_RE,
    INSTRUMENT_WORD,
    NAME_CHARS,
    NameMention,
    kind_of,
)
from pipeline.nlp.unidic import tagger

# Titles that are whole clauses: 民法の一部を改正する法律, ...の処罰に関する法律.
LONG_TITLE_RE = re.compile(
    r"(?:に関する|を改正する|に関する特別措置|の特例に関する)法律"
    # treaty titles: 条約法に関するウィーン条約, 日本国とアメリカ合衆国との間の相互協力及び安全保障条約, and the
    # covenants: 市民的及び政治的権利に関する国際規約; statutes of courts: 国際刑事裁判所に関するローマ規程
    r"|(?:に関する|との間の)[^、。,()（）「」『』\n]{0,30}?(?:条約|協定|議定書|規約|規程)(?=第|[^一-龥]|$)"
    # special-measures laws: …の促進に関する特別措置法, …に関する臨時措置法
    r"|(?:に関する|の特例に関する)[^、。,()（）「」『』\n]{0,10}?(?:特別措置|臨時措置)法(?![律施一-龥])"
    # the other title-final words of statutes: 法の適用に関する通則法, …出入国管理に関する特例法, …に関する基本法,
    # also with the law they make an exception to before 特例法: 天皇の退位等に関する皇室典範特例法 (only there: in
    # …の法的地位に関する香港特別行政区基本法第一条 the clause is about the articles, and 基本法 is the whole name)
    r"|に関する(?:[一-龥]{0,6}?特例|通則|基本)法(?![律施]|(?!第)[一-龥])"
    # the cabinet order or rule carrying out such a law: …の促進に関する特別措置法施行令
    r"|(?:に関する|の特例に関する)[^、。,()（）「」『』\n]{0,20}?法施行(?:令|規則|細則)(?=[^一-龥]|$)"
)
# Where a clause-long title starts: after punctuation or a bullet, after 第N条中 (amendment
# wording), or after the conjunction that follows a previous law's number: ...号)及び電気用品安全法.
_CLAUSE_CUT_RE = re.compile(
    # an ideographic zero opening a line is a bullet, as ○ is (〇農薬取締法の一部を改正する…政令(平成三十年政令第…号)),
    # unless a number goes on (〇・五, 〇〇年); first, so that the line break does not cut before it
    r"^.*(?:\n[ \u3000]*〇(?![〇一二三四五六七八九十百千万・.年月日])"
    r"|[)）](?:及び|並びに|又は|若しくは)|(?<![的な])、|[。,「」『』()（）○●◎■□◆◇※:：】]|[条項号]中|附則中"
    # a middle dot cuts a list, but not a foreign name's words: 日本国とグレート・ブリテン及び北部アイルランド連合王国
    r"|(?<![ァ-ヴー])・|・(?![ァ-ヴ])"
    # a space, except the one a web page leaves around a linked name: 内閣法 の一部を改正する法律
    r"|\s(?![ \u3000]*の)"
    # amendment wording (第九条の規定による改正後の法人税法等の…) and a past-tense verb before a
    # treaty title (ワシントンで署名された日本国と…条約), or から before it (施行日から住民基本台帳法の…):
    # titles contain none of these
    r"|改正(?:後|前)の|(?:された|した)(?!者)|(?:から|まで)(?=[一-龥ァ-ヴ])"
    # the word introducing a name: 正式名称で日本国と…条約, 正式には…, 通称…
    r"|正式名称[はで]|正式には|通称(?:は|で)?"
    # the previous instrument's article joined to this title (世界人権宣言第五条及び市民的及び政治的権利に関する
    # 国際規約), and a progressive relative clause (…を定めている世界人権宣言): titles hold neither
    r"|[条項号](?:及び|並びに|又は|若しくは)|ている"
    # the provision of an amending act that amends this title: 第三条のうち日本国との平和条約に基づき…特例法
    r"|[条項号]のうち"
    # a provision applying another law (…第5条第1項において準用する補助金等に係る…法律): no title says 準用
    r"|準用(?:する|される))",
    re.DOTALL,
)
# Particles a clause may start with before the title: から住民基本台帳法の一部を改正する法律.
_LEADING_PARTICLE_RE = re.compile(r"^(?:から|まで|より|及び|並びに|又は|とは|では|には|は|が|を|に|で|と|も|の)")


# A space before の inside a title, left by a web page around a linked name (内閣法 の一部を改正する法律).
LINK_SPACE_RE = re.compile(r"[ \u3000]+(?=の)")


# The head noun of a relative clause that titles keep inside: 日本の国籍を離脱した者等の出入国管理に関する特例法,
# 重大な他害行為を行った者の医療及び観察等に関する法律 (a law about the persons the clause describes).
PERSON_HEAD = "者"


# The words before は that make it a conjunction (又は, 若しくは), not a topic: UniDic may tag that は 係助詞.
CONJUNCTION_BEFORE_WA = ("又", "若しく", "もしく")


def _after_relative_clause(clause: str) -> str:
    """The clause after its last past-tense relative clause or topic: a verb + た (UniDic 助動詞 lemma た, 連体形)
    right before a title describes the instrument and is no part of its name (…返還すること等を定めた国際的な子の奪取の
    …条約, …送還することを禁じた難民の地位に関する条約). Titles modify their nouns in the present tense (…に関する,
    …を改正する, 品位を傷つける), so only the past tense cuts; 国際的な (lemma だ) is no verb. A topic particle
    (係助詞 は/も) is never inside a title either: 同処分は難民の地位に関する条約."""
    cut, offset = 0, 0
    words = [(w.surface, w.feature.pos1, w.feature.pos2, w.feature.lemma, w.feature.cForm or "")
             for w in tagger()(clause)]  # fmt: skip
    for index, (surface, pos1, pos2, lemma, form) in enumerate(words):
        offset = clause.find(surface, offset) + len(surface)
        verb_before = index > 0 and words[index - 1][1] == "動詞"
        past = pos1 == "助動詞" and lemma == "た" and form.startswith("連体形") and verb_before
        past = past and not clause.startswith(PERSON_HEAD, offset)  # …を離脱した者等の…: the title's own clause
        # は of the conjunction 又は / 若しくは, which UniDic may split (又 + は): …非人道的な又は品位を傷つける
        # 取扱い又は刑罰に関する条約 keeps its title whole
        conjunction = index > 0 and words[index - 1][0] in CONJUNCTION_BEFORE_WA
        if past or (pos2 == "係助詞" and lemma in ("は", "も") and not conjunction):
            cut = offset
    return clause[cut:]


# The verb of a case-marked phrase (…に関する, …に係る, …に対する, …に基づく, …における): a title never opens
# with it. When the clause cut leaves one first, the noun it governed stood behind a bracket or a list comma
# (…原則(送還禁止原則)に関する難民条約, …の予防、準備、対応に関するWHOの条約): the phrase only describes the
# instrument, whose name is the run of name characters after it (難民条約), if that run names one.
GOVERNED_VERB_HEAD_RE = re.compile(r"^(?:関する|関スル|係る|対する|基づく|基づき|おける|於ける|よる|伴う)")


def _clause_name(text: str, end: int) -> tuple[int, str] | None:
    """The title ending at ``end``: the clause before it, cut at punctuation or 第N条中.
    The title is returned as printed (its length gives the span); :func:`squeeze` gives the name."""
    window = text[max(0, end - 100) : end]
    name = _LEADING_PARTICLE_RE.sub("", _after_relative_clause(_CLAUSE_CUT_RE.sub("", window)))
    if GOVERNED_VERB_HEAD_RE.match(name):
        name = _trailing_name(name)
    if len(name) < 3 or re.match("[ぁ-ん]", name) or not INSTRUMENT_END_RE.search(name):
        return None
    return end - len(name), name


def _trailing_name(clause: str) -> str:
    """The last run of name characters of a clause, or "" when it is a generic word (条約, 協定)."""
    tail = TRAILING_NAME_RE.search(clause)
    return tail.group(0) if tail is not None and tail.group(0) not in GENERIC else ""


# What a clause-long title before a number looks like: ...に関する法律, ...の一部を改正する法律, ...協定.
TITLE_SHAPE_RE = re.compile(r"(?:に関する|を改正する|に基づく|のための|との間の|の特例)[^をはがにで]*$")
# The last run of name characters of a clause: 道路運送車両法 in 保安基準を定める道路運送車両法.
TRAILING_NAME_RE = re.compile(rf"(?:[A-Z]{{2,8}})?[{NAME_CHARS}]+$")


def _numbered_name(clause: tuple[int, str] | None) -> tuple[int, str] | None:
    """The name a law number in parentheses belongs to: the whole clause only when it reads like a title
    (…に関する法律); otherwise the trailing run of name characters (…を定める道路運送車両法 → 道路運送車両法)."""
    if clause is None or not re.search("[ぁ-ん]", clause[1]) or TITLE_SHAPE_RE.search(clause[1]):
        return clause
    if _noun_phrase(clause[1]):
        return clause  # 村上市ごみの散乱等防止条例(平成20年村上市条例第166号): nouns joined by の, no verb
    start, name = clause
    tail = TRAILING_NAME_RE.search(name)
    if tail is None or len(tail.group(0)) < 2 or tail.group(0) in GENERIC:
        return None
    joined = CONJOINED_TITLE_RE.search(name, 0, tail.start())
    if joined is not None and not re.search(rf"(?:{INSTRUMENT_WORD}|[条項号])$", joined.group("head")):
        return start + joined.start(), name[joined.start() :]  # 出入国管理及び難民認定法(昭和二十六年政令…)
    return start + tail.start(), tail.group(0)


def squeeze(name: str) -> str:
    """A title without the link spaces a web page left in it."""
    return LINK_SPACE_RE.sub("", name)


def enclosing_paren(text: str, start: int) -> int | None:
    """Offset of the ( that the number at ``start`` closes: 刑法(明治40年法律第45号), 条約(...、昭和35年条約第6号)."""
    depth = 0
    for index in range(start - 1, max(-1, start - 200), -1):
        char = text[index]
        if char in ")）":
            depth += 1
        elif char in "(（":
            if depth == 0:
                end = text.find(")", start) if char == "(" else text.find("）", start)
                return index if end != -1 and "\n" not in text[start:end] else None
            depth -= 1
        elif char in "\n。":
            return None
    return None


# The subject line (件名) that names an old law without a title: 決闘ニ関スル件, 朝鮮人ノ姓名改称ニ関スル件.
SUBJECT_TITLE_RE = re.compile(r"(?:ニ関スル|に関する|ノ|の)件$")
# A quoted number given its subject line: 「明治22年法律第34号」を「決闘ニ関スル件」とする.
QUOTED_NUMBER_GAP = "」を"
# A short name right before its number in parentheses, whatever its last word (法例(明治三十一年法律第十号)):
# a run of kanji opening a line or a clause, holding a law word (法, 令, 例, 律): not 附則(平成…法律第…号).
NUMBERED_SHORT_NAME_RE = re.compile(r"(?:^|(?<=[\n、。「]))(?P<name>(?![^\n]*附則)[一-龥々]*[法令例律][一-龥々]*)$")


# A translated name in brackets after the name in its own language, right before the number:
# 「신문지법[光武新聞紙法](法律第2号)」, 「출판법[出版法](法律第6号)」: the Japanese gloss is the name the text gives.
GLOSS_BEFORE_RE = re.compile(rf"[\[［](?P<name>[^\[\]［］\n]{{2,40}}?(?:{INSTRUMENT_WORD}))[\]］]$")


def _glossed_name(text: str, opening: int) -> tuple[int, str] | None:
    """The bracketed Japanese gloss standing right before a number in parentheses."""
    match = GLOSS_BEFORE_RE.search(text, max(0, opening - 44), opening)
    return (match.start("name"), match.group("name")) if match else None


# The excerpt mark a compilation prints between a law's name and its number: 国立国会図書館法(抄)(昭和…号).
EXCERPT_MARK_RE = re.compile(r"[(（]抄[)）]$")


# A notice or ordinance titled by its subject (…に関する件, …ノ件), right before its number in parentheses: e-Gov
# and the gazette name 告示, 太政官達 and old 勅令 so (不用物品等払下ノトキ其管庁所属ノ官吏入札禁止ノ件(明治8年
# 太政官達第152号)).
# The title runs back to the start of its clause (punctuation, a bullet, a space), past-tense relative clauses cut.
SUBJECT_TITLE_CLAUSE_RE = re.compile(r"[^、。,「」『』()（）\n:：]{3,120}?(?:ニ関スル|に関する|ノ|の)件$")


def _subject_title(text: str, opening: int) -> tuple[int, str] | None:
    """(start, title) of a subject-titled notice ending at ``opening`` (see SUBJECT_TITLE_CLAUSE_RE)."""
    window = _CLAUSE_CUT_RE.sub("", text[max(0, opening - 120) : opening])
    match = SUBJECT_TITLE_CLAUSE_RE.search(window)
    if match is None:
        return None
    title = _LEADING_PARTICLE_RE.sub("", _after_relative_clause(match.group(0)))
    return (opening - len(title), title) if len(title) >= 4 else None


def _lost_opening_paren(text: str, number: NameMention) -> bool:
    """A number closed by ) right after an instrument's name (a space between or none), no ( on its line before
    it: law mirrors drop the ( (公職選挙法 附則: 戸籍法 1947年法律第224号)の適用を受けない者)."""
    line_start = text.rfind("\n", 0, number.start) + 1
    before = text[line_start : number.start].rstrip(" \u3000")
    return (
        text[number.end : number.end + 1] in (")", "）")
        and INSTRUMENT_END_RE.search(before) is not None
        and not re.search("[(（]", before)
    )


# Word classes a title made of nouns only is built of (UniDic pos1): 村上, 市, ごみ, 散乱, 等, 防止, 条例.
NOUN_PHRASE_POS = frozenset({"名詞", "接頭辞", "接尾辞"})


# Place words that make a noun before の a place, not a subject: 日本の出版条例 (Japan's), 同市の….
PLACE_NOUNS = frozenset("国都道府県市区町村")


def _noun_phrase(clause: str) -> bool:
    """Whether a clause is nouns joined by at most two の and nothing else: a local ordinance's title written
    with a word in hiragana (村上市ごみの散乱等防止条例, 長門市ポイ捨て等防止条例), which the trailing run of name
    characters would cut to 散乱等防止条例. A verb or any other particle (…を定める道路運送車両法) keeps the cut, and
    so does a place alone before the first の (日本の出版条例: the law of a country, named 出版条例): the words before
    it must hold a common noun that is no place word (ごみ)."""
    words = [(w.surface, w.feature.pos1, w.feature.pos2) for w in tagger()(clause)]
    links = [i for i, (surface, pos, _) in enumerate(words) if pos == "助詞" and surface == "の"]
    others = [pos for surface, pos, _ in words if not (pos == "助詞" and surface == "の")]
    if not links or len(links) > 2 or len(others) < 2 or words[0][1] == "助詞":
        return len(links) == 0 and len(others) >= 2 and all(pos in NOUN_PHRASE_POS for pos in others)
    head = words[: links[0]]
    subject = any(pos2 == "普通名詞" and surface not in PLACE_NOUNS for surface, _, pos2 in head)
    return subject and all(pos in NOUN_PHRASE_POS for pos in others)


def titled_mentions(text: str, numbers: list[NameMention]) -> list[NameMention]:
    """Names standing before their number in parentheses, and clause-long titles (...に関する法律)."""
    found: dict[int, NameMention] = {}
    for number in numbers:
        opening = enclosing_paren(text, number.start)
        if opening is None and _lost_opening_paren(text, number):
            # 戸籍法 1947年法律第224号)の適用: the page lost the (; a space may stand for it
            opening = number.start - (1 if text[number.start - 1 : number.start] in (" ", "\u3000") else 0)
        if opening is None:
            continue
        excerpt = EXCERPT_MARK_RE.search(text, max(0, opening - 4), opening)
        opening = excerpt.start() if excerpt else opening  # 国立国会図書館法(抄)(昭和二十三年…法律第五号)
        opening -= 1 if text[opening - 1 : opening] in (" ", "\u3000") else 0  # …に関する法律 (昭和24年…): a link space
        clause = (
            _numbered_name(_clause_name(text, opening)) or _glossed_name(text, opening)
            or _subject_title(text, opening)
        )  # fmt: skip
        short = NUMBERED_SHORT_NAME_RE.search(text, max(0, opening - 9), opening) if clause is None else None
        if short is not None and short.group("name") not in GENERIC:
            clause = short.start("name"), short.group("name")
        if clause is not None:
            start, name = clause
            found[start] = NameMention(start, start + len(name), squeeze(name), "quoted", kind_of(name),
                                       number.number, number.number_key, number.date)  # fmt: skip
    for match in LONG_TITLE_RE.finditer(text):
        clause = _clause_name(text, match.end())
        if clause is not None and clause[0] not in found:
            start, name = clause
            found[start] = NameMention(start, match.end(), squeeze(name), "unquoted", kind_of(name))
        elif clause is not None and found[clause[0]].end != match.end():  # a title inside a title
            start, name = clause
            found[-start - 1] = NameMention(start, match.end(), squeeze(name), "unquoted", kind_of(name))
    return list(found.values())
