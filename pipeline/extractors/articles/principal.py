"""The document's principal instrument: the one its bare articles and 本法/この条約 belong to.

Given, in order, by the first line or a page title naming the instrument (a statute page), a statute quoted under
its name line, the bill a Diet explanation discusses, the document title, the instrument whose size or definition
the text states, and else by counting mentions (anaphors such as 本条約 and bare words such as 憲章第2章 count
for the instrument they point back to).  An instrument named only for one article (国連憲章第51条) is cited, not
the subject (:func:`cited_for_one_article`).
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extractors.articles.headings import (
    HEADING_RE,
    STATUTE_SELF_RE,
    SUPPLEMENTARY_HEADING_RE,
    article_headings,
)
from pipeline.extractors.articles.owners import named_before
from pipeline.extractors.articles.rows import Row
from pipeline.extractors.articles.vocab import (
    BARE_INSTRUMENT_WORD,
    KANJI_DIGIT,
    NAME_CHAR,
    SP,
    SUB,
    N,
    same_family,
)
from pipeline.extractors.instruments.formal import amended_name
from pipeline.extractors.instruments.vocab import Instrument, fold

# "This instrument" and a bare instrument word before an article: この協定, 本条約, 協定第二条.
SELF_WORD_RE = re.compile(
    rf"(?:この|本)(?:法律|条約|協定|憲章|議定書)|(?<![{NAME_CHAR}A-Za-z])(?:{BARE_INSTRUMENT_WORD})"
    r"(?=第|[0-9０-９]+[条章])"
)


def _only_of_family(text: str, inst: Instrument) -> bool:
    """Whether the self words of the text are of the instrument's family (この協定 for an agreement)."""
    words = {m.group(0).removeprefix("この").removeprefix("本") for m in SELF_WORD_RE.finditer(text)}
    return all(same_family(inst, word) for word in words)


# The first line of a statute page or a lecture on one law: the instrument's name alone (学校教育法), maybe with the
# part of it shown (国際受刑者移送法《附則》, …に関する法律 附則, as law sites print it).
TITLE_LINE_RE = re.compile(
    r"\A[ \u3000\n]*(?P<name>[^\n《]+?)[ \u3000]*(?:《[^》\n]{1,8}》|附[ \u3000]?則)?[ \u3000]*$", re.MULTILINE
)


# A statute quoted in commentary: a line (not the first: the document is not the statute itself) that is only an
# instrument's name, maybe with its short name in parentheses, right above a heading line (第八部 島の制度,
# 第9条 日本国民は…). Its headings are references to it (the statute's OWN headings are not: development convention).
QUOTED_STATUTE_NAME_RE = re.compile(
    r"(?<=\n)[ \u3000]*(?P<name>[^\n()（）、。]{2,80}?)(?:[(（][^()（）\n]{1,30}[)）])?"
    r"[ \u3000]*\n(?=[ \u3000]*第)"
)
# A web page's title copied among the first lines of a page that reproduces an instrument's text: the name, maybe a
# word for its wording or a gloss in parentheses, then the site after a bar (国連憲章テキスト | 国連広報センター, as the
# UN Information Centre titles its page of the Charter; 国連憲章(日本語)|国連広報センター). Like a first line that is
# the name alone, it makes the text that instrument's (its headings are its own, its bare articles its articles).
PAGE_TITLE_NAME_RE = re.compile(
    r"^[ \u3000]*(?P<name>[^\n()（）、。|｜]{2,60}?)(?:テキスト|全文|本文|条文|和訳|邦訳)?"
    r"(?:[(（][^()（）\n]{1,20}[)）])?[ \u3000]*[|｜][^|｜\n]{1,40}$",
    re.MULTILINE,
)
# A first line naming an instrument and then its wording, maybe with its acronym between: 一般データ保護規則(GDPR)条項,
# 国連憲章全文, 日本国憲法の条文 (a translation page's title over the provisions it reproduces).
WORDING_TITLE_LINE_RE = re.compile(
    r"\A[ \u3000\n]*(?P<name>[^\n()（）、。「」]{2,60}?)(?:[(（][^()（）\n]{1,20}[)）])?の?"
    r"(?:条項|条文|全文|本文|テキスト|和訳|邦訳|仮訳|日本語訳|日本語版)[ \u3000]*$",
    re.MULTILINE,
)
PAGE_TITLE_LINES = 3  # how many first lines may hold the page title (a blog post's own title may come first)
# A line that is nothing but a name: among the first lines of a statute's text, below a note on the translation
# (この日本語試訳は…⏎中華人民共和国反外国制裁法⏎(…採択)⏎第一条 …), the name of the statute shown. The statute's own
# text puts its adoption line or number between name and first article; a name line right above a provision is a
# statute quoted in commentary (QUOTED_STATUTE_NAME_RE: >>2050⏎海洋法に関する国際連合条約⏎第百二十一条 島の制度).
NAME_LINE_RE = re.compile(r"^[ \u3000]*(?P<name>[^\n \u3000]{2,80}?)[ \u3000]*$", re.MULTILINE)


