"""Per-document results under ``OUT/.cache``, addressed by everything that can change them.

An entry's name is the sha256 of: the code fingerprint (the files of the
``pipeline`` package that shape per-document results, and the versions of the
libraries that do),
the run configuration, the document's path, its bytes and its sidecar.  So a
document is up to date exactly when its entry exists; nothing is compared
field by field.  An entry holds the whole ``DocResult``
(a sectioned document's as one part per section), zlib-compressed (level 1: a
fifth of the size for ~2 ms per document; read once while the tables are
written), each part followed by its name mentions (all that corpus-wide
entity linking needs, read alone in a first pass and again as mentions are
written).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import struct
import zlib
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

import pipeline
from pipeline.batch.work import DocResult
from pipeline.records import ErrorRecord, NameMention
from pipeline.stages import export

CACHE_DIR = ".cache"
# Libraries whose version changes tokens or tags (the rest of the stack is pinned alongside).
RESULT_LIBRARIES = ("spacy", "fugashi", "unidic-lite")
_LEVEL = 1
# Entry layout: magic, then frames (a kind byte, a length, a payload): each part's result (compressed
# pickle), each followed by its name mentions (a pickle), so that linking reads the names alone.
_MAGIC = b"pipeline-result-3\n"
_RESULT, _NAMES = b"R", b"N"
_LENGTH = struct.Struct("<Q")
_PROTOCOL = pickle.HIGHEST_PROTOCOL
_OBJECT_COLUMNS = ("doc_id", "linear")  # offsets columns that stay lists (strings, booleans)


# Package parts that cannot change a document's ingest, segment or extract result: editing them
# republishes the tables (``release_fingerprint``) but does not re-process cached documents.
NOT_RESULT_SHAPING = ("bench.py", "cli.py", "runner.py", "evaluation/", "report/", "batch/")
RESULT_SHAPING_BATCH = ("batch/work.py",)  # the per-document unit of work itself


@lru_cache(maxsize=1)
def release_fingerprint() -> str:
    """sha256 over every file of the package (and the library versions): the code of a release."""
    return _fingerprint(lambda relative: True)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 over the files that shape per-document results (and the library versions): cache keys."""
    return _fingerprint(_shapes_results)


def _shapes_results(relative: str) -> bool:
    return relative in RESULT_SHAPING_BATCH or not relative.startswith(NOT_RESULT_SHAPING)


def _fingerprint(include) -> str:
    digest = hashlib.sha256()
    root = Path(pipeline.__file__).parent
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc" and include(relative):
            digest.update(relative.encode() + b"\0" + path.read_bytes() + b"\0")
    for name in RESULT_LIBRARIES:
        digest.update(f"{name}=={_version(name)}\0".encode())
    return digest.hexdigest()


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


@dataclass
class Stored:
    """What the coordinator keeps of a stored result: every part's errors and stage seconds."""

    errors: list[ErrorRecord] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, part: DocResult) -> None:
        self.errors.extend(part.errors)
        if part.extraction is not None:
            self.errors.extend(part.extraction.errors)
        for stage, seconds in part.seconds.items():
            self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds


def _parts(result: DocResult) -> Iterator[DocResult]:
    """``result`` without its lazy parts, then each part.  Once written, a sectioned document's head (its
    text and offset map) is let go, so that it is not held while the sections are computed."""
    if result.parts is None or result.document is None:
        yield replace(result, parts=None)
    else:
        yield _compact_head(result)
        result.document = None
    yield from result.parts or ()


def _compact_head(result: DocResult) -> DocResult:
    """A sectioned document's head with its offset runs as columns of arrays instead of objects."""
    if result.offset_columns is not None:  # compacted already, by the Dask worker that ingested it
        return replace(result, parts=None)
    document = result.document
    columns = export.offset_columns(document)
    compact = {name: array("q", values) if name not in _OBJECT_COLUMNS else values for name, values in columns.items()}
    return replace(result, parts=None, document=replace(document, offsets=[]), offset_columns=compact)


def _write_frame(handle, kind: bytes, payload: bytes) -> None:
    handle.write(kind + _LENGTH.pack(len(payload)) + payload)


def _frames(path: Path, kind: bytes) -> Iterator[bytes]:
    """The payloads of one kind of frame, in order (the others are skipped without being read)."""
    with open(path, "rb") as handle:
        if handle.read(len(_MAGIC)) != _MAGIC:
            raise ValueError(f"{path} is not a result of this pipeline version; delete OUT/.cache")
        while header := handle.read(1 + _LENGTH.size):
            (length,) = _LENGTH.unpack(header[1:])
            if header[:1] == kind:
                yield handle.read(length)
            else:
                handle.seek(length, os.SEEK_CUR)


def entry_key(code: str, config: dict[str, Any], source_path: str, sha256: str, sidecar_sha256: str | None) -> str:
    """The cache address of one document's result."""
    parts = [_MAGIC.decode(), code, json.dumps(config, sort_keys=True), source_path, sha256, sidecar_sha256 or ""]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


class ResultCache:
    """Content-addressed ``DocResult`` files: ``OUT/.cache/docs/ab/abcdef….pickle``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def for_output(cls, out_dir: Path) -> ResultCache:
        return cls(out_dir / CACHE_DIR / "docs")

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pickle"

    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def put(self, key: str, result: DocResult) -> Stored:
        """Write atomically (a crash leaves either no entry or a whole one), part by part: a sectioned
        document's sections are computed while they are written, and only one is in memory at a time."""
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".tmp-{os.getpid()}")
        stored = Stored()
        with open(temporary, "wb") as handle:
            handle.write(_MAGIC)
            for part in _parts(result):
                stored.add(part)
                _write_frame(handle, _RESULT, zlib.compress(pickle.dumps(part, _PROTOCOL), _LEVEL))
                _write_frame(handle, _NAMES, pickle.dumps(part.names, _PROTOCOL))
        os.replace(temporary, path)
        return stored

    def names(self, key: str) -> list[NameMention]:
        """The document's name mentions (all parts')."""
        return [mention for part in self.name_parts(key) for mention in part]

    def name_parts(self, key: str) -> Iterator[list[NameMention]]:
        """The document's name mentions part by part (a sectioned document's never all at once)."""
        for payload in _frames(self.path(key), _NAMES):
            yield pickle.loads(payload)

    def results(self, key: str) -> Iterator[DocResult]:
        """The document's result: one ``DocResult``, or a sectioned document's parts in order."""
        for payload in _frames(self.path(key), _RESULT):
            yield pickle.loads(zlib.decompress(payload))

    def prune(self, keep: set[str]) -> int:
        """Delete entries of documents that are gone or changed; returns how many."""
        removed = 0
        if not self.root.is_dir():
            return 0
        for path in self.root.glob("*/*"):
            if path.name.split(".")[0] not in keep:
                path.unlink(missing_ok=True)
                removed += 1
        return removed
