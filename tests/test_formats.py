"""PDF and HTML input: real small files made for the purpose (tests/data/formats/make_files.py).

report.pdf is the report seed laid out again as a two-page A4 PDF (printed by
headless Chromium) with each page's notes at its foot; news.html is the news
seed as an article page with navigation, sidebar and footer.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from pipeline.formats import FormatError, read_source
from pipeline.formats.html import read_html
from pipeline.formats.pdf import clean_layer, drop_page_numbers, read_pdf
from pipeline.records import ErrorRecord, IngestedDocument
from pipeline.stages.ingest import build_document, ingest_all
from pipeline.text.offsets import raw_span_of

DATA = Path(__file__).parent / "data" / "formats"
PDF = DATA / "report.pdf"
HTML = DATA / "news.html"


@pytest.fixture(scope="module")
def pdf_layer() -> str:
    return read_pdf(PDF.read_bytes()).text


@pytest.fixture(scope="module")
def pdf_document(pdf_layer) -> IngestedDocument:
    return build_document(pdf_layer, "report", "report.pdf")


def test_the_pdf_has_two_pages_with_notes_at_the_foot(pdf_layer):
    assert len(pdfium.PdfDocument(PDF.read_bytes())) == 2
    lines = pdf_layer.splitlines()
    # the first page's note block sits between the body's ``…投資の`` and ``奨励及び…`` of the next page
    cut = next(i for i, line in enumerate(lines) if line.startswith("＊ 本稿"))
    assert lines[cut - 1].endswith("投資の")
    assert lines[cut + 1].startswith("1 「ロ朝首脳会談とは")
    assert not any(line.strip() in ("1", "2") for line in lines), "page numbers are dropped"


def test_pdf_gives_the_same_document_as_the_text_seed(pdf_document, report_text):
    seed = build_document(report_text, "seed", "seed.txt")
    assert pdf_document.layout == "wrapped"
    assert pdf_document.text == seed.text
    assert [(m.note, m.start) for m in pdf_document.markers] == [(m.note, m.start) for m in seed.markers]
    assert [n.note for n in pdf_document.notes] == ["*", *map(str, range(1, 10))]
    assert pdf_document.title == seed.title == "【ロシア】北朝鮮との戦略的パートナーシップ条約の批准"


def test_pdf_body_is_stitched_across_the_note_block(pdf_document):
    body = next(r for r in pdf_document.regions if r.section == "body")
    text = pdf_document.text[body.start : body.end]
    assert "経済や科学技術など幅広い分野" in text
    assert "投資の奨励及び相互保護に関する協定" in text
    assert "Ведомости" not in text and "日本経済新聞" not in text


def test_pdf_offsets_lead_back_to_the_text_layer(pdf_document, pdf_layer):
    """Offsets of a PDF document refer to the extracted text layer (as UTF-8), not to the PDF's bytes."""
    layer_bytes = pdf_layer.encode("utf-8")
    for surface in ("経済や", "科学技術など", "Vladimir Putin", "2024年11月9日", "ロシア外務省"):
        start = pdf_document.text.index(surface)
        raw_start, raw_end = raw_span_of(pdf_document.offsets, start, start + len(surface))
        piece = pdf_layer[raw_start:raw_end]
        assert "".join(piece.split()).startswith("".join(surface.split())[:2]), (surface, piece)
        assert surface.replace(" ", "")[-1] in piece
    for segment in pdf_document.offsets:
        assert (
            layer_bytes[segment.byte_start : segment.byte_end].decode("utf-8")
            == pdf_layer[segment.raw_start : segment.raw_end]
        )


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        (["本文の最後の行である。", "- 3 -"], ["本文の最後の行である。"]),
        (["12", "第2ページの本文", "9 同上"], ["第2ページの本文", "9 同上"]),
        (["本文", "3 同上", "", ""], ["本文", "3 同上"]),  # a note line is not a page number
        (["本文", "p. 4"], ["本文"]),
    ],
)
def test_page_numbers_alone_on_a_line_are_dropped(lines, kept):
    assert drop_page_numbers(lines) == kept


