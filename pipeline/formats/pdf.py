"""PDF: the text layer of every page, via pypdfium2 (PDFium, the PDF engine of Chromium).

PDFium gives each page's text in content order with the lines of the page
separated by CRLF: body lines first, then the footnote block printed at the
page foot, which is exactly the shape the layout repair expects from a PDF
text layer.  Page numbers standing alone on the first or last line of a page
are dropped, as they would otherwise be glued into the body; line-end hyphens
become ``-`` and invisible characters are removed (the offsets refer to this
cleaned text layer).
"""

from __future__ import annotations

import re

import pypdfium2 as pdfium

from pipeline.formats import FormatError, Source

# A hyphen at a line end as PDFium gives it: U+2010 (what Chromium and most typesetters draw for a
# soft hyphen), U+00AD, or the U+0002 / U+FFFE that PDFium uses for a generated hyphen in some files.
LINE_END_HYPHEN = re.compile(r"[\u2010\u00ad\u0002\ufffe](?=\n|$)")
# Control characters other than newline and tab (PDFium passes some through from broken fonts), and
# soft hyphens that did not break a line (invisible in print).
INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u00ad]")
# A page number alone on a line: ``3``, ``- 3 -``, ``— 12 —``, ``3/10``, ``p. 3``.
PAGE_NUMBER_LINE = re.compile(r"^\s*(?:p\.\s*)?[-–—]?\s*[0-9]{1,4}\s*(?:/\s*[0-9]{1,4})?\s*[-–—]?\s*$")


def read_pdf(data: bytes) -> Source:
    """The text layer of a PDF, pages joined by newlines; refuses a PDF without text."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise FormatError(f"the PDF cannot be opened ({exc}); it may be damaged or encrypted") from exc
    try:
        pages = [_page_text(document[index]) for index in range(len(document))]
    finally:
        document.close()
    text = "\n".join(page for page in pages if page.strip())
    if not text.strip():
        raise FormatError("the PDF has no text layer (a scanned image?); run OCR on it first and add the text")
    return Source(text, "pdf", "utf-8", 0)


def _page_text(page: pdfium.PdfPage) -> str:
    """One page's lines, without a page number on its first or last line."""
    textpage = page.get_textpage()
    try:
        raw = textpage.get_text_range()
    finally:
        textpage.close()
        page.close()
    return "\n".join(drop_page_numbers(clean_layer(raw).split("\n")))


def clean_layer(raw: str) -> str:
    """Newlines for CRLF, ``-`` for a line-end hyphen (so the layout repair sees one), no invisible characters."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return INVISIBLE.sub("", LINE_END_HYPHEN.sub("-", text))


def drop_page_numbers(lines: list[str]) -> list[str]:
    """Lines of a page without a page number standing alone first or last."""
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    if lines and PAGE_NUMBER_LINE.match(lines[-1]):
        lines = lines[:-1]
    if lines and PAGE_NUMBER_LINE.match(lines[0]):
        lines = lines[1:]
    return lines
