"""Instruments named in other languages: Russian and English titles, EU acts.

Russian titles in quotes (``"О ..."``, ``«Договор ...»``) and a Russian instrument named by its noun and state in
any case (Конституции Российской Федерации); English titles as treaty texts give them (the Charter of the United
Nations), read only where the text is not Japanese prose; EU directives and regulations by their number
(Directive 95/46/EC, 規則(EU) 2016/679), which identifies the act in any language.
"""

from __future__ import annotations

import re

from pipeline.extractors.instruments.vocab import EN_INSTRUMENT_WORD_RE, NAME_CHARS, NameMention, kind_of

# A Russian title in typographic or straight quotes.
RU_TITLE_RE = re.compile(r"\"(?P<body>[^\"\n]{5,300})\"|«(?P<gbody>[^«»\n]{5,300})»|“(?P<cbody>[^“”\n]{5,300})”")
_RU_TITLE_START = ("Договор", "Соглашение", "Конвенция", "Протокол", "Устав", "О ")


# EU acts are named by their number: 指令95/46/EC, 指令 95/46/EC, 規則(EU) 2016/679, 規則 (EC) No 45/2001,
# Directive 95/46/EC, Regulation (EU) 2016/679, Decision No 1247/2002/EC. The number (year/serial, or serial/year
# before 2015, maybe the legal order) identifies the act in any language: a Japanese and an English mention are one.
EU_ACT_RE = re.compile(
    r"(?:(?P<ja>指令|規則|決定)|(?P<en>Directive|Regulation|Decision)\s)"
    r"[ \u3000]?(?:[(（](?:EU|EC|EEC|EU,\s?Euratom)[)）][ \u3000]?)?(?:No\.?\s?|第)?"
    r"(?P<num>[0-9]{1,4}/[0-9]{1,4})(?P<order>/(?:EC|EEC|EU|CE|EU,\s?Euratom))?(?![0-9/])"
)
_EU_KIND = {"指令": "directive", "Directive": "directive", "規則": "regulation", "Regulation": "regulation",
            "決定": "decision", "Decision": "decision"}  # fmt: skip


def eu_acts(text: str) -> list[NameMention]:
    """EU directives, regulations and decisions named by number (see EU_ACT_RE), as strong as quoted names."""
    found = []
    for match in EU_ACT_RE.finditer(text):
        kind = _EU_KIND[match.group("ja") or match.group("en")]
        number = match.group("num") + (match.group("order") or "")
        key = f"eu:{kind}:{match.group('num')}"
        found.append(NameMention(match.start(), match.end(), match.group(0), "quoted", kind, number, key))
    return found


def russian_mentions(text: str, numbers: list[NameMention]) -> list[NameMention]:
    """Russian titles: after a ``№ N-ФЗ`` number (the law's title) or starting with Договор etc."""
    found: list[NameMention] = []
    for match in RU_TITLE_RE.finditer(text):
        group = next(g for g in ("body", "gbody", "cbody") if match.group(g) is not None)
        body = match.group(group).rstrip(", ")
        before = [
            m for m in numbers if 0 <= match.start() - m.end <= 2 and m.number_key and m.number_key.startswith("ru:")
        ]
        if not before and not body.startswith(_RU_TITLE_START[:-1]):
            continue
        numbered = before[0] if before else None
        start = match.start() + 1
        found.append(NameMention(start, start + len(body), body, "quoted", numbered.kind if numbered else kind_of(body),
                                 numbered.number if numbered else None,
                                 numbered.number_key if numbered else None,
                                 numbered.date if numbered else None))  # fmt: skip
    return found


# A Russian instrument named by its noun and its state or organisation, in any case and in capitals: Конституцию
# Российской Федерации, КОНСТИТУЦИИ РОССИЙСКОЙ ФЕДЕРАЦИИ, Устава ООН, Гражданского кодекса is left to quoted titles.
RU_NAMED_RE = re.compile(
    r"(?<![А-Яа-яЁё])(?P<noun>Конституци(?:я|и|ю|ей)|Устав(?:а|е|у|ом)?)\s"
    r"(?P<owner>Российской\s+Федерации|России|РФ|СССР|Организации\s+Объедин[её]нных\s+Наций|ООН)(?![А-Яа-яЁё])",
    re.IGNORECASE,
)
_RU_NOMINATIVE = {"конституци": "Конституция", "устав": "Устав"}


def russian_named(text: str) -> list[NameMention]:
    """Russian names in oblique cases or capitals, filed under the nominative (Конституция Российской Федерации)."""
    found: list[NameMention] = []
    for match in RU_NAMED_RE.finditer(text):
        noun = next(v for k, v in _RU_NOMINATIVE.items() if match.group("noun").lower().startswith(k))
        owner = re.sub(r"\s+", " ", match.group("owner"))
        owner = owner if len(owner) <= 4 else " ".join(w.capitalize() for w in owner.lower().split())
        name = f"{noun} {owner}"
        found.append(NameMention(match.start(), match.end(), name, "quoted", kind_of(name)))
    return found


# English titles, as treaty texts and English commentary give them: the Charter of the United Nations, the
# International Covenant on Economic, Social and Cultural Rights, Japan's Penal Code. A title is a run of capitalised
# words joined by the lower-case words titles use (of, on, the, and ...); a comma only inside a series closed by
# and (Economic, Social and Cultural). It names an instrument when one of its words is an instrument word.
_EN_CAP = r"(?!Articles?\b|Art\.)[A-Z][A-Za-z.’'\-]*[A-Za-z]"
_EN_SERIES = rf"{_EN_CAP}(?:, {_EN_CAP})+,? and {_EN_CAP}"
_EN_LINK = r"(?:of|on|the|and|for|to|in|with|between|against|relating to|concerning)"
EN_TITLE_RE = re.compile(
    rf"(?<![A-Za-z])(?P<name>(?:{_EN_SERIES}|{_EN_CAP})(?: (?:{_EN_LINK} )*(?:{_EN_SERIES}|{_EN_CAP}))*)"
)
# Leading words that are no part of a title: the article (The Constitution), a sentence opener (WHEREAS).
EN_LEADING_RE = re.compile(r"^(?:(?:The|THE|WHEREAS|Whereas|And|But|Under|In|As|By) )+")


LATIN_LETTER_RE = re.compile("[A-Za-z]")
JAPANESE_CHAR_RE = re.compile(f"[ぁ-ん{NAME_CHARS}]")


def _english_text(text: str) -> bool:
    """Whether the text is English prose: more Latin letters than Japanese characters. A Japanese text's English
    glosses (北大西洋条約の第5条(Article 5 of the North Atlantic Treaty)) name its Japanese instruments again."""
    return len(LATIN_LETTER_RE.findall(text)) > len(JAPANESE_CHAR_RE.findall(text))


def english_named(text: str) -> list[NameMention]:
    """English instrument titles of an English text (see EN_TITLE_RE); a bare instrument word (the Convention)
    names none."""
    found: list[NameMention] = []
    english: bool | None = None  # _english_text(text), counted only once a title is found (most texts have none)
    for match in EN_TITLE_RE.finditer(text):
        lead = EN_LEADING_RE.match(match.group("name"))
        name = match.group("name")[lead.end() if lead else 0 :]
        if " " not in name or EN_INSTRUMENT_WORD_RE.search(name) is None:
            continue
        if english is None:
            english = _english_text(text)
        if not english:
            return found
        start = match.end() - len(name)
        found.append(NameMention(start, match.end(), name, "unquoted", kind_of(name)))
    return found
