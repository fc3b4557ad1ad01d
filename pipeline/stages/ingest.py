"""Stage 1, ingest: raw files in, ``IngestedDocument`` records (or ``ErrorRecord`` rows) out.

For each file: read the bytes (with a size limit), decode without silent
replacement, read the optional sidecar ``NAME.meta.json``, repair the layout
(wraps, footnote blocks, note markers), normalise characters, assemble the
document text as header + body + notes with regions, and read the header
metadata.  A file that cannot be read becomes one error row; the batch goes on.
"""

from __future__ import annotations

import hashlib
import json
import re
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.formats import SUFFIXES, read_source
from pipeline.records import ErrorRecord, IngestedDocument, Note, NoteMarker, Region
from pipeline.text.decode import DecodeError, is_blank
from pipeline.text.layout import HEADING, RepairedLayout, repair_layout
from pipeline.text.normalize import normalize
from pipeline.text.offsets import TrackedText

SUPPORTED_SUFFIXES = SUFFIXES  # .txt, .pdf, .html, .htm (pipeline/formats)
SIDECAR_SUFFIX = ".meta.json"
SIDECAR_KEYS = {"title": str, "published": str, "source_url": str, "language": str, "author": str, "accessed": str}
DEFAULT_MAX_BYTES = 100 * 1024 * 1024
# One document's text may hold at most this many characters: spaCy's default ``nlp.max_length``,
# the most the segmenter takes in one Doc.  Beyond it the file is refused with a clear row.
DEFAULT_MAX_CHARS = 1_000_000
# Codecs with shift states: the same text can be written with more escape sequences than needed.
STATEFUL_CODECS = ("iso2022_jp",)
MAX_SIDECAR_BYTES = 1024 * 1024  # metadata is a few lines; a bigger sidecar is a mistake
MAX_SIDECAR_VALUE = 2000  # characters of one metadata value
# Sidecar dates are ISO 8601 like the table columns: ``2024``, ``2024-06``, ``2024-06-28``.
SIDECAR_DATE = re.compile(r"^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$")
# A language code, ISO 639-1 or 639-3, optionally with a region: ``ja``, ``en``, ``zh-TW``.
SIDECAR_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$")
SIDECAR_FORMATS = {"published": SIDECAR_DATE, "accessed": SIDECAR_DATE, "language": SIDECAR_LANGUAGE}

# A header line that is only a date: ``【2024年6月28日】``, ``2024.6.28``, ``令和6年6月28日``.
DATE_LINE = re.compile(
    r"^[【\[(]?\s*(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|(?:令和|平成|昭和)(?:[0-9]{1,2}|元)年[0-9]{1,2}月[0-9]{1,2}日"
    r"|[0-9]{4}[./-][0-9]{1,2}[./-][0-9]{1,2})(?:\s*\S{0,6})?\s*[】\])]?$"
)
# An author or department line: ``海外立法情報課 堀田 主``, ``政治議会課 山田太郎``, ``文責:山田``.
AUTHOR_LINE = re.compile(
    r"^(?:\S{1,20}(?:課|部|局|室|所|センター|調査室|研究所|班)[ \u3000]+\S{1,5}(?:[ \u3000]\S{1,5})?"
    r"|(?:文責|筆者|著者|執筆)[:：]?\s*\S{1,20}|\S{1,10}[ \u3000]?\S{0,5}(?:記者|著))$"
)
# The access date of every URL in the notes: ``インターネット情報の最終アクセス日は、2024年12月4日``.
ACCESS_DATE = re.compile(r"(?:最終)?(?:アクセス|閲覧|参照)日[はは:：、\s]*(?P<date>[^。\s]{6,20}?日)")
_MAX_HEADER_LINE = 80


@dataclass(frozen=True)
class SourceFile:
    path: Path
    doc_id: str
    relative: str
    root: Path | None = None  # the resolved raw directory: a sidecar link must not lead out of it


class FileTooLarge(Exception):
    """The file is over the configured byte limit (``--max-bytes``)."""


