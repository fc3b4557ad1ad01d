"""Field-level scores of the citations extractor against the hand gold.

The gold (``tests/gold/citations.jsonl``) holds one row per citation of the
seed documents and of ``tests/gold/texts/citations_*.txt``.  ``evaluate``
ingests those documents, runs the ``ja_citations`` component alone (the
other extractors do not affect citations) and reports:

* citation P/R/F1 (a predicted row matches a gold row on doc_id, start, end);
* field-level micro P/R/F1 over authors, title, container, publisher, date,
  pages and url on matched rows (a value counts when it equals the gold);
* per-field accuracy, type accuracy, and the share of note markers linked to
  the citation of their own note.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pipeline.records import Citation, IngestedDocument

SCORED_FIELDS = ("authors", "title", "container", "publisher", "date", "pages", "url")
REPORTED_FIELDS = (*SCORED_FIELDS, "type", "editor", "translator", "volume", "issue", "accessed", "language", "repeats")
ROOT = Path(__file__).resolve().parents[2]


def load_gold(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _same(predicted: Any, gold: Any) -> bool:
    if _empty(predicted) and _empty(gold):
        return True
    if isinstance(gold, list) or isinstance(predicted, list):
        return list(predicted or []) == list(gold or [])
    return predicted == gold


def score(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> dict[str, float]:
    """Citation-level and field-level scores of ``predicted`` rows against ``gold`` rows."""
    by_key = {(p["doc_id"], p["start"], p["end"]): p for p in predicted}
    gold_docs = {g["doc_id"] for g in gold}
    in_scope = [p for p in predicted if p["doc_id"] in gold_docs]
    matched = [
        (g, by_key[(g["doc_id"], g["start"], g["end"])]) for g in gold if (g["doc_id"], g["start"], g["end"]) in by_key
    ]
    result: dict[str, float] = {"gold": len(gold), "predicted": len(in_scope), "matched": len(matched)}
    result.update(_prf("citation", len(matched), len(in_scope), len(gold)))
    tp = fp = fn = 0
    for g, p in matched:
        for name in SCORED_FIELDS:
            gv, pv = g.get(name), p.get(name)
            if _empty(gv) and _empty(pv):
                continue
            if _same(pv, gv):
                tp += 1
                continue
            fp += 0 if _empty(pv) else 1
            fn += 0 if _empty(gv) else 1
    result.update(_prf("field", tp, tp + fp, tp + fn))
    for name in REPORTED_FIELDS:  # over the rows whose gold annotates the field (older gold lacks some keys)
        annotated = [(g, p) for g, p in matched if name in g]
        if annotated:
            result[f"accuracy_{name}"] = round(
                sum(_same(p.get(name), g[name]) for g, p in annotated) / len(annotated), 4
            )
    return result


def _prf(prefix: str, tp: int, n_predicted: int, n_gold: int) -> dict[str, float]:
    precision = tp / n_predicted if n_predicted else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        f"{prefix}_precision": round(precision, 4),
        f"{prefix}_recall": round(recall, 4),
        f"{prefix}_f1": round(f1, 4),
    }


def extract_citations(document: IngestedDocument) -> list[Citation]:
    """Run the citations component alone on an ingested document."""
    from pipeline.nlp.components import build_nlp, records, set_meta

    nlp = _nlp(build_nlp)
    doc = nlp.make_doc(document.text)
    set_meta(
        doc, doc_id=document.doc_id, published=document.published, accessed=document.accessed,
        title=document.title, notes=document.notes, regions=document.regions,
    )  # fmt: skip
    return records(nlp.get_pipe("ja_citations")(doc), "citations")


_NLP: list[Any] = []


def _nlp(build) -> Any:
    if not _NLP:
        _NLP.append(build(("ja_citations",)))
    return _NLP[0]


def marker_links(document: IngestedDocument, citations: list[Citation]) -> tuple[int, int]:
    """(markers linked to the citation of their own note, markers)."""
    by_note = {c.note: c for c in citations if c.note is not None}
    linked = sum(1 for m in document.markers if m.note in by_note)
    return linked, len(document.markers)


def _rows(document: IngestedDocument, citations: Iterable[Citation]) -> list[dict[str, Any]]:
    from dataclasses import asdict

    return [{"doc_id": document.doc_id, **asdict(c)} for c in citations]


def predict(raw_dirs: list[Path], doc_prefix: str = "citations_") -> tuple[list[dict[str, Any]], int, int]:
    """Predicted rows for the seeds and the gold texts, and (markers linked, markers)."""
    from pipeline.stages.ingest import ingest_all

    predicted: list[dict[str, Any]] = []
    linked = markers = 0
    for raw_dir in raw_dirs:
        for item in ingest_all(raw_dir):
            if not isinstance(item, IngestedDocument):
                continue
            if raw_dir.name == "texts" and not item.doc_id.startswith(doc_prefix):
                continue
            citations = extract_citations(item)
            predicted.extend(_rows(item, citations))
            ok, total = marker_links(item, citations)
            linked, markers = linked + ok, markers + total
    return predicted, linked, markers


def wrong_fields(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> list[tuple[str, str, Any, Any]]:
    """(surface, field, expected, got) of every scored field a matched row gets wrong (for --details)."""
    by_key = {(p["doc_id"], p["start"], p["end"]): p for p in predicted}
    wrong = []
    for g in gold:
        p = by_key.get((g["doc_id"], g["start"], g["end"]))
        if p is None:
            wrong.append((g["surface"], "*missed*", None, None))
            continue
        wrong += [
            (g["surface"], n, g.get(n), p.get(n))
            for n in (*SCORED_FIELDS, "type", "translator", "isbn", "number")
            if n in g and not _same(p.get(n), g.get(n))
        ]
    return wrong


FIRST_SET_ANNOTATED_IN_EVERY_TABLE = 10  # from heldout10 on, every text is annotated for all four tables


def _annotates_every_text(folder: Path) -> bool:
    """True for held-out sets whose notes are annotated in every text, not only in ``*_citations_*`` texts."""
    number = folder.name.removeprefix("heldout")
    return number.isdigit() and int(number) >= FIRST_SET_ANNOTATED_IN_EVERY_TABLE


def heldout_predictions(folder: Path) -> list[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """(gold, predicted) of one held-out set, per group of texts its citation gold covers; [] without gold."""
    gold_path = folder / "citations.jsonl"
    gold = load_gold(gold_path) if gold_path.exists() else []
    if not gold:
        return []
    if _annotates_every_text(folder):
        return [(gold, predict([folder / "texts"], "")[0])]
    prefixes = sorted({g["doc_id"].split("_citations_")[0] + "_citations_" for g in gold})
    return [([g for g in gold if g["doc_id"].startswith(p)], predict([folder / "texts"], p)[0]) for p in prefixes]


def heldout_scores(gold_root: Path) -> dict[str, float]:
    """Field scores of each held-out set (``tests/gold/heldout*/``): the honest figures on unseen styles."""
    result: dict[str, float] = {}
    for folder in sorted(gold_root.glob("heldout*/")):
        groups = heldout_predictions(folder)
        if not groups:
            continue
        gold = [g for group, _ in groups for g in group]
        predicted = [p for _, group in groups for p in group]
        scores = score(gold, predicted)
        for name in ("citation_f1", "field_precision", "field_recall", "field_f1"):
            result[f"{folder.name}.{name}"] = scores[name]
    return result


def evaluate(
    external_dir: Path | None = None, *, gold_path: Path | None = None, raw_dirs: list[Path] | None = None
) -> dict:
    """Scores over the seeds (raw/) and the gold texts (tests/gold/texts/citations_*.txt), then held-out sets."""
    gold_path = gold_path or ROOT / "tests" / "gold" / "citations.jsonl"
    raw_dirs = raw_dirs or [ROOT / "raw", ROOT / "tests" / "gold" / "texts"]
    predicted, linked, markers = predict(raw_dirs)
    result = score(load_gold(gold_path), predicted)
    result["markers"] = markers
    result["markers_linked"] = round(linked / markers, 4) if markers else 0.0
    result.update(heldout_scores(gold_path.parent))
    return result


def _print_details() -> None:
    """Every wrong scored field of the development gold and of each held-out set."""
    gold_dir = ROOT / "tests" / "gold"
    sets = [("dev", load_gold(gold_dir / "citations.jsonl"), predict([ROOT / "raw", gold_dir / "texts"])[0])]
    for folder in sorted(gold_dir.glob("heldout*/")):
        sets += [(folder.name, gold, predicted) for gold, predicted in heldout_predictions(folder)]
    for name, gold, predicted in sets:
        for surface, field, expected, got in wrong_fields(gold, predicted):
            print(f"{name}: {surface[:50]!r} {field}: expected {expected!r}, got {got!r}")


if __name__ == "__main__":  # pragma: no cover - manual use: python -m pipeline.evaluation.citations [--details]
    import sys

    for key, value in evaluate().items():
        print(f"{key}: {value}")
    if "--details" in sys.argv:
        _print_details()
