"""Named instruments (laws, treaties, charters, resolutions) and their numbers.

Why a module of its own: article references need to know *which* instrument a
``第4条`` belongs to, and the ``instruments`` table lists every law or treaty a
document names, with its aliases, number and date.  Both come from one pass
over the text (:func:`scan_instruments`), so the ids in ``article_refs`` and
``instruments`` agree.

Names are found four ways, most reliable first:

1. law numbers (``2002年法律第66号``, ``連邦法第374号``, ``№ 374-ФЗ``,
   ``Public Law 117-58``), each naming an instrument of its own unless a title
   follows (``連邦法第374号「...について」``) or a name precedes it in
   parentheses (``行政手続法(平成五年法律第八十八号)``);
2. quoted names ending in an instrument word (``「...に関する条約」``), with an
   alias defined after them (``(以下「ロ朝戦略的パートナーシップ条約」)``) or
   inside the quotes (``「包括的戦略パートナーシップ条約(パートナーシップ条約)」``);
3. Russian titles in quotes after ``Федеральный закон ... №`` or starting
   with ``Договор``/``Соглашение``/``Конвенция``/``Протокол``;
4. unquoted names (``国連憲章``, ``日本国憲法``, ``行政手続法``) ending in an
   instrument word, kept when they are specific enough (see ``_GENERIC``).

Names that are the same instrument merge: equal after abbreviation folding
(国際連合 → 国連, 安全保障理事会 → 安保理), equal to a defined alias, a
suffix of a longer known name (``戦略的パートナーシップ条約`` of
``ロ朝戦略的パートナーシップ条約``; a shorter one when what is cut names a country:
``安保条約`` of ``日米安保条約``), an abbreviation of one (``民訴法`` of
``民事訴訟法``, see :func:`is_abbreviation`), the same law number, or an acronym's
treaty (``NATO条約`` is ``北大西洋条約`` when the text defines ``北大西洋条約機構(NATO)``
and names that treaty).  A run of nouns may hold two names glued (a lost comma) or
a topic before a name (``尖閣諸島日米安保条約``): see :func:`split_glued`.  The
canonical name is the fullest name the document itself gives: a bare ``憲法``
stays ``憲法`` unless the text also says ``日本国憲法`` (no name is supplied
from outside the text).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

from pipeline.extractors.numerals import KANJI_NUMERAL_CHARS, NUMBER, parse_number
from pipeline.extractors.timex.absdate import ERA_OF_INITIAL, era_year
from pipeline.nlp.unidic import tagger

# Instrument words a name ends in, longest first, with the kind they give. 指針: a guideline cited by article, as
# Korea's 標準個人情報保護指針 6条1項 (https://note.com/chongfa510/n/n26b5a9d157c0).
_KIND_BY_WORD = (
    ("合意された議事録", "agreement"), ("合意議事録", "agreement"),  # Agreed Minutes, a treaty form
    ("議定書", "protocol"), ("条約", "treaty"), ("協定", "agreement"), ("憲章", "charter"),
    ("決議", "resolution"), ("規約", "covenant"), ("宣言", "declaration"), ("憲法", "constitution"),
    ("法律", "law"), ("法典", "law"), ("条例", "ordinance"), ("規則", "regulation"), ("政令", "ordinance"),
    ("省令", "ordinance"), ("勅令", "ordinance"), ("規程", "regulation"), ("要綱", "guideline"),
    ("要領", "guideline"), ("指針", "guideline"), ("細則", "regulation"), ("法", "law"), ("令", "ordinance"),
)  # fmt: skip
INSTRUMENT_WORD = "|".join(word for word, _ in _KIND_BY_WORD)
INSTRUMENT_END_RE = re.compile(rf"(?:{INSTRUMENT_WORD})$")  # a name that ends in an instrument word

_KANJI = "一-龥々〆ヵヶ"
_KATAKANA = "ァ-ヴー・"
_NAME_CHARS = f"{_KANJI}{_KATAKANA}"
_SPACE = r"[ \u3000]?"
_NUM = rf"(?:{NUMBER}|元)"

# The issuer of an ordinance or notice, kept whole in its number: 朝鮮総督府, 外務省, 内閣府,
# 国家公安委員会, 人事院, 東京都, 国立国会図書館, 内閣 and 内閣官房 (平成22年内閣告示第2号, the 常用漢字表) (a run of
# kanji ending in an office word, not preceded by kanji).
# It starts at a word boundary or right after a date (年, 日), and holds no date character itself.
_ISSUER = (
    r"(?:(?<=[年日])|(?<![一-龥々]))(?:(?![年月日])[一-龥]){0,10}?"
    r"(?:総督府|省|府|庁|委員会|院|図書館|裁判所|都|道|県|市|区|町|村|内閣|官房)"
)
_ISSUED_TYPES = "令|規則|規程|告示|訓令|通達|条例|公示"  # 国立国会図書館規程第三号: an institution's rules
# Types written without an issuer: 法律, 政令, 勅令, 制令 (Korea under Japanese rule), 条約 ...
# Meiji acts of the 太政官 (Grand Council of State) before the cabinet: 明治8年太政官達第152号,
# 明治18年太政官布告第35号. A decision of a standing body numbered as an act, as DPRK laws are adopted
# (最高人民会議常任委員会決定第1200号): 決定 with the body kept out of the span, as for 安保理決議第1718号.
_PLAIN_TYPES = (
    "連邦憲法的法律|連邦法|大統領令|法律|政令|勅令|制令|律令|条約|條約|府令|省令|規則|告示|条例|訓令|通達|決議|決定"
    "|太政官布告|太政官達"
)
# Old character forms (旧字体) that pre-1950s and facsimile texts print in numbers: 昭和三十一年條約第二十號.
OLD_FORMS = str.maketrans("條號", "条号")
# A Japanese instrument number: optional era or Western year, the kind of
# instrument, 第N号.  ``平成五年法律第八十八号``, ``2002年法律第66号``,
# ``明治40年勅令第6号``, ``昭和31年条約第26号``, ``連邦法第374号``,
# ``安保理決議第1718号`` (the name before 決議 is kept out of the number), and
# with the promulgation date in 附則 headings: ``平成一一年一二月八日法律第一五一号``, or
# dotted as law publishers print it: ``平成27・9・30法律第76号``, also with the era cut to its first
# character as law handbooks print amendment histories: ``昭三三・五・二三法律第百六十四号`` (the one-character
# era needs a numeral and a dot, so that 昭和 words and 平成 are not taken for it).
# It starts with a kanji (an era, an issuer, a type) or a numeral (a year, a month): the lookahead lets the engine skip
# kana, Latin and punctuation at once (tests/test_articles_speed.py checks it against the parsed pattern).
JP_LAW_NUMBER_RE = re.compile(
    rf"(?=[一-龥0-9０-９{KANJI_NUMERAL_CHARS}])"
    rf"(?:(?P<era>明治|大正|昭和|平成|令和|[明大昭平令](?={_NUM}{_SPACE}[・.])){_SPACE}(?P<era_year>{_NUM}){_SPACE}"
    rf"(?:年|・|\.){_SPACE}"
    rf"|(?P<year>[0-9０-９]{{4}}){_SPACE}年{_SPACE})?"
    rf"(?:(?P<month>{NUMBER}){_SPACE}(?:月|・|\.){_SPACE}(?P<day>{NUMBER}){_SPACE}日?{_SPACE})?"
    rf"(?P<type>{_ISSUER}(?:{_ISSUED_TYPES})|{_PLAIN_TYPES})"
    rf"{_SPACE}第{_SPACE}(?P<num>{NUMBER}){_SPACE}[号號]"
)
# A law number in the short form of law handbooks and 法令用語 guides: 平17法86 (平成17年法律第86号), 昭31条26
# (昭和31年条約第26号), 平18法務省令12 (the issuing ministry stays: 平成18年法務省令第12号), 平5政88.
ABBREVIATED_LAW_NUMBER_RE = re.compile(
    r"(?<![一-龥ァ-ヴ])(?P<era>[明大昭平令])(?P<era_year>[0-9０-９]{1,2})"
    r"(?P<type>法(?!務)|政|勅|条|[一-龥]{1,4}省令|府令|[一-龥]{1,6}規則)(?P<num>[0-9０-９]{1,4})(?![0-9０-９])"
)
_ABBREVIATED_TYPE = {"法": "法律", "政": "政令", "勅": "勅令", "条": "条約"}


def normalise_abbreviated_number(match: re.Match[str]) -> tuple[str, str]:
    """Display form and merge key of ``平17法86`` (the same as those of 平成17年法律第86号)."""
    era = ERA_OF_INITIAL[match.group("era")]
    kind = _ABBREVIATED_TYPE.get(match.group("type"), match.group("type"))
    when = f"{era}{_num(match.group('era_year'))}年"
    display = f"{when}{kind}第{_num(match.group('num'))}号"
    return display, f"jp:{when}{kind}:{_num(match.group('num'))}"


# A Russian federal law number: ``№ 374-ФЗ``, ``N 4-ФКЗ``.
RU_LAW_NUMBER_RE = re.compile(r"(?:№|No\.?|N)\s?(?P<num>[0-9]+)-(?P<type>ФЗ|ФКЗ)(?![А-Яа-я])")
# The same number in Japanese prose, the type in Latin or Cyrillic letters: 連邦法第236-FZ号, 連邦憲法的法律第4-ФКЗ号.
RU_LAW_NUMBER_JA_RE = re.compile(r"連邦(?:憲法的)?法(?:律)?第(?P<num>[0-9]+)[-‐－](?P<type>FKZ|FZ|ФКЗ|ФЗ)号")
_RU_TYPE = {"FZ": "ФЗ", "FKZ": "ФКЗ"}
# A United States public law: ``Public Law 117-58``, ``Pub. L. 117-58``, ``P.L. 117-58``.
US_LAW_NUMBER_RE = re.compile(r"(?:Public Law|Pub\.\s?L\.|P\.\s?L\.)\s?(?P<congress>[0-9]+)[-–](?P<num>[0-9]+)")
# A Security Council resolution by its bare number, as Diet records and document databases write it: 決議六八七
# (positional kanji digits), 決議660, 決議1695号. Three or four digits, so that a short count never passes; no year or
# slash after it (決議50/52 is a General Assembly symbol, taken by articles.UN_GA_RESOLUTION_RE).
BARE_RESOLUTION_RE = re.compile(
    r"決議[ \u3000]?(?P<num>[0-9]{3,4}|[〇一二三四五六七八九]{3,4})号?(?![0-9〇一二三四五六七八九十百千/年条項])"
)


# The next members of a list of resolutions, which name 決議 once: 決議第1267号、第1566号及び第1624号 (MOFA, the
# Japan-Russia action plan on counter-terrorism), 決議第1696号(2006)・第1737号(2006) (a member's year glossed after
# it, http://www.issue.net/~sun/sc/2008/1803.html): each member is a resolution number of its own.
LISTED_NUMBER_RE = re.compile(
    rf"(?:[(（][0-9]{{4}}[)）])?(?:、|,|・|及び|並びに|又は|と){_SPACE}第{_SPACE}(?P<num>{NUMBER}){_SPACE}号"
)


@lru_cache(maxsize=4)
def jp_law_numbers(text: str) -> tuple[re.Match[str], ...]:
    """Every JP_LAW_NUMBER_RE match in the text. The scan is the costliest of the instrument and article passes
    (its issuer part may start at any kanji), and both passes need it, so one document is scanned once."""
    return tuple(JP_LAW_NUMBER_RE.finditer(text))


def listed_resolutions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, display, key) of every list member after a 決議第N号 that does not repeat 決議."""
    found: list[tuple[int, int, str, str]] = []
    for head in jp_law_numbers(text):
        if head.group("type") != "決議":
            continue
        end = head.end()
        while (member := LISTED_NUMBER_RE.match(text, end)) is not None:
            num = parse_number(member.group("num"))
            found.append((member.start("num") - 1, member.end(), f"決議第{num}号", f"jp:決議:{num}"))
            end = member.end()
    return found


def bare_resolution_number(match: re.Match[str]) -> tuple[str, str]:
    """Display and merge key of ``決議六八七``: those of 決議第687号, so that both forms are one resolution."""
    num = parse_number(match.group("num"))
    return f"決議第{num}号", f"jp:決議:{num}"


