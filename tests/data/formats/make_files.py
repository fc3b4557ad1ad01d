"""Make the small PDF and HTML test files of this folder (run once; the files are committed).

    .venv/bin/python tests/data/formats/make_files.py

PDF: the report seed (raw/000_*.txt) is ingested, and its normalised header,
body and notes are laid out again as a two-page A4 report: body lines
hard-wrapped at 84 display columns, note markers as superscripts, and each
page's notes (the notes whose markers are on that page, the ``＊`` note on
page 1) printed at the page foot in a smaller font, so that a sentence runs
on across the note block, as in the original PDF.  Headless Chromium prints
the HTML to PDF (fonts-ipafont-gothic gives the Japanese glyphs,
Liberation Sans the Latin and Cyrillic ones).

hyphens.pdf: three words with soft hyphens in a narrow column, so that PDFium
gives their line-end hyphens (as U+2010).

HTML: the news seed (raw/003_*.txt) as an article page with a navigation bar,
a sidebar and a footer that a reader must drop, and the title and publication
date in the page's <head> metadata.
"""

from __future__ import annotations

import html
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))

from pipeline.stages.ingest import build_document  # noqa: E402

BODY_COLUMNS = 84
NOTE_COLUMNS = 120
LINES_PER_PAGE = 34


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def units(text: str) -> list[str]:
    """Characters of Japanese text one by one, Latin/Cyrillic words and URLs whole, spaces alone."""
    out: list[str] = []
    for ch in text:
        wide = unicodedata.east_asian_width(ch) in "WF"
        if out and not wide and ch != " " and out[-1] and out[-1][-1] != " " and not _wide(out[-1][-1]):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def wrap(pieces: list[tuple[str, str]], columns: int) -> list[list[tuple[str, str]]]:
    """Greedy wrap of (kind, text) pieces; kind 'm' is a marker (width of its digits)."""
    lines: list[list[tuple[str, str]]] = [[]]
    used = 0
    for kind, text in pieces:
        for unit in [text] if kind == "m" else units(text):
            size = width(unit)
            if used + size > columns and unit != " ":
                if size > columns // 3 or "http" in unit:  # a long word or URL breaks anywhere
                    room = columns - used
                    head = ""
                    for ch in unit:
                        if width(head + ch) > room:
                            break
                        head += ch
                    lines[-1].append((kind, head))
                    unit, size = unit[len(head) :], width(unit[len(head) :])
                lines.append([])
                used = 0
            if unit == " " and used == 0:
                continue
            lines[-1].append((kind, unit))
            used += size
    return [line for line in lines if line]


def render(line: list[tuple[str, str]]) -> str:
    return "".join(f"<sup>{html.escape(t)}</sup>" if k == "m" else html.escape(t) for k, t in line)


def make_pdf(raw_path: Path, target: Path) -> None:
    document = build_document(raw_path.read_text(encoding="utf-8"), "seed", raw_path.name)
    regions = {r.section: r for r in document.regions}
    text = document.text
    header = text[regions["header"].start : regions["header"].end].split("\n")
    body = regions["body"]
    markers = sorted(document.markers, key=lambda m: m.start)
    lines: list[tuple[list[tuple[str, str]], list[str]]] = []  # (line pieces, notes marked on it)
    position = body.start
    for paragraph in text[body.start : body.end].split("\n"):
        end = position + len(paragraph)
        pieces: list[tuple[str, str]] = []
        cursor = position
        for marker in (m for m in markers if position <= m.start <= end):
            pieces += [("t", text[cursor : marker.start]), ("m", marker.note)]
            cursor = marker.start
        pieces.append(("t", text[cursor:end]))
        for line in wrap([p for p in pieces if p[1]], BODY_COLUMNS):
            lines.append((line, [t for k, t in line if k == "m"]))
        position = end + 1
    notes = {n.note: text[n.start : n.end] for n in document.notes}
    pages, page_notes = [], []
    for index in range(0, len(lines), LINES_PER_PAGE):
        chunk = lines[index : index + LINES_PER_PAGE]
        pages.append([render(line) for line, _ in chunk])
        numbers = (["*"] if index == 0 and "*" in notes else []) + [n for _, marked in chunk for n in marked]
        page_notes.append(numbers)
    parts = [_PAGE_CSS]
    for number, (body_lines, numbers) in enumerate(zip(pages, page_notes, strict=True)):
        head = ""
        if number == 0:
            head = f'<div class="title">{html.escape(header[0])}</div>' + "".join(
                f'<div class="author">{html.escape(line)}</div>' for line in header[1:]
            )
        foot = []
        for note in numbers:
            label = "＊" if note == "*" else note
            for line in wrap([("t", f"{label} {notes[note]}")], NOTE_COLUMNS):
                foot.append(f'<div class="line">{render(line)}</div>')
        body_html = "".join(f'<div class="line">{line}</div>' for line in body_lines)
        parts.append(
            f'<div class="page">{head}<div class="body">{body_html}</div>'
            f'<div class="notes">{"".join(foot)}</div><div class="folio">{number + 1}</div></div>'
        )
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "report.html"
        source.write_text("".join(parts), encoding="utf-8")
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={tmp}/profile", f"--print-to-pdf={target}", source.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip


