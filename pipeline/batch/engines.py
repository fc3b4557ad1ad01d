"""Where documents are processed: in this process, in N local worker processes, or on a Dask cluster.

Every engine takes the documents to (re)process and yields an ``Outcome`` as
each finishes, in any order: the writer takes the results in doc_id order
(while the engine goes on), so the engine and the number of workers cannot
change the tables.
Local workers write their cache entry themselves (only the small ``Outcome``
crosses the pipe); Dask workers return the whole result, which this process
stores (workers need neither the raw files nor the output directory), except
for a document long enough to need sections: its worker sends back the ingested
document only and this process sections it, so no whole long result is ever
built or sent, and no document is ingested twice.
At most ``WINDOW`` tasks per worker are in flight, so memory stays bounded.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.batch.cache import ResultCache
from pipeline.batch.work import (
    DocResult,
    process_source,
    read_task,
    release_free_memory,
    resume_sections,
    run_task,
    warm_nlp,
)
from pipeline.nlp.components import DEFAULT_NER
from pipeline.records import ErrorRecord
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
    """What the coordinator keeps of a processed document (small: no tokens, no names; entity linking
    reads the names from the cache)."""

    key: str
    doc_id: str
    errors: list[ErrorRecord]
    n_chars: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    result: DocResult | None = None  # the whole result when this process has it (else read from the cache)


def store(result: DocResult, key: str, cache: ResultCache, keep: bool = False) -> Outcome:
    """Put ``result`` in the cache (computing a sectioned document's sections while they are written) and
    keep its summary, and with ``keep`` the result itself (never a sectioned one: it is read back)."""
    n_chars = len(result.document.text) if result.document else 0
    sectioned = result.parts is not None
    stored = cache.put(key, result)  # lets a sectioned result's document go once written
    if sectioned:
        release_free_memory()
    kept = result if keep and not sectioned else None
    return Outcome(key, result.doc_id, stored.errors, n_chars, stored.seconds, kept)


def run_serial(jobs: Iterable[Job], max_bytes: int, cache: ResultCache, ner: str = DEFAULT_NER) -> Iterator[Outcome]:
    """In this process, one document at a time; each outcome carries its result (no cache read later)."""
    nlp = warm_nlp(ner)
    for job in jobs:
        yield store(process_source(job.source, max_bytes, nlp), job.key, cache, keep=True)


def _process_and_store(job: Job, max_bytes: int, cache_root: Path, ner: str) -> Outcome:
    """Worker side of the local engine."""
    return store(process_source(job.source, max_bytes, ner=ner), job.key, ResultCache(cache_root))


def run_processes(
    jobs: Iterable[Job], max_bytes: int, cache: ResultCache, workers: int, ner: str = DEFAULT_NER
) -> Iterator[Outcome]:
    """``workers`` processes, each with its own tagger: forked from this process after it loaded the pipeline
    (so no worker loads it again), else built by the initializer.  Outcomes come in completion order."""
    if multiprocessing.get_start_method() == "fork":
        warm_nlp(ner)
    with ProcessPoolExecutor(max_workers=workers, initializer=warm_nlp, initargs=(ner,)) as pool:
        pending: set[Future[Outcome]] = set()
        for job in jobs:
            pending.add(pool.submit(_process_and_store, job, max_bytes, cache.root, ner))
            if len(pending) >= workers * WINDOW:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (future.result() for future in finished)
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from (future.result() for future in finished)


def run_dask(
    jobs: Iterable[Job], max_bytes: int, cache: ResultCache, scheduler: str | object, ner: str = DEFAULT_NER
) -> Iterator[Outcome]:
    """Tasks on a Dask cluster: ``scheduler`` is an address (``tcp://host:8786``) or a ``Client``."""
    from distributed import Client, as_completed

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler, set_as_default=False)
    try:
        window = max(1, sum(client.nthreads().values())) * WINDOW
        in_flight = as_completed(loop=client.loop, with_results=True)
        jobs_of: dict[str, Job] = {}
        for job in jobs:
            task = read_task(job.source, max_bytes, ner)
            if task is None:  # over the size limit: refused here with the usual error row
                yield _process_here(job, max_bytes, cache, ner)
                continue
            future = client.submit(run_task, task, pure=False)
            jobs_of[future.key] = job
            in_flight.add(future)
            if in_flight.count() >= window:
                yield from _collect(in_flight, jobs_of, cache, until=window // 2, ner=ner)
        yield from _collect(in_flight, jobs_of, cache, until=0, ner=ner)
    finally:
        if client is not scheduler:
            client.close()


def _process_here(job: Job, max_bytes: int, cache: ResultCache, ner: str) -> Outcome:
    """One document in this process, as the serial engine does: a file over the size limit, refused here."""
    return store(process_source(job.source, max_bytes, ner=ner), job.key, cache, keep=True)


def _collect(in_flight, jobs_of: dict[str, Job], cache: ResultCache, until: int, ner: str) -> Iterator[Outcome]:
    """Store finished results; a long document a worker left unsectioned is sectioned here, from the
    ingested document the worker sent back (never ingested again)."""
    while in_flight.count() > until:
        future, result = next(in_flight)
        job = jobs_of.pop(future.key)
        future.release()
        yield store(resume_sections(result, ner) if result.left_to_section else result, job.key, cache, keep=True)


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