# 「...」 whose content ends in an instrument word (or is a law's title after
# its number); the content may carry its own alias in parentheses.
# Double quotes 『』 hold a name too, as blogs and encyclopaedias write it: 正式名称は『日本国とソヴィエト社会主義
# 共和国連邦との共同宣言』と言い、一般的には『日ソ共同宣言』.
QUOTED_RE = re.compile(r"「(?P<body>[^「」\n]{2,120})」|『(?P<wbody>[^『』\n]{2,120})』")
# An alias defined right after a name: (以下「X」という。), （以下「X」）, (以下、Xという。), (以下X),
# (通称: X), (略称:X, English name); the full name given after a short one: (正式名称:X). Court decisions
# continue the definition with a second one: (以下「難民条約」といい,…を併せて「難民条約等」という。),
# (以下「入管難民法」というが,条文を示すときは「法」ともいう。): the first alias is the one after 以下.
# Statutes scope a definition to some provisions: 改正後の公職選挙法(次項において「新法」という。), (以下この条及び
# 次条において「旧法」という。) (the quotes are then required).
ALIAS_DEF_RE = re.compile(
    r"[(（](?P<word>以下[、,]?(?:[^「」()（）\n]{1,20}?において(?=「))?|通称[:：]?\s?|略称[:：]?\s?|正式名称[:：は]?\s?"
    r"|(?:この|次|前|同)(?:条|項|章|節|号)(?:[^「」()（）\n]{0,16}?)において(?=「))"
    # (a cabinet order calls the law it carries out 「法」: 以下「法」という。)
    r"「?(?P<alias>(?<=「)法(?=」)|[^「」()（）\n:：,、]{2,40}?)」?(?:という(?:。|が)?|といい)?(?:[,、][^()（）\n]*)?[)）]"
)
# The same definition with its parentheses lost, as statute sites print it (a space may pad the name
# and the alias): 改正前の 温泉法 以下「 旧法 」という。 — the quotes and という are then required.
ALIAS_DEF_BARE_RE = re.compile(
    r"[ \u3000]?(?P<word>以下[、,]?)「[ \u3000]?(?P<alias>[^「」()（）\n:：,、 \u3000]{2,40}?)[ \u3000]?」という"
)
# The definition after the instrument's number in one parenthesis, as statutes and ordinances write it:
# 都市計画法施行令(昭和44年政令第158号。以下「政令」という。), 都市計画法(昭和43年法律第100号。以下「法」という。).
ALIAS_AFTER_NUMBER_RE = re.compile(
    r"[(（][^()（）「」\n]{2,30}?号[。、,][ \u3000]?"
    r"(?P<word>以下[、,]?)「(?P<alias>[^「」()（）\n]{1,40}?)」という。?[)）]"
)
# A reference standing between a name and its alias definition: 民事訴訟法第2章第1節(以下、民訴法という。).
_REFERENCE_BETWEEN_RE = re.compile(rf"(?:第{_SPACE}{_NUM}{_SPACE}[条項号章節編款目](?:の{_NUM})*)*")
# A bill is named after the law it becomes: 「民法の一部を改正する法律案」 (the 案 is dropped).
BILL_RE = re.compile(r"(?:(?<=法律)|(?<=条約)|(?<=協定)|(?<=議定書))案$")
# A parenthesised short name at the end of a quoted name: ...条約(パートナーシップ条約).
INNER_ALIAS_RE = re.compile(r"^(?P<name>.+?)[(（](?P<alias>[^()（）]{2,40})[)）]$")
# ... unless the parentheses cite a provision: 「基本的な法律(憲法62条3号)」 quotes a term with the article that
# defines it (pacific-en.co.jp on Chinese law), so the quote names no instrument and 憲法 is the name before 62条.
CITED_PROVISION_RE = re.compile(r"[0-9０-９〇一二三四五六七八九十百千]+条")
# The original-language name in square brackets closing a quoted translated name, as Japanese translations of
# Chinese law print it: 「商品家屋販売管理弁法[商品房銷售管理弁法]」 (the name is the Japanese before the gloss).
ORIGINAL_GLOSS_RE = re.compile(r"^(?P<name>.+?)[\[［][^\[\]［］\n]{2,40}[\]］]$")
# A date right before a name: 1996年11月28日付の「...」, 2024年11月9日、連邦法...
DATE_BEFORE_RE = re.compile(r"(?P<y>[0-9]{4})年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日(?:付(?:け)?の?|の|、|に)?\s?$")
# The Russian form: от 09.11.2024 before the number.
RU_DATE_RE = re.compile(r"от\s(?P<d>[0-9]{2})\.(?P<m>[0-9]{2})\.(?P<y>[0-9]{4})\s?$")
# A Russian title in typographic or straight quotes.
RU_TITLE_RE = re.compile(r"\"(?P<body>[^\"\n]{5,300})\"|«(?P<gbody>[^«»\n]{5,300})»|“(?P<cbody>[^“”\n]{5,300})”")
_RU_TITLE_START = ("Договор", "Соглашение", "Конвенция", "Протокол", "Устав", "О ")
# An article number right after a name, Arabic or kanji (court judgments write 憲法二八条, 刑訴法四一〇条).
# 附則: 旧外国人登録法附則第四項; 修正: アメリカ合衆国憲法修正第14条 (an amendment, numbered like an article)
ARTICLE_AFTER = r"(?:第|附則|(?<=憲法)修正第|[0-9０-９]+条|[〇一二三四五六七八九十百千]+条)"
# Run of name characters ending in an instrument word, at a run boundary,
# before something that is not a name character (or before 第 / N条).  It may open with a Latin
# acronym (WTO協定, TRIPS協定, NPT条約).
# A noun glued to a name that stresses the instrument itself (条約自体と, 漁業協定自体が, 協定全体の): the name ends
# before it. Not when a longer compound goes on (全体会議).
ITSELF_AFTER = r"(?:自体|全体)(?![一-龥])"
# A noun glued to a name that means the instrument's wording (国連憲章テキスト | 国連広報センター, 日本国憲法前文,
# 国際連合憲章全文): the name ends before it. Not when a longer compound goes on (前文化).
WORDING_AFTER = r"(?:テキスト|前文|全文|本文|原文|正文|条文|和訳|英訳|邦訳|訳文)(?![一-龥々])"
UNQUOTED_RE = re.compile(
    rf"(?<![{_NAME_CHARS}A-Za-z])(?P<name>(?:[A-Z]{{2,8}}[{_NAME_CHARS}]*?|[{_NAME_CHARS}]+?)(?:{INSTRUMENT_WORD}))"
    # a law's bill is named after it: 旅券法案 is the bill of 旅券法 (案 only after 法)
    rf"(?={ARTICLE_AFTER}|及び|並びに|(?<=法)案|{ITSELF_AFTER}|{WORDING_AFTER}|[^{_NAME_CHARS}]|$)"
)
# Words ending in 法 that are a quality or a way, not a law: 上告適法, 違法, 手続方法, 行政立法.
# 提出法(案): 国会提出法案, 議員提出法案 are bills by who submitted them, never a law's name.
NOT_LAW_END_RE = re.compile(r"(?:適法|違法|合法|不法|方法|手法|司法|立法|用法|技法|作法|療法|文法|提出法)$")

# Unquoted names that do not name one instrument: generic words, pronouns
# (handled as same/principal references), and words that merely end in 法.
_GENERIC_WORDS = (
    "方法 手法 用法 司法 立法 違法 合法 適法 不法 無法 文法 技法 製法 "
    "話法 作法 寸法 療法 戦法 論法 兵法 国際法 国内法 憲法上 新法 旧法 "
    "本法 同法 母法 法律 連邦法 各法 両法 諸法 関係法 関連法 特別法 "
    "一般法 条約 新条約 旧条約 本条約 同条約 両条約 諸条約 当該条約 "
    "国際条約 協定 本協定 同協定 新協定 両協定 憲章 本憲章 同憲章 決議 "
    "同決議 本決議 各決議 議定書 同議定書 本議定書 宣言 共同宣言 同宣言 "
    "規約 条例 規則 政令 省令 法令 命令 指令 発令 号令 司令 訓令 政省令 "
    "同令 本令 勅令 府令 指示 辞令 禁止令 戒厳令 緊急事態宣言 独立宣言 "
    "本規則 同規則 改正法 現行法 細則 施行細則 多国間条約 二国間条約 多国間協定 二国間協定 "
    "労使協定 労働協定 "
)
_GENERIC = frozenset(_GENERIC_WORDS.split())
# An employer's agreement with its workforce, named by the article of the labour law it is made under: 36協定
# (労働基準法第36条), 三六協定, 18協定. A kind of private agreement, like 労使協定, not one instrument.
ARTICLE_NAMED_AGREEMENT_RE = re.compile(r"[0-9０-９〇一二三四五六七八九十]{1,3}協定")


def _generic(name: str) -> bool:
    """Whether a name is a generic word (条約, 労使協定) or an agreement named by an article number (36協定)."""
    return name in _GENERIC or ARTICLE_NAMED_AGREEMENT_RE.fullmatch(name) is not None


# Well-known laws whose usual name is two characters long.
SHORT_NAMES = frozenset({"憲法", "民法", "刑法", "商法"})
# Words ending in 令 that are ranks or orders, not instruments: 「航空集団司令」, 「退去命令」.
NOT_INSTRUMENT_END_RE = re.compile(r"(?:司令|指令|命令|号令|発令|辞令)$")
# Quoted speech that happens to end in an instrument word is rare; a quoted
# name must also be short of sentence punctuation.
_SENTENCE_PUNCT = re.compile(r"[。!?！？]")
# Abbreviations folded before names are compared.
_FOLD = (("国際連合", "国連"), ("安全保障理事会", "安保理"), ("ロシア連邦", "ロシア"))


@dataclass
class Instrument:
    """One law, treaty, charter, agreement or resolution named in a document.

    ``start``/``end`` locate its first mention (by any name); ``spans`` keeps
    every mention, name by name, for the article-reference resolver.
    """

    instrument_id: str
    canonical: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    number: str | None = None
    date: str | None = None
    start: int = 0
    end: int = 0
    spans: list[tuple[int, int, str]] = field(default_factory=list, repr=False, compare=False)

    def names(self) -> list[str]:
        return [self.canonical, *self.aliases]

    def row(self) -> dict:
        """The ``instruments`` table row (without the internal mention list)."""
        return {
            "instrument_id": self.instrument_id, "canonical": self.canonical, "kind": self.kind,
            "aliases": list(self.aliases), "number": self.number, "date": self.date,
            "start": self.start, "end": self.end,
        }  # fmt: skip


@dataclass(frozen=True)
class NameMention:
    """One occurrence of an instrument name or number in the text."""

    start: int
    end: int
    name: str
    how: str  # quoted, unquoted, number, alias, title
    kind: str
    number: str | None = None
    number_key: str | None = None
    date: str | None = None
    owner_end: int | None = None  # of an alias: where the name it is defined for ends


def kind_of(name: str) -> str:
    """The kind of instrument a name's last word gives (``...条約`` → treaty)."""
    if name.startswith(("Федеральный закон", "О ")):
        return "law"
    for prefix, kind in (("Договор", "treaty"), ("Соглашение", "agreement"), ("Конвенция", "treaty"),
                         ("Протокол", "protocol"), ("Устав", "charter"), ("Конституция", "constitution")):  # fmt: skip
        if name.startswith(prefix):
            return kind
    english = EN_INSTRUMENT_WORD_RE.search(name)
    if english is not None:
        return EN_KIND[english.group(0)]
    stripped = name.rstrip("」』 ")
    if stripped.endswith("について"):
        return "law"
    for word, kind in _KIND_BY_WORD:
        if stripped.endswith(word):
            return kind
    return "other"


# Old character forms (旧字体) of pre-1950s titles, compared as their modern forms: 日本國とソヴィエト社會主義共和國
# 連邦との共同宣言 (the 1956 gazette) is 日本国とソヴィエト社会主義共和国連邦との共同宣言.
OLD_FORM_KEY = str.maketrans("國會條號關權團體聯縣廳學舊經濟對與證據戰爭", "国会条号関権団体連県庁学旧経済対与証拠戦争")


@lru_cache(maxsize=8192)
def fold(name: str) -> str:
    """Comparison key of a name: abbreviations and old character forms folded, spaces and dots dropped (cached: the
    same names are folded again and again while instruments are merged)."""
    key = re.sub(r"[\s・]", "", name).translate(OLD_FORM_KEY)
    for long, short in _FOLD:
        key = key.replace(long, short)
    return key


def _num(surface: str | None) -> int | None:
    return None if surface is None else parse_number(surface)


def normalise_jp_number(match: re.Match[str]) -> tuple[str, str]:
    """Display form (Arabic numerals) and merge key of a Japanese law number."""
    era, era_year, year = match.group("era"), match.group("era_year"), match.group("year")
    era = ERA_OF_INITIAL.get(era, era) if era else era
    kind, num = match.group("type").translate(OLD_FORMS), _num(match.group("num"))
    when = f"{era}{_num(era_year)}年" if era else (f"{_num(year)}年" if year else "")
    display = f"{when}{kind}第{num}号"
    if kind in ("連邦法", "連邦憲法的法律"):
        key = f"ru:{'ФКЗ' if kind == '連邦憲法的法律' else 'ФЗ'}:{num}"
    else:
        key = f"jp:{when}{kind}:{num}"
    return display, key


def _promulgated(match: re.Match[str]) -> str | None:
    """ISO date of ``平成一一年一二月八日法律第一五一号`` (the promulgation date the number carries)."""
    if not match.group("month"):
        return None
    if match.group("era"):
        era = match.group("era")
        year = era_year(ERA_OF_INITIAL.get(era, era), _num(match.group("era_year")) or 1)
    elif match.group("year"):
        year = _num(match.group("year")) or 0
    else:
        return None
    return f"{year:04d}-{_num(match.group('month')) or 0:02d}-{_num(match.group('day')) or 0:02d}"