def discover(raw_dir: Path) -> tuple[list[SourceFile], list[ErrorRecord]]:
    """Every document under ``raw_dir`` (recursively, sorted), and rows for what is skipped."""
    files: list[SourceFile] = []
    errors: list[ErrorRecord] = []
    seen: dict[str, str] = {}
    root = raw_dir.resolve()
    for path in sorted(raw_dir.rglob("*")):
        parts = path.relative_to(raw_dir).parts
        relative = path.relative_to(raw_dir).as_posix()
        if any(part.startswith(".") for part in parts):
            continue
        if not _valid_name(relative):
            message = "the file name is not valid UTF-8; rename it (e.g. convmv -f cp932 -t utf8 --notest NAME)"
            errors.append(ErrorRecord(_escaped(relative), "ingest", "BadFileName", message))
            continue
        problem = _symlink_problem(path, root) if path.is_symlink() else None
        if problem:
            errors.append(_skip(relative, *problem))
            continue
        if not path.is_file() or relative.endswith(SIDECAR_SUFFIX) or path.name == "README.md":
            continue
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            errors.append(_skip(relative, "UnsupportedFormat", f"'{path.suffix}' files are not read: .txt .pdf .html"))
            continue
        doc_id = Path(relative).with_suffix("").as_posix()
        if doc_id in seen:
            errors.append(_skip(relative, "DuplicateDocId", f"doc_id '{doc_id}' is already taken by {seen[doc_id]}"))
            continue
        seen[doc_id] = relative
        files.append(SourceFile(path, doc_id, relative, root))
    return files, errors


def _valid_name(relative: str) -> bool:
    """A name that is not UTF-8 arrives with surrogate escapes; it could not be written to any table."""
    try:
        relative.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _escaped(relative: str) -> str:
    """A printable stand-in for a non-UTF-8 name: its bad bytes as ``\\xNN``."""
    return relative.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _symlink_problem(path: Path, root: Path) -> tuple[str, str] | None:
    """Why a symbolic link is not followed (missing target, loop, target outside raw/), or None."""
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return "BrokenSymlink", "symbolic link points to a missing file; fix or remove the link"
    except (RuntimeError, OSError) as exc:  # 3.11 raises RuntimeError on a loop, later versions OSError
        return "SymlinkLoop", f"symbolic link cannot be resolved ({exc}); remove the link"
    if not target.is_relative_to(root):
        return "SymlinkOutside", "symbolic link points outside the raw directory; not followed (copy the file in)"
    return None


def _skip(relative: str, error: str, message: str) -> ErrorRecord:
    return ErrorRecord(relative, "ingest", error, message, severity="warning")


