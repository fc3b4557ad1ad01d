"""Render the report pages from the published tables (plain templating, everything escaped).

A document page shows the normalised text with every span of the four span
tables highlighted in its own colour.  Spans may overlap (a date inside a
citation), so the text is cut at every span boundary into segments and each
segment carries the classes and ids of all spans covering it; the side panel
(JS) and the native tooltip show each span's normalised value.  Note markers,
cut out of the text by ingest, are put back as superscript links to their
citation, and each citation links back to its markers.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq

from pipeline.report.assets import INDEX_SCRIPT, PAGE_SCRIPT, STYLE
from pipeline.tables import TABLES

# Span tables shown on the pages: group name, table, CSS class suffix, label, fields for the panel.
GROUPS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("dates", "date", "Date", ("value", "kind", "precision", "resolution", "anchor", "calendar", "modifier")),
    ("article_refs", "article", "Article", ("instrument", "chapter", "article", "article_sub", "paragraph", "item",
                                           "end_article", "kind", "resolution")),
    ("mentions", "name", "Name", ("type", "canonical", "entity_id", "aliases", "title")),
    ("citations", "citation", "Citation", ("note", "type", "authors", "editor", "title", "container", "publisher",
                                           "date", "volume", "issue", "pages", "url", "accessed", "language",
                                           "call_number", "number")),
)  # fmt: skip
# A date value the timeline can place: 2024, 2024-06, 2024-06-18, or the begin of a range 2024-06-18/...
TIMELINE_VALUE = re.compile(r"^(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?(?:/|$)")
_UNSAFE_FILE_CHARS = re.compile(r"[^\w.-]")


@dataclass
class Span:
    span_id: str
    css: str
    start: int
    end: int
    label: str
    fields: dict[str, Any] = field(default_factory=dict)


# Tables the pages show; tokens and offsets (the largest) are only counted.
SHOWN = ("documents", "sentences", "dates", "article_refs", "entities", "mentions", "citations",
         "citation_markers", "errors")  # fmt: skip


def read_tables(out_dir: Path) -> tuple[dict[str, pd.DataFrame], dict[str, int]]:
    """The tables the report shows, and the row count of every table (from the Parquet footers)."""
    folder = out_dir / "tables"
    counts = {t.name: pq.ParquetFile(folder / f"{t.name}.parquet").metadata.num_rows for t in TABLES}
    return {name: pd.read_parquet(folder / f"{name}.parquet") for name in SHOWN}, counts


def write_report(out_dir: Path, target: Path | None = None) -> list[Path]:
    """Index and document pages for the tables of ``out_dir``, written to ``target`` (default OUT/report)."""
    tables, counts = read_tables(out_dir)
    return write_pages(tables, target or out_dir / "report", counts)


def write_pages(tables: dict[str, pd.DataFrame], target: Path, counts: dict[str, int] | None = None) -> list[Path]:
    """Write every page for ``tables`` into ``target``; returns the paths (index first)."""
    target.mkdir(parents=True, exist_ok=True)
    rows = {name: frame.to_dict("records") for name, frame in tables.items()}
    counts = counts or {name: len(items) for name, items in rows.items()}
    entities = {e["entity_id"]: e for e in rows.get("entities", [])}
    grouped = {name: _by_document(items) for name, items in rows.items() if name not in ("documents", "entities")}
    pages = [target / "index.html"]
    for document in rows.get("documents", []):
        own = {name: groups.get(document["doc_id"], []) for name, groups in grouped.items()}
        path = target / page_name(document["doc_id"])
        path.write_text(document_page(document, own, entities), encoding="utf-8")
        pages.append(path)
    pages[0].write_text(index_page(rows, counts), encoding="utf-8")
    return pages


def _by_document(items: list[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for item in items:
        groups.setdefault(item.get("doc_id"), []).append(item)
    return groups


def page_name(doc_id: str) -> str:
    """A file name for a document page (doc_ids may hold slashes)."""
    return "doc-" + _UNSAFE_FILE_CHARS.sub("_", doc_id) + ".html"


# --- document pages ----------------------------------------------------------------------------


def document_spans(doc_id: str, rows: dict[str, list[dict]], entities: dict[str, dict]) -> list[Span]:
    """The spans of one document from the four span tables, with the values the panel shows."""
    spans = []
    for table, css, label, names in GROUPS:
        for row in rows.get(table, []):
            if row["doc_id"] != doc_id:
                continue
            key = row.get("mention_id") or row.get("citation_id")
            values = {name: _plain(row.get(name)) for name in names}
            if table == "mentions" and row.get("entity_id") in entities:
                entity = entities[row["entity_id"]]
                values |= {"canonical": entity["canonical"], "aliases": _plain(entity.get("aliases"))}
            spans.append(Span(f"{css}-{key}", css, int(row["start"]), int(row["end"]), label, _compact(values)))
    return spans


def _plain(value: Any) -> Any:
    """JSON-ready value: arrays to lists, NaN and empty to None."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, list | tuple):
        return [str(v) for v in value] or None
    return value if value != "" else None


