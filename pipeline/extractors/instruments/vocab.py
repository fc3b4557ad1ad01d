"""Shared vocabulary of the instrument rules: instrument words and kinds, name characters, the records, folding.

The instrument words a name ends in and the kind each gives (条約 → treaty, 法 → law, English Charter → charter),
the character classes of a name, number fragments, generic words that name no one instrument, and the two records
every step passes on (:class:`NameMention`, one mention; :class:`Instrument`, one instrument with its spans).
:func:`fold` is the key names are compared by (国際連合 → 国連, old character forms → modern ones).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.extractors.numerals import NUMBER

# Instrument words a name ends in, longest first, with the kind they give. 指針: a guideline cited by article, as
# Korea's 標準個人情報保護指針 6条1項 (https://note.com/chongfa510/n/n26b5a9d157c0).
_KIND_BY_WORD = (
    ("合意された議事録", "agreement"), ("合意議事録", "agreement"),  # Agreed Minutes, a treaty form
    ("議定書", "protocol"), ("条約", "treaty"), ("協定", "agreement"), ("憲章", "charter"),
    ("決議", "resolution"), ("規約", "covenant"), ("宣言", "declaration"), ("憲法", "constitution"),
    ("法律", "law"), ("法典", "law"), ("条例", "ordinance"), ("規則", "regulation"), ("政令", "ordinance"),
    ("省令", "ordinance"), ("勅令", "ordinance"), ("規程", "regulation"), ("要綱", "guideline"),
    ("要領", "guideline"), ("指針", "guideline"), ("細則", "regulation"), ("法", "law"), ("令", "ordinance"),
    # 定款: the constitution of an organisation, cited by article (WHO定款第19条, 当会社定款第5条)
    ("定款", "charter"),
)  # fmt: skip
INSTRUMENT_WORD = "|".join(word for word, _ in _KIND_BY_WORD)
INSTRUMENT_END_RE = re.compile(rf"(?:{INSTRUMENT_WORD})$")  # a name that ends in an instrument word

KANJI = "一-龥々〆ヵヶ"
_KATAKANA = "ァ-ヴー・"
NAME_CHARS = f"{KANJI}{_KATAKANA}"
SPACE = r"[ \u3000]?"
NUM = rf"(?:{NUMBER}|元)"
# Old character forms (旧字体) that pre-1950s and facsimile texts print in numbers: 昭和三十一年條約第二十號.
OLD_FORMS = str.maketrans("條號", "条号")
# An article number right after a name, Arabic or kanji (court judgments write 憲法二八条, 刑訴法四一〇条).
# 附則: 旧外国人登録法附則第四項; 修正: アメリカ合衆国憲法修正第14条 (an amendment, numbered like an article)
ARTICLE_AFTER = r"(?:第|附則|(?<=憲法)修正第|[0-9０-９]+条|[〇一二三四五六七八九十百千]+条)"

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
    "労使協定 労働協定 定款 本定款 同定款 "
)
GENERIC = frozenset(_GENERIC_WORDS.split())
# An employer's agreement with its workforce, named by the article of the labour law it is made under: 36協定
# (労働基準法第36条), 三六協定, 18協定. A kind of private agreement, like 労使協定, not one instrument.
ARTICLE_NAMED_AGREEMENT_RE = re.compile(r"[0-9０-９〇一二三四五六七八九十]{1,3}協定")


def generic(name: str) -> bool:
    """Whether a name is a generic word (条約, 労使協定) or an agreement named by an article number (36協定)."""
    return name in GENERIC or ARTICLE_NAMED_AGREEMENT_RE.fullmatch(name) is not None


# Well-known laws whose usual name is two characters long.
SHORT_NAMES = frozenset({"憲法", "民法", "刑法", "商法"})
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


EN_KIND = {
    "Charter": "charter", "Treaty": "treaty", "Convention": "treaty", "Covenant": "covenant",
    "Agreement": "agreement", "Protocol": "protocol", "Constitution": "constitution", "Code": "law",
    "Act": "law", "Declaration": "declaration", "Statute": "law",
}  # fmt: skip
EN_INSTRUMENT_WORD_RE = re.compile(rf"\b(?:{'|'.join(EN_KIND)})\b")