# Titles that are whole clauses: 民法の一部を改正する法律, ...の処罰に関する法律.
LONG_TITLE_RE = re.compile(
    r"(?:に関する|を改正する|に関する特別措置|の特例に関する)法律"
    # treaty titles: 条約法に関するウィーン条約, 日本国とアメリカ合衆国との間の相互協力及び安全保障条約, and the
    # covenants: 市民的及び政治的権利に関する国際規約
    r"|(?:に関する|との間の)[^、。,()（）「」『』\n]{0,30}?(?:条約|協定|議定書|規約)(?=第|[^一-龥]|$)"
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
    r"^.*(?:[)）](?:及び|並びに|又は|若しくは)|(?<![的な])、|[。,「」『』()（）○●◎■□◆◇※:：】]|[条項号]中|附則中"
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


def _clause_name(text: str, end: int) -> tuple[int, str] | None:
    """The title ending at ``end``: the clause before it, cut at punctuation or 第N条中.
    The title is returned as printed (its length gives the span); :func:`squeeze` gives the name."""
    window = text[max(0, end - 100) : end]
    name = _LEADING_PARTICLE_RE.sub("", _after_relative_clause(_CLAUSE_CUT_RE.sub("", window)))
    if len(name) < 3 or re.match("[ぁ-ん]", name) or not INSTRUMENT_END_RE.search(name):
        return None
    return end - len(name), name


# What a clause-long title before a number looks like: ...に関する法律, ...の一部を改正する法律, ...協定.
TITLE_SHAPE_RE = re.compile(r"(?:に関する|を改正する|に基づく|のための|との間の|の特例)[^をはがにで]*$")
# The last run of name characters of a clause: 道路運送車両法 in 保安基準を定める道路運送車両法.
TRAILING_NAME_RE = re.compile(rf"(?:[A-Z]{{2,8}})?[{_NAME_CHARS}]+$")


def _numbered_name(clause: tuple[int, str] | None) -> tuple[int, str] | None:
    """The name a law number in parentheses belongs to: the whole clause only when it reads like a title
    (…に関する法律); otherwise the trailing run of name characters (…を定める道路運送車両法 → 道路運送車両法)."""
    if clause is None or not re.search("[ぁ-ん]", clause[1]) or TITLE_SHAPE_RE.search(clause[1]):
        return clause
    if _noun_phrase(clause[1]):
        return clause  # 村上市ごみの散乱等防止条例(平成20年村上市条例第166号): nouns joined by の, no verb
    start, name = clause
    tail = TRAILING_NAME_RE.search(name)
    if tail is None or len(tail.group(0)) < 2 or tail.group(0) in _GENERIC:
        return None
    joined = CONJOINED_TITLE_RE.search(name, 0, tail.start())
    if joined is not None and not re.search(rf"(?:{INSTRUMENT_WORD}|[条項号])$", joined.group("head")):
        return start + joined.start(), name[joined.start() :]  # 出入国管理及び難民認定法(昭和二十六年政令…)
    return start + tail.start(), tail.group(0)


def squeeze(name: str) -> str:
    """A title without the link spaces a web page left in it."""
    return LINK_SPACE_RE.sub("", name)


def _enclosing_paren(text: str, start: int) -> int | None:
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


def _titled_mentions(text: str, numbers: list[NameMention]) -> list[NameMention]:
    """Names standing before their number in parentheses, and clause-long titles (...に関する法律)."""
    found: dict[int, NameMention] = {}
    for number in numbers:
        opening = _enclosing_paren(text, number.start)
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
        if short is not None and short.group("name") not in _GENERIC:
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


def _date_before(text: str, start: int) -> str | None:
    window = text[max(0, start - 24) : start]
    match = DATE_BEFORE_RE.search(window) or RU_DATE_RE.search(window)
    if match is None:
        return None
    return f"{int(match.group('y')):04d}-{int(match.group('m')):02d}-{int(match.group('d')):02d}"


def _number_mentions(text: str) -> list[NameMention]:
    found: list[NameMention] = []
    for match in jp_law_numbers(text):
        display, key = normalise_jp_number(match)
        kind = "resolution" if match.group("type") == "決議" else kind_of(match.group("type").translate(OLD_FORMS))
        date = _promulgated(match) or _date_before(text, match.start())
        found.append(NameMention(match.start(), match.end(), display, "number", kind, display, key, date))
    for match in ABBREVIATED_LAW_NUMBER_RE.finditer(text):
        display, key = normalise_abbreviated_number(match)
        found.append(NameMention(match.start(), match.end(), display, "number", kind_of(display), display, key))
    for match in RU_LAW_NUMBER_RE.finditer(text):
        display = f"{match.group('num')}-{match.group('type')}"
        key = f"ru:{match.group('type')}:{match.group('num')}"
        found.append(NameMention(match.start(), match.end(), display, "number", "law", display, key,
                                 _date_before(text, match.start())))  # fmt: skip
    for match in US_LAW_NUMBER_RE.finditer(text):
        display = f"Public Law {match.group('congress')}-{match.group('num')}"
        key = f"us:pl:{match.group('congress')}-{match.group('num')}"
        found.append(NameMention(match.start(), match.end(), display, "number", "law", display, key))
    for match in RU_LAW_NUMBER_JA_RE.finditer(text):
        display, key = ru_number_ja(match)
        found.append(NameMention(match.start(), match.end(), display, "number", "law", display, key))
    for match in BARE_RESOLUTION_RE.finditer(text):
        display, key = bare_resolution_number(match)
        found.append(NameMention(match.start(), match.end(), display, "number", "resolution", display, key))
    for start, end, display, key in listed_resolutions(text):
        found.append(NameMention(start, end, display, "number", "resolution", display, key))
    return found


# EU acts are named by their number: 指令95/46/EC, 指令 95/46/EC, 規則(EU) 2016/679, 規則 (EC) No 45/2001,
# Directive 95/46/EC, Regulation (EU) 2016/679, Decision No 1247/2002/EC. The number (year/serial, or serial/year
# before 2015, maybe the legal order) identifies the act in any language: a Japanese and an English mention are one.
EU_ACT_RE = re.compile(
    r"(?:(?P<ja>指令|規則|決定)|(?P<en>Directive|Regulation|Decision)\s)"
    r"[ \u3000]?(?:[(（](?:EU|EC|EEC|EU,\s?Euratom)[)）][ \u3000]?)?(?:No\.?\s?|第)?"
    r"(?P<num>[0-9]{1,4}/[0-9]{1,4})(?P<order>/(?:EC|EEC|EU|CE|EU,\s?Euratom))?(?![0-9/])"
)
_EU_KIND = {"指令": "directive", "Directive": "directive", "規則": "regulation", "Regulation": "regulation",
            "決定": "decision", "Decision": "decision"}  # fmt: skip


def _eu_acts(text: str) -> list[NameMention]:
    """EU directives, regulations and decisions named by number (see EU_ACT_RE), as strong as quoted names."""
    found = []
    for match in EU_ACT_RE.finditer(text):
        kind = _EU_KIND[match.group("ja") or match.group("en")]
        number = match.group("num") + (match.group("order") or "")
        key = f"eu:{kind}:{match.group('num')}"
        found.append(NameMention(match.start(), match.end(), match.group(0), "quoted", kind, number, key))
    return found


def ru_number_ja(match: re.Match[str]) -> tuple[str, str]:
    """Display (as written: ``236-FZ``) and merge key (that of ``№ 236-ФЗ``) of ``連邦法第236-FZ号``."""
    kind = match.group("type")
    return f"{match.group('num')}-{kind}", f"ru:{_RU_TYPE.get(kind, kind)}:{match.group('num')}"


# A name that follows its number in the same parentheses, as commentary writes an old or renamed law:
# 法例(明治23年法律第97号、旧法例), 昭和22年法律第67号(地方自治法); いわゆる may stand before it. The name is a run
# of name characters closed by the parenthesis, ending in an instrument word or 法例 (the pre-2006 conflicts statute).
NAME_AFTER_NUMBER_RE = re.compile(rf"(?:[、，]|[(（])(?:いわゆる)?(?P<name>[{_NAME_CHARS}]{{2,30}})[)）]")
NAME_AFTER_NUMBER_END_RE = re.compile(rf"(?:{INSTRUMENT_WORD}|法例)$")
# Words that stand after a number but name no instrument of their own (同法 is an anaphor, 抄 an excerpt mark).
_NOT_NAME_AFTER_NUMBER = frozenset({"同法", "本法", "新法", "旧法", "この法律", "抄"})


def _named_after_numbers(text: str, numbers: list[NameMention]) -> list[NameMention]:
    """Names written after their number inside one pair of parentheses: the number's instrument is that name."""
    found: list[NameMention] = []
    for number in numbers:
        match = NAME_AFTER_NUMBER_RE.match(text, number.end)
        if match is None or (match.group(0)[0] in "(（" and number.start and text[number.start - 1] in "(（"):
            continue  # (平成5年法律第88号)(抄): a second pair after a closed one is no name of the number
        name = match.group("name")
        if name in _NOT_NAME_AFTER_NUMBER or name in _GENERIC or not NAME_AFTER_NUMBER_END_RE.search(name):
            continue
        kind = kind_of(name) if kind_of(name) != "other" else number.kind
        start = match.start("name")
        found.append(NameMention(start, match.end("name"), name, "quoted", kind, number.number, number.number_key,
                                 number.date))  # fmt: skip
    return found


# A quoted title that does not end in an instrument word (a law titled 「…政策について」, a decree 「…ニ関スル件」)
# is an instrument's name when the text says what it is right after it: a short name defined for it that is one
# (「朝鮮民主主義人民共和国核武力政策について」(以下、核武力政策法)), or という法令/法律/条約.
TITLE_KIND_AFTER_RE = re.compile(r"という(?P<word>法令|法律|条約|協定|政令|勅令)")


def _linked_kind(text: str, quote_end: int) -> str | None:
    """The kind of instrument the words right after a closing quote make the quoted title (see above), or None."""
    defined = ALIAS_DEF_RE.match(text, quote_end)
    if defined is not None and INSTRUMENT_END_RE.search(defined.group("alias")):
        kind = kind_of(defined.group("alias"))
        return kind if kind != "other" else None
    said = TITLE_KIND_AFTER_RE.match(text, quote_end)
    if said is not None:
        kind = kind_of(said.group("word"))
        return kind if kind != "other" else "law"
    return None


def _quoted_mentions(text: str, numbers: list[NameMention]) -> list[NameMention]:
    """Quoted names; a quoted title right after a law number is that law's name."""
    number_end = {m.end: m for m in numbers}
    number_start = {m.start: m for m in numbers}
    found: list[NameMention] = []
    for match in QUOTED_RE.finditer(text):
        body = match.group("body") or match.group("wbody")
        if _SENTENCE_PUNCT.search(body) or text[max(0, match.start() - 3) : match.start()].endswith(("以下", "以下、")):
            continue
        glossed = ORIGINAL_GLOSS_RE.match(body)
        span = len(body) if glossed else None  # the mention covers the gloss, so the article after 」 is its own
        body = glossed.group("name") if glossed else body
        inner = INNER_ALIAS_RE.match(body)
        if inner and CITED_PROVISION_RE.search(inner.group("alias")):
            continue
        name = BILL_RE.sub("", inner.group("name") if inner else body)
        # a title before its number in parentheses: 「朝鮮人ノ姓名改称ニ関スル件」(明治44年朝鮮総督府令第124号)
        after = number_start.get(match.end() + 1) if text[match.end() : match.end() + 1] in ("(", "（") else None
        numbered = number_end.get(match.start()) or after
        if numbered is None and SUBJECT_TITLE_RE.search(name):  # 「明治22年法律第34号」を「決闘ニ関スル件」とする
            numbered = (
                number_end.get(match.start() - len(QUOTED_NUMBER_GAP))
                if text[match.start() - len(QUOTED_NUMBER_GAP) : match.start()] == QUOTED_NUMBER_GAP
                else None
            )
        linked = None if numbered else _linked_kind(text, match.end())
        if numbered is None and linked is None and (kind_of(name) == "other" or NOT_INSTRUMENT_END_RE.search(name)):
            continue
        if numbered is None and linked is None and not INSTRUMENT_END_RE.search(name):
            continue
        if numbered is None and _generic(name):
            continue  # 「条約」とは…をいう: a term being defined, not the name of one instrument
        start = match.start() + 1
        kind = numbered.kind if numbered else linked if kind_of(name) == "other" and linked else kind_of(name)
        found.append(NameMention(start, start + (span or len(name)), name, "quoted", kind,
                                 numbered.number if numbered else None,
                                 numbered.number_key if numbered else None,
                                 _date_before(text, numbered.start if numbered else match.start())))  # fmt: skip
        if inner:
            alias_start = match.start() + 1 + inner.start("alias")
            found.append(NameMention(alias_start, alias_start + len(inner.group("alias")),
                                     inner.group("alias"), "alias", kind))  # fmt: skip
    return found


def _russian_mentions(text: str, numbers: list[NameMention]) -> list[NameMention]:
    """Russian titles: after a ``№ N-ФЗ`` number (the law's title) or starting with Договор etc."""
    found: list[NameMention] = []
    for match in RU_TITLE_RE.finditer(text):
        group = next(g for g in ("body", "gbody", "cbody") if match.group(g) is not None)
        body = match.group(group).rstrip(", ")
        before = [
            m for m in numbers if 0 <= match.start() - m.end <= 2 and m.number_key and m.number_key.startswith("ru:")
        ]
        if not before and not body.startswith(_RU_TITLE_START[:-1]):
            continue
        numbered = before[0] if before else None
        start = match.start() + 1
        found.append(NameMention(start, start + len(body), body, "quoted", numbered.kind if numbered else kind_of(body),
                                 numbered.number if numbered else None,
                                 numbered.number_key if numbered else None,
                                 numbered.date if numbered else None))  # fmt: skip
    return found


# A Russian instrument named by its noun and its state or organisation, in any case and in capitals: Конституцию
# Российской Федерации, КОНСТИТУЦИИ РОССИЙСКОЙ ФЕДЕРАЦИИ, Устава ООН, Гражданского кодекса is left to quoted titles.
RU_NAMED_RE = re.compile(
    r"(?<![А-Яа-яЁё])(?P<noun>Конституци(?:я|и|ю|ей)|Устав(?:а|е|у|ом)?)\s"
    r"(?P<owner>Российской\s+Федерации|России|РФ|СССР|Организации\s+Объедин[её]нных\s+Наций|ООН)(?![А-Яа-яЁё])",
    re.IGNORECASE,
)
_RU_NOMINATIVE = {"конституци": "Конституция", "устав": "Устав"}


def _russian_named(text: str) -> list[NameMention]:
    """Russian names in oblique cases or capitals, filed under the nominative (Конституция Российской Федерации)."""
    found: list[NameMention] = []
    for match in RU_NAMED_RE.finditer(text):
        noun = next(v for k, v in _RU_NOMINATIVE.items() if match.group("noun").lower().startswith(k))
        owner = re.sub(r"\s+", " ", match.group("owner"))
        owner = owner if len(owner) <= 4 else " ".join(w.capitalize() for w in owner.lower().split())
        name = f"{noun} {owner}"
        found.append(NameMention(match.start(), match.end(), name, "quoted", kind_of(name)))
    return found


# The year a name starting with 年 was cut from: 1993 in 1993年憲法, 平成17 in 平成17年改正前商法.
YEAR_BEFORE_NAME_RE = re.compile(rf"(?:(?:明治|大正|昭和|平成|令和){_NUM}|(?<![0-9０-９])[0-9０-９]{{4}})$")


# The first half of a title joined by 及び/並びに (出入国管理及び難民認定法: the name is the whole title, 難民認定法 is
# only its ending). When the first half is itself a name (刑法及び民法) or a reference (第三条及び民法), these are two.
CONJOINED_TITLE_RE = re.compile(rf"(?<![{_NAME_CHARS}])(?P<head>[{_NAME_CHARS}]{{2,30}})(?:及び|並びに)$")


# わが/我が before 国 (我が国, わが国: "our country"): the 国 a name run starts with is the possessive phrase's noun.
OUR_COUNTRY_BEFORE_RE = re.compile(r"(?:わが|我が|吾が)$")


# The heading of a Diet member's written question, glued to its title: 衆議院議員緒方林太郎君提出条約の解釈に関する質問
# (the member's name and 君提出 are not part of any instrument's name; what follows is the question's title).
DIET_QUESTION_HEAD_RE = re.compile(r"^.*君提出")


# A name used as a modifier of the noun after it, its gloss between: 核兵器不拡散条約(NPT)運用検討会議 (a conference).
NOUN_AFTER_NAME_RE = re.compile(rf"[(（][^()（）\n]{{1,40}}[)）][{_NAME_CHARS}]")
# A numeral right before a name run: the run's first character may be its counter (第11回, 2010年).
NUMERAL_BEFORE_RE = re.compile(r"[0-9０-９〇一二三四五六七八九十]$")


def _counter_head(text: str, start: int, name: str) -> bool:
    """Whether the run opens with the counter of a number before it, which counts what the name modifies (第11回
    核不拡散条約(NPT)再検討会議: the 11th conference; 2010年…(NPT)運用検討会議): 回 never opens a title, and a
    year does not when the name is glossed and then modifies a noun (the year is the conference's)."""
    if len(name) < 4 or not NUMERAL_BEFORE_RE.search(text, max(0, start - 1), start):
        return False
    return name[0] == "回" or (name[0] == "年" and NOUN_AFTER_NAME_RE.match(text, start + len(name)) is not None)


def _unquoted_mentions(text: str, taken: list[tuple[int, int]]) -> list[NameMention]:
    found: list[NameMention] = []
    for match in UNQUOTED_RE.finditer(text):
        name = match.group("name")
        name = re.sub(r"^.*(?:[条項号]中|附則中)", "", name)  # 第二十一条中内航海運業法: amendment wording
        name = DIET_QUESTION_HEAD_RE.sub("", name)  # 衆議院議員緒方林太郎君提出条約の解釈に関する質問
        # 旧 stays: 旧民法 (the Meiji code) is another instrument than 民法; 新法人税法 is 法人税法 amended
        name = re.sub(rf"^(?:同|本|当該|前記|上記|新|両|各|諸|他)(?=[{_NAME_CHARS}]{{2}})", "", name)
        if re.match(r"(?:同|本|当該)(?:法|条約|協定)施行", match.group("name")):
            continue  # 同法施行令, 本法施行規則: "the order of that law", a pointer, not a name
        if OUR_COUNTRY_BEFORE_RE.search(text, max(0, match.start() - 2), match.start()):
            name = re.sub(rf"^国(?=[{_NAME_CHARS}]{{2}})", "", name)  # わが国刑法: our country's 刑法
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
    if _generic(name) or (len(name) < 3 and name not in SHORT_NAMES) or overlaps:
        return None
    if NOT_LAW_END_RE.search(name):
        return None
    if name.endswith("法") and not _law_like(text, end, name):
        return None
    if kind_of(name) in ("ordinance", "regulation") and not _rule_named(text, end, name):
        return None  # 総務省令で定める: a kind of rule, not one named instrument
    return NameMention(start, end, name, "unquoted", kind_of(name))


# Two countries abbreviated to one character each open a name (日米安保条約, 日韓請求権協定, 米ソ…条約): what a run of
# nouns holds before them is the topic the writer glued to the name without a particle (尖閣諸島日米安保条約).
COUNTRY_INITIALS = "日米中韓朝露ロソ英仏独豪印伊加台欧"
COUNTRY_PAIR_RE = re.compile(rf"(?P<a>[{COUNTRY_INITIALS}])(?!(?P=a))[{COUNTRY_INITIALS}]")


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[tuple[int, str, str], ...]:
    """(offset, surface, UniDic pos4) of the words of a run of name characters (cached: the same prefixes are
    tagged at every cut point of every pair of names compared)."""
    words, offset = [], 0
    for word in tagger()(name):  # UniDic pos4 国 tells a country name
        offset = name.find(word.surface, offset)
        words.append((offset, word.surface, word.feature.pos4 or ""))
        offset += len(word.surface)
    return tuple(words)


def split_glued(name: str) -> list[tuple[int, str]]:
    """The names in one run of name characters, as (offset, name).

    Two names glued where a list lost its comma split where an instrument word meets a country's name
    (中華人民共和国憲法中華人民共和国香港特別行政区基本法: UniDic tags 中華 pos4 国). A country pair that is not
    the run's first word opens the name (尖閣諸島日米安保条約 -> 日米安保条約)."""
    if len(name) < 6:
        return [(0, name)]
    words = _words(name)
    pieces, cut = [], 0
    for index, (offset, surface, _pos4) in enumerate(words):
        if offset > cut and COUNTRY_PAIR_RE.fullmatch(surface):
            cut = offset
        following = words[index + 1] if index + 1 < len(words) else None
        if following is not None and following[2] == "国" and INSTRUMENT_END_RE.search(surface):
            pieces.append((cut, name[cut : offset + len(surface)]))
            cut = following[0]
    pieces.append((cut, name[cut:]))
    return pieces


@lru_cache(maxsize=4096)
def adverbial_head(name: str) -> int:
    """How many leading characters of a name run are an adverbial noun glued before a country's name (その場合インド
    憲法, その際アメリカ合衆国憲法: UniDic 副詞可能 場合/際, then pos4 国): such a noun (a time or a case) never opens a
    title, so the name starts at the country."""
    words = list(tagger()(name[:12]))
    if len(words) < 3 or words[0].feature.pos3 != "副詞可能" or words[1].feature.pos4 != "国":
        return 0
    return len(words[0].surface) if name.startswith(words[0].surface) else 0


@lru_cache(maxsize=4096)
def country_head(prefix: str) -> bool:
    """Whether ``prefix`` only names a country or a pair of them (日米, 中華人民共和国, 日本国): a name without it
    is the same instrument (安保条約 of 日米安保条約)."""
    if COUNTRY_PAIR_RE.fullmatch(prefix):
        return True
    words = _words(prefix) if prefix else ()
    if not words or words[0][2] != "国":
        return False
    return len(words) == 1 or prefix.endswith(("国", "連邦"))


# The ordinance or rule that carries out a law: 温泉法施行規則, 行政手続法施行令 (always one instrument).
IMPLEMENTING_RULE_RE = re.compile(r"法施行(?:規則|令|細則)$")


# The name in its own language between a name and its article: EU一般データ保護規則(GDPR)第17条.
ORIGINAL_NAME_PAREN = r"(?:[(（][A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё0-9 .,'’\-–/&]{1,34}[)）])?"


# A Latin acronym in parentheses right after a rule's name: the writer names one rule (一般データ保護規則(GDPR),
# 医療機器規則(MDR)); a kind of rule (総務省令, 施行規則) is never given an acronym.
ACRONYM_GLOSS_RE = re.compile(r"[(（][A-Z][A-Za-z]{1,7}[)）]")


def _rule_named(text: str, end: int, name: str) -> bool:
    """An unquoted ``...省令``/``...規則`` names one rule before an article, with an acronym gloss, or when it
    implements a law."""
    if re.match(ORIGINAL_NAME_PAREN + ARTICLE_AFTER, text[end:]) or IMPLEMENTING_RULE_RE.search(name):
        return True
    return len(name) >= 4 and ACRONYM_GLOSS_RE.match(text, end) is not None


def _law_like(text: str, end: int, name: str) -> bool:
    """An unquoted ``...法`` names a law when an article or number follows, or it reads like a title."""
    after = text[end : end + 12]
    if after.startswith("案"):
        return True  # the bill of a law is named after it: 旅券法案
    # one space may stand between: the space a web page leaves after a linked name (国会法 第130条)
    if re.match(rf"[ \u3000]?(?:{ARTICLE_AFTER}|[(（](?:{NUMBER}|明治|大正|昭和|平成|令和))", after):
        return True
    if ALIAS_DEF_RE.match(text, end) or ALIAS_DEF_BARE_RE.match(text, end):
        return True  # a name given an alias is a name: 温泉法 以下「 旧法 」という。
    return name.removeprefix("旧") in SHORT_NAMES or (len(name) >= 4 and not name.endswith(("的法", "上法")))


# A short name in parentheses right after a title, with no 以下 or 略称: 国際刑事裁判所に対する協力等に関する法律
# (協力法), 個人情報の保護に関する法律(個人情報保護法), …地位に関する協定(日米地位協定).
PAREN_SHORT_NAME_RE = re.compile(rf"[(（](?P<alias>[{_NAME_CHARS}]{{2,15}})[)）]")
_SHORT_WORDS = ("議定書", "条約", "協定", "憲章", "規約", "規程", "宣言", "規則", "法")


def _shortens(alias: str, name: str) -> bool:
    """Whether ``alias`` can be the short name of ``name``: shorter, ending in the same instrument word (a 法律 is
    shortened to …法)."""
    word = next((w for w in _SHORT_WORDS if alias.endswith(w)), None)
    if word is None or len(alias) >= len(name) or alias in _GENERIC:
        return False
    return name.endswith(word) or (word == "法" and name.endswith("法律"))


def _attach_aliases(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """Aliases defined right after a name: (以下「X」)."""
    extra: list[NameMention] = []
    for mention in mentions:
        if mention.how not in ("quoted", "unquoted"):
            continue
        # past the closing quote; a name found by its number (都市計画法(昭和43年法律第100号。…)) has none
        after = mention.end + (1 if mention.how == "quoted" and text[mention.end : mention.end + 1] in "」』" else 0)
        after = _REFERENCE_BETWEEN_RE.match(text, after).end()  # type: ignore[union-attr]
        match = (
            ALIAS_DEF_RE.match(text, after)
            or ALIAS_DEF_BARE_RE.match(text, after)
            or ALIAS_AFTER_NUMBER_RE.match(text, after)
        )
        if match is None:
            short = PAREN_SHORT_NAME_RE.match(text, after)
            if short is not None and _shortens(short.group("alias"), mention.name):
                extra.append(NameMention(short.start("alias"), short.end("alias"), short.group("alias"), "alias",
                                         mention.kind, owner_end=mention.end))  # fmt: skip
            continue
        alias = match.group("alias")
        alias_start = match.start("alias")
        how = "full" if match.group("word").startswith("正式名称") else "alias"
        extra.append(NameMention(alias_start, alias_start + len(alias), alias, how, mention.kind,
                                 owner_end=mention.end))  # fmt: skip
    return extra


# English titles, as treaty texts and English commentary give them: the Charter of the United Nations, the
# International Covenant on Economic, Social and Cultural Rights, Japan's Penal Code. A title is a run of capitalised
# words joined by the lower-case words titles use (of, on, the, and ...); a comma only inside a series closed by
# and (Economic, Social and Cultural). It names an instrument when one of its words is an instrument word.
_EN_CAP = r"(?!Articles?\b|Art\.)[A-Z][A-Za-z.’'\-]*[A-Za-z]"
_EN_SERIES = rf"{_EN_CAP}(?:, {_EN_CAP})+,? and {_EN_CAP}"
_EN_LINK = r"(?:of|on|the|and|for|to|in|with|between|against|relating to|concerning)"
EN_TITLE_RE = re.compile(
    rf"(?<![A-Za-z])(?P<name>(?:{_EN_SERIES}|{_EN_CAP})(?: (?:{_EN_LINK} )*(?:{_EN_SERIES}|{_EN_CAP}))*)"
)
EN_KIND = {
    "Charter": "charter", "Treaty": "treaty", "Convention": "treaty", "Covenant": "covenant",
    "Agreement": "agreement", "Protocol": "protocol", "Constitution": "constitution", "Code": "law",
    "Act": "law", "Declaration": "declaration", "Statute": "law",
}  # fmt: skip
EN_INSTRUMENT_WORD_RE = re.compile(rf"\b(?:{'|'.join(EN_KIND)})\b")
# Leading words that are no part of a title: the article (The Constitution), a sentence opener (WHEREAS).
EN_LEADING_RE = re.compile(r"^(?:(?:The|THE|WHEREAS|Whereas|And|But|Under|In|As|By) )+")


LATIN_LETTER_RE = re.compile("[A-Za-z]")
JAPANESE_CHAR_RE = re.compile(f"[ぁ-ん{_NAME_CHARS}]")


def _english_text(text: str) -> bool:
    """Whether the text is English prose: more Latin letters than Japanese characters. A Japanese text's English
    glosses (北大西洋条約の第5条(Article 5 of the North Atlantic Treaty)) name its Japanese instruments again."""
    return len(LATIN_LETTER_RE.findall(text)) > len(JAPANESE_CHAR_RE.findall(text))


def _english_named(text: str) -> list[NameMention]:
    """English instrument titles of an English text (see EN_TITLE_RE); a bare instrument word (the Convention)
    names none."""
    found: list[NameMention] = []
    english: bool | None = None  # _english_text(text), counted only once a title is found (most texts have none)
    for match in EN_TITLE_RE.finditer(text):
        lead = EN_LEADING_RE.match(match.group("name"))
        name = match.group("name")[lead.end() if lead else 0 :]
        if " " not in name or EN_INSTRUMENT_WORD_RE.search(name) is None:
            continue
        if english is None:
            english = _english_text(text)
        if not english:
            return found
        start = match.end() - len(name)
        found.append(NameMention(start, match.end(), name, "unquoted", kind_of(name)))
    return found


# A treaty title naming the state it is made with: 日本国との平和条約, and with both parties
# 日本国とソヴィエト社会主義共和国連邦との共同宣言. The party's formal name (three characters or more, ending in
# 国/連邦), との, and a run of name characters ending in a treaty word. An informal party (中国との協定,
# ロシアとの平和条約) gives a description, not a title; nor is the head of a longer title one
# (日本国との平和条約に基づき日本の国籍を離脱した者等の出入国管理に関する特例法).
PARTNER_TITLE_RE = re.compile(
    rf"(?<![{_NAME_CHARS}])(?P<name>(?:[{_NAME_CHARS}]{{2,20}}と)?(?P<party>[{_NAME_CHARS}]{{3,20}})との(?!間)"
    rf"[{_NAME_CHARS}]{{1,20}}?(?:条約|協定|議定書|宣言))(?={ARTICLE_AFTER}|[^{_NAME_CHARS}]|$)"
    r"(?!に基づ|に関す|に伴|の実施に|の規定に基づ)"
)


def _titles_outside(
    pattern: re.Pattern[str], accept: Callable[[re.Match[str]], bool], text: str, known: list[NameMention]
) -> list[NameMention]:
    """Unquoted titles: the ``name`` group of each match of ``pattern`` that ``accept`` takes and that
    overlaps no name found before."""
    found: list[NameMention] = []
    for match in pattern.finditer(text):
        (start, end), name = match.span("name"), match.group("name")
        if not accept(match) or any(start < m.end and m.start < end for m in known):
            continue
        found.append(NameMention(start, end, name, "unquoted", kind_of(name)))
    return found


def _formal_party(match: re.Match[str]) -> bool:
    """The party of a PARTNER_TITLE_RE match is a state's formal name (UniDic: a country word first)."""
    party = match.group("party")
    return party.endswith(("国", "連邦")) and bool(country_head(party))


def _partner_titles(text: str, known: list[NameMention]) -> list[NameMention]:
    """Titles of PARTNER_TITLE_RE whose party is a state's formal name."""
    return _titles_outside(PARTNER_TITLE_RE, _formal_party, text, known)


# A treaty title opened by the pair of states it is made between, abbreviated (日米間の相互協力及び安全保障条約,
# 日韓間の漁業協定, 日中両国間の平和友好条約): a Diet speaker's short form of …との間の… titles. Between 間の and the
# treaty word stand name characters (and 及び/並びに/に関する joining them), two at least: 日米間の条約 is a
# description, not a title. The title may be followed by 自体/全体 (条約自体と).
COUNTRY_PAIR_TITLE_RE = re.compile(
    rf"(?<![{_NAME_CHARS}])(?P<name>(?:[{COUNTRY_INITIALS}]{{0,3}}両国|[{COUNTRY_INITIALS}]{{2,3}})間の"
    rf"(?P<body>(?:[{_NAME_CHARS}]|及び|並びに|に関する)+?)(?:条約|協定|議定書|取極|宣言))"
    rf"(?={ARTICLE_AFTER}|{ITSELF_AFTER}|{WORDING_AFTER}|[^{_NAME_CHARS}]|$)"
)


def _paired_states(match: re.Match[str]) -> bool:
    """A COUNTRY_PAIR_TITLE_RE match opens with a pair of country letters or 両国 and has a title body."""
    name = match.group("name")
    paired = COUNTRY_PAIR_RE.match(name) is not None or "両国" in name[:5]
    return paired and len(match.group("body")) >= 2


def _country_pair_titles(text: str, known: list[NameMention]) -> list[NameMention]:
    """Titles of COUNTRY_PAIR_TITLE_RE (not inside a name found before)."""
    return _titles_outside(COUNTRY_PAIR_TITLE_RE, _paired_states, text, known)


def collect_mentions(text: str) -> list[NameMention]:
    """Every name or number of an instrument in the text, in text order."""
    numbers = _number_mentions(text)
    quoted = _quoted_mentions(text, numbers) + _russian_mentions(text, numbers) + _russian_named(text)
    quoted += _titled_mentions(text, numbers) + _eu_acts(text)
    quoted += _named_after_numbers(text, numbers)
    quoted += _partner_titles(text, quoted) + _english_named(text)
    quoted += _country_pair_titles(text, quoted)
    quoted = _with_title_line(text, quoted) + _spaced_title_lines(text, quoted)
    quoted = _official_quoted(text, quoted)
    aliases = _attach_aliases(text, quoted) + _official_names(text)
    # a subject title holds the names of the laws it is about (国立国会図書館法第二十五条の規定により…に関する件)
    taken = [(m.start, m.end) for m in numbers + quoted + aliases if not SUBJECT_TITLE_RE.search(m.name)]
    repeats = _defining_repeats(text, quoted)
    for name in {m.name for m in quoted if len(m.name) >= 4}:  # later unquoted uses of a quoted name
        taken += [(found.start(), found.end()) for found in re.finditer(re.escape(name), text)
                  if not _country_glued(text, found.start())]  # fmt: skip
    kana = [m for m in _curated_kana_names(text) if not any(m.start < e and s < m.end for s, e in taken)]
    taken += [(m.start, m.end) for m in kana]
    unquoted = kana + _unquoted_mentions(text, taken) + _amended_mentions(quoted) + repeats
    unquoted += _acronyms_before_articles(text, taken)
    unquoted += _curated_acronyms(text, taken + [(m.start, m.end) for m in unquoted])
    aliases += _attach_aliases(text, unquoted)
    defined = {(m.start, m.end) for m in aliases}
    names = [m for m in quoted + unquoted if (m.start, m.end) not in defined]
    names = _paren_full_names(text, names)
    names = _possessive_country_names(text, names)
    return sorted(numbers + aliases + names, key=lambda m: (m.start, -m.end))


# A country and の before a short name: 日本の個情法 where the text also says 日本個情法 (and 韓国個情法 for another
# law of the same short name), as comparative commentary tells two countries' acts apart
# (https://note.com/chongfa510/n/n26b5a9d157c0, on Korea's and Japan's personal information acts).
COUNTRY_OF_BEFORE_RE = re.compile(rf"(?P<country>[{_NAME_CHARS}]{{1,6}})の$")


def _possessive_country_names(text: str, names: list[NameMention]) -> list[NameMention]:
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


# A Latin acronym standing alone as a word (NPT前文, NPTは第10条に則って): not part of a longer Latin word.
LATIN_WORD_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,8}(?![A-Za-z0-9])")


def _curated_acronyms(text: str, taken: list[tuple[int, int]]) -> list[NameMention]:
    """Latin acronyms the curated alias list gives for a treaty (NPT: 核兵器の不拡散に関する条約), standing alone:
    the press and reports name the treaty by them (同条約第6条 after NPT前文 points to it). Only the listed ones,
    since most acronyms name organisations (IAEA, NATO), not instruments."""
    acronyms = {short: full for short, full in known_aliases() if LATIN_WORD_RE.fullmatch(short)}
    if not acronyms:
        return []
    found = []
    for match in LATIN_WORD_RE.finditer(text):
        full = acronyms.get(match.group(0))
        if full is None or any(match.start() < e and s < match.end() for s, e in taken):
            continue
        found.append(NameMention(match.start(), match.end(), match.group(0), "unquoted", kind_of(full)))
    return found


# A Latin acronym naming a treaty right before its article, as EU and trade law are cited: 旧TEC第249条 (the Treaty
# establishing the European Community), GATT第21条, TFEU第288条 (an acronym never stands before 第N条 otherwise).
# Trade commentary drops the 第 before Arabic digits: GATT21条(安全保障例外), GATT5条等に反する (the article number
# glued to the acronym; not 条約/条例 after it, which are words).
ACRONYM_BEFORE_ARTICLE_RE = re.compile(
    rf"(?<![A-Za-z])(?P<name>[A-Z]{{2,6}})"
    rf"(?=第{_SPACE}{_NUM}{_SPACE}条|{_SPACE}[0-9０-９]{{1,3}}条(?![約例件項文理規]))"
)


def _acronyms_before_articles(text: str, taken: list[tuple[int, int]]) -> list[NameMention]:
    """Acronyms standing for an instrument before its article (see ACRONYM_BEFORE_ARTICLE_RE)."""
    found = []
    for match in ACRONYM_BEFORE_ARTICLE_RE.finditer(text):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            found.append(NameMention(match.start(), match.end(), match.group("name"), "unquoted", "treaty"))
    return found


# The country a quoted short name is glued to in its fuller unquoted spelling: 「タバコ統制法」 and later
# 朝鮮民主主義人民共和国タバコ統制法 (the run before it is a country name, UniDic pos4 国 on its first word).
COUNTRY_RUN_BEFORE_RE = re.compile(rf"(?<![{_NAME_CHARS}])[{_KANJI}]{{2,12}}$")


def _country_glued(text: str, start: int) -> bool:
    """Whether a use of a quoted name is the tail of a longer name that opens with a country (…共和国タバコ統制法)."""
    run = COUNTRY_RUN_BEFORE_RE.search(text, max(0, start - 12), start)
    return run is not None and country_head(run.group(0))


# An official title given unquoted after 正式名称は, as encyclopaedias write it, which may hold quotes of its own and
# old character forms: 正式名称は大日本帝國及「ソヴィエト」社會主義共和國聯邦間中立條約。 (A quoted title is a
# quoted name already.)
OFFICIAL_NAME_RE = re.compile(
    rf"正式名称(?:は|で|[:：])[ \u3000]?(?![「『])"
    rf"(?P<name>[^。\n()（）]{{4,80}}?(?:{INSTRUMENT_WORD}|條約))(?=[。、,，()（）\n]|$|と(?:いう|いい|言))"
)


# The words introducing a quoted official title in running text: リスボン条約は、正式名称を「欧州連合条約および…を
# 修正する条約」といい; 正式名称は『日本国と…との共同宣言』. The title is the full name of the instrument named
# just before.
OFFICIAL_QUOTE_BEFORE_RE = re.compile(r"正式(?:名称|名)(?:を|は|が|で|[:：])[、 \u3000]?$")


def _official_quoted(text: str, quoted: list[NameMention]) -> list[NameMention]:
    """Quoted names after 正式名称を/は become full names (how="full"), filed under the name before them."""
    return [
        replace(m, how="full")
        if m.how == "quoted" and OFFICIAL_QUOTE_BEFORE_RE.search(text, max(0, m.start - 8), m.start - 1)
        else m
        for m in quoted
    ]


def _official_names(text: str) -> list[NameMention]:
    """Unquoted official titles after 正式名称は: the full name of the instrument named just before (how="full")."""
    found = []
    for match in OFFICIAL_NAME_RE.finditer(text):
        name = match.group("name")
        found.append(
            NameMention(match.start("name"), match.end("name"), name, "full", kind_of(name.translate(OLD_FORMS)))
        )
    return found


# The first line of a statute page is the statute's title, however long and whatever words it holds (日本国との平和
# 条約に基づき日本の国籍を離脱した者等の出入国管理に関する特例法, 出入国管理及び難民認定法, 法の適用に関する通則法):
# one line, no punctuation, quotes or spaces inside, ending in an instrument word.
# Law sites may print the short name after the title on its line: 法の適用に関する通則法   略称 通則法 (as
# jplaws.app prints 略称: 農地バンク法 on the line below).
TITLE_LINE_NAME_RE = re.compile(
    rf"\A[ \u3000\n]*(?P<name>(?:[{_NAME_CHARS}ぁ-ん]|(?<=[的な])、){{4,80}}?(?:{INSTRUMENT_WORD}))"
    rf"(?:[ \u3000]+略称[:：]?[ \u3000]*(?P<short>[{_NAME_CHARS}]{{2,30}}))?[ \u3000]*(?:\n|\Z)"
)


def _with_title_line(text: str, quoted: list[NameMention]) -> list[NameMention]:
    """The title line as one name; names found inside it (平和条約 in the 特例法's title) are parts of it."""
    match = TITLE_LINE_NAME_RE.match(text)
    if match is None or not re.search(f"[{_KANJI}]", match.group("name")[:1]):
        return quoted
    start, end = match.span("name")
    name = match.group("name")
    if any((m.start, m.end) == (start, end) for m in quoted):
        kept = list(quoted)
    else:
        kept = [m for m in quoted if not (start <= m.start and m.end <= end)]
        kept.append(NameMention(start, end, name, "quoted", kind_of(name)))
    if match.group("short"):  # 略称 通則法: the short name is an alias of the title
        short = match.group("short")
        kept.append(
            NameMention(match.start("short"), match.end("short"), short, "alias", kind_of(short), owner_end=end)
        )
    return kept


# A statute's title on its own line with a space between the country and the name, as pages copying a foreign
# statute print it: 朝鮮民主主義人民共和国 タバコ統制法 (one name; the part before the space must be a country).
SPACED_TITLE_LINE_RE = re.compile(
    rf"^(?P<country>[{_KANJI}]{{2,12}})[ \u3000](?P<name>[{_NAME_CHARS}]{{2,30}}?(?:{INSTRUMENT_WORD}))[ \u3000]*$",
    re.MULTILINE,
)


def _spaced_title_lines(text: str, quoted: list[NameMention]) -> list[NameMention]:
    """Title lines 'COUNTRY NAME': the whole line one mention of the country's name (the space is the page's)."""
    found = []
    for match in SPACED_TITLE_LINE_RE.finditer(text):
        inside_quoted = any(m.start < match.end() and match.start() < m.end for m in quoted)
        if inside_quoted or not country_head(match.group("country")):
            continue
        name = match.group("country") + match.group("name")
        found.append(NameMention(match.start(), match.end("name"), name, "unquoted", kind_of(name)))
    return found


def _defining_repeats(text: str, quoted: list[NameMention]) -> list[NameMention]:
    """A later use of a titled name that defines an alias: ...特別措置法(以下「法」という。) in 第1条 of a cabinet
    order whose preamble gave the law with its number. It is a mention, so the alias gets its owner."""
    starts = {m.start for m in quoted}
    found: list[NameMention] = []
    for mention in {m.name: m for m in quoted if len(m.name) >= 4}.values():
        for match in re.finditer(re.escape(mention.name), text):
            if match.start() not in starts and ALIAS_DEF_RE.match(text, match.end()):
                found.append(NameMention(match.start(), match.end(), mention.name, "unquoted", mention.kind))
    return found


# The title of an amending act names the act it amends: 自衛隊法の一部を改正する法律 amends 自衛隊法.
AMENDING_TITLE_RE = re.compile(
    r"^(?P<law>[^の]{2,60}?(?:法|法律|令|規則|条例))の(?:一部|全部)?を改正する(?:法律|政令|省令|府令|規則|条例)$"
)


def amended_name(title: str) -> str | None:
    """The name of the act an amending act amends, or None when the title is not an amending act's."""
    match = AMENDING_TITLE_RE.match(title)
    return match.group("law") if match else None


def _amended_mentions(titles: list[NameMention]) -> list[NameMention]:
    """The amended act inside each amending act's title, a mention of its own."""
    found = []
    for title in titles:
        law = amended_name(title.name)
        if law is not None and title.how in ("quoted", "unquoted"):
            found.append(NameMention(title.start, title.start + len(law), law, "unquoted", kind_of(law)))
    return found


def _paren_full_names(text: str, names: list[NameMention]) -> list[NameMention]:
    """A longer name of the same kind in parentheses right after a short one is the full name:
    日米地位協定(日本国とアメリカ合衆国との間の…地位に関する協定)."""
    out: list[NameMention] = []
    for mention in names:
        short = next((m for m in names if m.end + (1 if m.how == "quoted" else 0) + 1 == mention.start), None)
        close = mention.end + (1 if mention.how == "quoted" else 0)
        closes = text[close : close + 1] in (")", "）")
        if (
            short is not None and closes and text[mention.start - 1] in "(（" and len(mention.name) > len(short.name)
            and short.kind == mention.kind
        ):  # fmt: skip
            common = _reads_as_title(short.name) and not _reads_as_title(mention.name)
            mention = replace(mention, how="alias", owner_end=short.end) if common else replace(mention, how="full")
        out.append(mention)
    return out


def _reads_as_title(name: str) -> bool:
    """An official title joins its words with particles (日本国との平和条約, …に関する条約); a common name is one
    compound (サンフランシスコ講和条約), so in 日本国との平和条約(サンフランシスコ講和条約) the longer name in
    parentheses is the common name, not the full one."""
    return re.search("[ぁ-ん]", name) is not None


# A prefix naming another version of a law: 旧民法, 明治民法 are not 民法.
VERSION_PREFIX_RE = re.compile(r"^(?:旧|明治|大正|昭和|.*改正前の?)$")  # also 平成17年改正前商法


# A prefix that makes a kind of instrument, not a longer name of the same one: 連邦憲法 (a federal constitution, in
# translations also a federal constitutional law) is not the 憲法 a text cites, 州憲法 neither.
KIND_PREFIX_RE = re.compile(r"^(?:連邦|州|邦|共和国|自治共和国|暫定|臨時|現行|新)$")


def _other_version(known: str, key: str) -> bool:
    """Whether the longer name ``known`` is another instrument than its suffix ``key`` (旧民法, 連邦憲法)."""
    prefix = known[: len(known) - len(key)]
    return bool(VERSION_PREFIX_RE.match(prefix) or KIND_PREFIX_RE.match(prefix))


def _same_number_dated(undated: str, key: str) -> bool:
    """``jp:条約:16`` (no year) against ``jp:昭和56年条約:16``: the same type and number with a year."""
    prefix, _, rest = undated.partition(":")
    if prefix != "jp" or "年" in rest or not key.startswith("jp:") or "年" not in key:
        return False
    return key.split("年", 1)[1] == rest


class _Registry:
    """Instruments being built, with the lookups merging needs."""

    def __init__(self, text: str) -> None:
        self.text = text  # the document, for the context of numbers
        self.items: list[Instrument] = []
        self.by_key: dict[str, Instrument] = {}
        self.by_number: dict[str, Instrument] = {}
        self.span_ends: set[int] = set()  # where filed mentions end: an alias waits until its name's end is here

    @cached_property
    def readings(self) -> _Readings:
        """The text's reading parentheses, found once: every alias definition measures its gap against them."""
        return _Readings.of(self.text)

    def find(self, mention: NameMention) -> Instrument | None:
        if mention.number_key and mention.number_key in self.by_number:
            return self.by_number[mention.number_key]
        if mention.number_key and mention.how == "number":  # 条約第16号 after 昭和56年7月20日条約第16号
            dated = [inst for key, inst in self.by_number.items() if _same_number_dated(mention.number_key, key)]
            if len({id(inst) for inst in dated}) == 1:
                return dated[0]
        key = fold(mention.name)
        if key in self.by_key:
            return self.by_key[key]
        if mention.how in ("unquoted", "alias"):
            for known, inst in self.by_key.items():
                if known == key or not known.endswith(key) or inst.kind != kind_of(mention.name):
                    continue
                if _other_version(known, key):
                    continue
                if len(key) >= 5 or mention.name in SHORT_NAMES or (len(key) >= 3 and country_head(known[: -len(key)])):
                    return inst
        return None

    def add_name(self, inst: Instrument, mention: NameMention) -> None:
        if mention.name not in inst.names():
            inst.aliases.append(mention.name)
        self.by_key.setdefault(fold(mention.name), inst)
        if mention.number_key:
            self.by_number.setdefault(mention.number_key, inst)
            inst.number = inst.number or mention.number
        inst.date = inst.date or mention.date
        inst.spans.append((mention.start, mention.end, mention.name))
        self.span_ends.add(mention.end)

    def merge(self, owner: Instrument, other: Instrument) -> None:
        """``other`` was filed under a short name before the name defining it was known: it is ``owner``."""
        _absorb(owner, other)
        owner.number, owner.date = owner.number or other.number, owner.date or other.date
        self.items.remove(other)
        for table in (self.by_key, self.by_number):
            for key, inst in table.items():
                if inst is other:
                    table[key] = owner

    def new(self, mention: NameMention) -> Instrument:
        inst = Instrument("", mention.name, mention.kind, number=mention.number, date=mention.date)
        self.items.append(inst)
        self.add_name(inst, mention)
        return inst


def scan_instruments(text: str) -> list[Instrument]:
    """Instruments of a document, merged by name, alias and number; ids in order of first mention."""
    mentions = collect_mentions(text)
    registry = _Registry(text)
    # Strong names first (quoted, numbered, their aliases) so that unquoted
    # short forms merge into them; aliases of unquoted names come last.
    rank = {"quoted": 0, "alias": 0, "full": 0, "number": 1, "unquoted": 2}
    deferred: list[NameMention] = []
    for mention in sorted(mentions, key=lambda m: (rank[m.how], m.start)):
        if not _register(registry, mentions, mention):
            deferred.append(mention)
        else:  # an alias waiting for this name (民訴法 after 民事訴訟法) is filed before later mentions
            deferred = [d for d in deferred if not _register(registry, mentions, d)]
    for mention in deferred:
        if not _register(registry, mentions, mention):
            registry.new(mention)
    _repeat_mentions(text, registry.items)
    items = _merge_promulgated_numbers(text, registry.items)
    return _finalise(
        _merge_glossed_acronym_treaties(_merge_glossed_originals(text, _merge_acronym_treaties(text, items)))
    )


def _register(registry: _Registry, mentions: list[NameMention], mention: NameMention) -> bool:
    """File one mention under its instrument; False for an alias whose owner is not known yet."""
    if mention.how in ("alias", "full"):
        if mention.owner_end is not None and not _owner_known(registry, mention.owner_end):
            return False  # the name it is defined for is filed later (unquoted names come last)
        inst = _alias_owner(registry, mention) or registry.find(mention)
        if inst is None:
            return False
        other = registry.by_key.get(fold(mention.name))
        if other is not None and other is not inst and other.canonical == mention.name:
            registry.merge(inst, other)  # 医療観察法は…号として公布: filed with its number before its definition
        registry.add_name(inst, mention)
        if mention.how == "full" and inst.canonical != mention.name:  # the full name is the canonical one
            inst.aliases = [inst.canonical, *(a for a in inst.aliases if a != mention.name)]
            inst.canonical = mention.name
        return True
    inst = registry.find(mention)
    if inst is None and mention.how == "number":
        inst = (
            _titled_by(registry, mentions, mention)
            or _title_line_number(registry, mentions, mention)
            or _infobox_number(registry, mentions, mention)
        )
    if inst is None:
        registry.new(mention)
    else:
        registry.add_name(inst, mention)
    return True


# Characters between a name and its alias: (以下「, (正式名称:, or a reference and (以下、 (第2章第1節(以下、).
_ALIAS_GAP = 24
# The reading an encyclopaedia gives in parentheses after a name, which does not count in that gap:
# 日米地位協定合意議事録(にちべいちいきょうていごういぎじろく)、正式名称で…
READING_PAREN_RE = re.compile(r"[(（][ぁ-んー・ ]{2,60}[)）]")


def _owner_known(registry: _Registry, end: int) -> bool:
    """Whether a filed mention ends at ``end`` (a set: scanning every span per alias was quadratic, issue 7).
    Mentions are filed only by add_name, and merge moves spans between instruments without dropping any."""
    return end in registry.span_ends


@dataclass(frozen=True)
class _Readings:
    """The READING_PAREN_RE matches of a whole text with running totals of their lengths.

    Stripping the readings from the stretch between every earlier name and an alias made alias lookup quadratic in
    the length of a document (issue 7: 47.7 of 51 s on 131K characters). A match is an opening parenthesis, kana
    that hold no parenthesis, and the first closing one after them, so matches never overlap and the matches of a
    slice are exactly the whole text's matches that lie inside it: the stripped length of a slice is its length less
    the lengths of those matches, two bisections and a subtraction."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    before: tuple[int, ...]  # before[i]: characters in matches 0 .. i-1

    @classmethod
    def of(cls, text: str) -> _Readings:
        spans = [m.span() for m in READING_PAREN_RE.finditer(text)]
        before = [0]
        for start, end in spans:
            before.append(before[-1] + end - start)
        return cls(tuple(s for s, _ in spans), tuple(e for _, e in spans), tuple(before))

    def outside(self, start: int, end: int) -> int:
        """len(READING_PAREN_RE.sub("", text[start:end])): the characters of the slice outside its readings."""
        if end <= start:
            return 0
        first, last = bisect_left(self.starts, start), bisect_right(self.ends, end)
        return end - start - (self.before[last] - self.before[first] if last > first else 0)


def _alias_owner(registry: _Registry, alias: NameMention) -> Instrument | None:
    """The instrument whose mention ends right before this alias definition (within _ALIAS_GAP; readings are free)."""
    best: Instrument | None = None
    best_end = -1
    readings = registry.readings
    for inst in registry.items:
        for _start, end, _ in inst.spans:
            if best_end < end <= alias.start and readings.outside(end, alias.start) <= _ALIAS_GAP:
                best, best_end = inst, end
    return best


def _titled_by(registry: _Registry, mentions: list[NameMention], number: NameMention) -> Instrument | None:
    """A number whose name stands right before it in parentheses: 行政手続法(平成五年法律第八十八号)."""
    owner, text = None, registry.text
    for mention in mentions:
        if mention.how not in ("quoted", "unquoted"):
            continue
        if mention.end > number.start:
            break
        if _in_promulgation_line(text, mention.start) or (owner is not None and mention.end <= owner.end):
            continue  # the promulgation sentence repeats the title above it (NAME_LINE_GAP_RE skips it)
        gap = text[mention.end : number.start]
        if len(gap) <= 1 or (NAME_LINE_GAP_RE.match(gap) and _starts_line(text, mention.start)):
            owner = mention
        elif PROMULGATED_AS_RE.match(text, number.end) and (
            not re.search("[。\n]", gap) or ADOPTION_LINE_GAP_RE.match(gap)
        ):
            owner = mention  # the last name of the sentence: 「…法律案」は…成立し、…法律第44号として公布された
        else:
            owner = None
    if owner is None:
        return None
    return registry.find(owner) or registry.new(owner)


# The number type that fits each kind of instrument: a 条約 number for a treaty, an agreement, a protocol ...
# A local ordinance's page prints its number under the title and the enactment date: 中野区自転車等放置防止条例 ⏎
# 昭和63年3月31日 ⏎ 条例第15号 (and a rule of a mayor 規則第N号).
NUMBER_TYPE_KINDS = {
    "条約": ("treaty", "agreement", "protocol", "charter", "covenant"),
    "法律": ("law",),
    "条例": ("ordinance",),
    "規則": ("regulation",),
}


def _number_type(number: str) -> str | None:
    """The NUMBER_TYPE_KINDS type a number is written with (条約 of 昭和39年条約第14号), or None."""
    return next((t for t in NUMBER_TYPE_KINDS if f"{t}第" in number), None)


# How far below the title line its number may stand (an infobox: 署名 …, 文献情報 …官報号外第135号条約第27号).
TITLE_NUMBER_WINDOW = 3


def _title_line_number(registry: _Registry, mentions: list[NameMention], number: NameMention) -> Instrument | None:
    """A number with no name of its own, in the lines under a title line that names an instrument of a kind that
    number type fits, no other name between: the titled instrument's number (a treaty page's infobox)."""
    text = registry.text
    title = TITLE_LINE_NAME_RE.match(text)
    kind = _number_type(number.name)
    if title is None or kind is None or text.count("\n", title.end("name"), number.start) > TITLE_NUMBER_WINDOW:
        return None
    if text[number.start - 1 : number.start] in ("(", "（"):
        return None  # 私的独占の…法律 ⏎ (平成二八年…法律第一〇八号): the amending act of an e-Gov amendment page
    between = [m for m in mentions if title.end("name") <= m.start < number.start and m.how != "number"]
    between = [m for m in between if m.owner_end != title.end("name")]  # its 略称 on the title line
    named = next((m for m in mentions if (m.start, m.end) == title.span("name") and m.how != "number"), None)
    if between or named is None or named.kind not in NUMBER_TYPE_KINDS[kind]:
        return None
    return registry.find(named) or registry.new(named)  # the title may be filed later (unquoted names come last)


# The label of the number row of an encyclopaedia infobox (Wikipedia's Template:条約 prints 文献情報 …官報号外条約第1号
# some ten rows under the title), or of a law database header (法令番号).
INFOBOX_NUMBER_LABEL_RE = re.compile(r"【?(?:文献情報|法令番号|条約番号)[ \u3000]*[:：】]?[ \u3000]*")
# How many lines at the head of the page hold the infobox's title (the short name, then the formal one).
INFOBOX_TITLE_LINES = 2


def _infobox_number(registry: _Registry, mentions: list[NameMention], number: NameMention) -> Instrument | None:
    """A number on the labelled number row of an infobox that opens the page, no sentence above it: the number of
    the instrument the infobox's title lines name (a title of a kind that number type fits)."""
    text = registry.text
    line_start = text.rfind("\n", 0, number.start) + 1
    label = INFOBOX_NUMBER_LABEL_RE.match(text, line_start)
    kind = _number_type(number.name)
    if label is None or kind is None or "。" in text[:line_start]:
        return None
    title_end = 0
    for _ in range(INFOBOX_TITLE_LINES):
        title_end = text.find("\n", title_end) + 1 or len(text)
    titled = [m for m in mentions if m.how != "number" and m.end <= title_end and m.kind in NUMBER_TYPE_KINDS[kind]]
    if not titled:
        return None
    return registry.find(titled[0]) or registry.new(titled[0])


