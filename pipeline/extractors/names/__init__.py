"""Names: people, organisations and places, found by rules + gazetteers + a small NER, then linked.

Precise rules come first because they carry what a statistical model does not
give: the title of a person (``プーチン大統領`` -> name ``プーチン``, title
``大統領``), readings in parentheses (``金正恩(キム・ジョンウン)``, an alias, never a
mention), country abbreviations (``朝ロ`` -> two countries, ``日・モンテネグロ首脳会談`` -> 日), and a
person before the office held (``谷内国家安全保障局長`` -> 谷内: a UniDic surname, or a word UniDic also
reads as one, then office words up to a head token; bodies named only inside the office are no
mentions, places are).  Then the trained NER
(``names.model``), which on the validation fold is usually right where a broad
rule (gazetteer word, suffix pattern, UniDic tag) disagrees; those broad rules
fill what the model leaves and give canonical names and types to its spans.
Nothing that overlaps a law or article number or a date is a name.  A gloss of a known name
(``朝鮮民主主義人民共和国(北朝鮮)``, ``G20=主要20か国``) is an alias; a canonical name is the gazetteer's
(``米国`` -> ``アメリカ合衆国``) so that one entity has one id in every document.
``use_model=False`` (the ``ja_names`` component's ``ner="rules"``, ``--ner rules``) runs the rules only.

Within a document short forms link to the full name (``金`` / ``金正恩氏`` ->
``金正恩``, ``上川氏`` -> ``上川陽子``); across documents ``link_entities`` gives
one entity per (type, canonical).

Outline (one family of rules per module, all built on ``names.vocab``):
``_rule_candidates`` asks ``names.titles`` (name + title or post, name lists), ``names.offices`` (surname +
office), ``names.readings`` (name + reading, speakers, authors), ``names.letters`` (one-letter countries),
``names.bodies`` (head words, gazetteer, credits) and ``names.tagged`` (UniDic tags); ``names.model_spans``
cleans the NER's spans; ``names.filters`` drops what is no name; ``names.resolve`` chooses among overlaps;
``names.linking`` and ``names.cyrillic`` link the mentions of one document.
"""

from __future__ import annotations

import hashlib
import re

from pipeline.extractors.names.bodies import (
    admin_regions,
    bodies_before_acronyms,
    body_units,
    company_forms,
    diplomatic_missions,
    facilities,
    gazetteer_glosses,
    gazetteer_matches,
    long_country_forms,
    municipalities,
    news_credits,
    party_chapters,
    press_titles,
    reference_publishers,
    state_diets,
    state_organs,
    suffixed_bodies,
)
from pipeline.extractors.names.cyrillic import cyrillic_people
from pipeline.extractors.names.filters import (
    CABINET_EVENT,
    CONTEXT_ONLY,
    DEMONYM_TAIL,
    DICTIONARY_RULES,
    ERA_NAMES,
    GENERIC_BODIES,
    GENERIC_PRESS,
    GUESSED,
    INSTRUMENT_ACRONYM,
    LATIN_GLOSS,
    NAMED_PROCESSES,
    NAMED_WAR,
    NON_NAME_TAILS,
    NUMBERED,
    WEB_ADDRESS,
    after_ordinal,
    after_time_noun,
    after_whole,
    in_dotted_name,
    is_aircraft_type,
    latin_gloss_parts,
    listed_instrument_acronyms,
    names_a_law,
    names_an_event,
    reading_glosses,
    starts_word,
    without_defined_terms,
)
from pipeline.extractors.names.gazetteer import Gazetteer
from pipeline.extractors.names.gazetteer import gazetteer as shared_gazetteer  # the name `gazetteer` is the submodule
from pipeline.extractors.names.glued import (
    people_after_bodies,
    split_glued,
    without_common_nouns_before_places,
    without_cyrillic_title_runs,
)
from pipeline.extractors.names.letters import country_letter_runs, letters_after_against
from pipeline.extractors.names.linking import (
    bureaus_in_titles,
    canonical_form,
    defined_abbreviations,
    diet_and_state_bodies,
    glosses_as_aliases,
    link_bodies,
    link_people,
    prefecture_of,
    titles_of_lists,
)
from pipeline.extractors.names.model_spans import model_candidates
from pipeline.extractors.names.offices import body_officers, dotted_body_officers, family_first, office_holders
from pipeline.extractors.names.readings import (
    author_lines,
    kana_read_names,
    kanji_glossed_readings,
    official_addresses,
    places_read_after_region,
    read_names,
    spaced_bylines,
)
from pipeline.extractors.names.resolve import (
    city_meetings,
    company_not_place,
    place_before_noun,
    resolve_overlaps,
    staff_of_bodies,
    state_owned_agency,
    surnames_of_people,
    with_headquarters,
    with_repeated_people,
    without_weak_inside_bodies,
)
from pipeline.extractors.names.tagged import dotted_people, unidic_proper_nouns
from pipeline.extractors.names.titles import envoys, name_lists, names_before_posts, paired_names, titled_people
from pipeline.extractors.names.vocab import Candidate, SpanIndex, Spans, Tokens
from pipeline.nlp.tokenizer import doc_text
from pipeline.records import Entity, NameMention

