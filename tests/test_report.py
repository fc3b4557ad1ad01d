"""The HTML report: highlighting with overlaps and markers, the index, and a real browser render."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.report.render import Span, highlight, page_name, timeline_point, write_pages
from pipeline.stages.export import to_arrow
from pipeline.stages.ingest import build_document
from pipeline.tables import TABLES

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
# Colours of the four kinds in assets.STYLE, as the browser computes them.
COLOURS = {"date": "rgb(255, 216, 102)", "article": "rgb(155, 227, 155)", "name": "rgb(156, 207, 255)",
           "citation": "rgb(234, 215, 255)"}  # fmt: skip


class _Segments(HTMLParser):
    """(classes, text) of every highlighted segment, and the markers' hrefs, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[tuple[str, str]] = []
        self._open: str | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "span" and "hl" in (attributes.get("class") or ""):
            self._open = attributes["class"]
            self.items.append((self._open, ""))
        elif tag == "a" and (attributes.get("href") or "").startswith("#citation-"):
            self.items.append(("marker", attributes["href"]))

    def handle_data(self, data):
        if self._open is not None:
            classes, text = self.items[-1]
            self.items[-1] = (classes, text + data)

    def handle_endtag(self, tag):
        if tag == "span":
            self._open = None


def test_overlapping_spans_are_cut_into_segments_and_markers_link_to_citations():
    text = "プーチン大統領は2024年6月19日に訪朝した。"
    spans = [
        Span("name-M0001", "name", 0, 4, "Name", {"canonical": "ウラジーミル・プーチン"}),
        Span("date-M0001", "date", 8, 18, "Date", {"value": "2024-06-19"}),
        Span("citation-C0001", "citation", 8, 24, "Citation", {"title": "x"}),
    ]
    markers = [{"note": "1", "start": 23, "citation_id": "C0001"}, {"note": "2", "start": 24, "citation_id": None}]
    rendered = highlight(text, spans, markers)
    parser = _Segments()
    parser.feed(rendered)
    assert parser.items == [
        ("hl hl-name open", "プーチン"),
        ("hl hl-citation hl-date open", "2024年6月19日"),
        ("hl hl-citation", "に訪朝した"),
        ("marker", "#citation-C0001"),
        ("hl hl-citation", "。"),
    ]
    assert 'title="Date: 2024-06-19; Citation: x"' in rendered
    assert '<a class="backref" href="#marker-1-23">↩</a>' in rendered  # the citation links back to its marker
    assert 'class="marker missing"' in rendered  # a marker without a note is shown, not linked
    assert re.sub(r"<[^>]+>", "", rendered).replace("↩", "") == text[:23] + "1" + text[23:] + "2"


def test_spans_outside_the_text_and_empty_spans_are_ignored():
    spans = [
        Span("date-M1", "date", 2, 2, "Date"),
        Span("date-M2", "date", 3, 99, "Date"),
        Span("name-M1", "name", 0, 1, "Name"),
    ]
    assert highlight("日本語", spans, [{"note": "1", "start": 50, "citation_id": "C1"}]).endswith("本語")


def test_page_names_are_safe_file_names():
    assert page_name("web/2024/news item") == "doc-web_2024_news_item.html"
    assert page_name("000_fd09c4983b7dce15") == "doc-000_fd09c4983b7dce15.html"


def test_text_is_escaped():
    assert highlight("<script>alert(1)</script>", [], []) == "&lt;script&gt;alert(1)&lt;/script&gt;"


@pytest.mark.parametrize(
    ("value", "day"),
    [("2024-11-09", "2024-11-09"), ("2024-06", "2024-06-01"), ("2000", "2000-01-01"),
     ("2024-06-18/2024-06-19", "2024-06-18"), ("P28Y", None), ("--06-19", None), ("2024-02-30", None), (None, None)],
)  # fmt: skip
def test_timeline_point(value, day):
    point = timeline_point(value)
    assert (point.isoformat() if point else None) == day


# Values for the synthetic span tables below: the report seed's text, spans found by these patterns.
DATE = re.compile(r"(?P<y>[0-9]{4})年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日")
ARTICLE = re.compile(r"第(?P<n>[0-9]+)条")
NAME = re.compile(r"プーチン|金正恩")