# A name on its own line and its number on the next, maybe after a label: 外交関係に関するウィーン条約
# ⏎【法令番号 】昭和三十九年六月二十六日条約第十四号 (law databases print a law's header so).
# Law sites print the part shown after the name (福島復興再生特別措置法《附則》) and label the number
# line 法番号: or 法令番号：.
# A statute's header may hold its promulgation sentence between the two: 法の適用に関する通則法 ⏎ 法の適用に関する
# 通則法をここに公布する。 ⏎ 法律第七十八号 (as e-Gov and Wikisource print promulgated texts).
NAME_LINE_GAP_RE = re.compile(
    r"^(?:《[^》\n]{1,8}》)?[ \u3000]*\n(?:[^\n]{0,100}をここに公布する。[ \u3000]*\n)?"
    r"(?:【[^】\n]{1,12}】|法令?番号[ \u3000]*[:：])?[ \u3000]*$"
)
# A number that a law received when promulgated: 平成29年6月2日法律第44号として公布された, or adopted as a
# decision of the body that passed it: …常設会議決定第六二号として採択され.
PROMULGATED_AS_RE = re.compile(r"として(?:公布|制定|成立|締結|採択)")
# The gap between a name ending its line and the number of the line below, written with its date and the body that
# adopted it (a statute's header: …タバコ統制法 ⏎ 2005年7月20日 最高人民会議常任委員会決定第1200号として採択).
ADOPTION_LINE_GAP_RE = re.compile(r"^[ \u3000]*\n[^\n。、]{0,40}$")


