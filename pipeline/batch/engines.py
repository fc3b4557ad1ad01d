"""Where documents are processed: in this process, in N local worker processes, or on a Dask cluster.

Every engine takes the documents to (re)process and calls ``done(outcome)``
as each finishes, in any order: the tables are written later in doc_id order
from the cache, so the engine and the number of workers cannot change them.
Local workers write their cache entry themselves (only the small ``Outcome``
crosses the pipe); Dask workers return the whole result, which this process
stores (workers need neither the raw files nor the output directory).
At most ``WINDOW`` tasks per worker are in flight, so memory stays bounded.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.batch.cache import ResultCache
from pipeline.batch.work import DocResult, process_source, read_task, run_task, worker_nlp
from pipeline.records import ErrorRecord, NameMention
from pipeline.stages.ingest import SourceFile

ENGINES = ("local", "dask")
WINDOW = 4


@dataclass(frozen=True)
class Job:
    """One document to process and the cache address its result goes to."""

    source: SourceFile
    key: str


@dataclass
class Outcome:
    """What the coordinator keeps of a processed document (small: no tokens)."""

    key: str
    doc_id: str
    names: list[NameMention]
    errors: list[ErrorRecord]
    n_chars: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


Done = Callable[[Outcome], None]


def store(result: DocResult, key: str, cache: ResultCache) -> Outcome:
    """Put ``result`` in the cache and keep its summary."""
    cache.put(key, result)
    errors = list(result.errors) + (result.extraction.errors if result.extraction else [])
    n_chars = len(result.document.text) if result.document else 0
    return Outcome(key, result.doc_id, result.names, errors, n_chars, result.seconds)


def run_serial(jobs: Iterable[Job], max_bytes: int, cache: ResultCache, done: Done) -> None:
    nlp = worker_nlp()
    for job in jobs:
        done(store(process_source(job.source, max_bytes, nlp), job.key, cache))


def _process_and_store(job: Job, max_bytes: int, cache_root: Path) -> Outcome:
    """Worker side of the local engine."""
    return store(process_source(job.source, max_bytes), job.key, ResultCache(cache_root))


def run_processes(jobs: Iterable[Job], max_bytes: int, cache: ResultCache, done: Done, workers: int) -> None:
    """``workers`` processes, each with its own tagger (built by the initializer)."""
    with ProcessPoolExecutor(max_workers=workers, initializer=worker_nlp) as pool:
        pending: set[Future[Outcome]] = set()
        for job in jobs:
            pending.add(pool.submit(_process_and_store, job, max_bytes, cache.root))
            if len(pending) >= workers * WINDOW:
                pending = _drain(pending, done)
        while pending:
            pending = _drain(pending, done)


def _drain(pending: set[Future[Outcome]], done: Done) -> set[Future[Outcome]]:
    finished, rest = wait(pending, return_when=FIRST_COMPLETED)
    for future in finished:
        done(future.result())
    return rest


def run_dask(jobs: Iterable[Job], max_bytes: int, cache: ResultCache, done: Done, scheduler: str | object) -> None:
    """Tasks on a Dask cluster: ``scheduler`` is an address (``tcp://host:8786``) or a ``Client``."""
    from distributed import Client, as_completed

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler, set_as_default=False)
    try:
        window = max(1, sum(client.nthreads().values())) * WINDOW
        in_flight = as_completed(loop=client.loop, with_results=True)
        keys: dict[str, str] = {}
        for job in jobs:
            task = read_task(job.source, max_bytes)
            if task is None:  # over the size limit: refused here with the usual error row
                done(store(process_source(job.source, max_bytes), job.key, cache))
                continue
            future = client.submit(run_task, task, pure=False)
            keys[future.key] = job.key
            in_flight.add(future)
            if in_flight.count() >= window:
                _collect(in_flight, keys, cache, done, until=window // 2)
        _collect(in_flight, keys, cache, done, until=0)
    finally:
        if client is not scheduler:
            client.close()


def _collect(in_flight, keys: dict[str, str], cache: ResultCache, done: Done, until: int) -> None:
    while in_flight.count() > until:
        future, result = next(in_flight)
        done(store(result, keys.pop(future.key), cache))
        future.release()


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
