"""Aliases: short names a text defines for a name, and the full names it gives after short ones.

``(以下「X」という。)``, ``(通称: X)``, ``(略称:X)``, the same definition with its parentheses lost, after the
instrument's number in one parenthesis, or a short name in parentheses that shortens the title
(``個人情報の保護に関する法律(個人情報保護法)``); a full title in parentheses after a short name; a defined
name used again later.  Each alias is a mention pointing to the name it belongs to (``owner_end``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extractors.instruments.vocab import GENERIC, NAME_CHARS, NUM, SPACE, NameMention

# An alias defined right after a name: (以下「X」という。), （以下「X」）, (以下、Xという。), (以下X),
# (通称: X), (略称:X, English name); the full name given after a short one: (正式名称:X). Court decisions
# continue the definition with a second one: (以下「難民条約」といい,…を併せて「難民条約等」という。),
# (以下「入管難民法」というが,条文を示すときは「法」ともいう。): the first alias is the one after 以下.
# Statutes scope a definition to some provisions: 改正後の公職選挙法(次項において「新法」という。), (以下この条及び
# 次条において「旧法」という。) (the quotes are then required).
ALIAS_DEF_RE = re.compile(
    r"[(（](?P<word>以下[、,]?(?:[^「」()（）\n]{1,20}?において(?=「))?|通称[:：]?\s?|略称[:：]?\s?|正式名称[:：は]?\s?"
    r"|(?:この|次|前|同)(?:条|項|章|節|号)(?:[^「」()（）\n]{0,16}?)において(?=「))"
    # (a cabinet order calls the law it carries out 「法」: 以下「法」という。)
    r"「?(?P<alias>(?<=「)法(?=」)|[^「」()（）\n:：,、]{2,40}?)」?(?:という(?:。|が)?|といい)?(?:[,、][^()（）\n]*)?[)）]"
)
# The same definition with its parentheses lost, as statute sites print it (a space may pad the name
# and the alias): 改正前の 温泉法 以下「 旧法 」という。 — the quotes and という are then required.
ALIAS_DEF_BARE_RE = re.compile(
    r"[ \u3000]?(?P<word>以下[、,]?)「[ \u3000]?(?P<alias>[^「」()（）\n:：,、 \u3000]{2,40}?)[ \u3000]?」という"
)
# The definition after the instrument's number in one parenthesis, as statutes and ordinances write it:
# 都市計画法施行令(昭和44年政令第158号。以下「政令」という。), 都市計画法(昭和43年法律第100号。以下「法」という。).
ALIAS_AFTER_NUMBER_RE = re.compile(
    r"[(（][^()（）「」\n]{2,30}?号[。、,][ \u3000]?"
    r"(?P<word>以下[、,]?)「(?P<alias>[^「」()（）\n]{1,40}?)」という。?[)）]"
)
# A reference standing between a name and its alias definition: 民事訴訟法第2章第1節(以下、民訴法という。).
_REFERENCE_BETWEEN_RE = re.compile(rf"(?:第{SPACE}{NUM}{SPACE}[条項号章節編款目](?:の{NUM})*)*")


# A short name in parentheses right after a title, with no 以下 or 略称: 国際刑事裁判所に対する協力等に関する法律
# (協力法), 個人情報の保護に関する法律(個人情報保護法), …地位に関する協定(日米地位協定).
PAREN_SHORT_NAME_RE = re.compile(rf"[(（](?P<alias>[{NAME_CHARS}]{{2,15}})[)）]")
_SHORT_WORDS = ("議定書", "条約", "協定", "憲章", "規約", "規程", "宣言", "規則", "法")


def _shortens(alias: str, name: str) -> bool:
    """Whether ``alias`` can be the short name of ``name``: shorter, ending in the same instrument word (a 法律 is
    shortened to …法)."""
    word = next((w for w in _SHORT_WORDS if alias.endswith(w)), None)
    if word is None or len(alias) >= len(name) or alias in GENERIC:
        return False
    return name.endswith(word) or (word == "法" and name.endswith("法律"))


def attach_aliases(text: str, mentions: list[NameMention]) -> list[NameMention]:
    """Aliases defined right after a name: (以下「X」)."""
    extra: list[NameMention] = []
    for mention in mentions:
        if mention.how not in ("quoted", "unquoted"):
            continue
        # past the closing quote; a name found by its number (都市計画法(昭和43年法律第100号。…)) has none
        after = mention.end + (1 if mention.how == "quoted" and text[mention.end : mention.end + 1] in "」』" else 0)
        after = _REFERENCE_BETWEEN_RE.match(text, after).end()  # type: ignore[union-attr]
        match = (
            ALIAS_DEF_RE.match(text, after)
            or ALIAS_DEF_BARE_RE.match(text, after)
            or ALIAS_AFTER_NUMBER_RE.match(text, after)
        )
        if match is None:
            short = PAREN_SHORT_NAME_RE.match(text, after)
            if short is not None and _shortens(short.group("alias"), mention.name):
                extra.append(NameMention(short.start("alias"), short.end("alias"), short.group("alias"), "alias",
                                         mention.kind, owner_end=mention.end))  # fmt: skip
            continue
        alias = match.group("alias")
        alias_start = match.start("alias")
        how = "full" if match.group("word").startswith("正式名称") else "alias"
        extra.append(NameMention(alias_start, alias_start + len(alias), alias, how, mention.kind,
                                 owner_end=mention.end))  # fmt: skip
    return extra


def defining_repeats(text: str, quoted: list[NameMention]) -> list[NameMention]:
    """A later use of a titled name that defines an alias: ...特別措置法(以下「法」という。) in 第1条 of a cabinet
    order whose preamble gave the law with its number. It is a mention, so the alias gets its owner."""
    starts = {m.start for m in quoted}
    found: list[NameMention] = []
    for mention in {m.name: m for m in quoted if len(m.name) >= 4}.values():
        for match in re.finditer(re.escape(mention.name), text):
            if match.start() not in starts and ALIAS_DEF_RE.match(text, match.end()):
                found.append(NameMention(match.start(), match.end(), mention.name, "unquoted", mention.kind))
    return found


def paren_full_names(text: str, names: list[NameMention]) -> list[NameMention]:
    """A longer name of the same kind in parentheses right after a short one is the full name:
    日米地位協定(日本国とアメリカ合衆国との間の…地位に関する協定)."""
    out: list[NameMention] = []
    for mention in names:
        short = next((m for m in names if m.end + (1 if m.how == "quoted" else 0) + 1 == mention.start), None)
        close = mention.end + (1 if mention.how == "quoted" else 0)
        closes = text[close : close + 1] in (")", "）")
        if (
            short is not None and closes and text[mention.start - 1] in "(（" and len(mention.name) > len(short.name)
            and short.kind == mention.kind
        ):  # fmt: skip
            common = _reads_as_title(short.name) and not _reads_as_title(mention.name)
            mention = replace(mention, how="alias", owner_end=short.end) if common else replace(mention, how="full")
        out.append(mention)
    return out


def _reads_as_title(name: str) -> bool:
    """An official title joins its words with particles (日本国との平和条約, …に関する条約); a common name is one
    compound (サンフランシスコ講和条約), so in 日本国との平和条約(サンフランシスコ講和条約) the longer name in
    parentheses is the common name, not the full one."""
    return re.search("[ぁ-ん]", name) is not None
