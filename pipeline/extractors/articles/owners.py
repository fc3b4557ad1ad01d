"""The instrument of every reference row, with the rule that chose it (``resolution``).

explicit: a name right before the chain (国連憲章第51条, also past an alias definition) or after it in English and
Russian; quoted: a quoted name; same: 同法/同条約/その, 同条 and list members, a repeated article; principal:
本法/この条約 or a bare article in a document about one instrument (``articles.principal``), unless a 附則 or an
amending act's block owns it, the sentence's topic is another instrument, or its self word is of another family;
none: nothing to resolve to.
"""

from __future__ import annotations

import re

from pipeline.extractors.articles.chains import CITED_IN_PARENS_RE, NAME_GAP_RE
from pipeline.extractors.articles.headings import SUPPLEMENTARY_HEADING_RE
from pipeline.extractors.articles.rows import Row
from pipeline.extractors.articles.vocab import ARTICLE, LAW, same_family
from pipeline.extractors.instruments.formal import amended_name
from pipeline.extractors.instruments.vocab import Instrument
from pipeline.records import ArticleRef


def resolve_instruments(
    text: str, rows: list[Row], instruments: list[Instrument],
    name_ends: dict[int, tuple[Instrument, int]], principal: Instrument | None, cited: dict[str, str] | None = None,
) -> None:  # fmt: skip
    """Instrument of every row; ``resolution`` says which rule applied.

    explicit: a name right before the chain (国連憲章第51条); quoted: a quoted
    name (「...条約」第4条); same: 同法/同条約 (the last instrument named) or
    同条 and list members (the instrument of the reference before); principal:
    本条約/この法律, or a bare 第4条 in a document about one instrument;
    none: nothing to resolve to.
    """
    mentions = sorted((start, end, inst) for inst in instruments for start, end, _ in inst.spans)
    blocks = _supplementary_blocks(text, instruments)
    by_article: dict[str, Instrument] = {}  # article number -> instrument of its last reference
    previous: ArticleRef | None = None
    for row in rows:
        ref = row.ref
        own = _block_instrument(blocks, ref.start, principal)
        inst, how = named_before(text, row, name_ends)
        if inst is None:
            inst, how = _named_after_in_genitive(text, row, mentions)
        if inst is None:
            inst, how = _pronoun(row, mentions, own)
        if inst is None:
            inst, how = _pronoun_before_no(text, row, mentions, own)
        if inst is None:
            inst, how = _demonstrative_before(text, row, mentions)
        if inst is None:
            inst, how = _quoted_word_before(text, row, mentions)
        if row.same_as is not None:
            previous = rows[row.same_as].ref
        elif row.list_prev is not None:
            previous = rows[row.list_prev].ref
        if inst is None and previous is not None and (not row.list_head or row.chain.top().relation == "SAME"):
            ref.instrument, ref.instrument_id, ref.resolution = (
                previous.instrument,
                previous.instrument_id,
                "same" if previous.instrument else "none",
            )
        elif inst is None and previous is not None and _cited_in_parens(text, row, previous):
            ref.instrument, ref.instrument_id, ref.resolution = previous.instrument, previous.instrument_id, "same"
        elif inst is None and row.chain.parts[0].bare and _repeated_article(ref, by_article) not in (None, own):
            # 5条 after 日米安全保障条約第5条 is that treaty's, not the principal's
            inst, how = _repeated_article(ref, by_article), "same"
        elif inst is None and (topic := _sentence_topic(text, ref.start, mentions, own, row)) is not None:
            inst = topic
            how = "principal" if inst is own else "same"
        elif (
            inst is None and own is not None and not _speaks_of_another(text, ref.start, own)
            and not _other_article_of_cited(ref, own, cited or {}) and not _other_family_word(row, own)
        ):  # fmt: skip
            inst, how = own, "principal"
        first = row.chain.parts[0]
        named_again = own is None and first.relation == "NAMED" and first.level == ARTICLE
        if inst is None and ref.resolution is None and (first.bare or named_again):
            # 5条の対象は after 日米安保条約5条; with no principal, 第288条は after …条約第288条 repeats that article
            inst, how = _repeated_article(ref, by_article), "same"
        if inst is not None:
            ref.instrument, ref.instrument_id, ref.resolution = inst.canonical, inst.instrument_id, how
        elif ref.resolution is None:
            ref.resolution = "none"
        if ref.article and ref.instrument_id:
            by_article[ref.article] = next(i for i in instruments if i.instrument_id == ref.instrument_id)
        previous = ref