def quoted_statute(text: str, instruments: list[Instrument]) -> tuple[int, Instrument] | None:
    """(offset, instrument) of the first statute quoted under its name line below commentary (see above)."""
    for match in QUOTED_STATUTE_NAME_RE.finditer(text):
        span = match.span("name")
        inst = next((i for i in instruments if any((s, e) == span for s, e, _ in i.spans)), None)
        if inst is not None and inst.kind != "other":
            return match.start("name"), inst
    return None


def title_line_instrument(text: str, instruments: list[Instrument]) -> Instrument | None:
    """The instrument whose name is the whole first line: the document is that law (or its 附則); or whose name
    opens a web page title among the first lines (see PAGE_TITLE_NAME_RE)."""
    match = TITLE_LINE_RE.match(text)
    spans = [match.span("name")] if match is not None else []
    spans += [m.span("name") for m in WORDING_TITLE_LINE_RE.finditer(text, 0, text.find("\n") % (len(text) + 1))]
    head_end = sum(len(line) + 1 for line in text.split("\n", PAGE_TITLE_LINES)[:PAGE_TITLE_LINES])
    spans += [m.span("name") for m in PAGE_TITLE_NAME_RE.finditer(text, 0, head_end)]
    if HEADING_RE.search(text):  # a statute's text below a translator's or site's note: its name line opens it
        quoted = {m.span("name") for m in QUOTED_STATUTE_NAME_RE.finditer(text, 0, head_end + 1)}
        spans += [m.span("name") for m in NAME_LINE_RE.finditer(text, 0, head_end) if m.span("name") not in quoted]
    return next((i for span in spans for i in instruments if any((s, e) == span for s, e, _ in i.spans)), None)


def _supplementary_excerpt_law(text: str, candidates: list[Instrument]) -> Instrument | None:
    """A 附則 excerpt (paragraphs with no article heading and no amending act's number) that names one law only:
    its bare articles are that law's (改正後の第二条 … 改正後の罰金等臨時措置法第二条)."""
    if article_headings(text) or any(m.group("rest") for m in SUPPLEMENTARY_HEADING_RE.finditer(text)):
        return None
    laws = [i for i in candidates if i.kind == "law" and i.canonical != i.number]
    return laws[0] if len(laws) == 1 and len(candidates) == 1 else None


def cited_for_one_article(
    text: str, rows: list[Row], instruments: list[Instrument], name_ends: dict[int, tuple[Instrument, int]]
) -> dict[str, str]:
    """Instruments named only as the owner of one article (国連憲章第51条 … 国連憲章51条 in news about a treaty
    whose 第4条 cites it): id → that article. Such an instrument is cited, not the subject of the text."""
    owned: dict[str, set[str]] = {}
    explicit: Counter[str] = Counter()
    for row in rows:
        inst, _how = named_before(text, row, name_ends)
        if inst is not None and row.ref.article:
            owned.setdefault(inst.instrument_id, set()).add(row.ref.article)
            explicit[inst.instrument_id] += 1
    cited: dict[str, str] = {}
    for inst in instruments:
        mentions = sum(1 for *_, name in inst.spans if name != inst.number)
        articles = owned.get(inst.instrument_id, set())
        if len(articles) == 1 and explicit[inst.instrument_id] >= mentions and not _taken_up(text, inst, instruments):
            cited[inst.instrument_id] = next(iter(articles))
    return cited


