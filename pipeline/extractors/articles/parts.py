"""Step 1 of ``articles``: every part of a reference (第十七条, 第一項, 前条, 同法, 別表第一, ただし書 ...).

``PART_RE`` holds one named alternative per surface form, in order of precedence at a position;
:func:`_part_from_match` turns a match into a :class:`~pipeline.extractors.articles.vocab.Part` or drops it when
the match is a word (条約, 項目, 号外) or a count, and :func:`parse_parts` also drops numbers that are not items
(a gazette issue, a parliamentary document's number, a form's number).  Treaty paragraphs (第十四条1), Roman
numerals, English (Article 5(2), Articles 55 and 56) and Russian (Ст. 67) parts are read here too.
"""

from __future__ import annotations

import re

from pipeline.extractors.articles.vocab import (
    ANNEX,
    ARTICLE,
    ARTICLE_SECTION_LEVEL,
    BARE_INSTRUMENT_WORD,
    CHAPTER,
    DIVISION,
    ITEM,
    KANJI_DIGIT,
    LAW,
    NAME_CHAR,
    PARAGRAPH,
    PROVISO,
    SP,
    STRUCT_LEVEL,
    SUB,
    SUBITEM,
    UNIT_LEVEL,
    N,
    Part,
    arabic,
    branch,
)

# 部 (a Part of a treaty: 国連海洋法条約の第6部, 条約第11部) is a unit only right after a treaty's name;
# elsewhere 第2部 is a part of a book, a programme or a report. A foreign constitution has Parts too: インド憲法第21部.
TREATY_BEFORE_PART_RE = re.compile(r"(?:条約|協定|議定書|憲章|憲法)の?$")
_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"

# The dotted part of a Russian article number, as Japanese commentary writes the codes' inserted articles:
# ロシア刑法207.1条, 207.2条1項 (https://olga.tokyo, Уголовный кодекс ст. 207.1), 第20.3.3条 (КоАП ст. 20.3.3).
# Only after Arabic digits and right before 条 (a decimal is never followed by 条: 1.5倍, 2.5%, 0.5項目 are not).
DOTTED = r"(?<=[0-9])(?:\.[0-9]{1,3}){1,3}(?=[ \u3000]?条)"
# A capital letter glued after 条 that is part of the article's number, as the OECD Model Tax Convention numbers
# Articles 23A and 23B: 第23条A及び第23条B, 第23条B第1項. Not before a parenthesised number (第1条A(2) is
# paragraph A, item 2 of the Refugee Convention), a unit (第二条B項: subsection B of a US act) or inside a Latin
# word or code (第5条ABC, 第3条A1).
LETTER_AFTER = r"(?<=条)[A-Z](?![A-Za-z0-9０-９項号]|[(（][0-9０-９]{1,2}[)）])"