def _other_family_word(row: Row, inst: Instrument) -> bool:
    """Whether the chain opens with a bare instrument word of another kind than ``inst`` (憲章第53条 in a text whose
    only named instrument is a resolution): the word names an instrument the text does not, never that one."""
    first = row.chain.parts[0]
    return first.level == LAW and first.bare and not same_family(inst, first.word)


# An anaphoric topic opening a clause: この宣言は, 同条約は, 本協定は (not 同法第3条: that is a reference's own).
TOPIC_PRONOUN_RE = re.compile(
    r"(?:^|(?<=[。\n、「]))[ \u3000]*(?P<lword>この|本|同)(?P<word>宣言|条約|協定|憲章|議定書|規約|法律|法)は"
)


def _sentence_topic(
    text: str, offset: int, mentions: list[tuple[int, int, Instrument]], principal: Instrument | None, row: Row
) -> Instrument | None:
    """``この宣言は平和条約の締結について、…(第九項前段)と規定しています``: the instrument a sentence is about
    (its anaphoric topic) owns the bare provisions it cites, not an instrument named in it only as an object.
    同/この → the last instrument of that kind named before the topic (この/本 → the principal if of that kind)."""
    start = max(text.rfind("。", 0, offset), text.rfind("\n", 0, offset)) + 1
    match = next(TOPIC_PRONOUN_RE.finditer(text, start, offset), None)
    if match is None:  # a named topic owns only bare articles (第二十五条 in a treaty text is the treaty's own)
        return _named_topic(text, start, offset, mentions) if row.chain.parts[0].bare else None
    word = match.group("word")
    if match.group("lword") != "同" and principal is not None and same_family(principal, word):
        return principal
    before = [inst for _s, end, inst in mentions if end <= match.start("lword") and same_family(inst, word)]
    return before[-1] if before else None


# What may stand between a sentence's start and its topic instrument: spaces, an opening quote.
TOPIC_LEAD_RE = re.compile(r"[ \u3000「『]*")


def _named_topic(text: str, start: int, offset: int, mentions: list[tuple[int, int, Instrument]]) -> Instrument | None:
    """``憲法は、14条1項において…選挙権について15条1項、3項、43条1項等の規定を設けている``: an instrument named as
    the topic opening the sentence owns the bare articles the sentence cites after it."""
    lead = TOPIC_LEAD_RE.match(text, start)
    opening = lead.end() if lead is not None else start
    return next(
        (inst for s, end, inst in mentions if s == opening and end < offset and text[end : end + 1] == "は"), None
    )


def _repeated_article(ref: ArticleRef, by_article: dict[str, Instrument]) -> Instrument | None:
    """A bare article repeating one the text cited with its instrument is that instrument's (see _repeats_cited)."""
    return by_article.get(ref.article) if ref.article and not ref.paragraph else None


def _other_article_of_cited(ref: ArticleRef, own: Instrument, cited: dict[str, str]) -> bool:
    """A bare 第4条 is not the UN Charter's when the text names the Charter only for its 第51条 (nor is a 前号)."""
    article = cited.get(own.instrument_id)
    return article is not None and ref.article != article


# A self word of a treaty or statute: この条約, 本協定, この法律. Not before のこと: この協定のことを…「36協定」と呼ぶ
# is a commentator naming the thing just described (https://kanauka.com/keyword/k_787.html), not the wording of an
# instrument that calls itself この協定.
SELF_PRONOUN_RE = re.compile(r"(?:この|本)(?P<word>法律|条約|協定|憲章|議定書)(?!のこと)")