def test_line_end_hyphens_become_hyphen_minus():
    """Soft hyphens printed by Chromium come back from PDFium as U+2010 at the line ends."""
    assert read_pdf((DATA / "hyphens.pdf").read_bytes()).text == (
        "Politik-\nwissen-\nschaft\nWert-\npapier-\nindex\nстратеги-\nческом"
    )


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("па\u2010\r\nртнерстве", "па-\nртнерстве"),
        ("Wert\u00adpapier\r\n", "Wertpapier\n"),  # a soft hyphen that broke no line is invisible
        ("Республи\ufffe\r\nкой", "Республи-\nкой"),
        ("x\u2010y", "x\u2010y"),  # a hyphen inside a line is text
        ("本文\x00\x0c。\tです", "本文。\tです"),
    ],
)
def test_clean_layer(raw, clean):
    assert clean_layer(raw) == clean


def test_pdf_without_a_text_layer_is_refused():
    blank = pdfium.PdfDocument.new()
    blank.new_page(595, 842)
    buffer = io.BytesIO()
    blank.save(buffer)
    with pytest.raises(FormatError, match="no text layer"):
        read_pdf(buffer.getvalue())


def test_damaged_pdf_is_refused():
    with pytest.raises(FormatError, match="cannot be opened"):
        read_pdf(PDF.read_bytes()[:400])


def test_html_main_text_and_metadata():
    source = read_html(HTML.read_bytes())
    assert source.meta == {
        "title": "朝鮮とロシア、「包括的戦略パートナーシップ条約」締結で実質的同盟関係...韓米日、朝ロを糾弾・懸念",
        "published": "2024-06-28",
        "source_url": "https://example.org/jousei/2024/0628.html",
    }
    for boilerplate in ("お問い合わせ", "Copyright", "関連記事", "プライバシーポリシー", "バックナンバー"):
        assert boilerplate not in source.text
    lines = source.text.splitlines()
    assert lines[0].startswith("朝鮮とロシア、「包括的戦略パートナーシップ条約」締結で")
    assert "朝鮮中央通信は20日、同条約の全文を報じた。" in source.text


def test_html_document_reads_like_the_news_seed(news_text):
    source = read_html(HTML.read_bytes())
    document = build_document(source.text, "news", "news.html")
    seed = build_document(news_text, "seed", "seed.txt")
    assert document.layout == "plain"
    body = next(r for r in document.regions if r.section == "body")
    seed_body = next(r for r in seed.regions if r.section == "body")
    assert document.text[body.start : body.end] == seed.text[seed_body.start : seed_body.end]


def test_html_in_shift_jis_is_decoded_strictly():
    page = HTML.read_text(encoding="utf-8").replace('<meta charset="utf-8">', '<meta charset="Shift_JIS">')
    page = page.replace("©", "(C)")  # the one character of the page that Shift_JIS lacks
    utf8, sjis = read_html(page.encode("utf-8")), read_html(page.encode("cp932"))
    assert (sjis.text, sjis.meta) == (utf8.text, utf8.meta)
    assert sjis.encoding == "cp932"


def test_html_without_main_text_is_refused():
    with pytest.raises(FormatError, match="no main text"):
        read_html(b"<html><head><title>x</title></head><body><script>render()</script></body></html>")


def test_text_files_still_go_through_the_strict_decoder():
    source = read_source(Path("a.txt"), "【2024年6月28日】\n本文。\n".encode("cp932"))
    assert (source.encoding, source.codec, source.meta) == ("cp932", "cp932", {})


def test_ingest_reads_pdf_and_html_and_the_sidecar_wins(tmp_path):
    raw = tmp_path / "raw"
    (raw / "web").mkdir(parents=True)
    shutil.copy(PDF, raw / "report.pdf")
    shutil.copy(HTML, raw / "web" / "news.htm")
    (raw / "web" / "news.meta.json").write_text('{"published": "2024-06-29"}', encoding="utf-8")
    (raw / "slides.pptx").write_bytes(b"PK\x03\x04")
    blank = pdfium.PdfDocument.new()
    blank.new_page(595, 842)
    blank.save(raw / "scan.pdf")
    items = list(ingest_all(raw))
    documents = {d.doc_id: d for d in items if isinstance(d, IngestedDocument)}
    errors = [e for e in items if isinstance(e, ErrorRecord)]
    assert sorted(documents) == ["report", "web/news"]
    assert documents["report"].encoding == "pdf"
    assert documents["web/news"].published == "2024-06-29"  # sidecar over the page's metadata
    assert documents["web/news"].source_url == "https://example.org/jousei/2024/0628.html"
    assert sorted((e.source_path, e.error) for e in errors) == [
        ("scan.pdf", "DecodeError"),
        ("slides.pptx", "UnsupportedFormat"),
    ]
    assert "run OCR" in next(e.message for e in errors if e.source_path == "scan.pdf")
