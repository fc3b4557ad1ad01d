"""Filing mentions under instruments: the registry, alias owners, the title a number belongs to.

:class:`Registry` holds the instruments found so far and finds the one a mention names:
by number, folded name, or as the tail of a known name (安保条約 of 日米安保条約;
not another version: 旧民法 is not 民法).  :func:`register` files one mention, giving an alias to its owner
and a number to its title (the name before it in parentheses or on the line above, an infobox's number row,
a title line's number below it).  :func:`repeat_mentions` adds the later unquoted uses of a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from pipeline.extractors.instruments.formal import TITLE_LINE_NAME_RE
from pipeline.extractors.instruments.titles import SUBJECT_TITLE_RE
from pipeline.extractors.instruments.vocab import NAME_CHARS, SHORT_NAMES, Instrument, NameMention, fold, kind_of
from pipeline.extractors.instruments.words import country_head

# A prefix naming another version of a law: 旧民法, 明治民法 are not 民法.
VERSION_PREFIX_RE = re.compile(r"^(?:旧|明治|大正|昭和|.*改正前の?)$")  # also 平成17年改正前商法


# A prefix that makes a kind of instrument, not a longer name of the same one: 連邦憲法 (a federal constitution, in
# translations also a federal constitutional law) is not the 憲法 a text cites, 州憲法 neither.
KIND_PREFIX_RE = re.compile(r"^(?:連邦|州|邦|共和国|自治共和国|暫定|臨時|現行|新)$")


def other_version(known: str, key: str) -> bool:
    """Whether the longer name ``known`` is another instrument than its suffix ``key`` (旧民法, 連邦憲法)."""
    prefix = known[: len(known) - len(key)]
    return bool(VERSION_PREFIX_RE.match(prefix) or KIND_PREFIX_RE.match(prefix))


def _same_number_dated(undated: str, key: str) -> bool:
    """``jp:条約:16`` (no year) against ``jp:昭和56年条約:16``: the same type and number with a year."""
    prefix, _, rest = undated.partition(":")
    if prefix != "jp" or "年" in rest or not key.startswith("jp:") or "年" not in key:
        return False
    return key.split("年", 1)[1] == rest


class Registry:
    """Instruments being built, with the lookups merging needs."""

    def __init__(self, text: str) -> None:
        self.text = text  # the document, for the context of numbers
        self.items: list[Instrument] = []
        self.by_key: dict[str, Instrument] = {}
        self.by_number: dict[str, Instrument] = {}
        self.span_ends: set[int] = set()  # where filed mentions end: an alias waits until its name's end is here

    @cached_property
    def readings(self) -> _Readings:
        """The text's reading parentheses, found once: every alias definition measures its gap against them."""
        return _Readings.of(self.text)

    def find(self, mention: NameMention) -> Instrument | None:
        if mention.number_key and mention.number_key in self.by_number:
            return self.by_number[mention.number_key]
        if mention.number_key and mention.how == "number":  # 条約第16号 after 昭和56年7月20日条約第16号
            dated = [inst for key, inst in self.by_number.items() if _same_number_dated(mention.number_key, key)]
            if len({id(inst) for inst in dated}) == 1:
                return dated[0]
        key = fold(mention.name)
        if key in self.by_key:
            return self.by_key[key]
        if mention.how in ("unquoted", "alias"):
            for known, inst in self.by_key.items():
                if known == key or not known.endswith(key) or inst.kind != kind_of(mention.name):
                    continue
                if other_version(known, key):
                    continue
                if len(key) >= 5 or mention.name in SHORT_NAMES or (len(key) >= 3 and country_head(known[: -len(key)])):
                    return inst
        return None

    def add_name(self, inst: Instrument, mention: NameMention) -> None:
        if mention.name not in inst.names():
            inst.aliases.append(mention.name)
        self.by_key.setdefault(fold(mention.name), inst)
        if mention.number_key:
            self.by_number.setdefault(mention.number_key, inst)
            inst.number = inst.number or mention.number
        inst.date = inst.date or mention.date
        inst.spans.append((mention.start, mention.end, mention.name))
        self.span_ends.add(mention.end)

    def merge(self, owner: Instrument, other: Instrument) -> None:
        """``other`` was filed under a short name before the name defining it was known: it is ``owner``."""
        absorb(owner, other)
        owner.number, owner.date = owner.number or other.number, owner.date or other.date
        self.items.remove(other)
        for table in (self.by_key, self.by_number):
            for key, inst in table.items():
                if inst is other:
                    table[key] = owner

    def new(self, mention: NameMention) -> Instrument:
        inst = Instrument("", mention.name, mention.kind, number=mention.number, date=mention.date)
        self.items.append(inst)
        self.add_name(inst, mention)
        return inst


