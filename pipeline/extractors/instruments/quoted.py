"""Names in quotes: 「...に関する条約」, 『日ソ共同宣言』, a law's title after its number.

A quoted text is a name when it ends in an instrument word (not a rank such as 司令, not a sentence), or when the
text says what it is right after it (「…について」という法律); a short name in parentheses inside the quotes is an
alias, an original-language gloss in brackets is dropped, and 「...法律案」 names the law the bill becomes.
"""

from __future__ import annotations

import re

from pipeline.extractors.instruments.aliases import ALIAS_DEF_RE
from pipeline.extractors.instruments.numbers import date_before
from pipeline.extractors.instruments.titles import QUOTED_NUMBER_GAP, SUBJECT_TITLE_RE
from pipeline.extractors.instruments.vocab import INSTRUMENT_END_RE, NameMention, generic, kind_of

# 「...」 whose content ends in an instrument word (or is a law's title after
# its number); the content may carry its own alias in parentheses.
# Double quotes 『』 hold a name too, as blogs and encyclopaedias write it: 正式名称は『日本国とソヴィエト社会主義
# 共和国連邦との共同宣言』と言い、一般的には『日ソ共同宣言』.
QUOTED_RE = re.compile(r"「(?P<body>[^「」\n]{2,120})」|『(?P<wbody>[^『』\n]{2,120})』")
# A bill is named after the law it becomes: 「民法の一部を改正する法律案」 (the 案 is dropped).
BILL_RE = re.compile(r"(?:(?<=法律)|(?<=条約)|(?<=協定)|(?<=議定書))案$")
# A parenthesised short name at the end of a quoted name: ...条約(パートナーシップ条約).
INNER_ALIAS_RE = re.compile(r"^(?P<name>.+?)[(（](?P<alias>[^()（）]{2,40})[)）]$")
# ... unless the parentheses cite a provision: 「基本的な法律(憲法62条3号)」 quotes a term with the article that
# defines it (pacific-en.co.jp on Chinese law), so the quote names no instrument and 憲法 is the name before 62条.
CITED_PROVISION_RE = re.compile(r"[0-9０-９〇一二三四五六七八九十百千]+条")
# The original-language name in square brackets closing a quoted translated name, as Japanese translations of
# Chinese law print it: 「商品家屋販売管理弁法[商品房銷售管理弁法]」 (the name is the Japanese before the gloss).
ORIGINAL_GLOSS_RE = re.compile(r"^(?P<name>.+?)[\[［][^\[\]［］\n]{2,40}[\]］]$")
# Words ending in 令 that are ranks or orders, not instruments: 「航空集団司令」, 「退去命令」.
NOT_INSTRUMENT_END_RE = re.compile(r"(?:司令|指令|命令|号令|発令|辞令)$")
# Quoted speech that happens to end in an instrument word is rare; a quoted
# name must also be short of sentence punctuation.
_SENTENCE_PUNCT = re.compile(r"[。!?！？]")


# A quoted title that does not end in an instrument word (a law titled 「…政策について」, a decree 「…ニ関スル件」)
# is an instrument's name when the text says what it is right after it: a short name defined for it that is one
# (「朝鮮民主主義人民共和国核武力政策について」(以下、核武力政策法)), or という法令/法律/条約.
TITLE_KIND_AFTER_RE = re.compile(r"という(?P<word>法令|法律|条約|協定|政令|勅令)")


def _linked_kind(text: str, quote_end: int) -> str | None:
    """The kind of instrument the words right after a closing quote make the quoted title (see above), or None."""
    defined = ALIAS_DEF_RE.match(text, quote_end)
    if defined is not None and INSTRUMENT_END_RE.search(defined.group("alias")):
        kind = kind_of(defined.group("alias"))
        return kind if kind != "other" else None
    said = TITLE_KIND_AFTER_RE.match(text, quote_end)
    if said is not None:
        kind = kind_of(said.group("word"))
        return kind if kind != "other" else "law"
    return None


def quoted_mentions(text: str, numbers: list[NameMention]) -> list[NameMention]:
    """Quoted names; a quoted title right after a law number is that law's name."""
    number_end = {m.end: m for m in numbers}
    number_start = {m.start: m for m in numbers}
    found: list[NameMention] = []
    for match in QUOTED_RE.finditer(text):
        body = match.group("body") or match.group("wbody")
        if _SENTENCE_PUNCT.search(body) or text[max(0, match.start() - 3) : match.start()].endswith(("以下", "以下、")):
            continue
        glossed = ORIGINAL_GLOSS_RE.match(body)
        span = len(body) if glossed else None  # the mention covers the gloss, so the article after 」 is its own
        body = glossed.group("name") if glossed else body
        inner = INNER_ALIAS_RE.match(body)
        if inner and CITED_PROVISION_RE.search(inner.group("alias")):
            continue
        name = BILL_RE.sub("", inner.group("name") if inner else body)
        # a title before its number in parentheses: 「朝鮮人ノ姓名改称ニ関スル件」(明治44年朝鮮総督府令第124号)
        after = number_start.get(match.end() + 1) if text[match.end() : match.end() + 1] in ("(", "（") else None
        numbered = number_end.get(match.start()) or after
        if numbered is None and SUBJECT_TITLE_RE.search(name):  # 「明治22年法律第34号」を「決闘ニ関スル件」とする
            numbered = (
                number_end.get(match.start() - len(QUOTED_NUMBER_GAP))
                if text[match.start() - len(QUOTED_NUMBER_GAP) : match.start()] == QUOTED_NUMBER_GAP
                else None
            )
        linked = None if numbered else _linked_kind(text, match.end())
        if numbered is None and linked is None and (kind_of(name) == "other" or NOT_INSTRUMENT_END_RE.search(name)):
            continue
        if numbered is None and linked is None and not INSTRUMENT_END_RE.search(name):
            continue
        if numbered is None and generic(name):
            continue  # 「条約」とは…をいう: a term being defined, not the name of one instrument
        start = match.start() + 1
        kind = numbered.kind if numbered else linked if kind_of(name) == "other" and linked else kind_of(name)
        found.append(NameMention(start, start + (span or len(name)), name, "quoted", kind,
                                 numbered.number if numbered else None,
                                 numbered.number_key if numbered else None,
                                 date_before(text, numbered.start if numbered else match.start())))  # fmt: skip
        if inner:
            alias_start = match.start() + 1 + inner.start("alias")
            found.append(NameMention(alias_start, alias_start + len(inner.group("alias")),
                                     inner.group("alias"), "alias", kind))  # fmt: skip
    return found