def _in_promulgation_line(text: str, offset: int) -> bool:
    """Whether ``offset`` stands in a promulgation sentence line (…をここに公布する。), names and all."""
    end = text.find("\n", offset)
    line = text[text.rfind("\n", 0, offset) + 1 : end if end >= 0 else len(text)]
    return "をここに公布する" in line


def _starts_line(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] == "\n"


def _repeat_mentions(text: str, items: list[Instrument]) -> None:
    """Every later use of a known name or alias is a mention too (新法第六章 after (以下「新法」という。))."""
    taken = sorted((s, e) for inst in items for s, e, name in inst.spans if not SUBJECT_TITLE_RE.search(name))
    names = sorted(
        ((name, inst) for inst in items for name in inst.names() if len(name) >= 2), key=lambda x: -len(x[0])
    )
    for name, inst in names:
        for match in re.finditer(re.escape(name), text):
            span = (match.start(), match.end())
            if any(span[0] < e and s < span[1] for s, e in taken):
                continue
            if (
                len(name) == 2
                and re.match(rf"[{_NAME_CHARS}]", text[span[1] : span[1] + 1])
                and not text.startswith("第", span[1])
            ):
                continue
            inst.spans.append((span[0], span[1], name))
            if not SUBJECT_TITLE_RE.search(name):
                taken.append(span)


