"""Runs the stages: whole batches (``run``, ``refresh``) or one stage at a time through files.

``run`` and ``refresh`` hand documents to ``pipeline.batch`` (per-document
cache under ``OUT/.cache``, worker processes or Dask, streamed export); the
stage commands below keep their files so each stage can be inspected alone.

Stage files live in a work directory (default ``processed/.work``):
``ingest.jsonl`` (documents and error rows), ``segment.spacy`` (spaCy
``DocBin``: tokens with tags, lemmas, readings, sentence starts) with
``segment.jsonl`` (sentences, and tokens as columns), and ``extract.jsonl``.  Each stage
reads only its predecessor's files, so ``make ingest`` … ``make export`` give
the same tables as ``make run``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from spacy.tokens import DocBin

from pipeline.batch.incremental import process_batch
from pipeline.batch.work import DocResult
from pipeline.batch.writer import Corpus, write
from pipeline.extractors.names import link_entities
from pipeline.nlp.components import DEFAULT_NER, build_nlp
from pipeline.records import (
    ArticleRef,
    Citation,
    CitationMarker,
    DateMention,
    ErrorRecord,
    IngestedDocument,
    NameMention,
    Sentence,
    from_dict,
)
from pipeline.stages.export import manifest_for, publish
from pipeline.stages.extract import Extraction, extract
from pipeline.stages.ingest import DEFAULT_MAX_BYTES, ingest_all
from pipeline.stages.segment import Segmented, segment


@dataclass
class RunConfig:
    raw_dir: Path = Path("raw")
    out_dir: Path = Path("processed")
    work_dir: Path | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    jobs: int = 1  # worker processes (local engine)
    engine: str = "local"  # or "dask"
    scheduler: Any = None  # Dask scheduler address (or a distributed.Client)
    ner: str = DEFAULT_NER  # names: "model" (rules + statistical NER) or "rules" (rules alone, faster)

    @property
    def work(self) -> Path:
        return self.work_dir or self.out_dir / ".work"

    def fingerprint(self) -> dict[str, Any]:
        """Settings that change the output (recorded in the manifest, part of every cache key); jobs and
        engine do not."""
        return {"max_bytes": self.max_bytes, "ner": self.ner}


@dataclass
class RunSummary:
    processed: int = 0
    failed: int = 0
    warnings: int = 0
    seconds: float = 0.0
    release: Path | None = None
    errors: list[ErrorRecord] = field(default_factory=list)
    skipped: int = 0  # documents whose cached result was reused (refresh)
    chars: int = 0  # characters of the documents processed (for throughput figures)
    stage_seconds: dict[str, float] = field(default_factory=dict)

    def line(self) -> str:
        where = f"; published {self.release}" if self.release else "; nothing changed, tables untouched"
        return (
            f"{self.processed} documents processed, {self.skipped} skipped, {self.failed} failed, "
            f"{self.warnings} warnings in {self.seconds:.1f} s" + where
        )


# --- whole batches (cached per document, parallel, incremental) --------------------


def run(config: RunConfig) -> RunSummary:
    """Every document through every stage, then an atomic publish."""
    return _batch(config, force=True)


def refresh(config: RunConfig) -> RunSummary:
    """Only new or changed documents; deleted ones drop out; the same tables as ``run``."""
    return _batch(config, force=False)


def _batch(config: RunConfig, force: bool) -> RunSummary:
    started = time.perf_counter()
    result = process_batch(
        config.raw_dir, config.out_dir, config.fingerprint(), force=force, max_bytes=config.max_bytes,
        jobs=config.jobs, engine=config.engine, scheduler=config.scheduler, ner=config.ner,
    )  # fmt: skip
    return RunSummary(
        processed=result.processed, failed=result.failed, warnings=result.warnings,
        seconds=time.perf_counter() - started, release=result.release, errors=result.errors,
        skipped=result.skipped, chars=result.chars, stage_seconds=result.stage_seconds or {},
    )  # fmt: skip


def _export(config, documents, segmented, extractions, errors, started) -> RunSummary:
    """Publish stage-file results through the same streaming writer as ``run``."""
    by_id = {s.doc_id: s for s in segmented}
    extracted = {e.doc_id: e for e in extractions}
    results = [
        DocResult(d.doc_id, d.source_path, d, by_id.get(d.doc_id), extracted.get(d.doc_id))
        for d in sorted(documents, key=lambda d: d.doc_id)
    ]
    names = {r.doc_id: r.names for r in results}
    corpus = Corpus(iter(results), names, link_entities(names), list(errors))
    release = publish(corpus, config.out_dir, manifest_for(documents, config.fingerprint()), writer=write)
    all_errors = list(errors) + [e for ex in extractions for e in ex.errors]
    return RunSummary(
        processed=len(segmented), failed=len(corpus.failed),
        warnings=sum(1 for e in all_errors if e.severity == "warning"),
        seconds=time.perf_counter() - started, release=release, errors=all_errors,
    )  # fmt: skip


def _split(items: Iterable[IngestedDocument | ErrorRecord]) -> tuple[list[IngestedDocument], list[ErrorRecord]]:
    documents, errors = [], []
    for item in items:
        (errors if isinstance(item, ErrorRecord) else documents).append(item)
    return documents, errors


def _stage_error(document: IngestedDocument, stage: str, exc: Exception) -> ErrorRecord:
    return ErrorRecord(document.source_path, stage, type(exc).__name__, str(exc), doc_id=document.doc_id)


# --- one stage at a time ---------------------------------------------------------


def _stage_summary(processed: int, errors: list[ErrorRecord], started: float) -> RunSummary:
    failed = len({e.source_path for e in errors if e.severity == "error"})
    warnings = sum(1 for e in errors if e.severity == "warning")
    return RunSummary(processed, failed, warnings, time.perf_counter() - started, errors=errors)


def run_ingest(config: RunConfig) -> RunSummary:
    started = time.perf_counter()
    config.work.mkdir(parents=True, exist_ok=True)
    documents, errors = _split(ingest_all(config.raw_dir, config.max_bytes))
    _write_jsonl(
        config.work / "ingest.jsonl",
        [{"document": asdict(d)} for d in documents] + [{"error": asdict(e)} for e in errors],
    )
    return _stage_summary(len(documents), errors, started)


def run_segment(config: RunConfig) -> RunSummary:
    started = time.perf_counter()
    documents, errors = _read_ingest(config)
    nlp = build_nlp(components=())
    docs = DocBin(attrs=["ORTH", "TAG", "POS", "LEMMA", "MORPH", "SENT_START"], store_user_data=False)
    lines = []
    for document in documents:
        try:
            doc, seg = segment(document, nlp)
        except Exception as exc:
            errors.append(_stage_error(document, "segment", exc))
            continue
        docs.add(doc)
        lines.append({"doc_id": seg.doc_id, "sentences": [asdict(s) for s in seg.sentences],
                      "tokens": seg.token_columns})  # fmt: skip
    docs.to_disk(config.work / "segment.spacy")
    _write_jsonl(config.work / "segment.jsonl", lines + [{"error": asdict(e)} for e in errors])
    return _stage_summary(len(lines), errors, started)


def run_extract(config: RunConfig) -> RunSummary:
    started = time.perf_counter()
    documents = {d.doc_id: d for d in _read_ingest(config)[0]}
    segmented, errors = _read_segment(config)
    nlp = build_nlp(ner=config.ner)
    docs = DocBin().from_disk(config.work / "segment.spacy").get_docs(nlp.vocab)
    lines = []
    for seg, doc in zip(segmented, docs, strict=True):
        ex = extract(documents[seg.doc_id], doc, seg.sentences, nlp)
        lines.append({key: [asdict(r) if not isinstance(r, dict) else r for r in value] if isinstance(value, list)
                      else value for key, value in ex.__dict__.items()})  # fmt: skip
    settings = {"settings": {"ner": config.ner}}  # so that export's manifest records what extract ran with
    _write_jsonl(config.work / "extract.jsonl", [settings, *lines] + [{"error": asdict(e)} for e in errors])
    return _stage_summary(len(lines), errors, started)


def run_export(config: RunConfig) -> RunSummary:
    started = time.perf_counter()
    documents, _ = _read_ingest(config)
    segmented, _ = _read_segment(config)
    extractions, errors = _read_extract(config)
    return _export(replace(config, **_extract_settings(config)), documents, segmented, extractions, errors, started)


def _read_ingest(config: RunConfig) -> tuple[list[IngestedDocument], list[ErrorRecord]]:
    documents, errors = [], []
    for line in _read_jsonl(config.work / "ingest.jsonl", "ingest"):
        if "error" in line:
            errors.append(from_dict(ErrorRecord, line["error"]))
        else:
            documents.append(IngestedDocument.from_json(line["document"]))
    return documents, errors


def _read_segment(config: RunConfig) -> tuple[list[Segmented], list[ErrorRecord]]:
    segmented, errors = [], []
    for line in _read_jsonl(config.work / "segment.jsonl", "segment"):
        if "error" in line:
            errors.append(from_dict(ErrorRecord, line["error"]))
            continue
        sentences = [Sentence(**s) for s in line["sentences"]]
        segmented.append(Segmented(line["doc_id"], sentences, line["tokens"]))
    return segmented, errors


_EXTRACTION_TYPES = {
    "dates": DateMention, "articles": ArticleRef, "names": NameMention,
    "citations": Citation, "markers": CitationMarker, "errors": ErrorRecord,
}  # fmt: skip


def _read_extract(config: RunConfig) -> tuple[list[Extraction], list[ErrorRecord]]:
    extractions, errors = [], []
    for line in _read_jsonl(config.work / "extract.jsonl", "extract"):
        if "settings" in line:
            continue
        if "error" in line:
            errors.append(from_dict(ErrorRecord, line["error"]))
            continue
        ex = Extraction(line["doc_id"], instruments=line.get("instruments", []))
        for key, cls in _EXTRACTION_TYPES.items():
            setattr(ex, key, [from_dict(cls, item) for item in line.get(key, [])])
        extractions.append(ex)
    return extractions, errors


def _extract_settings(config: RunConfig) -> dict[str, Any]:
    """The settings the extract stage ran with (its file's first line)."""
    for line in _read_jsonl(config.work / "extract.jsonl", "extract"):
        return line.get("settings", {})
    return {}


def _write_jsonl(path: Path, lines: list[dict[str, Any]]) -> None:
    temporary = path.with_suffix(path.suffix + ".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
    temporary.replace(path)


def _read_jsonl(path: Path, stage: str) -> Iterator[dict[str, Any]]:
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run the '{stage}' stage first (make {stage})")
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)