def _speaks_of_another(text: str, offset: int, principal: Instrument) -> bool:
    """``この条約は、第七十四条に定める…`` in a text whose principal is an agreement: the sentence is quoted from
    another instrument (its self word is of another family), so its bare articles are not the principal's. So is
    ``この法律中、第五十三条`` under a law promulgated as a cabinet order (政令第三百十九号): an amending act's 附則."""
    sentence = text[max(text.rfind("。", 0, offset), text.rfind("\n", 0, offset)) + 1 : offset]
    words = [m.group("word") for m in SELF_PRONOUN_RE.finditer(sentence)]
    promulgated = PROMULGATED_TYPE_RE.search(principal.number or "")
    if promulgated and any(word == "法律" and promulgated.group(0) != "法律" for word in words):
        return True
    return any(not same_family(principal, word) for word in words)


# The type of act a law number gives: 法律 in 平成5年法律第88号, 政令 in 昭和26年政令第319号.
PROMULGATED_TYPE_RE = re.compile(r"(?:法律|政令|勅令|省令|府令)(?=第)")


def _cited_in_parens(text: str, row: Row, previous: ArticleRef) -> bool:
    """``(48条)`` after a reference on the same line: the law under discussion, as 同法 would say."""
    return (
        row.chain.parts[0].bare and CITED_IN_PARENS_RE.match(text, max(0, row.ref.start - 1)) is not None
        and previous.instrument is not None and "\n" not in text[previous.end : row.ref.start]
    )  # fmt: skip


def _supplementary_blocks(text: str, instruments: list[Instrument]) -> list[tuple[int, Instrument | None]]:
    """(start, instrument) of every 附則 heading line: the amending act it belongs to, or None (the document's
    own); and of every amending act's title opening a line, whose 改正規定 below speak of the act amended
    (e-Gov convention, as in the gold: 自衛隊法の一部を改正する法律 ⏎ 第二十条の三第二項中… is 自衛隊法)."""
    blocks: list[tuple[int, Instrument | None]] = []
    for match in SUPPLEMENTARY_HEADING_RE.finditer(text):
        start, end = match.span("rest")
        owner = next((i for i in instruments for s, e, _ in i.spans if start <= s and e <= end), None)
        blocks.append((match.start(), owner))
    return sorted(blocks + _amendment_blocks(text, instruments), key=lambda b: b[0])


# What may open a line before an amending act's title: a bullet (◎自衛隊法の一部を改正する法律).
TITLE_LINE_PREFIX_RE = re.compile(r"(?:^|\n)[ \u3000◎○●■□◆◇・]*$")


# The sentence that opens the 改正規定 of one act:
# 私的独占の…法律(昭和二十二年法律第五十四号)の一部を次のように改正する。
AMENDS_BELOW_RE = re.compile(r"の(?:一部|全部)?を次のように改正する。")


def _amendment_blocks(text: str, instruments: list[Instrument]) -> list[tuple[int, Instrument | None]]:
    """(start, amended act) at each line that opens with an amending act's title, and after each sentence
    ``Xの一部を次のように改正する。`` (X: the last instrument named on its line)."""
    blocks: list[tuple[int, Instrument | None]] = []
    for match in AMENDS_BELOW_RE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        named = [(e, i) for i in instruments for s, e, _ in i.spans if line_start <= s and e <= match.start()]
        if named:
            blocks.append((match.end(), max(named, key=lambda n: n[0])[1]))
    for inst in instruments:
        law = amended_name(inst.canonical)
        for start, _end, name in inst.spans:
            if name != inst.canonical or law is None or not TITLE_LINE_PREFIX_RE.search(text, 0, start):
                continue
            amended = next(
                (i for i in instruments if i is not inst and (start, start + len(law), law) in i.spans), None
            )
            if amended is not None:
                blocks.append((start, amended))
    return blocks


def _block_instrument(
    blocks: list[tuple[int, Instrument | None]], offset: int, principal: Instrument | None
) -> Instrument | None:
    """Inside the 附則 of an amending act, its bare articles belong to that act."""
    current = principal
    for start, owner in blocks:
        if start > offset:
            break
        current = owner or principal
    return current


