"""References inside provisions a text quotes: under a named heading, inline after 《, in quoted wording.

``日本国憲法第9条`` ⏎ ``1. …`` ⏎ ``2. 前項の…``: the heading line names the article and instrument of the quoted
paragraphs below it (:func:`find_named_headings`, :func:`resolve_under_named_heading`); text quoted after
``第26条 《`` speaks of article 26 (:func:`resolve_in_quoted_provisions`); 前条 inside quoted statute wording
is of the instrument of the reference quoted before it (:func:`relative_in_quoted_statute`).
"""

from __future__ import annotations

import re

from pipeline.extractors.articles.rows import Row
from pipeline.extractors.articles.statute import Where, point
from pipeline.extractors.articles.vocab import ARTICLE, ITEM, SP, STEP, SUB, N, arabic, branch
from pipeline.extractors.instruments.vocab import Instrument
from pipeline.extractors.numerals import parse_number
from pipeline.records import ArticleRef


def relative_in_quoted_statute(text: str, rows: list[Row]) -> None:
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


def resolve_in_quoted_provisions(text: str, rows: list[Row]) -> None:
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
        if top.level == ARTICLE and top.relation in STEP and not top.number:
            ref.article = (
                str(int(quoting.article or 0) + STEP[top.relation]) if top.relation != "HERE" else quoting.article
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
    rf"^[ \u3000]*[【〔\[「]?[^\n]{{2,60}}?(?P<head>第?{SP}(?P<num>{N}){SP}条(?P<sub>{SUB}))[】〕\]」]?[ \u3000]*\n"
    r"(?=(?:[ \u3000]*\n)*[ \u3000]*(?:[1１][.．・]|①|第?[1１一]項))",
    re.MULTILINE,
)
# What every NAMED_HEADING_RE match holds: the heading line's end, then (past blank lines) a first numbered paragraph.
# A document without it is not scanned (the heading regex is tried at every line start otherwise).
NAMED_HEADING_GATE = re.compile(r"\n(?:[ \u3000]*\n)*[ \u3000]*(?:[1１][.．・]|①|第?[1１一]項)")
# The number opening a quoted paragraph line: 2. 前項の… (Arabic with a dot or 中黒), ② 前項の…, 第2項 前項の…,
# 二項前項の… (as pages quoting the constitution print it).
QUOTED_PARAGRAPH_LINE_RE = re.compile(
    rf"[ \u3000]*(?:(?P<num>[0-9０-９]{{1,2}})[.．・]|(?P<circled>[①-⑳])|第?(?P<pnum>{N})項)"
)


def find_named_headings(text: str, name_spans: dict[int, tuple[Instrument, int]]) -> list[re.Match[str]]:
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


def resolve_under_named_heading(
    text: str, rows: list[Row], name_spans: dict[int, tuple[Instrument, int]], named_headings: list[re.Match[str]]
) -> None:
    """前項/次項/本条 inside the paragraphs quoted under a named heading (``日本国憲法第9条`` ⏎ ``1. …`` ⏎ ``2. 前項の
    目的を達するため…``) point into that article: 前項 in paragraph 2 is article 9, paragraph 1, of 日本国憲法.
    ``named_headings`` is ``find_named_headings(text, name_spans)``, found once per document."""
    for heading in named_headings:
        inst = name_spans[heading.start("head")][0]
        number = "_".join([arabic(heading.group("num")) or "", *branch(heading.group("sub"))])
        for line_start, line_end, paragraph in _quoted_lines(text, heading.end()):
            for row in rows:
                top = row.chain.top()
                if line_start <= row.ref.start < line_end and row.ref.kind == "relative" and top.relation in STEP:
                    point(row.ref, top, Where(None, number, None, paragraph))
                    row.ref.instrument, row.ref.instrument_id = inst.canonical, inst.instrument_id
                    row.ref.resolution = "same"