# A number promulgated in a sentence about a named instrument: 「…法律」が成立し、同月16日に公布されました(令和5年
# 法律第56号), or 協力法は平成19年法律第37号として公布され: the number, which has no name of its own, is that
# instrument's (the last one the sentence names before it).
PROMULGATED_BEFORE_RE = re.compile(r"公布(?:され(?:ました|た)?|した|しました)?[(（]$")


def _merge_promulgated_numbers(text: str, items: list[Instrument]) -> list[Instrument]:
    """A number-only instrument promulgated in a sentence naming another instrument of a kind the number fits
    becomes that instrument's number (see PROMULGATED_BEFORE_RE)."""
    kept: list[Instrument] = []
    for inst in items:
        owner = _promulgated_owner(text, inst, items) if inst.number and inst.canonical == inst.number else None
        if owner is None:
            kept.append(inst)
            continue
        _absorb(owner, inst)
        owner.number, owner.date = owner.number or inst.number, owner.date or inst.date
    return kept


def _promulgated_owner(text: str, number: Instrument, items: list[Instrument]) -> Instrument | None:
    start, end, _name = number.spans[0]
    sentence = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    if not (PROMULGATED_AS_RE.match(text, end) or PROMULGATED_BEFORE_RE.search(text, sentence, start)):
        return None
    kind = _number_type(number.canonical)
    best, best_end = None, -1
    for inst in items:
        if inst is number or inst.canonical == inst.number or (kind and inst.kind not in NUMBER_TYPE_KINDS[kind]):
            continue
        for s, e, _n in inst.spans:
            if sentence <= s and e <= start and e > best_end:
                best, best_end = inst, e
    return best