# An alias definition standing between a name and its reference, maybe after the law's number:
# 独立行政法人農畜産業振興機構法(平成十四年法律第百二十六号。以下「機構法」という。)第十条.
# Also with its parentheses lost, as statute sites print it: 温泉法 以下「 旧法 」という。第3条第1項.
# Or the name in its own language, as reports on foreign law give it: EU一般データ保護規則(GDPR)第17条.
ALIAS_DEF_BEFORE_RE = re.compile(
    r"(?:[(（](?:[^()（）。\n]{1,30}。)?(?:以下|通称|略称)[^()（）]{1,30}[)）]"
    r"|[(（][A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё0-9 .,'’\-–/&]{1,34}[)）]|[ \u3000]?以下[、,]?「[^「」\n]{1,30}」という。?)$"
)


# A provision that counts from where the text stands (次項, 前条, この項, 本条): in a parenthesis opened after a name
# it scopes a definition in the text itself, never a provision of the name's instrument.
OWN_PROVISION_RE = re.compile(r"(?:前各?|次|この|本)[二三四五六七八九十2-9]?[条項号]")


def named_before(text: str, row: Row, name_ends: dict[int, tuple[Instrument, int]]) -> tuple[Instrument | None, str]:
    start = row.chain.start
    definition = ALIAS_DEF_BEFORE_RE.search(text, max(0, start - 40), start)
    if definition is not None:  # 行政手続法(以下「新法」という。)第二条
        start = definition.start()
    for size in range(0, 5):
        if not NAME_GAP_RE.fullmatch(text[start - size : start]):
            continue
        hit = name_ends.get(start - size)
        if hit is None:
            continue
        opened = text[max(0, start - size - 1) : start]
        if ("(" in opened or "（" in opened) and OWN_PROVISION_RE.match(text, row.chain.start):
            continue  # 公職選挙法(次項において「新法」という。): the text's own next paragraph, not the law's
        inst, name_start = hit
        quoted = text[name_start - 1 : name_start] in '「『"“«' and name_start > 0
        return inst, "quoted" if quoted else "explicit"
    return None, ""


# What stands between an English article and its instrument: the rest of its list, then of (the):
# Articles 55 and 56 of the Charter ..., paragraph 1 of article 8 of the International Covenant ...
EN_LIST_TAIL_RE = re.compile(
    r"(?:(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)[0-9]+(?:\([0-9a-z]{1,2}\))?)*(?P<of>\sof\s(?:the\s)?)?"
)


def _named_after_in_genitive(
    text: str, row: Row, mentions: list[tuple[int, int, Instrument]]
) -> tuple[Instrument | None, str]:
    """Russian puts the instrument after the article, in the genitive: Ст. 67 Конституции РФ; English after of:
    Articles 55 and 56 of the Charter of the United Nations (every member of the list)."""
    word = row.chain.parts[-1].word
    if word == "en":
        tail = EN_LIST_TAIL_RE.match(text, row.chain.end)
        after = tail.end() if tail is not None and tail.group("of") else -1
    elif word == "ru":
        after = row.chain.end + len(text[row.chain.end :]) - len(text[row.chain.end :].lstrip(" \u00a0"))
    else:
        return None, ""
    hit = next((inst for start, _end, inst in mentions if start == after), None)
    return (hit, "explicit") if hit is not None else (None, "")


