"""One document through ingest, segment and extract: the unit every engine runs.

Workers keep one spaCy pipeline (and so one fugashi tagger) per process,
built on first use.  A document's bytes may travel with the task (Dask
workers need no shared filesystem) or be read from its path (local workers).
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language

from pipeline.batch.sections import needs_sections, process_sections
from pipeline.nlp.components import DEFAULT_NER, build_nlp
from pipeline.records import ErrorRecord, IngestedDocument, NameMention
from pipeline.stages.extract import Extraction, extract
from pipeline.stages.ingest import SIDECAR_SUFFIX, SourceFile, ingest_file
from pipeline.stages.segment import Segmented, segment

STAGES = ("ingest", "segment", "extract")
# MeCab taggers are not thread-safe; a Dask worker with several threads shares one per process.
_NLP_LOCK = threading.Lock()


@dataclass
class DocResult:
    """Everything one document contributes to the tables (before corpus-wide entity linking)."""

    doc_id: str
    source_path: str
    document: IngestedDocument | None = None
    segmented: Segmented | None = None
    extraction: Extraction | None = None
    errors: list[ErrorRecord] = field(default_factory=list)  # ingest and segment errors of this document
    seconds: dict[str, float] = field(default_factory=dict)  # per stage, for the benchmark
    # A sectioned document's results after this one (``batch.sections``): produced lazily, section by
    # section, and consumed once (by ``ResultCache.put``), so that its tokens never exist all at once.
    parts: Iterable[DocResult] | None = None
    # A sectioned document's offsets table as columns of arrays, in place of ``document.offsets`` in its
    # cached head: 700,000 runs as objects were half a gigabyte when the writer read the head back.
    offset_columns: dict[str, Any] | None = None
    # Set by a remote worker instead of computing the sections: the whole result of a long document would
    # cross the network and sit in both processes at once, so the worker sends back its ingested head only
    # (``document`` and ``offset_columns``) and the coordinator sections it (``resume_sections``).
    left_to_section: bool = False

    @property
    def names(self) -> list[NameMention]:
        return self.extraction.names if self.extraction else []

    @property
    def failed(self) -> bool:
        errors = self.errors + (self.extraction.errors if self.extraction else [])
        return any(e.severity == "error" for e in errors)


@dataclass(frozen=True)
class Task:
    """A document to process; ``data``/``sidecar`` carry its bytes to a remote worker."""

    source: SourceFile
    max_bytes: int
    data: bytes | None = None
    sidecar: tuple[str, bytes] | None = None  # sidecar file name and bytes
    ner: str = DEFAULT_NER  # the names component's setting (``--ner``)


@lru_cache(maxsize=2)
def worker_nlp(ner: str = DEFAULT_NER) -> Language:
    """The process's pipeline for one ``--ner`` setting: built once, so each worker loads the dictionary once."""
    return build_nlp(ner=ner)


# One sentence that reaches every component's lazily loaded data (gazetteers, the names model).
_WARM_UP_TEXT = "ロシアのプーチン大統領は2024年1月1日、東京で第3条について会見した。"


def warm_nlp(ner: str = DEFAULT_NER) -> Language:
    """``worker_nlp`` with everything loaded, by running it once: a parent that calls it before forking its
    workers loads the dictionary, gazetteers and model once for all of them (they share the pages).

    The objects loaded so far live as long as the process: ``gc.freeze`` takes them out of the cyclic
    collector's generations, which otherwise walks all of them on every full collection (about 5% of a
    rules-only run)."""
    nlp = worker_nlp(ner)
    with _NLP_LOCK:
        nlp(_WARM_UP_TEXT)
    gc.freeze()
    return nlp


def run_task(task: Task) -> DocResult:
    """Process one task on a remote worker, reading the bytes from the task when it carries them.

    A document long enough to need sections comes back as its ingested head with ``left_to_section`` set:
    its sections are computed where the tables are written, one at a time, so memory stays bounded on both
    sides, and it is decoded and normalised once, here (``_unsectioned`` says why)."""
    if task.data is None:
        return _unsectioned(process_source(task.source, task.max_bytes, ner=task.ner))
    with tempfile.TemporaryDirectory(prefix="pipeline-task-") as temporary:
        path = Path(temporary) / Path(task.source.relative).name
        path.write_bytes(task.data)
        if task.sidecar:
            (Path(temporary) / task.sidecar[0]).write_bytes(task.sidecar[1])
        source = SourceFile(path, task.source.doc_id, task.source.relative)
        return _unsectioned(process_source(source, task.max_bytes, ner=task.ner))


