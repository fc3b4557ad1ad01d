"""Law and instrument numbers, and the names that follow a number.

``2002年法律第66号``, ``平成27・9・30法律第76号``, the handbook form ``平17法86``, an issuer's number
(``国立国会図書館規程第三号``), Russian (``№ 374-ФЗ``, ``連邦法第236-FZ号``) and US (``Public Law 117-58``) law
numbers, Security Council resolutions by bare number and in lists (``決議第1267号、第1566号``): each is a mention of
kind ``number`` (:func:`number_mentions`) with its display form and promulgation date.  A name written after its
number in the same parentheses (``昭和22年法律第67号(地方自治法)``) is found here too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extractors.instruments.vocab import (
    GENERIC,
    INSTRUMENT_WORD,
    NAME_CHARS,
    NUM,
    OLD_FORMS,
    SPACE,
    NameMention,
    kind_of,
)
from pipeline.extractors.numerals import KANJI_NUMERAL_CHARS, NUMBER, parse_number
from pipeline.extractors.timex.absdate import ERA_OF_INITIAL, era_year

# The issuer of an ordinance or notice, kept whole in its number: 朝鮮総督府, 外務省, 内閣府,
# 国家公安委員会, 人事院, 東京都, 国立国会図書館, 内閣 and 内閣官房 (平成22年内閣告示第2号, the 常用漢字表) (a run of
# kanji ending in an office word, not preceded by kanji).
# It starts at a word boundary or right after a date (年, 日), and holds no date character itself.
_ISSUER = (
    r"(?:(?<=[年日])|(?<![一-龥々]))(?:(?![年月日])[一-龥]){0,10}?"
    r"(?:総督府|省|府|庁|委員会|院|図書館|裁判所|都|道|県|市|区|町|村|内閣|官房)"
)
_ISSUED_TYPES = "令|規則|規程|告示|訓令|通達|条例|公示"  # 国立国会図書館規程第三号: an institution's rules
# Types written without an issuer: 法律, 政令, 勅令, 制令 (Korea under Japanese rule), 条約 ...
# Meiji acts of the 太政官 (Grand Council of State) before the cabinet: 明治8年太政官達第152号,
# 明治18年太政官布告第35号. A decision of a standing body numbered as an act, as DPRK laws are adopted
# (最高人民会議常任委員会決定第1200号): 決定 with the body kept out of the span, as for 安保理決議第1718号.
_PLAIN_TYPES = (
    "連邦憲法的法律|連邦法|大統領令|法律|政令|勅令|制令|律令|条約|條約|府令|省令|規則|告示|条例|訓令|通達|決議|決定"
    "|太政官布告|太政官達"
)
# A Japanese instrument number: optional era or Western year, the kind of
# instrument, 第N号.  ``平成五年法律第八十八号``, ``2002年法律第66号``,
# ``明治40年勅令第6号``, ``昭和31年条約第26号``, ``連邦法第374号``,
# ``安保理決議第1718号`` (the name before 決議 is kept out of the number), and
# with the promulgation date in 附則 headings: ``平成一一年一二月八日法律第一五一号``, or
# dotted as law publishers print it: ``平成27・9・30法律第76号``, also with the era cut to its first
# character as law handbooks print amendment histories: ``昭三三・五・二三法律第百六十四号`` (the one-character
# era needs a numeral and a dot, so that 昭和 words and 平成 are not taken for it).
# A Western date dotted the same way, as Korean law texts print their amendment histories: ``1990.8.1法律第4239号``
# (南北交流協力に関する法律, 制定1990.8.1法律第4239号; the year's dot needs month and dot after it).
# It starts with a kanji (an era, an issuer, a type) or a numeral (a year, a month): the lookahead lets the engine skip
# kana, Latin and punctuation at once (tests/test_articles_speed.py checks it against the parsed pattern).
JP_LAW_NUMBER_RE = re.compile(
    rf"(?=[一-龥0-9０-９{KANJI_NUMERAL_CHARS}])"
    rf"(?:(?P<era>明治|大正|昭和|平成|令和|[明大昭平令](?={NUM}{SPACE}[・.])){SPACE}(?P<era_year>{NUM}){SPACE}"
    rf"(?:年|・|\.){SPACE}"
    rf"|(?P<year>[0-9０-９]{{4}}){SPACE}(?:年|\.(?=[0-9０-９]{{1,2}}\.)){SPACE})?"
    rf"(?:(?P<month>{NUMBER}){SPACE}(?:月|・|\.){SPACE}(?P<day>{NUMBER}){SPACE}日?{SPACE})?"
    rf"(?P<type>{_ISSUER}(?:{_ISSUED_TYPES})|{_PLAIN_TYPES})"
    rf"{SPACE}第{SPACE}(?P<num>{NUMBER}){SPACE}[号號]"
)
# A law number in the short form of law handbooks and 法令用語 guides: 平17法86 (平成17年法律第86号), 昭31条26
# (昭和31年条約第26号), 平18法務省令12 (the issuing ministry stays: 平成18年法務省令第12号), 平5政88.
ABBREVIATED_LAW_NUMBER_RE = re.compile(
    r"(?<![一-龥ァ-ヴ])(?P<era>[明大昭平令])(?P<era_year>[0-9０-９]{1,2})"
    r"(?P<type>法(?!務)|政|勅|条|[一-龥]{1,4}省令|府令|[一-龥]{1,6}規則)(?P<num>[0-9０-９]{1,4})(?![0-9０-９])"
)
_ABBREVIATED_TYPE = {"法": "法律", "政": "政令", "勅": "勅令", "条": "条約"}


def normalise_abbreviated_number(match: re.Match[str]) -> tuple[str, str]:
    """Display form and merge key of ``平17法86`` (the same as those of 平成17年法律第86号)."""
    era = ERA_OF_INITIAL[match.group("era")]
    kind = _ABBREVIATED_TYPE.get(match.group("type"), match.group("type"))
    when = f"{era}{_num(match.group('era_year'))}年"
    display = f"{when}{kind}第{_num(match.group('num'))}号"
    return display, f"jp:{when}{kind}:{_num(match.group('num'))}"


# A Russian federal law number: ``№ 374-ФЗ``, ``N 4-ФКЗ``.
RU_LAW_NUMBER_RE = re.compile(r"(?:№|No\.?|N)\s?(?P<num>[0-9]+)-(?P<type>ФЗ|ФКЗ)(?![А-Яа-я])")
# The same number in Japanese prose, the type in Latin or Cyrillic letters: 連邦法第236-FZ号, 連邦憲法的法律第4-ФКЗ号.
RU_LAW_NUMBER_JA_RE = re.compile(r"連邦(?:憲法的)?法(?:律)?第(?P<num>[0-9]+)[-‐－](?P<type>FKZ|FZ|ФКЗ|ФЗ)号")
_RU_TYPE = {"FZ": "ФЗ", "FKZ": "ФКЗ"}
# A United States public law: ``Public Law 117-58``, ``Pub. L. 117-58``, ``P.L. 117-58``.
US_LAW_NUMBER_RE = re.compile(r"(?:Public Law|Pub\.\s?L\.|P\.\s?L\.)\s?(?P<congress>[0-9]+)[-–](?P<num>[0-9]+)")
# A Security Council resolution by its bare number, as Diet records and document databases write it: 決議六八七
# (positional kanji digits), 決議660, 決議1695号. Three or four digits, so that a short count never passes; no year or
# slash after it (決議50/52 is a General Assembly symbol, taken by articles.UN_GA_RESOLUTION_RE).
BARE_RESOLUTION_RE = re.compile(
    r"決議[ \u3000]?(?P<num>[0-9]{3,4}|[〇一二三四五六七八九]{3,4})号?(?![0-9〇一二三四五六七八九十百千/年条項])"
)


# The next members of a list of resolutions, which name 決議 once: 決議第1267号、第1566号及び第1624号 (MOFA, the
# Japan-Russia action plan on counter-terrorism), 決議第1696号(2006)・第1737号(2006) (a member's year glossed after
# it, http://www.issue.net/~sun/sc/2008/1803.html; in kanji in the gazette's translations: 決議第八百二十五号
# (千九百九十三年)、第千五百四十号(二千四年), ja.wikisource 国際連合安全保障理事会決議第二千二百七十号…に関する件):
# each member is a resolution number of its own.
LISTED_NUMBER_RE = re.compile(
    r"(?:[(（](?:[0-9]{4}|[〇一二三四五六七八九十百千]{2,8}年)[)）])?"
    rf"(?:、|,|・|及び|並びに|又は|と){SPACE}第{SPACE}(?P<num>{NUMBER}){SPACE}号"
)


@lru_cache(maxsize=4)
def jp_law_numbers(text: str) -> tuple[re.Match[str], ...]:
    """Every JP_LAW_NUMBER_RE match in the text. The scan is the costliest of the instrument and article passes
    (its issuer part may start at any kanji), and both passes need it, so one document is scanned once."""
    return tuple(JP_LAW_NUMBER_RE.finditer(text))


# The first number of a resolution list separated from 決議 by the alias the text defines for the resolutions:
# 国際連合安全保障理事会決議(以下「決議」という。)第1695号、第1718号…及び第2356号 (the MOFA/MOF/METI notices on
# asset freezes against North Korea). The member 第1695号 is a resolution number, never an item of an article.
ALIASED_RESOLUTION_RE = re.compile(
    rf"決議[(（]以下[、,]?「[^「」\n]{{1,10}}」という。?[)）]{SPACE}(?P<head>第{SPACE}(?P<num>{NUMBER}){SPACE}号)"
)


def _resolution_heads(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, display, key) of every 決議第N号 that may open a list; display and key only for an aliased head
    (ALIASED_RESOLUTION_RE), which is a row of its own here (a plain head is one already)."""
    heads = [(h.start(), h.end(), "", "") for h in jp_law_numbers(text) if h.group("type") == "決議"]
    for match in ALIASED_RESOLUTION_RE.finditer(text):
        num = parse_number(match.group("num"))
        heads.append((match.start("head"), match.end(), f"決議第{num}号", f"jp:決議:{num}"))
    return heads


