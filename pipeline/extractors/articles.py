"""Article references: 第4条, 第17条第1項第2号, 同法第17条, 前条, 第6章, 法律第66号 ...

Why a hand-written parser: references in statutes and commentary are small
chains of parts (条 → 項 → 号 → イ → ただし書) joined into lists by 、及び
並びに 又は 若しくは, and ranges by から...まで; a part written alone
(``第三項``) takes its article from the list it stands in.  The parser works
in three steps:

1. :func:`parse_parts` finds every *part* (one token: ``第十七条``, ``第一項``,
   ``前条``, ``同法``, ``別表第一``, ``ただし書``) with its level and relation
   (named, prev, next, here, same, each);
2. adjacent parts of rising level form a *chain* (one reference);
3. chains become :class:`~pipeline.records.ArticleRef` rows: one row per
   chain, a range (``第1条から第3条まで``, ``第10～13条``) is one row with
   ``end_article`` (``end_paragraph``/``end_item`` for ranges of 項 and 号),
   a chain starting below the article (``第三項`` in ``第七十三条第一項ただし書、
   第三項``) inherits the higher levels of the chain before it in the same
   list, and the instrument is resolved (see :func:`_resolve_instruments`).

``instrument`` holds the canonical name of the instrument (the ``canonical``
column of the ``instruments`` table) and ``instrument_id`` its id there.
Law and instrument numbers (``2002年法律第66号``, ``№ 374-ФЗ``) are rows of
kind ``law_number``, never articles.  Counts (``全23か条``, ``23条からなる``)
are not references: an article without 第 is only read after an
instrument name (``憲法53条``), or as a repetition of an article the text has
cited (``5条の対象は`` after ``日米安保条約5条``, which it belongs to).  A gazette
issue (``官報号外第135号``) is not an item.  Numbers are matched whole and only before
their unit, so a note marker glued after ``第51条`` can never join the number.

A statute laid out one provision a line (``第五条 ...``, ``2 ...``, ``一 ...``,
as e-Gov and law sites print them) gives context: its headings are not
references, and ``前条``/``次項``/``本条``/``前二項``/``この号``/``次の各号`` and a
lone ``第二項`` get the numbers they point to.  ``同条``/``同項`` point back to
the last reference that *states* that unit (``前項`` states no article), and a
``附則(...法律第N号)`` line makes the amending act the owner of the bare
articles below it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace

from pipeline.extractors.instruments import (
    ABBREVIATED_LAW_NUMBER_RE,
    BARE_RESOLUTION_RE,
    RU_LAW_NUMBER_JA_RE,
    RU_LAW_NUMBER_RE,
    US_LAW_NUMBER_RE,
    Instrument,
    amended_name,
    bare_resolution_number,
    fold,
    jp_law_numbers,
    listed_resolutions,
    normalise_abbreviated_number,
    normalise_jp_number,
    ru_number_ja,
    scan_instruments,
)
from pipeline.extractors.numerals import NUMBER, parse_number
from pipeline.records import ArticleRef

# Levels of a part, outermost first.
LAW, DIVISION, EDITION, CHAPTER, SECTION, SUBSECTION, DIVISION2, ANNEX = range(8)
ARTICLE, PARAGRAPH, ITEM, SUBITEM, PROVISO = range(8, 13)
_STRUCT_LEVEL = {"編": EDITION, "部": EDITION, "章": CHAPTER, "節": SECTION, "款": SUBSECTION, "目": DIVISION2}
# 部 (a Part of a treaty: 国連海洋法条約の第6部, 条約第11部) is a unit only right after a treaty's name;
# elsewhere 第2部 is a part of a book, a programme or a report. A foreign constitution has Parts too: インド憲法第21部.
TREATY_BEFORE_PART_RE = re.compile(r"(?:条約|協定|議定書|憲章|憲法)の?$")
_UNIT_LEVEL = {"条": ARTICLE, "項": PARAGRAPH, "号": ITEM}
# The US Constitution divides its Articles into Sections (第1条第8節, 第2条第2節): a 節 glued to an article is
# below it, at a paragraph's level in the chain, and fills no column (article_refs has none for it).
ARTICLE_SECTION_LEVEL = PARAGRAPH
LEVEL_NAMES = {
    LAW: "Law", DIVISION: "Division", EDITION: "Part", CHAPTER: "Chapter", SECTION: "Section",
    SUBSECTION: "Subsection", DIVISION2: "Division", ANNEX: "APPDX", ARTICLE: "Article",
    PARAGRAPH: "Paragraph", ITEM: "Item", SUBITEM: "SUBITEM", PROVISO: "PROVISO",
}  # fmt: skip

_SP = r"[ \u3000]?"  # one space PDF extraction may leave inside 第 10 条
_N = rf"(?:{NUMBER})"
_KANJI_DIGIT = "〇一二三四五六七八九十百千"
# A numeral after の that begins a word is no branch number: 第77条の一部 (a part of article 77), の一つ, の一環,
# 民法772条の二段階の推定 (a two-stage presumption), の二重, の三者.
NOT_BRANCH_AFTER = rf"(?![部つ環種節文例員方端因角面点件段重者次回度倍{_KANJI_DIGIT}])"
_SUB = rf"(?:[のノ]{_N}{NOT_BRANCH_AFTER})*"  # branch numbers: 第3条の2, 第七十条の五の二, old codes 第二百六十六条ノ三
_NAME_CHAR = "一-龥々ァ-ヴー"  # characters of an instrument name
# The instrument words a text uses alone for the instrument it discusses (法第2条, 条約第4条, 協定第二条, 憲章8章),
# not as the end of a longer name: BARE_WORD_BEFORE_RE, SELF_WORD_RE and BARE_WORD_PART_RE share them.
BARE_INSTRUMENT_WORD = "法|条約|協定|憲章"
_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"

# One part of a reference.  Alternatives, in order of precedence at a position:
PART_PATTERN = "|".join(
    (
        # a range inside one unit: 第10～13条, 第一条―第四条 is handled as two parts
        rf"(?P<nrange>第{_SP}(?P<r1>{_N}){_SP}[～〜~\-‐―－]{_SP}(?P<r2>{_N}){_SP}(?P<runit>[条項号]))",
        # a named part: 第4条, 第 10 条, 第3条の2, 第二項, 第6章, 第四章の二; an article inserted between two
        # with a capital letter, as India's constitution numbers them: 第35A条 (article 35, article_sub A)
        rf"(?P<named>第{_SP}(?P<num>{_N})(?:(?P<letter>[A-Z])(?=条))?{_SP}(?P<unit>[条項号編章節款目部])"
        rf"(?P<sub>{_SUB}))",
        # the first member of a list sharing one 条, as news heads a box on two articles: 北大西洋条約第4・5条,
        # 第4、5条とは (article 4; the bare 5条 after it continues the list, see _continues_bare_list)
        rf"(?P<sharedhead>第{_SP}(?P<shnum>{_N})(?=[・、,，]{_SP}{_N}{_SP}条(?![約例件項文理規])))",
        # an article numbered in Roman numerals, as treaties of the UN era are cited (NPT条約第X条, GATT第XXIV条,
        # 国際原子力機関憲章第XII条): only right after an instrument's name or word, since 第XX条 alone is a
        # placeholder in drafting templates; a valid numeral only (ROMAN_VALID_RE)
        rf"(?P<roman>(?:(?<=[{_NAME_CHAR}A-Za-z」』)）])|(?<=[{_NAME_CHAR}A-Za-z」』)）][ \u3000]))"
        r"第(?P<romnum>[IVXLC]{1,8})条)",
        # a bare part (no 第): 53条, 2項; kept only after an instrument or an article
        rf"(?P<bare>(?<![0-9０-９〇一二三四五六七八九十百千第.,])(?P<bnum>[0-9０-９]+|[〇一二三四五六七八九十百千]+)"
        rf"(?P<bunit>[条項号])(?P<bsub>{_SUB}))",
        # a bare chapter after a bare instrument word: 憲章8章 (kept only there, see _bare_allowed)
        r"(?P<barechap>(?<=法|約|定|章)(?P<bcnum>[0-9０-９]{1,2})章)",
        # instrument pronouns: 同法, 本法, この法律, 同条約, 同協定, 同憲章 (before 同条: 同条約 is not 同条 + 約)
        # and 同宣言第9項 (a declaration numbers its paragraphs), 同規程第36条 (a court's statute)
        r"(?P<law>(?P<lword>同|本|この|当該)(?P<lunit>法律|法|条約|協定|憲章|議定書|規約|決議|宣言|規程|令|規則))",
        # 同 alone before an Arabic article, as commentary shortens 同法 in a run of citations:
        # (日本の個情法17条1項) … (同21条1項、2項) … (同18条) (https://note.com/chongfa510/n/n26b5a9d157c0)
        r"(?P<samenum>(?<![一-龥々])同(?=[0-9０-９]+条))",
        # relative parts: 前条, 次項, 同号, 本条, この条, 前各号, 前二項, 各号, 当該各号; a count only after 前/次
        # (前二項, as law sites print it in Arabic digits: 前2項), since この六条 in Diet minutes is この + the bare
        # article 六条
        r"(?P<rel>(?P<rword>前各|前|次|同|本|この|当該各|各)(?P<rcount>(?<=[前次])(?:[二三四五六七八九十]+|[2-9２-９]))?"
        r"(?P<runit2>[条項号章節]))",
        # a bare instrument word before an article, meaning the one under discussion: (法27条1項),
        # 協定第二条, 改正法23条 (not the end of a name: 憲法9条, 基本法第8条); ordinances cite the cabinet and
        # ministerial orders they carry out by a defined 政令 / 令 / 省令 / 規則: 政令第19条第1項ただし書
        rf"(?P<barelaw>(?<![{_NAME_CHAR}A-Za-z])(?:改正)?(?P<blunit>法|政令|省令|令|規則|条約|協定|憲章)"
        r"(?=第[0-9０-９〇一二三四五六七八九十百千]+条|[0-9０-９]+[条章]|[〇一二三四五六七八九十百千]+条|第[^号]))",
        # a treaty paragraph glued to its article: 第十四条1に掲げる者, 第2条1(a)
        # ... and to a lettered annex: 附属書G3 (paragraph 3 of annex G)
        r"(?P<tpara>(?:(?<=条)|(?<=附属書[A-Z]))(?P<tpnum>[0-9０-９]{1,2})(?![0-9０-９条項号年月日か%％.,．，]))",
        # ... in kanji, as Diet minutes transcribe treaty paragraphs: 条約第八条一は (paragraph 1), only before a
        # particle or punctuation (第八条一項, 第二条一般, 第三条一号 are other things)
        r"(?P<tkpara>(?<=[〇一二三四五六七八九十百]条)(?P<tknum>[一二三四五六七八九])(?=[はがをにでのともや、。，]))",
        # a lettered paragraph with its numbered item, as the Refugee Convention is cited: 第1条A(2) (paragraph A,
        # item 2); the letter only before the item, since 第1条A alone may be a glued note or a list label
        r"(?P<tletter>(?<=条)(?P<tlnum>[A-F])(?=[(（][0-9０-９]{1,2}[)）]))",
        r"(?P<tlitem>(?<=条[A-F])[(（](?P<tlinum>[0-9０-９]{1,2})[)）])",
        # a lettered paragraph of a US act, as Japanese commentary cites the Taiwan Relations Act's subsections:
        # 第二条B項2 (Sec. 2(b)(2): paragraph B, item 2), 第三条C項, 第2条第B項
        r"(?P<lpara>(?<=条)第?(?P<lpnum>[A-Z])項)",
        r"(?P<lpitem>(?<=[A-Z]項)(?P<lpinum>[0-9０-９]{1,2})(?![0-9０-９条項号年月日か%％.,．，]))",
        # ... or in parentheses, as translations of treaties print it: 第20条(1)(c)
        r"(?P<tparen>(?<=条)[(（](?P<tpnum2>[0-9０-９]{1,2})[)）])",
        # an EU point written as an item, as Japanese GDPR commentary does: 6条の(a)号 (article 6, point a), then
        # (b)号, (f)号 alone for the other points (https://meilin-law.jp/gdpr/topics/1273)
        r"(?P<pointitem>(?:(?<=条)の)?[(（](?P<pinum>[a-z])[)）]号)",
        # the item letter after a paragraph: 第2条1(a), 第20条(1)(c), 第17条5項(c)
        r"(?P<titem>(?<=[0-9０-９)）項])[(（](?P<tinum>[a-z])[)）])",
        r"(?P<annex>別表(?:第" + _SP + rf"(?P<anum>{_N}))?"
        # a treaty's annex with its letter or number, as MOFA's exchanges of notes cite it: 相互防衛援助協定
        # 第七条及び附属書G, 同協定附属書G3 (paragraph 3 of annex G); a bare 附属書 is a word, not a reference
        rf"|附属書(?:第{_SP}(?P<xnum>{_N})|(?P<xletter>[A-Z]|[IVX]{{1,4}})(?![A-Za-z])))",
        # 附則, and an amendment of a constitution numbered like its articles: アメリカ合衆国憲法修正第14条 (the
        # Fourteenth Amendment, Japanese Wikipedia), only right after 憲法 and before 第
        r"(?P<division>附則|(?<=憲法)修正(?=第))",
        # a sub-item, or a range of them: 第4号イ, 第4号イからハまで (one reference, the first sub-item)
        rf"(?P<subitem>(?<=号)[{_IROHA}](?:(?:から|[～〜])[{_IROHA}](?:まで)?)?(?![{_IROHA}ァ-ヴー]))",
        # 但書: older statutes' spelling; 第1文: the sentence of a paragraph, as translations of German law cite
        # a Satz (第42条第2項第1文)
        r"(?P<proviso>ただし書|但書|但し書|本文|前段|後段|柱書|(?<=[項条])第[1-9１-９一二三四五六七八九]文)",
        r"(?P<inferior>に基づく(?:命令|政令|省令))",
        # Russian statute units in any case: статья 67 / в статье 67 / ст. 67 (article), часть 1 / ч. 1
        # (paragraph), пункт 3 / п. 3 (item)
        r"(?P<ru>(?<![А-Яа-яЁё])(?P<ruword>[Сс]тать(?:я|и|е|ю|ей|ями|ях)|[Сс]т\.|[Чч]аст(?:ь|и|ью|ей)|[Чч]\."
        r"|[Пп]ункт(?:а|е|у|ом|ы)?|[Пп]\.)\s?(?P<runum>[0-9]+(?:\.[0-9]+)?)(?![0-9]))",
        # an English article quoted in running English prose: in terms of Article 3, under Article 51, or in the
        # capitals of MOFA's bilingual treaty pages (MENTIONED IN ARTICLE 74): a word before it; a heading line
        # ``Article 12`` / ``ARTICLE 74 SIGNATURE`` or a journal's ``No. 1, Article 9`` is none. Also the plural
        # opening a list (Articles 55 and 56), Art. 51, article 8 in lower case, a paragraph before it
        # (paragraph 1 of article 8) or after it in parentheses (Article 5(2)), or an item letter (Article 6(a))
        # the English relative: paragraph 2 of this Article (as 本条2), a pointer into the article at hand
        r"(?P<enrel>(?<=[a-z] )paragraph\s(?P<enrpnum>[0-9]+)\sof\sthis\s[Aa]rticle\b)|"
        r"(?P<en>(?:(?:(?<=[a-z] )|(?<=[a-z], ))(?:(?:sub-)?paragraph\s(?P<enpnum>[0-9]+)\sof\s)?"
        r"(?:Articles?|article|Art\.)|(?<=[A-Z]{2} )ARTICLE)"
        # and both, as EU law is cited: Article 6(1)(f) GDPR (paragraph 1, point f)
        r"\s?(?P<ennum>[0-9]+)(?![0-9])(?:\((?P<ensub>[0-9]{1,2}|[a-z])\))?(?:\((?P<enitem>[a-z])\))?)",
    )
)
# The characters a part can start with, alternative by alternative (after its lookbehinds): 第 (named parts, ranges,
# lists, Roman numerals, 第1文), digits (bare parts and chapters, treaty paragraphs), the pronoun and relative words
# (同 本 こ 当 前 次 各), the bare instrument words (改 法 政 省 令 規 条 協 憲), capitals (A-F paragraphs, 第B項,
# ARTICLE, Articles), brackets and の (lettered items), 別 附 修 (annexes, 附則, 修正第), the iroha (sub-items),
# た 但 後 柱 (provisos), に (に基づく命令), Cyrillic С Ч П (Russian units) and p s a (English paragraph, sub-,
# article). PART_RE looks ahead for one of them first, so the engine skips every other position at once instead of
# trying some thirty alternatives there; tests/test_articles_speed.py checks the set against the parsed pattern.
PART_START = f"[第0-9０-９{_KANJI_DIGIT}同本こ当前次各改法政省令規条協憲A-Z(（の別附修{_IROHA}た但後柱にСсЧчПпpsa]"
PART_RE = re.compile(rf"(?={PART_START})(?:{PART_PATTERN})")
# A 条 or 項 that is a word, not a reference: 条約, 条例, 条件, 条項, 項目, 号外 ...
_NOT_UNIT_AFTER = {"条": "約例件項文理規", "項": "目", "号": "外機艦車線館室", "章": "旗典程", "節": "度約税分"}
# Counts: 全23か条, 23条からなる, 23条から成る, 23条から構成され, 全23条.
COUNT_AFTER_RE = re.compile(r"^(?:から(?:なる|成る|成り|なり|構成)|で構成)")
# Also after a count of larger units without 第: 17部320条の本文 (a treaty of 17 parts and 320 articles).
COUNT_BEFORE_RE = re.compile(r"(?:全|計|合計|約|各)[ \u3000]?$|(?<![第0-9０-９])[0-9０-９]{1,3}[部編章]$")
# How far before a part COUNT_BEFORE_RE is tried: longer than any of its matches (a newline after one included).
COUNT_BEFORE_WINDOW = 8
# Gaps that keep two chains in one list (context carries over): punctuation,
# conjunctions, range words, and short parentheticals such as (第四号を除く。).
LIST_GAP_RE = re.compile(
    r"^(?:[、,・]|及び|並びに|又は|若しくは|または|および|ならびに|もしくは|と|から|ないし|乃至|[～〜~\-‐―－]"
    r"|[(（]|を除く。?[)）]|において準用する場合を含む。?[)）]|[)）]|\s)*$"
)
# ないし/乃至 is the statute word for an inclusive range (第一条ないし第三条, 第10条1項ないし3項).
RANGE_GAP_RE = re.compile(r"^(?:から|ないし|乃至|[～〜~\-‐―－])$")
# A book or report chapter title, not a statute: 「第6章 ロシアから見た...」.
PUBLICATION_HEADING_RE = re.compile(r"[「『“][ \u3000]?$")


@dataclass(frozen=True)
class Part:
    """One token of a reference: a level, how it points, its number."""

    start: int
    end: int
    level: int
    relation: str  # NAMED, PREV, NEXT, HERE, SAME, EACH
    number: str | None = None  # Arabic, branch numbers joined by _ (70_5_2)
    end_number: str | None = None  # for 第10～13条
    bare: bool = False
    word: str = ""  # the instrument word of a LAW part, proviso word, ...
    paragraph: str | None = None  # English states paragraph and item inside the article part: Article 5(2)
    item: str | None = None


def _arabic(surface: str) -> str | None:
    value = parse_number(surface)
    return None if value is None else str(value)


# A well-formed Roman numeral up to 399 (IIII, VX, IC are not numerals but letters: a code, an initialism).
ROMAN_VALID_RE = re.compile(r"C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(numeral: str) -> str | None:
    """The Arabic value of a Roman article number (XXIV -> 24), None when the letters are no numeral."""
    if not ROMAN_VALID_RE.fullmatch(numeral):
        return None
    values = [_ROMAN_VALUE[c] for c in numeral]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return str(total)


def _branch(sub: str) -> list[str]:
    return [_arabic(piece) or piece for piece in re.split("[のノ]", sub) if piece]


# A Part heading line (第8部 島の制度) of a treaty quoted under its name line: 部 is a unit only in treaties.
TREATY_NAME_LINE_RE = re.compile(r"(?:条約|協定|議定書|憲章)(?:[(（][^()（）\n]{1,30}[)）])?[ \u3000]*\n")
PART_HEADING_AFTER_RE = re.compile(r"[ \u3000]+[^ \u3000\n。、]{1,30}[ \u3000]*(?:\n|$)")


def _part_heading_of_treaty(text: str, start: int) -> bool:
    """Whether 第N部 at ``start`` opens a heading line below a treaty's name line (a quoted table of contents)."""
    if start and text[start - 1] != "\n":
        return False
    end = text.find("部", start) + 1
    return bool(PART_HEADING_AFTER_RE.match(text, end) and TREATY_NAME_LINE_RE.search(text, 0, start))