# 同条約, 同法, 同協定 standing alone (not before an article): the text goes on speaking of that instrument.
SAME_PRONOUN_RE = re.compile(
    r"同(?P<word>法律|法|条約|協定|憲章|議定書|規約)(?!第|の?[0-9０-９〇一二三四五六七八九十百]+条)"
)


def _taken_up(text: str, inst: Instrument, instruments: list[Instrument]) -> bool:
    """Whether the text speaks of the instrument beyond its one article: ``IWC条約第八条1は、…この捕獲等を同条約の
    適用から除外する`` (a Diet answer on the whaling convention, whose bare 第六条 is then the convention's too).
    The 同条約 must point back to it: the last instrument of that family named before the pronoun."""
    mentions = sorted((end, index) for index, other in enumerate(instruments) for _s, end, _n in other.spans)
    for match in SAME_PRONOUN_RE.finditer(text, inst.start):
        word = match.group("word")
        before = [i for end, i in mentions if end <= match.start() and same_family(instruments[i], word)]
        if before and instruments[before[-1]] is inst:
            return True
    return False


def find_principal(
    text: str, title: str | None, instruments: list[Instrument], cited: dict[str, str]
) -> Instrument | None:
    """The document's own instrument: the one its title names, else (outside statute texts) the most
    mentioned treaty or law (a name and its number in parentheses count as one mention), or the only one.

    Counting leaves out an instrument only ever named for one article (``cited``): a news text about a treaty
    names the UN Charter six times for its 第51条, and the treaty is its subject. A cited instrument is chosen
    only when no other is; it then owns that one article (see :func:`_other_article_of_cited`).
    When the title or the statute layout chose the principal, ``cited`` is emptied (it owns every article).
    """
    candidates = [i for i in instruments if i.kind != "other"]
    candidates = [i for i in candidates if not _only_as_example(text, i)] or candidates
    if AMENDING_ACT_PROVISION_RE.search(text):
        return None  # the text shows an amending act's own provisions; that act is not named
    structural, statute = _structural_principal(text, title, candidates)
    if structural is not None or statute:
        cited.clear()
        return structural
    sized = _sized_instrument(text, candidates) or _defined_in_lead(text, candidates)
    if sized is not None:
        cited.clear()
        return sized
    subjects = [i for i in candidates if i.instrument_id not in cited]
    if len(subjects) == 1 and len(candidates) > 1:
        return subjects[0]  # the one instrument named for itself; the others are cited for an article each
    chosen = _counted_principal(text, subjects) or _counted_principal(text, candidates)
    if chosen is None and len(candidates) == 1:
        return candidates[0]  # the one instrument a news text names, even once (for one article or not)
    if chosen is not None and chosen.instrument_id not in cited:
        cited.clear()
    return chosen


# The opening of a parenthesised example: 「法律」と呼ばれる(例:デジタルサービス法), (例えば個人情報保護法).
EXAMPLE_BEFORE_RE = re.compile(r"[(（](?:例|例えば|たとえば|e\.g\.)[:：、,]?[ \u3000]?$")


def _only_as_example(text: str, inst: Instrument) -> bool:
    """Whether every mention of ``inst`` is an example in parentheses: an illustration, never the text's subject."""
    return all(EXAMPLE_BEFORE_RE.search(text, max(0, start - 6), start) for start, _e, _n in inst.spans)


# The size of an instrument given as its topic: 法に関する通則法は43条からなり, 本条約は全17条から成る, 同法は
# 全5章43条で構成される (a count, never a reference; the text is then about that instrument's articles).
SIZE_AFTER_NAME_RE = re.compile(
    rf"[」』]?(?:は|が)[、，]?{SP}(?:全|計)?{SP}(?:{N}{SP}[編章節]{SP})?{N}{SP}(?:か|ヶ|ケ|箇)?条"
    r"(?:から(?:なり|なる|成り|成る|構成)|で構成)"
)


def _sized_instrument(text: str, candidates: list[Instrument]) -> Instrument | None:
    """The one instrument whose number of articles the text states (Xは43条からなり): the document's subject."""
    sized = [i for i in candidates if any(SIZE_AFTER_NAME_RE.match(text, end) for _, end, _ in i.spans)]
    return sized[0] if len(sized) == 1 else None


