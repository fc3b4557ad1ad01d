"""A whole batch: scan raw/, process what is not cached, write and publish the tables.

``run`` processes every document; ``refresh`` only those whose cache entry
(see ``cache``) is missing, i.e. whose bytes, sidecar, path, configuration or
code changed.  Either way the tables are rebuilt from the cache in doc_id
order, entities linked over the whole corpus, so a refresh publishes exactly
what a full run would.  When the scan matches the published manifest (same
sources, same skipped files, same configuration and code) a refresh reads no
document and writes nothing.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.batch import engines
from pipeline.batch.cache import ResultCache, code_fingerprint, entry_key, release_fingerprint
from pipeline.batch.engines import Job, Outcome
from pipeline.batch.work import STAGES, DocResult, sidecar_path
from pipeline.batch.writer import Corpus, write
from pipeline.extractors.names import EntityLinker
from pipeline.nlp.components import DEFAULT_NER
from pipeline.records import ErrorRecord, NameMention
from pipeline.report.progress import tracked
from pipeline.stages.export import manifest_for, publish
from pipeline.stages.ingest import SourceFile, discover

_HASH_BLOCK = 1 << 20


@dataclass(frozen=True)
class Source:
    """A raw file with the hashes that decide whether it must be processed again."""

    file: SourceFile
    sha256: str
    sidecar_sha256: str | None
    key: str

    def manifest_entry(self) -> dict[str, Any]:
        return {"doc_id": self.file.doc_id, "source_path": self.file.relative, "sha256": self.sha256,
                "sidecar_sha256": self.sidecar_sha256}  # fmt: skip


@dataclass
class Scan:
    sources: list[Source]  # sorted by doc_id
    skipped: list[ErrorRecord]  # files discovery refused (warnings)
    code: str
    config: dict[str, Any]

    def manifest(self) -> dict[str, Any]:
        base = manifest_for([], self.config)
        skipped = sorted([e.source_path, e.error] for e in self.skipped)
        return base | {"code_sha256": self.code, "release_code_sha256": release_fingerprint(),
                       "sources": [s.manifest_entry() for s in self.sources], "skipped": skipped}  # fmt: skip


@dataclass
class BatchResult:
    processed: int
    skipped: int
    failed: int
    warnings: int
    release: Path | None
    errors: list[ErrorRecord]  # of the documents processed in this run
    chars: int = 0
    stage_seconds: dict[str, float] | None = None


def scan(raw_dir: Path, config: dict[str, Any]) -> Scan:
    """Every raw file with its hashes and cache key (reads every byte once: sha256)."""
    files, skipped = discover(raw_dir)
    code = code_fingerprint()
    sources = []
    for file in sorted(files, key=lambda f: f.doc_id):
        sidecar = sidecar_path(file.path)
        sha, sidecar_sha = file_sha256(file.path), file_sha256(sidecar) if sidecar else None
        sources.append(Source(file, sha, sidecar_sha, entry_key(code, config, file.relative, sha, sidecar_sha)))
    return Scan(sources, skipped, code, config)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(_HASH_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def published_manifest(out_dir: Path) -> dict[str, Any] | None:
    path = out_dir / "manifest.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def up_to_date(current: Scan, published: dict[str, Any] | None) -> bool:
    """True when the published release was made from exactly this scan (inputs and row counts aside)."""
    if not published:
        return False
    expected = current.manifest()
    return all(published.get(key) == expected[key] for key in expected if key != "inputs")


def process_batch(
    raw_dir: Path, out_dir: Path, config: dict[str, Any], *, force: bool, max_bytes: int,
    jobs: int = 1, engine: str = "local", scheduler: Any = None, ner: str = DEFAULT_NER,
) -> BatchResult:  # fmt: skip
    """Process (all, or only the changed) documents and publish the whole corpus.

    The tables are written while the documents are processed: the writer takes each result in doc_id
    order as soon as it is there (from memory, or from the cache for documents done by worker
    processes or skipped), so writing overlaps the workers instead of following them; mentions and
    entities, which need the whole corpus's names, are written last."""
    current = scan(raw_dir, config)
    cache = ResultCache.for_output(out_dir)
    published = published_manifest(out_dir)
    if not force and published and up_to_date(current, published):
        return BatchResult(0, len(current.sources), len(published.get("failed", [])), 0, None, [])
    todo = [Job(s.file, s.key) for s in current.sources if force or not cache.has(s.key)]
    outcomes: list[Outcome] = []
    stream = _dispatch(todo, max_bytes, cache, jobs, engine, scheduler, ner)
    ordered = _InOrder(current, cache, todo, stream, tracked(outcomes.append, len(todo), "documents"))
    corpus = Corpus(iter(ordered), errors=list(current.skipped), link=lambda: _link(current, cache))
    started = time.perf_counter()
    release = publish(corpus, out_dir, current.manifest(), writer=write)
    cache.prune({s.key for s in current.sources})
    errors = [e for o in outcomes for e in o.errors]
    seconds = {stage: sum(o.seconds.get(stage, 0.0) for o in outcomes) for stage in STAGES}
    seconds["export"] = time.perf_counter() - started - ordered.waited  # writing only, not waiting for results
    return BatchResult(
        processed=len(todo), skipped=len(current.sources) - len(todo), failed=len(corpus.failed),
        warnings=sum(e.severity == "warning" for e in errors), release=release, errors=errors,
        chars=sum(o.n_chars for o in outcomes), stage_seconds=seconds,
    )  # fmt: skip


