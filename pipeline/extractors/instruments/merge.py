"""Merging instruments after filing: promulgated numbers, acronym treaties, glossed originals, short names.

A number promulgated in a sentence about a named instrument is that instrument's; ``NATO条約`` is ``北大西洋条約``
when the text defines the acronym; a name in its own language in parentheses after a Japanese name is that name;
a short form merges into the full name (``instruments.short``).  :func:`finalise` then gives each instrument its
fullest spelling and an id in order of first mention.
"""

from __future__ import annotations

import re

from pipeline.extractors.instruments.curated import known_aliases
from pipeline.extractors.instruments.registry import NUMBER_TYPE_KINDS, PROMULGATED_AS_RE, absorb, number_type
from pipeline.extractors.instruments.short import short_form_of, swapped_pair
from pipeline.extractors.instruments.titles import enclosing_paren
from pipeline.extractors.instruments.unquoted import ACRONYM_BEFORE_ARTICLE_RE
from pipeline.extractors.instruments.vocab import NAME_CHARS, NUM, Instrument, fold

# A number promulgated in a sentence about a named instrument: 「…法律」が成立し、同月16日に公布されました(令和5年
# 法律第56号), or 協力法は平成19年法律第37号として公布され: the number, which has no name of its own, is that
# instrument's (the last one the sentence names before it).
PROMULGATED_BEFORE_RE = re.compile(r"公布(?:され(?:ました|た)?|した|しました)?[(（]$")


def merge_promulgated_numbers(text: str, items: list[Instrument]) -> list[Instrument]:
    """A number-only instrument promulgated in a sentence naming another instrument of a kind the number fits
    becomes that instrument's number (see PROMULGATED_BEFORE_RE)."""
    kept: list[Instrument] = []
    for inst in items:
        owner = _promulgated_owner(text, inst, items) if inst.number and inst.canonical == inst.number else None
        if owner is None:
            kept.append(inst)
            continue
        absorb(owner, inst)
        owner.number, owner.date = owner.number or inst.number, owner.date or inst.date
    return kept


def _promulgated_owner(text: str, number: Instrument, items: list[Instrument]) -> Instrument | None:
    start, end, _name = number.spans[0]
    sentence = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    if not (PROMULGATED_AS_RE.match(text, end) or PROMULGATED_BEFORE_RE.search(text, sentence, start)):
        return None
    kind = number_type(number.canonical)
    best, best_end = None, -1
    for inst in items:
        if inst is number or inst.canonical == inst.number or (kind and inst.kind not in NUMBER_TYPE_KINDS[kind]):
            continue
        for s, e, _n in inst.spans:
            if sentence <= s and e <= start and e > best_end:
                best, best_end = inst, e
    return best


# An organisation's acronym defined in the text: 北大西洋条約機構(NATO), NATO(北大西洋条約機構).
ACRONYM_DEF_RE = re.compile(
    rf"(?P<org>[{NAME_CHARS}]{{3,30}})[(（](?P<acr>[A-Z]{{2,8}})[)）]|(?P<acr2>[A-Z]{{2,8}})[(（](?P<org2>[{NAME_CHARS}]{{3,30}})[)）]"
)
ACRONYM_NAME_RE = re.compile(r"^(?P<acr>[A-Z]{2,8})(?P<word>条約|協定|憲章|議定書)$")


def merge_acronym_treaties(text: str, items: list[Instrument]) -> list[Instrument]:
    """``NATO条約`` is the 北大西洋条約 when the text defines NATO as 北大西洋条約機構 (the organisation the treaty
    founded, named after it) and also names 北大西洋条約: the acronym's name begins with the treaty's name."""
    orgs = {}
    for match in ACRONYM_DEF_RE.finditer(text):
        orgs.setdefault(match.group("acr") or match.group("acr2"), match.group("org") or match.group("org2"))
    kept = []
    for inst in items:
        named = ACRONYM_NAME_RE.match(inst.canonical)
        org = orgs.get(named.group("acr")) if named else None
        full = next(
            (
                k for k in items
                if k is not inst and k.kind == inst.kind and org and org.startswith(k.canonical)
                and len(org) > len(k.canonical) and k.canonical.endswith(named.group("word"))
            ),
            None,
        )  # fmt: skip
        if full is None:
            kept.append(inst)
            continue
        absorb(full, inst)
    return kept


def merge_glossed_acronym_treaties(items: list[Instrument]) -> list[Instrument]:
    """``NPT条約`` is the treaty the text glosses as (NPT): 核不拡散条約(NPT) … NPT条約第X条 (the acronym names the
    treaty; 条約 after it only says what kind of thing it is)."""
    kept = []
    for inst in items:
        named = ACRONYM_NAME_RE.match(inst.canonical)
        owner = next(
            (
                k for k in items
                if named and k is not inst and k.kind == inst.kind and named.group("acr") in k.aliases
                and k.canonical.endswith(named.group("word"))
            ),
            None,
        )  # fmt: skip
        if owner is None:
            kept.append(inst)
        else:
            absorb(owner, inst)
    return kept