# A bare instrument word (法, 条約, 協定, 憲章; not the end of a longer name) right before a bare chapter: 憲章8章.
BARE_WORD_BEFORE_RE = re.compile(rf"(?<![{_NAME_CHAR}A-Za-z])(?:{BARE_INSTRUMENT_WORD})$")


def _part_from_match(text: str, match: re.Match[str]) -> Part | None:
    """A Part from one PART_RE match, or None when the match is a word or a count."""
    start, end = match.span()
    kind = match.lastgroup
    if kind == "nrange":
        unit = match.group("runit")
        return Part(start, end, _UNIT_LEVEL[unit], "NAMED", _arabic(match.group("r1")), _arabic(match.group("r2")))
    if kind == "named":
        unit = match.group("unit")
        if text[end : end + 1] and text[end] in _NOT_UNIT_AFTER.get(unit, "") and not match.group("sub"):
            return None
        treaty_before = TREATY_BEFORE_PART_RE.search(text, max(0, start - 4), start)
        if unit == "部" and not (treaty_before or _part_heading_of_treaty(text, start)):
            return None
        letter = [match.group("letter")] if match.group("letter") else []
        number = "_".join([_arabic(match.group("num")) or "", *letter, *_branch(match.group("sub"))])
        level = _UNIT_LEVEL.get(unit) or _STRUCT_LEVEL[unit]
        if unit == "節" and text[start - 1 : start] == "条":
            level = ARTICLE_SECTION_LEVEL  # 合衆国憲法第2条第2節: a Section of an Article, no column of its own
        return Part(start, end, level, "NAMED", number, word=unit)
    if kind == "sharedhead":
        return Part(start, end, ARTICLE, "NAMED", _arabic(match.group("shnum")), word="条")
    if kind == "roman":
        number = _roman(match.group("romnum"))
        return None if number is None else Part(start, end, ARTICLE, "NAMED", number, word="条")
    if kind == "bare":
        unit = match.group("bunit")
        if text[end : end + 1] and text[end] in _NOT_UNIT_AFTER.get(unit, ""):
            return None
        number = "_".join([_arabic(match.group("bnum")) or "", *_branch(match.group("bsub"))])
        return Part(start, end, _UNIT_LEVEL[unit], "NAMED", number, bare=True, word=unit)
    if kind == "rel":
        return _relative_part(text, match)
    if kind == "lpara":
        return Part(start, end, PARAGRAPH, "NAMED", match.group("lpnum"), word="treaty")
    if kind == "lpitem":
        return Part(start, end, ITEM, "NAMED", _arabic(match.group("lpinum")), word="treaty")
    if kind == "law":
        relation = "SAME" if match.group("lword") == "同" else "HERE"
        if text[end : end + 1] in ("案", "人", "的", "上", "廷", "務", "制", "学", "令", "理"):
            return None
        return Part(start, end, LAW, relation, word=match.group("lunit"))
    if kind == "samenum":
        return Part(start, end, LAW, "SAME", bare=True, word="同")  # the span is 21条1項, as for 同5条
    if kind == "barelaw":
        return Part(start, end, LAW, "SAME", bare=True, word=match.group("blunit"))
    if kind == "barechap":
        if not BARE_WORD_BEFORE_RE.search(text, max(0, start - 3), start):
            return None  # 全8章, 8章構成: a count, not a chapter of the instrument
        return Part(start, end, CHAPTER, "NAMED", _arabic(match.group("bcnum")), bare=True, word="章")
    if kind == "tpara":
        return _treaty_paragraph(text, match)
    if kind == "tkpara":
        return Part(start, end, PARAGRAPH, "NAMED", _arabic(match.group("tknum")), word="treaty")
    if kind == "tletter":
        return Part(start, end, PARAGRAPH, "NAMED", match.group("tlnum"), word="treaty")
    if kind == "tlitem":
        return Part(start, end, ITEM, "NAMED", _arabic(match.group("tlinum")), word="treaty")
    if kind == "tparen":
        return Part(start, end, PARAGRAPH, "NAMED", _arabic(match.group("tpnum2")), word="treaty")
    if kind == "pointitem":
        return Part(start, end, ITEM, "NAMED", match.group("pinum"), word="point")
    if kind == "titem":
        if text[start - 1] in ")）" and not TREATY_PARAGRAPH_BEFORE_RE.search(text, 0, start):
            return None  # (1)(b) with no article before it: an outline number
        return Part(start, end, ITEM, "NAMED", match.group("tinum"), word="treaty")
    if kind == "annex":
        number = match.group("anum") or match.group("xnum")
        word = "別表" if text[start] == "別" else "附属書"
        return Part(start, end, ANNEX, "NAMED", _arabic(number) if number else match.group("xletter"), word=word)
    if kind == "division":
        return Part(start, end, DIVISION, "NAMED", word=match.group("division"))
    if kind == "subitem":
        return Part(start, end, SUBITEM, "NAMED", match.group("subitem")[0])
    if kind == "proviso":
        return Part(
            start, end, PROVISO, "NAMED", word=PROVISO_SPELLING.get(match.group("proviso"), match.group("proviso"))
        )
    if kind == "ru":
        word = match.group("ruword").lower()
        level = ARTICLE if word.startswith("ст") else PARAGRAPH if word.startswith("ч") else ITEM
        return Part(start, end, level, "NAMED", match.group("runum").replace(".", "_"), word="ru")
    if kind == "enrel":
        return Part(start, end, ARTICLE, "HERE", word="本", paragraph=match.group("enrpnum"))
    if kind == "en":
        sub = match.group("ensub")
        paragraph = match.group("enpnum") or (sub if sub and sub.isdigit() else None)
        item = match.group("enitem") or (sub if sub and not sub.isdigit() else None)
        return Part(start, end, ARTICLE, "NAMED", match.group("ennum"), word="en", paragraph=paragraph, item=item)
    return Part(start, end, LAW, "INFERIOR", word=match.group("inferior"))


# The item letter that makes a glued digit a paragraph after an Arabic article: 第2条1(a).
TREATY_ITEM_AFTER_RE = re.compile(r"[(（][a-z][)）]")
# A parenthesised paragraph right after an article, which an item letter may follow: 第20条(1).
TREATY_PARAGRAPH_BEFORE_RE = re.compile(r"条[(（][0-9０-９]{1,2}[)）]$")


# A relative article a treaty paragraph number may follow (本条2に定める敵国, as the Charter's 第53条 writes it):
# no note marker follows a pointer to the article itself.
RELATIVE_ARTICLE_BEFORE_RE = re.compile(r"(?:本|同|この)条$")


def _treaty_paragraph(text: str, match: re.Match[str]) -> Part | None:
    """``第十四条1``: treaty texts number paragraphs 1, 2 after a kanji article; after an Arabic
    article only with an item letter (``第2条1(a)``) or closing a citation in parentheses
    (``(国連海洋法条約第121条3)``), since ``第 51 条7`` in running text is a note marker."""
    start, end = match.span()
    kanji_article = text[start - 2 : start - 1] in _KANJI_DIGIT and text[start - 2 : start - 1] != ""
    kanji_article = kanji_article or text[max(0, start - 4) : start - 1] == "附属書"  # 附属書G3: a lettered annex
    if RELATIVE_ARTICLE_BEFORE_RE.search(text, max(0, start - 3), start):
        return Part(start, end, PARAGRAPH, "NAMED", _arabic(match.group("tpnum")), word="treaty")  # 本条2
    closes_citation = text[end : end + 1] in (")", "）") and _in_parenthesis(text, start)
    if not kanji_article and not closes_citation and not TREATY_ITEM_AFTER_RE.match(text, end):
        return None
    return Part(start, end, PARAGRAPH, "NAMED", _arabic(match.group("tpnum")), word="treaty")


def _in_parenthesis(text: str, start: int) -> bool:
    """Whether an opening parenthesis stands before ``start`` on its line with no closing one between."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    opened = max(before.rfind("("), before.rfind("（"))
    return opened != -1 and not re.search(r"[)）]", before[opened:])


# Older spellings of ただし書 (同法附則第一項但書), stored in the modern form.
PROVISO_SPELLING = {"但書": "ただし書", "但し書": "ただし書"}

_REL_WORD = {"前": "PREV", "前各": "PREV", "次": "NEXT", "同": "SAME", "本": "HERE", "この": "HERE",
             "各": "EACH", "当該各": "EACH"}  # fmt: skip


def _relative_part(text: str, match: re.Match[str]) -> Part | None:
    start, end = match.span()
    unit = match.group("runit2")
    if text[end : end + 1] and text[end] in _NOT_UNIT_AFTER[unit]:
        return None
    word, count = match.group("rword"), match.group("rcount")
    if word in ("各", "当該各") and unit == "条":
        return None  # 各条 is "every article", not a pointer
    if word == "本" and unit == "号":
        return None  # 本号 is rare and mostly "this issue" of a journal
    relation = "EACH" if word.endswith("各") and word != "前各" else _REL_WORD[word]
    number = _arabic(count) if count else None
    if unit in _STRUCT_LEVEL and (word in ("各", "当該各", "前各") or count):
        return None
    level = _UNIT_LEVEL.get(unit) or _STRUCT_LEVEL[unit]
    return Part(start, end, level, relation, number, word=word + (count or ""))


# An issue of a gazette, not an item of a provision: 官報号外第135号, 官報第1234号, 公報第5号; and a periodical's
# issue after its volume: アジア情報室通報 第8巻第1号, 情報管理 第56巻第9号 (巻 is never a unit of a statute).
GAZETTE_BEFORE_RE = re.compile(rf"(?:官報|号外|公報|第?{_N}巻)[ \u3000]?$")
# The number of a parliamentary document, not an item: 受領答弁第四四号, 内閣衆質二一七第四四号 (a written question,
# with its session), 質問第16号, 内閣提出第四号 and 衆法第四七号 (bills), 外務委員会 第16号 (the minutes of a meeting),
# 陳情書外二件(第六四一号) and 議事日程 第二十五号 (the papers of a sitting).
DOCUMENT_NUMBER_BEFORE_RE = re.compile(
    rf"(?:答弁|質問|[衆参]質|提出|[衆参閣]法|(?:請願|陳情)書?(?:外{_N}件)?[(（]?|委員会|本会議|調査会|審査会|議事日程"
    # an administrative notice's own number: 達(外、組対)第426号 (a police 通達 with the divisions issuing it),
    # 警察庁丙刑企発第22号 (発: sent out by that office)
    rf"|(?<![ぁ-んァ-ヴ])(?:達|発)[甲乙丙丁]?(?:[(（][^()（）\n]{{1,12}}[)）])?)"
    rf"[ \u3000]?{_N}?[ \u3000]?$"
)

# A form's number, not an item: 勧告書(様式第1号), 別記様式第2号, 様式第3号のとおり (municipal rules name the forms
# they prescribe by 様式 and a number; an item is never written after 様式).
FORM_NUMBER_BEFORE_RE = re.compile(r"様式[ \u3000]?$")


# The next member of an English list of articles: Articles 55 and 56, Articles 3, 4 and 5, Articles 3 or 5(2).
EN_LIST_NEXT_RE = re.compile(
    r"(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)(?P<num>[0-9]+)(?![0-9])(?:\((?P<sub>[0-9]{1,2})\))?"
)


def _english_list(text: str, head: Part) -> list[Part]:
    """The members after ``Articles N`` (plural): each its own article part, as 第10条及び第11条 gives two rows."""
    if not text.startswith("Articles", head.start):
        return []
    members, end = [], head.end
    while (match := EN_LIST_NEXT_RE.match(text, end)) is not None:
        start = match.start("num")
        members.append(Part(start, match.end(), ARTICLE, "NAMED", match.group("num"), word="en",
                            paragraph=match.group("sub")))  # fmt: skip
        end = match.end()
    return members


def parse_parts(text: str) -> list[Part]:
    """Every part of every reference in the text, in order (before chain filtering)."""
    parts: list[Part] = []
    for match in PART_RE.finditer(text):
        part = _part_from_match(text, match)
        if part is not None and part.word == "en":
            parts += [part, *_english_list(text, part)]
            continue
        if part is not None and not (
            part.word == "号"
            and (
                GAZETTE_BEFORE_RE.search(text, max(0, part.start - 12), part.start)
                or DOCUMENT_NUMBER_BEFORE_RE.search(text, max(0, part.start - 12), part.start)
                or FORM_NUMBER_BEFORE_RE.search(text, max(0, part.start - 3), part.start)
            )
        ):
            parts.append(part)
    return parts


@dataclass
class Chain:
    """Adjacent parts of rising level: one reference."""

    parts: list[Part]

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end

    def top(self) -> Part:
        """The first part below the instrument and 附則 prefixes."""
        for part in self.parts:
            if part.level > DIVISION:
                return part
        return self.parts[-1]


def _chains(text: str, parts: list[Part], name_ends: set[int], one_law: bool = False) -> list[Chain]:
    """Group parts into chains; drop bare parts that are not after a name or in a chain (``one_law``: the
    document is about one law, whose articles it may cite bare: 338条の再審事由)."""
    chains: list[Chain] = []
    for index, part in enumerate(parts):
        last = chains[-1] if chains else None
        joined = last is not None and _adjacent(text, last, part) and _rises(last.parts[-1], part)
        nxt = parts[index + 1] if index + 1 < len(parts) else None
        leads = nxt is not None and nxt.start == part.end and nxt.level in (PARAGRAPH, ITEM) and part.level == ARTICLE
        ranged = last is not None and _ends_range(text, last, part)
        listed = last is not None and _continues_bare_list(text, last, part)
        loose = part.bare and part.level != LAW and not joined and not leads and not ranged and not listed
        if loose and not (_bare_allowed(text, part, name_ends, one_law) or _repeats_cited(text, part, chains)):
            continue
        if part.level == PROVISO and not joined:
            continue
        if part.level == SUBITEM and not joined:
            continue
        if part.word == "treaty" and not joined:  # a treaty paragraph (1) or item ((a)) only after its article
            continue
        if part.relation == "INFERIOR" and not joined:
            continue
        if joined and last is not None:
            last.parts.append(part)
        else:
            chains.append(Chain([part]))
    return chains


# An article's caption in double angle brackets between the article and its paragraph, as tax tribunal decisions
# cite a provision: 所得税法第2条《定義》第1項第3号 (one reference: article 2, paragraph 1, item 3).
CAPTION_GAP_RE = re.compile(r"《[^《》\n]{1,30}》")


def _adjacent(text: str, last: Chain, part: Part) -> bool:
    """Whether ``part`` continues ``last``: glued to it, or a named paragraph after の (第370条の第1項, as
    commentary writes "paragraph 1 of article 370") or after the article's caption (第2条《定義》第1項)."""
    if last.end == part.start:
        return True
    if CAPTION_GAP_RE.fullmatch(text, last.end, part.start) and part.level == PARAGRAPH:
        return last.parts[-1].level == ARTICLE and part.relation == "NAMED" and text[part.start] == "第"
    return (
        text[last.end : part.start] == "の" and part.level == PARAGRAPH and not part.bare
        and part.relation == "NAMED" and last.parts[-1].level == ARTICLE and text[part.start] == "第"
    )  # fmt: skip