def register(registry: Registry, mentions: list[NameMention], mention: NameMention) -> bool:
    """File one mention under its instrument; False for an alias whose owner is not known yet."""
    if mention.how in ("alias", "full"):
        if mention.owner_end is not None and not _owner_known(registry, mention.owner_end):
            return False  # the name it is defined for is filed later (unquoted names come last)
        inst = _alias_owner(registry, mention) or registry.find(mention)
        if inst is None:
            return False
        other = registry.by_key.get(fold(mention.name))
        if other is not None and other is not inst and other.canonical == mention.name:
            registry.merge(inst, other)  # 医療観察法は…号として公布: filed with its number before its definition
        registry.add_name(inst, mention)
        if mention.how == "full" and inst.canonical != mention.name:  # the full name is the canonical one
            inst.aliases = [inst.canonical, *(a for a in inst.aliases if a != mention.name)]
            inst.canonical = mention.name
        return True
    inst = registry.find(mention)
    if inst is None and mention.how == "number":
        inst = (
            _titled_by(registry, mentions, mention)
            or _title_line_number(registry, mentions, mention)
            or _infobox_number(registry, mentions, mention)
            or _number_above_title(registry, mentions, mention)
        )
    if inst is None:
        registry.new(mention)
    else:
        registry.add_name(inst, mention)
    return True


# Characters between a name and its alias: (以下「, (正式名称:, or a reference and (以下、 (第2章第1節(以下、).
_ALIAS_GAP = 24
# The reading an encyclopaedia gives in parentheses after a name, which does not count in that gap:
# 日米地位協定合意議事録(にちべいちいきょうていごういぎじろく)、正式名称で…
READING_PAREN_RE = re.compile(r"[(（][ぁ-んー・ ]{2,60}[)）]")


def _owner_known(registry: Registry, end: int) -> bool:
    """Whether a filed mention ends at ``end`` (a set: scanning every span per alias was quadratic, issue 7).
    Mentions are filed only by add_name, and merge moves spans between instruments without dropping any."""
    return end in registry.span_ends


