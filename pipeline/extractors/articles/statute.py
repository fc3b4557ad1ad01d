"""Relative references inside a statute's own text: 前条, 次項, 本条, 前二項, この号, 次の各号, a lone 第二項.

:func:`_statute_context` marks, at every heading, paragraph and item line (``articles.headings``), where the
text stands (:class:`Where`: the article, its neighbours, the paragraph and item); :func:`resolve_in_statute`
then gives each relative or paragraph-only reference the numbers it points to (:func:`point`).  Articles left
out of an excerpt are counted by arithmetic, not by the neighbouring heading.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from pipeline.extractors.articles.headings import (
    ITEM_LINE_RE,
    PARAGRAPH_LINE_RE,
    STATUTE_SELF_RE,
    STRUCT_HEADING_RE,
    SUPPLEMENTARY_HEADING_RE,
    article_headings,
)
from pipeline.extractors.articles.rows import Row, supplementary_paragraph
from pipeline.extractors.articles.vocab import (
    ARTICLE,
    ITEM,
    LAW,
    PARAGRAPH,
    SP,
    SUB,
    N,
    Part,
    arabic,
    branch,
    split_number,
)
from pipeline.extractors.numerals import parse_number
from pipeline.records import ArticleRef


@dataclass(frozen=True)
class Where:
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
    rf"^[ \u3000]*第{SP}(?P<num>{N}){SP}条(?P<sub>{SUB})に次の[一二三四五六七八九十]+項を加える。[ \u3000]*$",
    re.MULTILINE,
)


# ... or closing a longer clause that first amends the article's wording and then adds paragraphs to 同条, as
# amending acts write it (第八十四条の三第一項中「…」を「…」に改め、…同条に次の一項を加える。: jahis 425a0077,
# e-Gov 平成二十五年法律第七十七号): the paragraphs quoted below belong to the last article the clause names outside
# its quoted wording.
ADDS_TO_SAME_RE = re.compile(r"同条に次の[一二三四五六七八九十]+項を加える。[ \u3000]*$", re.MULTILINE)
# An article the clause names (the quoted wording, 「…」, is blanked out before this is searched).
CLAUSE_ARTICLE_RE = re.compile(rf"第{SP}(?P<num>{N}){SP}条(?P<sub>{SUB})")
QUOTED_WORDING_RE = re.compile(r"「[^「」\n]*」")


def _added_paragraph_marks(text: str) -> list[tuple[int, Where]]:
    """Marks at the end of every ADDS_PARAGRAPHS_RE or ADDS_TO_SAME_RE line: the article the quoted paragraphs below
    it belong to (its neighbours unknown, so 前条/次条 are counted from its number)."""
    marks = [
        (m.end(), Where(None, "_".join([arabic(m.group("num")) or "", *branch(m.group("sub"))]), None, 1))
        for m in ADDS_PARAGRAPHS_RE.finditer(text)
    ]
    for match in ADDS_TO_SAME_RE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        clause = QUOTED_WORDING_RE.sub(lambda q: "　" * len(q.group(0)), text[line_start : match.start()])
        named = list(CLAUSE_ARTICLE_RE.finditer(clause))
        if named:
            number = "_".join([arabic(named[-1].group("num")) or "", *branch(named[-1].group("sub"))])
            marks.append((match.end(), Where(None, number, None, 1)))
    return marks


def _statute_context(text: str) -> list[tuple[int, Where]]:
    """(offset, position) at every heading and paragraph line of a statute laid out one provision a line."""
    headings: list[tuple[int, str | None]] = [
        (m.start(), "_".join([arabic(m.group("num")) or "", *branch(m.group("sub"))])) for m in article_headings(text)
    ]
    # A 附則 line starts provisions of their own: no article across it is 前条 or 次条.
    headings += [(m.start(), None) for m in SUPPLEMENTARY_HEADING_RE.finditer(text)]
    headings.sort(key=lambda h: h[0])
    marks: list[tuple[int, Where]] = []
    for index, (offset, number) in enumerate(headings):
        previous = headings[index - 1][1] if index and number else None
        following = headings[index + 1][1] if index + 1 < len(headings) and number else None
        marks.append((offset, Where(previous, number, following, 1)))
    marks += _added_paragraph_marks(text)
    heading_marks = sorted(marks, key=lambda m: m[0])
    statute = STATUTE_SELF_RE.search(text) is not None
    for match in _paragraph_lines(text, statute):  # a paragraph belongs to the last heading above it
        before = [w for o, w in heading_marks if o < match.start()]
        number = parse_number(match.group("num")) or 1
        if before:
            marks.append((match.start(), replace(before[-1], paragraph=number)))
        elif match.group(0).endswith("項"):  # 1項 in a 附則 without articles: a paragraph of no article
            marks.append((match.start(), Where(None, None, None, number)))
        elif statute:  # an excerpt cut after its heading: paragraphs of an unknown article
            marks.append((match.start(), Where(None, None, None, number, excerpt=True)))
    marks.sort(key=lambda m: m[0])
    for match in ITEM_LINE_RE.finditer(text):
        before = [w for o, w in marks if o < match.start() and w.item is None]
        if before:
            marks.append((match.start(), replace(before[-1], item=parse_number(match.group("num")))))
    return sorted(marks, key=lambda m: m[0])


def _where(marks: list[tuple[int, Where]], offset: int) -> Where | None:
    """The position in force at ``offset`` (marks are sorted by offset)."""
    index = bisect_right([mark[0] for mark in marks], offset)
    return marks[index - 1][1] if index else None


def resolve_in_statute(text: str, rows: list[Row], bare: list[tuple[Part, str, int]]) -> list[Row]:
    """In a statute's own text: give 前条/次項/本条, a lone 第二項 and a bare paragraph number (``bare``, from
    ``bare_paragraph_refs``) their numbers."""
    _give_bare_paragraphs_their_article(rows, bare)
    _each_below_unit_heading(text, rows)
    marks = _statute_context(text)
    if not marks:
        return rows
    for row in rows:
        where = _where(marks, row.chain.start)
        top, ref = row.chain.top(), row.ref
        if where is None or top.level < ARTICLE or any(p.level == LAW for p in row.chain.parts):
            continue
        row.unknown_article = where.excerpt
        if top.relation == "PREV" and top.level == PARAGRAPH and _opens_unnumbered_line(text, marks, row.chain.start):
            where = replace(where, paragraph=where.paragraph + 1)
        elif top.level == PARAGRAPH and top.relation in ("PREV", "HERE") and not top.number:
            where = replace(where, paragraph=where.paragraph + _paragraph_lines_before(text, marks, row.chain.start))
        if top.relation in ("PREV", "NEXT", "HERE"):
            point(ref, top, where)
        elif top.relation == "EACH" and top.level == ITEM:  # 次の各号: the items of this paragraph
            ref.article, ref.article_sub = split_number(where.current)
            ref.paragraph = str(where.paragraph)
        elif top.relation == "NAMED" and top.level > ARTICLE and row.list_head and not ref.article:
            if supplementary_paragraph(row.chain):
                continue
            ref.article, ref.article_sub = split_number(where.current)
            if top.level > PARAGRAPH and not ref.paragraph:
                ref.paragraph = str(where.paragraph)
    return rows


# A line a reference opens (after indentation only), as 前項の輸送は、… opens a paragraph.
LINE_OPENING_RE = re.compile(r"(?:^|\n)[ \u3000]*$")


def _opens_unnumbered_line(text: str, marks: list[tuple[int, Where]], start: int) -> bool:
    """Whether a 前項 at ``start`` opens a line that is a paragraph of its own whose number the page dropped
    (iuris.jp prints 自衛隊法 第八十四条の四 without its 2項 marks: ``…できる。`` ⏎ ``前項の輸送は、…``):
    a paragraph 1 never says 前項, so the line continues the count after the marked paragraph, whose text lies on
    the lines between. A numbered line (``2 前項の…``, or ``2`` alone above it) is its own mark."""
    line_start = text.rfind("\n", 0, start) + 1
    if not LINE_OPENING_RE.search(text, line_start, start) and text[line_start:start].strip(" \u3000"):
        return False
    index = bisect_right([mark[0] for mark in marks], start)
    mark_offset = marks[index - 1][0] if index else 0
    between = text[mark_offset:line_start]
    body_lines = [line for line in between.split("\n")[1:] if line.strip(" \u3000")]
    return mark_offset < line_start and bool(body_lines)


# A line that continues the paragraph above rather than opening one: its proviso (ただし、…) or its second sentence
# (後段: この場合において、…), as law mirrors print 外国為替及び外国貿易法 第十条 (iuris.jp: ``…求めなければならない。``
# ⏎ ``ただし、国会が閉会中の場合…``) and 自衛隊法 第八十四条の四 (``…輸送を行うことができる。`` ⏎ ``この場合において、
# 防衛大臣は、…``).
PROVISO_LINE_RE = re.compile(r"[ \u3000]*(?:ただし|但し|この場合において)")
SENTENCE_END = ("。", "。)", "。)")
# An article heading alone on its line, maybe with its caption: 第十条, 第八条 理由の提示, 第一条(目的).
BARE_HEADING_LINE_RE = re.compile(
    r"[ \u3000]*第[^\s、。]{1,12}条[^\s、。]{0,8}(?:[ \u3000]*[^\s、。]{1,20})?[ \u3000]*$"
)


def _paragraph_lines_before(text: str, marks: list[tuple[int, Where]], start: int) -> int:
    """How many unnumbered paragraphs of the article in force open before the line of ``start``: on a page that
    drops paragraph numbers (衆議院's 法律第一号 text of 外為法 第十条: ``第十条 …できる。`` ⏎ ``政府は、前項の…``),
    every line ending a sentence is a paragraph (its proviso line aside). A paragraph 1 never says 前項, so a first
    line that does is paragraph 2 (iuris.jp prints paragraph 1 above the heading). 0 when the mark is a numbered
    paragraph or item, or a line above breaks mid-sentence (a PDF's wrapped lines)."""
    index = bisect_right([mark[0] for mark in marks], start)
    if not index or marks[index - 1][1].paragraph != 1 or marks[index - 1][1].item is not None:
        return 0
    mark_offset = marks[index - 1][0]
    line_start = text.rfind("\n", 0, start) + 1
    if line_start <= mark_offset:
        return 0
    heading_line, *lines = text[mark_offset : line_start - 1].split("\n")
    lines = [line for line in lines if line.strip(" \u3000")]
    if not all(line.rstrip(" \u3000").endswith(SENTENCE_END) for line in lines):
        return 0
    if PROVISO_LINE_RE.match(text, line_start):
        return 0 if not lines else _paragraph_lines_before(text, marks, text.rfind("\n", 0, line_start - 1) + 1)
    paragraphs = [line for line in lines if not PROVISO_LINE_RE.match(line)]
    bare_heading = BARE_HEADING_LINE_RE.match(heading_line) is not None  # 第十条 alone: its text starts below
    if not bare_heading and not heading_line.rstrip(" \u3000").endswith(SENTENCE_END):
        return 0  # the heading's paragraph breaks mid-sentence: wrapped lines, not paragraphs
    first = paragraphs[0] if paragraphs else text[line_start : text.find("\n", line_start) % (len(text) + 1)]
    if bare_heading and "前項" in first:
        return len(paragraphs) + 1  # the first line below says 前項: paragraph 1 stands elsewhere on the page
    return len(paragraphs) + (0 if bare_heading else 1)


def _first_lines_below_unit_headings(text: str) -> list[tuple[int, int]]:
    """Spans of the first line below each chapter/section/款 heading (STRUCT_HEADING_RE) with no article
    heading between: a unit opens with an article, and an article's first line is its paragraph 1."""
    spans = []
    for match in STRUCT_HEADING_RE.finditer(text):
        start = match.end() + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if start < end and not article_headings(text[start:end]):
            spans.append((start, end))
    return spans


def _each_below_unit_heading(text: str, rows: list[Row]) -> None:
    """次の各号 on the first line below a unit heading whose article heading the page leaves out (iuris.jp prints
    ``第一款 引渡犯罪人の引渡し`` ⏎ ``引渡犯罪人の引渡しは、…次の各号いずれかに該当する場合を除き、…``): the items
    of paragraph 1 of an article the text does not number. Later lines may be another article's or paragraph's
    (the page drops the 2項 marks), so only the first line is read."""
    spans = _first_lines_below_unit_headings(text)
    for row in rows:
        top = row.chain.top()
        if len(row.chain.parts) != 1 or not any(start <= row.chain.start < end for start, end in spans):
            continue
        if top.relation == "EACH" and top.level == ITEM:
            row.ref.paragraph, row.unknown_article = "1", True
        elif top.level == PARAGRAPH and top.relation in ("NEXT", "HERE") and not top.number:
            # 次項/この項 there: paragraph 2/1 of that article (公用車両(…次項において同じ。)には、…, iuris.jp)
            row.ref.paragraph, row.unknown_article = ("2" if top.relation == "NEXT" else "1"), True


# An amending clause adding items to the provision it has just named: 同項に次の各号を加える, 第七十六条第一項に次の
# 各号を加える (the items quoted below are that provision's, not the amending act's own article's).
ADDED_TO_NAMED_GAP = "に次の"


def items_added_to_named(text: str, rows: list[Row]) -> None:
    """各号 right after ``<provision>に次の``: the items of that provision (after 同項/同条 are resolved)."""
    for prev, row in itertools.pairwise(rows):
        top = row.chain.top()
        if top.relation != "EACH" or top.level != ITEM or len(row.chain.parts) != 1:
            continue
        if text[prev.ref.end : row.ref.start] != ADDED_TO_NAMED_GAP or not prev.ref.article:
            continue
        row.ref.article, row.ref.article_sub = prev.ref.article, prev.ref.article_sub
        row.ref.paragraph = prev.ref.paragraph


def point(ref: ArticleRef, top: Part, where: Where) -> None:
    """前条 → the heading before; 次条 → after; 本条/この条 → this; 前項/次項/この項 from the paragraph."""
    step = {"PREV": -1, "NEXT": 1, "HERE": 0}[top.relation]
    count = int(top.number) if top.number else 1
    if top.level == ARTICLE:
        _point_article(ref, top.relation, count, where)
        return
    ref.article, ref.article_sub = split_number(where.current)
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


def _point_article(ref: ArticleRef, relation: str, count: int, where: Where) -> None:
    """前条/次条/前三条: the neighbouring heading when it is the adjacent number (36 → 36の2),
    else arithmetic, since excerpts (e-Gov 附則) leave articles out."""
    current, sub = split_number(where.current)
    if relation == "HERE" or current is None:
        ref.article, ref.article_sub = current, sub
        return
    step = -1 if relation == "PREV" else 1
    neighbour = where.previous if relation == "PREV" else where.following
    near = split_number(neighbour)[0] if neighbour else None
    if count == 1 and neighbour is not None and near in (current, str(int(current) + step)):
        ref.article, ref.article_sub = split_number(neighbour)
    elif count == 1:
        ref.article = str(int(current) + step) if (step > 0 or sub is None) else current
    elif relation == "PREV" and int(current) - count >= 1:
        ref.article, ref.end_article = str(int(current) - count), str(int(current) - 1)


# A treaty's or statute's own paragraph cited by its bare number inside the article's body, as Japanese treaty
# texts number paragraphs 1, 2, 3 without 項: ``…者は、1の規定による利益``, ``2 1の規定により解決する…``.  Only after
# a comma or a space (never glued to a word, a 第, a date or another digit) and only directly before the wording
# that cites a provision, so list numbers (1. …), quantities (3人) and note markers (…1。) never match.
BARE_PARAGRAPH_REF_RE = re.compile(
    r"(?<=[、，, \u3000])(?P<num>[1-9１-９][0-9０-９]?)(?=の規定|の根拠|に規定する|に定める|に掲げる)"
)
# A numbered paragraph line of an article's body: ``2 締約国にいる難民であって…`` (number, space, text).
BODY_PARAGRAPH_LINE_RE = re.compile(r"^(?P<num>[1-9１-９][0-9０-９]?)[ \u3000]+\S[^\n]*$", re.MULTILINE)
# An item line inside a paragraph, which the body runs on past: `` (a)留保を付した国に関しては…``, ``一 …``.
BODY_ITEM_LINE_RE = re.compile(
    r"^[ \u3000]*(?:[(（][a-zａ-ｚ]{1,4}[)）]|[一二三四五六七八九十]+[ \u3000])[^\n]*$", re.MULTILINE
)
# A treaty article heading with its caption and paragraph 1 on its line, as treaty pages print them:
# ``第二十一条(留保及び留保に対する異議の法的効果)1 第十九条…`` (the statute headings are article_headings).
CAPTIONED_HEADING_RE = re.compile(
    rf"^(?P<head>第(?P<num>{N})条(?P<sub>{SUB}))[(（][^()（）\n]{{1,30}}[)）](?=[1１][ \u3000])", re.MULTILINE
)


def _article_bodies(text: str) -> list[tuple[str, int, list[re.Match[str]]]]:
    """(article number, heading offset, its numbered paragraph lines) for every heading followed directly by
    numbered lines."""
    bodies = []
    for heading in [*article_headings(text), *CAPTIONED_HEADING_RE.finditer(text)]:
        line_end = text.find("\n", heading.end("head"))
        lines: list[re.Match[str]] = []
        position = line_end + 1 if line_end >= 0 else len(text)
        while line := BODY_PARAGRAPH_LINE_RE.match(text, position) or BODY_ITEM_LINE_RE.match(text, position):
            if line.re is BODY_PARAGRAPH_LINE_RE:
                lines.append(line)
            position = line.end() + 1
        if lines:
            article = "_".join([arabic(heading.group("num")) or "", *branch(heading.group("sub"))])
            bodies.append((article, heading.start("head"), lines))
    return bodies


def bare_paragraph_refs(text: str) -> list[tuple[Part, str, int]]:
    """(paragraph part, article, its heading's offset) for every bare paragraph number cited inside an article's
    body: the paragraph must exist in that body (1 to the last line's number) and not be the one citing it."""
    found = []
    for article, heading, lines in _article_bodies(text):
        last = max(parse_number(line.group("num")) or 0 for line in lines)
        for line in lines:
            own = parse_number(line.group("num"))
            for match in BARE_PARAGRAPH_REF_RE.finditer(text, line.start("num") + 1, line.end()):
                number = parse_number(match.group("num"))
                if number is None or number == own or number > last:
                    continue
                part = Part(match.start("num"), match.end("num"), PARAGRAPH, "NAMED", str(number))
                found.append((part, article, heading))
    return found


def _give_bare_paragraphs_their_article(rows: list[Row], bare: list[tuple[Part, str, int]]) -> None:
    """A bare paragraph number's row names the article whose body holds it (see BARE_PARAGRAPH_REF_RE)."""
    articles = {part.start: article for part, article, _ in bare}
    for row in rows:
        if row.chain.start in articles and len(row.chain.parts) == 1:
            row.ref.article, row.ref.article_sub = split_number(articles[row.chain.start])
            row.ref.kind = "article"


def bare_paragraph_instruments(rows: list[Row], bare: list[tuple[Part, str, int]]) -> None:
    """A bare paragraph number without an explicit instrument is of the instrument of the reference to the same article
    last cited before its heading: a text quotes an article right after citing it (``難民条約第33条は次のように
    定めている。`` ⏎ ``第33条【…】`` ⏎ ``2 …1の規定による利益…``)."""
    headings = {part.start: heading for part, _, heading in bare}
    for row in rows:
        heading = headings.get(row.chain.start)
        if heading is None or (row.ref.instrument is not None and row.ref.resolution != "principal"):
            continue  # the document's own instrument yields to the one the quoted article was cited with
        cited = [
            r.ref
            for r in rows
            if r.ref.end <= heading and r.ref.kind == "article" and r.ref.instrument is not None
            and (r.ref.article, r.ref.article_sub) == (row.ref.article, row.ref.article_sub)
        ]  # fmt: skip
        if cited:
            row.ref.instrument, row.ref.instrument_id = cited[-1].instrument, cited[-1].instrument_id
            row.ref.resolution = "same"