# Honorifics after a person's name that the title lexicon leaves out because they follow common nouns too
# (お母さん, 同志諸君): after a name found otherwise they are its title (金正日同志, 金日成さん).
HONORIFIC = re.compile(r"同志|さん")
# A regime named after its leader (マドゥーロ体制, アサド独裁体制): after a name found otherwise it is the person's
# title, as 政権 is; alone it follows common nouns (冷戦体制, ヤルタ体制), so it is no title word of its own.
REGIME = re.compile(r"(?:独裁|軍事|強権|新)?体制")


def find_names(doc, use_model: bool = True) -> list[NameMention]:
    """Every person, organisation and place in ``doc`` (a fugashi-tokenised spaCy Doc), in text order."""
    text = doc_text(doc)  # doc.text rebuilds the text from every token on each access
    gaz = shared_gazetteer()
    toks = Tokens.of(doc)
    candidates, blocked, offices = _rule_candidates(doc, text, gaz, toks)
    blocked = blocked + reading_glosses(text)
    if use_model:
        candidates += model_candidates(doc, text, gaz, candidates, toks)
    candidates = staff_of_bodies(candidates, text, gaz, toks)
    candidates = [state_owned_agency(company_not_place(c, text), text) for c in candidates]
    candidates = city_meetings(candidates, text, gaz, toks)
    candidates = [with_headquarters(place_before_noun(c, text, gaz), text, gaz) for c in candidates]
    numbered = SpanIndex([m.span() for m in NUMBERED.finditer(text)] + [m.span() for m in WEB_ADDRESS.finditer(text)])
    wars = SpanIndex([m.span() for m in NAMED_WAR.finditer(text)])
    latin_glosses = list(LATIN_GLOSS.finditer(text))
    glossed = latin_gloss_parts(latin_glosses)
    latin = {m.span("gloss") for m in latin_glosses}
    in_latin = SpanIndex(list(latin))
    in_office = SpanIndex(offices)
    after_letters = {c.end for c in candidates if c.rule == "abbr" and c.abbreviation}  # 日朝|平壌宣言
    instruments = {m.group("acronym") for m in INSTRUMENT_ACRONYM.finditer(text)} | listed_instrument_acronyms()
    kept = [
        c
        for c in candidates
        if (
            (c.rule, c.type) not in CONTEXT_ONLY
            or starts_word(text, c.start, c.end)
            or after_time_noun(text, toks, c.start)
            or after_ordinal(text, c.start)
            or after_whole(text, c.start, c.end, gaz)
            or c.start in after_letters
        )
        and not (c.type == "ORG" and c.rule in GUESSED and in_office.overlaps(c.start, c.end))
        and not numbered.overlaps(c.start, c.end)
        and "|" not in text[c.start : c.end]  # a wiki template's field separator (…代表大会|accessdate=…)
        and not is_aircraft_type(text, c.start, c.end)
        and not names_a_law(c, text)
        and text[c.start : c.end] not in GENERIC_BODIES
        and text[c.start : c.end] not in NAMED_PROCESSES | ERA_NAMES
        and text[c.start : c.end] not in instruments
        and not GENERIC_PRESS.fullmatch(text, c.start, c.end)
        and not wars.overlaps(c.start, c.end)
        and not glossed.overlaps(c.start, c.end)
        and not (in_latin.overlaps(c.start, c.end) and (c.start, c.end) not in latin)  # ICC of (ICC Treaty)
        and not names_an_event(c, text, gaz)
        and not (c.type == "PLACE" and text.startswith(NON_NAME_TAILS, c.end))  # ロシア語: a language
        and not (c.type == "PLACE" and DEMONYM_TAIL.match(text, c.end))  # 日本人: its people
        and not (text[c.start : c.end] == "内閣" and CABINET_EVENT.match(text, c.end))
        and not (c.type == "PLACE" and c.rule in DICTIONARY_RULES and in_dotted_name(text, c.start, c.end, gaz, toks))
    ]
    kept = without_common_nouns_before_places(without_cyrillic_title_runs(kept, text), text, toks, gaz)
    chosen = surnames_of_people(resolve_overlaps(without_weak_inside_bodies(kept), blocked), text, gaz)
    chosen = split_glued(chosen, text, gaz, toks)
    chosen = without_defined_terms(with_repeated_people(chosen, text, toks, blocked), text)
    mentions = [
        NameMention(
            mention_id="",
            start=c.start,
            end=c.end,
            surface=text[c.start : c.end],
            type=c.type,
            canonical=c.canonical or prefecture_of(text[c.start : c.end], c.type, gaz) or canonical_form(text, c),
            title=c.title,
            aliases=c.aliases,
            abbreviation=c.abbreviation,
        )
        for c in chosen
    ]
    for mention in mentions:
        honorific = HONORIFIC.match(text, mention.end) or REGIME.match(text, mention.end)
        if mention.type == "PERSON" and mention.title is None and honorific:
            mention.title = honorific.group()
    mentions = bureaus_in_titles(mentions, text, gaz)
    weak = {(c.start, c.end) for c in chosen if c.weak}
    mentions = link_people(mentions, toks, weak)
    mentions = diet_and_state_bodies(mentions, text, gaz)
    link_bodies(mentions, gaz)
    mentions = glosses_as_aliases(mentions, text)
    mentions += defined_abbreviations(text, mentions)
    titles_of_lists(text, mentions)
    mentions = sorted(mentions + cyrillic_people(text, mentions), key=lambda m: m.start)
    for number, mention in enumerate(mentions, 1):
        mention.mention_id = f"N{number:04d}"
    return mentions


