"""Unquoted names: runs of name characters ending in an instrument word (国連憲章, 日本国憲法, 行政手続法).

A run is kept when it is specific enough (not a generic word, not a quality such as 違法 or 方法, a two-character
name only for the well-known laws), is cut at a year, a counter, a Diet question's heading or our country's
わが, and split when it holds two glued names (``instruments.words``).  Also here: Latin acronyms before an
article (GATT第21条), a country and の before a short name, and a quoted name's fuller spelling glued to a country.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extractors.instruments.aliases import ALIAS_DEF_BARE_RE, ALIAS_DEF_RE
from pipeline.extractors.instruments.vocab import (
    ARTICLE_AFTER,
    INSTRUMENT_WORD,
    KANJI,
    NAME_CHARS,
    NUM,
    SHORT_NAMES,
    SPACE,
    NameMention,
    generic,
    kind_of,
)
from pipeline.extractors.instruments.words import adverbial_head, country_head, split_glued
from pipeline.extractors.numerals import NUMBER

# Run of name characters ending in an instrument word, at a run boundary,
# before something that is not a name character (or before 第 / N条).  It may open with a Latin
# acronym (WTO協定, TRIPS協定, NPT条約).
# A noun glued to a name that stresses the instrument itself (条約自体と, 漁業協定自体が, 協定全体の): the name ends
# before it. Not when a longer compound goes on (全体会議).
ITSELF_AFTER = r"(?:自体|全体)(?![一-龥])"
# A noun glued to a name that means the instrument's wording (国連憲章テキスト | 国連広報センター, 日本国憲法前文,
# 国際連合憲章全文): the name ends before it. Not when a longer compound goes on (前文化).
WORDING_AFTER = r"(?:テキスト|前文|全文|本文|原文|正文|条文|和訳|英訳|邦訳|訳文)(?![一-龥々])"
# An era year glued to a name: the law number a page printed in parentheses, the opening one lost
# (逃亡犯罪人引渡法昭和二十八年法律第六十八号第三条 on iuris.jp; 予防拘禁所官制昭和16年5月14日勅令第557号 on
# https://kokekokko.hatenadiary.org/entry/20050114/p1). The name ends before it.
GLUED_NUMBER_AFTER = r"(?:明治|大正|昭和|平成|令和)(?:元|[0-9０-９〇一二三四五六七八九十]{1,4})年"
UNQUOTED_RE = re.compile(
    rf"(?<![{NAME_CHARS}A-Za-z])(?P<name>(?:[A-Z]{{2,8}}[{NAME_CHARS}]*?|[{NAME_CHARS}]+?)(?:{INSTRUMENT_WORD}))"
    # a law's bill is named after it: 旅券法案 is the bill of 旅券法 (案 only after 法)
    rf"(?={ARTICLE_AFTER}|及び|並びに|(?<=法)案|{ITSELF_AFTER}|{WORDING_AFTER}|{GLUED_NUMBER_AFTER}|[^{NAME_CHARS}]|$)"
)
# Words ending in 法 that are a quality or a way, not a law: 上告適法, 違法, 手続方法, 行政立法.
# 提出法(案): 国会提出法案, 議員提出法案 are bills by who submitted them, never a law's name.
NOT_LAW_END_RE = re.compile(r"(?:適法|違法|合法|不法|方法|手法|司法|立法|用法|技法|作法|療法|文法|提出法)$")


# The year a name starting with 年 was cut from: 1993 in 1993年憲法, 平成17 in 平成17年改正前商法.
YEAR_BEFORE_NAME_RE = re.compile(rf"(?:(?:明治|大正|昭和|平成|令和){NUM}|(?<![0-9０-９])[0-9０-９]{{4}})$")


# The first half of a title joined by 及び/並びに (出入国管理及び難民認定法: the name is the whole title, 難民認定法 is
# only its ending). When the first half is itself a name (刑法及び民法) or a reference (第三条及び民法), these are two.
CONJOINED_TITLE_RE = re.compile(rf"(?<![{NAME_CHARS}])(?P<head>[{NAME_CHARS}]{{2,30}})(?:及び|並びに)$")


# わが/我が before 国 (我が国, わが国: "our country"): the 国 a name run starts with is the possessive phrase's noun.
OUR_COUNTRY_BEFORE_RE = re.compile(r"(?:わが|我が|吾が)$")


# The heading of a Diet member's written question, glued to its title: 衆議院議員緒方林太郎君提出条約の解釈に関する質問
# (the member's name and 君提出 are not part of any instrument's name; what follows is the question's title).
DIET_QUESTION_HEAD_RE = re.compile(r"^.*君提出")


# A name used as a modifier of the noun after it, its gloss between: 核兵器不拡散条約(NPT)運用検討会議 (a conference).
NOUN_AFTER_NAME_RE = re.compile(rf"[(（][^()（）\n]{{1,40}}[)）][{NAME_CHARS}]")
# A numeral right before a name run: the run's first character may be its counter (第11回, 2010年).
NUMERAL_BEFORE_RE = re.compile(r"[0-9０-９〇一二三四五六七八九十]$")


def _counter_head(text: str, start: int, name: str) -> bool:
    """Whether the run opens with the counter of a number before it, which counts what the name modifies (第11回
    核不拡散条約(NPT)再検討会議: the 11th conference; 2010年…(NPT)運用検討会議): 回 never opens a title, and a
    year does not when the name is glossed and then modifies a noun (the year is the conference's)."""
    if len(name) < 4 or not NUMERAL_BEFORE_RE.search(text, max(0, start - 1), start):
        return False
    return name[0] == "回" or (name[0] == "年" and NOUN_AFTER_NAME_RE.match(text, start + len(name)) is not None)


def unquoted_mentions(text: str, taken: list[tuple[int, int]]) -> list[NameMention]:
    found: list[NameMention] = []
    for match in UNQUOTED_RE.finditer(text):
        name = match.group("name")
        name = re.sub(r"^.*(?:[条項号]中|附則中)", "", name)  # 第二十一条中内航海運業法: amendment wording
        name = DIET_QUESTION_HEAD_RE.sub("", name)  # 衆議院議員緒方林太郎君提出条約の解釈に関する質問
        # 旧 stays: 旧民法 (the Meiji code) is another instrument than 民法; 新法人税法 is 法人税法 amended
        # 現行: 現行入管法 is 入管法 in force (the law, not a new instrument)
        name = re.sub(rf"^(?:同|本|当該|前記|上記|新|両|各|諸|他|現行)(?=[{NAME_CHARS}]{{2}})", "", name)
        if re.match(r"(?:同|本|当該)(?:法|条約|協定)施行", match.group("name")):
            continue  # 同法施行令, 本法施行規則: "the order of that law", a pointer, not a name
        if OUR_COUNTRY_BEFORE_RE.search(text, max(0, match.start() - 2), match.start()):
            name = re.sub(rf"^国(?=[{NAME_CHARS}]{{2}})", "", name)  # わが国刑法: our country's 刑法
        start = match.end() - len(name)
        whole = name == match.group("name") and len(name) >= 4 and not name.startswith(("同", "本", "当該"))
        joined = CONJOINED_TITLE_RE.search(text, max(0, start - 30), start) if whole else None
        if joined is not None and not re.search(rf"(?:{INSTRUMENT_WORD}|[条項号])$", joined.group("head")):
            start, name = joined.start(), text[joined.start() : start] + name  # 出入国管理及び難民認定法
        year = YEAR_BEFORE_NAME_RE.search(text, max(0, start - 8), start) if name.startswith("年") else None
        if year is not None and not NOUN_AFTER_NAME_RE.match(text, match.end()):
            start, name = year.start(), text[year.start() : start] + name  # 1993年憲法, 平成17年改正前商法
        elif _counter_head(text, start, name):  # 2010年核兵器不拡散条約(NPT)運用検討会議, 第11回核不拡散条約(NPT)…
            start, name = start + 1, name[1:]
        cut = adverbial_head(name)  # その場合インド憲法: 場合 is the clause's, the name starts at インド
        start, name = start + cut, name[cut:]
        for offset, piece in split_glued(name):
            mention = _unquoted_mention(text, start + offset, piece, taken)
            if mention is not None:
                found.append(mention)
    return found


def _unquoted_mention(text: str, start: int, name: str, taken: list[tuple[int, int]]) -> NameMention | None:
    """An unquoted name when it is specific enough (not generic, not a way or a kind of rule)."""
    end = start + len(name)
    overlaps = any(start < e and s < end for s, e in taken)
    if generic(name) or (len(name) < 3 and name not in SHORT_NAMES) or overlaps:
        return None
    if NOT_LAW_END_RE.search(name):
        return None
    if name.endswith("法") and not _law_like(text, end, name):
        return None
    if kind_of(name) in ("ordinance", "regulation") and not _rule_named(text, end, name):
        return None  # 総務省令で定める: a kind of rule, not one named instrument
    return NameMention(start, end, name, "unquoted", kind_of(name))


# The ordinance or rule that carries out a law: 温泉法施行規則, 行政手続法施行令 (always one instrument).
IMPLEMENTING_RULE_RE = re.compile(r"法施行(?:規則|令|細則)$")


# The name in its own language between a name and its article: EU一般データ保護規則(GDPR)第17条.
ORIGINAL_NAME_PAREN = r"(?:[(（][A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё0-9 .,'’\-–/&]{1,34}[)）])?"


# A Latin acronym in parentheses right after a rule's name: the writer names one rule (一般データ保護規則(GDPR),
# 医療機器規則(MDR)); a kind of rule (総務省令, 施行規則) is never given an acronym.
ACRONYM_GLOSS_RE = re.compile(r"[(（][A-Z][A-Za-z]{1,7}[)）]")
# The English title in parentheses after a rule's name, maybe after its year: 国際保健規則(International Health
# Regulations、IHR), 国際保健規則(2005年)(International Health Regulations(2005)…). Translating the title of a kind
# of rule (省令, 施行規則) is never done: a capitalised English title marks one named rule.
ENGLISH_TITLE_GLOSS_RE = re.compile(r"(?:[(（](?:19|20)[0-9]{2}年?[)）])?[(（][A-Z][a-z]+(?: [A-Z][a-z]+)+")


def _rule_named(text: str, end: int, name: str) -> bool:
    """An unquoted ``...省令``/``...規則`` names one rule before an article, with an acronym gloss or an alias, or
    when it implements a law."""
    if re.match(ORIGINAL_NAME_PAREN + ARTICLE_AFTER, text[end:]) or IMPLEMENTING_RULE_RE.search(name):
        return True
    if len(name) >= 4 and ENGLISH_TITLE_GLOSS_RE.match(text, end) is not None:
        return True
    if len(name) >= 4 and ALIAS_DEF_RE.match(text, end) is not None:
        return True  # a rule given a short name is one rule: ローマ規程(以下「規程」という。)
    return len(name) >= 4 and ACRONYM_GLOSS_RE.match(text, end) is not None


def _law_like(text: str, end: int, name: str) -> bool:
    """An unquoted ``...法`` names a law when an article or number follows, or it reads like a title."""
    after = text[end : end + 12]
    if after.startswith("案"):
        return True  # the bill of a law is named after it: 旅券法案
    # one space may stand between: the space a web page leaves after a linked name (国会法 第130条)
    if re.match(
        rf"[ \u3000]?(?:{ARTICLE_AFTER}|[(（](?:{NUMBER}|明治|大正|昭和|平成|令和)|{GLUED_NUMBER_AFTER})", after
    ):
        return True
    if ALIAS_DEF_RE.match(text, end) or ALIAS_DEF_BARE_RE.match(text, end):
        return True  # a name given an alias is a name: 温泉法 以下「 旧法 」という。
    return name.removeprefix("旧") in SHORT_NAMES or (len(name) >= 4 and not name.endswith(("的法", "上法")))


# A country and の before a short name: 日本の個情法 where the text also says 日本個情法 (and 韓国個情法 for another
# law of the same short name), as comparative commentary tells two countries' acts apart
# (https://note.com/chongfa510/n/n26b5a9d157c0, on Korea's and Japan's personal information acts).
COUNTRY_OF_BEFORE_RE = re.compile(rf"(?P<country>[{NAME_CHARS}]{{1,6}})の$")


def possessive_country_names(text: str, names: list[NameMention]) -> list[NameMention]:
    """``日本の個情法`` is the mention of ``日本個情法`` when the text names that one: the country picks the act."""
    known = {m.name for m in names}
    result = []
    for m in names:
        before = COUNTRY_OF_BEFORE_RE.search(text, max(0, m.start - 8), m.start)
        glued = before and next(
            (before.group("country")[i:] + m.name for i in range(len(before.group("country")))
             if before.group("country")[i:] + m.name in known and country_head(before.group("country")[i:])),
            None,
        )  # fmt: skip
        result.append(replace(m, name=glued) if glued else m)
    return result


# A Latin acronym naming a treaty right before its article, as EU and trade law are cited: 旧TEC第249条 (the Treaty
# establishing the European Community), GATT第21条, TFEU第288条 (an acronym never stands before 第N条 otherwise).
# Trade commentary drops the 第 before Arabic digits: GATT21条(安全保障例外), GATT5条等に反する (the article number
# glued to the acronym; not 条約/条例 after it, which are words).
ACRONYM_BEFORE_ARTICLE_RE = re.compile(
    rf"(?<![A-Za-z])(?P<name>[A-Z]{{2,6}})"
    rf"(?=第{SPACE}{NUM}{SPACE}条|{SPACE}[0-9０-９]{{1,3}}条(?![約例件項文理規]))"
)


def acronyms_before_articles(text: str, taken: list[tuple[int, int]]) -> list[NameMention]:
    """Acronyms standing for an instrument before its article (see ACRONYM_BEFORE_ARTICLE_RE)."""
    found = []
    for match in ACRONYM_BEFORE_ARTICLE_RE.finditer(text):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            found.append(NameMention(match.start(), match.end(), match.group("name"), "unquoted", "treaty"))
    return found


# The country a quoted short name is glued to in its fuller unquoted spelling: 「タバコ統制法」 and later
# 朝鮮民主主義人民共和国タバコ統制法 (the run before it is a country name, UniDic pos4 国 on its first word).
COUNTRY_RUN_BEFORE_RE = re.compile(rf"(?<![{NAME_CHARS}])[{KANJI}]{{2,12}}$")


def country_glued(text: str, start: int) -> bool:
    """Whether a use of a quoted name is the tail of a longer name that opens with a country (…共和国タバコ統制法)."""
    run = COUNTRY_RUN_BEFORE_RE.search(text, max(0, start - 12), start)
    return run is not None and country_head(run.group(0))