def _repeats_cited(text: str, part: Part, chains: list[Chain]) -> bool:
    """``5条の対象は`` after ``日米安保条約5条``: a bare article the text has already cited by number is that
    reference repeated (a count is never: ``23条から構成``, ``全23条``); in kanji only after a non-name character
    (``この六条と八条`` after ``第六条``/``第八条一`` in Diet minutes, not ``一条通`` or ``十条駅``)."""
    if part.level != ARTICLE or COUNT_AFTER_RE.match(text[part.end : part.end + 8]):
        return False
    if not text[part.start].isascii() and (
        re.match(f"[{_NAME_CHAR}]", text[part.start - 1 : part.start])
        or re.match(f"[{_NAME_CHAR}]", text[part.end : part.end + 1])
    ):
        return False
    if COUNT_BEFORE_RE.search(text, max(0, part.start - 3), part.start):
        return False
    return any(
        c.top().level == ARTICLE and c.top().relation == "NAMED" and c.top().number == part.number for c in chains
    )


# The gap between members of a list of bare articles: 憲法二八条、一八条、三一条 (court judgments).
BARE_LIST_GAP_RE = re.compile(r"^(?:[、，,・]|及び|並びに|又は|若しくは)$")


def _continues_bare_list(text: str, last: Chain, part: Part) -> bool:
    """``一八条`` in ``憲法二八条、一八条``: a bare article right after a listed article reference; also a bare item
    after an item of an article (``同法3条1項1号、2号、3号``: items 2 and 3 of that paragraph)."""
    if not BARE_LIST_GAP_RE.match(text[last.end : part.start]) or COUNT_AFTER_RE.match(text[part.end : part.end + 8]):
        return False
    if part.level == ITEM:
        return last.parts[-1].level == ITEM and last.top().level in (ARTICLE, PARAGRAPH, ITEM)
    return part.level == ARTICLE and last.top().level == ARTICLE and last.top().relation == "NAMED"


def _ends_range(text: str, last: Chain, part: Part) -> bool:
    """``399条~419条``: a bare article closing a range opened by an article reference; also a bare item or
    paragraph closing a range of its own unit (法3条1項1号~8号: items 1 to 8)."""
    return (
        part.level in (ARTICLE, PARAGRAPH, ITEM) and last.parts[-1].level == part.level
        and last.parts[-1].relation == "NAMED"
        and bool(RANGE_GAP_RE.match(text[last.end : part.start]))
    )  # fmt: skip


def _rises(before: Part, after: Part) -> bool:
    if after.relation == "INFERIOR":
        return before.level == LAW
    if after.level == PROVISO:
        return before.level in (ARTICLE, PARAGRAPH, ITEM, SUBITEM)
    return after.level > before.level


def _count_before(text: str, start: int) -> bool:
    """Whether a count word stands right before ``start`` (COUNT_BEFORE_RE): only the few characters before it are
    read, not the whole text up to it (this runs for every bare article)."""
    return COUNT_BEFORE_RE.search(text, max(0, start - COUNT_BEFORE_WINDOW), start) is not None


def _bare_allowed(text: str, part: Part, name_ends: set[int], one_law: bool = False) -> bool:
    """``53条`` counts as a reference only right after an instrument name (憲法53条);
    a bare ``2項`` (Arabic digits, not 2項目) stands alone in commentary; in a document about one law
    (its name is the first line) a bare Arabic ``338条`` that is not a count cites that law."""
    if part.level == PARAGRAPH:
        return text[part.start].isascii()
    if part.level == CHAPTER:
        return True  # 憲章8章: only parsed after a bare instrument word (see BARE_WORD_BEFORE_RE)
    if part.level != ARTICLE or COUNT_AFTER_RE.match(text[part.end : part.end + 8]):
        return False
    if one_law and text[part.start].isascii() and not _count_before(text, part.start):
        return True
    if PROVIDES_AFTER_RE.match(text, part.end) and not _count_before(text, part.start):
        return True  # 相互支援は4条で規定されている: an article that provides something is a reference
    if AMENDED_AFTER_RE.match(text, part.end) and text[part.start].isascii() and not _count_before(text, part.start):
        return True  # 96条改正に加え: an article to be amended, as news names the constitution's
    if METONYM_ARTICLE_RE.match(text, part.start):
        return True  # 九条と集団的自衛権: the article named alone, as a byword
    if _subject_after_named(text, part, name_ends):
        return True  # リスボン条約は… 。このうち、50条は…条項で: the subject of a clause about a named instrument
    # 3条の2 (a count has no branch number), 旧728条 (a former article), right after a name, or alone in
    # parentheses as commentary cites the law it discusses: 出所を明示することによって(48条)
    return (
        "_" in (part.number or "") or text[part.start - 1 : part.start] == "旧" or _after_name(text, part, name_ends)
        or CITED_IN_PARENS_RE.match(text, max(0, part.start - 1)) is not None or _after_topic(text, part, name_ends)
    )  # fmt: skip


# A bare Arabic article opening a clause (after punctuation or a demonstrative) as its subject or topic:
# このうち、50条は…条項で, この50条が…適用される. A count is not a clause's subject without 全/計/約
# (COUNT_BEFORE_RE) or からなる.
CLAUSE_OPEN_BEFORE_RE = re.compile(r"(?:^|[、。\n「『]|この|その)$")
SUBJECT_AFTER_RE = re.compile(r"(?:は|が)(?![0-9０-９])")


def _subject_after_named(text: str, part: Part, name_ends: set[int]) -> bool:
    """A bare Arabic article that opens a clause as its subject, in a text that has named an instrument before it."""
    if not text[part.start].isascii() or _count_before(text, part.start):
        return False
    opens = CLAUSE_OPEN_BEFORE_RE.search(text, max(0, part.start - 3), part.start) is not None
    named_before = any(end <= part.start for end in name_ends)
    return opens and named_before and SUBJECT_AFTER_RE.match(text, part.end) is not None


# An article Japanese writing names bare, as a byword for its debate: 9条 (the constitution's renunciation of war) in
# 『…九条と集団的自衛権…』, 9条入門, 九条解釈の破綻, 9条の碑. Not inside a word (京都九条, 九条ねぎ, 九条通).
METONYM_ARTICLE_RE = re.compile(
    r"(?<![一-龥々ァ-ヴー])(?:9|９|九)条(?=と|の[会碑]|を|は|が|入門|解釈|改正|改憲|論|擁護|[、。」』)）\s])"
)
# What follows a bare article that provides something (a count never does): 4条で規定されている, 9条に定める,
# 4条が定める, 21条の規定; the provision a rule stands in or rests on: 制定時の107条において (the Basic Law's
# article 107, https://hakuriku.hatenablog.com/entry/20170630/Grundgesetz60_H), 19条に基づき.
# What follows a bare Arabic article that news says is to be amended or struck out: 96条改正に加え, 9条改正論,
# 96条の改正 (Kyodo as quoted on https://hatarakikata.net/3266: 96条改正に意欲を示していた); a count is never amended.
AMENDED_AFTER_RE = re.compile(r"(?:の)?(?:改正|改定|削除|廃止)")
PROVIDES_AFTER_RE = re.compile(r"(?:で|に|が|は|の)?(?:規定|定め|定める|定めて)|において|に基づ")
# A bare article alone in parentheses: (48条), （第48条） is a named part anyway.
CITED_IN_PARENS_RE = re.compile(r"[(（][0-9０-９]+条(?:の[0-9０-９]+)*[)）]")
# What may stand between a name and its article: の, (, 旧, a part of a code (旧民法人事編19条).
# In English: a possessive or a comma (Japan's Article 9, the Charter of the United Nations, Article 51).
NAME_GAP_RE = re.compile(r"(?:の|[(（]旧?|旧|[一-龥]{1,3}編|[’']s |, )?")
# A topic particle after a name: a bare Arabic article right after it is one of the instrument's provisions
# (その日米安保条約は、5条で「…」). Not a resolution rule: ``Xは、第二十五条に定める…`` may cite the document's own.
TOPIC_GAP_RE = re.compile(r"は[、，,]?")


def _after_topic(text: str, part: Part, name_ends: set[int] | dict) -> bool:
    """``日米安保条約は、5条で``: a bare Arabic article right after a topic-marked instrument name."""
    return text[part.start].isascii() and any(
        part.start - size in name_ends and TOPIC_GAP_RE.fullmatch(text[part.start - size : part.start])
        for size in (1, 2)
    )


def _after_name(text: str, part: Part, name_ends: set[int] | dict) -> bool:
    return any(
        part.start - size in name_ends and NAME_GAP_RE.fullmatch(text[part.start - size : part.start])
        for size in range(0, 5)
    )


# A total before a bare size (計11条23項, 全5条10項): never 約 here, which ends 条約 before a cited article.
CHAIN_COUNT_BEFORE_RE = re.compile(r"(?:全|計|合計|総計)[ \u3000]?$|(?<![第0-9０-９])[0-9０-９]{1,3}[部編章]$")


def _count_chain(text: str, chain: Chain) -> bool:
    """``計11条23項からなる``: a bare article with paragraphs that sizes an instrument (a count of its articles and
    paragraphs, never a reference), told by a total before it or からなる/で構成 after it."""
    first = chain.parts[0]
    if not first.bare or first.level != ARTICLE:
        return False
    return bool(
        CHAIN_COUNT_BEFORE_RE.search(text, max(0, chain.start - 3), chain.start)
        or COUNT_AFTER_RE.match(text[chain.end : chain.end + 8])
    )


# A report's running header a PDF text layer glues to its chapter: the line opens with a Latin title and its year
# (Hiroshima Report 2018第 1 章 核軍縮, Annual Report 2020 第2章); statutes and treaties cited in Japanese prose are
# named in Japanese, so a Latin-only line head is a publication's name.
RUNNING_HEADER_BEFORE_RE = re.compile(r"(?:^|\n)[ \u3000]*[A-Z][A-Za-z]+(?: [A-Za-z]+)* [0-9]{4}[ \u3000]?$")


def _is_publication_heading(text: str, chain: Chain) -> bool:
    """``「第6章 ロシアから見た...」``: a chapter of a book, not of a statute. Not when the text prints the statute
    below with that chapter's heading line (「第5章 喫煙」に含まれる条項 … ⏎ 第5章 喫煙): the statute's chapter."""
    if chain.top().level >= ARTICLE or chain.top().level == ANNEX:
        return False
    if RUNNING_HEADER_BEFORE_RE.search(text, max(0, chain.start - 60), chain.start):
        return True  # Hiroshima Report 2018第 1 章 核軍縮: a report's running header
    if not PUBLICATION_HEADING_RE.search(text[max(0, chain.start - 2) : chain.start]):
        return False
    unit = text[chain.start : chain.end]
    return not any(m.group("head") == unit for m in STRUCT_HEADING_RE.finditer(text) if m.start() > chain.end)


@dataclass
class _Row:
    """A reference being built: the chain, its inherited context and the resulting record."""

    chain: Chain
    ref: ArticleRef
    list_prev: int | None = None  # index of the row this one continues in a list
    same_as: int | None = None  # index of the row 同条/同項/同号 points back to
    unknown_article: bool = False  # in a statute excerpt whose article heading the text leaves out

    @property
    def list_head(self) -> bool:
        return self.list_prev is None

    def names(self, level: int) -> bool:
        """Whether the reference itself states this level (a list member states what it inherits)."""
        return any(p.level == level for p in self.chain.parts) or (
            not self.list_head and level < self.chain.top().level
        )


def _row_from_chain(text: str, chain: Chain) -> ArticleRef | None:
    """The structured fields one chain states by itself."""
    # a bare 法/協定 is a name, and names stay out of the span (法27条1項 gives 27条1項)
    start = next((p.start for p in chain.parts if not (p.level == LAW and p.bare)), None)
    if start is None:  # only a bare law word (条約第1 cut by a line break): nothing to refer to
        return None
    ref = ArticleRef(mention_id="", start=start, end=chain.end, surface=text[start : chain.end])
    substantive = [p for p in chain.parts if p.level > DIVISION]
    if not substantive:
        return None
    head = substantive[0]
    ref.kind = "relative" if head.relation != "NAMED" else ("structure" if head.level < ARTICLE else "article")
    if head.relation != "NAMED":
        ref.relation = head.relation.lower()
    for part in chain.parts:
        _fill(ref, part)
    division = next((p for p in chain.parts if p.level == DIVISION), None)
    if division is not None:
        ref.division = division.word
    return ref


def _fill(ref: ArticleRef, part: Part) -> None:
    number, sub = _split(part.number)
    if part.level in _STRUCT_LEVEL.values():
        ref.unit = part.word if part.word in _STRUCT_LEVEL else _unit_name(part.level)  # 部 shares 編's level
        ref.chapter = part.number
    elif part.level == ANNEX:
        ref.unit = part.word or "別表"
        ref.chapter = part.number
    elif part.relation != "NAMED":
        ref.paragraph = part.paragraph or ref.paragraph  # paragraph 2 of this Article; 前二項's count is resolved later
    elif part.level == ARTICLE:
        ref.article, ref.article_sub = number, sub
        ref.end_article = part.end_number
        ref.paragraph, ref.item = part.paragraph or ref.paragraph, part.item or ref.item
    elif part.level == PARAGRAPH and part.word != "節":
        ref.paragraph, ref.end_paragraph = part.number, part.end_number
    elif part.level == ITEM:
        ref.item, ref.end_item = part.number, part.end_number
    elif part.level == SUBITEM:
        ref.subitem = part.number
    elif part.level == PROVISO:
        ref.proviso = part.word
    if part.relation in ("PREV", "NEXT", "SAME", "HERE", "EACH") and part.level >= ARTICLE:
        ref.relation = ref.relation or part.relation.lower()


def _unit_name(level: int) -> str:
    return next(unit for unit, lvl in _STRUCT_LEVEL.items() if lvl == level)


def _split(number: str | None) -> tuple[str | None, str | None]:
    """``70_5_2`` → (``70``, ``5_2``)."""
    if number is None:
        return None, None
    head, _, sub = number.partition("_")
    return head, sub or None