@dataclass(frozen=True)
class _Readings:
    """The READING_PAREN_RE matches of a whole text with running totals of their lengths.

    Stripping the readings from the stretch between every earlier name and an alias made alias lookup quadratic in
    the length of a document (issue 7: 47.7 of 51 s on 131K characters). A match is an opening parenthesis, kana
    that hold no parenthesis, and the first closing one after them, so matches never overlap and the matches of a
    slice are exactly the whole text's matches that lie inside it: the stripped length of a slice is its length less
    the lengths of those matches, two bisections and a subtraction."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    before: tuple[int, ...]  # before[i]: characters in matches 0 .. i-1

    @classmethod
    def of(cls, text: str) -> _Readings:
        spans = [m.span() for m in READING_PAREN_RE.finditer(text)]
        before = [0]
        for start, end in spans:
            before.append(before[-1] + end - start)
        return cls(tuple(s for s, _ in spans), tuple(e for _, e in spans), tuple(before))

    def outside(self, start: int, end: int) -> int:
        """len(READING_PAREN_RE.sub("", text[start:end])): the characters of the slice outside its readings."""
        if end <= start:
            return 0
        first, last = bisect_left(self.starts, start), bisect_right(self.ends, end)
        return end - start - (self.before[last] - self.before[first] if last > first else 0)


def _alias_owner(registry: Registry, alias: NameMention) -> Instrument | None:
    """The instrument whose mention ends right before this alias definition (within _ALIAS_GAP; readings are free)."""
    best: Instrument | None = None
    best_end = -1
    readings = registry.readings
    for inst in registry.items:
        for _start, end, _ in inst.spans:
            if best_end < end <= alias.start and readings.outside(end, alias.start) <= _ALIAS_GAP:
                best, best_end = inst, end
    return best


def _titled_by(registry: Registry, mentions: list[NameMention], number: NameMention) -> Instrument | None:
    """A number whose name stands right before it in parentheses: 行政手続法(平成五年法律第八十八号)."""
    owner, text = None, registry.text
    for mention in mentions:
        if mention.how not in ("quoted", "unquoted"):
            continue
        if mention.end > number.start:
            break
        if _in_promulgation_line(text, mention.start) or (owner is not None and mention.end <= owner.end):
            continue  # the promulgation sentence repeats the title above it (NAME_LINE_GAP_RE skips it)
        gap = text[mention.end : number.start]
        if len(gap) <= 1 or (NAME_LINE_GAP_RE.match(gap) and _starts_line(text, mention.start)):
            owner = mention
        elif PROMULGATED_AS_RE.match(text, number.end) and (
            not re.search("[。\n]", gap) or ADOPTION_LINE_GAP_RE.match(gap)
        ):
            owner = mention  # the last name of the sentence: 「…法律案」は…成立し、…法律第44号として公布された
        else:
            owner = None
    if owner is None:
        return None
    return registry.find(owner) or registry.new(owner)


# The number type that fits each kind of instrument: a 条約 number for a treaty, an agreement, a protocol ...
# A local ordinance's page prints its number under the title and the enactment date: 中野区自転車等放置防止条例 ⏎
# 昭和63年3月31日 ⏎ 条例第15号 (and a rule of a mayor 規則第N号).
NUMBER_TYPE_KINDS = {
    "条約": ("treaty", "agreement", "protocol", "charter", "covenant"),
    "法律": ("law",),
    "条例": ("ordinance",),
    "規則": ("regulation",),
}


def number_type(number: str) -> str | None:
    """The NUMBER_TYPE_KINDS type a number is written with (条約 of 昭和39年条約第14号), or None."""
    return next((t for t in NUMBER_TYPE_KINDS if f"{t}第" in number), None)


# How far below the title line its number may stand (an infobox: 署名 …, 文献情報 …官報号外第135号条約第27号).
TITLE_NUMBER_WINDOW = 3


def _title_line_number(registry: Registry, mentions: list[NameMention], number: NameMention) -> Instrument | None:
    """A number with no name of its own, in the lines under a title line that names an instrument of a kind that
    number type fits, no other name between: the titled instrument's number (a treaty page's infobox)."""
    text = registry.text
    title = TITLE_LINE_NAME_RE.match(text)
    kind = number_type(number.name)
    if title is None or kind is None or text.count("\n", title.end("name"), number.start) > TITLE_NUMBER_WINDOW:
        return None
    if text[number.start - 1 : number.start] in ("(", "（"):
        return None  # 私的独占の…法律 ⏎ (平成二八年…法律第一〇八号): the amending act of an e-Gov amendment page
    between = [m for m in mentions if title.end("name") <= m.start < number.start and m.how != "number"]
    between = [m for m in between if m.owner_end != title.end("name")]  # its 略称 on the title line
    named = next((m for m in mentions if (m.start, m.end) == title.span("name") and m.how != "number"), None)
    if between or named is None or named.kind not in NUMBER_TYPE_KINDS[kind]:
        return None
    return registry.find(named) or registry.new(named)  # the title may be filed later (unquoted names come last)


# A promulgated act as the Diet prints it (衆議院 制定法律): its number and date on the first line, then its title
# marked ◎ (法律第一号(平一六・二・一六) ⏎ ◎外国為替及び外国貿易法の一部を改正する法律). The number is that act's.
NUMBER_LINE_REST_RE = re.compile(r"[ \u3000]*(?:[(（][^()（）\n]{1,20}[)）])?[ \u3000]*\n[ \u3000]*[◎○]?[ \u3000]*")


def _number_above_title(registry: Registry, mentions: list[NameMention], number: NameMention) -> Instrument | None:
    """A number opening the text's first line, the next line an instrument's name alone (see NUMBER_LINE_REST_RE),
    of a kind that number type fits: that instrument's number."""
    text = registry.text
    kind = number_type(number.name)
    rest = NUMBER_LINE_REST_RE.match(text, number.end)
    if kind is None or rest is None or text[: number.start].strip(" \u3000\n"):
        return None
    line_end = text.find("\n", rest.end()) % (len(text) + 1)
    named = next(
        (m for m in mentions if m.start == rest.end() and m.how != "number" and m.kind in NUMBER_TYPE_KINDS[kind]),
        None,
    )
    if named is None or text[named.end : line_end].strip(" \u3000"):
        return None
    return registry.find(named) or registry.new(named)