def ingest_all(raw_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[IngestedDocument | ErrorRecord]:
    """Ingest every document; yields documents and error rows in path order."""
    files, errors = discover(raw_dir)
    yield from errors
    for source in files:
        yield from ingest_file(source, max_bytes)


def ingest_file(
    source: SourceFile, max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int | None = DEFAULT_MAX_CHARS
) -> Iterator[IngestedDocument | ErrorRecord]:
    """One document (plus a warning row for a bad sidecar), or exactly one error row.

    ``max_chars`` is the segmenter's limit for the staged commands, which hold a whole document; the batch
    run passes ``None`` (it segments a long document section by section)."""

    def error(name: str, message: str) -> ErrorRecord:
        return ErrorRecord(source.relative, "ingest", name, message, doc_id=source.doc_id)

    try:
        data = read_raw_bytes(source.path, max_bytes)
        decoded = read_source(source.path, data)
    except FileTooLarge as exc:
        yield error("FileTooLarge", str(exc))
        return
    except DecodeError as exc:
        yield error("DecodeError", str(exc))
        return
    except OSError as exc:
        yield error("ReadError", f"the file cannot be read ({exc.strerror or exc}); check it exists and is readable")
        return
    except Exception as exc:  # a reader's bug on one odd file must not stop the batch
        yield error(type(exc).__name__, _unexpected(exc, "reading"))
        return
    if max_chars is not None and len(decoded.text) > max_chars:
        yield error("TextTooLong", f"the text has {len(decoded.text)} characters, more than the {max_chars} one "
                    "document may have (the segmenter's limit); split the file into smaller documents")  # fmt: skip
        return
    try:
        document = build_document(decoded.text, source.doc_id, source.relative, decoded.codec, decoded.bom_length)
    except Exception as exc:  # a layout or normalisation bug on one odd file must not stop the batch
        yield error(type(exc).__name__, _unexpected(exc, "repairing and normalising"))
        return
    if is_blank(document.text):
        yield error("NoText", "nothing is left after layout repair and normalisation; check the file's content")
        return
    if decoded.codec in STATEFUL_CODECS and decoded.text.encode(decoded.codec) != data[decoded.bom_length :]:
        yield ErrorRecord(source.relative, "ingest", "RedundantEscapes", "the file has redundant ISO-2022-JP escape "
                          "sequences: the text is exact, offsets.byte_* count the re-encoded text; re-save it as "
                          "UTF-8 for exact byte offsets", severity="warning", doc_id=source.doc_id)  # fmt: skip
    meta, problem = read_sidecar(source.path, source.root)
    if problem:
        yield ErrorRecord(source.relative, "ingest", "BadSidecar", problem, severity="warning", doc_id=source.doc_id)
    document.sha256 = hashlib.sha256(data).hexdigest()
    document.encoding = decoded.encoding
    for key, value in (decoded.meta | meta).items():  # sidecar wins over the file's own metadata
        setattr(document, key, value)
    yield document


def read_raw_bytes(path: Path, max_bytes: int) -> bytes:
    """The one place a raw file's bytes are read: at most ``max_bytes`` (a file growing meanwhile too)."""
    size = path.stat().st_size
    if size <= max_bytes:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
        if len(data) <= max_bytes:
            return data
        size = max(size, len(data))
    raise FileTooLarge(f"the file has {size} bytes, over the limit of {max_bytes}; raise --max-bytes or split the file")


def _unexpected(exc: Exception, while_doing: str) -> str:
    """An unexpected exception as a row message: what, where, and what to do."""
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    place = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
    return f"{type(exc).__name__} while {while_doing} the file{place}: {exc}; a pipeline bug: report it with the file"


def read_sidecar(path: Path, root: Path | None = None) -> tuple[dict[str, str], str | None]:
    """Metadata from ``NAME.meta.json`` (or ``NAME.txt.meta.json``) and a problem, if any.

    The sidecar is JSON read with ``json.loads`` only: data, never code.
    """
    candidates = [path.with_suffix(SIDECAR_SUFFIX), path.with_name(path.name + SIDECAR_SUFFIX)]
    sidecar = next((c for c in candidates if c.is_file()), None)
    if sidecar is None:
        return {}, None
    data, problem = _load_sidecar(sidecar, root)
    if problem:
        return {}, f"{sidecar.name} {problem}; its metadata was ignored"
    if not isinstance(data, dict):
        return {}, f"{sidecar.name} must hold a JSON object, not {type(data).__name__}; its metadata was ignored"
    meta, ignored = {}, []
    for key, value in sorted(data.items()):
        reason = _sidecar_value_problem(key, value)
        if reason:
            ignored.append(f"{key} ({reason})")
        else:
            meta[key] = value.strip()
    problem = f"{sidecar.name}: ignored {'; '.join(ignored)}" if ignored else None
    return meta, problem


def _load_sidecar(sidecar: Path, root: Path | None) -> tuple[object, str | None]:
    """The parsed JSON, or why it cannot be had."""
    if root is not None and sidecar.is_symlink() and _symlink_problem(sidecar, root):
        return None, "is a symbolic link out of the raw directory (not followed)"
    try:
        if sidecar.stat().st_size > MAX_SIDECAR_BYTES:
            return None, f"is larger than {MAX_SIDECAR_BYTES} bytes"
        return json.loads(sidecar.read_text(encoding="utf-8-sig")), None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, f"is not valid UTF-8 JSON ({exc})"
    except RecursionError:
        return None, "is nested too deeply to be metadata"
    except OSError as exc:
        return None, f"cannot be read ({exc.strerror or exc})"


def _sidecar_value_problem(key: str, value: object) -> str | None:
    """Why one sidecar entry is not used, or None when it is good."""
    if key not in SIDECAR_KEYS:
        return f"unknown key; known: {', '.join(sorted(SIDECAR_KEYS))}"
    if not isinstance(value, SIDECAR_KEYS[key]):
        return f"expected a string, got {type(value).__name__}"
    if not value.strip():
        return "empty"
    if len(value) > MAX_SIDECAR_VALUE:
        return f"longer than {MAX_SIDECAR_VALUE} characters"
    pattern = SIDECAR_FORMATS.get(key)
    if pattern and not pattern.match(value.strip()):
        return f"{value.strip()[:40]!r} is not {'an ISO 8601 date' if key != 'language' else 'a language code'}"
    return None


def build_document(
    raw: str, doc_id: str, source_path: str, codec: str = "utf-8", bom_length: int = 0
) -> IngestedDocument:
    """Repair, normalise and assemble ``raw`` (decoded from ``codec``) into a document."""
    layout = repair_layout(raw)
    paragraphs = [p for p in (normalize(p) for p in layout.paragraphs) if p.text.strip()]
    header_count = _header_length([p.text for p in paragraphs])
    tracked, regions, notes = _assemble(paragraphs, header_count, layout)
    text = tracked.text
    document = IngestedDocument(
        doc_id=doc_id, source_path=source_path, sha256="", encoding="", text=text,
        regions=regions, notes=notes, layout=layout.kind,
        markers=_place_markers(layout, tracked, regions),
    )  # fmt: skip
    _read_header(document, [p.text for p in paragraphs[:header_count]])
    document.accessed = _access_date(document)
    document.language = _guess_language(text)
    document.offsets = tracked.segments(raw, codec, bom_length)
    return document


def _header_length(paragraphs: list[str]) -> int:
    """How many leading paragraphs are the header (title, author, date lines)."""
    for index, paragraph in enumerate(paragraphs[:6]):
        if DATE_LINE.match(paragraph):
            before = paragraphs[:index]
            if all(len(p) <= _MAX_HEADER_LINE and not p.endswith("。") for p in before):
                return index + 1
    count = 0
    for paragraph in paragraphs[:3]:
        if len(paragraph) > _MAX_HEADER_LINE or paragraph.endswith("。") or HEADING.match(paragraph):
            break
        count += 1
    return count if count < len(paragraphs) else 0


def _assemble(paragraphs: list[TrackedText], header_count: int, layout: RepairedLayout):
    """Header, body and notes as one text, a newline between paragraphs."""
    pieces: list[TrackedText] = []
    regions: list[Region] = []
    notes: list[Note] = []
    position = 0

    def add(piece: TrackedText) -> None:
        nonlocal position
        if pieces:
            anchor = pieces[-1].ends[-1] if len(pieces[-1]) else 0
            pieces.append(TrackedText.synthetic("\n", anchor, anchor))
            position += 1
        pieces.append(piece)
        position += len(piece)

    for section, items in (("header", paragraphs[:header_count]), ("body", paragraphs[header_count:])):
        if not items:
            continue
        start = position + (1 if pieces else 0)
        for item in items:
            add(item)
        regions.append(Region(start, position, section))
    note_start = None
    for note in layout.notes:
        label, body = normalize(note.label), normalize(note.text.strip())
        gap = TrackedText.synthetic(" ", label.ends[-1], body.starts[0] if len(body) else label.ends[-1])
        add(label + gap + body)
        if note_start is None:
            note_start = position - len(label) - 1 - len(body)
        notes.append(Note(note.number, position - len(body), position))
    if note_start is not None:
        regions.append(Region(note_start, position, "footnote"))
    return TrackedText.join(pieces), regions, notes


def _place_markers(layout: RepairedLayout, tracked: TrackedText, regions: list[Region]) -> list[NoteMarker]:
    """Position of each cut marker in the final text: before the first character after it."""
    body = next((r for r in regions if r.section == "body"), None)
    if body is None:
        return []
    markers = []
    starts = tracked.starts
    for number, _raw_start, raw_end in layout.markers:
        position = body.start
        while position < body.end and starts[position] < raw_end:
            position += 1
        markers.append(NoteMarker(number, position))
    return markers


def _read_header(document: IngestedDocument, header: list[str]) -> None:
    date_lines = [line for line in header if DATE_LINE.match(line)]
    authors = [line for line in header if AUTHOR_LINE.match(line) and line not in date_lines]
    titles = [line for line in header if line not in date_lines and line not in authors]
    document.title = max(titles, key=len) if titles else None
    document.author = authors[0] if authors else None
    if date_lines:
        document.published = _first_day(date_lines[0])


def _access_date(document: IngestedDocument) -> str | None:
    """The date of the access-date note (a ``*`` note first), else of such a sentence anywhere."""
    for note in document.notes:
        if note.note == "*":
            match = ACCESS_DATE.search(document.text[note.start : note.end])
            if match:
                return _first_day(match.group("date"))
    return access_date(document.text)


def access_date(text: str) -> str | None:
    """The date of an access-date sentence (`最終アクセス日は、2024年12月4日である。`) as ISO, or None."""
    match = ACCESS_DATE.search(text)
    return _first_day(match.group("date")) if match else None


def _first_day(text: str) -> str | None:
    """The first full calendar date in ``text`` as ISO, via the dates extractor."""
    from pipeline.extractors.dates import find_dates

    for mention in find_dates(text):
        if mention.kind == "date" and mention.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", mention.value):
            return mention.value
    return None


def _guess_language(text: str) -> str:
    japanese = _count(_JAPANESE_RUN, text)
    cyrillic = _count(_CYRILLIC_RUN, text)
    latin = _count(_LATIN_RUN, text)
    if japanese >= 0.2 * max(1, japanese + cyrillic + latin):
        return "ja"
    return "ru" if cyrillic > latin else "en"


# Runs of one script's letters (kana and CJK ideographs; Russian Cyrillic; ASCII Latin), counted by length:
# ``findall`` of single characters built a list of one string per character (200 MB for a 10 MB file).
_JAPANESE_RUN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]+")
_CYRILLIC_RUN = re.compile(r"[А-Яа-яЁё]+")
_LATIN_RUN = re.compile(r"[A-Za-z]+")


def _count(run: re.Pattern[str], text: str) -> int:
    return sum(match.end() - match.start() for match in run.finditer(text))