def _law_number_refs(text: str) -> list[ArticleRef]:
    """Rows of kind law_number, ``number`` in Arabic numerals."""
    refs = []
    for match in jp_law_numbers(text):
        display, _ = normalise_jp_number(match)
        refs.append(ArticleRef("", match.start(), match.end(), match.group(0), kind="law_number", number=display))
    for match in ABBREVIATED_LAW_NUMBER_RE.finditer(text):
        display, _ = normalise_abbreviated_number(match)
        refs.append(ArticleRef("", match.start(), match.end(), match.group(0), kind="law_number", number=display))
    for match in RU_LAW_NUMBER_RE.finditer(text):
        number = f"{match.group('num')}-{match.group('type')}"
        refs.append(ArticleRef("", match.start(), match.end(), match.group(0), kind="law_number", number=number))
    for match in US_LAW_NUMBER_RE.finditer(text):
        number = f"Public Law {match.group('congress')}-{match.group('num')}"
        refs.append(ArticleRef("", match.start(), match.end(), match.group(0), kind="law_number", number=number))
    for match in RU_LAW_NUMBER_JA_RE.finditer(text):
        number = ru_number_ja(match)[0]
        refs.append(ArticleRef("", match.start(), match.end(), match.group(0), kind="law_number", number=number))
    for match in UN_GA_RESOLUTION_RE.finditer(text):
        number = f"A/RES/{match.group('session')}/{match.group('num')}"
        refs.append(ArticleRef("", match.start(), match.end(), match.group(0), kind="law_number", number=number))
    for match in BARE_RESOLUTION_RE.finditer(text):
        number = bare_resolution_number(match)[0]
        refs.append(ArticleRef("", match.start(), match.end(), match.group(0), kind="law_number", number=number))
    for start, end, number, _ in listed_resolutions(text):  # 決議第1267号、第1566号: 第1566号 is a resolution too
        refs.append(ArticleRef("", start, end, text[start:end], kind="law_number", number=number))
    return refs


# A UN General Assembly resolution by session and number, as Japanese texts write it: 総会決議50/52, 決議A/RES/60/1
# (the symbol A/RES/50/52). The body before 決議 stays out, as for 安保理決議第1718号.
UN_GA_RESOLUTION_RE = re.compile(r"決議[ \u3000]?(?:A/RES/)?(?P<session>[0-9]{1,2})/(?P<num>[0-9]{1,3})(?![0-9/])")


def reference_parts(text: str) -> list[list[Part]]:
    """The parts of every reference chain (instrument pronouns alone included), for checking a parse."""
    instruments = scan_instruments(text)
    spans = [(r.start, r.end) for r in _law_number_refs(text)] + [m.span() for m in CASE_NUMBER_RE.finditer(text)]
    parts = _parts_outside_names(text, instruments, spans)
    one_law = _title_line_instrument(text, instruments) is not None
    chains = _chains(text, parts, set(_name_spans(instruments, text)), one_law)
    return [c.parts for c in chains if not _is_publication_heading(text, c)]


def _parts_outside_names(text: str, instruments: list[Instrument], number_spans: list[tuple[int, int]]) -> list[Part]:
    """Parts not inside a law number, and no instrument pronoun inside a name (本法 in 科学技術基本法)."""
    name_spans = [(s, e) for inst in instruments for s, e, _ in inst.spans]
    return [
        p for p in parse_parts(text)
        if not _inside((p.start, p.end), number_spans)
        and not (p.level == LAW and any(s < p.start and p.end <= e for s, e in name_spans))
    ]  # fmt: skip


# The wording an amending act replaces or deletes: 第二十六条中「及び第八項」を「から第九項まで」に改める,
# 「、第五項」を削る.  References inside are references (heldout5 convention), but a bare 第八項 there is a
# fragment of the amended article's wording: the text does not say which article it is, never the one the act
# stands in.
AMENDED_WORDING_RE = re.compile(r"「(?P<old>[^「」\n]{1,80})」を(?:「(?P<new>[^「」\n]{1,80})」に改め|削)")


def _amended_wording(text: str) -> list[tuple[int, int]]:
    """Spans of the quoted strings an amending clause replaces or deletes (AMENDED_WORDING_RE)."""
    spans = []
    for match in AMENDED_WORDING_RE.finditer(text):
        spans += [match.span(group) for group in ("old", "new") if match.group(group) is not None]
    return spans


def _bare_in_amended_wording(rows: list[_Row], amended: list[tuple[int, int]]) -> None:
    """A bare paragraph or item quoted as wording to amend (「及び第八項」) has no article (see AMENDED_WORDING_RE)."""
    for row in rows:
        first = row.chain.parts[0]
        if first.relation == "NAMED" and first.level > ARTICLE and _inside((row.ref.start, row.ref.end), amended):
            row.ref.article, row.ref.article_sub = None, None


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def find_references(text: str, title: str | None = None) -> tuple[list[ArticleRef], list[dict]]:
    """Article references and the ``instruments`` rows, from one scan of the instrument names.

    The rows are taken before resolution, so they equal ``find_instruments(text)``.
    """
    instruments = scan_instruments(text)
    rows = [inst.row() for inst in instruments]
    return _article_refs(text, title, instruments), rows


def find_article_refs(text: str, title: str | None = None) -> list[ArticleRef]:
    """Every article reference and instrument number in the text, resolved, in text order."""
    return _article_refs(text, title, scan_instruments(text))


def _article_refs(text: str, title: str | None, instruments: list[Instrument]) -> list[ArticleRef]:
    name_spans = _name_spans(instruments, text)
    law_numbers = _law_number_refs(text)
    spans = [(r.start, r.end) for r in law_numbers] + [m.span() for m in CASE_NUMBER_RE.finditer(text)]
    parts = _parts_outside_names(text, instruments, spans)
    headings = {m.start("head") for m in _article_headings(text)}  # 第五条 opening its own provision
    headings |= {m.start("head") for m in STRUCT_HEADING_RE.finditer(text)}
    headings |= {m.start("head") for m in PROVISION_HEAD_RE.finditer(text)}
    headings |= {m.start("head") for m in DELETED_ARTICLE_RE.finditer(text)}
    headings |= {m.start("head") for m in RU_HEADING_RE.finditer(text)}
    headings |= {m.start("head") for m in PARAGRAPH_HEADING_RE.finditer(text)}
    headings |= {m.start("head") for m in DECISION_PART_RE.finditer(text)}
    named_headings = _named_headings(text, name_spans)
    headings |= {m.start("head") for m in named_headings}
    one_law = _title_line_instrument(text, instruments) is not None
    if not one_law and (quoted := _quoted_statute(text, instruments)):
        headings = {h for h in headings if h < quoted[0] or PROVISION_HEAD_RE.match(text, h)}
    amended = _amended_wording(text)
    chains = [
        c
        for c in _chains(text, parts, set(name_spans), one_law)
        if not _is_publication_heading(text, c) and c.start not in headings and not _count_chain(text, c)
    ]
    rows = _resolve_in_statute(text, _rows(text, chains))
    _carry_article(text, rows)
    _bare_in_amended_wording(rows, amended)
    _this_article_in_commentary(text, rows)
    _article_named_by_gloss(text, rows)
    _relative_in_quoted_wording(text, rows)
    _resolve_relative(rows)
    cited = _cited_for_one_article(text, rows, instruments, name_spans)
    principal = _principal(text, title, instruments, cited)
    _resolve_instruments(text, rows, instruments, name_spans, principal, cited)
    _relative_in_quoted_statute(text, rows)
    _resolve_in_quoted_provisions(text, rows)
    _resolve_under_named_heading(text, rows, name_spans, named_headings)
    refs = [row.ref for row in rows] + _number_rows(law_numbers, instruments)
    refs.sort(key=lambda r: (r.start, r.end))
    return [replace(ref, mention_id=f"A{index:04d}") for index, ref in enumerate(refs, start=1)]


def find_instruments(text: str) -> list[dict]:
    """Rows of the ``instruments`` table (same ids as ``article_refs.instrument_id``)."""
    return [inst.row() for inst in scan_instruments(text)]


def _name_spans(instruments: list[Instrument], text: str | None = None) -> dict[int, tuple[Instrument, int]]:
    """End offset of every instrument mention (and of 「name」) → (instrument, start). A line break after a name
    is not a closing quote: the title line of a statute page does not own the heading below it."""
    ends: dict[int, tuple[Instrument, int]] = {}
    for inst in instruments:
        for start, end, _ in inst.spans:
            ends[end] = (inst, start)
            if text is None or text[end : end + 1] not in ("\n", ""):
                ends[end + 1] = ends.get(end + 1, (inst, start))  # after a closing 」 or "
            # a remark on a name stands between it and its article: 出入国管理及び難民認定法(…改正前のもの。…)49条
            remark = PARENTHETICAL_RE.match(text, end) if text is not None else None
            if remark is not None:
                ends[remark.end()] = ends.get(remark.end(), (inst, start))
    return ends


def _rows(text: str, chains: list[Chain]) -> list[_Row]:
    """One row per chain; ranges (A から B まで, A～B) merge into one row."""
    rows: list[_Row] = []
    index = 0
    while index < len(chains):
        chain = chains[index]
        ref = _row_from_chain(text, chain)
        if ref is None:
            index += 1
            continue
        nxt = chains[index + 1] if index + 1 < len(chains) else None
        if nxt is not None and _is_range(text, chain, nxt):
            _merge_range(text, ref, nxt)
            index += 1
        rows.append(_Row(chain, ref, _list_prev(text, rows, ref.start)))
        index += 1
    return rows


# A parenthetical with no parenthesis inside: (第四号を除く。)
PARENTHETICAL_RE = re.compile(r"[(（][^()（）]*[)）]")


def _list_prev(text: str, rows: list[_Row], start: int) -> int | None:
    """The row a reference continues in a list, skipping references inside parentheticals between them."""
    for index in range(len(rows) - 1, max(-1, len(rows) - 8), -1):
        gap = text[rows[index].ref.end : start]
        while PARENTHETICAL_RE.search(gap):
            gap = PARENTHETICAL_RE.sub("", gap)
        if "。" in gap.replace("を除く。", "").replace("を含む。", "") or "\n" in gap:
            return None
        if re.search("[)）]", gap):
            continue  # that row stands inside a parenthetical this reference is outside of
        return index if LIST_GAP_RE.match(gap) else None
    return None


def _is_range(text: str, first: Chain, second: Chain) -> bool:
    if not RANGE_GAP_RE.match(text[first.end : second.start]):
        return False
    a, b = first.parts[-1], second.parts[-1]
    # 第1条から第3条まで, and ranges of structural units: 第3章から第8章まで (one structure row)
    structural = a.level in _STRUCT_LEVEL.values() and len(first.parts) == 1 and len(second.parts) == 1
    return a.level == b.level and a.relation == "NAMED" and b.relation == "NAMED" and (a.level >= ARTICLE or structural)


def _merge_range(text: str, ref: ArticleRef, second: Chain) -> None:
    closes = text[ref.end : second.start] == "から" and text.startswith("まで", second.end)  # 399条~419条までの範囲
    end = second.end + (2 if closes else 0)
    last = second.parts[-1]
    if last.level == ARTICLE:
        ref.end_article = last.number
    elif last.level == PARAGRAPH:
        ref.end_paragraph = last.number
    elif last.level == ITEM:
        ref.end_item = last.number
    ref.end, ref.surface = end, text[ref.start : end]
    ref.kind = "article" if ref.kind not in ("relative", "structure") else ref.kind


def _supplementary_paragraph(chain: Chain) -> bool:
    """``附則第四項``: a 附則 numbered by paragraphs only has no article, so none is inherited or carried."""
    return chain.top().level == PARAGRAPH and any(p.level == DIVISION for p in chain.parts)


def _inherit(rows: list[_Row], row: _Row) -> None:
    """A list member that starts below the article (第三項) takes the levels above it from the member before."""
    top = row.chain.top()
    if row.list_prev is None or top.relation != "NAMED" or top.level < ARTICLE or _supplementary_paragraph(row.chain):
        return
    prev, ref = rows[row.list_prev].ref, row.ref
    if top.level == ARTICLE:  # 附則第三条、第五条及び第三十八条: 附則 governs the whole list
        ref.division = ref.division or prev.division
        return
    ref.article, ref.article_sub = ref.article or prev.article, ref.article_sub or prev.article_sub
    ref.division = ref.division or prev.division
    if top.level > PARAGRAPH:
        ref.paragraph = ref.paragraph or prev.paragraph
    if top.level > ITEM:
        ref.item = ref.item or prev.item


# Statute layout: an article heading at a line start (第五条　...), a paragraph number (２　...).
# The caption may stand before it on the same line, as some sites print it: (目的)第一条 この法律は...
HEADING_RE = re.compile(
    rf"^(?:[(（][^()（）\n。、]{{1,20}}[)）][ \u3000]?)?(?P<head>第(?P<num>{_N})条(?P<sub>{_SUB}))(?=[ \u3000]|$)",
    re.MULTILINE,
)
# A structural heading line of a statute: 第一章　総則, 第二節 審査 (unit, space, caption, end of line);
# with the articles it holds in parentheses as tables of contents print it (第一章 総則(第一条―第四条)).
STRUCT_HEADING_RE = re.compile(
    rf"^[ \u3000]*(?P<head>第{_SP}{_N}{_SP}[編章節款目]{_SUB})[ \u3000]+[^ \u3000\n。、「」]{{1,30}}"
    r"(?:[(（][^()（）\n]*[)）])?[ \u3000]*$",
    re.MULTILINE,
)
# A court case number, not a reference: 昭和三九年(あ)第二九六号, 平成17年(行ヒ)第397号, 平成 15年 (行ケ) 250号,
# 昭和二四年新(れ)二二号 (year, case-type code in parentheses, number), and 平成10年審判第35270号.
CASE_NUMBER_RE = re.compile(
    rf"(?:明治|大正|昭和|平成|令和|同)?{_SP}{_N}{_SP}年{_SP}"
    rf"(?:新?[(（][ぁ-んァ-ヶ一-龥]{{1,4}}[)）]|(?:抗告)?審判){_SP}第?{_SP}{_N}{_SP}号"
)
# A statute speaking of itself: この法律, この政令, 本法. Not この法律関係 (this legal relation, a commentary's
# word) nor この法律上の (under this law's terms, said of any law). 本法 not inside a name: 基本法は (Germany's Basic
# Law as a commentary's topic, https://hakuriku.hatenablog.com/entry/20170630/Grundgesetz60_H).
STATUTE_SELF_RE = re.compile(r"この(?:法律(?!関係|上)|政令|省令|府令|規則)|(?<![一-龥々ァ-ヴー])本法[はの]")
# A 附則 heading line, alone or with the number of the amending act: 附則(平成一一年一二月八日法律第一五一号).
# 抄 after it marks an excerpt: 附 則(1994年9月20日総理府令第49号) 抄.
SUPPLEMENTARY_HEADING_RE = re.compile(
    r"^附[ \u3000]?則(?P<rest>(?:[(（][^()（）\n]*[)）])?)[ \u3000]*(?:抄[ \u3000]*)?$", re.MULTILINE
)
# A paragraph line: ２　..., or with its unit as law sites print one provision a line: 1項 この法律は...,
# the unit alone on its line with the text below (1項⏎この法律は...), and marked ○2項 by some sites.
PARAGRAPH_LINE_RE = re.compile(r"^[○◯]?(?P<num>[0-9０-９]+)(?:項(?=[ \u3000]|$)|(?=[ \u3000]))", re.MULTILINE)
# The number heading a provision on its own line (1項 ..., 1号 ..., ○2項, 1項 alone): a heading, never a reference.
PROVISION_HEAD_RE = re.compile(
    r"^[ \u3000]*[○◯]?(?P<head>(?:[0-9０-９]+|[一二三四五六七八九十]+)[項号])"
    # ingest drops the space between the unit and a number opening the text: 6項2011年3月11日に…
    r"(?=[ \u3000]|$|[0-9０-９]+(?![0-9０-９条項号]))",
    re.MULTILINE,
)
# An article heading without 第, as law sites print a statute one provision a line: 1条 (施行期日), 7条 alone on
# its line; also 第四条 削除 glued after the sentence before it (a deleted article keeps its heading).
_CAPTION_TO_EOL = r"[ \u3000]*[(（][^()（）\n]{1,30}[)）][ \u3000]*$"
BARE_HEADING_RE = re.compile(
    rf"^[ \u3000]*(?P<head>(?P<num>[0-9０-９]+)条(?P<sub>{_SUB}))(?={_CAPTION_TO_EOL}|$)", re.MULTILINE
)
# In a statute's own text, the caption may follow the heading on its line: 第二条(定義) ⏎ この法律において…
# (outside statutes such a line is a commentary page heading, and a reference).
CAPTION_AFTER_HEADING_RE = re.compile(
    rf"^[ \u3000]*(?P<head>第(?P<num>{_N})条(?P<sub>{_SUB}))(?={_CAPTION_TO_EOL})", re.MULTILINE
)
# The same heading with the provision's first sentence after the caption on its line, as law sites print a statute
# one article a line: 第1条(趣旨) この法律は、… (read only in a statute's own text, like the line above).
CAPTION_THEN_TEXT_RE = re.compile(
    rf"^[ \u3000]*(?P<head>第(?P<num>{_N})条(?P<sub>{_SUB}))(?=[(（][^()（）\n]{{1,30}}[)）][ \u3000]+[^ \u3000\n])",
    re.MULTILINE,
)
# An article and paragraph alone on their line, heading the provision quoted below them (a commentary prints
# ``Article 12`` and then ``第12条1項`` over the translated paragraph, the next line); 第N条 alone is HEADING_RE's.
PARAGRAPH_HEADING_RE = re.compile(
    rf"^[ \u3000]*(?P<head>第{_SP}{_N}{_SP}条{_SUB}第?{_SP}{_N}{_SP}項)[ \u3000]*\n(?=[^\n])", re.MULTILINE
)
# A paragraph of a court decision's operative part, not of a law: 主文第1項同旨 (the decision's own 主文).
DECISION_PART_RE = re.compile(rf"主文(?P<head>第{_SP}{_N}{_SP}項)")
# A Russian article heading alone on its line: Статья 1 (the article of the act itself, not a reference).
RU_HEADING_RE = re.compile(r"^[ \u3000]*(?P<head>Статья\s[0-9]+(?:\.[0-9]+)?)\.?[ \u3000]*$", re.MULTILINE)
DELETED_ARTICLE_RE = re.compile(rf"(?P<head>第(?P<num>{_N})条(?P<sub>{_SUB}))[ \u3000]+削除")
# An item line: 一 ..., 十二 ... (kanji numerals), or the numeral alone on its line.
ITEM_LINE_RE = re.compile(r"^(?P<num>[一二三四五六七八九十]+)(?=[ \u3000]|$)", re.MULTILINE)


