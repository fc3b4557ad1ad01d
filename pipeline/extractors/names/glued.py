"""Names glued together where a page's table or infobox lost its separators, or where Japanese news writes a
person before the body or country whose office follows (江沢民中国共産党総書記, ウラジーミル・プーチンロシア大統領).

The model and the title rules read such a run as one span; a listed body or place that starts inside it at a
token boundary, right after a word UniDic tags as a person's name, ends the person there.  Ordinary compounds
never split this way: their first part is no person's name (中国共産党, ロシア連邦議会).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from pipeline.extractors.names.gazetteer import Gazetteer
from pipeline.extractors.names.vocab import ORG_HEADS, WHOLE_TITLE, Candidate, Tokens

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
    if c.type == "ORG" and (parts := _affiliated_person(c, text, gaz, toks) or _plenary(c, text, gaz)):
        return parts
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


# A body's name ends in one of its heads (東京大学, 防衛研究所): after it a person may follow with no particle.
BODY_END = re.compile(rf"(?:{ORG_HEADS}|大学校)$")
# The longest person's name between an affiliation and a title (高見澤將林: a surname and a given name).
_MAX_PERSON = 5


def people_after_bodies(candidates: list[Candidate], text: str, toks: Tokens) -> list[Candidate]:
    """恵泉女学園大学李泳采客員教授: after a body ending in one of its heads, a surname token UniDic tags and a
    lexicon title to the end of the word make the person between them, titled."""
    found = []
    for c in candidates:
        if c.type == "ORG" and c.end in toks.start_set and BODY_END.search(text, c.start, c.end):
            found += _person_then_title(text, toks, c.end)
    return found


def _person_then_title(text: str, toks: Tokens, start: int) -> list[Candidate]:
    """The person starting at ``start`` (a surname token) whose name a lexicon title closes, or nothing."""
    index = bisect_left(toks.starts, start)
    if index >= len(toks.starts) or toks.starts[index] != start or not toks.tags[index].endswith("人名-姓"):
        return []
    for cut in range(start + 2, start + _MAX_PERSON + 1):
        title = WHOLE_TITLE.match(text, cut) if cut in toks.start_set else None
        if title and title.end() in toks.end_set:
            return [Candidate(start, cut, "PERSON", "person", None, title.group())]
    return []


def _affiliated_person(c: Candidate, text: str, gaz: Gazetteer, toks: Tokens) -> list[Candidate]:
    """東京大学高見澤將林客員教授, read as one body: the affiliation (a body's head ends it), the person (from a
    surname token UniDic tags) and the title (a lexicon title to the span's end), as the gold splits a person
    after the body (横浜国立大学の吉岡克成教授) when the の is left out."""
    for index in toks.covering(c.start, c.end):
        start = toks.starts[index]
        if start - c.start < 2 or not toks.tags[index].endswith("人名-姓"):
            continue
        body = text[c.start : start]
        listed = gaz.lookup(body)
        if not (BODY_END.search(body) or (listed and listed[0] == "ORG")):
            continue
        for cut in range(start + 2, min(start + _MAX_PERSON, c.end - 1) + 1):
            if cut in toks.start_set and WHOLE_TITLE.fullmatch(text, cut, c.end):
                person = Candidate(start, cut, "PERSON", c.rule, None, text[cut : c.end])
                return [Candidate(c.start, start, "ORG", "known", listed[1] if listed else None), person]
    return []


# A chamber's plenary sitting (衆議院本会議, 参院本会議): the sitting is no body, the chamber is the mention.
PLENARY = "本会議"


def _plenary(c: Candidate, text: str, gaz: Gazetteer) -> list[Candidate]:
    """The listed chamber of a ``…本会議`` span, or nothing."""
    if not text.startswith(PLENARY, c.end - len(PLENARY)):
        return []
    listed = gaz.lookup(text[c.start : c.end - len(PLENARY)])
    if not listed or listed[0] != "ORG":
        return []
    return [Candidate(c.start, c.end - len(PLENARY), "ORG", "known", listed[1])]