# One part of a reference.  Alternatives, in order of precedence at a position:
PART_PATTERN = "|".join(
    (
        # a range inside one unit: 第10～13条, 第一条―第四条 is handled as two parts
        rf"(?P<nrange>第{SP}(?P<r1>{N}){SP}[～〜~\-‐―－]{SP}(?P<r2>{N}){SP}(?P<runit>[条項号]))",
        # a named part: 第4条, 第 10 条, 第3条の2, 第二項, 第6章, 第四章の二; an article inserted between two
        # with a capital letter, as India's constitution numbers them: 第35A条 (article 35, article_sub A)
        # ... a Russian code's dotted number: 第20.3.3条 (article 20, article_sub 3_3; DOTTED, only before 条); an
        # article the OECD Model numbers with a letter after 条: 第23条A (article 23, article_sub A; LETTER_AFTER)
        rf"(?P<named>第{SP}(?P<num>{N})(?P<dots>{DOTTED})?(?:(?P<letter>[A-Z])(?=条))?{SP}(?P<unit>[条項号編章節款目部])"
        rf"(?P<sub>{SUB})(?P<aletter>{LETTER_AFTER})?)",
        # the first member of a list sharing one 条, as news heads a box on two articles: 北大西洋条約第4・5条,
        # 第4、5条とは (article 4; the bare 5条 after it continues the list, see _continues_bare_list)
        rf"(?P<sharedhead>第{SP}(?P<shnum>{N})(?=[・、,，]{SP}{N}{SP}条(?![約例件項文理規])))",
        # an article numbered in Roman numerals, as treaties of the UN era are cited (NPT条約第X条, GATT第XXIV条,
        # 国際原子力機関憲章第XII条): only right after an instrument's name or word, since 第XX条 alone is a
        # placeholder in drafting templates; a valid numeral only (ROMAN_VALID_RE)
        rf"(?P<roman>(?:(?<=[{NAME_CHAR}A-Za-z」』)）])|(?<=[{NAME_CHAR}A-Za-z」』)）][ \u3000]))"
        r"第(?P<romnum>[IVXLC]{1,8})条)",
        # a bare part (no 第): 53条, 2項; kept only after an instrument or an article
        rf"(?P<bare>(?<![0-9０-９〇一二三四五六七八九十百千第.,])(?P<bnum>[0-9０-９]+|[〇一二三四五六七八九十百千]+)"
        rf"(?P<bdots>{DOTTED})?(?P<bunit>[条項号])(?P<bsub>{SUB}))",
        # a bare chapter after a bare instrument word: 憲章8章 (kept only there, see _bare_allowed)
        r"(?P<barechap>(?<=法|約|定|章)(?P<bcnum>[0-9０-９]{1,2})章)",
        # instrument pronouns: 同法, 本法, この法律, 同条約, 同協定, 同憲章 (before 同条: 同条約 is not 同条 + 約)
        # and 同宣言第9項 (a declaration numbers its paragraphs), 同規程第36条 (a court's statute)
        r"(?P<law>(?P<lword>同|本|この|当該)(?P<lunit>法律|法|条約|協定|憲章|議定書|規約|決議|宣言|規程|指令|令|規則))",
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
        rf"(?P<barelaw>(?<![{NAME_CHAR}A-Za-z])(?:改正)?(?P<blunit>法|政令|省令|令|規則|規程|条約|協定|憲章)"
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
        # the item letter after a paragraph: 第2条1(a), 第20条(1)(c), 第17条5項(c); or glued to an article with no
        # paragraph, as Japanese translations of treaties cite a lettered subparagraph: 第一条(c), 同条(d) (item)
        r"(?P<titem>(?<=[0-9０-９)）項条])[(（](?P<tinum>[a-z])[)）])",
        r"(?P<annex>別表(?:第" + SP + rf"(?P<anum>{N}))?"
        # a treaty's annex with its letter or number, as MOFA's exchanges of notes cite it: 相互防衛援助協定
        # 第七条及び附属書G, 同協定附属書G3 (paragraph 3 of annex G); a bare 附属書 is a word, not a reference
        rf"|附属書(?:第{SP}(?P<xnum>{N})|(?P<xletter>[A-Z]|[IVX]{{1,4}})(?![A-Za-z])))",
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
        r"|[Пп]ункт(?:а|е|у|ом|ы)?|[Пп]\.)\s?(?P<runum>[0-9]+(?:\.[0-9]+){0,3})(?![0-9]))",
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
PART_START = f"[第0-9０-９{KANJI_DIGIT}同本こ当前次各改法政省令規条協憲A-Z(（の別附修{_IROHA}た但後柱にСсЧчПпpsa]"
PART_RE = re.compile(rf"(?={PART_START})(?:{PART_PATTERN})")
# A 条 or 項 that is a word, not a reference: 条約, 条例, 条件, 条項, 項目, 号外 ...
_NOT_UNIT_AFTER = {"条": "約例件項文理規", "項": "目", "号": "外機艦車線館室", "章": "旗典程", "節": "度約税分"}


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
BARE_WORD_BEFORE_RE = re.compile(rf"(?<![{NAME_CHAR}A-Za-z])(?:{BARE_INSTRUMENT_WORD})$")


def _part_from_match(text: str, match: re.Match[str]) -> Part | None:
    """A Part from one PART_RE match, or None when the match is a word or a count."""
    start, end = match.span()
    kind = match.lastgroup
    if kind == "nrange":
        unit = match.group("runit")
        return Part(start, end, UNIT_LEVEL[unit], "NAMED", arabic(match.group("r1")), arabic(match.group("r2")))
    if kind == "named":
        unit = match.group("unit")
        if text[end : end + 1] and text[end] in _NOT_UNIT_AFTER.get(unit, "") and not match.group("sub"):
            return None
        treaty_before = TREATY_BEFORE_PART_RE.search(text, max(0, start - 4), start)
        if unit == "部" and not (treaty_before or _part_heading_of_treaty(text, start)):
            return None
        letter = [match.group(group) for group in ("letter", "aletter") if match.group(group)]
        dots = _dotted(match.group("dots"))
        number = "_".join([arabic(match.group("num")) or "", *dots, *letter, *branch(match.group("sub"))])
        level = UNIT_LEVEL.get(unit) or STRUCT_LEVEL[unit]
        if unit == "節" and text[start - 1 : start] == "条":
            level = ARTICLE_SECTION_LEVEL  # 合衆国憲法第2条第2節: a Section of an Article, no column of its own
        return Part(start, end, level, "NAMED", number, word=unit)
    if kind == "sharedhead":
        return Part(start, end, ARTICLE, "NAMED", arabic(match.group("shnum")), word="条")
    if kind == "roman":
        number = _roman(match.group("romnum"))
        return None if number is None else Part(start, end, ARTICLE, "NAMED", number, word="条")
    if kind == "bare":
        unit = match.group("bunit")
        if text[end : end + 1] and text[end] in _NOT_UNIT_AFTER.get(unit, ""):
            return None
        number = "_".join(
            [arabic(match.group("bnum")) or "", *_dotted(match.group("bdots")), *branch(match.group("bsub"))]
        )
        return Part(start, end, UNIT_LEVEL[unit], "NAMED", number, bare=True, word=unit)
    if kind == "rel":
        return _relative_part(text, match)
    if kind == "lpara":
        return Part(start, end, PARAGRAPH, "NAMED", match.group("lpnum"), word="treaty")
    if kind == "lpitem":
        return Part(start, end, ITEM, "NAMED", arabic(match.group("lpinum")), word="treaty")
    if kind == "law":
        # 当該 (the said) points back like 同: 当該指令の第97条 after 指令2013/36/EU is that directive
        relation = "SAME" if match.group("lword") in ("同", "当該") else "HERE"
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
        return Part(start, end, CHAPTER, "NAMED", arabic(match.group("bcnum")), bare=True, word="章")
    if kind == "tpara":
        return _treaty_paragraph(text, match)
    if kind == "tkpara":
        return Part(start, end, PARAGRAPH, "NAMED", arabic(match.group("tknum")), word="treaty")
    if kind == "tletter":
        return Part(start, end, PARAGRAPH, "NAMED", match.group("tlnum"), word="treaty")
    if kind == "tlitem":
        return Part(start, end, ITEM, "NAMED", arabic(match.group("tlinum")), word="treaty")
    if kind == "tparen":
        return Part(start, end, PARAGRAPH, "NAMED", arabic(match.group("tpnum2")), word="treaty")
    if kind == "pointitem":
        return Part(start, end, ITEM, "NAMED", match.group("pinum"), word="point")
    if kind == "titem":
        if text[start - 1] in ")）" and not TREATY_PARAGRAPH_BEFORE_RE.search(text, 0, start):
            return None  # (1)(b) with no article before it: an outline number
        return Part(start, end, ITEM, "NAMED", match.group("tinum"), word="treaty")
    if kind == "annex":
        number = match.group("anum") or match.group("xnum")
        word = "別表" if text[start] == "別" else "附属書"
        return Part(start, end, ANNEX, "NAMED", arabic(number) if number else match.group("xletter"), word=word)
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


def _dotted(dots: str | None) -> list[str]:
    """The branch pieces of a dotted article number (``.3.3`` → ``["3", "3"]``, see DOTTED)."""
    return [piece for piece in (dots or "").split(".") if piece]


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
    kanji_article = text[start - 2 : start - 1] in KANJI_DIGIT and text[start - 2 : start - 1] != ""
    kanji_article = kanji_article or text[max(0, start - 4) : start - 1] == "附属書"  # 附属書G3: a lettered annex
    if RELATIVE_ARTICLE_BEFORE_RE.search(text, max(0, start - 3), start):
        return Part(start, end, PARAGRAPH, "NAMED", arabic(match.group("tpnum")), word="treaty")  # 本条2
    closes_citation = text[end : end + 1] in (")", "）") and _in_parenthesis(text, start)
    if not kanji_article and not closes_citation and not TREATY_ITEM_AFTER_RE.match(text, end):
        return None
    return Part(start, end, PARAGRAPH, "NAMED", arabic(match.group("tpnum")), word="treaty")


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
    number = arabic(count) if count else None
    if unit in STRUCT_LEVEL and (word in ("各", "当該各", "前各") or count):
        return None
    level = UNIT_LEVEL.get(unit) or STRUCT_LEVEL[unit]
    return Part(start, end, level, relation, number, word=word + (count or ""))


# An issue of a gazette, not an item of a provision: 官報号外第135号, 官報第1234号, 公報第5号; and a periodical's
# issue after its volume: アジア情報室通報 第8巻第1号, 情報管理 第56巻第9号 (巻 is never a unit of a statute).
GAZETTE_BEFORE_RE = re.compile(rf"(?:官報|号外|公報|第?{N}巻)[ \u3000]?$")
# The number of a parliamentary document, not an item: 受領答弁第四四号, 内閣衆質二一七第四四号 (a written question,
# with its session), 質問第16号, 内閣提出第四号 and 衆法第四七号 (bills), 外務委員会 第16号 (the minutes of a meeting),
# 陳情書外二件(第六四一号) and 議事日程 第二十五号 (the papers of a sitting).
DOCUMENT_NUMBER_BEFORE_RE = re.compile(
    rf"(?:答弁|質問|[衆参]質|提出|[衆参閣]法|(?:請願|陳情)書?(?:外{N}件)?[(（]?|委員会|本会議|調査会|審査会|議事日程"
    # an administrative notice's own number: 達(外、組対)第426号 (a police 通達 with the divisions issuing it),
    # 警察庁丙刑企発第22号 (発: sent out by that office)
    rf"|(?<![ぁ-んァ-ヴ])(?:達|発)[甲乙丙丁]?(?:[(（][^()（）\n]{{1,12}}[)）])?)"
    rf"[ \u3000]?{N}?[ \u3000]?$"
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