# A section heading of an administrative instrument that numbers its sections without 条 (要綱, 要領, 通知:
# ``第1 この要綱は、…``, ``第2 …``): 第 and a number opening the line, then a space or the text itself (ingest
# drops the space between a digit and CJK: ``第1この要綱は``), never a unit (第1条, 第2項).  It is read only in
# a text whose first line names such an instrument (see ``_section_headings``).
SECTION_HEADING_RE = re.compile(
    rf"^(?P<head>第(?P<num>{_N})(?P<sub>))(?=[ \u3000ぁ-んァ-ヶ一-龥])(?![条項号章節編款目部])", re.MULTILINE
)
# The title line of an instrument numbered by sections: 岩手県立図書館利用要綱, …事務処理要領.
SECTION_TITLE_RE = re.compile(r"\A[ \u3000\n]*[^\n]{1,60}(?:要綱|要領)[ \u3000]*$", re.MULTILINE)


def _section_headings(text: str) -> list[re.Match[str]]:
    """``第1``/``第2`` headings of a 要綱 or 要領 whose title is its first line (no 条 in its headings)."""
    return list(SECTION_HEADING_RE.finditer(text)) if SECTION_TITLE_RE.match(text) else []


def _article_headings(text: str) -> list[re.Match[str]]:
    """Every article heading of a statute's own provisions (第五条 ..., 1条 (施行期日), 第四条 削除)."""
    found = [*HEADING_RE.finditer(text), *BARE_HEADING_RE.finditer(text), *DELETED_ARTICLE_RE.finditer(text)]
    found += _section_headings(text)
    if STATUTE_SELF_RE.search(text):
        found += CAPTION_AFTER_HEADING_RE.finditer(text)
        found += CAPTION_THEN_TEXT_RE.finditer(text)
    elif chapter := STRUCT_HEADING_RE.search(text):  # a statute's chapter heading line: its articles below it
        found += [m for m in CAPTION_AFTER_HEADING_RE.finditer(text) if m.start() > chapter.start()]
    return sorted({m.start("head"): m for m in found}.values(), key=lambda m: m.start("head"))


@dataclass(frozen=True)
class _Where:
    """Where a statute's own text stands: the article headings around an offset and the paragraph."""

    previous: str | None
    current: str | None  # None in a 附則 without articles
    following: str | None
    paragraph: int
    item: int | None = None
    excerpt: bool = False  # inside an excerpt cut before its article heading: the article is unknown


# A paragraph number alone on its line, as law mirrors print a statute (``2`` ⏎ ``前項の閣議決定においては、…``);
# paragraph 1 carries no number, so only 2 and up; read only in a statute's own text (page numbers look alike).
LONE_PARAGRAPH_LINE_RE = re.compile(
    r"^(?P<num>[2-9２-９]|[1-9１-９][0-9０-９])[ \u3000]*\n(?=[^\s0-9０-９])", re.MULTILINE
)


def _paragraph_lines(text: str, statute: bool) -> list[re.Match[str]]:
    """Paragraph-number lines: ``2 前項の…`` always, a number alone on its line only in a statute's own text
    (``statute``: the text speaks of itself as one, STATUTE_SELF_RE)."""
    found = list(PARAGRAPH_LINE_RE.finditer(text))
    if statute:
        found += LONE_PARAGRAPH_LINE_RE.finditer(text)
    return sorted({m.start(): m for m in found}.values(), key=lambda m: m.start())


# An amending bill's clause adding paragraphs to an article, alone on its line: 第四十九条に次の一項を加える。 The
# numbered paragraph lines quoted below it are that article's new paragraphs, so their この項/前項/前条/各号 count
# from it, not from the bill's own 第一条.
ADDS_PARAGRAPHS_RE = re.compile(
    rf"^[ \u3000]*第{_SP}(?P<num>{_N}){_SP}条(?P<sub>{_SUB})に次の[一二三四五六七八九十]+項を加える。[ \u3000]*$",
    re.MULTILINE,
)


def _added_paragraph_marks(text: str) -> list[tuple[int, _Where]]:
    """Marks at the end of every ADDS_PARAGRAPHS_RE line: the article the quoted paragraphs below it belong to
    (its neighbours unknown, so 前条/次条 are counted from its number)."""
    return [
        (m.end(), _Where(None, "_".join([_arabic(m.group("num")) or "", *_branch(m.group("sub"))]), None, 1))
        for m in ADDS_PARAGRAPHS_RE.finditer(text)
    ]


def _statute_context(text: str) -> list[tuple[int, _Where]]:
    """(offset, position) at every heading and paragraph line of a statute laid out one provision a line."""
    headings: list[tuple[int, str | None]] = [
        (m.start(), "_".join([_arabic(m.group("num")) or "", *_branch(m.group("sub"))]))
        for m in _article_headings(text)
    ]
    # A 附則 line starts provisions of their own: no article across it is 前条 or 次条.
    headings += [(m.start(), None) for m in SUPPLEMENTARY_HEADING_RE.finditer(text)]
    headings.sort(key=lambda h: h[0])
    marks: list[tuple[int, _Where]] = []
    for index, (offset, number) in enumerate(headings):
        previous = headings[index - 1][1] if index and number else None
        following = headings[index + 1][1] if index + 1 < len(headings) and number else None
        marks.append((offset, _Where(previous, number, following, 1)))
    marks += _added_paragraph_marks(text)
    heading_marks = sorted(marks, key=lambda m: m[0])
    statute = STATUTE_SELF_RE.search(text) is not None
    for match in _paragraph_lines(text, statute):  # a paragraph belongs to the last heading above it
        before = [w for o, w in heading_marks if o < match.start()]
        number = parse_number(match.group("num")) or 1
        if before:
            marks.append((match.start(), replace(before[-1], paragraph=number)))
        elif match.group(0).endswith("項"):  # 1項 in a 附則 without articles: a paragraph of no article
            marks.append((match.start(), _Where(None, None, None, number)))
        elif statute:  # an excerpt cut after its heading: paragraphs of an unknown article
            marks.append((match.start(), _Where(None, None, None, number, excerpt=True)))
    marks.sort(key=lambda m: m[0])
    for match in ITEM_LINE_RE.finditer(text):
        before = [w for o, w in marks if o < match.start() and w.item is None]
        if before:
            marks.append((match.start(), replace(before[-1], item=parse_number(match.group("num")))))
    return sorted(marks, key=lambda m: m[0])


def _where(marks: list[tuple[int, _Where]], offset: int) -> _Where | None:
    """The position in force at ``offset`` (marks are sorted by offset)."""
    index = bisect_right([mark[0] for mark in marks], offset)
    return marks[index - 1][1] if index else None


def _resolve_in_statute(text: str, rows: list[_Row]) -> list[_Row]:
    """In a statute's own text: give 前条/次項/本条 and a lone 第二項 their numbers."""
    marks = _statute_context(text)
    if not marks:
        return rows
    for row in rows:
        where = _where(marks, row.chain.start)
        top, ref = row.chain.top(), row.ref
        if where is None or top.level < ARTICLE or any(p.level == LAW for p in row.chain.parts):
            continue
        row.unknown_article = where.excerpt
        if top.relation in ("PREV", "NEXT", "HERE"):
            _point(ref, top, where)
        elif top.relation == "EACH" and top.level == ITEM:  # 次の各号: the items of this paragraph
            ref.article, ref.article_sub = _split(where.current)
            ref.paragraph = str(where.paragraph)
        elif top.relation == "NAMED" and top.level > ARTICLE and row.list_head and not ref.article:
            if _supplementary_paragraph(row.chain):
                continue
            ref.article, ref.article_sub = _split(where.current)
            if top.level > PARAGRAPH and not ref.paragraph:
                ref.paragraph = str(where.paragraph)
    return rows


def _point(ref: ArticleRef, top: Part, where: _Where) -> None:
    """前条 → the heading before; 次条 → after; 本条/この条 → this; 前項/次項/この項 from the paragraph."""
    step = {"PREV": -1, "NEXT": 1, "HERE": 0}[top.relation]
    count = int(top.number) if top.number else 1
    if top.level == ARTICLE:
        _point_article(ref, top.relation, count, where)
        return
    ref.article, ref.article_sub = _split(where.current)
    if top.level == PARAGRAPH and where.paragraph + step * count >= 1:
        if count == 1:
            ref.paragraph = str(where.paragraph + step)
        else:
            ref.paragraph, ref.end_paragraph = str(where.paragraph - count), str(where.paragraph - 1)
    elif top.level > PARAGRAPH:
        ref.paragraph = str(where.paragraph)
        if top.level == ITEM and where.item is not None and count == 1 and where.item + step >= 1:
            ref.item = str(where.item + step)
        elif top.level == ITEM and where.item is not None and top.relation == "PREV" and where.item - count >= 1:
            ref.item, ref.end_item = str(where.item - count), str(where.item - 1)  # 前二号 in item 三: 一 to 二


def _point_article(ref: ArticleRef, relation: str, count: int, where: _Where) -> None:
    """前条/次条/前三条: the neighbouring heading when it is the adjacent number (36 → 36の2),
    else arithmetic, since excerpts (e-Gov 附則) leave articles out."""
    current, sub = _split(where.current)
    if relation == "HERE" or current is None:
        ref.article, ref.article_sub = current, sub
        return
    step = -1 if relation == "PREV" else 1
    neighbour = where.previous if relation == "PREV" else where.following
    near = _split(neighbour)[0] if neighbour else None
    if count == 1 and neighbour is not None and near in (current, str(int(current) + step)):
        ref.article, ref.article_sub = _split(neighbour)
    elif count == 1:
        ref.article = str(int(current) + step) if (step > 0 or sub is None) else current
    elif relation == "PREV" and int(current) - count >= 1:
        ref.article, ref.end_article = str(int(current) - count), str(int(current) - 1)


def _carry_article(text: str, rows: list[_Row]) -> None:
    """A 第2項 standing alone in commentary means the article last named in the same paragraph (not a
    member of a list of articles), else the article the passage is about (:func:`_topic`)."""
    for index, row in enumerate(rows):
        top, ref = row.chain.top(), row.ref
        if not row.list_head or top.relation != "NAMED" or top.level != PARAGRAPH or ref.article:
            continue
        if row.unknown_article:  # a statute's bare 第一項 means its own article, never the last one cited
            continue
        if _supplementary_paragraph(row.chain):
            continue
        listed = {r.list_prev for r in rows[:index]} | {
            i for i, r in enumerate(rows[:index]) if r.list_prev is not None
        }
        source = None
        for number, prev in reversed(list(enumerate(rows[:index]))):
            if "\n" in text[prev.ref.end : ref.start]:
                break
            if prev.ref.article and prev.ref.kind == "article" and number not in listed:
                source = prev.ref
                break
        source = source or _topic(text, rows[:index])
        if source is not None:
            ref.article, ref.article_sub = source.article, source.article_sub


def _this_article_in_commentary(text: str, rows: list[_Row]) -> None:
    """本条 in commentary (no statute layout gave it a number) is the article the passage is about: 日本国憲法第9条は
    … 本条の解釈において (the last article reference opening a line, :func:`_topic`)."""
    for index, row in enumerate(rows):
        top, ref = row.chain.top(), row.ref
        if top.level == ARTICLE and top.relation == "HERE" and ref.article is None:
            topic = _topic(text, rows[:index])
            if topic is not None:
                ref.article, ref.article_sub = topic.article, topic.article_sub


# A commentary naming the article it quotes: この条(即ち第十七条), 本条(すなわち第9条), この条(=第5条).
HERE_GLOSS_RE = re.compile(rf"(?:この条|本条)[(（](?:即ち|すなわち|つまり|=|＝)?(?P<head>第(?P<num>{_N})条)[)）]")
# A paragraph cited in parentheses at the end of the quoted wording it numbers: …妨げない(8項)。
CITED_PARAGRAPH_RE = re.compile(rf"[(（](?:第)?(?P<num>{_N})項[)）]")


def _article_named_by_gloss(text: str, rows: list[_Row]) -> None:
    """この条 and its paragraphs in a commentary that says which article この条 is (この条(即ち第十七条)): every
    この条, この項 and bare 8項 of the text is of that article; この項 takes the paragraph cited after it, (8項),
    in its sentence."""
    gloss = HERE_GLOSS_RE.search(text)
    if gloss is None:
        return
    article = _arabic(gloss.group("num"))
    for row in rows:
        top, ref = row.chain.top(), row.ref
        if ref.article is not None or top.level not in (ARTICLE, PARAGRAPH) or top.relation not in ("HERE", "NAMED"):
            continue
        ref.article = article
        if top.level == PARAGRAPH and top.relation == "HERE" and ref.paragraph is None:
            sentence_end = min(i for i in (text.find("。", ref.end), len(text)) if i != -1)
            cited = CITED_PARAGRAPH_RE.search(text, ref.end, sentence_end)
            ref.paragraph = _arabic(cited.group("num")) if cited else None


# The words between a reference and the provision's wording quoted after it: 2項にある「…」, 第2項の「…」.
# Also 第2項では「本項で用いる…」 (the quoted paragraph calls itself 本項).
QUOTED_WORDING_GAP_RE = re.compile(r"(?:にある|にいう|の|は|では|で|が)?[ \u3000]?「[^「」\n]*$")


def _relative_in_quoted_wording(text: str, rows: list[_Row]) -> None:
    """前項/次項 inside the quoted wording of a paragraph count from that paragraph: 2項にある「前項の目的を達するため
    に」 is paragraph 1 of the article the passage is about."""
    for index, row in enumerate(rows):
        top, ref = row.chain.top(), row.ref
        if top.level != PARAGRAPH or top.relation not in ("PREV", "NEXT", "HERE") or ref.article or index == 0:
            continue
        quoted = rows[index - 1].ref
        if not quoted.paragraph or not QUOTED_WORDING_GAP_RE.fullmatch(text, quoted.end, ref.start):
            continue
        article = quoted if quoted.article else _topic(text, rows[: index - 1])
        step = _STEP[top.relation] * int(top.number or 1)
        if article is not None and int(quoted.paragraph) + step >= 1:
            ref.article, ref.article_sub = article.article, article.article_sub
            ref.paragraph = str(int(quoted.paragraph) + step)


# What may precede the article a commentary passage is about on its line: 〔第二十四条〕, 第二十四条は.
# Also after the instrument's name opening the line: 日本国憲法第9条は….
TOPIC_PREFIX_RE = re.compile(rf"(?:^|\n)[ \u3000〔【(（]*[{_NAME_CHAR}]{{0,30}}$")


