"""Exact-span P/R/F1 per type of the names extractor on the held-out external splits.

Held out (never trained on, see ``names.model``): Stockmark sentences whose
index is a multiple of 5, and the GSD test file.  A prediction counts only if
its (start, end, type) equals a gold span.  Systems: ``rules`` (rules and
gazetteers alone), ``model`` (the trained NER alone) and ``combined`` (what the
pipeline runs), so each part's contribution is visible.  ``compare`` adds
GiNZA (``ja-ginza``, run in its own interpreter: it needs SudachiPy, which the
pipeline does not install), folded ENE -> OntoNotes (GiNZA's own mapping) ->
our types, on the same sentences.

Imports of spaCy and our extractors are lazy so that the GiNZA side
(``python -m pipeline.evaluation.names ginza``) needs nothing but GiNZA.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

TYPES = ("PERSON", "ORG", "PLACE")
SYSTEMS = ("rules", "model", "combined")
ONTONOTES_FOLD = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}


def score(gold: list[set], predicted: list[set]) -> dict[str, float]:
    """Micro P/R/F1 per type and overall from per-sentence sets of (start, end, type)."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for gold_set, pred_set in zip(gold, predicted, strict=True):
        tp.update(kind for *_, kind in gold_set & pred_set)
        fp.update(kind for *_, kind in pred_set - gold_set)
        fn.update(kind for *_, kind in gold_set - pred_set)
    metrics: dict[str, float] = {}
    for kind in (*TYPES, "ALL"):
        kinds = TYPES if kind == "ALL" else (kind,)
        t, f_p, f_n = (sum(c[k] for k in kinds) for c in (tp, fp, fn))
        precision = t / (t + f_p) if t + f_p else 0.0
        recall = t / (t + f_n) if t + f_n else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        metrics |= {f"{kind}_p": round(precision, 4), f"{kind}_r": round(recall, 4), f"{kind}_f1": round(f1, 4)}
    return metrics


def held_out(external_dir: Path, fold: str = "test") -> dict[str, list]:
    """The test sentences, or with ``fold="validation"`` the fold carved from training for model selection."""
    from pipeline.extractors.names.model import all_samples, is_validation

    every = all_samples(Path(external_dir))
    samples = [s for s in every if (s.split == "test" if fold == "test" else is_validation(s))]
    return {source: [s for s in samples if s.source == source] for source in ("stockmark", "gsd")}


def predict_spans(texts: list[str], system: str) -> list[set]:
    """Our spans for each text: ``rules``, ``model`` or ``combined``."""
    import pipeline.nlp.components  # noqa: F401  (registers doc._.meta)
    from pipeline.extractors.names import find_names
    from pipeline.extractors.names.model import predict
    from pipeline.nlp.tokenizer import blank_japanese

    nlp = blank_japanese()
    found = []
    for text in texts:
        doc = nlp(text)
        if system == "model":
            found.append(set(predict(doc)))
        else:
            found.append({(m.start, m.end, m.type) for m in find_names(doc, use_model=system == "combined")})
    return found


def evaluate(external_dir: Path, systems: tuple[str, ...] = SYSTEMS, fold: str = "test") -> dict[str, float]:
    """Scores keyed ``SOURCE.SYSTEM.TYPE_{p,r,f1}`` on the stockmark and gsd held-out sentences."""
    results: dict[str, float] = {}
    for source, samples in held_out(external_dir, fold).items():
        gold = [set(s.spans) for s in samples]
        results[f"{source}.sentences"] = len(samples)
        for system in systems:
            predicted = predict_spans([s.text for s in samples], system)
            results |= {f"{source}.{system}.{k}": v for k, v in score(gold, predicted).items()}
    return results


def news_test_documents(gold_root: Path) -> dict[str, tuple[Path, list[dict]]]:
    """The news test documents (``names.model.news_split``: never trained on): doc_id -> (text file, mention gold)."""
    from pipeline.evaluation.scorer import read_gold
    from pipeline.extractors.names.model import gold_folders, news_split

    found: dict[str, tuple[Path, list[dict]]] = {}
    for folder in gold_folders(Path(gold_root)):
        path = folder / "mentions.jsonl"
        rows = read_gold(path)[0] if path.exists() else []
        for doc_id in sorted({r["doc_id"] for r in rows}):
            text = folder / "texts" / f"{doc_id}.txt"
            if news_split(doc_id) == "test" and text.exists():
                found[doc_id] = (text, [r for r in rows if r["doc_id"] == doc_id])
    return found


