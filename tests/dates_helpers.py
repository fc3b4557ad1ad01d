"""What the date tests compare: each mention found as (surface, kind, value)."""

from __future__ import annotations

from pipeline.extractors.dates import find_dates

Row = tuple[str, str, str | None]


def rows(text: str, published: str | None = None) -> list[Row]:
    """The mentions of ``text`` in text order, as (surface, kind, value)."""
    return [(m.surface, m.kind, m.value) for m in find_dates(text, published)]