# An encyclopaedia or glossary lead defining its subject: 関税及び貿易に関する一般協定(かんぜい…、英語: General
# Agreement on Tariffs and Trade)とは, 海洋法に関する国際連合条約(…)は、 (the name opens the text, its reading or
# original in parentheses, then the topic particle).
LEAD_DEFINITION_AFTER_RE = re.compile(r"(?:[(（][^()（）\n]{1,120}[)）])?(?:とは|は[、，,])")
# What may stand before the lead's name on its line: spaces, an opening bracket.
LEAD_BEFORE_RE = re.compile(r"^[ \u3000「『【]*$")


def _defined_in_lead(text: str, candidates: list[Instrument]) -> Instrument | None:
    """The instrument the text's first sentence defines (``Xとは``, ``X(reading)は、``): the subject of the page, whose
    bare articles (寄託者 国連事務総長(第26条第3項)) are its own even when another instrument is named more often."""
    first_end = text.find("。")
    for inst in candidates:
        for start, end, _name in inst.spans:
            line_start = text.rfind("\n", 0, start) + 1
            if (
                (first_end < 0 or start < first_end)
                and LEAD_BEFORE_RE.match(text[line_start:start])
                and (LEAD_DEFINITION_AFTER_RE.match(text, end))
            ):
                return inst
    return None


# An amending act's own provision, as law sites show it on the page of a law it amended: 第一条のうち出入国管理及び
# 難民認定法…第五十三条第三項の改正規定 (the articles of the amending act, which amend several laws).
AMENDING_ACT_PROVISION_RE = re.compile(rf"第{N}条(?:の{N})*のうち[^\n]{{1,120}}?の改正規定")


def _structural_principal(text: str, title: str | None, candidates: list[Instrument]) -> tuple[Instrument | None, bool]:
    """The principal given by the first line, the document title or a statute excerpt; and whether the text is a
    statute (whose bare articles are its own, so mention counts do not apply)."""
    titled = title_line_instrument(text, candidates)
    if titled is not None:
        return titled, True
    quoted = quoted_statute(text, candidates)
    if quoted is not None:
        return quoted[1], True
    bill = _bill_subject(text, candidates)
    if bill is not None:
        return bill, False
    self_named = STATUTE_SELF_RE.search(text) and len(POLITE_END_RE.findall(text)) < POLITE_COMMENTARY
    statute = bool(self_named or (HEADING_RE.search(text) and not _explainer_headings(text)))
    if title:
        key = fold(title)
        if statute:  # a statute's title is its name (or quotes it), not a sentence that cites other laws
            named = [i for i in candidates if any(_title_is_name(key, fold(name)) for name in i.names())]
        else:
            named = [i for i in candidates if any(fold(name) in key for name in i.names())]
        if named:
            return _title_subject(key, named), True
    if statute:  # a statute's bare articles are its own, and the laws it cites are not it
        excerpt_of = _supplementary_excerpt_law(text, candidates)
        if excerpt_of is None and not self_named and _commented_excerpt(text):
            excerpt_of = _counted_principal(text, candidates)
        return excerpt_of, True
    return None, False


# A title quoting the name of the instrument whose provisions the page reproduces: 文章『日韓請求権並びに経済協力協定』
# に関するメモ over the text of its 第三条 (the quotation marks set the name off as the page's topic).
QUOTED_TITLE_NAME = ("『{}』", "「{}」")


def _title_is_name(key: str, name: str) -> bool:
    """Whether a statute's (folded) title is the instrument's name, or quotes it (see QUOTED_TITLE_NAME)."""
    return key.startswith(name) or any(quote.format(name) in key for quote in QUOTED_TITLE_NAME)


def _title_subject(key: str, named: list[Instrument]) -> Instrument:
    """Of the instruments a (folded) title names, the one named first on its own: ``逐条解説 EUのAI規正法(罰則
    AI規正法71条、AI規正法規則99条)`` is about AI規正法, the regulation is cited for one article. A name only inside a
    longer one (the convention inside ``…条約の実施に関する法律``) is not on its own; a tie goes to the longest name."""
    found = [
        (m.start(), m.end(), inst)
        for inst in named
        for name in inst.names()
        for m in re.finditer(re.escape(fold(name)), key)
    ]
    own = [(s, e, i) for s, e, i in found if not any(s2 <= s and e <= e2 and e2 - s2 > e - s for s2, e2, _ in found)]
    return min(own, key=lambda f: (f[0], f[0] - f[1]))[2]


