"""Names glued together where a page's table or infobox lost its separators, or where Japanese news writes a
person before the body or country whose office follows (江沢民中国共産党総書記, ウラジーミル・プーチンロシア大統領).

The model and the title rules read such a run as one span; a listed body or place that starts inside it at a
token boundary, right after a word UniDic tags as a person's name, ends the person there.  Ordinary compounds
never split this way: their first part is no person's name (中国共産党, ロシア連邦議会).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extractors.names.gazetteer import Gazetteer
from pipeline.extractors.names.vocab import Candidate, Tokens

# UniDic's tag prefix of a person's (sur)name token: 江|沢民 (姓, 名), ウラジーミル・プーチン (人名-一般).
PERSON_TAG = "名詞-固有名詞-人名"
# UniDic's tag prefix of a proper noun: the listed name after the person opens with one (中国|共産党, ロシア), where a
# person's own cabinet or regime opens with a common noun (第2次安倍|内閣: one body).
PROPER_NOUN_TAG = "名詞-固有名詞"
# The party a Chinese or Korean leader's title names after the person (習近平党総書記, 胡錦涛党総書記): 党 opens
# the title, never ends the name.
PARTY_BEFORE_TITLE = "党"


def split_glued(candidates: list[Candidate], text: str, gaz: Gazetteer, toks: Tokens) -> list[Candidate]:
    """Every chosen candidate, a person glued to a listed body or place cut into the two mentions."""
    out: list[Candidate] = []
    for candidate in candidates:
        out.extend(_split(candidate, text, gaz, toks))
    return sorted(out, key=lambda c: (c.start, c.end))


def _split(c: Candidate, text: str, gaz: Gazetteer, toks: Tokens) -> list[Candidate]:
    """The person and the body or place of one glued span, or the span itself."""
    if c.type not in ("PERSON", "ORG"):
        return [c]
    if c.type == "PERSON" and c.end - c.start > 3 and text[c.end - 1] == PARTY_BEFORE_TITLE:
        return [replace(c, end=c.end - 1, title=PARTY_BEFORE_TITLE + c.title if c.title else None)]
    for index in toks.covering(c.start, c.end):
        cut = toks.ends[index]
        if cut - c.start < 2 or c.end - cut < 2 or cut not in toks.start_set:
            continue
        listed = gaz.lookup(text[cut : c.end])
        if (
            listed
            and listed[0] in ("ORG", "PLACE")
            and toks.tags[index].startswith(PERSON_TAG)
            and toks.tags[index + 1].startswith(PROPER_NOUN_TAG)
        ):
            person = Candidate(c.start, cut, "PERSON", c.rule, None, c.title if c.type == "PERSON" else None)
            return [person, Candidate(cut, c.end, listed[0], "known", listed[1])]
    return [c]


# A Cyrillic letter: the model's spans in a Russian title or gloss (Договор о ... Между Российской Федерацией).
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LISTED_RULES = frozenset({"gaz", "gazword", "known"})


def without_cyrillic_title_runs(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Candidates without a model span of Cyrillic words that holds a listed name inside it: Russian capitalises
    every word of a treaty's title (Сотрудничестве Между Российской Федерацией), so the words before the state's
    name are the title's, and the listed name alone is the mention."""
    listed = [c for c in candidates if c.rule in LISTED_RULES]
    return [c for c in candidates if not _title_run(c, listed, text)]


def _title_run(c: Candidate, listed: list[Candidate], text: str) -> bool:
    if c.rule != "model" or not CYRILLIC.search(text, c.start, c.end):
        return False
    return any(c.start <= x.start and x.end <= c.end and (x.start, x.end) != (c.start, c.end) for x in listed)


# UniDic's tag prefix of a common noun: 飛び地, 首都, 港湾都市 before a place's name are words, not the name's.
COMMON_NOUN_TAG = "名詞-普通名詞"


def without_common_nouns_before_places(
    candidates: list[Candidate], text: str, toks: Tokens, gaz: Gazetteer
) -> list[Candidate]:
    """Candidates without a model place that is common nouns then a listed city or region (飛び地カリーニングラード):
    the nouns describe the place, and the listed place alone is the mention.  Before a state they name one of its
    forms (帝政ロシア), so those stay whole."""
    listed = [
        c
        for c in candidates
        if c.rule in LISTED_RULES and c.type == "PLACE" and not gaz.is_state(text[c.start : c.end])
    ]
    spans = {(c.start, c.end) for c in listed}
    return [c for c in candidates if not _described_place(c, listed, spans, toks)]


def _described_place(c: Candidate, listed: list[Candidate], spans: set[tuple[int, int]], toks: Tokens) -> bool:
    if c.rule != "model" or c.type != "PLACE" or (c.start, c.end) in spans:
        return False
    for place in listed:
        if place.end == c.end and place.start - c.start >= 2 and place.start in toks.start_set:
            words = toks.covering(c.start, place.start)
            if toks.starts[words[0]] == c.start and all(toks.tags[i].startswith(COMMON_NOUN_TAG) for i in words):
                return True
    return False