def _pronoun(
    row: Row, mentions: list[tuple[int, int, Instrument]], principal: Instrument | None
) -> tuple[Instrument | None, str]:
    """同法 → the last instrument named before; 本法/この法律/本条約 → the principal one."""
    law = next((p for p in row.chain.parts if p.level == LAW), None)
    if law is None:
        return None, ""
    if law.relation == "HERE":
        return principal, "principal"
    defined = [inst for start, end, inst in mentions if end <= law.start and law.bare and law.word in inst.aliases]
    if defined:  # (以下「法」という。) makes a bare 法 before an article that law: 法第2条の2第1項
        return defined[-1], "explicit"
    before = [inst for start, end, inst in mentions if end <= law.start and same_family(inst, law.word)]
    if law.relation == "SAME" and law.word == "法":
        before = _skip_constitutions(before)
    # 条約第11部 in a page about a treaty: that treaty, not the last one named. A bare 法 is rather a defined short
    # name (以下「法」という。) of the law named last, as notices and cabinet orders write it.
    treaty_word = law.word not in ("法", "同")  # 同 alone (同21条) is the last instrument named, never the principal
    if law.bare and treaty_word and principal is not None and same_family(principal, law.word) and principal in before:
        return principal, "principal"
    return (before[-1], "same") if before else (None, "")


def _skip_constitutions(before: list[Instrument]) -> list[Instrument]:
    """同法 after ``特例法3条1項 … 憲法13条`` is the act, not the constitution: Japanese writing calls a constitution
    named again 同憲法 or 憲法, never 同法. Only when a statute was named before (a constitution named ``…基本法``
    does not end in 憲法 and stays a candidate)."""
    laws = [inst for inst in before if not inst.canonical.endswith("憲法")]
    return laws or before


# An instrument pronoun joined to the article by の: 同条約の第4条, 同法の第38条, この条約の第2条 (the row is the
# article alone; the pronoun still names its instrument).
PRONOUN_NO_RE = re.compile(r"(?P<lword>同|本|この|当該)(?P<lunit>法律|法|条約|協定|憲章|議定書|規約|指令|規則)の$")


def _pronoun_before_no(
    text: str, row: Row, mentions: list[tuple[int, int, Instrument]], principal: Instrument | None
) -> tuple[Instrument | None, str]:
    """``同条約の第4条``, ``当該指令の第97条``: 同/当該 → the last instrument of that family named before; 本/この → the
    principal one."""
    match = PRONOUN_NO_RE.search(text, max(0, row.chain.start - 6), row.chain.start)
    if match is None or row.chain.parts[0].level != ARTICLE:
        return None, ""
    if match.group("lword") not in ("同", "当該"):  # 当該 (the said) points back like 同
        return principal, "principal"
    word = match.group("lunit")
    before = [inst for _s, end, inst in mentions if end <= match.start() and same_family(inst, word)]
    return (before[-1], "same") if before else (None, "")


# A bare demonstrative before an article: 国際連合憲章、特にその第五十五条 (その = the instrument just named).
DEMONSTRATIVE_BEFORE_RE = re.compile(r"その$")


def _demonstrative_before(
    text: str, row: Row, mentions: list[tuple[int, int, Instrument]]
) -> tuple[Instrument | None, str]:
    """``その第五十五条``: the last instrument named before it in the same sentence."""
    start = row.chain.start
    if row.chain.parts[0].level != ARTICLE or not DEMONSTRATIVE_BEFORE_RE.search(text, max(0, start - 2), start):
        return None, ""
    sentence = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    before = [inst for s, end, inst in mentions if sentence <= s and end <= start - 2]
    return (before[-1], "same") if before else (None, "")


# A quoted bare instrument word standing for the instrument named before it: 「宣言」の第9項 after 「日ソ共同宣言」
# (社会新報 on the 1956 Joint Declaration; the Charter's 「憲章」第51条 likewise).
QUOTED_WORD_BEFORE_RE = re.compile(r"「(?P<word>宣言|条約|協定|憲章|議定書|規約)」の?$")


def _quoted_word_before(
    text: str, row: Row, mentions: list[tuple[int, int, Instrument]]
) -> tuple[Instrument | None, str]:
    """``「宣言」の第9項``: the last instrument named before it whose name ends with that word (日ソ共同宣言), never a
    nearer one of another kind (平和条約)."""
    start = row.chain.start
    match = QUOTED_WORD_BEFORE_RE.search(text, max(0, start - 8), start)
    if match is None:
        return None, ""
    word = match.group("word")
    before = [inst for s, end, inst in mentions if end <= match.start() and inst.canonical.endswith(word)]
    return (before[-1], "same") if before else (None, "")
