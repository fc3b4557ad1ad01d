"""Per-document results under ``OUT/.cache``, addressed by everything that can change them.

An entry's name is the sha256 of: the code fingerprint (the files of the
``pipeline`` package that shape per-document results, and the versions of the
libraries that do),
the run configuration, the document's path, its bytes and its sidecar.  So a
document is up to date exactly when its entry exists; nothing is compared
field by field.  An entry holds two pickles: the document's name mentions
(all that corpus-wide entity linking needs, read in a first pass), then the
whole ``DocResult``, zlib-compressed (level 1: a fifth of the size for ~2 ms
per document; read once more while the tables are written).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import zlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

import pipeline
from pipeline.batch.work import DocResult
from pipeline.records import NameMention

CACHE_DIR = ".cache"
# Libraries whose version changes tokens or tags (the rest of the stack is pinned alongside).
RESULT_LIBRARIES = ("spacy", "fugashi", "unidic-lite")
_LEVEL = 1


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


def entry_key(code: str, config: dict[str, Any], source_path: str, sha256: str, sidecar_sha256: str | None) -> str:
    """The cache address of one document's result."""
    parts = [code, json.dumps(config, sort_keys=True), source_path, sha256, sidecar_sha256 or ""]
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

    def put(self, key: str, result: DocResult) -> None:
        """Write atomically: a crash leaves either no entry or a whole one."""
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".tmp-{os.getpid()}")
        with open(temporary, "wb") as handle:
            pickle.dump(result.names, handle, protocol=pickle.HIGHEST_PROTOCOL)
            handle.write(zlib.compress(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), _LEVEL))
        os.replace(temporary, path)

    def names(self, key: str) -> list[NameMention]:
        with open(self.path(key), "rb") as handle:
            return pickle.load(handle)

    def get(self, key: str) -> DocResult:
        with open(self.path(key), "rb") as handle:
            pickle.load(handle)
            return pickle.loads(zlib.decompress(handle.read()))

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