# A name in Latin or Cyrillic letters only: the original-language title of a foreign instrument.
FOREIGN_NAME_RE = re.compile(r"^[A-Za-zА-Яа-яЁё0-9 .,'’\-–]+$")
# What may stand between a Japanese name and the parenthesis glossing it: the article cited (ロシア連邦憲法第67条(…)).
GLOSSED_GAP_RE = re.compile(rf"(?:第{NUM}条(?:の{NUM})*)?$")


def merge_glossed_originals(text: str, items: list[Instrument]) -> list[Instrument]:
    """The original-language name glossed in parentheses right after a Japanese name is that instrument:
    ロシア連邦憲法(ロシアれんぽうけんぽう、ロシア語: Конституция Российской Федерации) (Wikipedia's lead),
    ロシア連邦憲法(Конституция Российской Федерации). The Japanese name stays canonical (a Japanese document's
    own name for it)."""
    kept: list[Instrument] = []
    for inst in items:
        owner = _glossed_owner(text, inst, items) if FOREIGN_NAME_RE.match(inst.canonical) else None
        if owner is None:
            kept.append(inst)
            continue
        absorb(owner, inst)
    return kept


def _glossed_owner(text: str, foreign: Instrument, items: list[Instrument]) -> Instrument | None:
    """The Japanese-named instrument of the same kind whose mention the parenthesis holding ``foreign`` glosses."""
    for start, end, _name in foreign.spans:
        opening = enclosing_paren(text, start)
        if opening is None or ACRONYM_BEFORE_ARTICLE_RE.match(text, start, end + 8):
            continue  # (旧TEC第249条): another treaty's article cited, not a gloss
        for inst in items:
            if inst is foreign or inst.kind != foreign.kind or FOREIGN_NAME_RE.match(inst.canonical):
                continue
            if any(e <= opening and GLOSSED_GAP_RE.fullmatch(text, e, opening) for _s, e, _n in inst.spans):
                return inst
    return None


def _merge_short_names(items: list[Instrument]) -> list[Instrument]:
    """A short name filed before the full one (憲法 … 日本国憲法, 民訴法 … 民事訴訟法) is an alias of it: the
    canonical name is the fullest name the document gives, never a name the document does not give."""
    kept: list[Instrument] = []
    for inst in sorted(items, key=lambda i: -len(fold(i.canonical))):
        fuller = [k for k in kept if short_form_of(inst, k)]
        if len(fuller) != 1:  # none, or ambiguous (憲法 in a text naming 日本国憲法 and ロシア連邦憲法)
            kept.append(inst)
            continue
        full = fuller[0]
        absorb(full, inst)
        full.number, full.date = full.number or inst.number, full.date or inst.date
        if _preferred(inst.canonical, full.canonical):
            full.aliases = [full.canonical, *(a for a in full.aliases if a != inst.canonical)]
            full.canonical = inst.canonical
    return kept


def _preferred(name: str, over: str) -> bool:
    """Whether ``name`` is the canonical one of two names merged as one instrument although it is not longer: the
    official title the alias list gives for ``over``, or the Japanese order of a swapped country pair (日ソ共同宣言
    over ソ日共同宣言, the Russian order a Russian outlet translates)."""
    return (fold(over), fold(name)) in known_aliases() or (swapped_pair(name, over) and name.startswith("日"))


def _fullest_spelling(inst: Instrument) -> None:
    """Of names that fold to the canonical one (国連憲章 and 国際連合憲章), the longest spelling is canonical: the
    fullest name the document gives, whichever it wrote first."""
    key = fold(inst.canonical)
    longest = max((n for n in inst.names() if fold(n) == key), key=len)
    if len(longest) > len(inst.canonical):
        inst.aliases = [inst.canonical, *(a for a in inst.aliases if a != longest)]
        inst.canonical = longest


def finalise(items: list[Instrument]) -> list[Instrument]:
    items = _merge_short_names(items)
    for inst in items:
        _fullest_spelling(inst)
        inst.spans = sorted(set(inst.spans))
        inst.spans.sort()
        inst.start, inst.end = inst.spans[0][0], inst.spans[0][1]
        if inst.number and inst.canonical != inst.number and inst.number in inst.aliases:
            inst.aliases.remove(inst.number)
    items.sort(key=lambda i: (i.start, i.end))
    for index, inst in enumerate(items, start=1):
        inst.instrument_id = f"I{index:04d}"
    return items