# An organisation's acronym defined in the text: 北大西洋条約機構(NATO), NATO(北大西洋条約機構).
ACRONYM_DEF_RE = re.compile(
    rf"(?P<org>[{_NAME_CHARS}]{{3,30}})[(（](?P<acr>[A-Z]{{2,8}})[)）]|(?P<acr2>[A-Z]{{2,8}})[(（](?P<org2>[{_NAME_CHARS}]{{3,30}})[)）]"
)
ACRONYM_NAME_RE = re.compile(r"^(?P<acr>[A-Z]{2,8})(?P<word>条約|協定|憲章|議定書)$")


def _merge_acronym_treaties(text: str, items: list[Instrument]) -> list[Instrument]:
    """``NATO条約`` is the 北大西洋条約 when the text defines NATO as 北大西洋条約機構 (the organisation the treaty
    founded, named after it) and also names 北大西洋条約: the acronym's name begins with the treaty's name."""
    orgs = {}
    for match in ACRONYM_DEF_RE.finditer(text):
        orgs.setdefault(match.group("acr") or match.group("acr2"), match.group("org") or match.group("org2"))
    kept = []
    for inst in items:
        named = ACRONYM_NAME_RE.match(inst.canonical)
        org = orgs.get(named.group("acr")) if named else None
        full = next(
            (
                k for k in items
                if k is not inst and k.kind == inst.kind and org and org.startswith(k.canonical)
                and len(org) > len(k.canonical) and k.canonical.endswith(named.group("word"))
            ),
            None,
        )  # fmt: skip
        if full is None:
            kept.append(inst)
            continue
        _absorb(full, inst)
    return kept