# What follows the article a speaker takes up in a Diet explanation (逐条説明): まず最初の第三条でございますが,
# 次に第五条について申し上げます, 第八条につきましては.
TOPIC_AFTER_RE = re.compile(
    r"(?:でございますが|でございます。|でありますが|であります。|ですが|について(?:は|申し上げ)|につきまして(?:は)?)"
)


# What follows an article that a line opens with only to modify the noun after it, as the items of a provision's
# list do (第42条による承認された認証方法であって…; 第93条第2項に定める審査手続): the line is an item, not a
# passage about that article.
MODIFIER_AFTER_RE = re.compile(r"(?:による|により|に基づ|に従|に定め|で定め|に規定|の規定によ)")


def _topic(text: str, rows: list[_Row]) -> ArticleRef | None:
    """The article a commentary passage is about: the last article reference that opens a line, or that a speaker
    takes up (``第三条でございますが``). A 2項 after a list (第二条及び第三条に定める…(2項)) is a paragraph of that
    article, not of the list."""
    for row in reversed(rows):
        ref = row.ref
        if ref.kind != "article" or not ref.article:
            continue
        if TOPIC_AFTER_RE.match(text, ref.end):
            return ref
        if TOPIC_PREFIX_RE.search(text, 0, ref.start) and not MODIFIER_AFTER_RE.match(text, ref.end):
            return ref
    return None


def _point_of_last_article(source: _Row, ref: ArticleRef) -> None:
    """A lone point (``(b)号``) belongs to the last article cited with its points (``6条の(a)号``), as GDPR
    commentary goes through the points of one article."""
    if any(part.word == "point" for part in source.chain.parts):
        ref.article, ref.article_sub = source.ref.article, source.ref.article_sub
        ref.paragraph = source.ref.paragraph


def _resolve_relative(rows: list[_Row]) -> None:
    """In text order: list members inherit, and 同条/同項/同号 copy the levels of the last reference
    that stated that unit (前項 states no article, so 同条 after it goes further back)."""
    last: dict[int, int] = {}  # the last row that states each level
    for index, row in enumerate(rows):
        _inherit(rows, row)
        ref, top = row.ref, row.chain.top()
        if top.word == "point" and ref.article is None and ARTICLE in last:
            _point_of_last_article(rows[last[ARTICLE]], ref)
        source = rows[last[top.level]].ref if top.level in last else None
        if top.relation == "SAME" and source is not None:
            row.same_as = last[top.level]
        if top.relation == "SAME" and top.level < ARTICLE and source is not None:
            ref.chapter, ref.unit = source.chapter, source.unit
        if top.relation == "SAME" and top.level in (ARTICLE, PARAGRAPH, ITEM) and source is not None:
            ref.article, ref.article_sub = ref.article or source.article, ref.article_sub or source.article_sub
            if top.level >= PARAGRAPH:
                ref.paragraph = ref.paragraph or source.paragraph
            if top.level >= ITEM:
                ref.item = ref.item or source.item
        for level in (EDITION, CHAPTER, SECTION, ARTICLE, PARAGRAPH, ITEM):
            if row.names(level) and ref.kind in ("article", "relative", "structure"):
                last[level] = index


def _relative_in_quoted_statute(text: str, rows: list[_Row]) -> None:
    """``「第二十四条第一項に規定する出版物を発行したときは、前二条の規定に該当する場合を除いて…」``: a 前条/次条/
    同条 inside quoted statute wording is of the instrument of the reference the quotation holds before it."""
    for index, row in enumerate(rows):
        ref = row.ref
        if ref.kind != "relative" or ref.instrument is not None:
            continue
        opening = text.rfind("「", 0, ref.start)
        if opening == -1 or "」" in text[opening : ref.start]:
            continue  # not inside a quotation
        source = next(
            (r.ref for r in reversed(rows[:index]) if r.ref.start > opening and r.ref.instrument is not None), None
        )
        if source is not None:
            ref.instrument, ref.instrument_id, ref.resolution = source.instrument, source.instrument_id, "same"


# A provision quoted right after its reference, as law sites show it inline: 第26条 《caption…》 text…
QUOTED_PROVISION_RE = re.compile(r"[ \u3000]*《")
_STEP = {"PREV": -1, "NEXT": 1, "HERE": 0}


def _resolve_in_quoted_provisions(text: str, rows: list[_Row]) -> None:
    """Inside the text quoted after ``第26条 《``, この条/前条/各号 speak of article 26 of that instrument
    (up to the next quoted provision or the line end)."""
    quoting: ArticleRef | None = None
    for row in rows:
        ref, top = row.ref, row.chain.top()
        if quoting is not None and "\n" in text[quoting.end : ref.start]:
            quoting = None
        if ref.kind == "article" and ref.article and QUOTED_PROVISION_RE.match(text, ref.end):
            quoting = ref
            continue
        if quoting is None or ref.kind != "relative" or ref.resolution in ("explicit", "quoted"):
            continue
        if top.level == ARTICLE and top.relation in _STEP and not top.number:
            ref.article = (
                str(int(quoting.article or 0) + _STEP[top.relation]) if top.relation != "HERE" else quoting.article
            )
            ref.article_sub = quoting.article_sub if top.relation == "HERE" else None
        elif top.level == ITEM and top.relation == "EACH" and ref.article is None:
            # the quotation starts at the article's first paragraph
            ref.article, ref.article_sub = quoting.article, quoting.article_sub
            ref.paragraph = quoting.paragraph or "1"
        else:
            continue
        ref.instrument, ref.instrument_id, ref.resolution = quoting.instrument, quoting.instrument_id, "same"


# A line naming one article, above that article's paragraphs quoted one a line and numbered (1. / 1・ / ① / 第1項 /
# 一項): ``日本国憲法第9条⏎1. 日本国民は、…⏎2. 前項の目的を達するため、…``, ``【日本国憲法9条】⏎第1項 …``. The line
# heads the quotation (no reference); brackets around it are a page's heading style.
NAMED_HEADING_RE = re.compile(
    rf"^[ \u3000]*[【〔\[「]?[^\n]{{2,60}}?(?P<head>第?{_SP}(?P<num>{_N}){_SP}条(?P<sub>{_SUB}))[】〕\]」]?[ \u3000]*\n"
    r"(?=(?:[ \u3000]*\n)*[ \u3000]*(?:[1１][.．・]|①|第?[1１一]項))",
    re.MULTILINE,
)
# What every NAMED_HEADING_RE match holds: the heading line's end, then (past blank lines) a first numbered paragraph.
# A document without it is not scanned (the heading regex is tried at every line start otherwise).
NAMED_HEADING_GATE = re.compile(r"\n(?:[ \u3000]*\n)*[ \u3000]*(?:[1１][.．・]|①|第?[1１一]項)")
# The number opening a quoted paragraph line: 2. 前項の… (Arabic with a dot or 中黒), ② 前項の…, 第2項 前項の…,
# 二項前項の… (as pages quoting the constitution print it).
QUOTED_PARAGRAPH_LINE_RE = re.compile(
    rf"[ \u3000]*(?:(?P<num>[0-9０-９]{{1,2}})[.．・]|(?P<circled>[①-⑳])|第?(?P<pnum>{_N})項)"
)


def _named_headings(text: str, name_spans: dict[int, tuple[Instrument, int]]) -> list[re.Match[str]]:
    """The NAMED_HEADING_RE lines whose text before the article is an instrument's name, all of it."""
    found: list[re.Match[str]] = []
    if NAMED_HEADING_GATE.search(text) is None:
        return found
    for match in NAMED_HEADING_RE.finditer(text):
        named = name_spans.get(match.start("head"))
        line_start = text.rfind("\n", 0, match.start("head")) + 1
        if named is not None and not text[line_start : named[1]].strip(" \u3000【〔[「"):
            found.append(match)
    return found


def _quoted_paragraph(text: str, line_start: int) -> int | None:
    """The paragraph number opening a quoted paragraph line, or None when the line is not one."""
    match = QUOTED_PARAGRAPH_LINE_RE.match(text, line_start)
    if match is None:
        return None
    if match.group("circled"):
        return ord(match.group("circled")) - ord("①") + 1
    return parse_number(match.group("num") or match.group("pnum")) or None


