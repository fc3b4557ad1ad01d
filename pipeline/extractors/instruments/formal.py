"""Formal titles: a treaty's title naming its parties, official names, title lines, amending titles.

日本国との平和条約 and 日米間の相互協力及び安全保障条約 (titles built on the states they are made with); the
official name after 正式名称は (quoted or not); the first line of a statute page, whatever words it holds, and a
title line with a space between the country and the name; and the act an amending act's title amends
(自衛隊法の一部を改正する法律 → 自衛隊法, :func:`amended_name`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pipeline.extractors.instruments.unquoted import ITSELF_AFTER, WORDING_AFTER
from pipeline.extractors.instruments.vocab import (
    ARTICLE_AFTER,
    INSTRUMENT_WORD,
    KANJI,
    NAME_CHARS,
    OLD_FORMS,
    NameMention,
    kind_of,
)
from pipeline.extractors.instruments.words import COUNTRY_INITIALS, COUNTRY_PAIR_RE, country_head

# A treaty title naming the state it is made with: 日本国との平和条約, and with both parties
# 日本国とソヴィエト社会主義共和国連邦との共同宣言. The party's formal name (three characters or more, ending in
# 国/連邦), との, and a run of name characters ending in a treaty word. An informal party (中国との協定,
# ロシアとの平和条約) gives a description, not a title; nor is the head of a longer title one
# (日本国との平和条約に基づき日本の国籍を離脱した者等の出入国管理に関する特例法).
PARTNER_TITLE_RE = re.compile(
    rf"(?<![{NAME_CHARS}])(?P<name>(?:[{NAME_CHARS}]{{2,20}}と)?(?P<party>[{NAME_CHARS}]{{3,20}})との(?!間)"
    rf"[{NAME_CHARS}]{{1,20}}?(?:条約|協定|議定書|宣言))(?={ARTICLE_AFTER}|[^{NAME_CHARS}]|$)"
    r"(?!に基づ|に関す|に伴|の実施に|の規定に基づ)"
)


def _titles_outside(
    pattern: re.Pattern[str], accept: Callable[[re.Match[str]], bool], text: str, known: list[NameMention]
) -> list[NameMention]:
    """Unquoted titles: the ``name`` group of each match of ``pattern`` that ``accept`` takes and that
    overlaps no name found before."""
    found: list[NameMention] = []
    for match in pattern.finditer(text):
        (start, end), name = match.span("name"), match.group("name")
        if not accept(match) or any(start < m.end and m.start < end for m in known):
            continue
        found.append(NameMention(start, end, name, "unquoted", kind_of(name)))
    return found


def _formal_party(match: re.Match[str]) -> bool:
    """The party of a PARTNER_TITLE_RE match is a state's formal name (UniDic: a country word first)."""
    party = match.group("party")
    return party.endswith(("国", "連邦")) and bool(country_head(party))


def partner_titles(text: str, known: list[NameMention]) -> list[NameMention]:
    """Titles of PARTNER_TITLE_RE whose party is a state's formal name."""
    return _titles_outside(PARTNER_TITLE_RE, _formal_party, text, known)


# A treaty title opened by the pair of states it is made between, abbreviated (日米間の相互協力及び安全保障条約,
# 日韓間の漁業協定, 日中両国間の平和友好条約): a Diet speaker's short form of …との間の… titles. Between 間の and the
# treaty word stand name characters (and 及び/並びに/に関する joining them), two at least: 日米間の条約 is a
# description, not a title. The title may be followed by 自体/全体 (条約自体と).
COUNTRY_PAIR_TITLE_RE = re.compile(
    rf"(?<![{NAME_CHARS}])(?P<name>(?:[{COUNTRY_INITIALS}]{{0,3}}両国|[{COUNTRY_INITIALS}]{{2,3}})間の"
    rf"(?P<body>(?:[{NAME_CHARS}]|及び|並びに|に関する)+?)(?:条約|協定|議定書|取極|宣言))"
    rf"(?={ARTICLE_AFTER}|{ITSELF_AFTER}|{WORDING_AFTER}|[^{NAME_CHARS}]|$)"
)


def _paired_states(match: re.Match[str]) -> bool:
    """A COUNTRY_PAIR_TITLE_RE match opens with a pair of country letters or 両国 and has a title body."""
    name = match.group("name")
    paired = COUNTRY_PAIR_RE.match(name) is not None or "両国" in name[:5]
    return paired and len(match.group("body")) >= 2


def country_pair_titles(text: str, known: list[NameMention]) -> list[NameMention]:
    """Titles of COUNTRY_PAIR_TITLE_RE (not inside a name found before)."""
    return _titles_outside(COUNTRY_PAIR_TITLE_RE, _paired_states, text, known)


# An official title given unquoted after 正式名称は, as encyclopaedias write it, which may hold quotes of its own and
# old character forms: 正式名称は大日本帝國及「ソヴィエト」社會主義共和國聯邦間中立條約。 (A quoted title is a
# quoted name already.)
OFFICIAL_NAME_RE = re.compile(
    rf"正式名称(?:は|で|[:：])[ \u3000]?(?![「『])"
    rf"(?P<name>[^。\n()（）]{{4,80}}?(?:{INSTRUMENT_WORD}|條約))(?=[。、,，()（）\n]|$|と(?:いう|いい|言))"
)