def _compact(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def highlight(text: str, spans: list[Span], markers: list[dict], rules: tuple[int, ...] = ()) -> str:
    """The text as HTML: segments wrapped with the spans covering them, markers as links, a rule before notes.

    One sweep over the cut points: at each cut the spans starting there join the active set and those
    ending there leave it, so a long document with many spans stays linear in practice.
    """
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    markers = [m for m in markers if 0 <= int(m["start"]) <= len(text)]
    cuts = sorted({0, len(text), *rules, *(s.start for s in spans), *(s.end for s in spans),
                   *(int(m["start"]) for m in markers)})  # fmt: skip
    starting, ending, at_marker = _index(spans, markers)
    backrefs = _backrefs(markers)
    active: dict[str, Span] = {}
    out: list[str] = []
    for left, right in zip(cuts, [*cuts[1:], None], strict=True):
        out.extend(_marker_html(m) for m in at_marker.get(left, []))
        for span in ending.get(left, []):
            active.pop(span.span_id, None)
            if span.css == "citation":
                out.append(backrefs.get(span.span_id.removeprefix("citation-"), ""))
        if left in rules:
            out.append('<hr class="notes-rule">')
        if right is None:
            break
        for span in starting.get(left, []):
            active[span.span_id] = span
            out.append(f'<a class="anchor" id="{html.escape(span.span_id)}"></a>')
        opens = bool(starting.get(left))
        out.append(_segment(text[left:right], list(active.values()), opens=opens))
    return "".join(out)


def _index(spans: list[Span], markers: list[dict]):
    """Spans by start and by end, markers by position."""
    starting: dict[int, list[Span]] = {}
    ending: dict[int, list[Span]] = {}
    at_marker: dict[int, list[dict]] = {}
    for span in spans:
        starting.setdefault(span.start, []).append(span)
        ending.setdefault(span.end, []).append(span)
    for marker in markers:
        at_marker.setdefault(int(marker["start"]), []).append(marker)
    return starting, ending, at_marker


def _segment(piece: str, covering: list[Span], opens: bool = False) -> str:
    """A piece of text with the classes of the spans covering it; ``opens`` when a span starts here."""
    if not covering:
        return html.escape(piece)
    classes = " ".join(sorted({f"hl-{s.css}" for s in covering} | ({"open"} if opens else set())))
    ids = " ".join(s.span_id for s in covering)
    tip = "; ".join(f"{s.label}: {_summary(s)}" for s in covering)
    return (
        f'<span class="hl {classes}" data-spans="{html.escape(ids)}" title="{html.escape(tip)}">'
        f"{html.escape(piece)}</span>"
    )


def _summary(span: Span) -> str:
    """One line for the tooltip: the most telling field of the span."""
    for name in ("value", "canonical", "article", "title", "url", "type"):
        if span.fields.get(name):
            value = span.fields[name]
            return ", ".join(value) if isinstance(value, list) else str(value)
    return ""


def _marker_html(marker: dict) -> str:
    note = html.escape(str(marker["note"]))
    target = marker.get("citation_id")
    marker_id = f"marker-{note}-{int(marker['start'])}"
    if isinstance(target, str) and target:
        return f'<sup class="marker" id="{marker_id}"><a href="#citation-{html.escape(target)}">{note}</a></sup>'
    return f'<sup class="marker missing" id="{marker_id}" title="no note found for this marker">{note}</sup>'


def _backrefs(markers: list[dict]) -> dict[str, str]:
    links: dict[str, list[str]] = {}
    for marker in markers:
        target = marker.get("citation_id")
        if isinstance(target, str) and target:
            anchor = f"marker-{html.escape(str(marker['note']))}-{int(marker['start'])}"
            links.setdefault(target, []).append(f'<a class="backref" href="#{anchor}">↩</a>')
    return {target: "".join(items) for target, items in links.items()}


def document_page(document: dict, rows: dict[str, list[dict]], entities: dict[str, dict]) -> str:
    """One document: metadata, legend with counts, the highlighted text and the side panel."""
    doc_id = document["doc_id"]
    spans = document_spans(doc_id, rows, entities)
    markers = sorted((m for m in rows.get("citation_markers", []) if m["doc_id"] == doc_id), key=lambda m: m["start"])
    notes = [int(s["start"]) for s in rows.get("sentences", []) if s["doc_id"] == doc_id and s["section"] == "footnote"]
    body = highlight(document["text"], spans, markers, rules=(min(notes),) if notes else ())
    data = {s.span_id: {"label": s.label, "surface": document["text"][s.start : s.end], "fields": s.fields}
            for s in spans}  # fmt: skip
    title = html.escape(str(_plain(document.get("title")) or doc_id))
    language = html.escape(str(_plain(document.get("language")) or "ja"))
    return _page(
        title,
        f'<nav><a href="index.html">← index</a></nav><h1>{title}</h1>{_metadata(document)}{_legend(spans)}'
        f'<div class="layout"><article class="text" lang="{language}">{body}</article>'
        f'<aside id="panel"><p class="hint">Hover or click a highlighted span to see its normalised value.</p>'
        f'</aside></div><script type="application/json" id="span-data">{_json(data)}</script>'
        f"<script>{PAGE_SCRIPT}</script>",
    )


def _metadata(document: dict) -> str:
    items = "".join(
        f"<dt>{name}</dt><dd>{html.escape(str(document[name]))}</dd>"
        for name in ("doc_id", "source_path", "author", "published", "accessed", "language", "layout", "source_url")
        if _plain(document.get(name)) is not None
    )
    return f'<dl class="meta">{items}</dl>'


def _legend(spans: list[Span]) -> str:
    """One switch per kind with its count; unticking hides that kind's colour."""
    counts = Counter(s.css for s in spans)
    keys = "".join(
        f'<label class="key hl-{css}"><input type="checkbox" checked data-group="{css}"> {label} '
        f"<b>{counts.get(css, 0)}</b></label>"
        for _, css, label, _ in GROUPS
    )
    return f'<div class="legend">{keys}</div>'


def _json(data: Any) -> str:
    """JSON safe inside a <script> element."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")


def _page(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(title)}</title>'
        f"<style>{STYLE}</style></head><body>{body}</body></html>\n"
    )


# --- index page --------------------------------------------------------------------------------


def index_page(rows: dict[str, list[dict]], counts: dict[str, int]) -> str:
    tables = "".join(f"<tr><td>{t.name}</td><td class=n>{counts.get(t.name, 0)}</td></tr>" for t in TABLES)
    per_table = {name: Counter(r.get("doc_id") for r in items) for name, items in rows.items()}
    per_doc = "".join(_document_row(d, per_table) for d in rows["documents"])
    body = (
        f"<h1>Corpus report</h1><p>{len(rows['documents'])} documents. "
        f"Colours: <span class='hl hl-date'>dates</span> <span class='hl hl-article'>article references</span> "
        f"<span class='hl hl-name'>names</span> <span class='hl hl-citation'>citations</span>.</p>"
        f"<h2>Timeline of resolved dates</h2>{timeline_svg(rows)}"
        f"<h2>Documents</h2><table class=sortable><thead><tr><th>document</th><th>published</th><th>dates</th>"
        f"<th>article refs</th><th>names</th><th>citations</th><th>markers</th><th>errors</th></tr></thead>"
        f"<tbody>{per_doc}</tbody></table>"
        f"<h2>Entities</h2>{_entity_table(rows)}"
        f"<h2>Tables</h2><table><thead><tr><th>table</th><th>rows</th></tr></thead><tbody>{tables}</tbody></table>"
        f"<h2>Errors and warnings</h2>{_error_list(rows)}<script>{INDEX_SCRIPT}</script>"
    )
    return _page("Corpus report", body)


def _document_row(document: dict, per_table: dict[str, Counter]) -> str:
    doc_id = document["doc_id"]
    cells = [per_table.get(name, Counter())[doc_id]
             for name in ("dates", "article_refs", "mentions", "citations", "citation_markers", "errors")]  # fmt: skip
    title = html.escape(str(_plain(document.get("title")) or doc_id))
    return (
        f'<tr><td><a href="{page_name(doc_id)}">{title}</a><br><small>{html.escape(doc_id)}</small></td>'
        f"<td>{html.escape(str(_plain(document.get('published')) or ''))}</td>"
        + "".join(f"<td class=n>{n}</td>" for n in cells)
        + "</tr>"
    )


def _entity_table(rows: dict[str, list[dict]]) -> str:
    mentions = Counter(m.get("entity_id") for m in rows.get("mentions", []))
    documents: dict[str, set[str]] = {}
    for mention in rows.get("mentions", []):
        documents.setdefault(mention.get("entity_id"), set()).add(mention["doc_id"])
    entities = sorted(rows.get("entities", []), key=lambda e: (-mentions[e["entity_id"]], e["canonical"]))
    if not entities:
        return "<p class=empty>No entities in this run.</p>"
    body = "".join(
        f"<tr><td><span class='hl hl-name'>{html.escape(e['canonical'])}</span></td><td>{html.escape(e['type'])}</td>"
        f"<td>{html.escape(', '.join(_plain(e.get('aliases')) or []))}</td><td class=n>{mentions[e['entity_id']]}</td>"
        f"<td class=n>{len(documents.get(e['entity_id'], ()))}</td></tr>"
        for e in entities
    )
    return (
        "<table class=sortable><thead><tr><th>entity</th><th>type</th><th>aliases</th><th>mentions</th>"
        f"<th>documents</th></tr></thead><tbody>{body}</tbody></table>"
    )


def _error_list(rows: dict[str, list[dict]]) -> str:
    errors = rows.get("errors", [])
    if not errors:
        return "<p class=empty>None.</p>"
    items = "".join(
        f"<li><b>{html.escape(str(e['severity']))}</b> {html.escape(str(e['source_path']))} "
        f"({html.escape(str(e['stage']))}): {html.escape(str(e['error']))}: {html.escape(str(e['message']))}</li>"
        for e in errors
    )
    return f"<ul class=errors>{items}</ul>"


def timeline_point(value: Any) -> date | None:
    """The day a date value is drawn at: its first day (a month or year at its start)."""
    match = TIMELINE_VALUE.match(value) if isinstance(value, str) else None
    if match is None:
        return None
    try:
        return date(int(match["year"]), int(match["month"] or 1), int(match["day"] or 1))
    except ValueError:
        return None


def timeline_svg(rows: dict[str, list[dict]], width: int = 960, lane: int = 26) -> str:
    """An inline SVG: one lane per document, one dot per resolved date, year ticks below."""
    points = [(d["doc_id"], timeline_point(d.get("value")), d) for d in rows.get("dates", [])
              if d.get("kind") in ("date", "range")]  # fmt: skip
    points = [(doc_id, day, d) for doc_id, day, d in points if day is not None]
    if not points:
        return "<p class=empty>No resolved dates in this run.</p>"
    lanes = sorted({doc_id for doc_id, _, _ in points})
    first, last = min(p[1] for p in points).year, max(p[1] for p in points).year + 1
    left, right = 190, width - 20
    height = lane * len(lanes) + 40

    def x(day: date) -> float:
        span = date(last, 1, 1).toordinal() - date(first, 1, 1).toordinal()
        return left + (right - left) * (day.toordinal() - date(first, 1, 1).toordinal()) / span

    step = max(1, math.ceil((last - first) / 12))
    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">']
    for year in range(first, last + 1, step):
        xx = x(date(year, 1, 1))
        parts.append(f'<line class="tick" x1="{xx:.1f}" x2="{xx:.1f}" y1="0" y2="{height - 20}"/>'
                     f'<text class="year" x="{xx:.1f}" y="{height - 6}">{year}</text>')  # fmt: skip
    for index, doc_id in enumerate(lanes):
        y = 14 + index * lane
        parts.append(f'<text class="lane" x="4" y="{y + 4}">{html.escape(doc_id[:28])}</text>')
        parts.append(f'<line class="axis" x1="{left}" x2="{right}" y1="{y}" y2="{y}"/>')
    for doc_id, day, row in points:
        y = 14 + lanes.index(doc_id) * lane
        tip = f"{row['surface']} → {row['value']} ({doc_id})"
        href = f"{page_name(doc_id)}#date-{row['mention_id']}"
        parts.append(f'<a href="{html.escape(href)}"><circle class="dot" cx="{x(day):.1f}" cy="{y}" r="5">'
                     f"<title>{html.escape(tip)}</title></circle></a>")  # fmt: skip
    parts.append("</svg>")
    return "".join(parts)