def _rule_candidates(doc, text: str, gaz: Gazetteer, toks: Tokens) -> tuple[list[Candidate], Spans, Spans]:
    """All rule candidates, the reading parentheses (no mention may overlap them) and the offices
    read after a surname (a body named only there is part of a title, not a mention)."""
    found: list[Candidate] = []
    blocked: list[tuple[int, int]] = []
    offices: list[tuple[int, int]] = []
    found += titled_people(toks, text, gaz, blocked)
    found += names_before_posts(toks, text, gaz)
    found += office_holders(toks, text, gaz, offices)
    found += envoys(text, gaz)
    found += name_lists(text, gaz)
    found += paired_names(text, gaz, toks)
    found += reference_publishers(text, gaz)
    found += read_names(text, gaz, toks, blocked)
    found += kanji_glossed_readings(text, toks, blocked)
    found += places_read_after_region(text, gaz, blocked)
    found += author_lines(doc, text, toks)
    found += spaced_bylines(text)
    found += suffixed_bodies(text, gaz, toks)
    found += state_organs(text, gaz, toks)
    found += state_diets(text, gaz, toks)
    found += diplomatic_missions(text, gaz)
    listed = gazetteer_matches(text, gaz, toks)
    found += listed
    found += body_units(text, listed, toks)
    found += country_letter_runs(text, gaz, toks)
    found += letters_after_against(text, gaz, toks)
    found += gazetteer_glosses(text, listed, gaz, blocked)
    found += facilities(text)
    found += admin_regions(text, toks)
    found += company_forms(text)
    found += news_credits(text, gaz)
    found += press_titles(text)
    found += official_addresses(text, toks)
    found += kana_read_names(text, toks, blocked)
    found += body_officers(text, gaz, toks)
    found += dotted_body_officers(text, gaz, offices)
    found += family_first(text, gaz)
    found += long_country_forms(text, gaz, toks)
    found += municipalities(text, gaz, toks)
    found += unidic_proper_nouns(toks, text, gaz)
    found += dotted_people(text, gaz)
    found += bodies_before_acronyms(text)
    found += party_chapters(text, gaz)
    found += people_after_bodies(found, text, toks)
    return found, blocked, offices


