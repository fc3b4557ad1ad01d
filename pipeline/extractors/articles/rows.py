"""Step 3 of ``articles``: one ``ArticleRef`` row per chain.

A chain's own fields fill its row (:func:`_row_from_chain`); a range (第1条から第3条まで, 第10～13条) merges two
chains into one row; a list member that starts below the article (第三項 in 第七十三条第一項ただし書、第三項)
inherits the levels above it from the member before (:func:`inherit`).  :class:`Row` carries the chain and its
list context through the later resolution steps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extractors.articles.chains import LIST_GAP_RE, RANGE_GAP_RE, Chain
from pipeline.extractors.articles.vocab import (
    ANNEX,
    ARTICLE,
    DIVISION,
    ITEM,
    LAW,
    PARAGRAPH,
    PROVISO,
    STRUCT_LEVEL,
    SUBITEM,
    Part,
    split_number,
)
from pipeline.records import ArticleRef


@dataclass
class Row:
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
    number, sub = split_number(part.number)
    if part.level in STRUCT_LEVEL.values():
        ref.unit = part.word if part.word in STRUCT_LEVEL else _unit_name(part.level)  # 部 shares 編's level
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
    return next(unit for unit, lvl in STRUCT_LEVEL.items() if lvl == level)


def make_rows(text: str, chains: list[Chain]) -> list[Row]:
    """One row per chain; ranges (A から B まで, A～B) merge into one row."""
    rows: list[Row] = []
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
        rows.append(Row(chain, ref, _list_prev(text, rows, ref.start)))
        index += 1
    return rows


# A parenthetical with no parenthesis inside: (第四号を除く。)
PARENTHETICAL_RE = re.compile(r"[(（][^()（）]*[)）]")


def _list_prev(text: str, rows: list[Row], start: int) -> int | None:
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
    structural = a.level in STRUCT_LEVEL.values() and len(first.parts) == 1 and len(second.parts) == 1
    return a.level == b.level and a.relation == "NAMED" and b.relation == "NAMED" and (a.level >= ARTICLE or structural)


def _merge_range(text: str, ref: ArticleRef, second: Chain) -> None:
    closes = text[ref.end : second.start] == "から" and text.startswith("まで", second.end)  # 399条~419条までの範囲
    end = second.end + (2 if closes else 0)
    last = second.parts[-1]
    if last.level == ARTICLE:  # 82条の3から82条の10: end_article 82, end_article_sub 10 (as article, article_sub)
        ref.end_article, ref.end_article_sub = split_number(last.number)
    elif last.level == PARAGRAPH:
        ref.end_paragraph = last.number
    elif last.level == ITEM:
        ref.end_item = last.number
    ref.end, ref.surface = end, text[ref.start : end]
    ref.kind = "article" if ref.kind not in ("relative", "structure") else ref.kind


def supplementary_paragraph(chain: Chain) -> bool:
    """``附則第四項``: a 附則 numbered by paragraphs only has no article, so none is inherited or carried."""
    return chain.top().level == PARAGRAPH and any(p.level == DIVISION for p in chain.parts)


def inherit(rows: list[Row], row: Row) -> None:
    """A list member that starts below the article (第三項) takes the levels above it from the member before."""
    top = row.chain.top()
    if row.list_prev is None or top.relation != "NAMED" or top.level < ARTICLE or supplementary_paragraph(row.chain):
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