_PAGE_CSS = """<!doctype html><meta charset="utf-8"><style>
@page { size: A4; margin: 0 }
body { margin: 0; font-family: "Liberation Sans", "IPAGothic", sans-serif; }
.page { width: 210mm; height: 297mm; position: relative; page-break-after: always; overflow: hidden; }
.title { margin: 18mm 20mm 2mm; font-size: 14pt; }
.author { margin: 0 20mm 4mm; text-align: right; font-size: 10pt; }
.body { margin: 0 20mm; font-size: 10pt; line-height: 1.7; }
.line { white-space: pre; }
sup { font-size: 7pt; vertical-align: 2pt; line-height: 0; }
.notes { position: absolute; left: 20mm; right: 15mm; bottom: 16mm; font-size: 6.5pt; line-height: 1.4;
         border-top: 0.3pt solid #000; padding-top: 2mm; }
.folio { position: absolute; bottom: 8mm; width: 100%; text-align: center; font-size: 9pt; }
</style>"""


def make_html(raw_path: Path, target: Path) -> None:
    lines = [line.strip() for line in raw_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    site, section, title, date_line, *paragraphs = lines
    body = "\n".join(
        f"<h2>{html.escape(p)}</h2>"
        if len(p) < 40 and not p.endswith("。") and not p.startswith("※")
        else f"<p>{html.escape(p)}</p>"
        for p in paragraphs
    )
    related = "".join(f'<li><a href="/jousei/{n}.html">情勢解説 バックナンバー {n}</a></li>' for n in range(1, 6))
    target.write_text(
        f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} | {html.escape(site)}</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-06-28T10:00:00+09:00">
<meta name="author" content="{html.escape(section)}編集部">
<link rel="canonical" href="https://example.org/jousei/2024/0628.html">
</head>
<body>
<header><nav><a href="/">トップ</a> | <a href="/news/">ニュース</a> | <a href="/jousei/">{html.escape(site)}</a>
 | <a href="/contact/">お問い合わせ</a></nav></header>
<main>
<article>
<h1>{html.escape(title)}</h1>
<p class="date">{html.escape(date_line)}</p>
{body}
</article>
<aside><h3>関連記事</h3><ul>{related}</ul></aside>
</main>
<footer><p>Copyright © 2024 情勢解説編集部 All rights reserved.</p>
<p><a href="/privacy/">プライバシーポリシー</a> | <a href="/sitemap/">サイトマップ</a></p></footer>
</body>
</html>
""",
        encoding="utf-8",
    )


def make_hyphens(target: Path) -> None:
    """Words hyphenated at line ends (soft hyphens in a narrow column), Latin and Cyrillic."""
    source = (
        '<!doctype html><meta charset="utf-8"><style>div { width: 60px; font: 12px "Liberation Sans"; '
        "hyphens: manual }</style><div>Politik&shy;wissen&shy;schaft Wert&shy;papier&shy;index "
        "стратеги&shy;ческом</div>"
    )
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "hyphens.html"
        page.write_text(source, encoding="utf-8")
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={tmp}/profile", f"--print-to-pdf={target}", page.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip


if __name__ == "__main__":
    raw = REPO / "raw"
    make_pdf(next(raw.glob("000_*.txt")), HERE / "report.pdf")
    make_html(next(raw.glob("003_*.txt")), HERE / "news.html")
    make_hyphens(HERE / "hyphens.pdf")
    print("wrote", *(p.name for p in sorted(HERE.iterdir()) if p.suffix in (".pdf", ".html")))