def entity_id(kind: str, canonical: str) -> str:
    """Stable across runs and corpora: a short hash of type and canonical name."""
    return "E" + hashlib.sha1(f"{kind}\t{canonical}".encode()).hexdigest()[:10]


def _full_names_across_documents(keys: set[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """プーチン in one document and ウラジーミル・プーチン in another are one person, when only one
    full name ends that way in the corpus (found through an index of the tails after each ・ or =)."""
    tails: dict[str, set[tuple[str, str]]] = {}
    for key in keys:
        kind, canonical = key
        if kind == "PERSON":
            for position, ch in enumerate(canonical):
                if ch in "・=":
                    tails.setdefault(canonical[position + 1 :], set()).add(key)
    merged = {}
    for kind, canonical in keys:
        if kind != "PERSON" or "・" in canonical:
            continue
        full = tails.get(canonical, set())
        if len(full) == 1:
            merged[(kind, canonical)] = next(iter(full))
    return merged


class EntityLinker:
    """``link_entities`` in two passes over the corpus, holding only its distinct names: ``add`` every
    document's mentions, then ``entities()``, then ``assign`` entity ids to each document's mentions
    (read again), so that a corpus's mentions never need to be in memory at once."""

    def __init__(self) -> None:
        self.aliases: dict[tuple[str, str], set[str]] = {}
        self.merged: dict[tuple[str, str], tuple[str, str]] | None = None

    def add(self, mentions: list[NameMention]) -> None:
        for mention in mentions:
            self.aliases.setdefault((mention.type, mention.canonical), set()).update(
                [mention.surface, *mention.aliases]
            )

    def entities(self) -> list[Entity]:
        self.merged = _full_names_across_documents(set(self.aliases))
        names: dict[tuple[str, str], set[str]] = {}
        for key, aliases in self.aliases.items():
            names.setdefault(self.merged.get(key, key), set()).update(aliases)
        return [
            Entity(entity_id=entity_id(kind, canonical), canonical=canonical, type=kind, aliases=sorted(aliases))
            for (kind, canonical), aliases in sorted(names.items(), key=lambda item: entity_id(*item[0]))
        ]

    def assign(self, mentions: list[NameMention]) -> list[NameMention]:
        merged = self.merged or {}
        for mention in mentions:
            key = (mention.type, mention.canonical)
            mention.entity_id = entity_id(*merged.get(key, key))
        return mentions


def link_entities(names_by_doc: dict[str, list[NameMention]]) -> list[Entity]:
    """One entity per (type, canonical) over the corpus; sets ``entity_id`` on every mention."""
    linker = EntityLinker()
    for doc_id in sorted(names_by_doc):
        linker.add(names_by_doc[doc_id])
    entities = linker.entities()
    for mentions in names_by_doc.values():
        linker.assign(mentions)
    return entities
