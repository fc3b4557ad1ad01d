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
   list, and the instrument is resolved (see :func:`resolve_instruments`).

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

Outline (one family of rules per module, all built on ``articles.vocab``): ``articles.parts`` finds the parts,
``articles.chains`` joins them into chains and drops counts, ``articles.rows`` makes rows (ranges, list
inheritance); ``articles.numbers`` gives the law-number rows; ``articles.headings`` and ``articles.statute`` read a
statute's own layout, ``articles.commentary`` resolves relative references in commentary and ``articles.quoted``
those in quoted provisions; ``articles.principal`` chooses the document's own instrument and ``articles.owners``
the instrument of every row; ``articles.tax`` reads tax writing's compact citations (法法6の2, 法法82十五) and
``articles.amending`` gives 改正法附則11条 its amending act.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extractors.articles.amending import amending_act_refs
from pipeline.extractors.articles.bills import is_diet_bill_number, name_bill_refs
from pipeline.extractors.articles.chains import count_chain, find_chains, is_publication_heading
from pipeline.extractors.articles.commentary import (
    article_named_by_gloss,
    carry_article,
    relative_in_quoted_wording,
    resolve_relative,
    this_article_in_commentary,
)
from pipeline.extractors.articles.headings import (
    DECISION_PART_RE,
    DELETED_ARTICLE_RE,
    PARAGRAPH_HEADING_RE,
    PROVISION_HEAD_RE,
    RU_HEADING_RE,
    STRUCT_HEADING_RE,
    article_headings,
)
from pipeline.extractors.articles.numbers import CASE_NUMBER_RE, law_number_refs, number_rows
from pipeline.extractors.articles.owners import resolve_instruments
from pipeline.extractors.articles.parts import parse_parts
from pipeline.extractors.articles.principal import (
    cited_for_one_article,
    find_principal,
    quoted_statute,
    title_line_instrument,
)
from pipeline.extractors.articles.quoted import (
    find_named_headings,
    relative_in_quoted_statute,
    resolve_in_quoted_provisions,
    resolve_under_named_heading,
)
from pipeline.extractors.articles.rows import PARENTHETICAL_RE, Row, make_rows
from pipeline.extractors.articles.statute import (
    bare_paragraph_instruments,
    bare_paragraph_refs,
    items_added_to_named,
    resolve_in_statute,
)
from pipeline.extractors.articles.tax import tax_refs
from pipeline.extractors.articles.vocab import ARTICLE, LAW, PROVISO, Part
from pipeline.extractors.instruments import scan_instruments
from pipeline.extractors.instruments.vocab import Instrument
from pipeline.records import ArticleRef


def reference_parts(text: str) -> list[list[Part]]:
    """The parts of every reference chain (instrument pronouns alone included), for checking a parse."""
    instruments = scan_instruments(text)
    spans = [(r.start, r.end) for r in law_number_refs(text)] + [m.span() for m in CASE_NUMBER_RE.finditer(text)]
    parts = _parts_outside_names(text, instruments, spans)
    one_law = title_line_instrument(text, instruments) is not None
    chains = find_chains(text, parts, set(_name_spans(instruments, text)), one_law)
    return [c.parts for c in chains if not is_publication_heading(text, c)]


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
# The wording a provision reads in place of another (読み替え): 第五条第一項中「…当該行政機関」とあるのは
# 「当該行政機関」と (特定秘密保護法 附則第二条), 同条第二項及び第四項中「当事者」とあるのは、「参加人」と (e-Gov
# 行政手続法).
# Both quotations are wording, as above.
READ_AS_WORDING_RE = re.compile(r"「(?P<old>[^「」\n]{1,120})」とあるのは[、, \u3000]?「(?P<new>[^「」\n]{1,120})」と")
# A relative reference alone (同項, 前条, 次項, この条) inside such wording is a word of the amended text: which
# provision it meant is not what the amending text cites, so it is no reference of its own (the gold leaves it out);
# 「同項第三号及び第四号」 still names items (e-Gov's 行政手続法 oracle counts them).


def _amended_wording(text: str) -> list[tuple[int, int]]:
    """Spans of the quoted strings an amending clause replaces or deletes, or a provision reads in place of others
    (AMENDED_WORDING_RE, READ_AS_WORDING_RE)."""
    spans = []
    for match in [*AMENDED_WORDING_RE.finditer(text), *READ_AS_WORDING_RE.finditer(text)]:
        spans += [match.span(group) for group in ("old", "new") if match.group(group) is not None]
    return spans


