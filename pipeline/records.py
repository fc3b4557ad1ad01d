"""Record types shared by every stage: the pipeline's small vocabulary.

This module is the ground floor: every other module imports it, it imports
nothing of ours.  Records are plain dataclasses so that they serialise to
JSON between stages (``dataclasses.asdict``) and to table rows at export.

Offsets are always character offsets into the *normalised* document text
(``IngestedDocument.text``); ``text[start:end] == surface`` holds for every
record that has a surface.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, TypeVar

T = TypeVar("T")

SECTIONS = ("header", "body", "footnote")


def to_dict(record: Any) -> dict[str, Any]:
    """Serialise a record (recursively) to JSON-ready builtins."""
    return asdict(record)


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build ``cls`` from a dict, ignoring keys the class does not know."""
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True)
class Region:
    """A stretch of the normalised text that belongs to one section."""

    start: int
    end: int
    section: str  # one of SECTIONS


@dataclass(frozen=True)
class OffsetSegment:
    """Maps ``text[start:end]`` back to the raw file.

    ``raw_start``/``raw_end`` are character offsets into the decoded raw text,
    ``byte_start``/``byte_end`` byte offsets into the raw file itself.  When the
    segment is ``linear`` every normalised character ``start + i`` comes from
    raw character ``raw_start + i``; otherwise the whole normalised stretch
    comes from the whole raw stretch (a replacement, e.g. NFKC ``㈱``).
    """

    start: int
    end: int
    raw_start: int
    raw_end: int
    byte_start: int
    byte_end: int
    linear: bool


@dataclass(frozen=True)
class NoteMarker:
    """A footnote marker cut out of the body: note number and its position."""

    note: str
    start: int  # position in the normalised text where the marker stood


@dataclass(frozen=True)
class Note:
    """One footnote (or the unnumbered access-date note ``＊``)."""

    note: str
    start: int  # start of the note's text, after its number
    end: int


@dataclass
class IngestedDocument:
    """A decoded, repaired, normalised document with its metadata."""

    doc_id: str
    source_path: str
    sha256: str
    encoding: str
    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    accessed: str | None = None
    language: str | None = None
    source_url: str | None = None
    regions: list[Region] = field(default_factory=list)
    markers: list[NoteMarker] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    offsets: list[OffsetSegment] = field(default_factory=list)
    layout: str = "plain"  # "plain" or "wrapped" (a PDF text layer)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> IngestedDocument:
        doc = from_dict(cls, data)
        doc.regions = [Region(**r) for r in data.get("regions", [])]
        doc.markers = [NoteMarker(**m) for m in data.get("markers", [])]
        doc.notes = [Note(**n) for n in data.get("notes", [])]
        doc.offsets = [OffsetSegment(**o) for o in data.get("offsets", [])]
        return doc

    def section_at(self, offset: int) -> str:
        for region in self.regions:
            if region.start <= offset < region.end:
                return region.section
        return "body"


@dataclass(frozen=True)
class Sentence:
    sent_id: int
    start: int
    end: int
    section: str
    text: str


@dataclass(frozen=True)
class Token:
    sent_id: int
    token_id: int
    start: int
    end: int
    surface: str
    lemma: str
    reading: str | None
    pos: str  # UniDic part of speech, e.g. 名詞-固有名詞-人名-姓
    upos: str  # Universal Dependencies coarse tag


@dataclass
class DateMention:
    """A temporal expression and its ISO 8601 value.

    ``kind`` is date, range, duration, time or set; ``resolution`` is explicit
    (the text gives every part), inferred (missing parts from context) or
    relative (computed from an anchor); ``anchor`` names what a non-explicit
    value was computed from: another mention id or ``published``.
    """

    mention_id: str
    start: int
    end: int
    surface: str
    kind: str
    value: str | None
    precision: str | None = None  # year, month, day, minute, ...
    resolution: str = "explicit"
    anchor: str | None = None
    calendar: str = "gregorian"  # gregorian or japanese (era)
    begin: str | None = None  # for ranges
    end_value: str | None = None
    modifier: str | None = None  # 約, 以上, ぶり, 後, 前, ...
    duration: str | None = None  # ISO 8601 length a duration or 3日前 / 9か月後 states


@dataclass
class ArticleRef:
    """A reference to a statute or treaty article (or an instrument number)."""

    mention_id: str
    start: int
    end: int
    surface: str
    kind: str = "article"  # article, structure, law_number, relative
    instrument: str | None = None
    chapter: str | None = None
    article: str | None = None
    article_sub: str | None = None
    paragraph: str | None = None
    item: str | None = None
    resolution: str | None = None  # explicit, quoted, same, principal, none
    end_article: str | None = None  # last article of a range
    instrument_id: str | None = None  # id in the instruments table of the same document
    relation: str | None = None  # prev, next, here, same or each (前条, 次項, 本条, 同号, 各号)
    unit: str | None = None  # structural unit of ``chapter``: 編 章 節 款 目 or 別表
    division: str | None = None  # 附則 for the supplementary provisions
    end_paragraph: str | None = None  # last paragraph of a range (第一項から第三項まで)
    end_item: str | None = None  # last item of a range
    subitem: str | None = None  # イ, ロ, ... under an item
    proviso: str | None = None  # ただし書, 本文, 前段, 後段, 柱書
    number: str | None = None  # law_number rows: the number, Arabic numerals (平成5年法律第88号)
    end_article_sub: str | None = None  # branch number of the last article of a range (82条の3から82条の10: 10)


@dataclass
class NameMention:
    """A person, organisation or place named in the text."""

    mention_id: str
    start: int
    end: int
    surface: str  # the name itself, without title
    type: str  # PERSON, ORG or PLACE
    canonical: str  # the full form this mention links to, within the document
    title: str | None = None  # 大統領, 外相, ... (outside the span)
    aliases: list[str] = field(default_factory=list)  # readings given in ()
    abbreviation: bool = False
    entity_id: str | None = None


@dataclass
class Entity:
    entity_id: str
    canonical: str
    type: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Citation:
    """A bibliographic record parsed from a note or an inline reference."""

    citation_id: str
    note: str | None
    start: int
    end: int
    text: str
    type: str = "note"
    authors: list[str] = field(default_factory=list)
    editor: str | None = None
    translator: str | None = None  # translator of a translated work (`長名寛明訳`)
    title: str | None = None
    container: str | None = None
    publisher: str | None = None
    date: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    url: str | None = None
    accessed: str | None = None
    language: str | None = None
    call_number: str | None = None
    number: str | None = None  # statute number, e.g. 374-ФЗ
    isbn: str | None = None
    court: str | None = None  # court of a decision: 水戸地方裁判所
    repeats: str | None = None  # citation_id a back-reference (同上, 前掲注3, Ibid.) repeats
    instrument_id: str | None = None  # the statute or treaty in the instruments table


@dataclass(frozen=True)
class CitationMarker:
    note: str
    start: int
    sent_id: int | None
    citation_id: str | None


@dataclass(frozen=True)
class ErrorRecord:
    source_path: str
    stage: str
    error: str  # exception or condition name
    message: str  # what a person can act on
    severity: str = "error"  # error or warning
    doc_id: str | None = None
