"""External check of the article-reference extractor on a real statute.

Why: the hand gold is small; a whole statute in e-Gov XML (行政手続法) gives
hundreds of references in kanji numerals and, through its ``Num``
attributes, the true number of every heading.  Three measures:

- headings: every 条/章/節 title and 項/号 number parsed and compared with its
  ``Num`` (``第三十六条の二`` against ``36_2``);
- sentences: every ``第N条``/``第N項``/``第N号`` and relative pointer (前条,
  同項, 各号 ...) in the statute's sentences, found by a deliberately simple
  independent pattern, must lie inside a reference the extractor returns,
  with the same number in the right column;
- Lawtext: the 11 annotated strings from Lawtext's own reference parser,
  compared fragment by fragment (relative position, target type, name).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from pipeline.extractors.articles import find_article_refs, reference_parts
from pipeline.extractors.articles.parts import parse_parts
from pipeline.extractors.articles.vocab import ANNEX, ARTICLE, LAW, LEVEL_NAMES, Part
from pipeline.extractors.numerals import parse_number
from pipeline.records import ArticleRef

STATUTE = "egov-statute/gyosei-tetsuzuki-ho.xml"
LAWTEXT = "egov-statute/lawtext-pointer-ranges.json"
_KANJI_NUM = "〇一二三四五六七八九十百千"
# The independent oracle: a named 条 (with branches), 項 or 号 in kanji numerals.
ORACLE_NAMED_RE = re.compile(rf"第(?P<num>[{_KANJI_NUM}]+)(?P<unit>[条項号編章節])(?P<sub>(?:の[{_KANJI_NUM}]+)*)")
# ... and relative pointers.
ORACLE_RELATIVE_RE = re.compile(r"(?:前|次|同)[二三四五]?[条項号章](?![約例件])|この[条項号章]|(?:前|同)?各号")
_COLUMN = {"条": "article", "項": "paragraph", "号": "item"}


def _num_attr(surface: str) -> str:
    """``三十六条の二`` style pieces → ``36_2`` (e-Gov Num form)."""
    return "_".join(str(parse_number(p)) for p in surface.split("の") if p)


def heading_checks(root: ET.Element) -> tuple[int, int, list[str]]:
    """(correct, total, failures) over article, chapter and section titles and paragraph/item numbers."""
    correct = total = 0
    failures: list[str] = []
    for tag, title_tag, level in (("Article", "ArticleTitle", ARTICLE), ("Chapter", "ChapterTitle", None),
                                  ("Section", "SectionTitle", None)):  # fmt: skip
        for element in root.iter(tag):
            title = element.findtext(title_tag) or ""
            parts = parse_parts(title.split("\u3000")[0])
            got = parts[0].number if parts and (level is None or parts[0].level == level) else None
            total += 1
            if got == element.get("Num"):
                correct += 1
            else:
                failures.append(f"{title}: {got} != {element.get('Num')}")
    for tag, title_tag in (("Paragraph", "ParagraphNum"), ("Item", "ItemTitle")):
        for element in root.iter(tag):
            title = (element.findtext(title_tag) or "").strip()
            if not title:
                continue
            total += 1
            got = ":".join(str(parse_number(p)) for p in re.split("から|まで", title) if p)
            if got == element.get("Num"):
                correct += 1
            else:
                failures.append(f"{title}: {got} != {element.get('Num')}")
    return correct, total, failures


def _structure_numbers(surface: str) -> list[str]:
    return [p.number or "" for p in parse_parts(surface)]


def _covering(refs: list[ArticleRef], start: int, end: int) -> ArticleRef | None:
    return next((r for r in refs if r.start <= start and end <= r.end), None)


def _value_ok(ref: ArticleRef, unit: str, value: str) -> bool:
    if ref.kind == "law_number":
        return unit == "号" and (ref.number or "").endswith(f"第{value}号")
    if unit in "編章節":
        return ref.chapter == value or value in (ref.surface and _structure_numbers(ref.surface))
    if unit == "条":
        number = ref.article if not ref.article_sub else f"{ref.article}_{ref.article_sub}"
        return value in (number, ref.end_article)
    if unit == "項":
        return value in (ref.paragraph, ref.end_paragraph)
    return value in (ref.item, ref.end_item)


def sentence_checks(root: ET.Element) -> dict[str, int]:
    """Oracle references found, structured correctly, and extractor rows that match no oracle reference."""
    counts = {"oracle_named": 0, "found_named": 0, "structured": 0, "oracle_relative": 0, "found_relative": 0,
              "rows": 0, "rows_unmatched": 0, "sentences": 0}  # fmt: skip
    for provision in ("MainProvision", "SupplProvision"):
        for container in root.iter(provision):
            for sentence in container.iter("Sentence"):
                text = "".join(sentence.itertext())
                counts["sentences"] += 1
                _check_sentence(text, counts)
    return counts


def _check_sentence(text: str, counts: dict[str, int]) -> None:
    refs = find_article_refs(text)
    hit: set[str] = set()
    for match in ORACLE_NAMED_RE.finditer(text):
        counts["oracle_named"] += 1
        ref = _covering(refs, match.start(), match.end())
        if ref is None:
            continue
        counts["found_named"] += 1
        hit.add(ref.mention_id)
        value = _num_attr(match.group("num") + match.group("sub"))
        if _value_ok(ref, match.group("unit"), value):
            counts["structured"] += 1
    for match in ORACLE_RELATIVE_RE.finditer(text):
        counts["oracle_relative"] += 1
        ref = _covering(refs, match.start(), match.end())
        if ref is not None:
            counts["found_relative"] += 1
            hit.add(ref.mention_id)
    counts["rows"] += len(refs)
    counts["rows_unmatched"] += sum(1 for r in refs if r.mention_id not in hit)


def fragments(text: str) -> list[tuple[str, str, str]]:
    """Lawtext-style fragments (relPos, targetType, name) of every reference in a string."""
    out: list[tuple[str, str, str]] = []
    for chain in reference_parts(text):
        for part in chain:
            out.append(_fragment(text, part))
    return out


def _fragment(text: str, part: Part) -> tuple[str, str, str]:
    surface = text[part.start : part.end]
    if part.relation == "INFERIOR":
        return ("NAMED", "INFERIOR", surface)
    if part.level == ANNEX:
        return ("NAMED", "APPDX", "")
    kind = "Law" if part.level == LAW else LEVEL_NAMES[part.level]
    return (part.relation, kind, surface)


def lawtext_checks(cases: list[dict]) -> dict[str, int]:
    """Strings parsed exactly as annotated, and fragment-level matches."""
    counts = {"cases": len(cases), "exact": 0, "gold_fragments": 0, "pred_fragments": 0, "matched_fragments": 0}
    for case in cases:
        gold = [(f["relPos"], f["targetType"], f["name"]) for f in case["fragments"]]
        pred = fragments(case["target"])
        counts["gold_fragments"] += len(gold)
        counts["pred_fragments"] += len(pred)
        remaining = list(pred)
        for fragment in gold:
            if fragment in remaining:
                remaining.remove(fragment)
                counts["matched_fragments"] += 1
        counts["exact"] += int(pred == gold)
    return counts


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def evaluate(external_dir: Path) -> dict:
    """Named metrics of the extractor on the e-Gov statute and the Lawtext cases."""
    root = ET.parse(Path(external_dir) / STATUTE).getroot()
    correct, total, _ = heading_checks(root)
    sentences = sentence_checks(root)
    lawtext = lawtext_checks(json.loads((Path(external_dir) / LAWTEXT).read_text(encoding="utf-8")))
    law_number = [r.number for r in find_article_refs(root.findtext("LawNum") or "") if r.kind == "law_number"]
    return {
        "heading_total": total,
        "heading_accuracy": _ratio(correct, total),
        "sentences": sentences["sentences"],
        "named_refs": sentences["oracle_named"],
        "named_recall": _ratio(sentences["found_named"], sentences["oracle_named"]),
        "named_structured_accuracy": _ratio(sentences["structured"], sentences["found_named"]),
        "relative_refs": sentences["oracle_relative"],
        "relative_recall": _ratio(sentences["found_relative"], sentences["oracle_relative"]),
        "rows": sentences["rows"],
        "rows_unmatched": sentences["rows_unmatched"],
        "law_number_parsed": int(law_number == ["平成5年法律第88号"]),
        "lawtext_cases": lawtext["cases"],
        "lawtext_exact": lawtext["exact"],
        "lawtext_fragment_precision": _ratio(lawtext["matched_fragments"], lawtext["pred_fragments"]),
        "lawtext_fragment_recall": _ratio(lawtext["matched_fragments"], lawtext["gold_fragments"]),
    }


GOLD_FIELDS = ("article", "paragraph", "item", "instrument")


def score_gold(gold_rows: list[dict], documents: dict[str, tuple[str, str | None]]) -> dict:
    """Mention P/R/F1 (match by doc_id, start, end) and field accuracy on matched mentions.

    ``documents`` maps doc_id to (normalised text, title); only documents with gold rows are scored.
    """
    gold = {(r["doc_id"], r["start"], r["end"]): r for r in gold_rows if r["doc_id"] in documents}
    predicted: dict[tuple[str, int, int], ArticleRef] = {}
    for doc_id in {key[0] for key in gold}:
        text, title = documents[doc_id]
        for ref in find_article_refs(text, title=title):
            predicted[(doc_id, ref.start, ref.end)] = ref
    matched = [key for key in gold if key in predicted]
    precision = _ratio(len(matched), len(predicted))
    recall = _ratio(len(matched), len(gold))
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    metrics: dict = {"gold": len(gold), "predicted": len(predicted), "matched": len(matched),
                     "precision": precision, "recall": recall, "f1": f1}  # fmt: skip
    for name in GOLD_FIELDS:
        right = sum(1 for key in matched if getattr(predicted[key], name) == gold[key].get(name))
        metrics[f"{name}_accuracy"] = _ratio(right, len(matched))
    return metrics