def _only_relative(row: Row) -> bool:
    """Whether a row is relative parts alone (同項, 前条), a proviso word after them included (「同項後段の規定により」
    quoted as new wording points into a provision the excerpt may not show): 「同項第三号」 names item 3 and stays a
    row (e-Gov)."""
    return row.ref.kind == "relative" and all(
        part.relation != "NAMED" or part.level == PROVISO for part in row.chain.parts
    )


def _quoted_wording_rows(rows: list[Row], amended: list[tuple[int, int]]) -> frozenset[int]:
    """Indices of the rows inside quoted wording (see READ_AS_WORDING_RE)."""
    return frozenset(i for i, row in enumerate(rows) if _inside((row.ref.start, row.ref.end), amended))


def _bare_in_amended_wording(rows: list[Row], amended: list[tuple[int, int]]) -> None:
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
    law_numbers = law_number_refs(text)
    spans = [(r.start, r.end) for r in law_numbers] + [m.span() for m in CASE_NUMBER_RE.finditer(text)]
    parts = _parts_outside_names(text, instruments, spans)
    bare = bare_paragraph_refs(text)
    parts = sorted([*parts, *(part for part, _, _ in bare)], key=lambda p: p.start)
    headings = {m.start("head") for m in article_headings(text)}  # 第五条 opening its own provision
    headings |= {m.start("head") for m in STRUCT_HEADING_RE.finditer(text)}
    headings |= {m.start("head") for m in PROVISION_HEAD_RE.finditer(text)}
    for deleted in DELETED_ARTICLE_RE.finditer(text):  # the run's last article too: 第十一条から第十五条まで 削除
        headings |= {deleted.start(group) for group in ("head", "last", "end") if deleted.group(group)}
    headings |= {m.start("head") for m in RU_HEADING_RE.finditer(text)}
    headings |= {m.start("head") for m in PARAGRAPH_HEADING_RE.finditer(text)}
    headings |= {m.start("head") for m in DECISION_PART_RE.finditer(text)}
    named_headings = find_named_headings(text, name_spans)
    headings |= {m.start("head") for m in named_headings}
    one_law = title_line_instrument(text, instruments) is not None
    if not one_law and (quoted := quoted_statute(text, instruments)):
        headings = {h for h in headings if h < quoted[0] or PROVISION_HEAD_RE.match(text, h)}
    amended = _amended_wording(text)
    chains = [
        c
        for c in find_chains(text, parts, set(name_spans), one_law)
        if not is_publication_heading(text, c)
        and c.start not in headings
        and not count_chain(text, c)
        and not is_diet_bill_number(text, c)
    ]
    rows = resolve_in_statute(text, make_rows(text, chains), bare)
    carry_article(text, rows)
    _bare_in_amended_wording(rows, amended)
    this_article_in_commentary(text, rows)
    article_named_by_gloss(text, rows)
    relative_in_quoted_wording(text, rows)
    quoted = _quoted_wording_rows(rows, amended)
    resolve_relative(rows, quoted)
    items_added_to_named(text, rows)
    cited = cited_for_one_article(text, rows, instruments, name_spans)
    principal = find_principal(text, title, instruments, cited)
    resolve_instruments(text, rows, instruments, name_spans, principal, cited)
    bare_paragraph_instruments(rows, bare)
    relative_in_quoted_statute(text, rows)
    resolve_in_quoted_provisions(text, rows)
    resolve_under_named_heading(text, rows, name_spans, named_headings)
    amending_act_refs(text, [row.ref for row in rows], instruments)
    name_bill_refs(text, title, [row.ref for row in rows], principal)
    kept = [row.ref for i, row in enumerate(rows) if i not in quoted or not _only_relative(row)]
    refs = kept + number_rows(law_numbers, instruments)
    refs += tax_refs(text, instruments, [(r.start, r.end) for r in refs])
    refs.sort(key=lambda r: (r.start, r.end))
    return [replace(ref, mention_id=f"A{index:04d}") for index, ref in enumerate(refs, start=1)]


def find_instruments(text: str) -> list[dict]:
    """Rows of the ``instruments`` table (same ids as ``article_refs.instrument_id``)."""
    return [inst.row() for inst in scan_instruments(text)]


# A remark on a name between it and its article: (…改正前のもの。…), or the law number law sites print between
# spaces around their links: 内閣府設置法 (1999年法律第89号) 第49条第1項 (jplaws.app; e-Gov's 内閣府設置法(平成十一年
# 法律第八十九号)第四十九条 has no spaces).
NAME_REMARK_RE = re.compile(rf"[ \u3000]?{PARENTHETICAL_RE.pattern}[ \u3000]?")


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
            remark = NAME_REMARK_RE.match(text, end) if text is not None else None
            if remark is not None:
                ends[remark.end()] = ends.get(remark.end(), (inst, start))
    return ends