@pytest.fixture(scope="module")
def seed_tables(report_text) -> dict[str, pd.DataFrame]:
    """Tables for the report seed with every kind of span (the extractors' own rows may still be empty)."""
    document = build_document(report_text, "report", "report.txt")
    text = document.text
    rows: dict[str, list[dict]] = {t.name: [] for t in TABLES}
    rows["documents"] = [
        {
            "doc_id": "report",
            "source_path": "report.txt",
            "sha256": "0",
            "encoding": "utf-8",
            "title": document.title,
            "layout": document.layout,
            "n_chars": len(text),
            "text": text,
        }
    ]
    for i, m in enumerate(DATE.finditer(text)):
        value = f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"
        rows["dates"].append(
            {
                "doc_id": "report",
                "mention_id": f"M{i:04d}",
                "start": m.start(),
                "end": m.end(),
                "surface": m.group(),
                "kind": "date",
                "value": value,
                "resolution": "explicit",
            }
        )
    for i, m in enumerate(ARTICLE.finditer(text)):
        rows["article_refs"].append(
            {
                "doc_id": "report",
                "mention_id": f"M{i:04d}",
                "start": m.start(),
                "end": m.end(),
                "surface": m.group(),
                "article": m["n"],
            }
        )
    rows["entities"] = [
        {"entity_id": f"PERSON:{n}", "canonical": n, "type": "PERSON", "aliases": [n]} for n in ("プーチン", "金正恩")
    ]
    for i, m in enumerate(NAME.finditer(text)):
        rows["mentions"].append(
            {
                "doc_id": "report",
                "mention_id": f"M{i:04d}",
                "entity_id": f"PERSON:{m.group()}",
                "start": m.start(),
                "end": m.end(),
                "surface": m.group(),
                "type": "PERSON",
            }
        )
    for i, note in enumerate(n for n in document.notes if n.note != "*"):
        rows["citations"].append(
            {
                "doc_id": "report",
                "citation_id": f"C{i + 1:04d}",
                "note": note.note,
                "start": note.start,
                "end": note.end,
                "text": text[note.start : note.end],
            }
        )
    by_note = {c["note"]: c["citation_id"] for c in rows["citations"]}
    rows["citation_markers"] = [
        {"doc_id": "report", "note": m.note, "start": m.start, "sent_id": None, "citation_id": by_note.get(m.note)}
        for m in document.markers
    ]
    return {name: to_arrow(name, value).to_pandas() for name, value in rows.items()}  # fmt: skip


@pytest.fixture(scope="module")
def seed_report(seed_tables, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("report")
    write_pages(seed_tables, target)
    return target


def test_document_page_highlights_every_kind(seed_report, seed_tables):
    page = (seed_report / page_name("report")).read_text(encoding="utf-8")
    parser = _Segments()
    parser.feed(page)
    kinds = {kind for classes, _ in parser.items for kind in re.findall(r"hl-(\w+)", classes)}
    assert kinds == {"date", "article", "name", "citation"}
    dates = [text for classes, text in parser.items if "hl-date" in classes]
    assert "2024年11月9日" in dates
    markers = [href for kind, href in parser.items if kind == "marker"]
    assert markers == [f"#citation-C{i:04d}" for i in range(1, 10)]
    for i in range(1, 10):
        assert f'id="citation-C{i:04d}"' in page  # every marker's target exists
    data = json.loads(re.search(r'<script type="application/json" id="span-data">(.*?)</script>', page).group(1))
    assert data["date-M0000"]["fields"]["value"] == "2024-11-09"
    assert "http" not in re.sub(r"https?://[^\"<> ]+", "", page.split("<article")[0])  # no external resources


def test_index_counts_and_timeline(seed_report, seed_tables):
    index = (seed_report / "index.html").read_text(encoding="utf-8")
    n_dates = len(seed_tables["dates"])
    assert f"<tr><td>dates</td><td class=n>{n_dates}</td></tr>" in index
    assert index.count('<circle class="dot"') == n_dates
    assert f'href="{page_name("report")}"' in index
    assert "<span class='hl hl-name'>プーチン</span>" in index
    assert "<script src" not in index and "<link" not in index


def _chromium() -> str | None:
    return shutil.which("chromium") or (str(Path("/usr/bin/chromium")) if Path("/usr/bin/chromium").exists() else None)


def test_report_renders_in_headless_chromium(seed_report, tmp_path):
    """Chromium runs the page's JS; the DOM then records the highlights and their computed colours."""
    chromium = _chromium()
    if chromium is None:
        pytest.skip("Debian's chromium is not installed and could not be installed (make test runs apt-get for it)")
    page = (seed_report / page_name("report")).as_uri()
    base = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*base, "--virtual-time-budget=3000", "--dump-dom", page],
                         capture_output=True, text=True, timeout=120, check=True).stdout  # fmt: skip
    body = re.search(r"<body([^>]*)>", dom).group(1)
    segments = _Segments()
    segments.feed((seed_report / page_name("report")).read_text(encoding="utf-8"))
    highlighted = sum(1 for kind, _ in segments.items if kind != "marker")
    assert int(re.search(r'data-highlights="(\d+)"', body).group(1)) == highlighted > 0
    colours = json.loads(re.search(r"data-colours=\"([^\"]*)\"", body).group(1).replace("&quot;", '"'))
    assert colours == COLOURS
    assert '<aside id="panel"><h3>' in dom  # the side panel was filled by the script
    screenshot = tmp_path / "report.png"
    subprocess.run([*base, "--window-size=1280,1600", f"--screenshot={screenshot}", page],
                   capture_output=True, timeout=120, check=True)  # fmt: skip
    data = screenshot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # kept under tmp_path as the artefact


def test_report_command_writes_index_and_a_page_per_document(published, tmp_path):
    assert main(["report", "--out", str(published), "--target", str(tmp_path / "report")]) == 0
    documents = pd.read_parquet(published / "tables" / "documents.parquet")
    pages = sorted(p.name for p in (tmp_path / "report").iterdir())
    assert pages == sorted(["index.html", *(page_name(d) for d in documents.doc_id)])


def test_report_command_without_tables_fails_clearly(tmp_path, capsys):
    assert main(["report", "--out", str(tmp_path)]) == 2
    assert "run 'python -m pipeline run' first" in capsys.readouterr().err