def listed_resolutions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, display, key) of every list member after a 決議第N号 that does not repeat 決議, and of an
    aliased head (ALIASED_RESOLUTION_RE)."""
    found: list[tuple[int, int, str, str]] = []
    for head in _resolution_heads(text):
        if head[2]:
            found.append(head)
        end = head[1]
        while (member := LISTED_NUMBER_RE.match(text, end)) is not None:
            num = parse_number(member.group("num"))
            found.append((member.start("num") - 1, member.end(), f"決議第{num}号", f"jp:決議:{num}"))
            end = member.end()
    return found


def bare_resolution_number(match: re.Match[str]) -> tuple[str, str]:
    """Display and merge key of ``決議六八七``: those of 決議第687号, so that both forms are one resolution."""
    num = parse_number(match.group("num"))
    return f"決議第{num}号", f"jp:決議:{num}"


# A date right before a name: 1996年11月28日付の「...」, 2024年11月9日、連邦法...
DATE_BEFORE_RE = re.compile(r"(?P<y>[0-9]{4})年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日(?:付(?:け)?の?|の|、|に)?\s?$")
# The Russian form: от 09.11.2024 before the number.
RU_DATE_RE = re.compile(r"от\s(?P<d>[0-9]{2})\.(?P<m>[0-9]{2})\.(?P<y>[0-9]{4})\s?$")


def _num(surface: str | None) -> int | None:
    return None if surface is None else parse_number(surface)


def normalise_jp_number(match: re.Match[str]) -> tuple[str, str]:
    """Display form (Arabic numerals) and merge key of a Japanese law number."""
    era, era_year, year = match.group("era"), match.group("era_year"), match.group("year")
    era = ERA_OF_INITIAL.get(era, era) if era else era
    kind, num = match.group("type").translate(OLD_FORMS), _num(match.group("num"))
    when = f"{era}{_num(era_year)}年" if era else (f"{_num(year)}年" if year else "")
    display = f"{when}{kind}第{num}号"
    if kind in ("連邦法", "連邦憲法的法律"):
        key = f"ru:{'ФКЗ' if kind == '連邦憲法的法律' else 'ФЗ'}:{num}"
    else:
        key = f"jp:{when}{kind}:{num}"
    return display, key


def _promulgated(match: re.Match[str]) -> str | None:
    """ISO date of ``平成一一年一二月八日法律第一五一号`` (the promulgation date the number carries)."""
    if not match.group("month"):
        return None
    if match.group("era"):
        era = match.group("era")
        year = era_year(ERA_OF_INITIAL.get(era, era), _num(match.group("era_year")) or 1)
    elif match.group("year"):
        year = _num(match.group("year")) or 0
    else:
        return None
    return f"{year:04d}-{_num(match.group('month')) or 0:02d}-{_num(match.group('day')) or 0:02d}"


def date_before(text: str, start: int) -> str | None:
    window = text[max(0, start - 24) : start]
    match = DATE_BEFORE_RE.search(window) or RU_DATE_RE.search(window)
    if match is None:
        return None
    return f"{int(match.group('y')):04d}-{int(match.group('m')):02d}-{int(match.group('d')):02d}"


def number_mentions(text: str) -> list[NameMention]:
    found: list[NameMention] = []
    for match in jp_law_numbers(text):
        display, key = normalise_jp_number(match)
        kind = "resolution" if match.group("type") == "決議" else kind_of(match.group("type").translate(OLD_FORMS))
        date = _promulgated(match) or date_before(text, match.start())
        found.append(NameMention(match.start(), match.end(), display, "number", kind, display, key, date))
    for match in ABBREVIATED_LAW_NUMBER_RE.finditer(text):
        display, key = normalise_abbreviated_number(match)
        found.append(NameMention(match.start(), match.end(), display, "number", kind_of(display), display, key))
    for match in RU_LAW_NUMBER_RE.finditer(text):
        display = f"{match.group('num')}-{match.group('type')}"
        key = f"ru:{match.group('type')}:{match.group('num')}"
        found.append(NameMention(match.start(), match.end(), display, "number", "law", display, key,
                                 date_before(text, match.start())))  # fmt: skip
    for match in US_LAW_NUMBER_RE.finditer(text):
        display = f"Public Law {match.group('congress')}-{match.group('num')}"
        key = f"us:pl:{match.group('congress')}-{match.group('num')}"
        found.append(NameMention(match.start(), match.end(), display, "number", "law", display, key))
    for match in RU_LAW_NUMBER_JA_RE.finditer(text):
        display, key = ru_number_ja(match)
        found.append(NameMention(match.start(), match.end(), display, "number", "law", display, key))
    for match in BARE_RESOLUTION_RE.finditer(text):
        display, key = bare_resolution_number(match)
        found.append(NameMention(match.start(), match.end(), display, "number", "resolution", display, key))
    for start, end, display, key in listed_resolutions(text):
        found.append(NameMention(start, end, display, "number", "resolution", display, key))
    return found


def ru_number_ja(match: re.Match[str]) -> tuple[str, str]:
    """Display (as written: ``236-FZ``) and merge key (that of ``№ 236-ФЗ``) of ``連邦法第236-FZ号``."""
    kind = match.group("type")
    return f"{match.group('num')}-{kind}", f"ru:{_RU_TYPE.get(kind, kind)}:{match.group('num')}"


# A name that follows its number in the same parentheses, as commentary writes an old or renamed law:
# 法例(明治23年法律第97号、旧法例), 昭和22年法律第67号(地方自治法); いわゆる may stand before it. The name is a run
# of name characters closed by the parenthesis, ending in an instrument word or 法例 (the pre-2006 conflicts statute).
NAME_AFTER_NUMBER_RE = re.compile(rf"(?:[、，]|[(（])(?:いわゆる)?(?P<name>[{NAME_CHARS}]{{2,30}})[)）]")
NAME_AFTER_NUMBER_END_RE = re.compile(rf"(?:{INSTRUMENT_WORD}|法例)$")
# Words that stand after a number but name no instrument of their own (同法 is an anaphor, 抄 an excerpt mark).
_NOT_NAME_AFTER_NUMBER = frozenset({"同法", "本法", "新法", "旧法", "この法律", "抄"})


def named_after_numbers(text: str, numbers: list[NameMention]) -> list[NameMention]:
    """Names written after their number inside one pair of parentheses: the number's instrument is that name."""
    found: list[NameMention] = []
    for number in numbers:
        match = NAME_AFTER_NUMBER_RE.match(text, number.end)
        if match is None or (match.group(0)[0] in "(（" and number.start and text[number.start - 1] in "(（"):
            continue  # (平成5年法律第88号)(抄): a second pair after a closed one is no name of the number
        name = match.group("name")
        if name in _NOT_NAME_AFTER_NUMBER or name in GENERIC or not NAME_AFTER_NUMBER_END_RE.search(name):
            continue
        kind = kind_of(name) if kind_of(name) != "other" else number.kind
        start = match.start("name")
        found.append(NameMention(start, match.end("name"), name, "quoted", kind, number.number, number.number_key,
                                 number.date))  # fmt: skip
    return found
