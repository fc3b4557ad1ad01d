"""Step 2 of ``articles``: adjacent parts of rising level form a chain, one reference.

A part written without 第 (``53条``, ``2項``) is a reference only in some places: right after an instrument's name,
as a repeated article the text has cited, in a list or range opened by a reference, as a clause's subject, as a
byword (九条と集団的自衛権); elsewhere it is a count (全23条, 23条からなる) and is dropped.  Chains that size an
instrument (計11条23項からなる) or title a book chapter (「第6章 …」) are told apart here as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extractors.articles.headings import STRUCT_HEADING_RE
from pipeline.extractors.articles.vocab import (
    ANNEX,
    ARTICLE,
    CHAPTER,
    DIVISION,
    ITEM,
    LAW,
    NAME_CHAR,
    PARAGRAPH,
    PROVISO,
    SUBITEM,
    Part,
)

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


def find_chains(text: str, parts: list[Part], name_ends: set[int], one_law: bool = False) -> list[Chain]:
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
        re.match(f"[{NAME_CHAR}]", text[part.start - 1 : part.start])
        or re.match(f"[{NAME_CHAR}]", text[part.end : part.end + 1])
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


def count_chain(text: str, chain: Chain) -> bool:
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


def is_publication_heading(text: str, chain: Chain) -> bool:
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
