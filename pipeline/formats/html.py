"""HTML: the main text of a page via trafilatura, title and dates from the page's metadata.

trafilatura drops navigation, sidebars, footers and comments and gives the
article one paragraph a line, the shape of a plain text.  The page's title
is put first as the header line (unless the main text already starts with
it), so that the document has a header like any other; title, publication
date, author and canonical URL from the page's metadata become document
metadata (a sidecar still wins over them).
"""

from __future__ import annotations

import trafilatura

from pipeline.formats import FormatError, Source
from pipeline.text.decode import decode_bytes
from pipeline.text.normalize import normalize
from pipeline.text.offsets import TrackedText

# Publication date from the page's markup only (meta tags, JSON-LD, <time>):
# no search through the running text, which would pick any date it mentions.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def read_html(data: bytes) -> Source:
    """Main text and metadata of an HTML page; refuses a page with no main text."""
    decoded = decode_bytes(data)
    result = trafilatura.bare_extraction(
        decoded.text,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params=_DATE_PARAMS,
    )
    body = (result.text or "").strip() if result is not None else ""
    if not body:
        raise FormatError("no main text found in the HTML page (an empty page, a frame set or a script-only page?)")
    meta = _metadata(result)
    title = meta.get("title")
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if title and lines[0] != title:
        lines.insert(0, title)
    return Source("\n".join(lines) + "\n", decoded.encoding, "utf-8", 0, meta)


def _metadata(result: trafilatura.settings.Document) -> dict[str, str]:
    """Non-empty metadata fields, under the names of the documents table; the title normalised like the text."""
    title = normalize(TrackedText.from_raw(result.title)).text if result.title else None
    fields = {"title": title, "published": result.date, "author": result.author, "source_url": result.url}
    return {key: value.strip() for key, value in fields.items() if isinstance(value, str) and value.strip()}
