"""A bill's own text: its articles are the bill's, named with 案, and its Diet number is no item reference.

A bill printed as the Diet publishes it (衆議院 議案本文: ``第一六四回`` ⏎ ``衆第八号`` ⏎ ``北朝鮮に係る人権侵害の救済
に関する法律案`` ⏎ ``目次`` …) opens with its session, its number and its name line. The instrument scanner names a
bill after the law it becomes (quoted.py drops the 案), but the provisions shown are the bill's, not an enacted
law's: the development gold names them with the 案 (heldout25: 改正法(案)附則第14条 → 所得税法等の一部を改正する法律案;
heldout30: the 2006 North Korea human-rights relief bill).
"""

from __future__ import annotations

import re

from pipeline.extractors.articles.chains import Chain
from pipeline.extractors.instruments.vocab import Instrument
from pipeline.records import ArticleRef

# How many first lines may hold the bill's name (session line, number line, then the name).
BILL_HEAD_LINES = 4
# A line that is a bill's name alone: ``北朝鮮に係る人権侵害の救済に関する法律案`` (the law's name and 案).
BILL_NAME_LINE_RE = re.compile(r"^[ \u3000]*(?P<name>[^\n \u3000]{2,80}?)案[ \u3000]*$", re.MULTILINE)
# A bill's number as the Diet prints it above its name: 衆第八号 (a member's bill of the House of Representatives),
# 参第3号 (of the House of Councillors), 閣法第12号 (a cabinet bill); its 第八号 is no item of any provision.
DIET_BILL_NUMBER_BEFORE_RE = re.compile(r"(?:^|(?<=[\n \u3000(（]))(?:衆|参|閣法|閣)$")


def is_diet_bill_number(text: str, chain: Chain) -> bool:
    """Whether a chain is the 第N号 of a Diet bill number (衆第八号), see DIET_BILL_NUMBER_BEFORE_RE."""
    return (
        bool(DIET_BILL_NUMBER_BEFORE_RE.search(text, max(0, chain.start - 3), chain.start))
        and text[chain.end - 1 : chain.end] == "号"
    )


def bill_named(text: str, title: str | None, principal: Instrument | None) -> bool:
    """Whether the text is the bill of the principal law: a name line among its first lines (or its title) is one of
    the principal's names followed by 案."""
    if principal is None:
        return False
    names = set(principal.names())
    head = "\n".join(text.split("\n", BILL_HEAD_LINES)[:BILL_HEAD_LINES])
    lines = [m.group("name") for m in BILL_NAME_LINE_RE.finditer(head)]
    if title is not None:
        lines += [m.group("name") for m in BILL_NAME_LINE_RE.finditer(title.strip())]
    return any(name in names for name in lines)


def name_bill_refs(text: str, title: str | None, refs: list[ArticleRef], principal: Instrument | None) -> None:
    """The principal's references in its bill's own text name the bill (canonical name + 案), same instrument id."""
    if principal is None or not bill_named(text, title, principal):
        return
    for ref in refs:
        if ref.instrument_id == principal.instrument_id and ref.instrument == principal.canonical:
            ref.instrument = principal.canonical + "案"
