"""Input formats besides plain text: PDF text layers and HTML pages.

Every reader turns a file's bytes into a plain text (the *text layer*) plus
metadata, and the text then takes the same road as a ``.txt`` file: layout
repair (wraps, footnote blocks, note markers), normalisation, offsets.  For
PDF and HTML the offsets therefore lead back to this extracted text, encoded
as UTF-8, not to the bytes of the binary file (``sha256`` is still that of
the file).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.text.decode import DecodeError, decode_bytes

PDF_SUFFIXES = (".pdf",)
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = (".txt", *PDF_SUFFIXES, *HTML_SUFFIXES)


class FormatError(DecodeError):
    """A PDF or HTML file that holds no usable text; the message says what to do."""


@dataclass(frozen=True)
class Source:
    """A file read as text, with the same fields as ``Decoded`` plus metadata from the file."""

    text: str
    encoding: str  # recorded in documents.encoding: utf-8, cp932, pdf, html:utf-8, ...
    codec: str  # codec that re-encodes ``text`` to the bytes the offsets refer to
    bom_length: int
    meta: dict[str, str] = field(default_factory=dict)  # title, published, author, source_url, language


def read_source(path: Path, data: bytes) -> Source:
    """Dispatch on the file's suffix; plain text goes through the strict decoder."""
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        from pipeline.formats.pdf import read_pdf

        return read_pdf(data)
    if suffix in HTML_SUFFIXES:
        from pipeline.formats.html import read_html

        return read_html(data)
    decoded = decode_bytes(data)
    return Source(decoded.text, decoded.encoding, decoded.codec, decoded.bom_length)