def _quoted_lines(text: str, start: int) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of the lines of the provision quoted from ``start``: numbered paragraph lines, with
    blank lines and indented continuation lines (a page's wrapped text) kept in the paragraph before them; the first
    other line ends the quotation."""
    lines: list[tuple[int, int, int]] = []
    paragraph: int | None = None
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        number = _quoted_paragraph(text, start)
        if number is not None:
            paragraph = number
        elif text[start:end].strip(" \u3000") and (paragraph is None or text[start] not in " \u3000"):
            break
        if paragraph is not None:
            lines.append((start, end, paragraph))
        start = end + 1
    return lines


def _resolve_under_named_heading(
    text: str, rows: list[_Row], name_spans: dict[int, tuple[Instrument, int]], named_headings: list[re.Match[str]]
) -> None:
    """前項/次項/本条 inside the paragraphs quoted under a named heading (``日本国憲法第9条`` ⏎ ``1. …`` ⏎ ``2. 前項の
    目的を達するため…``) point into that article: 前項 in paragraph 2 is article 9, paragraph 1, of 日本国憲法.
    ``named_headings`` is ``_named_headings(text, name_spans)``, found once per document."""
    for heading in named_headings:
        inst = name_spans[heading.start("head")][0]
        number = "_".join([_arabic(heading.group("num")) or "", *_branch(heading.group("sub"))])
        for line_start, line_end, paragraph in _quoted_lines(text, heading.end()):
            for row in rows:
                top = row.chain.top()
                if line_start <= row.ref.start < line_end and row.ref.kind == "relative" and top.relation in _STEP:
                    _point(row.ref, top, _Where(None, number, None, paragraph))
                    row.ref.instrument, row.ref.instrument_id = inst.canonical, inst.instrument_id
                    row.ref.resolution = "same"


# "This instrument" and a bare instrument word before an article: この協定, 本条約, 協定第二条.
SELF_WORD_RE = re.compile(
    rf"(?:この|本)(?:法律|条約|協定|憲章|議定書)|(?<![{_NAME_CHAR}A-Za-z])(?:{BARE_INSTRUMENT_WORD})"
    r"(?=第|[0-9０-９]+[条章])"
)


def _only_of_family(text: str, inst: Instrument) -> bool:
    """Whether the self words of the text are of the instrument's family (この協定 for an agreement)."""
    words = {m.group(0).removeprefix("この").removeprefix("本") for m in SELF_WORD_RE.finditer(text)}
    return all(_same_family(inst, word) for word in words)


# The first line of a statute page or a lecture on one law: the instrument's name alone (学校教育法), maybe with the
# part of it shown (国際受刑者移送法《附則》, …に関する法律 附則, as law sites print it).
TITLE_LINE_RE = re.compile(
    r"\A[ \u3000\n]*(?P<name>[^\n《]+?)[ \u3000]*(?:《[^》\n]{1,8}》|附[ \u3000]?則)?[ \u3000]*$", re.MULTILINE
)


# A statute quoted in commentary: a line (not the first: the document is not the statute itself) that is only an
# instrument's name, maybe with its short name in parentheses, right above a heading line (第八部 島の制度,
# 第9条 日本国民は…). Its headings are references to it (the statute's OWN headings are not: development convention).
QUOTED_STATUTE_NAME_RE = re.compile(
    r"(?<=\n)[ \u3000]*(?P<name>[^\n()（）、。]{2,80}?)(?:[(（][^()（）\n]{1,30}[)）])?"
    r"[ \u3000]*\n(?=[ \u3000]*第)"
)
# A web page's title copied among the first lines of a page that reproduces an instrument's text: the name, maybe a
# word for its wording or a gloss in parentheses, then the site after a bar (国連憲章テキスト | 国連広報センター, as the
# UN Information Centre titles its page of the Charter; 国連憲章(日本語)|国連広報センター). Like a first line that is
# the name alone, it makes the text that instrument's (its headings are its own, its bare articles its articles).
PAGE_TITLE_NAME_RE = re.compile(
    r"^[ \u3000]*(?P<name>[^\n()（）、。|｜]{2,60}?)(?:テキスト|全文|本文|条文|和訳|邦訳)?"
    r"(?:[(（][^()（）\n]{1,20}[)）])?[ \u3000]*[|｜][^|｜\n]{1,40}$",
    re.MULTILINE,
)
# A first line naming an instrument and then its wording, maybe with its acronym between: 一般データ保護規則(GDPR)条項,
# 国連憲章全文, 日本国憲法の条文 (a translation page's title over the provisions it reproduces).
WORDING_TITLE_LINE_RE = re.compile(
    r"\A[ \u3000\n]*(?P<name>[^\n()（）、。「」]{2,60}?)(?:[(（][^()（）\n]{1,20}[)）])?の?"
    r"(?:条項|条文|全文|本文|テキスト|和訳|邦訳|仮訳|日本語訳|日本語版)[ \u3000]*$",
    re.MULTILINE,
)
PAGE_TITLE_LINES = 3  # how many first lines may hold the page title (a blog post's own title may come first)
# A line that is nothing but a name: among the first lines of a statute's text, below a note on the translation
# (この日本語試訳は…⏎中華人民共和国反外国制裁法⏎(…採択)⏎第一条 …), the name of the statute shown. The statute's own
# text puts its adoption line or number between name and first article; a name line right above a provision is a
# statute quoted in commentary (QUOTED_STATUTE_NAME_RE: >>2050⏎海洋法に関する国際連合条約⏎第百二十一条 島の制度).
NAME_LINE_RE = re.compile(r"^[ \u3000]*(?P<name>[^\n \u3000]{2,80}?)[ \u3000]*$", re.MULTILINE)


def _quoted_statute(text: str, instruments: list[Instrument]) -> tuple[int, Instrument] | None:
    """(offset, instrument) of the first statute quoted under its name line below commentary (see above)."""
    for match in QUOTED_STATUTE_NAME_RE.finditer(text):
        span = match.span("name")
        inst = next((i for i in instruments if any((s, e) == span for s, e, _ in i.spans)), None)
        if inst is not None and inst.kind != "other":
            return match.start("name"), inst
    return None


def _title_line_instrument(text: str, instruments: list[Instrument]) -> Instrument | None:
    """The instrument whose name is the whole first line: the document is that law (or its 附則); or whose name
    opens a web page title among the first lines (see PAGE_TITLE_NAME_RE)."""
    match = TITLE_LINE_RE.match(text)
    spans = [match.span("name")] if match is not None else []
    spans += [m.span("name") for m in WORDING_TITLE_LINE_RE.finditer(text, 0, text.find("\n") % (len(text) + 1))]
    head_end = sum(len(line) + 1 for line in text.split("\n", PAGE_TITLE_LINES)[:PAGE_TITLE_LINES])
    spans += [m.span("name") for m in PAGE_TITLE_NAME_RE.finditer(text, 0, head_end)]
    if HEADING_RE.search(text):  # a statute's text below a translator's or site's note: its name line opens it
        quoted = {m.span("name") for m in QUOTED_STATUTE_NAME_RE.finditer(text, 0, head_end + 1)}
        spans += [m.span("name") for m in NAME_LINE_RE.finditer(text, 0, head_end) if m.span("name") not in quoted]
    return next((i for span in spans for i in instruments if any((s, e) == span for s, e, _ in i.spans)), None)


def _supplementary_excerpt_law(text: str, candidates: list[Instrument]) -> Instrument | None:
    """A 附則 excerpt (paragraphs with no article heading and no amending act's number) that names one law only:
    its bare articles are that law's (改正後の第二条 … 改正後の罰金等臨時措置法第二条)."""
    if _article_headings(text) or any(m.group("rest") for m in SUPPLEMENTARY_HEADING_RE.finditer(text)):
        return None
    laws = [i for i in candidates if i.kind == "law" and i.canonical != i.number]
    return laws[0] if len(laws) == 1 and len(candidates) == 1 else None


def _cited_for_one_article(
    text: str, rows: list[_Row], instruments: list[Instrument], name_ends: dict[int, tuple[Instrument, int]]
) -> dict[str, str]:
    """Instruments named only as the owner of one article (国連憲章第51条 … 国連憲章51条 in news about a treaty
    whose 第4条 cites it): id → that article. Such an instrument is cited, not the subject of the text."""
    owned: dict[str, set[str]] = {}
    explicit: Counter[str] = Counter()
    for row in rows:
        inst, _how = _named_before(text, row, name_ends)
        if inst is not None and row.ref.article:
            owned.setdefault(inst.instrument_id, set()).add(row.ref.article)
            explicit[inst.instrument_id] += 1
    cited: dict[str, str] = {}
    for inst in instruments:
        mentions = sum(1 for *_, name in inst.spans if name != inst.number)
        articles = owned.get(inst.instrument_id, set())
        if len(articles) == 1 and explicit[inst.instrument_id] >= mentions and not _taken_up(text, inst, instruments):
            cited[inst.instrument_id] = next(iter(articles))
    return cited


# 同条約, 同法, 同協定 standing alone (not before an article): the text goes on speaking of that instrument.
SAME_PRONOUN_RE = re.compile(
    r"同(?P<word>法律|法|条約|協定|憲章|議定書|規約)(?!第|の?[0-9０-９〇一二三四五六七八九十百]+条)"
)


def _taken_up(text: str, inst: Instrument, instruments: list[Instrument]) -> bool:
    """Whether the text speaks of the instrument beyond its one article: ``IWC条約第八条1は、…この捕獲等を同条約の
    適用から除外する`` (a Diet answer on the whaling convention, whose bare 第六条 is then the convention's too).
    The 同条約 must point back to it: the last instrument of that family named before the pronoun."""
    mentions = sorted((end, index) for index, other in enumerate(instruments) for _s, end, _n in other.spans)
    for match in SAME_PRONOUN_RE.finditer(text, inst.start):
        word = match.group("word")
        before = [i for end, i in mentions if end <= match.start() and _same_family(instruments[i], word)]
        if before and instruments[before[-1]] is inst:
            return True
    return False


def _principal(text: str, title: str | None, instruments: list[Instrument], cited: dict[str, str]) -> Instrument | None:
    """The document's own instrument: the one its title names, else (outside statute texts) the most
    mentioned treaty or law (a name and its number in parentheses count as one mention), or the only one.

    Counting leaves out an instrument only ever named for one article (``cited``): a news text about a treaty
    names the UN Charter six times for its 第51条, and the treaty is its subject. A cited instrument is chosen
    only when no other is; it then owns that one article (see :func:`_other_article_of_cited`).
    When the title or the statute layout chose the principal, ``cited`` is emptied (it owns every article).
    """
    candidates = [i for i in instruments if i.kind != "other"]
    candidates = [i for i in candidates if not _only_as_example(text, i)] or candidates
    if AMENDING_ACT_PROVISION_RE.search(text):
        return None  # the text shows an amending act's own provisions; that act is not named
    structural, statute = _structural_principal(text, title, candidates)
    if structural is not None or statute:
        cited.clear()
        return structural
    sized = _sized_instrument(text, candidates) or _defined_in_lead(text, candidates)
    if sized is not None:
        cited.clear()
        return sized
    subjects = [i for i in candidates if i.instrument_id not in cited]
    if len(subjects) == 1 and len(candidates) > 1:
        return subjects[0]  # the one instrument named for itself; the others are cited for an article each
    chosen = _counted_principal(text, subjects) or _counted_principal(text, candidates)
    if chosen is None and len(candidates) == 1:
        return candidates[0]  # the one instrument a news text names, even once (for one article or not)
    if chosen is not None and chosen.instrument_id not in cited:
        cited.clear()
    return chosen


# The opening of a parenthesised example: 「法律」と呼ばれる(例:デジタルサービス法), (例えば個人情報保護法).
EXAMPLE_BEFORE_RE = re.compile(r"[(（](?:例|例えば|たとえば|e\.g\.)[:：、,]?[ \u3000]?$")


def _only_as_example(text: str, inst: Instrument) -> bool:
    """Whether every mention of ``inst`` is an example in parentheses: an illustration, never the text's subject."""
    return all(EXAMPLE_BEFORE_RE.search(text, max(0, start - 6), start) for start, _e, _n in inst.spans)


# The size of an instrument given as its topic: 法に関する通則法は43条からなり, 本条約は全17条から成る, 同法は
# 全5章43条で構成される (a count, never a reference; the text is then about that instrument's articles).
SIZE_AFTER_NAME_RE = re.compile(
    rf"[」』]?(?:は|が)[、，]?{_SP}(?:全|計)?{_SP}(?:{_N}{_SP}[編章節]{_SP})?{_N}{_SP}(?:か|ヶ|ケ|箇)?条"
    r"(?:から(?:なり|なる|成り|成る|構成)|で構成)"
)


def _sized_instrument(text: str, candidates: list[Instrument]) -> Instrument | None:
    """The one instrument whose number of articles the text states (Xは43条からなり): the document's subject."""
    sized = [i for i in candidates if any(SIZE_AFTER_NAME_RE.match(text, end) for _, end, _ in i.spans)]
    return sized[0] if len(sized) == 1 else None


# An encyclopaedia or glossary lead defining its subject: 関税及び貿易に関する一般協定(かんぜい…、英語: General
# Agreement on Tariffs and Trade)とは, 海洋法に関する国際連合条約(…)は、 (the name opens the text, its reading or
# original in parentheses, then the topic particle).
LEAD_DEFINITION_AFTER_RE = re.compile(r"(?:[(（][^()（）\n]{1,120}[)）])?(?:とは|は[、，,])")
# What may stand before the lead's name on its line: spaces, an opening bracket.
LEAD_BEFORE_RE = re.compile(r"^[ \u3000「『【]*$")


def _defined_in_lead(text: str, candidates: list[Instrument]) -> Instrument | None:
    """The instrument the text's first sentence defines (``Xとは``, ``X(reading)は、``): the subject of the page, whose
    bare articles (寄託者 国連事務総長(第26条第3項)) are its own even when another instrument is named more often."""
    first_end = text.find("。")
    for inst in candidates:
        for start, end, _name in inst.spans:
            line_start = text.rfind("\n", 0, start) + 1
            if (
                (first_end < 0 or start < first_end)
                and LEAD_BEFORE_RE.match(text[line_start:start])
                and (LEAD_DEFINITION_AFTER_RE.match(text, end))
            ):
                return inst
    return None


# An amending act's own provision, as law sites show it on the page of a law it amended: 第一条のうち出入国管理及び
# 難民認定法…第五十三条第三項の改正規定 (the articles of the amending act, which amend several laws).
AMENDING_ACT_PROVISION_RE = re.compile(rf"第{_N}条(?:の{_N})*のうち[^\n]{{1,120}}?の改正規定")


def _structural_principal(text: str, title: str | None, candidates: list[Instrument]) -> tuple[Instrument | None, bool]:
    """The principal given by the first line, the document title or a statute excerpt; and whether the text is a
    statute (whose bare articles are its own, so mention counts do not apply)."""
    titled = _title_line_instrument(text, candidates)
    if titled is not None:
        return titled, True
    quoted = _quoted_statute(text, candidates)
    if quoted is not None:
        return quoted[1], True
    bill = _bill_subject(text, candidates)
    if bill is not None:
        return bill, False
    self_named = STATUTE_SELF_RE.search(text) and len(POLITE_END_RE.findall(text)) < POLITE_COMMENTARY
    statute = bool(self_named or (HEADING_RE.search(text) and not _explainer_headings(text)))
    if title:
        key = fold(title)
        if statute:  # a statute's title is its name, not a sentence that cites other laws
            named = [i for i in candidates if any(key.startswith(fold(name)) for name in i.names())]
        else:
            named = [i for i in candidates if any(fold(name) in key for name in i.names())]
        if named:
            return max(named, key=lambda i: max(len(fold(n)) for n in i.names() if fold(n) in key)), True
    if statute:  # a statute's bare articles are its own, and the laws it cites are not it
        excerpt_of = _supplementary_excerpt_law(text, candidates)
        if excerpt_of is None and not self_named and _commented_excerpt(text):
            excerpt_of = _counted_principal(text, candidates)
        return excerpt_of, True
    return None, False


# Sentences of commentary before a quoted provision: a blog post on the NPT discusses 第十条 and then quotes it
# (第十条 [脱退・有効期間] ⏎ 1 各締約国は…). A statute opens with its title and table of contents, never with prose.
COMMENTARY_SENTENCES_BEFORE = 2


def _commented_excerpt(text: str) -> bool:
    """Whether the first provision heading follows sentences of prose: the text quotes the instrument it discusses
    (the one it names most), not a statute whose own name it omits."""
    first = HEADING_RE.search(text)
    return first is not None and text.count("。", 0, first.start()) >= COMMENTARY_SENTENCES_BEFORE


# A sentence end in the polite style (です/ます), which statutes never use: the text is commentary.
POLITE_END_RE = re.compile(r"(?:です|ます|ました|でした|ません)[。」]")
# Polite sentence ends that make a text commentary: its この法律 (この法律では…としています) speaks of the law it
# explains, not of itself as a statute does.
POLITE_COMMENTARY = 2
# A heading line holding nothing but the article (第1条), as an explainer titles its sections.
BARE_HEADING_LINE_RE = re.compile(rf"^[ \u3000]*第{_SP}{_N}{_SP}条{_SUB}[ \u3000]*$", re.MULTILINE)


def _explainer_headings(text: str) -> bool:
    """Whether the article headings are an explainer's section titles, not a statute's own provisions: every one
    stands alone on its line and the prose is polite (``第1条⏎第1条には、…規定されています。``, a page explaining a
    treaty article by article). Its bare articles are then the treaty's it explains (counted principal)."""
    headings = HEADING_RE.findall(text)
    bare = BARE_HEADING_LINE_RE.findall(text)
    return len(bare) == len(headings) and len(POLITE_END_RE.findall(text)) >= 2


# A bill amending a law, named in Diet minutes that explain it: 外国人登録法の一部を改正する法律案.
AMENDING_BILL_RE = re.compile(r"の(?:一部|全部)を改正する法律案")


def _bill_subject(text: str, candidates: list[Instrument]) -> Instrument | None:
    """The law the bills under discussion make or amend (``旅券法案``, ``外国人登録法の一部を改正する法律案``), when
    they all concern one law and the text is not a statute laid out by headings: a Diet 逐条説明 (``この法律案の逐条説明
    をいたします。…まず最初の第三条でございますが``) cites that law's articles bare and says この法律, which is then
    not a statute speaking of itself."""
    if HEADING_RE.search(text):
        return None
    amending = [m.start() for m in AMENDING_BILL_RE.finditer(text)]
    laws = {
        inst.instrument_id: inst
        for inst in candidates
        for _start, end, name in inst.spans
        if end in amending or (text[end : end + 1] == "案" and amended_name(name) is None)
    }
    return next(iter(laws.values())) if len(laws) == 1 else None


def _counted_principal(text: str, candidates: list[Instrument]) -> Instrument | None:
    """The most mentioned candidate, named at least twice (or once and then called この協定).

    With several candidates, an anaphor (本条約, この条約, 同協定) counts as a mention of the instrument it points
    back to (see :func:`_anaphor_counts`): a Diet speaker names the treaty once and then says 本条約 four times, while
    an agreement and the UN Charter are named twice each. A tie at the top is broken by :func:`_tie_break`."""
    counts = Counter({i.instrument_id: sum(1 for *_, name in i.spans if name != i.number) for i in candidates})
    if not counts:
        return None
    if len(counts) > 1:
        counts.update(_anaphor_counts(text, candidates))
        counts.update(_bare_word_counts(text, candidates))
    (best, count), *rest = counts.most_common()
    if count < 2 and not rest:  # the one instrument a commentary names, then calls この協定 or 協定第二条
        count += len(SELF_WORD_RE.findall(text)) if _only_of_family(text, candidates[0]) else 0
    if rest and rest[0][1] == count:
        tied = [i for i in candidates if counts[i.instrument_id] == count]
        return _tie_break(text, tied)
    if count < 2:
        return None
    return next(i for i in candidates if i.instrument_id == best)


# An anaphor naming an instrument by its kind: 本条約, この条約, 同協定, 当該議定書, 同法 (not part of a longer name:
# 日本法, 共同宣言; not 同法施行令, the order of that law, which is another instrument; nor 同法人, この法令).
ANAPHOR_RE = re.compile(
    rf"(?:(?<![{_NAME_CHAR}])(?:本|同|当該)|この)(?P<word>法律|法|条約|協定|憲章|議定書|規約|宣言|決議)"
    r"(?!施行)(?!(?<=法)[人令則廷曹学的])"
)


def _anaphor_counts(text: str, candidates: list[Instrument]) -> Counter[str]:
    """instrument id → the anaphors that point back to it: the last candidate of the anaphor's family named before it
    (本条約 after 日米間の相互協力及び安全保障条約 is that treaty, even when an agreement was named in between)."""
    mentions = sorted(((end, inst) for inst in candidates for _s, end, _n in inst.spans), key=lambda m: m[0])
    counts: Counter[str] = Counter()
    for match in ANAPHOR_RE.finditer(text):
        word = match.group("word")
        before = [inst for end, inst in mentions if end <= match.start() and _same_family(inst, word)]
        if before:
            counts[before[-1].instrument_id] += 1
    return counts


# A bare instrument word right before a part of it: 憲章第2章, 憲章8章, 条約第4条 (not the end of a longer name).
BARE_WORD_PART_RE = re.compile(
    rf"(?<![{_NAME_CHAR}A-Za-z])(?P<word>{BARE_INSTRUMENT_WORD})"
    rf"(?=第{_SP}{_N}{_SP}[条章]|[0-9０-９]+[条章]|[{_KANJI_DIGIT}]+条)"
)


def _bare_word_counts(text: str, candidates: list[Instrument]) -> Counter[str]:
    """instrument id → bare words citing its parts (憲章第2章 … 憲章8章 … 憲章第17章), when it is the only candidate of
    that family: an encyclopaedia article about the UN Charter's clauses calls it 憲章 throughout and names
    国連憲章 once in a note, where a constitution is named once too."""
    counts: Counter[str] = Counter()
    for match in BARE_WORD_PART_RE.finditer(text):
        family = [i for i in candidates if _same_family(i, match.group("word"))]
        if len(family) == 1:
            counts[family[0].instrument_id] += 1
    return counts


# An instrument's name directly followed by an article: 日本国憲法第九条, 国連憲章51条 (the text cites its articles).
ARTICLE_AFTER_NAME_RE = re.compile(rf"{_SP}(?:第{_SP}{_N}{_SP}条|{_N}条)")


def _tie_break(text: str, tied: list[Instrument]) -> Instrument | None:
    """Of candidates mentioned equally often, the only one whose articles the text cites by name (日本国憲法第九条
    against ポツダム宣言, named once each: a bare この第9条 is the constitution's), else the only one the first line
    (the headline: 中国「反外国制裁法」とは?) names; otherwise none (a tie is left unresolved, not decided by order)."""
    articled = [i for i in tied if any(ARTICLE_AFTER_NAME_RE.match(text, end) for _s, end, _n in i.spans)]
    if len(articled) == 1:
        return articled[0]
    headline_end = text.find("\n") if "\n" in text else len(text)
    headlined = [i for i in tied if any(start < headline_end for start, _e, _n in i.spans)]
    return headlined[0] if len(headlined) == 1 else None  # the page's headline names its subject


def _resolve_instruments(
    text: str, rows: list[_Row], instruments: list[Instrument],
    name_ends: dict[int, tuple[Instrument, int]], principal: Instrument | None, cited: dict[str, str] | None = None,
) -> None:  # fmt: skip
    """Instrument of every row; ``resolution`` says which rule applied.

    explicit: a name right before the chain (国連憲章第51条); quoted: a quoted
    name (「...条約」第4条); same: 同法/同条約 (the last instrument named) or
    同条 and list members (the instrument of the reference before); principal:
    本条約/この法律, or a bare 第4条 in a document about one instrument;
    none: nothing to resolve to.
    """
    mentions = sorted((start, end, inst) for inst in instruments for start, end, _ in inst.spans)
    blocks = _supplementary_blocks(text, instruments)
    by_article: dict[str, Instrument] = {}  # article number -> instrument of its last reference
    previous: ArticleRef | None = None
    for row in rows:
        ref = row.ref
        own = _block_instrument(blocks, ref.start, principal)
        inst, how = _named_before(text, row, name_ends)
        if inst is None:
            inst, how = _named_after_in_genitive(text, row, mentions)
        if inst is None:
            inst, how = _pronoun(row, mentions, own)
        if inst is None:
            inst, how = _pronoun_before_no(text, row, mentions, own)
        if inst is None:
            inst, how = _demonstrative_before(text, row, mentions)
        if row.same_as is not None:
            previous = rows[row.same_as].ref
        elif row.list_prev is not None:
            previous = rows[row.list_prev].ref
        if inst is None and previous is not None and (not row.list_head or row.chain.top().relation == "SAME"):
            ref.instrument, ref.instrument_id, ref.resolution = (
                previous.instrument,
                previous.instrument_id,
                "same" if previous.instrument else "none",
            )
        elif inst is None and previous is not None and _cited_in_parens(text, row, previous):
            ref.instrument, ref.instrument_id, ref.resolution = previous.instrument, previous.instrument_id, "same"
        elif inst is None and row.chain.parts[0].bare and _repeated_article(ref, by_article) not in (None, own):
            # 5条 after 日米安全保障条約第5条 is that treaty's, not the principal's
            inst, how = _repeated_article(ref, by_article), "same"
        elif inst is None and (topic := _sentence_topic(text, ref.start, mentions, own, row)) is not None:
            inst = topic
            how = "principal" if inst is own else "same"
        elif (
            inst is None and own is not None and not _speaks_of_another(text, ref.start, own)
            and not _other_article_of_cited(ref, own, cited or {}) and not _other_family_word(row, own)
        ):  # fmt: skip
            inst, how = own, "principal"
        first = row.chain.parts[0]
        named_again = own is None and first.relation == "NAMED" and first.level == ARTICLE
        if inst is None and ref.resolution is None and (first.bare or named_again):
            # 5条の対象は after 日米安保条約5条; with no principal, 第288条は after …条約第288条 repeats that article
            inst, how = _repeated_article(ref, by_article), "same"
        if inst is not None:
            ref.instrument, ref.instrument_id, ref.resolution = inst.canonical, inst.instrument_id, how
        elif ref.resolution is None:
            ref.resolution = "none"
        if ref.article and ref.instrument_id:
            by_article[ref.article] = next(i for i in instruments if i.instrument_id == ref.instrument_id)
        previous = ref


def _other_family_word(row: _Row, inst: Instrument) -> bool:
    """Whether the chain opens with a bare instrument word of another kind than ``inst`` (憲章第53条 in a text whose
    only named instrument is a resolution): the word names an instrument the text does not, never that one."""
    first = row.chain.parts[0]
    return first.level == LAW and first.bare and not _same_family(inst, first.word)


# An anaphoric topic opening a clause: この宣言は, 同条約は, 本協定は (not 同法第3条: that is a reference's own).
TOPIC_PRONOUN_RE = re.compile(
    r"(?:^|(?<=[。\n、「]))[ \u3000]*(?P<lword>この|本|同)(?P<word>宣言|条約|協定|憲章|議定書|規約|法律|法)は"
)


def _sentence_topic(
    text: str, offset: int, mentions: list[tuple[int, int, Instrument]], principal: Instrument | None, row: _Row
) -> Instrument | None:
    """``この宣言は平和条約の締結について、…(第九項前段)と規定しています``: the instrument a sentence is about
    (its anaphoric topic) owns the bare provisions it cites, not an instrument named in it only as an object.
    同/この → the last instrument of that kind named before the topic (この/本 → the principal if of that kind)."""
    start = max(text.rfind("。", 0, offset), text.rfind("\n", 0, offset)) + 1
    match = next(TOPIC_PRONOUN_RE.finditer(text, start, offset), None)
    if match is None:  # a named topic owns only bare articles (第二十五条 in a treaty text is the treaty's own)
        return _named_topic(text, start, offset, mentions) if row.chain.parts[0].bare else None
    word = match.group("word")
    if match.group("lword") != "同" and principal is not None and _same_family(principal, word):
        return principal
    before = [inst for _s, end, inst in mentions if end <= match.start("lword") and _same_family(inst, word)]
    return before[-1] if before else None


# What may stand between a sentence's start and its topic instrument: spaces, an opening quote.
TOPIC_LEAD_RE = re.compile(r"[ \u3000「『]*")


def _named_topic(text: str, start: int, offset: int, mentions: list[tuple[int, int, Instrument]]) -> Instrument | None:
    """``憲法は、14条1項において…選挙権について15条1項、3項、43条1項等の規定を設けている``: an instrument named as
    the topic opening the sentence owns the bare articles the sentence cites after it."""
    lead = TOPIC_LEAD_RE.match(text, start)
    opening = lead.end() if lead is not None else start
    return next(
        (inst for s, end, inst in mentions if s == opening and end < offset and text[end : end + 1] == "は"), None
    )


def _repeated_article(ref: ArticleRef, by_article: dict[str, Instrument]) -> Instrument | None:
    """A bare article repeating one the text cited with its instrument is that instrument's (see _repeats_cited)."""
    return by_article.get(ref.article) if ref.article and not ref.paragraph else None


def _other_article_of_cited(ref: ArticleRef, own: Instrument, cited: dict[str, str]) -> bool:
    """A bare 第4条 is not the UN Charter's when the text names the Charter only for its 第51条 (nor is a 前号)."""
    article = cited.get(own.instrument_id)
    return article is not None and ref.article != article


# A self word of a treaty or statute: この条約, 本協定, この法律. Not before のこと: この協定のことを…「36協定」と呼ぶ
# is a commentator naming the thing just described (https://kanauka.com/keyword/k_787.html), not the wording of an
# instrument that calls itself この協定.
SELF_PRONOUN_RE = re.compile(r"(?:この|本)(?P<word>法律|条約|協定|憲章|議定書)(?!のこと)")


def _speaks_of_another(text: str, offset: int, principal: Instrument) -> bool:
    """``この条約は、第七十四条に定める…`` in a text whose principal is an agreement: the sentence is quoted from
    another instrument (its self word is of another family), so its bare articles are not the principal's. So is
    ``この法律中、第五十三条`` under a law promulgated as a cabinet order (政令第三百十九号): an amending act's 附則."""
    sentence = text[max(text.rfind("。", 0, offset), text.rfind("\n", 0, offset)) + 1 : offset]
    words = [m.group("word") for m in SELF_PRONOUN_RE.finditer(sentence)]
    promulgated = PROMULGATED_TYPE_RE.search(principal.number or "")
    if promulgated and any(word == "法律" and promulgated.group(0) != "法律" for word in words):
        return True
    return any(not _same_family(principal, word) for word in words)


# The type of act a law number gives: 法律 in 平成5年法律第88号, 政令 in 昭和26年政令第319号.
PROMULGATED_TYPE_RE = re.compile(r"(?:法律|政令|勅令|省令|府令)(?=第)")


def _cited_in_parens(text: str, row: _Row, previous: ArticleRef) -> bool:
    """``(48条)`` after a reference on the same line: the law under discussion, as 同法 would say."""
    return (
        row.chain.parts[0].bare and CITED_IN_PARENS_RE.match(text, max(0, row.ref.start - 1)) is not None
        and previous.instrument is not None and "\n" not in text[previous.end : row.ref.start]
    )  # fmt: skip


def _supplementary_blocks(text: str, instruments: list[Instrument]) -> list[tuple[int, Instrument | None]]:
    """(start, instrument) of every 附則 heading line: the amending act it belongs to, or None (the document's
    own); and of every amending act's title opening a line, whose 改正規定 below speak of the act amended
    (e-Gov convention, as in the gold: 自衛隊法の一部を改正する法律 ⏎ 第二十条の三第二項中… is 自衛隊法)."""
    blocks: list[tuple[int, Instrument | None]] = []
    for match in SUPPLEMENTARY_HEADING_RE.finditer(text):
        start, end = match.span("rest")
        owner = next((i for i in instruments for s, e, _ in i.spans if start <= s and e <= end), None)
        blocks.append((match.start(), owner))
    return sorted(blocks + _amendment_blocks(text, instruments), key=lambda b: b[0])


# What may open a line before an amending act's title: a bullet (◎自衛隊法の一部を改正する法律).
TITLE_LINE_PREFIX_RE = re.compile(r"(?:^|\n)[ \u3000◎○●■□◆◇・]*$")


# The sentence that opens the 改正規定 of one act:
# 私的独占の…法律(昭和二十二年法律第五十四号)の一部を次のように改正する。
AMENDS_BELOW_RE = re.compile(r"の(?:一部|全部)?を次のように改正する。")


def _amendment_blocks(text: str, instruments: list[Instrument]) -> list[tuple[int, Instrument | None]]:
    """(start, amended act) at each line that opens with an amending act's title, and after each sentence
    ``Xの一部を次のように改正する。`` (X: the last instrument named on its line)."""
    blocks: list[tuple[int, Instrument | None]] = []
    for match in AMENDS_BELOW_RE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        named = [(e, i) for i in instruments for s, e, _ in i.spans if line_start <= s and e <= match.start()]
        if named:
            blocks.append((match.end(), max(named, key=lambda n: n[0])[1]))
    for inst in instruments:
        law = amended_name(inst.canonical)
        for start, _end, name in inst.spans:
            if name != inst.canonical or law is None or not TITLE_LINE_PREFIX_RE.search(text, 0, start):
                continue
            amended = next(
                (i for i in instruments if i is not inst and (start, start + len(law), law) in i.spans), None
            )
            if amended is not None:
                blocks.append((start, amended))
    return blocks


def _block_instrument(
    blocks: list[tuple[int, Instrument | None]], offset: int, principal: Instrument | None
) -> Instrument | None:
    """Inside the 附則 of an amending act, its bare articles belong to that act."""
    current = principal
    for start, owner in blocks:
        if start > offset:
            break
        current = owner or principal
    return current


# An alias definition standing between a name and its reference, maybe after the law's number:
# 独立行政法人農畜産業振興機構法(平成十四年法律第百二十六号。以下「機構法」という。)第十条.
# Also with its parentheses lost, as statute sites print it: 温泉法 以下「 旧法 」という。第3条第1項.
# Or the name in its own language, as reports on foreign law give it: EU一般データ保護規則(GDPR)第17条.
ALIAS_DEF_BEFORE_RE = re.compile(
    r"(?:[(（](?:[^()（）。\n]{1,30}。)?(?:以下|通称|略称)[^()（）]{1,30}[)）]"
    r"|[(（][A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё0-9 .,'’\-–/&]{1,34}[)）]|[ \u3000]?以下[、,]?「[^「」\n]{1,30}」という。?)$"
)


# A provision that counts from where the text stands (次項, 前条, この項, 本条): in a parenthesis opened after a name
# it scopes a definition in the text itself, never a provision of the name's instrument.
OWN_PROVISION_RE = re.compile(r"(?:前各?|次|この|本)[二三四五六七八九十2-9]?[条項号]")


def _named_before(text: str, row: _Row, name_ends: dict[int, tuple[Instrument, int]]) -> tuple[Instrument | None, str]:
    start = row.chain.start
    definition = ALIAS_DEF_BEFORE_RE.search(text, max(0, start - 40), start)
    if definition is not None:  # 行政手続法(以下「新法」という。)第二条
        start = definition.start()
    for size in range(0, 5):
        if not NAME_GAP_RE.fullmatch(text[start - size : start]):
            continue
        hit = name_ends.get(start - size)
        if hit is None:
            continue
        opened = text[max(0, start - size - 1) : start]
        if ("(" in opened or "（" in opened) and OWN_PROVISION_RE.match(text, row.chain.start):
            continue  # 公職選挙法(次項において「新法」という。): the text's own next paragraph, not the law's
        inst, name_start = hit
        quoted = text[name_start - 1 : name_start] in '「『"“«' and name_start > 0
        return inst, "quoted" if quoted else "explicit"
    return None, ""


# What stands between an English article and its instrument: the rest of its list, then of (the):
# Articles 55 and 56 of the Charter ..., paragraph 1 of article 8 of the International Covenant ...
EN_LIST_TAIL_RE = re.compile(
    r"(?:(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)[0-9]+(?:\([0-9a-z]{1,2}\))?)*(?P<of>\sof\s(?:the\s)?)?"
)


def _named_after_in_genitive(
    text: str, row: _Row, mentions: list[tuple[int, int, Instrument]]
) -> tuple[Instrument | None, str]:
    """Russian puts the instrument after the article, in the genitive: Ст. 67 Конституции РФ; English after of:
    Articles 55 and 56 of the Charter of the United Nations (every member of the list)."""
    word = row.chain.parts[-1].word
    if word == "en":
        tail = EN_LIST_TAIL_RE.match(text, row.chain.end)
        after = tail.end() if tail is not None and tail.group("of") else -1
    elif word == "ru":
        after = row.chain.end + len(text[row.chain.end :]) - len(text[row.chain.end :].lstrip(" \u00a0"))
    else:
        return None, ""
    hit = next((inst for start, _end, inst in mentions if start == after), None)
    return (hit, "explicit") if hit is not None else (None, "")


def _pronoun(
    row: _Row, mentions: list[tuple[int, int, Instrument]], principal: Instrument | None
) -> tuple[Instrument | None, str]:
    """同法 → the last instrument named before; 本法/この法律/本条約 → the principal one."""
    law = next((p for p in row.chain.parts if p.level == LAW), None)
    if law is None:
        return None, ""
    if law.relation == "HERE":
        return principal, "principal"
    defined = [inst for start, end, inst in mentions if end <= law.start and law.bare and law.word in inst.aliases]
    if defined:  # (以下「法」という。) makes a bare 法 before an article that law: 法第2条の2第1項
        return defined[-1], "explicit"
    before = [inst for start, end, inst in mentions if end <= law.start and _same_family(inst, law.word)]
    if law.relation == "SAME" and law.word == "法":
        before = _skip_constitutions(before)
    # 条約第11部 in a page about a treaty: that treaty, not the last one named. A bare 法 is rather a defined short
    # name (以下「法」という。) of the law named last, as notices and cabinet orders write it.
    treaty_word = law.word not in ("法", "同")  # 同 alone (同21条) is the last instrument named, never the principal
    if law.bare and treaty_word and principal is not None and _same_family(principal, law.word) and principal in before:
        return principal, "principal"
    return (before[-1], "same") if before else (None, "")


def _skip_constitutions(before: list[Instrument]) -> list[Instrument]:
    """同法 after ``特例法3条1項 … 憲法13条`` is the act, not the constitution: Japanese writing calls a constitution
    named again 同憲法 or 憲法, never 同法. Only when a statute was named before (a constitution named ``…基本法``
    does not end in 憲法 and stays a candidate)."""
    laws = [inst for inst in before if not inst.canonical.endswith("憲法")]
    return laws or before


# An instrument pronoun joined to the article by の: 同条約の第4条, 同法の第38条, この条約の第2条 (the row is the
# article alone; the pronoun still names its instrument).
PRONOUN_NO_RE = re.compile(r"(?P<lword>同|本|この|当該)(?P<lunit>法律|法|条約|協定|憲章|議定書|規約)の$")


def _pronoun_before_no(
    text: str, row: _Row, mentions: list[tuple[int, int, Instrument]], principal: Instrument | None
) -> tuple[Instrument | None, str]:
    """``同条約の第4条``: 同 → the last instrument of that family named before; 本/この → the principal one."""
    match = PRONOUN_NO_RE.search(text, max(0, row.chain.start - 6), row.chain.start)
    if match is None or row.chain.parts[0].level != ARTICLE:
        return None, ""
    if match.group("lword") != "同":
        return principal, "principal"
    word = match.group("lunit")
    before = [inst for _s, end, inst in mentions if end <= match.start() and _same_family(inst, word)]
    return (before[-1], "same") if before else (None, "")


# A bare demonstrative before an article: 国際連合憲章、特にその第五十五条 (その = the instrument just named).
DEMONSTRATIVE_BEFORE_RE = re.compile(r"その$")


def _demonstrative_before(
    text: str, row: _Row, mentions: list[tuple[int, int, Instrument]]
) -> tuple[Instrument | None, str]:
    """``その第五十五条``: the last instrument named before it in the same sentence."""
    start = row.chain.start
    if row.chain.parts[0].level != ARTICLE or not DEMONSTRATIVE_BEFORE_RE.search(text, max(0, start - 2), start):
        return None, ""
    sentence = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    before = [inst for s, end, inst in mentions if sentence <= s and end <= start - 2]
    return (before[-1], "same") if before else (None, "")


def _same_family(inst: Instrument, word: str) -> bool:
    families = {"法": ("law", "constitution"), "法律": ("law",), "条約": ("treaty",), "協定": ("agreement",),
                "憲章": ("charter",), "議定書": ("protocol",), "規約": ("covenant",), "決議": ("resolution",),
                "宣言": ("declaration",),
                "令": ("ordinance",), "規則": ("regulation",), "政令": ("ordinance",),
                "省令": ("ordinance", "regulation")}  # fmt: skip
    return inst.kind in families.get(word, (inst.kind,))


def _number_rows(refs: list[ArticleRef], instruments: list[Instrument]) -> list[ArticleRef]:
    """Law-number rows point to the instrument the number belongs to."""
    by_span = {(s, e): inst for inst in instruments for s, e, _ in inst.spans}
    for ref in refs:
        inst = by_span.get((ref.start, ref.end))
        if inst is not None:
            ref.instrument, ref.instrument_id, ref.resolution = inst.canonical, inst.instrument_id, "explicit"
        else:
            ref.resolution = "none"
    return refs
