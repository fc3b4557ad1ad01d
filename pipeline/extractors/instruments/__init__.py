"""Named instruments (laws, treaties, charters, resolutions) and their numbers.

Why a module of its own: article references need to know *which* instrument a
``第4条`` belongs to, and the ``instruments`` table lists every law or treaty a
document names, with its aliases, number and date.  Both come from one pass
over the text (:func:`scan_instruments`), so the ids in ``article_refs`` and
``instruments`` agree.

Names are found four ways, most reliable first:

1. law numbers (``2002年法律第66号``, ``連邦法第374号``, ``№ 374-ФЗ``,
   ``Public Law 117-58``), each naming an instrument of its own unless a title
   follows (``連邦法第374号「...について」``) or a name precedes it in
   parentheses (``行政手続法(平成五年法律第八十八号)``);
2. quoted names ending in an instrument word (``「...に関する条約」``), with an
   alias defined after them (``(以下「ロ朝戦略的パートナーシップ条約」)``) or
   inside the quotes (``「包括的戦略パートナーシップ条約(パートナーシップ条約)」``);
3. Russian titles in quotes after ``Федеральный закон ... №`` or starting
   with ``Договор``/``Соглашение``/``Конвенция``/``Протокол``;
4. unquoted names (``国連憲章``, ``日本国憲法``, ``行政手続法``) ending in an
   instrument word, kept when they are specific enough (see ``GENERIC``).

Names that are the same instrument merge: equal after abbreviation folding
(国際連合 → 国連, 安全保障理事会 → 安保理), equal to a defined alias, a
suffix of a longer known name (``戦略的パートナーシップ条約`` of
``ロ朝戦略的パートナーシップ条約``; a shorter one when what is cut names a country:
``安保条約`` of ``日米安保条約``), an abbreviation of one (``民訴法`` of
``民事訴訟法``, see :func:`is_abbreviation`), the same law number, or an acronym's
treaty (``NATO条約`` is ``北大西洋条約`` when the text defines ``北大西洋条約機構(NATO)``
and names that treaty).  A run of nouns may hold two names glued (a lost comma) or
a topic before a name (``尖閣諸島日米安保条約``): see :func:`split_glued`.  The
canonical name is the fullest name the document itself gives: a bare ``憲法``
stays ``憲法`` unless the text also says ``日本国憲法`` (no name is supplied
from outside the text).

Outline (one family of rules per module, all built on ``instruments.vocab``): :func:`collect_mentions` asks
``instruments.numbers`` (law numbers, names after them), ``instruments.quoted`` (quoted names), ``instruments.titles``
(clause-long titles, titles before a number), ``instruments.foreign`` (Russian, English, EU), ``instruments.formal``
(party titles, official names, title lines, amending titles), ``instruments.aliases`` (defined short names),
``instruments.unquoted`` (name runs, with ``instruments.words`` for glued names) and ``instruments.curated`` (the
curated alias list); :func:`scan_instruments` files them in ``instruments.registry`` and merges what is one
instrument in ``instruments.merge`` (short forms: ``instruments.short``).
"""

from __future__ import annotations

import re

from pipeline.extractors.instruments.aliases import attach_aliases, defining_repeats, paren_full_names
from pipeline.extractors.instruments.curated import curated_acronyms, curated_kana_names
from pipeline.extractors.instruments.foreign import english_named, eu_acts, russian_mentions, russian_named
from pipeline.extractors.instruments.formal import (
    amended_mentions,
    country_pair_titles,
    official_names,
    official_quoted,
    partner_titles,
    spaced_title_lines,
    with_title_line,
)
from pipeline.extractors.instruments.merge import (
    finalise,
    merge_acronym_treaties,
    merge_glossed_acronym_treaties,
    merge_glossed_originals,
    merge_promulgated_numbers,
)
from pipeline.extractors.instruments.numbers import named_after_numbers, number_mentions
from pipeline.extractors.instruments.quoted import quoted_mentions
from pipeline.extractors.instruments.registry import Registry, register, repeat_mentions
from pipeline.extractors.instruments.titles import SUBJECT_TITLE_RE, titled_mentions
from pipeline.extractors.instruments.unquoted import (
    acronyms_before_articles,
    country_glued,
    possessive_country_names,
    unquoted_mentions,
)
from pipeline.extractors.instruments.vocab import Instrument, NameMention


def collect_mentions(text: str) -> list[NameMention]:
    """Every name or number of an instrument in the text, in text order."""
    numbers = number_mentions(text)
    quoted = quoted_mentions(text, numbers) + russian_mentions(text, numbers) + russian_named(text)
    quoted += titled_mentions(text, numbers) + eu_acts(text)
    quoted += named_after_numbers(text, numbers)
    quoted += partner_titles(text, quoted) + english_named(text)
    quoted += country_pair_titles(text, quoted)
    quoted = with_title_line(text, quoted) + spaced_title_lines(text, quoted)
    quoted = official_quoted(text, quoted)
    aliases = attach_aliases(text, quoted) + official_names(text)
    # a subject title holds the names of the laws it is about (国立国会図書館法第二十五条の規定により…に関する件)
    taken = [(m.start, m.end) for m in numbers + quoted + aliases if not SUBJECT_TITLE_RE.search(m.name)]
    repeats = defining_repeats(text, quoted)
    for name in {m.name for m in quoted if len(m.name) >= 4}:  # later unquoted uses of a quoted name
        taken += [(found.start(), found.end()) for found in re.finditer(re.escape(name), text)
                  if not country_glued(text, found.start())]  # fmt: skip
    kana = [m for m in curated_kana_names(text) if not any(m.start < e and s < m.end for s, e in taken)]
    taken += [(m.start, m.end) for m in kana]
    unquoted = kana + unquoted_mentions(text, taken) + amended_mentions(quoted) + repeats
    unquoted += acronyms_before_articles(text, taken)
    unquoted += curated_acronyms(text, taken + [(m.start, m.end) for m in unquoted])
    aliases += attach_aliases(text, unquoted)
    defined = {(m.start, m.end) for m in aliases}
    names = [m for m in quoted + unquoted if (m.start, m.end) not in defined]
    names = paren_full_names(text, names)
    names = possessive_country_names(text, names)
    return sorted(numbers + aliases + names, key=lambda m: (m.start, -m.end))


def scan_instruments(text: str) -> list[Instrument]:
    """Instruments of a document, merged by name, alias and number; ids in order of first mention."""
    mentions = collect_mentions(text)
    registry = Registry(text)
    # Strong names first (quoted, numbered, their aliases) so that unquoted
    # short forms merge into them; aliases of unquoted names come last.
    rank = {"quoted": 0, "alias": 0, "full": 0, "number": 1, "unquoted": 2}
    deferred: list[NameMention] = []
    for mention in sorted(mentions, key=lambda m: (rank[m.how], m.start)):
        if not register(registry, mentions, mention):
            deferred.append(mention)
        else:  # an alias waiting for this name (民訴法 after 民事訴訟法) is filed before later mentions
            deferred = [d for d in deferred if not register(registry, mentions, d)]
    for mention in deferred:
        if not register(registry, mentions, mention):
            registry.new(mention)
    repeat_mentions(text, registry.items)
    items = merge_promulgated_numbers(text, registry.items)
    return finalise(merge_glossed_acronym_treaties(merge_glossed_originals(text, merge_acronym_treaties(text, items))))