def _merge_glossed_acronym_treaties(items: list[Instrument]) -> list[Instrument]:
    """``NPT条約`` is the treaty the text glosses as (NPT): 核不拡散条約(NPT) … NPT条約第X条 (the acronym names the
    treaty; 条約 after it only says what kind of thing it is)."""
    kept = []
    for inst in items:
        named = ACRONYM_NAME_RE.match(inst.canonical)
        owner = next(
            (
                k for k in items
                if named and k is not inst and k.kind == inst.kind and named.group("acr") in k.aliases
                and k.canonical.endswith(named.group("word"))
            ),
            None,
        )  # fmt: skip
        if owner is None:
            kept.append(inst)
        else:
            _absorb(owner, inst)
    return kept


def _absorb(owner: Instrument, other: Instrument) -> None:
    """``other`` is another name of ``owner``: its names become aliases and its mentions ``owner``'s."""
    owner.aliases += [name for name in other.names() if name not in owner.names()]
    owner.spans += other.spans


# A name in Latin or Cyrillic letters only: the original-language title of a foreign instrument.
FOREIGN_NAME_RE = re.compile(r"^[A-Za-zА-Яа-яЁё0-9 .,'’\-–]+$")
# What may stand between a Japanese name and the parenthesis glossing it: the article cited (ロシア連邦憲法第67条(…)).
GLOSSED_GAP_RE = re.compile(rf"(?:第{_NUM}条(?:の{_NUM})*)?$")


def _merge_glossed_originals(text: str, items: list[Instrument]) -> list[Instrument]:
    """The original-language name glossed in parentheses right after a Japanese name is that instrument:
    ロシア連邦憲法(ロシアれんぽうけんぽう、ロシア語: Конституция Российской Федерации) (Wikipedia's lead),
    ロシア連邦憲法(Конституция Российской Федерации). The Japanese name stays canonical (a Japanese document's
    own name for it)."""
    kept: list[Instrument] = []
    for inst in items:
        owner = _glossed_owner(text, inst, items) if FOREIGN_NAME_RE.match(inst.canonical) else None
        if owner is None:
            kept.append(inst)
            continue
        _absorb(owner, inst)
    return kept


def _glossed_owner(text: str, foreign: Instrument, items: list[Instrument]) -> Instrument | None:
    """The Japanese-named instrument of the same kind whose mention the parenthesis holding ``foreign`` glosses."""
    for start, end, _name in foreign.spans:
        opening = _enclosing_paren(text, start)
        if opening is None or ACRONYM_BEFORE_ARTICLE_RE.match(text, start, end + 8):
            continue  # (旧TEC第249条): another treaty's article cited, not a gloss
        for inst in items:
            if inst is foreign or inst.kind != foreign.kind or FOREIGN_NAME_RE.match(inst.canonical):
                continue
            if any(e <= opening and GLOSSED_GAP_RE.fullmatch(text, e, opening) for _s, e, _n in inst.spans):
                return inst
    return None


def _merge_short_names(items: list[Instrument]) -> list[Instrument]:
    """A short name filed before the full one (憲法 … 日本国憲法, 民訴法 … 民事訴訟法) is an alias of it: the
    canonical name is the fullest name the document gives, never a name the document does not give."""
    kept: list[Instrument] = []
    for inst in sorted(items, key=lambda i: -len(fold(i.canonical))):
        fuller = [k for k in kept if _short_form_of(inst, k)]
        if len(fuller) != 1:  # none, or ambiguous (憲法 in a text naming 日本国憲法 and ロシア連邦憲法)
            kept.append(inst)
            continue
        full = fuller[0]
        _absorb(full, inst)
        full.number, full.date = full.number or inst.number, full.date or inst.date
        if _preferred(inst.canonical, full.canonical):
            full.aliases = [full.canonical, *(a for a in full.aliases if a != inst.canonical)]
            full.canonical = inst.canonical
    return kept


def _preferred(name: str, over: str) -> bool:
    """Whether ``name`` is the canonical one of two names merged as one instrument although it is not longer: the
    official title the alias list gives for ``over``, or the Japanese order of a swapped country pair (日ソ共同宣言
    over ソ日共同宣言, the Russian order a Russian outlet translates)."""
    return (fold(over), fold(name)) in known_aliases() or (swapped_pair(name, over) and name.startswith("日"))


def swapped_pair(a: str, b: str) -> bool:
    """``ソ日共同宣言`` and ``日ソ共同宣言``: one name with its two country initials in the other order."""
    return (
        len(a) == len(b) > 2 and a != b and a[2:] == b[2:] and a[:2] == b[1::-1]
        and all(c in COUNTRY_INITIALS for c in a[:2])
    )  # fmt: skip


# Common names that are not a character subsequence of the official title (国連海洋法条約 of 海洋法に関する国際連合
# 条約): a small list of major treaties, each with its official source, in pipeline/data (see its README).
ALIASES_FILE = Path(__file__).resolve().parent.parent / "data" / "instrument_aliases.tsv"


@lru_cache(maxsize=1)
def _alias_rows() -> tuple[tuple[str, str], ...]:
    """(short, full) rows of the curated alias list, as written."""
    lines = ALIASES_FILE.read_text(encoding="utf-8").splitlines()
    return tuple((row[0], row[1]) for row in (line.split("\t") for line in lines if line and not line.startswith("#")))


@lru_cache(maxsize=1)
def known_aliases() -> frozenset[tuple[str, str]]:
    """(short, full) pairs of the curated alias list, folded as names are compared."""
    return frozenset((fold(short), fold(full)) for short, full in _alias_rows())


# A listed short name written partly in hiragana: 子どもの権利条約, 児童の権利条約.
HIRAGANA_RE = re.compile("[ぁ-ん]")


def _curated_kana_names(text: str) -> list[NameMention]:
    """Listed short names with hiragana in them (子どもの権利条約 for 児童の権利に関する条約): the unquoted scanner
    reads runs of kanji and katakana and would keep only their tail (権利条約), a name no text uses alone. Only the
    listed ones, since a phrase Xの…条約 is most often a description (日本の安保条約), not a name."""
    found = []
    for short in {short for short, _ in _alias_rows() if HIRAGANA_RE.search(short)}:
        for match in re.finditer(re.escape(short), text):
            found.append(NameMention(match.start(), match.end(), short, "unquoted", kind_of(short)))
    return found


@lru_cache(maxsize=1024)
def _same_listed_title(key: str, known: str) -> bool:
    """Whether the curated list gives both folded names as short names of one official title."""
    titles = {full for short, full in known_aliases() if short == key}
    return any(short == known and full in titles for short, full in known_aliases())


def _short_form_of(short: Instrument, full: Instrument) -> bool:
    """Whether ``short`` names the same instrument as ``full`` (one kind, no number of its own that differs)."""
    key, known = fold(short.canonical), fold(full.canonical)
    if short.kind != full.kind or short.canonical == short.number or key == known:
        return False
    if (key, known) in known_aliases() or (known, key) in known_aliases() or swapped_pair(key, known):
        return True
    if _same_listed_title(key, known):
        return True  # 核拡散防止条約 and 核兵器不拡散条約, NPT: short names the list gives for one title
    if short.number and full.number and short.number != full.number:
        return False
    if known.endswith(key) and (len(key) >= 5 or short.canonical in SHORT_NAMES):
        return not _other_version(known, key)
    if len(key) >= 3 and any(
        fold(name).endswith(key) and fold(name) != key and country_head(fold(name)[: -len(key)])
        for name in full.names()
    ):
        return True  # 安保条約 of 日米安保条約 (itself short for 日米安全保障条約)
    return (
        is_abbreviation(short.canonical, full.canonical) or _abbreviation_without_country(key, known)
        or _country_pair_short(key, known)
    )  # fmt: skip


# The states a one-character initial stands for in a pair name (日米, 日ソ, 日韓): how the formal title spells them.
INITIAL_STATES = {
    "日": ("日本",), "米": ("アメリカ", "合衆国"), "ソ": ("ソヴィエト", "ソビエト"), "露": ("ロシア",),
    "ロ": ("ロシア",), "中": ("中華",), "韓": ("大韓民国",), "朝": ("朝鮮",), "英": ("グレート・ブリテン", "英国"),
    "仏": ("フランス",), "独": ("ドイツ",), "豪": ("オーストラリア",), "印": ("インド",), "伊": ("イタリア",),
    "加": ("カナダ",),
}  # fmt: skip
# The parties' clause of a bilateral title: 日本国政府とアメリカ合衆国政府との間の行政協定.
PARTIES_CLAUSE_RE = re.compile(r"^(?P<parties>[^、。]{2,40}?)との間の(?P<rest>.+)$")


def _country_pair_short(key: str, known: str) -> bool:
    """``日米行政協定`` of ``日本国政府とアメリカ合衆国政府との間の行政協定``: the pair's initials stand for the
    parties' clause, the rest is the title after との間の (as it stands or abbreviated)."""
    pair = COUNTRY_PAIR_RE.match(key)
    clause = PARTIES_CLAUSE_RE.match(known)
    if pair is None or clause is None or len(key) < 4:
        return False
    parties, rest, tail = clause.group("parties"), key[2:], clause.group("rest")
    if not all(any(state in parties for state in INITIAL_STATES.get(initial, ())) for initial in key[:2]):
        return False
    return tail == rest or (len(rest) >= 3 and is_abbreviation(rest, tail))


@lru_cache(maxsize=4096)
def _abbreviation_without_country(key: str, known: str) -> bool:
    """``安保条約`` of ``日米安全保障条約``: the full name without its country head (日米, 日本国) abbreviated."""
    if len(key) < ABBREVIATION_MIN_LENGTH or not known.endswith(ABBREVIATION_WORDS):
        return False
    return any(
        is_abbreviation(key, known[cut:]) and country_head(known[:cut])  # the tagger only for a fitting tail
        for cut in range(2, min(len(known) - len(key), 12) + 1)
    )


# A name shortened by dropping words inside it, as Japanese lawyers and the press write: 民訴法 (民事訴訟法),
# 労基法 (労働基準法), 個人情報保護法 (個人情報の保護に関する法律), 日米安保条約 (日米安全保障条約), 核不拡散条約
# (核兵器の不拡散に関する条約). Both end in the same instrument word; the short stem keeps the first character,
# its characters stand in order in the full stem, and at least two gaps were cut, the end of the full stem
# counting (会社法 is not 会社更生法 with one word dropped: that is another law); a short stem that is a word of
# the full name is another instrument about that word (国会法 is not 国立国会図書館法).
ABBREVIATION_MIN_LENGTH, ABBREVIATION_MIN_GAPS = 3, 2
ABBREVIATION_WORDS = ("議定書", "条約", "協定", "憲章", "法")


def is_abbreviation(short: str, full: str) -> bool:
    """``民訴法`` of ``民事訴訟法``, ``日米安保条約`` of ``日米安全保障条約`` (see above)."""
    full = full.removesuffix("律") if full.endswith("法律") else full
    word = next((w for w in ABBREVIATION_WORDS if short.endswith(w) and full.endswith(w)), None)
    if word is None or len(short) < ABBREVIATION_MIN_LENGTH or short in SHORT_NAMES or len(short) >= len(full):
        return False
    stem, full_stem = short.removesuffix(word), full.removesuffix(word)
    if not stem or stem[0] != full_stem[0] or stem in full_stem:
        return False
    gaps, position, cut = 0, 0, ""
    for char in stem:
        found = full_stem.find(char, position)
        if found < 0:
            return False
        gaps, cut = gaps + (found > position), cut + full_stem[position:found]
        position = found + 1
    gaps, cut = gaps + (position < len(full_stem)), cut + full_stem[position:]
    return gaps >= ABBREVIATION_MIN_GAPS or (gaps >= 1 and PARTICLES_ONLY_RE.fullmatch(cut) is not None)


# What an abbreviation may drop in one cut: only the particles joining the title's words (東南アジア友好協力条約 of
# 東南アジアにおける友好協力条約, 日本国憲法 is not so cut from anything); dropping a content word takes two cuts.
PARTICLES_ONLY_RE = re.compile(r"[ぁ-ん]+")


def _fullest_spelling(inst: Instrument) -> None:
    """Of names that fold to the canonical one (国連憲章 and 国際連合憲章), the longest spelling is canonical: the
    fullest name the document gives, whichever it wrote first."""
    key = fold(inst.canonical)
    longest = max((n for n in inst.names() if fold(n) == key), key=len)
    if len(longest) > len(inst.canonical):
        inst.aliases = [inst.canonical, *(a for a in inst.aliases if a != longest)]
        inst.canonical = longest


def _finalise(items: list[Instrument]) -> list[Instrument]:
    items = _merge_short_names(items)
    for inst in items:
        _fullest_spelling(inst)
        inst.spans = sorted(set(inst.spans))
        inst.spans.sort()
        inst.start, inst.end = inst.spans[0][0], inst.spans[0][1]
        if inst.number and inst.canonical != inst.number and inst.number in inst.aliases:
            inst.aliases.remove(inst.number)
    items.sort(key=lambda i: (i.start, i.end))
    for index, inst in enumerate(items, start=1):
        inst.instrument_id = f"I{index:04d}"
    return items
