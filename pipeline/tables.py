"""The table contract (v1): every table, column, type and key, in one place.

Export builds the Parquet schemas, the CSV headers and ``datapackage.json``
from these definitions, and the tests check ``processed/README.md`` against
them, so the contract cannot drift from what is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

CONTRACT_VERSION = "1"

_ARROW = {"string": pa.string(), "integer": pa.int64(), "boolean": pa.bool_(), "array": pa.list_(pa.string())}


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # frictionless type: string, integer, boolean, array (of strings)
    description: str
    required: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = field(default=())

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, _ARROW[c.type], nullable=not c.required) for c in self.columns])

    def frictionless_schema(self) -> dict:
        schema: dict = {
            "fields": [
                {"name": c.name, "type": c.type, "description": c.description}
                | ({"constraints": {"required": True}} if c.required else {})
                for c in self.columns
            ],
            "primaryKey": list(self.primary_key),
        }
        if self.foreign_keys:
            schema["foreignKeys"] = [
                {"fields": list(local), "reference": {"resource": resource, "fields": list(remote)}}
                for local, resource, remote in self.foreign_keys
            ]
        return schema


def _c(name: str, type_: str, description: str, required: bool = False) -> Column:
    return Column(name, type_, description, required)


DOC_ID = _c("doc_id", "string", "Stable document id: the path under the raw directory without its extension.", True)
START = _c("start", "integer", "Start character offset into documents.text (inclusive).", True)
END = _c("end", "integer", "End character offset into documents.text (exclusive).", True)
SURFACE = _c("surface", "string", "The text as it stands: documents.text[start:end].", True)
MENTION_ID = _c("mention_id", "string", "Id of the mention, unique within its document, in text order.", True)
_TO_DOC = ((("doc_id",), "documents", ("doc_id",)),)

TABLES: tuple[Table, ...] = (
    Table(
        "documents",
        "One row per document that was read: metadata and the whole normalised text.",
        (
            DOC_ID,
            _c("source_path", "string", "Path of the raw file, relative to the raw directory.", True),
            _c("sha256", "string", "SHA-256 of the raw file's bytes.", True),
            _c("encoding", "string", "Detected encoding of the raw file (utf-8, utf-8-sig, cp932, ...).", True),
            _c("title", "string", "Title: sidecar, else the longest header line."),
            _c("author", "string", "Author or department line of the header."),
            _c("published", "string", "Publication date (ISO 8601): sidecar, else a date line in the header."),
            _c("accessed", "string", "Access date of the document's URLs, from its access-date note (ISO 8601)."),
            _c("language", "string", "Language (ISO 639-1): sidecar, else guessed from the script."),
            _c("source_url", "string", "Source URL, from the sidecar."),
            _c("layout", "string", "wrapped (a repaired PDF text layer) or plain.", True),
            _c("n_chars", "integer", "Length of text in characters.", True),
            _c("text", "string", "Normalised text: header, body and notes, one paragraph a line.", True),
        ),
        ("doc_id",),
    ),
    Table(
        "sentences",
        "Sentences of every document; notes are sentences of the footnote section.",
        (
            DOC_ID,
            _c("sent_id", "integer", "Sentence number within the document, from 0.", True),
            _c("section", "string", "header, body or footnote.", True),
            START,
            END,
            _c("text", "string", "documents.text[start:end].", True),
        ),
        ("doc_id", "sent_id"),
        _TO_DOC,
    ),
    Table(
        "tokens",
        "fugashi (MeCab + UniDic lite) tokens; whitespace is not a token.",
        (
            DOC_ID,
            _c("sent_id", "integer", "Sentence of the token.", True),
            _c("token_id", "integer", "Token number within the document, from 0.", True),
            START,
            END,
            SURFACE,
            _c("lemma", "string", "UniDic lemma."),
            _c("reading", "string", "Reading in katakana (UniDic kana)."),
            _c("pos", "string", "UniDic part of speech, levels joined by '-' (名詞-固有名詞-人名-姓).", True),
            _c("upos", "string", "Universal Dependencies coarse tag (spaCy's UniDic mapping).", True),
        ),
        ("doc_id", "token_id"),
        ((("doc_id", "sent_id"), "sentences", ("doc_id", "sent_id")),),
    ),
    Table(
        "dates",
        "Temporal expressions with ISO 8601 values, resolved in context.",
        (
            DOC_ID,
            MENTION_ID,
            START,
            END,
            SURFACE,
            _c("kind", "string", "date, range, duration, time or set (a recurrence, TIMEX3 SET: 毎週月曜).", True),
            _c(
                "value",
                "string",
                "ISO 8601 value: 2024-11-09, 2024-06, 2024, --06-19 and ---20 (no year known), "
                "2024-06-18/2024-06-19, P28Y, PT2H, 2016-W50 (week), 199 (decade), 19 (century); "
                "2024-06-20TNI (part of day, TIMEX3); sets: XXXX-WXX-1 (every Monday), XXXX-04, P1W (weekly).",
            ),
            _c(
                "precision",
                "string",
                "Finest unit the value gives: century, decade, year, season, month, week, day, "
                "part_of_day, hour, minute.",
            ),
            _c("resolution", "string", "explicit (all in the text), inferred (parts from context) or relative.", True),
            _c("anchor", "string", "What a non-explicit value was computed from: a mention_id or 'published'."),
            _c("calendar", "string", "gregorian or japanese (an era date)."),
            _c("begin", "string", "First day of a range."),
            _c("end_value", "string", "Last day of a range."),
            _c("modifier", "string", "Qualifier in the text: 約, 以上, ぶり, 後, 前, 過ぎ, ..."),
            _c("duration", "string", "Length the text states (ISO 8601): P9M for 約9か月後, P28Y for 28年ぶり."),
        ),
        ("doc_id", "mention_id"),
        _TO_DOC,
    ),
    Table(
        "article_refs",
        "References to articles of statutes and treaties, and instrument numbers.",
        (
            DOC_ID,
            MENTION_ID,
            START,
            END,
            SURFACE,
            _c("kind", "string", "article, structure (章 編 節 ...), law_number or relative (前条, 同条 ...)."),
            _c("instrument", "string", "Canonical name of the law or treaty referred to (instruments.canonical)."),
            _c("chapter", "string", "Chapter or other structural unit, Arabic numerals."),
            _c("article", "string", "Article number (Arabic); first article of a range."),
            _c("article_sub", "string", "Branch number: 第3条の2 gives 2; 第七十条の五の二 gives 5_2."),
            _c("paragraph", "string", "Paragraph (項) number."),
            _c("item", "string", "Item (号) number."),
            _c("resolution", "string", "How instrument was found: explicit, quoted, same, principal or none."),
            _c("end_article", "string", "Last article of a range (第1条から第3条まで gives 3)."),
            _c("instrument_id", "string", "Id of the instrument in the instruments table of the same document."),
            _c("relation", "string", "Relative reference: prev, next, here, same, each (前条 次項 本条 同号 各号)."),
            _c("unit", "string", "Unit of chapter: 編, 章, 節, 款, 目 or 別表."),
            _c("division", "string", "附則 when the article is in the supplementary provisions."),
            _c("end_paragraph", "string", "Last paragraph of a range (第一項から第三項まで gives 3)."),
            _c("end_item", "string", "Last item of a range."),
            _c("subitem", "string", "Subitem under an item: イ, ロ, ..."),
            _c("proviso", "string", "Part of the provision: ただし書, 本文, 前段, 後段 or 柱書."),
            _c("number", "string", "law_number rows: the number in Arabic numerals (平成5年法律第88号, 374-ФЗ)."),
            _c("end_article_sub", "string", "Branch number of the last article of a range (82条の3から82条の10: 10)."),
        ),
        ("doc_id", "mention_id"),
        _TO_DOC,
    ),
    Table(
        "instruments",
        "Laws, treaties, agreements, charters and resolutions named in each document.",
        (
            DOC_ID,
            _c("instrument_id", "string", "Id of the instrument within its document.", True),
            _c("canonical", "string", "Full name.", True),
            _c("kind", "string", "treaty, law, charter, agreement, resolution, protocol, ..."),
            _c("aliases", "array", "Other names used for it in the document (JSON array in CSV)."),
            _c("number", "string", "Its number, where the text gives one."),
            _c("date", "string", "Its date (ISO 8601), where the text gives one."),
            START,
            END,
        ),
        ("doc_id", "instrument_id"),
        _TO_DOC,
    ),
    Table(
        "entities",
        "People, organisations and places, one row per entity across the corpus.",
        (
            _c("entity_id", "string", "Stable id derived from type and canonical name.", True),
            _c("canonical", "string", "Canonical (full) name.", True),
            _c("type", "string", "PERSON, ORG or PLACE.", True),
            _c("aliases", "array", "Every surface and reading seen for it (JSON array in CSV)."),
        ),
        ("entity_id",),
    ),
    Table(
        "mentions",
        "Each occurrence of a name, linked to its entity.",
        (
            DOC_ID,
            MENTION_ID,
            _c("entity_id", "string", "The entity this mention refers to."),
            START,
            END,
            SURFACE,
            _c("type", "string", "PERSON, ORG or PLACE.", True),
            _c("title", "string", "Title or honorific after the name (大統領, 外相, 氏), not part of surface."),
            _c("canonical", "string", "Full form the mention links to within its document."),
            _c("abbreviation", "boolean", "True for one-character country abbreviations (朝ロ, 韓米日)."),
        ),
        ("doc_id", "mention_id"),
        (*_TO_DOC, (("entity_id",), "entities", ("entity_id",))),
    ),
    Table(
        "citations",
        "Bibliographic records parsed from notes and inline references.",
        (
            DOC_ID,
            _c("citation_id", "string", "Id within the document.", True),
            _c("note", "string", "Note number, or empty for an inline reference."),
            START,
            END,
            _c("text", "string", "documents.text[start:end]: the note without its number.", True),
            _c("type", "string", "Kind of work: news, book, chapter, journal article, statute, treaty, note, ..."),
            _c("authors", "array", "Authors (JSON array in CSV)."),
            _c("editor", "string", "Editor of the book or collection."),
            _c("translator", "string", "Translator of a translated work."),
            _c("title", "string", "Title of the work cited."),
            _c("container", "string", "Journal, newspaper, book or site containing it."),
            _c("publisher", "string", "Publisher."),
            _c("date", "string", "Date of the work (ISO 8601)."),
            _c("volume", "string", "Volume."),
            _c("issue", "string", "Issue or number."),
            _c("pages", "string", "Pages: 94, 7-36."),
            _c("url", "string", "URL, repaired across line breaks, without <>."),
            _c("accessed", "string", "Access date of the URL (ISO 8601), from the document's access-date note."),
            _c("language", "string", "Language of the reference (ja, ru, en, ...)."),
            _c("call_number", "string", "NDL call number given in 【】."),
            _c("number", "string", "Statute or document number (374-ФЗ)."),
            _c("isbn", "string", "ISBN, digits only."),
            _c("court", "string", "Court of a court decision (水戸地方裁判所)."),
            _c("repeats", "string", "citation_id a back-reference (同上, 前掲注3, Ibid., op. cit.) repeats."),
            _c("instrument_id", "string", "The statute or treaty cited, in the instruments table of the document."),
        ),
        ("doc_id", "citation_id"),
        _TO_DOC,
    ),
    Table(
        "citation_markers",
        "Note markers cut out of the body, each linked to its citation and sentence.",
        (
            DOC_ID,
            _c("note", "string", "Note number of the marker.", True),
            _c("start", "integer", "Offset in documents.text where the marker stood (it is not in the text).", True),
            _c("sent_id", "integer", "Sentence the marker belongs to."),
            _c("citation_id", "string", "Citation of the note; empty if the note is missing."),
        ),
        ("doc_id", "note", "start"),
        (*_TO_DOC, (("doc_id", "sent_id"), "sentences", ("doc_id", "sent_id"))),
    ),
    Table(
        "offsets",
        "Offset map: documents.text[start:end] comes from raw characters [raw_start, raw_end) "
        "and raw bytes [byte_start, byte_end) of the source file.",
        (
            DOC_ID,
            START,
            END,
            _c("raw_start", "integer", "Start in the decoded raw text (characters).", True),
            _c("raw_end", "integer", "End in the decoded raw text (characters).", True),
            _c("byte_start", "integer", "Start in the raw file (bytes, BOM included).", True),
            _c("byte_end", "integer", "End in the raw file (bytes).", True),
            _c("linear", "boolean", "True when character i of the run comes from raw character raw_start + i.", True),
        ),
        ("doc_id", "start"),
        _TO_DOC,
    ),
    Table(
        "errors",
        "Files and stages that failed (error) or need attention (warning); the batch went on.",
        (
            _c("source_path", "string", "Raw file concerned, relative to the raw directory.", True),
            _c("doc_id", "string", "Its doc_id, when it has one."),
            _c("stage", "string", "ingest, segment, extract:COMPONENT or export.", True),
            _c("severity", "string", "error (the document or stage was lost) or warning.", True),
            _c("error", "string", "Kind of error (DecodeError, FileTooLarge, MarkerWithoutNote, ...).", True),
            _c("message", "string", "What happened and what to do about it.", True),
        ),
        (),
    ),
)

TABLES_BY_NAME = {table.name: table for table in TABLES}