# Sentences of commentary before a quoted provision: a blog post on the NPT discusses 第十条 and then quotes it
# (第十条 [脱退・有効期間] ⏎ 1 各締約国は…). A statute opens with its title and table of contents, never with prose.
COMMENTARY_SENTENCES_BEFORE = 2


def _commented_excerpt(text: str) -> bool:
    """Whether the first provision heading follows sentences of prose: the text quotes the instrument it discusses
    (the one it names most), not a statute whose own name it omits."""
    first = HEADING_RE.search(text)
    return first is not None and text.count("。", 0, first.start()) >= COMMENTARY_SENTENCES_BEFORE


# A sentence end in the polite style (です/ます), which statutes never use: the text is commentary.
POLITE_END_RE = re.compile(r"(?:です|ます|ました|でした|ません)[。」]")
# Polite sentence ends that make a text commentary: its この法律 (この法律では…としています) speaks of the law it
# explains, not of itself as a statute does.
POLITE_COMMENTARY = 2
# A heading line holding nothing but the article (第1条), as an explainer titles its sections.
BARE_HEADING_LINE_RE = re.compile(rf"^[ \u3000]*第{SP}{N}{SP}条{SUB}[ \u3000]*$", re.MULTILINE)
# A heading line with a short caption and no sentence after the article (第19条 適合性評価), as an article-by-article
# commentary titles its sections; a statute's own heading line carries the provision's text (第一条 この法律は、…。).
CAPTIONED_HEADING_LINE_RE = re.compile(
    rf"^[ \u3000]*第{SP}{N}{SP}条{SUB}[ \u3000]+[^ \u3000\n。、,，(（「]{{1,20}}[ \u3000]*$", re.MULTILINE
)


def _explainer_headings(text: str) -> bool:
    """Whether the article headings are an explainer's section titles, not a statute's own provisions: every one
    stands alone on its line, maybe with a short caption (CAPTIONED_HEADING_LINE_RE), and the prose is polite
    (``第1条⏎第1条には、…規定されています。``, a page explaining a treaty article by article). Its bare articles are
    then the treaty's it explains (counted principal)."""
    headings = HEADING_RE.findall(text)
    titles = BARE_HEADING_LINE_RE.findall(text) + CAPTIONED_HEADING_LINE_RE.findall(text)
    return len(titles) == len(headings) and len(POLITE_END_RE.findall(text)) >= 2


# A bill amending a law, named in Diet minutes that explain it: 外国人登録法の一部を改正する法律案.
AMENDING_BILL_RE = re.compile(r"の(?:一部|全部)を改正する法律案")


def _bill_subject(text: str, candidates: list[Instrument]) -> Instrument | None:
    """The law the bills under discussion make or amend (``旅券法案``, ``外国人登録法の一部を改正する法律案``), when
    they all concern one law and the text is not a statute laid out by headings: a Diet 逐条説明 (``この法律案の逐条説明
    をいたします。…まず最初の第三条でございますが``) cites that law's articles bare and says この法律, which is then
    not a statute speaking of itself."""
    if HEADING_RE.search(text):
        return None
    amending = [m.start() for m in AMENDING_BILL_RE.finditer(text)]
    laws = {
        inst.instrument_id: inst
        for inst in candidates
        for _start, end, name in inst.spans
        if end in amending or (text[end : end + 1] == "案" and amended_name(name) is None)
    }
    return next(iter(laws.values())) if len(laws) == 1 else None