# The label of the number row of an encyclopaedia infobox (Wikipedia's Template:条約 prints 文献情報 …官報号外条約第1号
# some ten rows under the title), or of a law database header (法令番号).
INFOBOX_NUMBER_LABEL_RE = re.compile(r"【?(?:文献情報|法令番号|条約番号)[ \u3000]*[:：】]?[ \u3000]*")
# How many lines at the head of the page hold the infobox's title (the short name, then the formal one).
INFOBOX_TITLE_LINES = 2


def _infobox_number(registry: Registry, mentions: list[NameMention], number: NameMention) -> Instrument | None:
    """A number on the labelled number row of an infobox that opens the page, no sentence above it: the number of
    the instrument the infobox's title lines name (a title of a kind that number type fits)."""
    text = registry.text
    line_start = text.rfind("\n", 0, number.start) + 1
    label = INFOBOX_NUMBER_LABEL_RE.match(text, line_start)
    kind = number_type(number.name)
    if label is None or kind is None or "。" in text[:line_start]:
        return None
    title_end = 0
    for _ in range(INFOBOX_TITLE_LINES):
        title_end = text.find("\n", title_end) + 1 or len(text)
    titled = [m for m in mentions if m.how != "number" and m.end <= title_end and m.kind in NUMBER_TYPE_KINDS[kind]]
    if not titled:
        return None
    return registry.find(titled[0]) or registry.new(titled[0])


# A name on its own line and its number on the next, maybe after a label: 外交関係に関するウィーン条約
# ⏎【法令番号 】昭和三十九年六月二十六日条約第十四号 (law databases print a law's header so).
# Law sites print the part shown after the name (福島復興再生特別措置法《附則》) and label the number
# line 法番号: or 法令番号：.
# A statute's header may hold its promulgation sentence between the two: 法の適用に関する通則法 ⏎ 法の適用に関する
# 通則法をここに公布する。 ⏎ 法律第七十八号 (as e-Gov and Wikisource print promulgated texts).
NAME_LINE_GAP_RE = re.compile(
    r"^(?:《[^》\n]{1,8}》)?[ \u3000]*\n(?:[^\n]{0,100}をここに公布する。[ \u3000]*\n)?"
    r"(?:【[^】\n]{1,12}】|法令?番号[ \u3000]*[:：])?[ \u3000]*$"
)
# A number that a law received when promulgated: 平成29年6月2日法律第44号として公布された, or adopted as a
# decision of the body that passed it: …常設会議決定第六二号として採択され.
PROMULGATED_AS_RE = re.compile(r"として(?:公布|制定|成立|締結|採択)")
# The gap between a name ending its line and the number of the line below, written with its date and the body that
# adopted it (a statute's header: …タバコ統制法 ⏎ 2005年7月20日 最高人民会議常任委員会決定第1200号として採択).
ADOPTION_LINE_GAP_RE = re.compile(r"^[ \u3000]*\n[^\n。、]{0,40}$")


def _in_promulgation_line(text: str, offset: int) -> bool:
    """Whether ``offset`` stands in a promulgation sentence line (…をここに公布する。), names and all."""
    end = text.find("\n", offset)
    line = text[text.rfind("\n", 0, offset) + 1 : end if end >= 0 else len(text)]
    return "をここに公布する" in line


def _starts_line(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] == "\n"


def repeat_mentions(text: str, items: list[Instrument]) -> None:
    """Every later use of a known name or alias is a mention too (新法第六章 after (以下「新法」という。))."""
    taken = sorted((s, e) for inst in items for s, e, name in inst.spans if not SUBJECT_TITLE_RE.search(name))
    names = sorted(
        ((name, inst) for inst in items for name in inst.names() if len(name) >= 2), key=lambda x: -len(x[0])
    )
    for name, inst in names:
        for match in re.finditer(re.escape(name), text):
            span = (match.start(), match.end())
            if any(span[0] < e and s < span[1] for s, e in taken):
                continue
            if (
                len(name) == 2
                and re.match(rf"[{NAME_CHARS}]", text[span[1] : span[1] + 1])
                and not text.startswith("第", span[1])
            ):
                continue
            inst.spans.append((span[0], span[1], name))
            if not SUBJECT_TITLE_RE.search(name):
                taken.append(span)


def absorb(owner: Instrument, other: Instrument) -> None:
    """``other`` is another name of ``owner``: its names become aliases and its mentions ``owner``'s."""
    owner.aliases += [name for name in other.names() if name not in owner.names()]
    owner.spans += other.spans