def evaluate_news_test(gold_root: Path, mentions: list[dict] | None = None) -> dict[str, float]:
    """The combined pipeline's mentions on the news test documents, scored by the ``make eval`` scorer:
    ``ALL_*`` matches spans only (as ``make eval``), ``TYPE_*`` spans of that type on both sides.
    ``mentions``: rows the caller already published for these documents (``make eval`` has run the pipeline
    over every gold folder); without them the pipeline runs on the test documents alone."""
    from pipeline.evaluation.scorer import score_table

    documents = news_test_documents(gold_root)
    if mentions is None:
        mentions = _published_mentions([text for text, _ in documents.values()])
    predicted = [row for row in mentions if row["doc_id"] in documents]
    gold = [row for _, rows in documents.values() for row in rows]
    results: dict[str, float] = {"documents": len(documents), "mentions": len(gold)}
    for kind in ("ALL", *TYPES):
        keep = (lambda row: True) if kind == "ALL" else (lambda row, kind=kind: row.get("type") == kind)
        scored = score_table("mentions", [g for g in gold if keep(g)], [p for p in predicted if keep(p)])
        results |= {f"{kind}_p": scored.precision, f"{kind}_r": scored.recall, f"{kind}_f1": scored.f1}
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in results.items()}


def _published_mentions(texts: list[Path]) -> list[dict]:
    """The mentions table of one pipeline run over ``texts`` (copied into a temporary raw directory)."""
    import shutil
    import tempfile

    from pipeline.evaluation.__main__ import published_tables

    with tempfile.TemporaryDirectory(prefix="names-news-test-") as tmp:
        for text in texts:
            shutil.copy(text, Path(tmp) / text.name)
        return published_tables([Path(tmp)])["mentions"].to_dict("records")


def ginza_spans(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """GiNZA's entities, ENE labels folded through GiNZA's ENE -> OntoNotes map onto our types."""
    import spacy
    from ginza import ENE_ONTONOTES_MAPPING

    nlp = spacy.load("ja_ginza")
    found = []
    for doc in nlp.pipe(texts):
        spans = []
        for ent in doc.ents:
            kind = ONTONOTES_FOLD.get(ENE_ONTONOTES_MAPPING.get(ent.label_, ""))
            if kind:
                spans.append((ent.start_char, ent.end_char, kind))
        found.append(spans)
    return found


def compare(external_dir: Path, ginza_python: str) -> dict[str, float]:
    """Ours (combined) and GiNZA on the same held-out sentences, per type."""
    results: dict[str, float] = {}
    for source, samples in held_out(external_dir).items():
        texts = [s.text for s in samples]
        gold = [set(s.spans) for s in samples]
        ours = predict_spans(texts, "combined")
        run = subprocess.run(
            [ginza_python, "-m", "pipeline.evaluation.names", "ginza"],
            input=json.dumps(texts, ensure_ascii=False),
            capture_output=True,
            text=True,
            check=True,
        )
        theirs = [{tuple(span) for span in spans} for spans in json.loads(run.stdout)]
        for system, predicted in (("ours", ours), ("ginza", theirs)):
            results |= {f"{source}.{system}.{k}": v for k, v in score(gold, predicted).items()}
    return results


def print_table(results: dict[str, float]) -> None:
    systems = sorted({key.split(".")[1] for key in results if key.count(".") == 2})
    print(f"{'split':10} {'type':7} " + " ".join(f"{s + ' P/R/F1':>22}" for s in systems))
    for source in ("stockmark", "gsd"):
        for kind in (*TYPES, "ALL"):
            cells = [
                "/".join(f"{results.get(f'{source}.{s}.{kind}_{m}', 0.0):.3f}" for m in ("p", "r", "f1"))
                for s in systems
            ]
            print(f"{source:10} {kind:7} " + " ".join(f"{c:>22}" for c in cells))


def main(argv: list[str]) -> int:
    """``ginza`` (stdin texts -> stdout spans), ``compare EXTERNAL GINZA``, ``validation EXTERNAL``, ``news [GOLD]``
    or ``EXTERNAL``."""
    if argv and argv[0] == "ginza":
        json.dump(ginza_spans(json.load(sys.stdin)), sys.stdout)
        return 0
    if argv and argv[0] == "compare":
        print_table(compare(Path(argv[1]), argv[2]))
        return 0
    if argv and argv[0] == "news":  # the combined pipeline on the news test documents of a gold root
        print(json.dumps(evaluate_news_test(Path(argv[1] if len(argv) > 1 else "tests/gold")), indent=1))
        return 0
    if argv and argv[0] == "validation":  # model selection: PIPELINE_NAMES_MODEL_DIR=<trained --validation>
        print_table(evaluate(Path(argv[1]), fold="validation"))
        return 0
    print_table(evaluate(Path(argv[0])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