def _dispatch(
    todo: list[Job], max_bytes: int, cache: ResultCache, jobs: int, engine: str, scheduler, ner: str
) -> Iterator[Outcome]:
    if engine == "dask":
        if scheduler is None:
            raise ValueError("--engine dask needs --scheduler ADDRESS (e.g. tcp://scheduler:8786)")
        return engines.run_dask(todo, max_bytes, cache, scheduler, ner=ner)
    if jobs > 1 and len(todo) > 1:
        return engines.run_processes(todo, max_bytes, cache, min(jobs, len(todo)), ner=ner)
    return engines.run_serial(todo, max_bytes, cache, ner=ner)


class _InOrder:
    """Every source's result in doc_id order, pulling outcomes from the engine until the next one is done.

    Results of processed documents come from memory when the engine kept them, else from the cache (as
    do those of skipped documents).  ``waited`` is the time spent waiting for (or, in this process,
    computing) results: the rest of the writer's time is the export's own.
    """

    def __init__(self, current: Scan, cache: ResultCache, todo: list[Job], stream: Iterator[Outcome], done) -> None:
        self.current, self.cache, self.stream, self.done = current, cache, stream, done
        self.processing = {job.key for job in todo}  # the keys the engine will yield
        self.waited = 0.0

    def __iter__(self) -> Iterator[DocResult]:
        arrived: dict[str, Outcome] = {}
        for source in self.current.sources:
            if source.key not in self.processing:
                yield from self.cache.results(source.key)
                continue
            started = time.perf_counter()
            while source.key not in arrived:
                outcome = next(self.stream)
                self.done(outcome)
                arrived[outcome.key] = outcome
            self.waited += time.perf_counter() - started
            outcome = arrived.pop(source.key)
            result, outcome.result = outcome.result, None  # the outcome is kept to the end; its result is not
            if result is not None:
                yield result
            else:
                yield from self.cache.results(source.key)
        for outcome in self.stream:  # nothing is left; lets the engine shut down its workers
            self.done(outcome)


def _link(current: Scan, cache: ResultCache) -> tuple[Mapping[str, list[NameMention]], list]:
    """Entities of the whole corpus, and each document's names with their entity ids on demand.

    Two passes over the cached names (``EntityLinker``): the corpus's distinct names are collected, then
    each document's mentions are read again when the writer reaches them, so the mentions of tens of
    thousands of documents (or of one 50 MB document) are never in memory at once."""
    linker = EntityLinker()
    for source in current.sources:
        for names in cache.name_parts(source.key):
            linker.add(names)
    entities = linker.entities()
    return _LinkedNames({s.file.doc_id: s.key for s in current.sources}, cache, linker), entities


class _LinkedNames(Mapping[str, list[NameMention]]):
    """doc_id -> that document's name mentions with entity ids, read from the cache when asked for."""

    def __init__(self, keys: dict[str, str], cache: ResultCache, linker: EntityLinker) -> None:
        self.keys, self.cache, self.linker = keys, cache, linker

    def __getitem__(self, doc_id: str) -> list[NameMention]:
        return self.linker.assign(self.cache.names(self.keys[doc_id]))

    def chunks(self, doc_id: str) -> Iterator[list[NameMention]]:
        """The document's linked names part by part (``writer.write`` takes them so)."""
        for names in self.cache.name_parts(self.keys[doc_id]):
            yield self.linker.assign(names)

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def __len__(self) -> int:
        return len(self.keys)