def _unsectioned(result: DocResult) -> DocResult:
    """``result``, or for a sectioned document (its sections not started) its ingested head, the offset map
    already compact, with ``left_to_section`` set.

    Why the head goes back rather than only the news that the document is long: the coordinator would
    otherwise ingest it again, and ingest (decode, layout repair, normalisation) is the costliest step of a
    long document: 5.2 s for a 10 MB text (2.2 million characters, 72,000 offset runs) against 0.01 s to
    pickle or unpickle its compact head, whose 9.5 MB are about the bytes the task carried out (the text
    once, the offsets as arrays).  The head is what the coordinator would have held after its own ingest,
    without ingest's transient peak.  Deciding by byte size before submitting was the alternative: no byte
    count bounds the text of a PDF (compressed content streams) or of a text that normalisation lengthens
    (NFKC: ㍻ -> 平成), and layout repair can drop much of a file, so it would keep either double ingests or
    many ordinary documents off the workers."""
    if result.parts is None or result.document is None:
        return result
    from pipeline.batch.cache import _compact_head  # here: the cache module imports this one

    head = _compact_head(result)  # ``parts``, a generator that has not started, stays behind
    head.left_to_section = True
    return head


def resume_sections(head: DocResult, ner: str = DEFAULT_NER) -> DocResult:
    """A head a remote worker left to section (``_unsectioned``), with its sections to be computed here
    (lazily, as ``ResultCache.put`` writes them)."""
    document = head.document
    if document is None:
        raise ValueError(f"{head.doc_id}: a head left to section carries its ingested document")
    return replace(head, parts=_section_parts(document, None, ner), left_to_section=False)


def process_source(
    source: SourceFile, max_bytes: int, nlp: Language | None = None, ner: str = DEFAULT_NER
) -> DocResult:
    """Ingest, segment and extract one file; any failure becomes an error row of this document.

    ``nlp`` (when given) is used as is; otherwise the process's pipeline for ``ner``."""
    result = DocResult(source.doc_id, source.relative)
    started = time.perf_counter()
    try:
        items = list(ingest_file(source, max_bytes, max_chars=None))  # long documents are sectioned
    except Exception as exc:  # a bug on one document must not stop a batch of thousands
        items = [_error(source.relative, source.doc_id, "ingest", exc)]
    result.seconds["ingest"] = time.perf_counter() - started
    result.errors = [item for item in items if isinstance(item, ErrorRecord)]
    documents = [item for item in items if isinstance(item, IngestedDocument)]
    if not documents:
        return result
    result.document = document = documents[0]
    if needs_sections(document):
        release_free_memory()  # ingest's transient copies of a long text, before the sections start
        # the sections need no offset map (700,000 runs of a 50 MB text: a quarter of a gigabyte)
        result.parts = _section_parts(replace(document, offsets=[]), nlp, ner)
        return result
    with _NLP_LOCK:
        nlp = nlp or worker_nlp(ner)
        started = time.perf_counter()
        try:
            doc, result.segmented = segment(document, nlp)
        except Exception as exc:
            result.errors.append(_error(document.source_path, document.doc_id, "segment", exc))
            return result
        result.seconds["segment"] = time.perf_counter() - started
        started = time.perf_counter()
        result.extraction = extract(document, doc, result.segmented.sentences, nlp)
        result.seconds["extract"] = time.perf_counter() - started
    return result


def release_free_memory() -> None:
    """Return freed heap pages to the system (glibc's ``malloc_trim``): ingest of a 50 MB text frees most
    of a gigabyte of offset maps, which glibc otherwise keeps, so the sections ran a third of a gigabyte
    higher.  Elsewhere (another C library) nothing happens."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).malloc_trim(0)


def _section_parts(document: IngestedDocument, nlp: Language | None, ner: str) -> Iterator[DocResult]:
    """The results of ``document``'s sections, one ``DocResult`` each (then one with its markers)."""
    sections = process_sections(document, nlp or worker_nlp(ner))
    while True:
        with _NLP_LOCK:
            item = next(sections, None)
        if item is None:
            return
        segmented, extraction, seconds = item
        yield DocResult(document.doc_id, document.source_path, segmented=segmented, extraction=extraction,
                        seconds=seconds)  # fmt: skip


def read_task(source: SourceFile, max_bytes: int, ner: str = DEFAULT_NER) -> Task | None:
    """A task carrying the document's bytes and sidecar (for workers on other machines).

    ``None`` for a file over ``max_bytes``: it is refused locally, never shipped.
    """
    if source.path.stat().st_size > max_bytes:
        return None
    sidecar = sidecar_path(source.path)
    carried = (Path(source.relative).stem + SIDECAR_SUFFIX, sidecar.read_bytes()) if sidecar else None
    return Task(source, max_bytes, source.path.read_bytes(), carried, ner)


def sidecar_path(path: Path) -> Path | None:
    """The sidecar ingest would read for ``path`` (same candidates, same order)."""
    for candidate in (path.with_suffix(SIDECAR_SUFFIX), path.with_name(path.name + SIDECAR_SUFFIX)):
        if candidate.is_file():
            return candidate
    return None


def _error(source_path: str, doc_id: str, stage: str, exc: Exception) -> ErrorRecord:
    return ErrorRecord(source_path, stage, type(exc).__name__, str(exc), doc_id=doc_id)