def _counted_principal(text: str, candidates: list[Instrument]) -> Instrument | None:
    """The most mentioned candidate, named at least twice (or once and then called この協定).

    With several candidates, an anaphor (本条約, この条約, 同協定) counts as a mention of the instrument it points
    back to (see :func:`_anaphor_counts`): a Diet speaker names the treaty once and then says 本条約 four times, while
    an agreement and the UN Charter are named twice each. A tie at the top is broken by :func:`_tie_break`."""
    counts = Counter({i.instrument_id: sum(1 for *_, name in i.spans if name != i.number) for i in candidates})
    if not counts:
        return None
    if len(counts) > 1:
        counts.update(_anaphor_counts(text, candidates))
        counts.update(_bare_word_counts(text, candidates))
    (best, count), *rest = counts.most_common()
    if count < 2 and not rest:  # the one instrument a commentary names, then calls この協定 or 協定第二条
        count += len(SELF_WORD_RE.findall(text)) if _only_of_family(text, candidates[0]) else 0
    if rest and rest[0][1] == count:
        tied = [i for i in candidates if counts[i.instrument_id] == count]
        return _tie_break(text, tied)
    if count < 2:
        return None
    return next(i for i in candidates if i.instrument_id == best)


# An anaphor naming an instrument by its kind: 本条約, この条約, 同協定, 当該議定書, 同法 (not part of a longer name:
# 日本法, 共同宣言; not 同法施行令, the order of that law, which is another instrument; nor 同法人, この法令).
ANAPHOR_RE = re.compile(
    rf"(?:(?<![{NAME_CHAR}])(?:本|同|当該)|この)(?P<word>法律|法|条約|協定|憲章|議定書|規約|宣言|決議)"
    r"(?!施行)(?!(?<=法)[人令則廷曹学的])"
)


def _anaphor_counts(text: str, candidates: list[Instrument]) -> Counter[str]:
    """instrument id → the anaphors that point back to it: the last candidate of the anaphor's family named before it
    (本条約 after 日米間の相互協力及び安全保障条約 is that treaty, even when an agreement was named in between)."""
    mentions = sorted(((end, inst) for inst in candidates for _s, end, _n in inst.spans), key=lambda m: m[0])
    counts: Counter[str] = Counter()
    for match in ANAPHOR_RE.finditer(text):
        word = match.group("word")
        before = [inst for end, inst in mentions if end <= match.start() and same_family(inst, word)]
        if before:
            counts[before[-1].instrument_id] += 1
    return counts


# A bare instrument word right before a part of it: 憲章第2章, 憲章8章, 条約第4条 (not the end of a longer name).
BARE_WORD_PART_RE = re.compile(
    rf"(?<![{NAME_CHAR}A-Za-z])(?P<word>{BARE_INSTRUMENT_WORD})"
    rf"(?=第{SP}{N}{SP}[条章]|[0-9０-９]+[条章]|[{KANJI_DIGIT}]+条)"
)


def _bare_word_counts(text: str, candidates: list[Instrument]) -> Counter[str]:
    """instrument id → bare words citing its parts (憲章第2章 … 憲章8章 … 憲章第17章), when it is the only candidate of
    that family: an encyclopaedia article about the UN Charter's clauses calls it 憲章 throughout and names
    国連憲章 once in a note, where a constitution is named once too."""
    counts: Counter[str] = Counter()
    for match in BARE_WORD_PART_RE.finditer(text):
        family = [i for i in candidates if same_family(i, match.group("word"))]
        if len(family) == 1:
            counts[family[0].instrument_id] += 1
    return counts


# An instrument's name directly followed by an article: 日本国憲法第九条, 国連憲章51条 (the text cites its articles).
ARTICLE_AFTER_NAME_RE = re.compile(rf"{SP}(?:第{SP}{N}{SP}条|{N}条)")


def _tie_break(text: str, tied: list[Instrument]) -> Instrument | None:
    """Of candidates mentioned equally often, the only one whose articles the text cites by name (日本国憲法第九条
    against ポツダム宣言, named once each: a bare この第9条 is the constitution's), else the only one the first line
    (the headline: 中国「反外国制裁法」とは?) names; otherwise none (a tie is left unresolved, not decided by order)."""
    articled = [i for i in tied if any(ARTICLE_AFTER_NAME_RE.match(text, end) for _s, end, _n in i.spans)]
    if len(articled) == 1:
        return articled[0]
    headline_end = text.find("\n") if "\n" in text else len(text)
    headlined = [i for i in tied if any(start < headline_end for start, _e, _n in i.spans)]
    return headlined[0] if len(headlined) == 1 else None  # the page's headline names its subject
