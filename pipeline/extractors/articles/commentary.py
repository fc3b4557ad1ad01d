"""Relative and paragraph-only references in commentary, where no statute layout numbers them.

A lone 第2項 is of the article last named in its paragraph, else of the article the passage is about
(:func:`_topic`: the last article opening a line, or one a speaker takes up, 第三条でございますが); 本条 and
この条 likewise, or the article a gloss names (この条(即ち第十七条)); 前項 inside quoted wording (2項にある「前項の…」)
counts from the quoted paragraph; 同条/同項/同号 copy the last reference that states that unit
(:func:`resolve_relative`).
"""

from __future__ import annotations

import re

from pipeline.extractors.articles.rows import Row, inherit, supplementary_paragraph
from pipeline.extractors.articles.vocab import (
    ARTICLE,
    CHAPTER,
    EDITION,
    ITEM,
    NAME_CHAR,
    PARAGRAPH,
    SECTION,
    STEP,
    N,
    arabic,
)
from pipeline.records import ArticleRef


def carry_article(text: str, rows: list[Row]) -> None:
    """A 第2項 standing alone in commentary means the article last named in the same paragraph (not a
    member of a list of articles), else the article the passage is about (:func:`_topic`)."""
    for index, row in enumerate(rows):
        top, ref = row.chain.top(), row.ref
        if not row.list_head or top.relation != "NAMED" or top.level != PARAGRAPH or ref.article:
            continue
        if row.unknown_article:  # a statute's bare 第一項 means its own article, never the last one cited
            continue
        if supplementary_paragraph(row.chain):
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


def this_article_in_commentary(text: str, rows: list[Row]) -> None:
    """本条 in commentary (no statute layout gave it a number) is the article the passage is about: 日本国憲法第9条は
    … 本条の解釈において (the last article reference opening a line, :func:`_topic`)."""
    for index, row in enumerate(rows):
        top, ref = row.chain.top(), row.ref
        if top.level == ARTICLE and top.relation == "HERE" and ref.article is None:
            topic = _topic(text, rows[:index])
            if topic is not None:
                ref.article, ref.article_sub = topic.article, topic.article_sub


# A commentary naming the article it quotes: この条(即ち第十七条), 本条(すなわち第9条), この条(=第5条).
HERE_GLOSS_RE = re.compile(rf"(?:この条|本条)[(（](?:即ち|すなわち|つまり|=|＝)?(?P<head>第(?P<num>{N})条)[)）]")
# A paragraph cited in parentheses at the end of the quoted wording it numbers: …妨げない(8項)。
CITED_PARAGRAPH_RE = re.compile(rf"[(（](?:第)?(?P<num>{N})項[)）]")


def article_named_by_gloss(text: str, rows: list[Row]) -> None:
    """この条 and its paragraphs in a commentary that says which article この条 is (この条(即ち第十七条)): every
    この条, この項 and bare 8項 of the text is of that article; この項 takes the paragraph cited after it, (8項),
    in its sentence."""
    gloss = HERE_GLOSS_RE.search(text)
    if gloss is None:
        return
    article = arabic(gloss.group("num"))
    for row in rows:
        top, ref = row.chain.top(), row.ref
        if ref.article is not None or top.level not in (ARTICLE, PARAGRAPH) or top.relation not in ("HERE", "NAMED"):
            continue
        ref.article = article
        if top.level == PARAGRAPH and top.relation == "HERE" and ref.paragraph is None:
            sentence_end = min(i for i in (text.find("。", ref.end), len(text)) if i != -1)
            cited = CITED_PARAGRAPH_RE.search(text, ref.end, sentence_end)
            ref.paragraph = arabic(cited.group("num")) if cited else None


# The words between a reference and the provision's wording quoted after it: 2項にある「…」, 第2項の「…」.
# Also 第2項では「本項で用いる…」 (the quoted paragraph calls itself 本項).
QUOTED_WORDING_GAP_RE = re.compile(r"(?:にある|にいう|の|は|では|で|が)?[ \u3000]?「[^「」\n]*$")


def relative_in_quoted_wording(text: str, rows: list[Row]) -> None:
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
        step = STEP[top.relation] * int(top.number or 1)
        if article is not None and int(quoted.paragraph) + step >= 1:
            ref.article, ref.article_sub = article.article, article.article_sub
            ref.paragraph = str(int(quoted.paragraph) + step)


# What may precede the article a commentary passage is about on its line: 〔第二十四条〕, 第二十四条は.
# Also after the instrument's name opening the line: 日本国憲法第9条は….
# Also after the number of a numbered list of articles a commentary goes through: 11. 第25条(相互協議) ⏎ 第1項では…
# (the OECD Model's 2017 changes item by item, https://ameblo.jp/trinity-2014/), (2) 第5条, 3) 第7条, ② 第9条.
LIST_NUMBER = r"(?:[0-9０-９]{1,3}[.．)）]|[(（][0-9０-９]{1,3}[)）]|[①-⑳])"
TOPIC_PREFIX_RE = re.compile(rf"(?:^|\n)[ \u3000〔【(（]*(?:{LIST_NUMBER}[ \u3000]*)?[{NAME_CHAR}]{{0,30}}$")


# What follows the article a speaker takes up in a Diet explanation (逐条説明): まず最初の第三条でございますが,
# 次に第五条について申し上げます, 第八条につきましては.
TOPIC_AFTER_RE = re.compile(
    r"(?:でございますが|でございます。|でありますが|であります。|ですが|について(?:は|申し上げ)|につきまして(?:は)?)"
)


# What follows an article that a line opens with only to modify the noun after it, as the items of a provision's
# list do (第42条による承認された認証方法であって…; 第93条第2項に定める審査手続): the line is an item, not a
# passage about that article.
MODIFIER_AFTER_RE = re.compile(r"(?:による|により|に基づ|に従|に定め|で定め|に規定|の規定によ)")


def _topic(text: str, rows: list[Row]) -> ArticleRef | None:
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


def _point_of_last_article(source: Row, ref: ArticleRef) -> None:
    """A lone point (``(b)号``) belongs to the last article cited with its points (``6条の(a)号``), as GDPR
    commentary goes through the points of one article."""
    if any(part.word == "point" for part in source.chain.parts):
        ref.article, ref.article_sub = source.ref.article, source.ref.article_sub
        ref.paragraph = source.ref.paragraph


def resolve_relative(rows: list[Row], quoted: frozenset[int] = frozenset()) -> None:
    """In text order: list members inherit, and 同条/同項/同号 copy the levels of the last reference
    that stated that unit (前項 states no article, so 同条 after it goes further back).  A reference inside quoted
    wording (the indices ``quoted``: 第五条第一項中「第十一条の規定により…」とあるのは…、同条第五項中) is a word of
    the text being read, never what a 同条 outside the quotation points back to."""
    last_all: dict[int, int] = {}  # the last row that states each level (what a quoted 同項 points back to)
    last_plain: dict[int, int] = {}  # the same outside quoted wording (what the clause's own 同条 points back to)
    for index, row in enumerate(rows):
        last = last_all if index in quoted else last_plain
        inherit(rows, row)
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
                last_all[level] = index
                if index not in quoted:
                    last_plain[level] = index
