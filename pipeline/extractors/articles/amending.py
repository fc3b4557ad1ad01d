"""References to an amending act by its generic short name: 改正法附則11条、16条, 改正法(案)附則第14条, 改正法案第61条.

An amending act's own supplementary provisions (transitional measures, dates of effect) are cited as 改正法附則N条,
and the article numbers of a bill's new text as 改正法案第N条: both are the amending act's or the bill's, never the
law it amends. A plain 改正法23条 is the amended law's article as revised (第三者提供の制限(改正法23条) in commentary on
個人情報保護法), left to the other rules.
The instrument is the act the text defines as 改正法 (以下「改正法」という。), else the amending act it names in
full (「所得税法等の一部を改正する法律案」, 出入国管理及び難民認定法の一部を改正する法律案), kept as a bill (with 案)
when the reference cites the bill and the text names it so; when the text names no amending act, ``改正法`` as
written (gold convention of heldout23 and heldout25). The next members of its list (改正法附則11条、16条) are the
same act's.
"""

from __future__ import annotations

import re

from pipeline.extractors.instruments.vocab import Instrument
from pipeline.records import ArticleRef

# The generic name right before a reference: 改正法, 改正法律; a bill: 改正法案, 改正法(案) (税研 国際税務,
# https://www.zeiken.co.jp/kokusaizeimu/article/202303/KZ2023030120101.php). Not inside a longer name (所得税改正法).
AMENDING_BEFORE_RE = re.compile(r"(?<![一-龥々ァ-ヴー])改正法(?:律)?(?P<bill>案|[(（]案[)）])?$")
# The full name of an amending act: …の一部を改正する法律, …等の一部を改正する法律, …を改正する法律.
AMENDING_ACT_RE = re.compile(r"改正する法律$")
# What may stand between two members of one list of the act's articles: 附則11条、16条.
LIST_GAP_RE = re.compile(r"(?:[、,，・]|及び|並びに|および|ならびに)")


def amending_act_refs(text: str, refs: list[ArticleRef], instruments: list[Instrument]) -> None:
    """Give every reference after 改正法 / 改正法案 (and the rest of its list) the amending act as instrument."""
    defined = [inst for inst in instruments if "改正法" in inst.aliases]  # (以下「改正法」という。)
    acts = defined or [inst for inst in instruments if AMENDING_ACT_RE.search(inst.canonical)]
    previous: ArticleRef | None = None
    for ref in sorted(refs, key=lambda r: r.start):
        if ref.kind not in ("article", "relative"):
            continue
        before = AMENDING_BEFORE_RE.search(text, max(0, ref.start - 8), ref.start)
        if before is not None and (before.group("bill") or ref.division == "附則"):
            _assign(text, ref, _act_before(acts, ref.start), before.group("bill") is not None, "explicit")
            previous = ref
        elif previous is not None and LIST_GAP_RE.fullmatch(text, previous.end, ref.start):
            ref.instrument, ref.instrument_id, ref.resolution = previous.instrument, previous.instrument_id, "same"
            previous = ref
        else:
            previous = None


def _act_before(acts: list[Instrument], start: int) -> Instrument | None:
    """The amending act named last before ``start`` (else the first named after it)."""
    named = [inst for inst in acts if inst.start < start]
    return named[-1] if named else (acts[0] if acts else None)


def _assign(text: str, ref: ArticleRef, act: Instrument | None, bill: bool, resolution: str) -> None:
    if act is None:
        ref.instrument, ref.instrument_id = "改正法案" if bill else "改正法", None
    else:
        as_bill = bill and f"{act.canonical}案" in text
        ref.instrument, ref.instrument_id = act.canonical + ("案" if as_bill else ""), act.instrument_id
    ref.resolution = resolution