# The words introducing a quoted official title in running text: リスボン条約は、正式名称を「欧州連合条約および…を
# 修正する条約」といい; 正式名称は『日本国と…との共同宣言』. The title is the full name of the instrument named
# just before.
OFFICIAL_QUOTE_BEFORE_RE = re.compile(r"正式(?:名称|名)(?:を|は|が|で|[:：])[、 \u3000]?$")


def official_quoted(text: str, quoted: list[NameMention]) -> list[NameMention]:
    """Quoted names after 正式名称を/は become full names (how="full"), filed under the name before them."""
    return [
        replace(m, how="full")
        if m.how == "quoted" and OFFICIAL_QUOTE_BEFORE_RE.search(text, max(0, m.start - 8), m.start - 1)
        else m
        for m in quoted
    ]


def official_names(text: str) -> list[NameMention]:
    """Unquoted official titles after 正式名称は: the full name of the instrument named just before (how="full")."""
    found = []
    for match in OFFICIAL_NAME_RE.finditer(text):
        name = match.group("name")
        found.append(
            NameMention(match.start("name"), match.end("name"), name, "full", kind_of(name.translate(OLD_FORMS)))
        )
    return found


# The first line of a statute page is the statute's title, however long and whatever words it holds (日本国との平和
# 条約に基づき日本の国籍を離脱した者等の出入国管理に関する特例法, 出入国管理及び難民認定法, 法の適用に関する通則法):
# one line, no punctuation, quotes or spaces inside, ending in an instrument word.
# Law sites may print the short name after the title on its line: 法の適用に関する通則法   略称 通則法 (as
# jplaws.app prints 略称: 農地バンク法 on the line below).
TITLE_LINE_NAME_RE = re.compile(
    rf"\A[ \u3000\n]*(?P<name>(?:[{NAME_CHARS}ぁ-ん]|(?<=[的な])、){{4,80}}?(?:{INSTRUMENT_WORD}))"
    rf"(?:[ \u3000]+略称[:：]?[ \u3000]*(?P<short>[{NAME_CHARS}]{{2,30}}))?[ \u3000]*(?:\n|\Z)"
)


def with_title_line(text: str, quoted: list[NameMention]) -> list[NameMention]:
    """The title line as one name; names found inside it (平和条約 in the 特例法's title) are parts of it."""
    match = TITLE_LINE_NAME_RE.match(text)
    if match is None or not re.search(f"[{KANJI}]", match.group("name")[:1]):
        return quoted
    start, end = match.span("name")
    name = match.group("name")
    if any((m.start, m.end) == (start, end) for m in quoted):
        kept = list(quoted)
    else:
        kept = [m for m in quoted if not (start <= m.start and m.end <= end)]
        kept.append(NameMention(start, end, name, "quoted", kind_of(name)))
    if match.group("short"):  # 略称 通則法: the short name is an alias of the title
        short = match.group("short")
        kept.append(
            NameMention(match.start("short"), match.end("short"), short, "alias", kind_of(short), owner_end=end)
        )
    return kept


# A statute's title on its own line with a space between the country and the name, as pages copying a foreign
# statute print it: 朝鮮民主主義人民共和国 タバコ統制法 (one name; the part before the space must be a country).
SPACED_TITLE_LINE_RE = re.compile(
    rf"^(?P<country>[{KANJI}]{{2,12}})[ \u3000](?P<name>[{NAME_CHARS}]{{2,30}}?(?:{INSTRUMENT_WORD}))[ \u3000]*$",
    re.MULTILINE,
)


def spaced_title_lines(text: str, quoted: list[NameMention]) -> list[NameMention]:
    """Title lines 'COUNTRY NAME': the whole line one mention of the country's name (the space is the page's)."""
    found = []
    for match in SPACED_TITLE_LINE_RE.finditer(text):
        inside_quoted = any(m.start < match.end() and match.start() < m.end for m in quoted)
        if inside_quoted or not country_head(match.group("country")):
            continue
        name = match.group("country") + match.group("name")
        found.append(NameMention(match.start(), match.end("name"), name, "unquoted", kind_of(name)))
    return found


# The title of an amending act names the act it amends: 自衛隊法の一部を改正する法律 amends 自衛隊法. So does the
# outline of its bill, whose (第10条第1項関係) notes name the amended act's provisions: 外国為替及び外国貿易法の一部を
# 改正する法律案要綱 (衆議院, 第159回国会).
AMENDING_TITLE_RE = re.compile(
    r"^(?P<law>[^の]{2,60}?(?:法|法律|令|規則|条例))の(?:一部|全部)?を改正する(?:法律|政令|省令|府令|規則|条例)"
    r"(?:案要綱)?$"
)


def amended_name(title: str) -> str | None:
    """The name of the act an amending act amends, or None when the title is not an amending act's."""
    match = AMENDING_TITLE_RE.match(title)
    return match.group("law") if match else None


def amended_mentions(titles: list[NameMention]) -> list[NameMention]:
    """The amended act inside each amending act's title, a mention of its own."""
    found = []
    for title in titles:
        law = amended_name(title.name)
        if law is not None and title.how in ("quoted", "unquoted"):
            found.append(NameMention(title.start, title.start + len(law), law, "unquoted", kind_of(law)))
    return found
